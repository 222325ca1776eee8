// The same words recur all through an article and a corpus ("Mr. Trump", "the senator", "he"), so what
// is read from them is kept. Bounded so that a corpus of any size keeps the memory flat; a full reset is
// cheap and rare.

export class BoundedCache<V, K = string> {
  private readonly values = new Map<K, V>();
  private readonly max: number;

  constructor(max = 50_000) {
    this.max = max;
  }

  /** The value kept for `key`, or `read()` kept for next time. */
  get(key: K, read: () => V): V {
    const cached = this.values.get(key);
    if (cached !== undefined || this.values.has(key)) return cached as V;
    if (this.values.size >= this.max) this.values.clear();
    const value = read();
    this.values.set(key, value);
    return value;
  }
}
