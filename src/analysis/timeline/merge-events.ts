// One event, many reports: articles (and sometimes one article twice) tell the same thing on the same
// date. Two reports of one date are merged when they tell it in largely the same words, or when they tell
// the same kind of event (an attack, a meeting) about the same rare words: "Westminster", "Google", a
// person. Rarity is counted over the corpus's reports, so a word every report of a one-topic corpus holds
// ("WhatsApp") counts for little. People must agree, except for incidents, whose reports often name
// different victims and witnesses; two people's statements on the same Monday stay two events.
import { eventKinds, INCIDENT_KINDS, isKindTerm } from "./event-kinds.js";
import type { DocEvent } from "./extract-events.js";
import { formatPartialDate, type PartialDate } from "./partial-date.js";
import { contentTerms, processTerm } from "../../text/terms.js";
import { eachWithPauses, type Steps } from "../../text/steps.js";

export interface MergedEvent {
  date: PartialDate | null;
  /** In order of the articles' publication, then reading order. */
  reports: DocEvent[];
}

/** Shared content words two reports need, and the share of the shorter one's words they must be. */
const MIN_SHARED = 3;
const MIN_SHARE_DAY = 0.25;
// A month or a year holds many more events than a day: ask for more before calling two reports one.
const MIN_SHARE_COARSE = 0.5;
/**
 * How rare what two reports share must be, in units of the rarest word two reports can share (one only
 * they hold counts 1; one half the corpus holds, almost 0): a day asks for one such word, a month or a
 * year for more.
 */
const MIN_KEY_DAY = 0.8;
const MIN_KEY_COARSE = 1.5;
/** Words more common than this add nothing: a topic's every-report words ("Clinton", "Trump") are no evidence. */
const MIN_RARITY = 0.5;
/** Incidents may name different people in each report; they need stronger evidence to merge despite that. */
const MIN_KEY_INCIDENT = 1.5;

// Calendar words say when, not what: they must not make two reports look alike.
const CALENDAR = new Set(
  contentTerms(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december week weekend month year day today yesterday tomorrow night morning evening afternoon last next earlier later ago",
  ),
);

interface Report {
  event: DocEvent;
  terms: Set<string>;
  /** Terms of the capitalised words inside the sentence: places, people, organisations, products. */
  names: Set<string>;
  kinds: Set<string>;
}

// Capitalised words after the first: the sentence's first word is capitalised whatever it is.
const INNER_CAPITALISED = /(?<=\S\s+)\p{Lu}[\p{L}’'-]*/gu;

function namesOf(e: DocEvent): Set<string> {
  const names = new Set<string>();
  for (const m of e.text.matchAll(INNER_CAPITALISED)) {
    const term = processTerm(m[0]);
    if (term && !CALENDAR.has(term)) names.add(term);
  }
  return names;
}

function termsOf(e: DocEvent): Set<string> {
  const withoutDate = e.text.replace(e.expression, " ");
  return new Set(contentTerms(withoutDate).filter((t) => !CALENDAR.has(t) && !/^\d+$/.test(t)));
}

function sameEvent(a: Report, b: Report, rarity: (t: string) => number): boolean {
  const peopleDiffer = a.event.people.length > 0 && b.event.people.length > 0 && !a.event.people.some((p) => b.event.people.includes(p));
  let shared = 0;
  let key = 0;
  for (const t of a.terms) {
    if (!b.terms.has(t)) continue;
    shared++;
    const r = rarity(t);
    if (!isKindTerm(t) && r >= MIN_RARITY) key += r;
  }
  const share = shared / Math.max(1, Math.min(a.terms.size, b.terms.size));
  const day = a.event.date?.day !== undefined;
  if (key < (day ? MIN_KEY_DAY : MIN_KEY_COARSE)) return false;
  if (!peopleDiffer && shared >= MIN_SHARED && share >= (day ? MIN_SHARE_DAY : MIN_SHARE_COARSE) && key >= 1) return true;
  // The same kind of event on the same day, in the same place or with the same name in it, about the same
  // rare things: "police" and "officials" in two reports of bombings are no evidence they are one.
  if (!day || ![...a.names].some((n) => b.names.has(n))) return false;
  const kinds = [...a.kinds].filter((k) => b.kinds.has(k));
  if (kinds.length === 0) return false;
  return !peopleDiffer || (key >= MIN_KEY_INCIDENT && kinds.some((k) => INCIDENT_KINDS.has(k)));
}

/** `events` in the order they should lead merged events: earlier-published articles first. */
/** Reports of one event merged, with pause points (see src/text/steps.ts) every few hundred reports. */
export function* mergeEventsSteps(events: readonly DocEvent[]): Steps<MergedEvent[]> {
  const reports: Report[] = [];
  yield* eachWithPauses(
    events,
    (event) => {
      const terms = termsOf(event);
      reports.push({ event, terms, names: namesOf(event), kinds: eventKinds(terms) });
    },
    64,
  );
  // How many reports hold each term: the rarer, the more sharing it says.
  const df = new Map<string, number>();
  yield* eachWithPauses(reports, (r) => {
    for (const t of r.terms) df.set(t, (df.get(t) ?? 0) + 1);
  }, 256);
  const n = reports.length;
  const rarest = Math.log(n / 2);
  const rarity = (t: string) => (rarest <= 0 ? 1 : Math.max(0, Math.min(1, Math.log(n / (df.get(t) ?? 1)) / rarest)));
  // sameEvent asks for shared words worth MIN_KEY_DAY or more, and only words of MIN_RARITY count: two
  // reports sharing no such word are never one event, so only events holding one are compared.
  const telling = (r: Report) => [...r.terms].filter((t) => !isKindTerm(t) && rarity(t) >= MIN_RARITY);

  const merged: { event: MergedEvent; reports: Report[] }[] = [];
  const byDate = new Map<string, DateGroup>();
  let work = 0;
  for (const r of reports) {
    // A date holding thousands of events (a year, in a large corpus) makes one report many comparisons.
    if (++work >= 256) {
      work = 0;
      yield;
    }
    const e = r.event;
    if (!e.date) {
      merged.push({ event: { date: null, reports: [e] }, reports: [r] });
      continue;
    }
    const key = formatPartialDate(e.date);
    let group = byDate.get(key);
    if (!group) byDate.set(key, (group = { entries: [], byTerm: new Map() }));
    const words = telling(r);
    const candidates = [...new Set(words.flatMap((t) => group.byTerm.get(t) ?? []))].sort((x, y) => x - y);
    work += candidates.length >> 3;
    // Compared with the event's first telling only, so that a chain of loose likenesses cannot drift;
    // the earliest event that matches takes the report, as a scan in order would find it.
    const match = candidates.map((at) => group.entries[at]!).find((m) => sameEvent(m.reports[0] as Report, r, rarity));
    if (match) {
      match.event.reports.push(e);
      match.reports.push(r);
      continue;
    }
    const entry = { event: { date: e.date, reports: [e] }, reports: [r] };
    for (const t of words) {
      const list = group.byTerm.get(t);
      if (list) list.push(group.entries.length);
      else group.byTerm.set(t, [group.entries.length]);
    }
    group.entries.push(entry);
    merged.push(entry);
  }
  return merged.map((m) => m.event);
}

/** The events of one date so far, and which of them hold each telling word (by position). */
interface DateGroup {
  entries: { event: MergedEvent; reports: Report[] }[];
  byTerm: Map<string, number[]>;
}
