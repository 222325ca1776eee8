// Which quotations hold which words, and which hold two words side by side, as sorted integer lists. A
// remembered fragment shares word pairs with its quotation even with a typo or a word left out, and a pair
// is rare even when its words are common, so one look-up adds up a few short lists instead of scoring the
// corpus. Kept as typed arrays: a tenth of the memory of a general search index, and read back from disk
// in one step.
import { tokenize } from "../../text/terms.js";
import { readWord, type ReadWord } from "./fragment-match.js";
import { MAX_EDITS, typoOf } from "./typos.js";
import { eachWithPauses, runToEnd, sortSteps, type Steps } from "../../text/steps.js";

/** The index as plain data, for a cache on disk. */
export interface QuoteWordsData {
  quotations: number;
  /** Distinct content words as written (lower case), newline-separated, for typo correction... */
  vocabulary: string;
  /** ...and their index terms, in the same order. */
  terms: string;
  /** Base64 of `keys`, `starts` and `ids` (little-endian Uint32). */
  keys: string;
  starts: string;
  ids: string;
}

/** A fragment word the corpus lacks may be a typo of one it has: at most this many stand in for it. */
const CORRECTIONS = 4;
/** A correction is a guess: it counts for less than the word typed. */
const CORRECTION_WEIGHT = 0.8;
/** Words this short are too easily typos of each other; the alignment still forgives them. */
const MIN_CORRECTED_LENGTH = 5;
/** A last word this long may be cut off mid-word ("encryp"): words it begins stand in for it. */
const MIN_PREFIX_LENGTH = 4;
/** Packed (key, id) pairs are sorted in this many groups, so a reload can pause between them. */
const GROUPS = 256;


export class QuoteWords {
  /** The vocabulary by length, with each word's letters as a bit set, for typo look-ups. */
  private readonly byLength: readonly string[];
  private readonly termOf: ReadonlyMap<string, string>;
  private readonly lengthStarts: Uint32Array;
  private readonly letterSets: Uint32Array;
  private readonly sortedVocabulary: readonly string[];
  private readonly scores: Float32Array;
  /** Low bits of a hash the packing dropped (see packingFor); look-ups drop them too. */
  private readonly dropped: number;

  private constructor(
    readonly quotations: number,
    spelling: Spelling,
    /** Distinct keys (hashes of a word or a pair), ascending. */
    private readonly keys: Uint32Array,
    /** The ids of key `k` are `ids[starts[k] .. starts[k + 1])`, ascending. */
    private readonly starts: Uint32Array,
    private readonly ids: Uint32Array,
  ) {
    ({ termOf: this.termOf, sortedVocabulary: this.sortedVocabulary, byLength: this.byLength, lengthStarts: this.lengthStarts, letterSets: this.letterSets } = spelling);
    this.scores = new Float32Array(quotations);
    this.dropped = packingFor(quotations).dropped;
  }

  static build(texts: readonly string[]): QuoteWords {
    return runToEnd(QuoteWords.buildSteps(texts));
  }

  /** `build`, pausing (see src/text/steps.ts) between batches of quotations and between sorted groups. */
  static *buildSteps(texts: readonly string[]): Steps<QuoteWords> {
    const packing = packingFor(texts.length);
    const groups: number[][] = Array.from({ length: GROUPS }, () => []);
    const vocabulary = new Map<string, string>();
    // Each distinct word is read once: a corpus repeats its words millions of times.
    const known = new Map<string, ReadWord & { key: number }>();
    for (const [id, text] of texts.entries()) {
      let previousWord = -1;
      let previousContent = -1;
      for (const token of tokenize(text)) {
        let word = known.get(token);
        if (!word) {
          const read = readWord(token);
          known.set(token, (word = { ...read, key: hash(read.term) }));
          if (read.content) vocabulary.set(read.word, read.term);
        }
        if (previousWord >= 0) packing.put(groups, pairKey(previousWord, word.key), id);
        if (word.content) {
          packing.put(groups, word.key, id);
          if (previousContent >= 0) packing.put(groups, pairKey(previousContent, word.key), id);
          previousContent = word.key;
        }
        previousWord = word.key;
      }
      if (id % 64 === 63) yield;
    }
    const total = groups.reduce((n, g) => n + g.length, 0);
    const keys = new Uint32Array(total);
    const starts = new Uint32Array(total + 1);
    const ids = new Uint32Array(total);
    let distinct = 0;
    let at = 0;
    for (const [g, group] of groups.entries()) {
      const sorted = Float64Array.from(group).sort();
      groups[g] = [];
      let last = -1;
      for (const packed of sorted) {
        // A word twice in one quotation is listed once.
        if (packed === last) continue;
        last = packed;
        const key = packing.keyOf(packed);
        if (distinct === 0 || keys[distinct - 1] !== key) {
          keys[distinct] = key;
          starts[distinct] = at;
          distinct++;
        }
        ids[at++] = packing.idOf(packed);
      }
      yield;
    }
    starts[distinct] = at;
    return new QuoteWords(texts.length, yield* spellingSteps(vocabulary), keys.slice(0, distinct), starts.slice(0, distinct + 1), ids);
  }

  toJSON(): QuoteWordsData {
    const base64 = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
    return {
      quotations: this.quotations,
      vocabulary: [...this.termOf.keys()].join("\n"),
      terms: [...this.termOf.values()].join("\n"),
      keys: base64(this.keys),
      starts: base64(this.starts),
      ids: base64(this.ids),
    };
  }

  static fromJSON(data: QuoteWordsData): QuoteWords {
    const words = (b64: string) => {
      const bytes = Buffer.from(b64, "base64");
      // Copied into a buffer of its own: Uint32Array needs an aligned offset, which a pooled Buffer may not have.
      return new Uint32Array(new Uint8Array(bytes).buffer);
    };
    const lines = (text: string) => (text === "" ? [] : text.split("\n"));
    const terms = lines(data.terms);
    const vocabulary = new Map(lines(data.vocabulary).map((written, i) => [written, terms[i] ?? written]));
    return new QuoteWords(data.quotations, runToEnd(spellingSteps(vocabulary)), words(data.keys), words(data.starts), words(data.ids));
  }

  /**
   * Quotation ids, most likely first, for a remembered fragment: each of its words and word pairs adds
   * its rarity to every quotation holding it. A word the corpus lacks is read as its nearest known words.
   */
  candidates(fragment: string, limit: number): number[] {
    const words = tokenize(fragment).map(readWord);
    const lastContent = words.findLastIndex((w) => w.content);
    const slots = words.map((w, i) => (w.content ? this.readingsOf(w, i === lastContent) : [{ term: w.term, weight: 1 }]));
    const scores = this.scores;
    const touched: number[] = [];
    const counted = new Set<number>();
    const add = (key: number, weight: number) => {
      if (counted.has(key)) return;
      counted.add(key);
      const k = this.find(key);
      if (k < 0) return;
      const from = this.starts[k]!;
      const to = this.starts[k + 1]!;
      const rarity = weight * Math.log(1 + this.quotations / (to - from));
      for (let p = from; p < to; p++) {
        const id = this.ids[p]!;
        if (scores[id] === 0) touched.push(id);
        scores[id]! += rarity;
      }
    };
    const pairs = (before: number, after: number) => {
      for (const a of slots[before]!) for (const b of slots[after]!) add(pairKey(hash(a.term), hash(b.term)), a.weight * b.weight);
    };
    let previousContent = -1;
    for (const [i, word] of words.entries()) {
      if (i > 0) pairs(i - 1, i);
      if (!word.content) continue;
      for (const r of slots[i]!) add(hash(r.term), r.weight);
      if (previousContent >= 0 && previousContent < i - 1) pairs(previousContent, i);
      previousContent = i;
    }
    const best = topByScore(touched, scores, limit);
    for (const id of touched) scores[id] = 0;
    return best;
  }

  /** What a fragment word may stand for: itself when the corpus has it, else its likeliest corrections. */
  private readingsOf(word: ReadWord, last: boolean): { term: string; weight: number }[] {
    if (this.find(hash(word.term)) >= 0) return [{ term: word.term, weight: 1 }];
    // Corrected as written: stemming a typo ("decisikon") can leave it far from the term meant ("decis").
    const written = [...this.corrections(word.word), ...(last && word.word.length >= MIN_PREFIX_LENGTH ? this.completions(word.word) : [])];
    const terms = [...new Set(written.map((w) => this.termOf.get(w) ?? w))];
    return terms.slice(0, CORRECTIONS).map((term) => ({ term, weight: CORRECTION_WEIGHT }));
  }

  /** Known words (as written) that `word` may be a typo of, by the alignment's rule; most quoted first. */
  private corrections(word: string): string[] {
    if (word.length < MIN_CORRECTED_LENGTH) return [];
    const letters = lettersOf(word);
    const found: { word: string; df: number }[] = [];
    const from = this.lengthStarts[Math.max(0, word.length - MAX_EDITS)] ?? this.byLength.length;
    const to = this.lengthStarts[Math.min(this.lengthStarts.length - 1, word.length + MAX_EDITS + 1)] ?? this.byLength.length;
    for (let i = from; i < to; i++) {
      // An edit changes at most two letters of the set: most words are turned away without being read.
      if (popcount(this.letterSets[i]! ^ letters) > 2 * MAX_EDITS) continue;
      const known = this.byLength[i]!;
      if (typoOf(word, known)) found.push({ word: known, df: this.df(this.termOf.get(known) ?? known) });
    }
    return found.sort((a, b) => b.df - a.df).map((f) => f.word);
  }

  /** How many quotations hold `term`. */
  private df(term: string): number {
    const k = this.find(hash(term));
    return k < 0 ? 0 : this.starts[k + 1]! - this.starts[k]!;
  }

  /** Known words that begin with `prefix`, in alphabetical order. */
  private completions(prefix: string): string[] {
    const sorted = this.sortedVocabulary;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && out.length < CORRECTIONS && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
    return out;
  }

  /** The position of `key` in `keys`, or -1. */
  private find(hashed: number): number {
    const keys = this.keys;
    const key = hashed >>> this.dropped;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }
}

/** The vocabulary laid out for typo look-ups: alphabetically (completions) and by length, with letter sets. */
interface Spelling {
  termOf: ReadonlyMap<string, string>;
  sortedVocabulary: readonly string[];
  byLength: readonly string[];
  lengthStarts: Uint32Array;
  letterSets: Uint32Array;
}

function* spellingSteps(termOf: ReadonlyMap<string, string>): Steps<Spelling> {
  const sortedVocabulary = yield* sortSteps([...termOf.keys()], (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // By length, alphabetical within a length: a counting sort of the sorted list.
  const longest = sortedVocabulary.reduce((n, w) => Math.max(n, w.length), 0);
  const lengthStarts = new Uint32Array(longest + 2);
  for (const w of sortedVocabulary) lengthStarts[w.length + 1]!++;
  for (let length = 1; length < lengthStarts.length; length++) lengthStarts[length]! += lengthStarts[length - 1]!;
  const byLength: string[] = new Array<string>(sortedVocabulary.length);
  const letterSets = new Uint32Array(sortedVocabulary.length);
  const next = lengthStarts.slice();
  yield* eachWithPauses(sortedVocabulary, (w) => {
    const at = next[w.length]!++;
    byLength[at] = w;
    letterSets[at] = lettersOf(w);
  }, 4096);
  return { termOf, sortedVocabulary, byLength, lengthStarts, letterSets };
}

/** The `limit` highest-scoring ids, best first (ties by id): a heap of `limit`, not a sort of them all. */
function topByScore(ids: readonly number[], scores: Float32Array, limit: number): number[] {
  const below = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  // A min-heap: its root is the weakest of the best so far.
  const heap: number[] = [];
  const siftDown = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let least = at;
      if (l < heap.length && below(heap[l]!, heap[least]!)) least = l;
      if (r < heap.length && below(heap[r]!, heap[least]!)) least = r;
      if (least === at) return;
      [heap[at], heap[least]] = [heap[least]!, heap[at]!];
      at = least;
    }
  };
  for (const id of ids) {
    if (heap.length < limit) {
      heap.push(id);
      for (let at = heap.length - 1; at > 0; ) {
        const parent = (at - 1) >> 1;
        if (!below(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (limit > 0 && below(heap[0]!, id)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}

/** The letters of a word as a 32-bit set (letters beyond "z" share bits: a looser filter, never a wrong one). */
function lettersOf(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) & 31);
  return set >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** The key of two words side by side: their hashes mixed (murmur3's finaliser), in order. */
function pairKey(first: number, second: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ second;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A (key, id) pair packed into one float64, so that one numeric sort orders by key and then id. Ids take
 * the low bits; the key keeps as many of its high bits as the 53 bits of a float64 leave. Fewer key bits
 * only merge lists, adding candidates that the alignment then turns away.
 */
function packingFor(count: number) {
  const idBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const keyBits = Math.min(32, 53 - idBits);
  const idSpan = 2 ** idBits;
  const dropped = 32 - keyBits;
  return {
    keyOf: (packed: number) => Math.floor(packed / idSpan),
    idOf: (packed: number) => packed % idSpan,
    /** Adds the pair to its group: groups split keys by their top bits, so that each sorts on its own. */
    put: (groups: number[][], key: number, id: number) => {
      groups[(key >>> dropped) >>> (keyBits - 8)]!.push((key >>> dropped) * idSpan + id);
    },
    dropped,
  };
}
