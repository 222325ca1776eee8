// How well a remembered fragment fits a quotation, and where in it: a local alignment of their words that
// forgives typos, spelling variants, curly apostrophes, words left out and extra words, plus a
// bag-of-words view of the best window for fragments typed in another order.
import { processTerm } from "../../text/terms.js";
import { samePolarity } from "./polarity.js";
import { typoOf } from "./typos.js";

export interface Token {
  term: string;
  /** The word as written, in lower case, without apostrophes: a typo can make its term unrecognisable. */
  word: string;
  /** Stop words weigh little: "the" missing from a fragment hardly changes who said it. */
  weight: number;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const STOP_WEIGHT = 0.25;

/** How one word of a fragment or a quotation is read, for the alignment here and the word index. */
export interface ReadWord {
  /** The index term of a content word; a stop word as written. */
  term: string;
  /** As written, in lower case, without apostrophes: a typo can make its term unrecognisable. */
  word: string;
  content: boolean;
}

export function readWord(raw: string): ReadWord {
  const term = processTerm(raw);
  // Stop words stay as written, apostrophes dropped, so "isnt" meets "isn’t".
  const word = raw.toLowerCase().replace(/['’]/g, "");
  return { term: term ?? word, word, content: term !== null };
}

export function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const { term, word, content } = readWord(m[0]);
    out.push({ term, word, weight: content ? 1 : STOP_WEIGHT, start, end: start + m[0].length });
  }
  return out;
}

/** 1 for the same word, less for a typo or a variant ("protestors"/"protesters"), 0 otherwise. */
function similarity(a: Token, b: Token): number {
  if (a.term === b.term) return 1;
  if (a.weight < 1 || b.weight < 1) return 0;
  // Terms first ("organisation"/"organization" share one), then the words as written: stemming a typo
  // ("decisikon") can leave it far from the term of the word meant ("decis").
  return typoOf(a.term, b.term) || typoOf(a.word, b.word) ? 0.8 : 0;
}

/** Word-by-word similarities, computed once per distinct pair of terms. */
function similarities(q: Token[], t: Token[]): Float64Array {
  const out = new Float64Array(q.length * t.length);
  const memo = new Map<string, Map<string, number>>();
  for (let i = 0; i < q.length; i++) {
    const qi = q[i]!;
    let row = memo.get(qi.word);
    if (!row) memo.set(qi.word, (row = new Map()));
    for (let j = 0; j < t.length; j++) {
      const tj = t[j]!;
      if (qi.term === tj.term) {
        out[i * t.length + j] = 1;
        continue;
      }
      // Stop words and words of very different length never count as typos of each other.
      if (qi.weight < 1 || tj.weight < 1 || (Math.abs(qi.term.length - tj.term.length) > 2 && Math.abs(qi.word.length - tj.word.length) > 2)) continue;
      let v = row.get(tj.word);
      if (v === undefined) row.set(tj.word, (v = similarity(qi, tj)));
      out[i * t.length + j] = v;
    }
  }
  return out;
}

export interface FragmentFit {
  /** 0–1: share of the fragment's weight found in order (or, discounted, in one window). */
  score: number;
  /** Character offsets in the quotation of the stretch the fragment matches. */
  start: number;
  end: number;
}

// Alignment costs, relative to a word's weight: a quote word the fragment skipped costs little (people
// remember the gist), a fragment word the quote lacks costs more, a wrong word the most.
const SKIP_QUOTE_WORD = 0.2;
const SKIP_FRAGMENT_WORD = 0.4;
const MISMATCH = 0.6;
// Words typed in another order only count at this discount.
const UNORDERED = 0.85;

export function fitFragment(fragment: string, quote: string): FragmentFit | undefined {
  return fitTokens(tokensOf(fragment), tokensOf(quote));
}

/** `fitFragment` for words already read: a quotation's words are read once, not once per look-up. */
export function fitTokens(q: Token[], t: Token[]): FragmentFit | undefined {
  if (q.length === 0 || t.length === 0) return undefined;
  const total = q.reduce((s, x) => s + x.weight, 0);
  const m = q.length;
  const n = t.length;
  // Smith–Waterman over words; `from` remembers where each local alignment began in the quote, `fromQ`
  // where it began in the fragment.
  const score = new Float64Array((m + 1) * (n + 1));
  const from = new Int32Array((m + 1) * (n + 1)).fill(-1);
  const fromQ = new Int32Array((m + 1) * (n + 1)).fill(-1);
  const at = (i: number, j: number) => i * (n + 1) + j;
  let best = 0;
  let bestI = 0;
  let bestJ = 0;
  const sim = similarities(q, t);
  for (let i = 1; i <= m; i++) {
    const qi = q[i - 1]!;
    for (let j = 1; j <= n; j++) {
      const tj = t[j - 1]!;
      const s = sim[(i - 1) * n + (j - 1)]!;
      const diagonal = score[at(i - 1, j - 1)]! + (s > 0 ? qi.weight * s : -qi.weight * MISMATCH);
      const skipQuote = score[at(i, j - 1)]! - tj.weight * SKIP_QUOTE_WORD;
      const skipFragment = score[at(i - 1, j)]! - qi.weight * SKIP_FRAGMENT_WORD;
      let v = 0;
      let origin = -1;
      let originQ = -1;
      if (diagonal > v && s > 0) {
        v = diagonal;
        const started = from[at(i - 1, j - 1)]! >= 0;
        origin = started ? from[at(i - 1, j - 1)]! : j - 1;
        originQ = started ? fromQ[at(i - 1, j - 1)]! : i - 1;
      } else if (diagonal > v) { v = diagonal; origin = from[at(i - 1, j - 1)]!; originQ = fromQ[at(i - 1, j - 1)]!; }
      if (skipQuote > v) { v = skipQuote; origin = from[at(i, j - 1)]!; originQ = fromQ[at(i, j - 1)]!; }
      if (skipFragment > v) { v = skipFragment; origin = from[at(i - 1, j)]!; originQ = fromQ[at(i - 1, j)]!; }
      score[at(i, j)] = v;
      from[at(i, j)] = v > 0 ? origin : -1;
      fromQ[at(i, j)] = v > 0 ? originQ : -1;
      if (v > best) { best = v; bestI = i; bestJ = j; }
    }
  }
  const ordered = best / total;
  const window = bestWindow(q, t, sim, total);
  if (ordered <= 0 && window.score <= 0) return undefined;
  if (ordered >= UNORDERED * window.score) {
    const startTok = Math.max(0, from[at(bestI, bestJ)]!);
    const fit = { score: Math.min(1, ordered), start: t[startTok]!.start, end: t[bestJ - 1]!.end };
    // Fragment words after the quotation's end (a fragment running on into the next quotation) say
    // nothing about this one's polarity; every other fragment word does. Words typed before the aligned
    // stretch stand for as many quotation words before it: "they can still sail" against "They can't sail".
    const said = bestJ === n ? q.slice(0, bestI) : q;
    const before = t[Math.max(0, startTok - Math.max(0, fromQ[at(bestI, bestJ)]!))]!.start;
    return samePolarity(said, t, before, fit.end) ? fit : undefined;
  }
  // The same words saying the opposite are another statement, however well they fit.
  return samePolarity(q, t, window.start, window.end) ? { score: UNORDERED * window.score, start: window.start, end: window.end } : undefined;
}

/** The densest window of the quote, counting each fragment word once wherever it sits in the window. */
function bestWindow(q: Token[], t: Token[], simMatrix: Float64Array, total: number): FragmentFit {
  const size = Math.min(t.length, Math.ceil(q.length * 1.3) + 2);
  let best: FragmentFit = { score: 0, start: 0, end: 0 };
  for (let s = 0; s + size <= t.length; s++) {
    let got = 0;
    let first = -1;
    let last = -1;
    for (const [i, qi] of q.entries()) {
      let sim = 0;
      let where = -1;
      for (let j = s; j < s + size; j++) {
        const v = simMatrix[i * t.length + j]!;
        if (v > sim) { sim = v; where = j; }
      }
      if (sim > 0) {
        got += qi.weight * sim;
        if (first < 0 || where < first) first = where;
        if (where > last) last = where;
      }
    }
    if (got / total > best.score && first >= 0) best = { score: got / total, start: t[first]!.start, end: t[last]!.end };
  }
  return best;
}
