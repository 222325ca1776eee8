// Scores the extractor on the invented test bed: for each expected (snippet → value), some temporal
// expression overlapping the snippet must get exactly that value; for `null`, none overlapping it may
// get a date at all.
import { datedSentences } from "../../../../src/analysis/timeline/extract-events.js";
import { formatPartialDate } from "../../../../src/analysis/timeline/partial-date.js";
import { makeDocument } from "../make-document.js";
import { BED, type BedArticle } from "./articles.js";

export interface BedResult {
  article: string;
  snippet: string;
  want: string | null;
  /** What overlapping expressions got, as "expression=value". */
  got: string[];
  ok: boolean;
}

export function scoreArticle(article: BedArticle): BedResult[] {
  const doc = makeDocument(article.id, article.text, article.published);
  const found = datedSentences(doc).flatMap((s) =>
    s.mentions.map((m) => ({ start: s.offset + m.start, end: s.offset + m.end, expression: m.expression, value: m.date ? formatPartialDate(m.date) : null })),
  );
  return article.expect.map(([snippet, want]) => {
    const at = doc.text.indexOf(snippet);
    if (at < 0 || doc.text.indexOf(snippet, at + 1) >= 0) throw new Error(`${article.id}: snippet ${JSON.stringify(snippet)} must occur exactly once`);
    const end = at + snippet.length;
    const over = found.filter((f) => f.start < end && at < f.end);
    const ok = want === null ? over.every((f) => f.value === null) : over.some((f) => f.value === want);
    return { article: article.id, snippet, want, got: over.map((f) => `${f.expression}=${f.value}`), ok };
  });
}

export function scoreBed(): BedResult[] {
  return BED.flatMap(scoreArticle);
}
