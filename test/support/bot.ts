// Starts a real bot over a few invented articles written to a temporary folder.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { startBot as startCore, type Bot } from "../../src/core/bot.js";
import type { Caller } from "../../src/core/command.js";
import { silentLogger } from "../../src/logger.js";
import type { CommandName, OkReplyOf, Reply } from "../../src/core/reply.js";
import commands from "../../commands/index.js";

export const LOCAL: Caller = { id: "local", platform: "console", isModerator: true };
export const MEMBER: Caller = { id: "U-member", platform: "slack", isModerator: false };

export interface TestBot {
  bot: Bot;
  folder: string;
  send(text: string, caller?: Caller): Promise<Reply>;
}

export type Articles = Record<string, string>;

/** Writes `articles` (docId → text) and an optional manifest into a new folder. */
export function writeCorpus(articles: Articles, manifest?: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), "corpus-bot-test-"));
  for (const [docId, text] of Object.entries(articles)) writeFileSync(join(folder, `${docId}.txt`), text);
  if (manifest !== undefined) {
    writeFileSync(join(folder, "corpus.json"), typeof manifest === "string" ? manifest : JSON.stringify(manifest, null, 2));
  }
  return folder;
}

export async function startBot(articles: Articles | string, manifest?: unknown): Promise<TestBot> {
  const folder = typeof articles === "string" ? articles : writeCorpus(articles, manifest);
  const bot = await startCore({ corpusFolder: folder, log: silentLogger(), commands, now: () => new Date("2026-01-15T12:00:00Z") });
  return { bot, folder, send: (text, caller = LOCAL) => bot.handleText(text, caller) };
}

/** Fails the test unless `reply` is an answer to `command`; narrows its type. */
export function assertOk<N extends CommandName>(reply: Reply, command: N): asserts reply is OkReplyOf<N> {
  expect(reply, JSON.stringify(reply).slice(0, 500)).toMatchObject({ command, status: "ok" });
}
