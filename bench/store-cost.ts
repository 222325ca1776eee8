// npm run bench:store: what keeping the question log costs an answer and a start, on the embedded store
// and on a PostgreSQL server (TEST_DATABASE_URL, or the local one; skipped when none answers). The same
// questions are answered by one bot without a store and one with each store, in turns, on the seed corpus.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import commands from "../commands/index.js";
import { startBot, type Bot } from "../src/core/bot.js";
import type { Caller } from "../src/core/command.js";
import { silentLogger } from "../src/logger.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";

const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const USER: Caller = { id: "U1", platform: "slack", isModerator: false };
const QUESTIONS = ["who said there should be no place for terrorists to hide", "what did rudd say about whatsapp", "/timeline whatsapp", "/ask how long does the mutual legal assistance process take", "/quotes amber rudd"];
const ROUNDS = 60;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function answerTimes(bot: Bot): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUESTIONS) {
      const started = performance.now();
      await (q.startsWith("/") ? bot.handleText(q, USER) : bot.handleMessage(q, USER, { conversation: `r${round}` }));
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function serverDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const admin = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const name = `corpus_bot_bench_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: SERVER });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const bot = (store?: Store) => startBot({ corpusFolder: "seeds", log: silentLogger(), commands, ...(store && { store }) });
const rows: string[] = [];
const none = await bot();
await answerTimes(none); // warm-up: the first answers compile the code paths
const plain = await answerTimes(none);
rows.push(`no store              answer p50 ${percentile(plain, 50).toFixed(2)} ms, p99 ${percentile(plain, 99).toFixed(2)} ms`);

const dataDir = join(mkdtempSync(join(tmpdir(), "corpus-bot-bench-")), "data");
const first = await timed(() => openStore({ dataDir }));
await first.value.close();
const again = await timed(() => openStore({ dataDir }));
const embedded = await answerTimes(await bot(again.value));
await again.value.close();
rows.push(`embedded (PGlite)     answer p50 ${percentile(embedded, 50).toFixed(2)} ms, p99 ${percentile(embedded, 99).toFixed(2)} ms; start-up ${first.ms.toFixed(0)} ms new folder, ${again.ms.toFixed(0)} ms existing`);

const db = await serverDatabase();
if (db) {
  const opened = await timed(() => openStore({ databaseUrl: db.url }));
  const server = await answerTimes(await bot(opened.value));
  await opened.value.close();
  await db.drop();
  rows.push(`server (PostgreSQL)   answer p50 ${percentile(server, 50).toFixed(2)} ms, p99 ${percentile(server, 99).toFixed(2)} ms; start-up ${opened.ms.toFixed(0)} ms (connect and schema)`);
} else {
  rows.push("server (PostgreSQL)   skipped: no server answers");
}
console.log(`${QUESTIONS.length * ROUNDS} answers each, seed corpus:\n${rows.join("\n")}`);
process.exit(0);
