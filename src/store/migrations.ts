// The store's schema, as numbered steps. Each start-up applies the steps the database has not had, all in
// one transaction: a step that fails leaves the database exactly as it was, and start-up stops saying
// which step and why. Steps are only ever added at the end; a released step is never edited.
import { StoreUnavailable, type Store } from "./store.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "feedback reports, channel settings, the question log",
    sql: `
      create table feedback_reports (
        id bigserial primary key,
        created_at timestamptz not null default now(),
        platform text not null,
        channel text not null,
        user_id text not null,
        command text not null,
        question text not null,
        answer text not null,
        corpus_key text not null,
        verdict text not null check (verdict in ('right', 'wrong-speaker', 'wrong-date', 'missing', 'other')),
        note text check (char_length(note) <= 2000),
        status text not null default 'open' check (status in ('open', 'accepted', 'rejected')),
        resolved_by text,
        resolved_at timestamptz,
        right_answer text check (char_length(right_answer) <= 2000)
      );
      create index feedback_reports_open on feedback_reports (status, created_at);

      create table channel_settings (
        platform text not null,
        channel text not null,
        key text not null,
        value jsonb not null,
        updated_by text not null,
        updated_at timestamptz not null default now(),
        primary key (platform, channel, key)
      );

      create table questions_asked (
        id bigserial primary key,
        at timestamptz not null default now(),
        platform text not null,
        command text not null,
        outcome text not null,
        question text,
        people text[] not null default '{}',
        topic text
      );
      create index questions_asked_at on questions_asked (at);
    `,
  },
  {
    version: 2,
    name: "the articles a reported answer cited",
    sql: `alter table feedback_reports add column doc_ids text[] not null default '{}';`,
  },
];

/** Any number of our own; the same in every process that migrates one database. */
const MIGRATION_LOCK = 8245170001;

/** Where the versions applied are kept. */
const LEDGER = `create table if not exists schema_migrations (
  version integer primary key,
  name text not null,
  applied_at timestamptz not null default now()
)`;

/** Applies what the database lacks; the versions applied now. Throws StoreUnavailable with the step's name when one fails. */
export async function migrate(store: Store, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const known = Math.max(0, ...migrations.map((m) => m.version));
  let step: Migration | undefined;
  try {
    return await store.transaction(async (sql) => {
      // Two processes starting together against one server: the second waits, then finds nothing to do.
      if (store.kind === "server") await sql.query("select pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await sql.query(LEDGER);
      const rows = await sql.query<{ version: number }>("select version from schema_migrations");
      const done = new Set(rows.map((r) => Number(r.version)));
      const newest = Math.max(0, ...done);
      if (newest > known) {
        throw new StoreUnavailable(`the database at ${store.where} has schema version ${newest}, from a newer corpus-bot (this one knows up to ${known}): run the newer version, or another database`);
      }
      const applied: number[] = [];
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(m.version)) continue;
        step = m;
        await sql.exec(m.sql);
        await sql.query("insert into schema_migrations (version, name) values ($1, $2)", [m.version, m.name]);
        applied.push(m.version);
      }
      return applied;
    });
  } catch (error) {
    if (error instanceof StoreUnavailable) throw error;
    const what = step ? `schema step ${step.version} (${step.name})` : "reading the schema version";
    throw new StoreUnavailable(`the database at ${store.where} could not be brought up to date: ${what} failed (${error instanceof Error ? error.message : String(error)}); nothing was changed`);
  }
}
