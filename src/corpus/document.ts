// What the rest of the bot knows about an article once it is loaded and cleaned.

/** A calendar date as precise as its source: "2017", "2017-03" or "2017-03-26". */
export type PartialIsoDate = string;

/** Where a document's publication date came from, so a reader can weigh it. */
export type DateOrigin = "manifest" | "text";

export interface DocumentMeta {
  title: string;
  /** True when no manifest title exists and the title was read from (or made up from) the text. */
  titleFromText: boolean;
  publisher?: string;
  author?: string;
  /** ISO date "YYYY-MM-DD" of publication, when known. */
  published?: string;
  publishedFrom?: DateOrigin;
  url?: string;
}

/** A paragraph of the cleaned body: `text.slice(start, end)` is its text. */
export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface CorpusDocument {
  /** The file name without extension. */
  id: string;
  /** The file's path relative to the corpus folder. */
  file: string;
  meta: DocumentMeta;
  /** The cleaned body: paragraphs joined by a blank line, page furniture and hard wraps gone. */
  text: string;
  paragraphs: readonly Paragraph[];
  /** A digest of the raw file and its manifest entry, to tell what changed between loads. */
  fingerprint: string;
}

/** A searchable unit: one paragraph, a short one joined to its neighbour, or a slice of a long one. */
export interface Passage {
  /** `<docId>#<n>`, stable for the same text. */
  id: string;
  docId: string;
  n: number;
  /** Offsets into the document's cleaned text. */
  start: number;
  end: number;
  text: string;
}

export function paragraphText(doc: CorpusDocument, p: Paragraph): string {
  return doc.text.slice(p.start, p.end);
}
