// The embedded store: PostgreSQL compiled to WebAssembly (PGlite), its files in the data folder. No
// server to install or run, so `npm start` on a fresh clone keeps needing nothing; one process at a time.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { lockFolder } from "./folder-lock.js";
import { StoreBusy, StoreUnavailable, type Sql, type SqlValue, type Store } from "./store.js";

export async function openEmbeddedStore(folder: string): Promise<Store> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new StoreUnavailable(`the data folder ${folder} cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)}): set DATA_DIR to a folder the bot may write`);
  }
  const taken = lockFolder(folder);
  if (!taken.ok) {
    throw new StoreBusy(`the data folder ${folder} is in use by another corpus-bot (process ${taken.heldBy}); give this one its own DATA_DIR, or share a server with DATABASE_URL`);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(folder);
    await db.query("select 1");
  } catch (error) {
    taken.lock.release();
    // PGlite's own errors say little ("RuntimeError: Aborted()"); what the operator needs is which folder.
    throw new StoreUnavailable(
      `the data folder ${folder} does not hold a readable database (${error instanceof Error ? error.message : String(error)}): ` +
        "move it aside to start with an empty one, or restore it from a backup",
    );
  }
  // Writes nobody waits for (the question log) may still be running at shutdown: closing PGlite under
  // them spins forever, so close waits for every statement it has started.
  const running = new Set<Promise<unknown>>();
  const tracked = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    void work.finally(() => running.delete(work)).catch(() => {});
    return work;
  };
  const sql = (target: Pick<PGlite, "query" | "exec">): Sql => ({
    async query<Row extends object>(text: string, params: readonly SqlValue[] = []) {
      return (await tracked(target.query<Row>(text, [...params]))).rows;
    },
    async exec(text: string) {
      await tracked(target.exec(text));
    },
  });
  return {
    kind: "embedded",
    where: folder,
    ...sql(db),
    transaction: (work) => tracked(db.transaction((tx) => work(sql(tx)))),
    async close() {
      try {
        await Promise.allSettled([...running]);
        await db.close();
      } finally {
        taken.lock.release();
      }
    },
  };
}
