// Words every renderer shares, so the platforms say the same thing the same way.
import type { Speaker } from "../../analysis/quotes/quote-index.js";
import type { ReloadReport } from "../../library/reload.js";
import type { AddedArticle, OkReplyOf } from "../../core/reply.js";
import { readableDate } from "./citation-text.js";

/** "Amber Rudd (Home Secretary)"; a role the name already says ("Home Office spokesperson") is not repeated. */
export function speakerLabel(s: Speaker): string {
  const name = s.name.toLowerCase();
  const role = [s.role, s.organization].filter((r): r is string => Boolean(r) && !name.includes(r!.toLowerCase())).join(", ");
  return role ? `${s.name} (${role})` : s.name;
}

export function reloadSummary(r: ReloadReport): string {
  const changes = [
    r.added.length && `${r.added.length} added`,
    r.removed.length && `${r.removed.length} removed`,
    r.changed.length && `${r.changed.length} changed`,
  ].filter(Boolean);
  return (
    `Loaded ${r.documents} document${r.documents === 1 ? "" : "s"}` +
    (changes.length ? ` (${changes.join(", ")})` : " (no changes)") +
    `: ${r.quotations} quotations from ${r.speakers} speakers, ${r.events} dated events, in ${(r.milliseconds / 1000).toFixed(1)} s.`
  );
}

/** What /add read from a page, in plain lines: the moderator checks them before anyone asks about it. */
export function addedSummary(a: AddedArticle): string[] {
  const first = a.firstParagraph.length > 300 ? `${a.firstParagraph.slice(0, 297).replace(/\s+\S*$/, "")}…` : a.firstParagraph;
  const facts = [a.publisher, a.published ? readableDate(a.published) : "no date", a.author && `by ${a.author}`].filter(Boolean).join(", ");
  return [
    `Added “${a.title}” (${facts}).`,
    ...(a.url ? [`Link: ${a.url}`] : []),
    `First paragraph: ${first}`,
    `Found ${a.quotations} quotation${a.quotations === 1 ? "" : "s"} and ${a.events} dated event${a.events === 1 ? "" : "s"} in ${a.passages} passage${a.passages === 1 ? "" : "s"}; saved as ${a.file}.`,
  ];
}

/** The gaps report in plain lines: totals, where and how people ask, what went unanswered, who they ask about. */
export function statsLines({ stats: s, corpus }: OkReplyOf<"stats">): string[] {
  const share = (n: number, of: number) => (of === 0 ? "0%" : `${Math.round((100 * n) / of)}%`);
  const list = (items: { name: string; n: number }[]) => items.map((i) => `${i.name} (${i.n})`).join(", ") || "none";
  return [
    `Last ${s.days} day${s.days === 1 ? "" : "s"}: ${s.asked} request${s.asked === 1 ? "" : "s"}, ${s.unanswered} unanswered (${share(s.unanswered, s.asked)}).`,
    `By surface: ${list(s.surfaces)}.`,
    `By command: ${s.commands.map((c) => `${c.name} ${c.n} (${share(c.unanswered, c.n)} unanswered)`).join(", ") || "none"}.`,
    `Unanswered, most asked: ${s.unansweredQuestions.map((q) => `“${q.name}” (${q.n})`).join("; ") || "none"}.`,
    `People most asked about: ${list(s.people)}.`,
    `Corrections open: ${s.openCorrections}.`,
    `Corpus: ${corpus.documents} articles, ${corpus.quotations} quotations, ${corpus.events} dated events.`,
  ];
}

/** /corrections in plain lines: a decision made, or the open reports of a page. */
export function correctionsLines(reply: OkReplyOf<"corrections">): string[] {
  if (reply.resolved) {
    const r = reply.resolved;
    return [`Report #${r.id} ${r.status}${r.rightAnswer ? `; right answer: ${r.rightAnswer}` : ""}. \`corpus-bot export-gold\` writes the accepted ones as a gold set.`];
  }
  if (reply.total === 0) return ["No open reports."];
  const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
  return [
    `${reply.total} open report${reply.total === 1 ? "" : "s"} (page ${reply.page}):`,
    ...reply.open.flatMap((r) => [
      `#${r.id} ${r.verdict} on /${r.command} (${r.platform}, ${r.at.slice(0, 10)}): “${cut(r.question, 200)}”`,
      `   answered: ${cut(r.answer.replace(/\s+/g, " "), 200)}${r.note ? `\n   note: ${cut(r.note, 300)}` : ""}`,
    ]),
    "Decide one with /corrections id:N decide:accept answer:… or decide:reject.",
  ];
}

