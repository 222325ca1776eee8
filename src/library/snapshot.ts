// One immutable, fully built corpus: documents, passages, indexes and analyses. A reload builds a new
// snapshot beside the one being served and swaps it in at once, so every answer sees one consistent corpus.
import type { CorpusDocument, Passage } from "../corpus/document.js";
import type { CorpusProblem } from "../corpus/problem.js";
import type { LoadedCorpus } from "../corpus/load-corpus.js";
import { splitPassages } from "../corpus/passages.js";
import { PassageIndex } from "../search/passage-index.js";
import { eachWithPauses, runToEnd, type Steps } from "../text/steps.js";
import { TimelineIndex } from "../analysis/timeline/timeline-index.js";
import { QuoteIndex } from "../analysis/quotes/quote-index.js";

export interface CorpusSnapshot {
  /** The corpus folder it was read from. */
  folder: string;
  /** A digest of the files and manifest it was built from: equal keys, equal snapshots. */
  key: string;
  documents: readonly CorpusDocument[];
  byId: ReadonlyMap<string, CorpusDocument>;
  passages: readonly Passage[];
  passagesByDoc: ReadonlyMap<string, readonly Passage[]>;
  search: PassageIndex;
  /** Dated events, for /timeline. */
  timeline: TimelineIndex;
  /** Quotations and their speakers, for /who-said, /quotes and /speakers. */
  quotes: QuoteIndex;
  problems: readonly CorpusProblem[];
  builtAt: Date;
}

export function buildSnapshot(loaded: LoadedCorpus, now = new Date()): CorpusSnapshot {
  return runToEnd(snapshotSteps(loaded, now));
}

/** Everything a snapshot needs, built with pause points (see steps.ts) so that a reload can share the thread. */
export function* snapshotSteps(loaded: LoadedCorpus, now = new Date()): Steps<CorpusSnapshot> {
  const layout = yield* passageLayoutSteps(loaded.documents);
  return assembleSnapshot(loaded, layout, {
    search: yield* PassageIndex.buildSteps(layout.passages, layout.byId),
    timeline: yield* TimelineIndex.buildSteps(loaded.documents),
    quotes: yield* QuoteIndex.buildSteps(loaded.documents),
  }, now);
}

/** The documents by id and their passages: what every index and answer refers to. */
export type PassageLayout = Pick<CorpusSnapshot, "byId" | "passages" | "passagesByDoc">;

export function* passageLayoutSteps(documents: readonly CorpusDocument[]): Steps<PassageLayout> {
  const passagesByDoc = new Map<string, readonly Passage[]>();
  const passages: Passage[] = [];
  // The corpus-wide list grows as articles are split: gathered at the end, it held a reload's thread.
  yield* eachWithPauses(documents, (d) => {
    const split = splitPassages(d);
    passagesByDoc.set(d.id, split);
    for (const p of split) passages.push(p);
  }, 8);
  return { byId: new Map(documents.map((d) => [d.id, d])), passages, passagesByDoc };
}

export function layoutOf(documents: readonly CorpusDocument[], passagesByDoc: ReadonlyMap<string, readonly Passage[]>): PassageLayout {
  return { byId: new Map(documents.map((d) => [d.id, d])), passages: [...passagesByDoc.values()].flat(), passagesByDoc };
}

/** One snapshot from its parts, however they were built (here, on two threads, or from the cache). */
export function assembleSnapshot(
  loaded: LoadedCorpus,
  layout: PassageLayout,
  indexes: Pick<CorpusSnapshot, "search" | "timeline" | "quotes">,
  builtAt: Date,
): CorpusSnapshot {
  return { folder: loaded.folder, key: loaded.key, documents: loaded.documents, problems: loaded.problems, ...layout, ...indexes, builtAt };
}
