// Where the bot keeps what it learns from people (reports, settings, what was asked): PostgreSQL, either
// embedded in the process (PGlite, in the data folder) or a server shared by several bot processes. Both
// speak the same SQL through this one small interface, so nothing above it knows which it has.

/** A value a query may take as a parameter. */
export type SqlValue = string | number | boolean | null | Date | readonly string[];

export interface Sql {
  /** Runs one statement with $1, $2 … parameters; the rows it returns, as plain objects. */
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs several statements without parameters (a schema step). */
  exec(sql: string): Promise<void>;
}

export interface Store extends Sql {
  /** "embedded" (PGlite in a folder) or "server" (a PostgreSQL server). */
  readonly kind: "embedded" | "server";
  /** Where it is, for messages: the data folder, or the server's address without its password. */
  readonly where: string;
  /** Runs `work` in one transaction: all of it is kept, or none of it. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The store cannot be used: the message names it (the folder or the server) and why. */
export class StoreUnavailable extends Error {
  override readonly name: string = "StoreUnavailable";
}

/** The embedded store's folder is in use by another process: this one may go on without a store. */
export class StoreBusy extends StoreUnavailable {
  override readonly name = "StoreBusy";
}

