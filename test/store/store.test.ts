// The store on both backends: the embedded PGlite in a folder, and a real PostgreSQL server.
import { writeFileSync, readdirSync, mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS, migrate } from "../../src/store/migrations.js";
import { openStore } from "../../src/store/open-store.js";
import { StoreBusy, StoreUnavailable } from "../../src/store/store.js";
import { embeddedTestStore, serverAvailable, serverTestStore, type TestStore } from "../support/stores.js";

const withServer = await serverAvailable();
if (!withServer) console.warn("No PostgreSQL server at 127.0.0.1:5432 (or TEST_DATABASE_URL): the server store's tests are skipped.");

const backends = [
  { name: "embedded", open: embeddedTestStore, available: true },
  { name: "server", open: serverTestStore, available: withServer },
];

describe.each(backends)("the $name store", ({ open, available }) => {
  let t: TestStore;
  beforeAll(async () => {
    if (available) t = await open();
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
  }, 60_000);

  it.skipIf(!available)("is brought to the current schema once, and a second start applies nothing", async () => {
    const versions = await t.store.query<{ version: number }>("select version from schema_migrations order by version");
    expect(versions.map((v) => Number(v.version))).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(t.store)).toEqual([]);
  });

  it.skipIf(!available)("keeps all of a transaction or none of it", async () => {
    await expect(
      t.store.transaction(async (sql) => {
        await sql.query("insert into channel_settings (platform, channel, key, value, updated_by) values ($1, $2, $3, $4, $5)", ["slack", "C1", "visibility", '"public"', "U1"]);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await t.store.query("select * from channel_settings")).toEqual([]);
    await t.store.transaction((sql) => sql.query("insert into channel_settings (platform, channel, key, value, updated_by) values ($1, $2, $3, $4, $5)", ["slack", "C1", "visibility", '"public"', "U1"]));
    expect(await t.store.query<{ value: unknown }>("select value from channel_settings")).toEqual([{ value: "public" }]);
  });

  it.skipIf(!available)("stops on a schema step that fails, names it, and changes nothing", async () => {
    const broken = [...MIGRATIONS, { version: 99, name: "a step that breaks", sql: "create table half_done (id int); select * from no_such_table;" }];
    const error = await migrate(t.store, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailable);
    expect(String((error as Error).message)).toMatch(/schema step 99 \(a step that breaks\) failed .*nothing was changed/);
    expect(await t.store.query("select * from schema_migrations where version = 99")).toEqual([]);
    expect(await t.store.query("select to_regclass('half_done') as t")).toEqual([{ t: null }]);
  });

  it.skipIf(!available)("refuses a database a newer corpus-bot has migrated", async () => {
    await t.store.query("insert into schema_migrations (version, name) values (500, 'from the future')");
    await expect(migrate(t.store)).rejects.toThrow(/schema version 500, from a newer corpus-bot/);
    await t.store.query("delete from schema_migrations where version = 500");
  });

  it.skipIf(!available)("keeps what it holds across a restart", async () => {
    await t.store.query("insert into questions_asked (platform, command, outcome, question) values ('console', 'ask', 'ok', 'who said it')");
    await t.store.close();
    t.store = await t.reopen();
    expect(await t.store.query<{ question: string }>("select question from questions_asked")).toEqual([{ question: "who said it" }]);
  }, 60_000);
});

describe("a store that cannot be used", () => {
  it("names a damaged data folder and what to do", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "corpus-bot-data-")), "data");
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, "PG_VERSION"), "not a version\n");
    writeFileSync(join(dataDir, "postgresql.conf"), "this is = = not a config");
    const error = await openStore({ dataDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailable);
    expect((error as Error).message).toContain(dataDir);
    expect((error as Error).message).toMatch(/move it aside|restore it/);
    expect(readdirSync(dataDir)).toContain("PG_VERSION");
  }, 60_000);

  it("names an unreachable server without its password", async () => {
    const error = await openStore({ databaseUrl: "postgres://bot:s3cret@127.0.0.1:1/corpus" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailable);
    expect((error as Error).message).toMatch(/127\.0\.0\.1:1.*cannot be reached/);
    expect((error as Error).message).not.toContain("s3cret");
  });
});

describe("one process per data folder", () => {
  it("refuses a second opening while the first holds the folder, and takes over a lock whose process is gone", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "corpus-bot-data-")), "data");
    const first = await openStore({ dataDir });
    const second = await openStore({ dataDir }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(StoreBusy);
    expect((second as Error).message).toMatch(new RegExp(`${dataDir} is in use by another corpus-bot \\(process ${process.pid}\\)`));
    await first.close();
    // A crashed process leaves its lock behind: a pid that no longer runs.
    writeFileSync(`${dataDir}.lock`, "2147483646");
    const third = await openStore({ dataDir });
    await third.close();
  }, 60_000);
});
