// Where the quotations of one paragraph are: pairs of quote marks, read from their context rather than
// their glyph, because real copy mixes curly and straight marks, types “ for ”, and forgets to close.
import { firstNotBefore } from "../../text/sorted.js";

export interface QuoteSpan {
  /** Offset of the opening mark in the paragraph. */
  open: number;
  contentStart: number;
  /** End of the quoted words: the closing mark, or the paragraph's end when the quote is left open. */
  contentEnd: number;
  /** Offset just after the closing mark, or null when the paragraph ends inside the quote. */
  close: number | null;
  style: "double" | "single";
}

const DOUBLE = new Set(['"', "“", "”", "„", "«", "»", "″"]);
const SINGLE = new Set(["'", "‘", "’", "‚", "‹", "›"]);
const OPEN_GLYPHS = new Set(["“", "„", "«", "‘", "‚", "‹"]);
const CLOSE_GLYPHS = new Set(["”", "»", "’", "›"]);

// The same marks as patterns: a paragraph is scanned from mark to mark, not character by character.
// Two apostrophes stand for a double mark in some archives' copy (''It is,'' he said).
const DOUBLE_MARK = /["“”„«»″]|''/g;
const SINGLE_MARK = /['‘’‚‹›]/g;

const BEFORE_OPEN = /[\s([{—–\-/]/;
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-…]/;

type Role = "open" | "close" | "either";

function roleOf(text: string, i: number, width = 1): Role {
  const prev = text[i - 1] ?? "";
  const next = text[i + width] ?? "";
  const quoteNeighbour = (c: string) => DOUBLE.has(c) || SINGLE.has(c);
  const canOpen = (prev === "" || BEFORE_OPEN.test(prev) || quoteNeighbour(prev)) && next !== "" && !/\s/.test(next);
  const canClose = prev !== "" && !/\s/.test(prev) && (next === "" || AFTER_CLOSE.test(next) || quoteNeighbour(next));
  if (canOpen && !canClose) return "open";
  if (canClose && !canOpen) return "close";
  const glyph = text[i] ?? "";
  if (OPEN_GLYPHS.has(glyph) && !canClose) return "open";
  if (CLOSE_GLYPHS.has(glyph) && !canOpen) return "close";
  return "either";
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? "")) e--;
  return e;
}

/** Double-quoted spans: the quotations proper. A mark whose context is unclear toggles the state. */
function doubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let openWidth = 1;
  DOUBLE_MARK.lastIndex = 0;
  for (let m = DOUBLE_MARK.exec(text); m; m = DOUBLE_MARK.exec(text)) {
    const i = m.index;
    const width = m[0].length;
    const role = roleOf(text, i, width);
    if (openAt < 0) {
      // A stray closer: the opening was never typed. One that opens the paragraph has nothing to close:
      // it was typed for an opener (”… the train has left,” wrote the magazine).
      if (role === "close" && !(spans.length === 0 && text.slice(0, i).trim() === "")) continue;
      openAt = i;
      openWidth = width;
    } else if (role === "open" && i - openAt > openWidth) {
      // Two openers in a row: the first quote was never closed. Keep it up to here.
      spans.push({ open: openAt, contentStart: openAt + openWidth, contentEnd: trimEnd(text, openAt + openWidth, i), close: null, style: "double" });
      openAt = i;
      openWidth = width;
    } else {
      spans.push({ open: openAt, contentStart: openAt + openWidth, contentEnd: i, close: i + width, style: "double" });
      openAt = -1;
    }
  }
  if (openAt >= 0) {
    spans.push({ open: openAt, contentStart: openAt + openWidth, contentEnd: trimEnd(text, openAt + openWidth, text.length), close: null, style: "double" });
  }
  return spans;
}

/**
 * Single-quoted spans outside double quotes (headline style, or British copy). An apostrophe looks
 * like a closing mark, so a single quote counts only when both of its marks are found.
 */
function singleSpans(text: string, marks: readonly number[], from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (const i of marks) {
    if (i < from) continue;
    if (i >= to) break;
    const c = text[i] ?? "";
    if (c === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue; // half of a '' double mark
    const prev = text[i - 1] ?? "";
    const next = text[i + 1] ?? "";
    if (/[\p{L}\p{N}]/u.test(prev) && /[\p{L}]/u.test(next)) continue; // don’t, Clinton’s
    const role = roleOf(text, i);
    if (openAt < 0) {
      if (role === "open" && /\p{L}/u.test(next)) openAt = i;
    } else if (role === "close" || (role === "either" && c !== "‘")) {
      spans.push({ open: openAt, contentStart: openAt + 1, contentEnd: i, close: i + 1, style: "single" });
      openAt = -1;
    }
  }
  return spans;
}

/** Every quotation span of a paragraph, in order; spans never overlap. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = doubleSpans(text);
  const spans = [...doubles];
  // Every single mark, found once: each stretch between double quotes walks on from where the last
  // stopped, so the scan stays linear however many stretches and apostrophes a paragraph holds.
  const marks = [...text.matchAll(SINGLE_MARK)].map((m) => m.index ?? 0);
  let from = 0;
  let first = 0;
  for (const d of [...doubles, { open: text.length, close: text.length }]) {
    while (first < marks.length && marks[first]! < from) first++;
    spans.push(...singleSpans(text, marks.slice(first, firstNotBefore(marks.length, (i) => marks[i]! < d.open, first)), from, d.open));
    from = d.close ?? text.length;
  }
  return spans.filter((s) => s.contentEnd > s.contentStart).sort((a, b) => a.open - b.open);
}

/**
 * The single-quoted spans inside one quotation's words: what its speaker quotes someone else as saying
 * (“Her team ‘were extremely careless.’ Not fit!” Trump tweeted, quoting the director).
 */
export function nestedSpans(quoteText: string): QuoteSpan[] {
  if (!/['‘’]/.test(quoteText)) return [];
  const marks = [...quoteText.matchAll(SINGLE_MARK)].map((m) => m.index ?? 0);
  return singleSpans(quoteText, marks, 0, quoteText.length).filter((s) => s.contentEnd > s.contentStart);
}

/** True when the paragraph opens with a quote mark (after spaces): the sign of a quote's continuation. */
export function opensWithQuote(text: string): boolean {
  const start = text.trimStart();
  const first = start[0] ?? "";
  return DOUBLE.has(first) || first === "‘" || start.startsWith("''");
}
