// The two-thread cold start must build exactly what the one-thread build does.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { buildSnapshot } from "../../src/library/snapshot.js";
import { buildSnapshotInParallel } from "../../src/library/parallel-build.js";
import { silentLogger } from "../../src/logger.js";

describe("building a snapshot on two threads", () => {
  it("gives the same passages, quotations, speakers and events as one thread", async () => {
    const loaded = await loadCorpus("seeds");
    const now = new Date("2026-01-01T00:00:00Z");
    const single = buildSnapshot(loaded, now);
    const warnings: unknown[] = [];
    const log = Object.assign(silentLogger(), { warn: (...args: unknown[]) => void warnings.push(args) });
    const parallel = await buildSnapshotInParallel(loaded, log, { now, worthAWorker: 1 });
    expect(warnings, "the worker ran, with no fallback to one thread").toEqual([]);
    expect(parallel.passages).toEqual(single.passages);
    expect(parallel.search.toJSON()).toEqual(single.search.toJSON());
    expect(parallel.quotes.toJSON()).toEqual(single.quotes.toJSON());
    expect(parallel.timeline.toJSON()).toEqual(single.timeline.toJSON());
  });
});
