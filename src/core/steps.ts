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
