// One event, many reports: articles (and sometimes one article twice) tell the same thing on the same
// date. Reports are merged only when they share the date exactly, enough content words and no
// contradicting people; two people's statements on the same Monday stay two events.
import { contentTerms } from "../../search/terms.js";
import type { DocEvent } from "./extract-events.js";
import { formatPartialDate, type PartialDate } from "./partial-date.js";

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

function termsOf(e: DocEvent): Set<string> {
  const withoutDate = e.text.replace(e.expression, " ");
  return new Set(contentTerms(withoutDate));
}

function sameEvent(a: DocEvent, aTerms: Set<string>, b: DocEvent, bTerms: Set<string>): boolean {
  if (a.people.length > 0 && b.people.length > 0 && !a.people.some((p) => b.people.includes(p))) return false;
  let shared = 0;
  for (const t of aTerms) if (bTerms.has(t)) shared++;
  const share = shared / Math.max(1, Math.min(aTerms.size, bTerms.size));
  const minShare = a.date?.day !== undefined ? MIN_SHARE_DAY : MIN_SHARE_COARSE;
  return shared >= MIN_SHARED && share >= minShare;
}

/** `events` in the order they should lead merged events: earlier-published articles first. */
export function mergeEvents(events: readonly DocEvent[]): MergedEvent[] {
  const merged: { event: MergedEvent; terms: Set<string>[] }[] = [];
  const byDate = new Map<string, typeof merged>();
  for (const e of events) {
    const terms = termsOf(e);
    if (e.date) {
      const key = formatPartialDate(e.date);
      const group = byDate.get(key) ?? [];
      const match = group.find((m) => m.event.reports.some((r, i) => r !== e && sameEvent(r, m.terms[i] ?? new Set(), e, terms)));
      if (match) {
        match.event.reports.push(e);
        match.terms.push(terms);
        continue;
      }
      const entry = { event: { date: e.date, reports: [e] }, terms: [terms] };
      group.push(entry);
      byDate.set(key, group);
      merged.push(entry);
    } else {
      merged.push({ event: { date: null, reports: [e] }, terms: [terms] });
    }
  }
  return merged.map((m) => m.event);
}
