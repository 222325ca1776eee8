// `corpus-bot ask`: answers one command or question given on the command line, or every line of stdin in order.
// With --json each reply is exactly one line of JSON: the contract integrations rely on (README.md).
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Bot } from "../../core/bot.js";
import type { Caller } from "../../core/command.js";
import type { Reply } from "../../core/reply.js";
import { renderPlain } from "../console/render.js";
import { terminalSafe } from "../console/terminal-text.js";

// The person at the terminal owns the corpus folder: they are a moderator.
const LOCAL_USER: Caller = { id: "local", name: "local user", platform: "cli", isModerator: true };

export interface OneShotOptions {
  json: boolean;
  command?: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export async function runOneShot(bot: Bot, { json, command, input = process.stdin, output = process.stdout }: OneShotOptions): Promise<void> {
  // JSON escapes every control itself; plain text is bound for a terminal.
  const print = (reply: Reply) => output.write(json ? `${JSON.stringify(reply)}\n` : `${terminalSafe(renderPlain(reply))}\n\n`);
  // The lines of one invocation are one conversation: "what else did she say?" follows the line before.
  const conversation = `cli:${randomUUID()}`;
  if (command !== undefined) {
    print(await bot.handleMessage(command, LOCAL_USER, { conversation }));
    return;
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    print(await bot.handleMessage(line, LOCAL_USER, { conversation }));
  }
}

/** `corpus-bot add URL`: /add from the command line; exits 1 when the page was not added. */
export async function runAdd(bot: Bot, url: string, { json, output = process.stdout }: { json: boolean; output?: NodeJS.WritableStream }): Promise<number> {
  const reply = await bot.handleText(`/add ${url}`, LOCAL_USER);
  output.write(json ? `${JSON.stringify(reply)}\n` : `${terminalSafe(renderPlain(reply))}\n`);
  return reply.status === "ok" ? 0 : 1;
}
