// Builds a CorpusDocument from plain paragraphs, the way the loader would, for tests that need no files.
import type { CorpusDocument, Paragraph } from "../../../src/corpus/document.js";

export function makeDocument(id: string, body: string, published?: string, title = id): CorpusDocument {
  const paragraphs: Paragraph[] = [];
  let text = "";
  for (const p of body.split(/\n\s*\n/).map((x) => x.trim()).filter(Boolean)) {
    if (text !== "") text += "\n\n";
    paragraphs.push({ index: paragraphs.length, start: text.length, end: text.length + p.length });
    text += p;
  }
  return {
    id,
    file: `${id}.txt`,
    meta: { title, titleFromText: false, ...(published && { published, publishedFrom: "manifest" as const }) },
    text,
    paragraphs,
    fingerprint: id,
  };
}
