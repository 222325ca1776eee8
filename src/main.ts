// corpus-bot's command line: `start` (npm start), `ask` (one-shot), `check`, and the platform helpers.
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import dotenv from "dotenv";
import { runAdd, runOneShot } from "./adapters/cli/one-shot.js";
import { createConsoleAdapter } from "./adapters/console/console-adapter.js";
import { runCheck } from "./adapters/cli/check.js";
import { slackManifest } from "./adapters/slack/manifest.js";
import { createSlackAdapter } from "./adapters/slack/start.js";
import { registerDiscordCommands } from "./adapters/discord/register.js";
import { createDiscordAdapter } from "./adapters/discord/start.js";
import commands from "../commands/index.js";
import { startBot } from "./core/bot.js";
import { CorpusUnavailable } from "./library/corpus-library.js";
import { ConfigError, discordEnabled, readConfig, slackEnabled, type Config } from "./config.js";
import { keepServing, type Adapter } from "./lifecycle.js";
import { createLogger } from "./logger.js";
import { watchCorpus } from "./library/watch-corpus.js";
import type { FetchPolicy } from "./library/add-page.js";
import { openStore } from "./store/open-store.js";
import { acceptedReports } from "./core/corrections.js";
import { goldFrom } from "./core/gold-export.js";
import { StoreBusy, StoreUnavailable, type Store } from "./store/store.js";
import type { Logger } from "./logger.js";

const USAGE = `usage:
  corpus-bot start [--corpus DIR]                   console, plus Slack/Discord when configured (npm start)
  corpus-bot ask [--json] [--corpus DIR] ["/cmd"]   answer one command, or every line of stdin
  corpus-bot add URL [--corpus DIR]                 fetch an article's page and save it in the corpus folder
  corpus-bot check [--corpus DIR]                   validate a corpus folder; exits 1 on errors
  corpus-bot export-gold [--corpus DIR]             print the accepted corrections as a gold set for score.mjs
  corpus-bot slack-manifest [https://PUBLIC-HOST]   print the Slack app manifest (Socket Mode, or HTTP at that host)
  corpus-bot discord-register [--guild ID]          register the slash commands with Discord (one server with --guild: instant)`;

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
      const opening = storeOrSay(config, log, { busyIsFatal: false });
      const bot = await startOrSay(() => startBot({ corpusFolder, log, commands, rateLimit: config, ...cacheOf(config), ...storeOf(config, opening), fetchPolicy: fetchPolicyOf(config) }));
      const store = await opening;
      if (!bot || store === "fatal") return 2;
      await runOneShot(bot, { json: values.json ?? false, ...(positionals.length > 0 && { command: positionals.join(" ") }) });
      await store?.close();
      return 0;
    }
    case "add": {
      const url = positionals[0];
      if (url === undefined || positionals.length > 1) {
        process.stderr.write("add takes one link: corpus-bot add https://… [--corpus DIR]\n");
        return 2;
      }
      const log = createLogger(process.env.LOG_LEVEL ?? "warn");
      const opening = storeOrSay(config, log, { busyIsFatal: false });
      const bot = await startOrSay(() => startBot({ corpusFolder, log, commands, rateLimit: config, ...cacheOf(config), ...storeOf(config, opening), fetchPolicy: fetchPolicyOf(config) }));
      const store = await opening;
      if (!bot || store === "fatal") return 2;
      // The person at the terminal owns the folder: they are the moderator here.
      const status = await runAdd(bot, url, { json: values.json ?? false });
      await store?.close();
      return status;
    }
    case "check":
      return runCheck(corpusFolder);
    case "export-gold": {
      const log = createLogger(process.env.LOG_LEVEL ?? "warn");
      const store = await storeOrSay(config, log, { busyIsFatal: true });
      if (store === "fatal") return 2;
      if (!store) {
        process.stderr.write("export-gold needs the bot's database: set DATA_DIR (not off) or DATABASE_URL\n");
        return 2;
      }
      try {
        process.stdout.write(`${JSON.stringify(goldFrom(await acceptedReports(store), corpusFolder), null, 2)}\n`);
      } finally {
        await store.close();
      }
      return 0;
    }
    case "slack-manifest": {
      const publicUrl = positionals[0];
      if (publicUrl !== undefined && !/^https?:\/\//.test(publicUrl)) {
        process.stderr.write(`slack-manifest takes the bot's public address, such as https://bot.example.org, not "${publicUrl}"\n`);
        return 2;
      }
      process.stdout.write(`${JSON.stringify(slackManifest(commands, publicUrl ? { publicUrl } : {}), null, 2)}\n`);
      return 0;
    }
    case "discord-register": {
      const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId } = config;
      if (!token || !applicationId) {
        process.stderr.write("discord-register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID: add them to .env, see .env.example\n");
        return 2;
      }
      if (values.guild !== undefined && !/^\d{15,22}$/.test(values.guild)) {
        process.stderr.write(`--guild takes a server's numeric id (right-click the server → Copy Server ID), not "${values.guild}"\n`);
        return 2;
      }
      const log = createLogger(config.LOG_LEVEL);
      try {
        const names = await registerDiscordCommands({ token, applicationId, guildId: values.guild, apiUrl: config.DISCORD_API_URL, commands, log });
        const where = values.guild ? `in server ${values.guild}` : "globally (every server and direct messages; may take a few minutes to show)";
        process.stdout.write(`Registered ${names.map((n) => `/${n}`).join(" ")} ${where}.\n`);
        return 0;
      } catch (error) {
        process.stderr.write(`corpus-bot could not register the Discord commands: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
      }
    }
    case "start":
    case undefined: {
      // A person at the console alone wants answers, not service logs: warnings only, unless asked.
      const consoleOnly = !slackEnabled(config) && !discordEnabled(config);
      const log = createLogger(process.env.LOG_LEVEL ?? (consoleOnly ? "warn" : config.LOG_LEVEL));
      // A person at the console may open a second one; a service sharing its data folder is a mistake.
      const opening = storeOrSay(config, log, { busyIsFatal: !consoleOnly });
      const bot = await startOrSay(() => startBot({ corpusFolder, log, commands, rateLimit: config, ...cacheOf(config), ...storeOf(config, opening), fetchPolicy: fetchPolicyOf(config) }));
      const store = await opening;
      if (!bot || store === "fatal") return 2;
      const adapters: Adapter[] = [];
      // Platform adapters join here when their credentials are configured.
      if (slackEnabled(config)) adapters.push({ name: "slack", ...createSlackAdapter(bot, config, log) });
      if (discordEnabled(config)) adapters.push({ name: "discord", ...createDiscordAdapter(bot, config, log) });

      // The console needs a person at a terminal; a service with platform adapters may have no stdin at all.
      const withConsole = adapters.length === 0 || process.stdin.isTTY;
      const consoleAdapter = withConsole ? createConsoleAdapter(bot) : undefined;
      if (consoleAdapter) adapters.push({ name: "console", ...consoleAdapter });
      const { shutdown } = keepServing(() => adapters, log);
      if (config.CORPUS_WATCH) adapters.push(watchCorpus(bot.library, log));
      // Closed on shutdown like the adapters: the embedded database writes its last pages and frees the folder.
      if (store) adapters.push({ name: "store", start: async () => {}, stop: () => store.close() });
      try {
        for (const adapter of adapters) await adapter.start();
      } catch (error) {
        // A platform that refuses our credentials is a start-up error, not a fault to serve through.
        process.stderr.write(`corpus-bot cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
        await shutdown("start-up failed");
        return 2;
      }
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

/** The bot, or undefined after saying on stderr why it cannot start (a corpus or cache folder it cannot use). */
async function startOrSay<T>(start: () => Promise<T>): Promise<T | undefined> {
  try {
    return await start();
  } catch (error) {
    if (!(error instanceof CorpusUnavailable)) throw error;
    process.stderr.write(`corpus-bot cannot start: ${error.message}\n`);
    return undefined;
  }
}

/** The snapshot cache folder, unless CORPUS_CACHE_DIR=off. */
/**
 * The store the settings name, or undefined when another process holds the embedded one and this one may
 * go on without it (said on stderr); "fatal" when start-up must stop (said on stderr, with the fix).
 */
async function storeOrSay(config: Config, log: Logger, { busyIsFatal }: { busyIsFatal: boolean }): Promise<Store | undefined | "fatal"> {
  if (!config.DATABASE_URL && config.DATA_DIR === "off") return undefined;
  try {
    return await openStore(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: resolve(config.DATA_DIR) });
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    if (error instanceof StoreBusy && !busyIsFatal) {
      log.warn({ store: config.DATA_DIR }, "data folder in use; answering without a store");
      process.stderr.write(`corpus-bot: ${error.message}. Answering anyway; feedback and settings are not kept in this run.\n`);
      return undefined;
    }
    process.stderr.write(`corpus-bot cannot start: ${error.message}\n`);
    return "fatal";
  }
}

/** The store as the bot takes it: opened while the corpus loads; a start-up that must stop gets none. */
function storeOf(config: Config, opening: Promise<Store | undefined | "fatal">): { store: Promise<Store | undefined>; retentionDays: number } {
  return { store: opening.then((s) => (s === "fatal" ? undefined : s)), retentionDays: config.LOG_RETENTION_DAYS };
}

function fetchPolicyOf(config: Config): FetchPolicy {
  return { allowPrivate: config.ALLOW_PRIVATE_FETCH };
}

function cacheOf(config: Config): { cacheDir?: string } {
  return config.CORPUS_CACHE_DIR === "off" ? {} : { cacheDir: resolve(config.CORPUS_CACHE_DIR) };
}

process.exitCode = await main(process.argv.slice(2));
