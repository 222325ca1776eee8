// corpus-bot's command line: `start` (npm start), `ask` (one-shot), `check`, and the platform helpers.
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import dotenv from "dotenv";
import { runOneShot } from "./adapters/cli/one-shot.js";
import { createConsoleAdapter } from "./adapters/console/console-adapter.js";
import { runCheck } from "./adapters/cli/check.js";
import { startBot } from "./core/bot.js";
import { ConfigError, readConfig, type Config } from "./core/config.js";
import { keepServing, type Adapter } from "./core/lifecycle.js";
import { createLogger } from "./core/logger.js";
import { watchCorpus } from "./core/watch-corpus.js";

const USAGE = `usage:
  corpus-bot start [--corpus DIR]                   console, plus Slack/Discord when configured (npm start)
  corpus-bot ask [--json] [--corpus DIR] ["/cmd"]   answer one command, or every line of stdin
  corpus-bot check [--corpus DIR]                   validate a corpus folder; exits 1 on errors`;

async function main(argv: string[]): Promise<number> {
  dotenv.config({ quiet: true });
  const [verb, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, corpus: { type: "string" }, guild: { type: "string" } },
  });
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`corpus-bot cannot start:\n${error.problems.map((p) => `  ${p}`).join("\n")}\n`);
    return 2;
  }
  const corpusFolder = resolve(values.corpus ?? config.CORPUS_DIR);

  switch (verb) {
    case "ask": {
      // Replies go to stdout; only warnings and worse go to stderr unless LOG_LEVEL says otherwise.
      const log = createLogger(process.env.LOG_LEVEL ?? "warn");
      const bot = await startBot({ corpusFolder, log, rateLimit: config });
      await runOneShot(bot, { json: values.json ?? false, ...(positionals.length > 0 && { command: positionals.join(" ") }) });
      return 0;
    }
    case "check":
      return runCheck(corpusFolder);
    case "start":
    case undefined: {
      const log = createLogger(config.LOG_LEVEL);
      const bot = await startBot({ corpusFolder, log, rateLimit: config });
      const adapters: Adapter[] = [];
      // Platform adapters join here when their credentials are configured.

      // The console needs a person at a terminal; a service with platform adapters may have no stdin at all.
      const withConsole = adapters.length === 0 || process.stdin.isTTY;
      const consoleAdapter = withConsole ? createConsoleAdapter(bot) : undefined;
      if (consoleAdapter) adapters.push({ name: "console", ...consoleAdapter });
      const { shutdown } = keepServing(() => adapters, log);
      if (config.CORPUS_WATCH) adapters.push(watchCorpus(bot.library, log));
      for (const adapter of adapters) await adapter.start();
      if (consoleAdapter) {
        await consoleAdapter.closed;
        await shutdown("console closed");
        return 0;
      }
      return new Promise<number>(() => {}); // serve until a signal arrives
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return verb === "help" || verb === "--help" ? 0 : 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
