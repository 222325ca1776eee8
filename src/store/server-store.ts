// A PostgreSQL server (DATABASE_URL): what several bot processes share, so that the next page or the
// next follow-up can be answered by whichever process receives it.
import pg from "pg";
import { StoreUnavailable, type Sql, type SqlValue, type Store } from "./store.js";

/** The address without its password, for messages and logs. */
export function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "DATABASE_URL (not a valid address)";
  }
}

export async function openServerStore(url: string, { connectTimeoutMs = 5_000 } = {}): Promise<Store> {
  const where = withoutPassword(url);
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: connectTimeoutMs, idleTimeoutMillis: 30_000 });
  // An idle client that loses its connection must not crash the process; the next query reports it.
  pool.on("error", () => {});
  try {
    await pool.query("select 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StoreUnavailable(`the database server at ${where} cannot be reached (${error instanceof Error ? error.message : String(error)}): check DATABASE_URL and that the server is running`);
  }
  const sql = (target: Pick<pg.Pool | pg.PoolClient, "query">): Sql => ({
    async query<Row extends object>(text: string, params: readonly SqlValue[] = []) {
      return (await target.query(text, [...params])).rows as Row[];
    },
    async exec(text: string) {
      // Without parameters the simple protocol runs every statement of the text.
      await target.query(text);
    },
  });
  return {
    kind: "server",
    where,
    ...sql(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await work(sql(client));
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    // pg's end() waits for the queries already sent before it closes the connections.
    close: () => pool.end(),
  };
}
