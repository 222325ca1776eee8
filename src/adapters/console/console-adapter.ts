// The local console: type commands exactly as in Slack, or ask in plain words; read answers with their citations.
import { randomUUID } from "node:crypto";
import { createInterface, type Interface } from "node:readline";
import type { Bot } from "../../core/bot.js";
import type { Caller } from "../../core/command.js";
import { renderPlain } from "./render.js";
import { terminalSafe } from "./terminal-text.js";

const LOCAL_USER: Caller = { id: "local", name: "local user", platform: "console", isModerator: true };

export interface ConsoleAdapter {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Resolves when the person closes the console (Ctrl-D, "exit"). */
  closed: Promise<void>;
}

export function createConsoleAdapter(bot: Bot, input = process.stdin, output = process.stdout): ConsoleAdapter {
  let rl: Interface | undefined;
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (markClosed = resolve));

  // One console session is one conversation.
  const conversation = `console:${randomUUID()}`;

  async function start(): Promise<void> {
    const { documents, passages } = bot.library.current();
    output.write(
      `corpus-bot: ${documents.length} articles, ${passages.length} passages. Ask a question or type /help for commands, exit to leave.\n`,
    );
    rl = createInterface({ input, output, prompt: "corpus-bot> ", terminal: Boolean((input as { isTTY?: boolean }).isTTY) });
    rl.on("close", markClosed);
    rl.prompt();
    // Answer lines one at a time, in order, even when they are pasted in a burst.
    let queue = Promise.resolve();
    // Once "exit" is read, lines pasted after it are left unanswered: the person asked to leave.
    let leaving = false;
    rl.on("line", (line) => {
      queue = queue.then(async () => {
        if (leaving) return;
        const text = line.trim();
        if (/^(exit|quit|\/exit|\/quit)$/i.test(text)) {
          leaving = true;
          return void rl?.close();
        }
        if (text !== "") {
          const reply = await bot.handleMessage(text, LOCAL_USER, { conversation, progress: (note, fraction) => output.write(`${terminalSafe(progressLine(note, fraction))}\n`) });
          output.write(`${terminalSafe(renderPlain(reply))}\n`);
        }
        rl?.prompt();
      });
    });
  }

  async function stop(): Promise<void> {
    rl?.close();
  }

  return { start, stop, closed };
}

/** "[########------------]  40% Reading files 496/1,240" */
export function progressLine(note: string, fraction?: number): string {
  if (fraction === undefined) return `… ${note}`;
  const width = 20;
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${note}`;
}
