// The table printed at the end of a run: one column per corpus size, one row per figure, so the effect
// of size reads across a line. Latency cells read "p50 / p99 ms  recall".
import type { BenchResults, CommandFigure, LatencyFigure, SizeFigures } from "./figures.js";
import { BENCH_HOSTILE_SHAPES } from "./generate/hostile.js";

type Row = [label: string, cell: (f: SizeFigures) => string];

const num = (x: number | null | undefined, unit = "") => (x === null || x === undefined ? "–" : `${x.toLocaleString("en")}${unit}`);
const part = (f: SizeFigures, name: string) => {
  const v = f.timings.parts[name];
  return typeof v === "number" ? num(v, " ms") : "n/a";
};

function latency(l: LatencyFigure | undefined): string {
  if (!l) return "–";
  const errors = l.errors > 0 ? ` ${l.errors} err` : "";
  return `${l.p50Ms} / ${l.p99Ms} ms  R ${l.recall.toFixed(2)}${errors}`;
}

function commandCell(c: CommandFigure | undefined, variant: string): string {
  if (!c) return "–";
  if (c.status === "skipped") return "skipped";
  return latency(c.variants[variant]);
}

const ROWS: Row[] = [
  ["articles", (f) => num(f.articles)],
  ["text (MB)", (f) => num(f.megabytes)],
  ["distinct words", (f) => num(f.distinctWords)],
  ["documents loaded / passages", (f) => `${num(f.documents)} / ${num(f.passages)}`],
  ["timeline events / quotations", (f) => `${num(f.events)} / ${num(f.quotations)}`],
  ["cold start (startBot)", (f) => num(f.timings.coldStartMs, " ms")],
  ["start-up from the cache", (f) => num(f.timings.startFromCacheMs, " ms")],
  ["  load and clean (warm)", (f) => num(f.timings.loadAndCleanMs, " ms")],
  ["  buildSnapshot (warm)", (f) => num(f.timings.buildSnapshotMs, " ms")],
  ["    split passages", (f) => part(f, "splitPassagesMs")],
  ["    passage index", (f) => part(f, "passageIndexMs")],
  ["    timeline extraction + index", (f) => part(f, "timelineMs")],
  ["    quotation extraction + index", (f) => part(f, "quotesMs")],
  ["reload (alone)", (f) => num(f.timings.reloadMs, " ms")],
  ["reload with questions arriving", (f) => num(f.reloadUnderLoad.reloadMs, " ms")],
  ["  longest event-loop block (the reload's)", (f) => num(f.reloadUnderLoad.maxPingGapMs, " ms")],
  ["  question wait p50 / max", (f) => `${num(f.reloadUnderLoad.p50QueryWaitMs)} / ${num(f.reloadUnderLoad.maxQueryWaitMs, " ms")} (${f.reloadUnderLoad.queriesAnswered} asked)`],
  ...BENCH_HOSTILE_SHAPES.map((shape): Row => [
    `reload + one ${shape} article: block / wait max`,
    (f) => {
      const h = f.hostileReloads?.find((r) => r.shape === shape);
      return h ? `${num(h.reload.maxPingGapMs)} / ${num(h.reload.maxQueryWaitMs, " ms")} (${h.megabytes} MB)` : "–";
    },
  ]),
  ["heap / RSS after load", (f) => `${f.memory.afterLoad.heapMB} / ${f.memory.afterLoad.rssMB} MB`],
  ["heap / RSS peak answering", (f) => `${f.memory.peakWhileAnswering.heapMB} / ${f.memory.peakWhileAnswering.rssMB} MB`],
  ["heap / RSS peak during reload", (f) => `${f.memory.peakDuringReload.heapMB} / ${f.memory.peakDuringReload.rssMB} MB`],
  ["/ask rare words", (f) => commandCell(f.commands.ask, "rare")],
  ["/ask one typo", (f) => commandCell(f.commands.ask, "typo")],
  ["/ask chatty question", (f) => commandCell(f.commands.ask, "chatty")],
  ["MiniSearch yardstick: build", (f) => num(f.baseline.buildMs, " ms")],
  ["MiniSearch rare words", (f) => latency(f.baseline.variants.rare)],
  ["MiniSearch one typo", (f) => latency(f.baseline.variants.typo)],
  ["MiniSearch chatty question", (f) => latency(f.baseline.variants.chatty)],
  ["/who-said exact fragment", (f) => commandCell(f.commands["who-said"], "exact")],
  ["/who-said fragment with typo", (f) => commandCell(f.commands["who-said"], "typo")],
  ["/quotes <name>", (f) => commandCell(f.commands.quotes, "name")],
  ["/timeline <topic>", (f) => commandCell(f.commands.timeline, "topic")],
  [
    "typed as a question: p50 as command / as question; reader p50 / p99",
    (f) => (f.questions ? `${num(f.questions.asCommandP50Ms)} / ${num(f.questions.asQuestionP50Ms, " ms")}; ${f.questions.readerP50Ms} / ${f.questions.readerP99Ms} ms` : "–"),
  ],
];

export function formatTable(results: BenchResults): string {
  const sizes = Object.entries(results.sizes);
  const header = ["", ...sizes.map(([size]) => `${Number(size).toLocaleString("en")} articles`)];
  const rows = ROWS.map(([label, cell]) => [label, ...sizes.map(([, f]) => ("error" in f ? "failed" : cell(f)))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  const notes = sizes.flatMap(([size, f]) => {
    if ("error" in f) return [`${size}: failed: ${f.error}`];
    const skipped = Object.entries(f.commands).flatMap(([name, c]) => (c.status === "skipped" ? [`${size}: /${name} skipped: ${c.note}`] : []));
    const load = `${size}: machine load average at start ${f.loadAverage.join(" / ")} (1 / 5 / 15 min)`;
    return [load, ...skipped];
  });
  const m = results.machine;
  return [
    `corpus-bot benchmark, ${results.date}, Node ${m.node}, ${m.cpus} × ${m.model}, ${m.memoryGB} GB`,
    "latency cells: p50 / p99 ms, R = recall (top 3 for /ask; see bench/recall.ts)",
    "",
    line(header),
    ...rows.map(line),
    ...(notes.length > 0 ? ["", "Notes:", ...notes.map((n) => `- ${n}`)] : []),
  ].join("\n");
}
