// A reload while questions keep arriving. The reload reads files asynchronously, then builds the new
// snapshot in one synchronous stretch: every question that arrives meanwhile waits for it. This measures
// that stretch three ways: the event-loop delay histogram, a 1 ms timer's longest gap, and how long the
// questions actually waited.
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Bot } from "../src/core/bot.js";
import type { Caller } from "../src/core/command.js";
import type { SizeFigures } from "./figures.js";
import { MemoryPeak, percentile, round } from "./stats.js";

/** One question every this many milliseconds: a busy channel, not a flood. */
const QUESTION_EVERY_MS = 100;
/**
 * At most this many questions per reload. A reload that blocks for minutes (10,000 articles) would
 * otherwise leave thousands of questions to answer after it, and the run would measure that backlog.
 */
const MAX_QUESTIONS = 300;

export async function reloadUnderLoad(bot: Bot, caller: Caller, lines: readonly string[], memory: MemoryPeak): Promise<SizeFigures["reloadUnderLoad"]> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const waits: number[] = [];
  const pending: Promise<unknown>[] = [];
  let ended = false;
  let maxGap = 0;
  let last = performance.now();
  let asked = 0;
  let nextDue = last;

  // A question is due every 10 ms whether or not the thread is free: one due during a block arrived then
  // (a chat message waits in the socket), so its wait counts from when it was due, not from when a late
  // timer got round to it. Counting from the late timer would hide the block (coordinated omission).
  const askDue = (until: number) => {
    if (lines.length === 0) return;
    while (nextDue <= until && asked < MAX_QUESTIONS) {
      const due = nextDue;
      const line = lines[asked++ % lines.length] as string;
      pending.push(bot.handleText(line, caller).then(() => waits.push(performance.now() - due)));
      nextDue += QUESTION_EVERY_MS;
    }
  };
  const tick = () => {
    if (ended) return;
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    memory.sample();
    askDue(now);
    setTimeout(tick, 1);
  };

  histogram.enable();
  tick();
  const started = performance.now();
  const result = await bot.library.reload();
  const reloadEnd = performance.now();
  ended = true;
  // A block that ends the reload is seen by no timer behind it: close the last gap and ask what came due.
  maxGap = Math.max(maxGap, reloadEnd - last);
  askDue(reloadEnd);
  await new Promise((resolve) => setTimeout(resolve, 2));
  histogram.disable();
  await Promise.all(pending);

  return {
    reloadMs: round(reloadEnd - started),
    outcome: result.status,
    maxEventLoopBlockMs: round(histogram.max / 1e6),
    maxPingGapMs: round(maxGap),
    queriesAnswered: waits.length,
    p50QueryWaitMs: round(percentile(waits, 50), 2),
    maxQueryWaitMs: round(Math.max(0, ...waits)),
  };
}
