// Passages are what /ask returns: paragraphs, with a very short one joined to its neighbour (a one-line
// quote reads better with the sentence before it) and a very long one cut at sentence ends.
import { splitSentences } from "../text/sentences.js";
import type { CorpusDocument, Passage } from "./document.js";

/** Paragraphs with fewer words than this join the passage before them. */
export const MIN_PASSAGE_WORDS = 12;
/** No passage is longer than this: longer paragraphs are cut, at sentence ends where they have them. */
export const MAX_PASSAGE_CHARS = 900;

interface Span {
  start: number;
  end: number;
}

export function splitPassages(doc: CorpusDocument): Passage[] {
  const spans: Span[] = [];
  for (const p of doc.paragraphs) {
    const text = doc.text.slice(p.start, p.end);
    const previous = spans[spans.length - 1];
    const short = countWords(text) < MIN_PASSAGE_WORDS;
    if (short && previous && p.end - previous.start <= MAX_PASSAGE_CHARS) {
      previous.end = p.end;
    } else if (text.length > MAX_PASSAGE_CHARS) {
      spans.push(...cutAtSentences(text, p.start));
    } else {
      spans.push({ start: p.start, end: p.end });
    }
  }
  // A short first paragraph has nothing before it: it joins the one after.
  const [first, second] = spans;
  if (first && second && second.end - first.start <= MAX_PASSAGE_CHARS && countWords(doc.text.slice(first.start, first.end)) < MIN_PASSAGE_WORDS) {
    spans.splice(0, 2, { start: first.start, end: second.end });
  }
  return spans.map((s, i) => ({
    id: `${doc.id}#${i + 1}`,
    docId: doc.id,
    n: i + 1,
    start: s.start,
    end: s.end,
    text: doc.text.slice(s.start, s.end),
  }));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function cutAtSentences(text: string, offset: number): Span[] {
  const target = MAX_PASSAGE_CHARS * 0.7;
  const spans: Span[] = [];
  let current: Span | null = null;
  for (const s of splitSentences(text).flatMap((s) => (s.end - s.start > MAX_PASSAGE_CHARS ? cutAtSpaces(text, s, target) : [s]))) {
    if (current && s.end - current.start > target) {
      spans.push(current);
      current = null;
    }
    current = current ? { start: current.start, end: s.end } : { start: s.start, end: s.end };
  }
  if (current) spans.push(current);
  return spans.map((s) => ({ start: s.start + offset, end: s.end + offset }));
}

/**
 * A "sentence" longer than a passage (a page of text with no full stop) cut into pieces of about `size`
 * characters at spaces, or anywhere but inside a surrogate pair when there are none: a passage of
 * megabytes would be no answer to show, and indexing it would hold a reload's thread for half a second.
 */
function cutAtSpaces(text: string, sentence: Span, size: number): Span[] {
  const pieces: Span[] = [];
  let start = sentence.start;
  while (sentence.end - start > MAX_PASSAGE_CHARS) {
    const space = text.lastIndexOf(" ", start + Math.floor(size));
    let end = space > start ? space : start + Math.floor(size);
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? "")) end--;
    pieces.push({ start, end });
    start = end;
    while (start < sentence.end && text[start] === " ") start++;
  }
  if (start < sentence.end) pieces.push({ start, end: sentence.end });
  return pieces;
}
