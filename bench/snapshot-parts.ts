// buildSnapshot's parts, timed one by one on an already loaded corpus. It repeats what buildSnapshot does
// (src/core/snapshot.ts) rather than changing it; when the snapshot gains a part, add its line here.
import { TimelineIndex } from "../src/analysis/timeline/timeline-index.js";
import type { LoadedCorpus } from "../src/core/snapshot.js";
import { splitPassages } from "../src/corpus/passages.js";
import { PassageIndex } from "../src/search/passage-index.js";
import { round } from "./stats.js";

/** Where the quotation index is expected; another engineer is writing it, so it may not load yet. */
const QUOTE_INDEX_MODULE = "../src/analysis/quotes/quote-index.js";

export async function timeSnapshotParts(loaded: LoadedCorpus): Promise<Record<string, number | string>> {
  const parts: Record<string, number | string> = {};
  const time = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const value = work();
    parts[name] = round(performance.now() - started);
    return value;
  };
  const byId = new Map(loaded.documents.map((d) => [d.id, d]));
  const passages = time("splitPassagesMs", () => loaded.documents.flatMap((d) => splitPassages(d)));
  time("passageIndexMs", () => PassageIndex.build(passages, byId));
  time("timelineMs", () => TimelineIndex.build(loaded.documents));
  try {
    const mod = (await import(QUOTE_INDEX_MODULE)) as { QuoteIndex?: { build(docs: LoadedCorpus["documents"]): unknown } };
    if (!mod.QuoteIndex) throw new Error("the module exports no QuoteIndex");
    const build = mod.QuoteIndex.build.bind(mod.QuoteIndex);
    time("quotesMs", () => build(loaded.documents));
  } catch (error) {
    parts.quotesMs = `not measured: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]?.slice(0, 160)}`;
  }
  return parts;
}
