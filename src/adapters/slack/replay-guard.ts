// Bolt checks a request's signature and refuses it past 5 minutes, but a copy of a signed request
// replayed within those minutes would pass. Each signature Slack makes is single-use (it signs the
// timestamp and the body), so remember the ones already served until Bolt would refuse them anyway.
import { SLACK } from "./limits.js";

export interface ReplayGuard {
  /** Whether this signature was already served (and not yet stale). */
  seen(signature: string): boolean;
  /** Records a verified request; false when it was already recorded: a replay. */
  remember(signature: string, timestampSeconds: number): boolean;
}

export interface ReplayGuardOptions {
  /** Milliseconds since the epoch; tests pass a fixed clock. */
  now?: () => number;
  /** A bound on memory: past it, the oldest signatures are forgotten first. */
  capacity?: number;
}

export function createReplayGuard({ now = Date.now, capacity = 10_000 }: ReplayGuardOptions = {}): ReplayGuard {
  // signature → when Bolt starts refusing it as stale (ms); a Map keeps insertion order for eviction.
  const expiries = new Map<string, number>();

  function forgetStale(): void {
    const t = now();
    for (const [signature, expiry] of expiries) if (expiry <= t) expiries.delete(signature);
  }

  return {
    seen(signature) {
      const expiry = expiries.get(signature);
      return expiry !== undefined && expiry > now();
    },
    remember(signature, timestampSeconds) {
      forgetStale();
      if (this.seen(signature)) return false;
      // A timestamp from the future stays valid longer, so is remembered longer.
      const expiry = Math.max(timestampSeconds * 1000, now()) + SLACK.signatureMaxAgeSeconds * 1000;
      expiries.set(signature, expiry);
      while (expiries.size > capacity) expiries.delete(expiries.keys().next().value as string);
      return true;
    },
  };
}
