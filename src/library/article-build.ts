// One article's share of building a snapshot: cleaning it, cutting it into passages, and what the
// quotation and timeline extractors find in it. All of it grows with the article, so during a reload it
// runs on a worker thread (see off-thread-build.ts); the result is plain data that crosses as messages.
import type { CorpusDocument, Passage } from "../corpus/document.js";
import type { ManifestEntry } from "../corpus/manifest.js";
import { buildDocument, type RawArticle } from "../corpus/load-corpus.js";
import { splitPassages } from "../corpus/passages.js";
import { extractionOf, type Extraction } from "./extraction-batches.js";

export interface BuiltArticle extends Extraction {
  document: CorpusDocument;
  passages: Passage[];
}

/** What a worker needs of one article: `RawArticle`'s bytes arrive as a plain Uint8Array after a message. */
export type ArticleToBuild = Omit<RawArticle, "bytes"> & { bytes: Uint8Array; entry?: ManifestEntry };

export function buildArticle({ docId, file, text, bytes, entry }: ArticleToBuild): BuiltArticle {
  const document = buildDocument(docId, file, text, entry, bytes);
  return { document, passages: splitPassages(document), ...extractionOf(document) };
}
