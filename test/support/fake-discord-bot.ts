// The whole Discord path in one process: a real bot core over an invented corpus, the real Discord adapter
// (discord.js and all), and the fake Discord of fake-discord.ts in place of discord.com.
import { Writable } from "node:stream";
import { pino } from "pino";
import { z } from "zod";
import realCommands from "../../commands/index.js";
import { createDiscordAdapter, type DiscordAdapter, type DiscordConfig } from "../../src/adapters/discord/start.js";
import { startBot, type Bot } from "../../src/core/bot.js";
import { defineCommand, type AnyCommand, type Outcome } from "../../src/core/command.js";
import type { Logger } from "../../src/logger.js";
import type { Source } from "../../src/corpus/citation.js";
import { APP_ID, BOT_TOKEN, startFakeDiscord, type FakeDiscord } from "./fake-discord.js";
import { writeCorpus } from "./bot.js";

// Two invented articles: a quotation with "@everyone" and markdown in it, names to suggest, one link.
export const ARTICLES = {
  "port-strike": [
    "Dock workers walk out in Eastport",
    "",
    "Dock workers in Eastport walked out on Monday over night-shift pay.",
    "",
    "“We will stay out until the night shift is paid fairly, and @everyone at the port knows it,” said Maria Okafor, the union branch secretary.",
    "",
    "Harbour master Tom Reyes said the **port** would reopen once the _night shift_ was settled.",
  ].join("\n"),
  "library-cuts": [
    "Council to close two libraries",
    "",
    "The council will close two branch libraries next spring to save money on buildings.",
    "",
    "“Libraries are where children learn to love reading,” said Maria Okafor, who chairs the parents' group.",
  ].join("\n"),
};

export const MANIFEST = {
  documents: {
    "port-strike": { title: "Dock workers walk out", publisher: "Eastport Gazette", published: "2025-02-24", url: "https://gazette.example/port-strike" },
    "library-cuts": { title: "Council to close two libraries", publisher: "Eastport Gazette", published: "2025-01-10" },
  },
};

const GAZETTE: Source = { docId: "port-strike", title: "Dock workers walk out", publisher: "Eastport Gazette", published: "2025-02-24", url: "https://gazette.example/port-strike" };

type SpeakersOutcome = Outcome<"speakers">;
const SPEAKERS: SpeakersOutcome = { status: "ok", speakers: [{ name: "Maria Okafor", quotes: 2 }] };

/** /speakers answers only when the test says so: the defer tests use it to be slower than Discord's window. */
export interface SlowCommand {
  /** What the core returns when `answer` is called. */
  next(): Promise<SpeakersOutcome>;
  /** Lets the oldest waiting (or the next) /speakers answer with `outcome`. */
  answer(outcome?: SpeakersOutcome): void;
  /** Lets everything waiting answer, so nothing hangs when a test ends. */
  releaseAll(): void;
}

export function slowCommand(): SlowCommand {
  const waiting: ((o: SpeakersOutcome) => void)[] = [];
  const early: SpeakersOutcome[] = [];
  return {
    next: () => {
      const ready = early.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
    answer(outcome = SPEAKERS) {
      const resolve = waiting.shift();
      if (resolve) resolve(outcome);
      else early.push(outcome);
    },
    releaseAll() {
      for (const resolve of waiting.splice(0)) resolve(SPEAKERS);
    },
  };
}

/**
 * The real commands, plus stand-ins for the commands other engineers are still writing, so every reply
 * shape reaches Discord: a long /timeline and /quotes (they page), /who-said with a 6,000-character quote
 * (and a bug on "boom"),
 * a moderator-only /reload, /speakers that answers when the test says so, and /sources… as it is.
 */
export function testCommands(slow: SlowCommand): AnyCommand[] {
  const real = realCommands.filter((c) => ["ask", "sources", "help"].includes(c.name));
  return [
    ...real,
    defineCommand({
      name: "who-said",
      description: "Who said a quotation",
      options: z.object({ quote: z.string().trim().min(3).max(300).describe("Words of the quotation") }),
      rest: "quote",
      suggests: { quote: "quotations" },
      examples: ["/who-said stay out"],
      run: ({ quote }) => {
        if (quote === "boom") throw new Error("the quotes index exploded");
        return quote === "long"
          ? { status: "ok", matches: [{ speaker: { name: "Maria Okafor", role: "branch secretary" }, quote: "word ".repeat(1200).trim(), score: 1, confidence: 0.95, sources: [GAZETTE] }] }
          : { status: "ok", matches: [{ speaker: { name: "Maria Okafor", role: "branch secretary", organization: "Dockers' Union" }, quote: "We will stay out, and @everyone knows it", score: 1, confidence: 0.95, sources: [GAZETTE] }] };
      },
    }),
    defineCommand({
      name: "quotes",
      description: "What one person said",
      options: z.object({ speaker: z.string().trim().min(1).max(100).describe("Who") }),
      rest: "speaker",
      suggests: { speaker: "speakers" },
      examples: ["/quotes Maria Okafor"],
      run: ({ speaker }) => ({
        status: "ok",
        speaker: { name: speaker },
        quotes: Array.from({ length: 7 }, (_, i) => ({ quote: `Quotation number ${i + 1}`, sources: [GAZETTE] })),
      }),
    }),
    defineCommand({
      name: "timeline",
      description: "Dated events",
      options: z.object({ topic: z.string().trim().max(200).optional().describe("About what") }),
      rest: "topic",
      examples: ["/timeline"],
      run: () => ({
        status: "ok",
        events: Array.from({ length: 12 }, (_, i) => ({
          date: `2025-02-${String(i + 1).padStart(2, "0")}`,
          text: `Event number ${i + 1} at the port`,
          expression: `on ${i + 1} February`,
          sources: [GAZETTE],
        })),
        more: 3,
      }),
    }),
    defineCommand({
      name: "speakers",
      description: "Everyone quoted",
      options: z.object({}),
      examples: ["/speakers"],
      run: (_options, { progress }) => {
        progress("Counting speakers…", 0.5);
        return slow.next();
      },
    }),
    defineCommand({
      name: "reload",
      description: "Reread the corpus folder",
      options: z.object({}),
      access: "moderator",
      examples: ["/reload"],
      run: () => ({
        status: "ok",
        report: { documents: 2, added: [], removed: [], changed: [], quotations: 2, speakers: 1, events: 0, milliseconds: 12, rejected: [] },
      }),
    }),
  ];
}

export interface DiscordBotHarness {
  fake: FakeDiscord;
  bot: Bot;
  adapter: DiscordAdapter;
  slow: SlowCommand;
  /** Every log line written, as text. */
  logText(): string;
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function startDiscordBot(config: Partial<DiscordConfig> = {}, { deferAfterMs = 2000 } = {}): Promise<DiscordBotHarness> {
  const fake = await startFakeDiscord();
  const lines: string[] = [];
  const log: Logger = pino(
    { level: "debug", base: undefined },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  const slow = slowCommand();
  const bot = await startBot({
    corpusFolder: writeCorpus(ARTICLES, MANIFEST),
    log,
    now: () => new Date("2026-01-15T12:00:00Z"),
    commands: testCommands(slow),
  });
  const adapter = createDiscordAdapter(
    bot,
    {
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_DEFAULT_PRIVATE: false,
      DISCORD_MODERATOR_ROLE: undefined,
      ...config,
    },
    log,
    { deferAfterMs },
  );
  await adapter.start();
  return {
    fake,
    bot,
    adapter,
    slow,
    logText: () => lines.join(""),
    get logs() {
      return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    async stop() {
      slow.releaseAll();
      await adapter.stop();
      await fake.close();
    },
  };
}
