// The gaps report behind /stats, from the question log: what was asked, where, what went unanswered,
// and who people ask about. Counts only, over the last `days`; the words of questions only while kept.
import type { Store } from "../store/store.js";

/** Outcomes that mean the corpus had no answer (not a mistake in the asking). */
const UNANSWERED = ["not-found", "no-such-speaker", "ambiguous", "speaker-unknown", "speaker-unsure"];

/** A question as typed, in lower case, without the marks and spaces it ends with. */
const ASKED_AS = "regexp_replace(lower(question), '[[:space:][:punct:]]+$', '')";

export interface Counted {
  name: string;
  n: number;
}

export interface QuestionStats {
  days: number;
  asked: number;
  unanswered: number;
  surfaces: Counted[];
  commands: (Counted & { unanswered: number })[];
  /** The unanswered questions asked most, as typed (lower case, no closing marks). */
  unansweredQuestions: Counted[];
  people: Counted[];
  openCorrections: number;
}

export async function questionStats(store: Store, days: number, now: Date): Promise<QuestionStats> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const count = (rows: { name: string; n: number }[]) => rows.map((r) => ({ name: r.name, n: Number(r.n) }));
  const [totals] = await store.query<{ asked: number; unanswered: number }>(
    "select count(*)::int as asked, (count(*) filter (where outcome = any($2)))::int as unanswered from questions_asked where at >= $1",
    [since, UNANSWERED],
  );
  const surfaces = await store.query<{ name: string; n: number }>("select platform as name, count(*)::int as n from questions_asked where at >= $1 group by platform order by n desc, name", [since]);
  const commands = await store.query<{ name: string; n: number; unanswered: number }>(
    "select command as name, count(*)::int as n, (count(*) filter (where outcome = any($2)))::int as unanswered from questions_asked where at >= $1 group by command order by n desc, name",
    [since, UNANSWERED],
  );
  const questions = await store.query<{ name: string; n: number }>(
    // "What did Bo Lee say about tolls?" and "what did bo lee say about tolls" are one question.
    `select ${ASKED_AS} as name, count(*)::int as n from questions_asked where at >= $1 and outcome = any($2) and question is not null group by ${ASKED_AS} order by n desc, name limit 5`,
    [since, UNANSWERED],
  );
  const people = await store.query<{ name: string; n: number }>(
    "select person as name, count(*)::int as n from questions_asked, unnest(people) as person where at >= $1 group by person order by n desc, name limit 5",
    [since],
  );
  const [open] = await store.query<{ n: number }>("select count(*)::int as n from feedback_reports where status = 'open'");
  return {
    days,
    asked: Number(totals?.asked ?? 0),
    unanswered: Number(totals?.unanswered ?? 0),
    surfaces: count(surfaces),
    commands: commands.map((c) => ({ name: c.name, n: Number(c.n), unanswered: Number(c.unanswered) })),
    unansweredQuestions: count(questions),
    people: count(people),
    openCorrections: Number(open?.n ?? 0),
  };
}
