// Small numeric helpers: percentiles, latency summaries and a memory high-water mark.
import type { LatencyFigure, MemoryFigure } from "./figures.js";

/** Nearest-rank percentile of unsorted samples; 0 when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export interface Outcome {
  ms: number;
  right: boolean;
  ok: boolean;
  error: boolean;
}

export function summarize(outcomes: readonly Outcome[]): LatencyFigure {
  const n = outcomes.length;
  const ms = outcomes.map((o) => o.ms);
  const share = (f: (o: Outcome) => boolean) => (n === 0 ? 0 : round(outcomes.filter(f).length / n, 3));
  return {
    n,
    p50Ms: round(percentile(ms, 50), 2),
    p99Ms: round(percentile(ms, 99), 2),
    recall: share((o) => o.right),
    answered: share((o) => o.ok),
    errors: outcomes.filter((o) => o.error).length,
  };
}

export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const MB = 1024 * 1024;

export function memoryNow(): MemoryFigure {
  const m = process.memoryUsage();
  return { heapMB: round(m.heapUsed / MB), rssMB: round(m.rss / MB) };
}

/**
 * Highest heap and RSS seen. Sampled by the code that does the work (every few queries, every timer tick
 * of the reload probe): a timer alone would never fire while a synchronous build holds the thread.
 */
export class MemoryPeak {
  private heap = 0;
  private rss = 0;

  sample(): void {
    const m = process.memoryUsage();
    if (m.heapUsed > this.heap) this.heap = m.heapUsed;
    if (m.rss > this.rss) this.rss = m.rss;
  }

  get figure(): MemoryFigure {
    return { heapMB: round(this.heap / MB), rssMB: round(this.rss / MB) };
  }
}

/** A full collection when node runs with --expose-gc, so "after load" is what stays alive. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

export async function timed<T>(work: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: round(performance.now() - started) };
}
