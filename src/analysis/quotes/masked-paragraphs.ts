// An article's paragraphs as extraction reads them: where each quotation is (a quote left open repaired),
// the text with the quoted words masked so that no quote can pose as a speaker or a cue, and its sentences.
import type { CorpusDocument } from "../../corpus/document.js";
import { splitSentences, type Sentence } from "../../text/sentences.js";
import { attributionAfter } from "./attribution.js";
import { findQuoteSpans, opensWithQuote, type QuoteSpan } from "./quote-marks.js";
import { isSpaceChar } from "../../text/whitespace.js";
import { firstNotBefore } from "../../text/sorted.js";

/** One paragraph, read once for every step of extraction. */
export interface Para {
  index: number;
  start: number;
  text: string;
  /** `text` with the quoted words blanked to "x", so no quote can pose as a speaker or a cue. */
  masked: string;
  spans: QuoteSpan[];
  sentences: Sentence[];
}

const UPPER = /\p{Lu}/u;

/** Blanks the quoted words, keeping spaces and the final punctuation so sentences still end where they did. */
function mask(text: string, spans: QuoteSpan[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let from = 0;
  for (const s of spans) {
    out += text.slice(from, s.contentStart) + maskedWords(text, s.contentStart, s.contentEnd);
    from = s.contentEnd;
  }
  return out + text.slice(from);
}

/** The quoted words [start, end) blanked: every character but a space becomes "x", a word at a time. */
function maskedWords(text: string, start: number, end: number): string {
  if (start >= end) return "";
  const last = text[end - 1]!;
  const keepLast = last === "." || last === "!" || last === "?" || last === ",";
  const stop = keepLast ? end - 1 : end;
  let out = "";
  let first = true;
  let i = start;
  while (i < stop) {
    let j = i;
    while (j < stop && isSpaceChar(text.charCodeAt(j))) j++;
    if (j > i) out += text.slice(i, j);
    i = j;
    while (j < stop && !isSpaceChar(text.charCodeAt(j))) j++;
    if (j === i) continue;
    if (first) {
      // The first letter keeps its case: the sentence breaker reads "said. “We…" as a new sentence.
      out += UPPER.test(text[i]!) ? "X" : "x";
      first = false;
      i++;
    }
    out += "x".repeat(j - i);
    i = j;
  }
  return keepLast ? out + last : out;
}

/** A quote left open in a paragraph that does not continue it: close it before "…, he said". */
function repairUnclosed(text: string, span: QuoteSpan): QuoteSpan {
  const content = text.slice(span.contentStart, span.contentEnd);
  for (const m of content.matchAll(/[,?!]\s+/g)) {
    const cut = span.contentStart + (m.index ?? 0) + 1;
    const rest = text.slice(cut).split(/(?<=[.!?])\s/)[0] ?? "";
    const a = attributionAfter(rest, cut);
    if (a && a.phrase.text.split(" ").length <= 6) return { ...span, contentEnd: cut, close: cut };
  }
  return span;
}

export function paragraphsOf(doc: CorpusDocument): Para[] {
  return doc.paragraphs.map((p, index) => {
    const text = doc.text.slice(p.start, p.end);
    let spans = findQuoteSpans(text);
    const next = doc.paragraphs[index + 1];
    const continues = next ? opensWithQuote(doc.text.slice(next.start, next.end)) : false;
    spans = spans.map((s, i) => (s.close === null && !(continues && i === spans.length - 1) ? repairUnclosed(text, s) : s));
    const masked = mask(text, spans);
    return { index, start: p.start, text, masked, spans, sentences: splitSentences(masked) };
  });
}

/** The sentence that holds `offset`, or the whole paragraph when none does. */
export function sentenceAt(para: Para, offset: number): Sentence {
  const s = para.sentences[sentenceIndex(para, offset + 1) - 1];
  return s && offset >= s.start && offset < s.end ? s : { start: 0, end: para.text.length, text: para.masked };
}

/** The index of the first sentence starting at or after `offset` (sentences are in order): a binary search. */
export function sentenceIndex(para: Para, offset: number): number {
  return firstNotBefore(para.sentences.length, (i) => para.sentences[i]!.start < offset);
}

/** Whether only spaces stand before the quote mark at `open`: the quotation opens its paragraph. */
export function opensParagraph(para: Para, open: number): boolean {
  return para.masked.slice(0, open).trim() === "";
}
