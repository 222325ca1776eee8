// A seeded PRNG and the draws the generator needs. Math.random would make every corpus different, and a
// benchmark whose corpus changes between runs measures the corpus, not the bot.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new generator whose stream does not depend on how much of this one is used later. */
  fork(label: string | number): Rng;
}

/** mulberry32: 32-bit state, fast, good enough spread for test data (not for cryptography). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    fork: (label) => createRng(hash(`${seed}:${label}`)),
  };
  return rng;
}

/** FNV-1a: turns a label into a seed. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1+offset)^s: a few ranks very often, most rarely,
 * as words are in real text (Zipf's law). The cumulative table is built once; a draw is a binary search.
 */
export class ZipfSampler {
  private readonly cumulative: Float64Array;

  /** `offset` flattens the head (Zipf-Mandelbrot): the 1st word is not ten times as common as the 10th. */
  constructor(readonly size: number, exponent: number, offset = 0) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) {
      sum += 1 / Math.pow(r + 1 + offset, exponent);
      this.cumulative[r] = sum;
    }
    for (let r = 0; r < size; r++) this.cumulative[r] = (this.cumulative[r] as number) / sum;
  }

  draw(rng: Rng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
