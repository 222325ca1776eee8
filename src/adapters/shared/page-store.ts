// Long answers page with Previous/Next buttons on every platform. The pages live here, in memory, keyed by a
// short random id the buttons carry; only the person who asked may turn them. Bounded in number and in age.
import { randomBytes } from "node:crypto";

export interface PageStore<T extends { askerId: string }> {
  /** Keeps a many-page answer and returns the key its buttons carry. */
  keep(paged: T): string;
  get(key: string): T | undefined;
}

export interface PageStoreOptions {
  now?: () => number;
  /** How long after asking the buttons still work. */
  ttlMs?: number;
  /** The oldest answers are forgotten beyond this many. */
  max?: number;
}

export function createPageStore<T extends { askerId: string }>({ now = Date.now, ttlMs = 60 * 60_000, max = 500 }: PageStoreOptions = {}): PageStore<T> {
  const entries = new Map<string, T & { expires: number }>();
  return {
    keep(paged) {
      const key = randomBytes(6).toString("hex");
      entries.set(key, { ...paged, expires: now() + ttlMs });
      // A Map iterates in insertion order: the first keys are the oldest.
      for (const old of entries.keys()) {
        if (entries.size <= max) break;
        entries.delete(old);
      }
      return key;
    },
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
  };
}
