// Builds an article the way the loader does, from plain paragraphs, for the quotation tests.
import { buildDocument } from "../../../src/corpus/load-corpus.js";
import type { CorpusDocument } from "../../../src/corpus/document.js";
import { extractDocument } from "../../../src/analysis/quotes/extract.js";

export function article(id: string, ...paragraphs: string[]): CorpusDocument {
  return buildDocument(id, `${id}.txt`, paragraphs.join("\n\n"), undefined);
}

/** Each quotation of the article as "speaker: text", the easiest form to read in a failing test. */
export function quotesOf(...paragraphs: string[]): string[] {
  return extractDocument(article("t", "A headline about the harbour", ...paragraphs)).quotations.map(
    (q) => `${q.speaker?.name ?? "?"}: ${q.text}`,
  );
}

export function speakerOf(fragment: string, ...paragraphs: string[]): string | undefined {
  const q = extractDocument(article("t", "A headline about the harbour", ...paragraphs)).quotations.find((x) => x.text.includes(fragment));
  return q ? q.speaker?.name ?? "?" : undefined;
}
