// The benchmark harness must keep working as the bot changes, but CI must not time anything: this runs the
// generator and the measuring function on a tiny corpus and checks only that every figure is there.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CommandFigure, LatencyFigure } from "../../bench/figures.js";
import { generateCorpus } from "../../bench/generate/corpus.js";
import { measureCorpus } from "../../bench/measure.js";
import { buildQueries } from "../../bench/queries.js";

const folder = mkdtempSync(join(tmpdir(), "corpus-bot-bench-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// 20 articles and a small vocabulary: seconds, not minutes.
const truth = generateCorpus(folder, 20, { vocabularySize: 20_000 });

function expectLatency(l: LatencyFigure | undefined): void {
  expect(l).toBeDefined();
  expect(l?.n).toBeGreaterThan(0);
  expect(l?.p50Ms).toBeGreaterThanOrEqual(0);
  expect(l?.p99Ms).toBeGreaterThanOrEqual(l?.p50Ms ?? 0);
  expect(l?.recall).toBeGreaterThanOrEqual(0);
  expect(l?.recall).toBeLessThanOrEqual(1);
}

function variantsOf(c: CommandFigure | undefined): LatencyFigure[] {
  return c?.status === "measured" ? Object.values(c.variants) : [];
}

describe("benchmark harness", () => {
  it("generates articles with ground truth for every command", () => {
    expect(truth.articles).toBe(20);
    expect(truth.bytes).toBeGreaterThan(20 * 1000);
    expect(truth.answers.length).toBeGreaterThan(0);
    expect(truth.quotes.some((q) => q.surname)).toBe(true);
    expect(truth.timeline.length).toBeGreaterThan(0);
    const commands = new Set(buildQueries(truth).map((q) => q.command));
    expect([...commands].sort()).toEqual(["ask", "quotes", "timeline", "who-said"]);
  });

  it("measures every figure at a tiny size, with recall within [0, 1]", async () => {
    const f = await measureCorpus(folder, truth, { maxPerVariant: 3, hostileBytes: 20_000 });
    expect(f.documents).toBe(20);
    expect(f.passages).toBeGreaterThan(0);
    for (const ms of [f.timings.coldStartMs, f.timings.startFromCacheMs, f.timings.loadAndCleanMs, f.timings.buildSnapshotMs, f.timings.reloadMs]) {
      expect(ms).toBeGreaterThanOrEqual(0);
    }
    expect(f.timings.parts).toHaveProperty("passageIndexMs");
    expect(f.reloadUnderLoad.outcome).toBe("reloaded");
    expect(f.reloadUnderLoad.queriesAnswered).toBeGreaterThan(0);
    expect(f.hostileReloads.map((h) => h.shape)).toEqual(["one word per line", "dense quotations"]);
    for (const h of f.hostileReloads) {
      expect(h.reload.outcome).toBe("reloaded");
      expect(h.reload.maxPingGapMs).toBeGreaterThanOrEqual(0);
    }
    expect(f.memory.afterLoad.heapMB).toBeGreaterThan(0);
    expect(f.memory.peakWhileAnswering.rssMB).toBeGreaterThan(0);
    expect(f.commands.ask?.status).toBe("measured");
    for (const l of variantsOf(f.commands.ask)) expectLatency(l);
    // A command still being written is skipped with a note, never a crash; once it exists it is measured.
    for (const name of ["who-said", "quotes", "timeline"]) {
      const c = f.commands[name];
      expect(c).toBeDefined();
      if (c?.status === "skipped") expect(c.note).not.toBe("");
      for (const l of variantsOf(c)) expectLatency(l);
    }
    for (const variant of ["rare", "typo", "chatty"]) expectLatency(f.baseline.variants[variant]);
  });
});
