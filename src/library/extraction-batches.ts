// The work both threads of a parallel build share (see parallel-build.ts): batches of documents claimed
// from one shared counter, and what the quotation and timeline extractors find in each (plain data, so
// that it crosses from the worker thread as a message).
import type { CorpusDocument } from "../corpus/document.js";
import { extractDocument, type DocExtraction } from "../analysis/quotes/extract.js";
import { extractEvents, type DocEvent } from "../analysis/timeline/extract-events.js";

/** Documents per batch: large enough that posting a batch costs little, small enough to share evenly. */
const BATCH = 25;
export interface WorkerInput {
  documents: readonly CorpusDocument[];
  counter: SharedArrayBuffer;
}

export interface Extraction {
  quotes: DocExtraction;
  events: DocEvent[];
}

export type WorkerMessage = { kind: "batch"; start: number; results: Extraction[] } | { kind: "done" };

/** The start of each batch this thread claims, until every document is claimed. */
export function* claimBatches(counter: Int32Array, total: number): Generator<number> {
  for (;;) {
    const start = Atomics.add(counter, 0, BATCH);
    if (start >= total) return;
    yield start;
  }
}

/** What the quotation and timeline extractors find in one document: the work both kinds of worker do. */
export function extractionOf(doc: CorpusDocument): Extraction {
  return { quotes: extractDocument(doc), events: extractEvents(doc) };
}

export function extractBatch(documents: readonly CorpusDocument[], start: number): Extraction[] {
  return documents.slice(start, start + BATCH).map(extractionOf);
}
