// The replay guard, with a clock the test moves.
import { describe, expect, it } from "vitest";
import { createReplayGuard } from "../../../src/adapters/slack/replay-guard.js";

describe("createReplayGuard", () => {
  const start = 1_700_000_000_000;

  it("accepts a signature once and refuses it again while it could still pass Bolt's 5-minute check", () => {
    let now = start;
    const guard = createReplayGuard({ now: () => now });
    const ts = start / 1000;
    expect(guard.seen("v0=a")).toBe(false);
    expect(guard.remember("v0=a", ts)).toBe(true);
    expect(guard.seen("v0=a")).toBe(true);
    expect(guard.remember("v0=a", ts)).toBe(false);
    now = start + 4 * 60_000;
    expect(guard.remember("v0=a", ts)).toBe(false);
    expect(guard.remember("v0=b", ts)).toBe(true);
  });

  it("forgets a signature once Bolt would refuse it as stale anyway", () => {
    let now = start;
    const guard = createReplayGuard({ now: () => now });
    guard.remember("v0=a", start / 1000);
    now = start + 5 * 60_000 + 1;
    expect(guard.seen("v0=a")).toBe(false);
  });

  it("remembers a signature from the future for as long as its timestamp keeps it valid", () => {
    let now = start;
    const guard = createReplayGuard({ now: () => now });
    guard.remember("v0=future", start / 1000 + 3600);
    now = start + 60 * 60_000;
    expect(guard.seen("v0=future")).toBe(true);
  });

  it("holds at most `capacity` signatures, forgetting the oldest first", () => {
    const guard = createReplayGuard({ now: () => start, capacity: 2 });
    for (const s of ["v0=1", "v0=2", "v0=3"]) guard.remember(s, start / 1000);
    guard.remember("v0=4", start / 1000);
    expect(["v0=1", "v0=2", "v0=3", "v0=4"].map((s) => guard.seen(s))).toEqual([false, false, true, true]);
  });
});
