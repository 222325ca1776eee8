// Stores for tests: the embedded one in a temporary folder, and a database of its own on the PostgreSQL
// server these machines run (127.0.0.1:5432, or TEST_DATABASE_URL), dropped afterwards. Nothing else on
// the server is touched.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";

const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestStore {
  store: Store;
  /** Opens the same store again (a restart); the test puts it in `store`, and `dispose` closes that one. */
  reopen(): Promise<Store>;
  dispose(): Promise<void>;
}

export async function embeddedTestStore(): Promise<TestStore> {
  const dataDir = join(mkdtempSync(join(tmpdir(), "corpus-bot-data-")), "data");
  const t: TestStore = {
    store: await openStore({ dataDir }),
    reopen: () => openStore({ dataDir }),
    dispose: () => t.store.close().catch(() => {}),
  };
  return t;
}

/** Whether a PostgreSQL server answers; tests against one are skipped, saying so, when none does. */
export async function serverAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    console.warn(`No PostgreSQL server at ${new URL(SERVER).host} (${error instanceof Error ? error.message : String(error)}).`);
    return false;
  }
}

export async function serverTestStore(): Promise<TestStore> {
  const name = `corpus_bot_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: SERVER });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
  let store: Store;
  try {
    store = await openStore({ databaseUrl: url.toString() });
  } catch (error) {
    // A store that failed to open still leaves no database behind.
    await drop();
    throw error;
  }
  const t: TestStore = {
    store,
    reopen: () => openStore({ databaseUrl: url.toString() }),
    async dispose() {
      await t.store.close().catch(() => {});
      await drop();
    },
  };
  return t;
}
