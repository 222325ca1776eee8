// Sentence boundaries for English news text, found with one scan of the characters: a sentence ends
// after . ! ? (and any closing quotes or brackets) before a word that is not lower case, and at every
// line break, except after an abbreviation or an initial ("Mr. Barr", "U.S. officials", "Sen. Warren",
// "Ph.D. thesis"). The one splitter of the bot: passages, highlights, quotations and dated events all
// see the same sentences. (Intl.Segmenter follows the same Unicode rules but cost most of quotation
// extraction's time, which splits every paragraph and many short tails.)
import { endsWithAbbreviation } from "./abbreviations.js";

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const isTerminator = (c: string) => c === "." || c === "!" || c === "?";
// Marks that close a sentence after its full stop: quotes (either glyph: copy mixes them) and brackets.
const CLOSERS = new Set(['"', "'", "”", "’", "“", "‘", ")", "]", "»", "›"]);
const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0" || c === "\u2028" || c === "\u2029";
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();

const isLineBreak = (c: string) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";

/** Offsets where a new sentence may start: after a terminator, its closing marks and spaces, or after a line break. */
function breaks(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (isLineBreak(c)) {
      // A line break ends a sentence whatever comes before it (a heading, a list item, a paragraph).
      i++;
      while (i < n && isSpace(text[i]!)) i++;
      if (i < n && out.at(-1) !== i) out.push(i);
      continue;
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    const termStart = i;
    let onlyFullStops = true;
    while (i < n && isTerminator(text[i]!)) {
      if (text[i] !== ".") onlyFullStops = false;
      i++;
    }
    while (i < n && CLOSERS.has(text[i]!)) i++;
    const afterClose = i;
    let lineBreak = false;
    for (; i < n && isSpace(text[i]!); i++) if (isLineBreak(text[i]!)) lineBreak = true;
    if (i >= n) break;
    if (lineBreak) {
      out.push(i);
      continue;
    }
    const next = text[i]!;
    // Another full stop or a comma goes on ("crimes. .", "... and"): no sentence starts there.
    if (isTerminator(next) || ",;:-–—".includes(next)) continue;
    if (onlyFullStops) {
      const before = text[termStart - 1] ?? "";
      // No space: "3.5", "U.S" and "Ph.D." go on.
      if (i === afterClose && (/[0-9]/.test(next) || (isUpper(before) && isUpper(next)) || (isLetter(next) && text[i + 1] === "."))) continue;
      // After a full stop, a lower-case word further on (past brackets, quotes or digits) goes on.
      let j = i;
      while (j < n && !isLetter(text[j]!) && !isTerminator(text[j]!)) j++;
      if (j < n && isLower(text[j]!)) continue;
    }
    out.push(i);
  }
  return out;
}

/** Splits `text` into sentences with offsets; `text.slice(s.start, s.end) === s.text` (trimmed). */
export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  for (const at of [...breaks(text), text.length]) {
    const prev = pieces[pieces.length - 1];
    const first = text[start] ?? "";
    const startsLikeName = /[A-Z0-9“"‘']/.test(first);
    if (prev && startsLikeName && endsWithAbbreviation(text.slice(prev.start, prev.end))) prev.end = at;
    else if (prev && isLower(first) && /[a-z]/.test(first)) prev.end = at;
    else pieces.push({ start, end: at });
    start = at;
  }
  const sentences: Sentence[] = [];
  for (const p of pieces) {
    let s = p.start;
    let e = p.end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s === e) continue;
    sentences.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return sentences;
}
