// Sentence boundaries for English news text. Intl.Segmenter does the Unicode work; on top of it we
// undo the breaks it makes after abbreviations and initials ("Mr. Barr", "U.S. officials", "Sen. Warren").

import { endsWithAbbreviation } from "./abbreviations.js";

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Splits `text` into sentences with offsets; `text.slice(s.start, s.end) === s.text` (trimmed). */
export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    const end = seg.index + seg.segment.length;
    const prev = pieces[pieces.length - 1];
    const nextStartsLikeName = /^\s*[A-Z0-9“"‘']/.test(seg.segment);
    if (prev && nextStartsLikeName && endsWithAbbreviation(text.slice(prev.start, prev.end))) {
      prev.end = end;
    } else if (prev && /^\s*[a-z]/.test(seg.segment)) {
      // A lower-case start is a continuation ("…said Mr. smith" typos, "e.g. this"), never a new sentence.
      prev.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  const sentences: Sentence[] = [];
  for (const p of pieces) {
    const raw = text.slice(p.start, p.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    sentences.push({ start: p.start + lead, end: p.start + lead + trimmed.length, text: trimmed });
  }
  return sentences;
}
