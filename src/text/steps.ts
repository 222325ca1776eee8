// Long builds (a whole corpus's indexes) are written as generators: every `yield` is a point where the
// work may pause. At start-up nothing waits, so they run straight through; during a reload they step
// aside every few milliseconds so that questions keep being answered from the old corpus.

export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * One time budget shared by several pieces of paced work: the event loop turns whenever a slice of
 * `sliceMs` has been used, whichever of them used it. Work chained through promises that are already
 * settled (`for await` over pieces that are waiting) would otherwise never let it turn.
 */
export class Pacer {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs = 10) {}

  /** Lets the event loop turn if this slice is used up. */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.sliceStart = performance.now();
  }

  /** Starts a new slice: the event loop has just turned (after waiting for something). */
  turned(): void {
    this.sliceStart = performance.now();
  }

  /** Runs `steps` within this budget. */
  async run<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - this.sliceStart >= this.sliceMs) await this.pause();
    }
  }
}

/** Runs `steps`, letting the event loop turn whenever a slice of `sliceMs` has been used. */
export function runPaced<T>(steps: Steps<T>, sliceMs = 10): Promise<T> {
  return new Pacer(sliceMs).run(steps);
}

/** Yields after every `every` items: a pause point per item would cost more than the work. */
export function* eachWithPauses<T>(items: Iterable<T>, work: (item: T, index: number) => void, every = 1): Steps<void> {
  let i = 0;
  for (const item of items) {
    work(item, i);
    if (++i % every === 0) yield;
  }
}

/**
 * `items` sorted by `compare` (stably), in pieces: runs of `run` items are sorted one at a time, then
 * merged pairwise, with a pause point after each run and each stretch of a merge. One sort of a large
 * list would hold a reload's thread for hundreds of milliseconds.
 */
export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number, run = 2048): Steps<T[]> {
  let runs: T[][] = [];
  for (let i = 0; i < items.length; i += run) {
    runs.push(items.slice(i, i + run).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const next: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const left = runs[r]!;
      const right = runs[r + 1];
      if (!right) {
        next.push(left);
        continue;
      }
      const merged: T[] = [];
      let i = 0;
      let j = 0;
      while (i < left.length || j < right.length) {
        // Ties go to the left run, which holds the earlier items: the sort stays stable.
        if (j >= right.length || (i < left.length && compare(left[i]!, right[j]!) <= 0)) merged.push(left[i++]!);
        else merged.push(right[j++]!);
        if (merged.length % run === 0) yield;
      }
      next.push(merged);
    }
    runs = next;
  }
  return runs[0] ?? [];
}
