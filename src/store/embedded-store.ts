// The embedded store: PostgreSQL compiled to WebAssembly (PGlite), its files in the data folder. No
// server to install or run, so `npm start` on a fresh clone keeps needing nothing; one process at a time.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { StoreUnavailable, type Sql, type SqlValue, type Store } from "./store.js";

export async function openEmbeddedStore(folder: string): Promise<Store> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new StoreUnavailable(`the data folder ${folder} cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)}): set DATA_DIR to a folder the bot may write`);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(folder);
    await db.query("select 1");
  } catch (error) {
    // PGlite's own errors say little ("RuntimeError: Aborted()"); what the operator needs is which folder.
    throw new StoreUnavailable(
      `the data folder ${folder} does not hold a readable database (${error instanceof Error ? error.message : String(error)}): ` +
        "move it aside to start with an empty one, or restore it from a backup",
    );
  }
  const sql = (target: Pick<PGlite, "query" | "exec">): Sql => ({
    async query<Row extends object>(text: string, params: readonly SqlValue[] = []) {
      return (await target.query<Row>(text, [...params])).rows;
    },
    async exec(text: string) {
      await target.exec(text);
    },
  });
  return {
    kind: "embedded",
    where: folder,
    ...sql(db),
    transaction: (work) => db.transaction((tx) => work(sql(tx))),
    close: () => db.close(),
  };
}
