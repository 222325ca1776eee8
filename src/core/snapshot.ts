// One immutable, fully built corpus: documents, passages, indexes and analyses. A reload builds a new
// snapshot beside the one being served and swaps it in at once, so every answer sees one consistent corpus.
import type { CorpusDocument, Passage } from "../corpus/document.js";
import type { CorpusProblem } from "../corpus/problem.js";
import { splitPassages } from "../corpus/passages.js";
import { PassageIndex } from "../search/passage-index.js";
import { TimelineIndex } from "../analysis/timeline/timeline-index.js";
import { QuoteIndex } from "../analysis/quotes/quote-index.js";

export interface CorpusSnapshot {
  /** The corpus folder it was read from. */
  folder: string;
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

export interface LoadedCorpus {
  folder: string;
  documents: readonly CorpusDocument[];
  problems: readonly CorpusProblem[];
}

export function buildSnapshot(loaded: LoadedCorpus, now = new Date()): CorpusSnapshot {
  const byId = new Map(loaded.documents.map((d) => [d.id, d]));
  const passagesByDoc = new Map(loaded.documents.map((d) => [d.id, splitPassages(d)]));
  const passages = [...passagesByDoc.values()].flat();
  return {
    folder: loaded.folder,
    documents: loaded.documents,
    byId,
    passages,
    passagesByDoc,
    search: new PassageIndex(passages, byId),
    timeline: TimelineIndex.build(loaded.documents),
    quotes: QuoteIndex.build(loaded.documents),
    problems: loaded.problems,
    builtAt: now,
  };
}
