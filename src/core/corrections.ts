// Reports that an answer was wrong, and what moderators decide about them. An accepted report carries the
// right answer, and becomes a line of a gold set (export-gold): every correction a regression test.
import type { Sql } from "../store/store.js";

export type Verdict = "right" | "wrong-speaker" | "wrong-date" | "missing" | "other";
export type ReportStatus = "open" | "accepted" | "rejected";

/** Longest note or right answer kept: a modal's own limit on both platforms. */
export const MAX_NOTE = 2_000;

export interface NewReport {
  platform: string;
  channel: string;
  userId: string;
  command: string;
  question: string;
  /** The answer as it was shown. */
  answer: string;
  corpusKey: string;
  verdict: Verdict;
  note?: string;
  docIds: readonly string[];
}

export interface Report extends NewReport {
  id: number;
  createdAt: Date;
  status: ReportStatus;
  rightAnswer?: string;
  resolvedBy?: string;
}

type ReportRow = {
  id: number | string;
  created_at: Date | string;
  platform: string;
  channel: string;
  user_id: string;
  command: string;
  question: string;
  answer: string;
  corpus_key: string;
  verdict: Verdict;
  note: string | null;
  status: ReportStatus;
  right_answer: string | null;
  resolved_by: string | null;
  doc_ids: string[];
};

function fromRow(r: ReportRow): Report {
  return {
    id: Number(r.id),
    createdAt: new Date(r.created_at),
    platform: r.platform,
    channel: r.channel,
    userId: r.user_id,
    command: r.command,
    question: r.question,
    answer: r.answer,
    corpusKey: r.corpus_key,
    verdict: r.verdict,
    ...(r.note !== null && { note: r.note }),
    status: r.status,
    ...(r.right_answer !== null && { rightAnswer: r.right_answer }),
    ...(r.resolved_by !== null && { resolvedBy: r.resolved_by }),
    docIds: r.doc_ids,
  };
}

/** Stores a report as typed (markup and mentions too: renderers show them inert); its number. */
export async function fileReport(sql: Sql, report: NewReport): Promise<number> {
  if ((report.note?.length ?? 0) > MAX_NOTE) throw new RangeError(`a note may be at most ${MAX_NOTE} characters`);
  const [row] = await sql.query<{ id: number | string }>(
    `insert into feedback_reports (platform, channel, user_id, command, question, answer, corpus_key, verdict, note, doc_ids)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
    [report.platform, report.channel, report.userId, report.command, report.question.slice(0, 4_000), report.answer.slice(0, 8_000), report.corpusKey, report.verdict, report.note ?? null, report.docIds],
  );
  return Number(row?.id);
}

/** Open reports, oldest first, a page at a time; how many are open in all. */
export async function openReports(sql: Sql, page: number, perPage: number): Promise<{ reports: Report[]; total: number }> {
  const [count] = await sql.query<{ n: number }>("select count(*)::int as n from feedback_reports where status = 'open'");
  const rows = await sql.query<ReportRow>("select * from feedback_reports where status = 'open' order by created_at, id limit $1 offset $2", [perPage, (page - 1) * perPage]);
  return { reports: rows.map(fromRow), total: Number(count?.n ?? 0) };
}

export type Resolution = { ok: true; report: Report } | { ok: false; why: "no-such-report" | "already-resolved" };

/** Accepts (with the right answer) or rejects an open report; a report is decided once. */
export async function resolveReport(sql: Sql, id: number, decision: { status: "accepted" | "rejected"; by: string; rightAnswer?: string }): Promise<Resolution> {
  const rows = await sql.query<ReportRow>(
    `update feedback_reports set status = $2, resolved_by = $3, resolved_at = now(), right_answer = $4
     where id = $1 and status = 'open' returning *`,
    [id, decision.status, decision.by, decision.rightAnswer?.slice(0, MAX_NOTE) ?? null],
  );
  const row = rows[0];
  if (row) return { ok: true, report: fromRow(row) };
  const exists = await sql.query("select 1 from feedback_reports where id = $1", [id]);
  return { ok: false, why: exists.length > 0 ? "already-resolved" : "no-such-report" };
}

export async function acceptedReports(sql: Sql): Promise<Report[]> {
  return (await sql.query<ReportRow>("select * from feedback_reports where status = 'accepted' order by id")).map(fromRow);
}
