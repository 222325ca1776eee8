// The timeline of a corpus, built once per snapshot: events in date order, and an inverted index from
// terms to reports so that a topic query intersects a few posting lists instead of rereading every event.
import type { CorpusDocument, PartialIsoDate } from "../../corpus/document.js";
import { sourceOf, type Source } from "../../corpus/citation.js";
import { daysBetween } from "./civil-date.js";
import { extractEvents, type DocEvent } from "./extract-events.js";
import { mergeEventsSteps, type MergedEvent } from "./merge-events.js";
import { firstDay, formatPartialDate, lastDay, type PartialDate } from "./partial-date.js";
import { indexTerms, queryTerms } from "./topic-terms.js";
import { fold } from "../../text/fold.js";
import { eachWithPauses, runToEnd, sortSteps, type Steps } from "../../text/steps.js";

/** One event as /timeline shows it: its date as precise as the text gives it (null when it gives none), the sentence that reports it, every article that does. */
export interface TimelineEvent {
  date: PartialIsoDate | null;
  text: string;
  expression: string;
  people?: string[];
  sources: Source[];
}

export interface TimelineQuery {
  /** Words every shown report must hold, in its text or the names of its people. */
  topic?: string;
  /** Events that may fall on or after this date (a partly overlapping month or year counts). */
  from?: PartialDate;
  /** Events that may fall on or before this date. */
  to?: PartialDate;
  /** Only events that name this person ("Amber Rudd", or "rudd"): every word of it in one of their names. */
  person?: string;
}

interface Report {
  event: number;
  report: DocEvent;
}

/** Bumped whenever extraction or merging changes what a built index holds, so old caches are rebuilt. */
export const TIMELINE_JSON_VERSION = 2;

/** A built index as plain data (no class instances, no Maps), for an on-disk cache of snapshots. */
export interface TimelineJson {
  version: number;
  /** The merged events in timeline order, each with its reports. */
  events: MergedEvent[];
}

export class TimelineIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly reports: Report[] = [];

  private constructor(
    /** In date order; undated events last, in reading order. */
    private readonly events: readonly MergedEvent[],
    private readonly sources: ReadonlyMap<string, Source>,
  ) {}

  /** A new index over `events` (in timeline order), its postings built with pause points. */
  private static *indexed(events: readonly MergedEvent[], sources: ReadonlyMap<string, Source>): Steps<TimelineIndex> {
    const index = new TimelineIndex(events, sources);
    yield* eachWithPauses(
      events,
      (event, e) => {
        for (const report of event.reports) {
          const id = index.reports.push({ event: e, report }) - 1;
          for (const term of indexTerms(`${report.text} ${report.people.join(" ")}`)) {
            const list = index.postings.get(term);
            if (list) list.push(id);
            else index.postings.set(term, [id]);
          }
        }
      },
      64,
    );
    return index;
  }

  static build(documents: readonly CorpusDocument[]): TimelineIndex {
    return runToEnd(TimelineIndex.buildSteps(documents));
  }

  /** `build`, with pause points (see src/text/steps.ts) between articles. */
  static *buildSteps(documents: readonly CorpusDocument[]): Steps<TimelineIndex> {
    const reportsPerDocument: DocEvent[][] = [];
    yield* eachWithPauses(documents, (doc) => reportsPerDocument.push(extractEvents(doc)));
    return yield* TimelineIndex.buildFromReportsSteps(documents, reportsPerDocument);
  }

  /**
   * Everything `buildSteps` does after extraction, for reports extracted elsewhere (a worker thread posts
   * back plain `extractEvents` results): `reportsPerDocument[i]` is `extractEvents(documents[i])`.
   */
  static *buildFromReportsSteps(documents: readonly CorpusDocument[], reportsPerDocument: readonly (readonly DocEvent[])[]): Steps<TimelineIndex> {
    if (reportsPerDocument.length !== documents.length) throw new Error(`timeline index: ${reportsPerDocument.length} report lists for ${documents.length} documents`);
    // Earlier-published articles first: the first report of an event is the first telling of it.
    const order = documents.map((_, i) => i).sort((a, b) => byPublication(documents[a]!, documents[b]!));
    const ordered = order.map((i) => documents[i]!);
    const reports = order.flatMap((i) => reportsPerDocument[i]!);
    yield;
    const events = yield* mergeEventsSteps(reports);
    const rank = new Map(ordered.map((d, i) => [d.id, i]));
    const sorted = yield* sortSteps(events, (a, b) => compareEvents(a, b, rank));
    return yield* TimelineIndex.indexed(sorted, new Map(documents.map((d) => [d.id, sourceOf(d)])));
  }

  /** The merged events as plain data; `fromJSON` turns them back into an index without re-extracting. */
  toJSON(): TimelineJson {
    return { version: TIMELINE_JSON_VERSION, events: this.events.map((e) => ({ date: e.date, reports: e.reports })) };
  }

  /**
   * Rebuilds an index from `toJSON()` output and the documents it was built from (for titles and links).
   * Throws when the data comes from another version of the timeline: the caller should rebuild instead.
   */
  static fromJSON(data: TimelineJson, documents: readonly CorpusDocument[]): TimelineIndex {
    if (data?.version !== TIMELINE_JSON_VERSION || !Array.isArray(data.events)) {
      throw new Error(`timeline cache has version ${String(data?.version)}, expected ${TIMELINE_JSON_VERSION}: build the index again`);
    }
    return runToEnd(TimelineIndex.indexed(data.events, new Map(documents.map((d) => [d.id, sourceOf(d)]))));
  }

  /** How many distinct events the corpus dates. */
  get size(): number {
    return this.events.length;
  }

  /** Every matching event in date order, each told by the report that holds the topic's words. */
  query(q: TimelineQuery): TimelineEvent[] {
    return this.page(q, Infinity).events;
  }

  /** The first `limit` matching events, and how many match in all: only those shown are built. */
  page({ topic, from, to, person }: TimelineQuery, limit: number): { events: TimelineEvent[]; total: number } {
    const named = person ? namesPerson(person) : undefined;
    const terms = topic ? queryTerms(topic) : [];
    // A topic of markup or symbols alone asks for something no event can hold.
    if (topic && topic.trim() !== "" && terms.length === 0) return { events: [], total: 0 };
    const shown = new Map<number, DocEvent>();
    if (terms.length === 0) {
      this.events.forEach((e, i) => shown.set(i, e.reports[0] as DocEvent));
    } else {
      // Report ids follow event order, so the first report seen for an event is its earliest telling.
      for (const id of this.matchingReports(terms)) {
        const r = this.reports[id] as Report;
        if (!shown.has(r.event)) shown.set(r.event, r.report);
      }
    }
    const events: TimelineEvent[] = [];
    let total = 0;
    for (const [i, report] of shown) {
      const event = this.events[i] as MergedEvent;
      if ((from || to) && !inRange(event.date, from, to)) continue;
      if (named && !event.reports.some((r) => r.people.some(named))) continue;
      if (total++ < limit) events.push(this.toTimelineEvent(event, report));
    }
    return { events, total };
  }

  private matchingReports(terms: string[]): number[] {
    const lists = terms.map((t) => this.postings.get(t) ?? []).sort((a, b) => a.length - b.length);
    let ids = lists[0] ?? [];
    for (const list of lists.slice(1)) {
      const other = new Set(list);
      ids = ids.filter((id) => other.has(id));
    }
    return ids;
  }

  private toTimelineEvent(event: MergedEvent, shown: DocEvent): TimelineEvent {
    const docIds = [...new Set([shown.docId, ...event.reports.map((r) => r.docId)])];
    const people = [...new Set([shown, ...event.reports].flatMap((r) => r.people))];
    return {
      date: event.date ? formatPartialDate(event.date) : null,
      text: shown.text,
      expression: shown.expression,
      ...(people.length > 0 && { people }),
      sources: docIds.map((id) => this.sources.get(id) ?? { docId: id, title: id }),
    };
  }
}

function byPublication(a: CorpusDocument, b: CorpusDocument): number {
  return (a.meta.published ?? "9999").localeCompare(b.meta.published ?? "9999") || a.id.localeCompare(b.id);
}

function compareEvents(a: MergedEvent, b: MergedEvent, rank: ReadonlyMap<string, number>): number {
  if (a.date && b.date) {
    const byDay = daysBetween(firstDay(b.date), firstDay(a.date));
    if (byDay !== 0) return byDay;
    // "2017" before "2017-03" before "2017-03-01": the vaguer date opens the stretch it covers.
    const precision = (d: PartialDate) => (d.month === undefined ? 0 : d.day === undefined ? 1 : 2);
    if (precision(a.date) !== precision(b.date)) return precision(a.date) - precision(b.date);
  } else if (a.date || b.date) {
    return a.date ? -1 : 1;
  }
  const ra = a.reports[0] as DocEvent;
  const rb = b.reports[0] as DocEvent;
  return (rank.get(ra.docId) ?? 0) - (rank.get(rb.docId) ?? 0) || ra.offset - rb.offset;
}

/** Whether a name holds every word of `person`, however it is cased or accented. */
function namesPerson(person: string): (name: string) => boolean {
  const words = fold(person).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  return (name) => {
    const own = fold(name).split(/[^\p{L}\p{N}'-]+/u);
    return words.length > 0 && words.every((w) => own.includes(w));
  };
}

function inRange(date: PartialDate | null, from?: PartialDate, to?: PartialDate): boolean {
  if (!date) return false;
  if (from && daysBetween(firstDay(from), lastDay(date)) < 0) return false;
  if (to && daysBetween(firstDay(date), lastDay(to)) < 0) return false;
  return true;
}
