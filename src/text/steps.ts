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

/** Runs `steps`, letting the event loop turn whenever a slice of `sliceMs` has been used. */
export async function runPaced<T>(steps: Steps<T>, sliceMs = 10): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
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
