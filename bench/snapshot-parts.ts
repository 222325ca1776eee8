// buildSnapshot's parts, timed one by one on an already loaded corpus. It repeats what buildSnapshot does
// (src/library/snapshot.ts) rather than changing it; when the snapshot gains a part, add its line here.
import { TimelineIndex } from "../src/analysis/timeline/timeline-index.js";
import type { LoadedCorpus } from "../src/corpus/load-corpus.js";
import { splitPassages } from "../src/corpus/passages.js";
import { QuoteIndex } from "../src/analysis/quotes/quote-index.js";
import { PassageIndex } from "../src/search/passage-index.js";
import { round } from "./stats.js";

export function timeSnapshotParts(loaded: LoadedCorpus): Record<string, number> {
  const parts: Record<string, number> = {};
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
  time("quotesMs", () => QuoteIndex.build(loaded.documents));
  return parts;
}
