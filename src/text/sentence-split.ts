// Sentence boundaries for quotation extraction, found with one scan of the characters instead of
// Intl.Segmenter: extraction splits every paragraph (and many short tails), so the segmenter's cost per
// call dominated. It follows the same rules as `splitSentences` (src/analysis/sentences.ts) on news copy:
// a sentence ends after . ! ? (and any closing marks) before a space and a word that is not lower case,
// except after an abbreviation or an initial ("Mr. Barr", "U.S. officials", "Sen. Warren").
import { endsWithAbbreviation } from "./abbreviations.js";
import type { Sentence } from "./sentences.js";

const isTerminator = (c: string) => c === "." || c === "!" || c === "?";
// Marks that close a sentence after its full stop: quotes (either glyph: copy mixes them) and brackets.
const CLOSERS = new Set(['"', "'", "”", "’", "“", "‘", ")", "]", "»", "›"]);
const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u00a0";
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();

/** Offsets where a new sentence may start: after terminator, closing marks and spaces. */
function breaks(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
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
    while (i < n && isSpace(text[i]!)) i++;
    if (i >= n) break;
    const next = text[i]!;
    // Another full stop or a comma goes on ("crimes. .", "... and"): no sentence starts there.
    if (isTerminator(next) || ",;:-–—".includes(next)) continue;
    if (onlyFullStops) {
      const before = text[termStart - 1] ?? "";
      // No space: "3.5" and "U.S" go on.
      if (i === afterClose && (/[0-9]/.test(next) || (isUpper(before) && isUpper(next)))) continue;
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
export function quickSentences(text: string): Sentence[] {
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
