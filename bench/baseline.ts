// The yardstick: a bare MiniSearch over the same passages, asked the same /ask questions, judged by the
// same recall rule. If the bot's /ask is much slower than this, or answers fewer, that is worth knowing.
import MiniSearch from "minisearch";
import type { Passage } from "../src/corpus/document.js";
import type { LatencyFigure } from "./figures.js";
import type { BenchQuery } from "./queries.js";
import { passageAnswers, TOP } from "./recall.js";
import { round, summarize, type Outcome } from "./stats.js";

type AskQuery = Extract<BenchQuery, { command: "ask" }>;

export function measureBaseline(passages: readonly Passage[], queries: readonly AskQuery[]): { buildMs: number; variants: Record<string, LatencyFigure> } {
  const byId = new Map(passages.map((p) => [p.id, p]));
  const started = performance.now();
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ["text"] });
  mini.addAll(passages.map((p) => ({ id: p.id, text: p.text })));
  const buildMs = round(performance.now() - started);

  const byVariant = new Map<string, Outcome[]>();
  for (const q of queries) {
    const t0 = performance.now();
    // MiniSearch scores every hit and returns them sorted; the first three are what /ask would show.
    const hits = mini.search(q.question, { fuzzy: 0.2, prefix: true }).slice(0, TOP);
    const ms = performance.now() - t0;
    const right = hits.some((h) => {
      const p = byId.get(String(h.id));
      return !!p && passageAnswers([p.docId], p.text, q);
    });
    const list = byVariant.get(q.variant) ?? [];
    list.push({ ms, right, ok: hits.length > 0, error: false });
    byVariant.set(q.variant, list);
  }
  return { buildMs, variants: Object.fromEntries([...byVariant].map(([v, o]) => [v, summarize(o)])) };
}
