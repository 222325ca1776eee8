// An invented two-article corpus, a Slack adapter running over it against the fake Slack, and
// test-only commands (slow, failing, moderator-only) for what the real ones cannot show on demand.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import ask from "../../../commands/ask.js";
import commands from "../../../commands/index.js";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/start.js";
import { startBot, type Bot } from "../../../src/core/bot.js";
import { defineCommand, type AnyCommand } from "../../../src/core/command.js";
import { readConfig } from "../../../src/config.js";
import { silentLogger } from "../../../src/logger.js";
import type { RateLimitSettings } from "../../../src/core/rate-limit.js";
import { startFakeSlack, type FakeSlack, type SignOptions } from "../../support/fake-slack.js";

export const SECRET = "test-signing-secret-0123456789";
export const SIGN: SignOptions = { secret: SECRET };

const ARTICLES = {
  "port-strike.txt": [
    "Dock workers walk out in Eastport",
    "",
    "Dock workers in Eastport walked out on Monday over night-shift pay, the union said.",
    "",
    "\"This is a secret place for terrorists,\" said Home Secretary Jane Doe, pointing at the encrypted app. Staff wrote <!channel> and <https://evil.example|click here> and R&D on the board.",
  ].join("\n"),
  "library-cuts.txt": ["Council to close libraries", "", "The council will close two branch libraries next spring to save money."].join("\n"),
  "corpus.json": JSON.stringify({
    documents: {
      "port-strike": { title: "Dock workers walk out", publisher: "Eastport Echo", published: "2024-03-04", url: "https://news.example/port?a=1&b=2" },
      "library-cuts": { title: "Libraries to close", publisher: "Council News", published: "2024-01-15" },
    },
  }),
};

export async function writeCorpus(extra: Record<string, string> = {}): Promise<{ folder: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), "corpus-bot-slack-"));
  for (const [name, text] of Object.entries({ ...ARTICLES, ...extra })) await writeFile(join(folder, name), text);
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** A gate a test opens when it chooses: a command waiting on it is as slow as the test wants. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** /ask that waits for the gate before searching. */
export function slowAsk(opened: Promise<void>): AnyCommand {
  return defineCommand({
    ...ask,
    async run(options, context) {
      await opened;
      return ask.run(options, context);
    },
  });
}

/** A moderator-only command that reports progress, then a reload report, without reloading anything. */
export const fakeReload = defineCommand({
  name: "reload",
  description: "Reload the corpus from disk",
  access: "moderator",
  options: z.object({}),
  examples: ["/reload"],
  run: (_options, { progress }) => {
    progress("Reading files 1/2", 0.25);
    progress("Reading files 2/2", 0.5);
    return {
      status: "ok" as const,
      report: { documents: 2, added: [], removed: [], changed: [], quotations: 1, speakers: 1, events: 0, milliseconds: 12, rejected: [] },
    };
  },
});

/** A command with a bug: it throws. */
export const brokenSources = defineCommand({
  name: "sources",
  description: "Always fails",
  options: z.object({}),
  examples: ["/sources"],
  run: () => {
    throw new Error("disk on fire");
  },
});

export interface RunningSlack {
  fake: FakeSlack;
  bot: Bot;
  adapter: SlackAdapter;
  /** Bolt's endpoint for commands, events and actions. */
  eventsUrl: string;
  stop(): Promise<void>;
}

/** The adapter in HTTP mode on 127.0.0.1, over the invented corpus, talking to a fake Slack. */
export async function startSlack({
  env = {},
  list = commands,
  rateLimit,
  articles,
}: { env?: Record<string, string>; list?: readonly AnyCommand[]; rateLimit?: RateLimitSettings; articles?: Record<string, string> } = {}): Promise<RunningSlack> {
  const fake = await startFakeSlack();
  const corpus = await writeCorpus(articles);
  const log = silentLogger();
  const bot = await startBot({ corpusFolder: corpus.folder, log, commands: list, ...(rateLimit && { rateLimit }) });
  const config = readConfig({ SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, ...env });
  const adapter = createSlackAdapter(bot, config, log, { listen: { port: 0, host: "127.0.0.1" } });
  await adapter.start();
  const address = adapter.address();
  return {
    fake,
    bot,
    adapter,
    eventsUrl: address ? `http://127.0.0.1:${address.port}/slack/events` : "",
    async stop() {
      await adapter.stop();
      await fake.close();
      await corpus.remove();
    },
  };
}

/** Every piece of text in a message's blocks, for "does it say X" checks. */
export function allText(value: unknown): string {
  return JSON.stringify(value);
}
