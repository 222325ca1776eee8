// Everything measured at one corpus size, in one process: start-up, its parts, memory, per-command latency
// with recall beside it, the MiniSearch yardstick, and reload (alone, then with questions arriving).
// bench/run.ts calls this in a fresh child process per size; the CI test calls it on 20 articles.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { startBot, type Bot } from "../src/core/bot.js";
import { readQuestion } from "../src/core/read-question.js";
import type { Caller } from "../src/core/command.js";
import { silentLogger, type Logger } from "../src/logger.js";
import { buildSnapshot, type CorpusSnapshot } from "../src/library/snapshot.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";
import { measureBaseline } from "./baseline.js";
import type { CommandFigure, HostileReloadFigure, QuestionFigure, SizeFigures } from "./figures.js";
import { BENCH_HOSTILE_BYTES, BENCH_HOSTILE_SHAPES, hostileArticle } from "./generate/hostile.js";
import type { CorpusTruth } from "./generate/corpus.js";
import { buildQueries, type BenchCommand, type BenchQuery } from "./queries.js";
import { isRight } from "./recall.js";
import { reloadUnderLoad } from "./reload-probe.js";
import { timeSnapshotParts } from "./snapshot-parts.js";
import { collectGarbage, memoryNow, MemoryPeak, percentile, round, summarize, timed, type Outcome } from "./stats.js";
import allCommands from "../commands/index.js";

/** A local caller: never rate-limited (platform "cli"), allowed to reload. */
export const BENCH_CALLER: Caller = { id: "bench", platform: "cli", isModerator: true };

const COMMANDS: readonly BenchCommand[] = ["ask", "who-said", "quotes", "timeline"];
/** Untimed queries per command first, so the figures are not the JIT's first compile. */
const WARM_UP = 3;

export interface MeasureOptions {
  /** At most this many queries per command and variant (the CI test keeps it small). */
  maxPerVariant?: number;
  /** The size of the hostile articles reloaded (see bench/generate/hostile.ts): near the limit unless a test wants speed. */
  hostileBytes?: number;
  /** Hears the name of each phase as it starts: at 10,000 articles a run is long enough to want news. */
  onPhase?: (phase: string) => void;
}

export async function measureCorpus(folder: string, truth: CorpusTruth, options: MeasureOptions = {}): Promise<SizeFigures> {
  const begun = performance.now();
  const loadAverage = loadavg().map((x) => round(x, 2));
  const log = silentLogger();
  const queries = limitPerVariant(buildQueries(truth), options.maxPerVariant);
  const gcForced = collectGarbage();

  const phase = options.onPhase ?? (() => {});
  // A cache of its own, empty at first: the cold start writes it, the second start reads it.
  const cacheDir = mkdtempSync(join(tmpdir(), "corpus-bot-bench-cache-"));
  phase("cold start");
  // Cold start first, while nothing has run: what a deploy or a crash restart costs.
  const { coldStartMs, afterLoad, counts } = await coldStart(folder, log, cacheDir);
  // The parts run with no bot alive, so that at 10,000 articles they do not hold two corpora at once.
  collectGarbage();
  phase("load, buildSnapshot and its parts");
  const { load, build, parts } = await timeStartParts(folder);
  collectGarbage();

  phase("start from the cache");
  const second = await timed(() => startBot({ corpusFolder: folder, log, commands: allCommands, cacheDir }));
  const bot: Bot = second.value;
  collectGarbage();

  const answering = new MemoryPeak();
  const commands: Record<string, CommandFigure> = {};
  for (const name of COMMANDS) {
    const mine = queries.filter((q) => q.command === name);
    phase(`/${name} (${mine.length} queries)`);
    commands[name] = await measureCommand(bot, mine, answering);
  }

  phase("the same questions typed in plain words");
  const questions = await measureQuestions(bot, queries);

  const askQueries = queries.filter((q): q is Extract<BenchQuery, { command: "ask" }> => q.command === "ask");
  phase("MiniSearch yardstick");
  const baseline = measureBaseline(bot.library.current().passages, askQueries);
  collectGarbage();

  // A reload of an unchanged folder returns at once; one new article makes it rebuild everything.
  phase("reload");
  const reload = await withOneMoreArticle(folder, "reload", () => timed(() => bot.library.reload()));
  collectGarbage();
  phase("reload with questions arriving");
  const reloading = new MemoryPeak();
  const probe = await withOneMoreArticle(folder, "probe", () => reloadUnderLoad(bot, BENCH_CALLER, askQueries.map((q) => q.line), reloading));
  const hostileReloads: HostileReloadFigure[] = [];
  const hostileBytes = options.hostileBytes ?? BENCH_HOSTILE_BYTES;
  for (const shape of BENCH_HOSTILE_SHAPES) {
    const megabytes = round(hostileBytes / 1e6, 2);
    phase(`reload with a ${megabytes} MB article of ${shape}, questions arriving`);
    collectGarbage();
    const text = hostileArticle(shape, 1, hostileBytes);
    const reload = await withOneMoreArticle(folder, "hostile", () => reloadUnderLoad(bot, BENCH_CALLER, askQueries.map((q) => q.line), new MemoryPeak()), text);
    hostileReloads.push({ shape, megabytes, reload });
  }
  rmSync(cacheDir, { recursive: true, force: true });

  return {
    articles: truth.articles,
    megabytes: round(truth.bytes / 1024 / 1024, 2),
    distinctWords: truth.distinctWords,
    ...counts,
    timings: {
      coldStartMs,
      startFromCacheMs: second.ms,
      loadAndCleanMs: load,
      buildSnapshotMs: build,
      parts,
      reloadMs: reload.ms,
    },
    reloadUnderLoad: probe,
    hostileReloads,
    memory: { afterLoad, peakWhileAnswering: answering.figure, peakDuringReload: reloading.figure, gcForced },
    commands,
    questions,
    baseline,
    totalMeasureMs: round(performance.now() - begun),
    loadAverage,
  };
}

/** Runs `work` while the corpus holds one extra article, which is then removed. */
async function withOneMoreArticle<T>(folder: string, name: string, work: () => Promise<T>, text?: string): Promise<T> {
  const file = join(folder, `zz-bench-${name}.txt`);
  writeFileSync(file, text ?? `Bench reload ${name}\n\nThe harbour board met on Monday to discuss the ${name} of the ferry timetable.\n`);
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}

/** Starts a bot (writing the cache), notes its memory after a full GC and its counts, and lets it go. */
async function coldStart(folder: string, log: Logger, cacheDir: string) {
  const cold = await timed(() => startBot({ corpusFolder: folder, log, commands: allCommands, cacheDir }));
  collectGarbage();
  return { coldStartMs: cold.ms, afterLoad: memoryNow(), counts: countsOf(cold.value.library.current()) };
}

/** In a function of its own so that nothing it builds outlives it: the memory figures are the bot's. */
async function timeStartParts(folder: string): Promise<{ load: number; build: number; parts: Record<string, number> }> {
  const load = await timed(() => loadCorpus(folder));
  // The snapshot built here is dropped at once: only its time is wanted.
  const build = await timed(() => void buildSnapshot(load.value));
  return { load: load.ms, build: build.ms, parts: timeSnapshotParts(load.value) };
}

async function measureCommand(bot: Bot, queries: readonly BenchQuery[], memory: MemoryPeak): Promise<CommandFigure> {
  if (queries.length === 0) return { status: "skipped", note: "the generated corpus gave no query for it" };
  for (const q of queries.slice(0, WARM_UP)) await bot.handleText(q.line, BENCH_CALLER);
  const byVariant = new Map<string, Outcome[]>();
  const byKind = new Map<string, boolean[]>();
  for (const [i, q] of queries.entries()) {
    const started = performance.now();
    const reply = await bot.handleText(q.line, BENCH_CALLER);
    const ms = performance.now() - started;
    const right = isRight(q, reply);
    push(byVariant, q.variant, { ms, right, ok: reply.status === "ok", error: reply.status === "error" });
    // Recall per attribution kind tells the quotation work which form it still misses.
    if (q.command === "who-said") push(byKind, `${q.kind}/${q.variant}`, right);
    if (i % 5 === 0) memory.sample();
  }
  memory.sample();
  return {
    status: "measured",
    variants: Object.fromEntries([...byVariant].map(([v, o]) => [v, summarize(o)])),
    ...(byKind.size > 0 && {
      byKind: Object.fromEntries([...byKind].sort().map(([k, r]) => [k, { n: r.length, recall: round(r.filter(Boolean).length / r.length, 3) }])),
    }),
  };
}

/**
 * What reading a question in plain words costs: the same queries as slash commands and as a person types
 * them ("who said …", "what did … say", the /ask question as it is), alternating so both meet the same
 * machine, and the reader alone (read-question.ts) over every question.
 */
async function measureQuestions(bot: Bot, queries: readonly BenchQuery[]): Promise<QuestionFigure> {
  const pairs = queries.flatMap((q) => {
    const rest = q.line.replace(/^\/\S+\s*/, "");
    if (q.command === "who-said") return [{ line: q.line, question: `who said ${rest}` }];
    if (q.command === "quotes") return [{ line: q.line, question: `what did ${rest} say` }];
    if (q.command === "ask" && !/\w+:/.test(rest)) return [{ line: q.line, question: rest }];
    return [];
  });
  const asCommand: number[] = [];
  const asQuestion: number[] = [];
  for (const { line, question } of pairs) {
    let started = performance.now();
    await bot.handleText(line, BENCH_CALLER);
    asCommand.push(performance.now() - started);
    started = performance.now();
    await bot.handleMessage(question, BENCH_CALLER, { conversation: "bench" });
    asQuestion.push(performance.now() - started);
  }
  const reading: number[] = [];
  const facts = { person: "Ana Ruiz", topic: "harbour", docIds: [] };
  for (const { question } of pairs) {
    const started = performance.now();
    readQuestion(question, facts);
    reading.push(performance.now() - started);
  }
  return {
    n: pairs.length,
    asCommandP50Ms: round(percentile(asCommand, 50), 3),
    asQuestionP50Ms: round(percentile(asQuestion, 50), 3),
    readerP50Ms: round(percentile(reading, 50), 4),
    readerP99Ms: round(percentile(reading, 99), 4),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function limitPerVariant(queries: BenchQuery[], max: number | undefined): BenchQuery[] {
  if (max === undefined) return queries;
  const seen = new Map<string, number>();
  return queries.filter((q) => {
    const key = `${q.command}/${q.variant}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n < max;
  });
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

function countsOf(snapshot: CorpusSnapshot) {
  return {
    documents: snapshot.documents.length,
    passages: snapshot.passages.length,
    events: snapshot.timeline.size,
    quotations: snapshot.quotes.quotations.length,
    problems: countBy(snapshot.problems.map((p) => p.code)),
  };
}
