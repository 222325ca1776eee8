// A reload's article work never runs on the thread that answers questions, whatever the article: the
// worker builds it, the answering thread only assembles the indexes in paced steps, and what it builds is
// exactly what one thread would have built. (How long the thread is held, in milliseconds, is measured by
// `npm run bench`, never asserted here: a loaded CI machine would make any such bound a coin toss.)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { MAX_ARTICLE_BYTES } from "../../src/corpus/read-article-file.js";
import { extractDocument } from "../../src/analysis/quotes/extract.js";
import { extractEvents } from "../../src/analysis/timeline/extract-events.js";
import { splitPassages } from "../../src/corpus/passages.js";
import { openCorpusLibrary } from "../../src/library/corpus-library.js";
import { buildSnapshot, type CorpusSnapshot } from "../../src/library/snapshot.js";
import { silentLogger } from "../../src/logger.js";
import { writeCorpus } from "../support/bot.js";
import { HOSTILE_SHAPES, hostileArticle, type HostileShape } from "../../bench/generate/hostile.js";

// The shapes drawn from (bench/generate/hostile.ts) are the ones that once held the thread for seconds:
// one word per line or per paragraph, a page without a full stop, a page inside one quotation, and
// quotations as dense as they come.

// The analyses, counted wherever this thread calls them; the worker thread loads its own copies.
vi.mock("../../src/analysis/quotes/extract.js", async (original) => {
  const real = await original<typeof import("../../src/analysis/quotes/extract.js")>();
  return { ...real, extractDocument: vi.fn(real.extractDocument) };
});
vi.mock("../../src/analysis/timeline/extract-events.js", async (original) => {
  const real = await original<typeof import("../../src/analysis/timeline/extract-events.js")>();
  return { ...real, extractEvents: vi.fn(real.extractEvents) };
});
vi.mock("../../src/corpus/passages.js", async (original) => {
  const real = await original<typeof import("../../src/corpus/passages.js")>();
  return { ...real, splitPassages: vi.fn(real.splitPassages) };
});

/** An article to generate: its shape, a seed and a size in bytes (kept small, so a failure prints briefly). */
const article = (maxBytes: number) =>
  fc.record({ shape: fc.constantFrom(...(Object.keys(HOSTILE_SHAPES) as HostileShape[])), seed: fc.nat(), bytes: fc.integer({ min: 200, max: maxBytes }) });

const textOf = ({ shape, seed, bytes }: { shape: HostileShape; seed: number; bytes: number }) => hostileArticle(shape, seed, bytes);

const analyses = [vi.mocked(extractDocument), vi.mocked(extractEvents), vi.mocked(splitPassages)];

/** Reloads a library of one small article after `text` is added; the snapshot it then serves. */
async function reloadWith(text: string): Promise<{ folder: string; served: CorpusSnapshot }> {
  const folder = writeCorpus({ first: "Bridge closes\n\nThe old bridge will close for six weeks of repairs from June, engineers said." });
  const library = await openCorpusLibrary(folder, silentLogger());
  writeFileSync(join(folder, "added.txt"), text);
  for (const a of analyses) a.mockClear();
  const result = await library.reload();
  expect(result.status).toBe("reloaded");
  for (const a of analyses) expect(a, `${a.getMockName()} ran on the answering thread during the reload`).not.toHaveBeenCalled();
  return { folder, served: library.current() };
}

async function expectSameAsOneThread(folder: string, served: CorpusSnapshot): Promise<void> {
  const one = buildSnapshot(await loadCorpus(folder), served.builtAt);
  // The counting works: built on this thread, the same corpus is analysed here.
  for (const a of analyses) expect(a).toHaveBeenCalled();
  expect(served.documents).toEqual(one.documents);
  expect(served.passages).toEqual(one.passages);
  expect(served.search.toJSON()).toEqual(one.search.toJSON());
  expect(served.quotes.quotations).toEqual(one.quotes.quotations);
  expect([...served.quotes.speakers.keys()]).toEqual([...one.quotes.speakers.keys()]);
  expect(served.timeline.toJSON()).toEqual(one.timeline.toJSON());
}

describe("a reload with any article", () => {
  beforeEach(() => vi.clearAllMocks());

  it("builds it on the worker, exactly as one thread would", async () => {
    await fc.assert(
      fc.asyncProperty(article(40_000), async (a) => {
        const { folder, served } = await reloadWith(textOf(a));
        expect(served.documents.map((d) => d.id)).toEqual(["added", "first"]);
        await expectSameAsOneThread(folder, served);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("builds articles up to the size limit on the worker", async () => {
    await fc.assert(
      fc.asyncProperty(article(MAX_ARTICLE_BYTES), async (a) => {
        const { served } = await reloadWith(textOf(a));
        expect(served.documents.map((d) => d.id)).toEqual(["added", "first"]);
        for (const p of served.passages) expect(p.text.length).toBeLessThanOrEqual(900);
      }),
      { numRuns: 3, examples: [[{ shape: "dense quotations" as const, seed: 1, bytes: MAX_ARTICLE_BYTES }], [{ shape: "one word per line" as const, seed: 1, bytes: MAX_ARTICLE_BYTES }]] },
    );
  }, 240_000);
});
