// Replies as plain text for a terminal: the console adapter and the one-shot CLI without --json.
import { assertNever } from "../../core/assert-never.js";
import type { OkReply, Reply } from "../../core/reply.js";
import { citationText, readableDate } from "../shared/citation-text.js";
import { candidatesOf } from "../shared/failures.js";
import { addedSummary, reloadSummary, speakerLabel, statsLines, correctionsLines } from "../shared/summaries.js";

export function renderPlain(reply: Reply): string {
  // How a plain-words question was read comes first, so a wrong reading is seen before its answer.
  const readAs = reply.readAs ? [`(${reply.readAs.understood})`, ...(reply.readAs.note ? [reply.readAs.note] : [])] : [];
  if (reply.status !== "ok") {
    const lines = [...readAs, reply.message, ...candidatesOf(reply).map((c) => `  • ${speakerLabel(c)}`)];
    return lines.join("\n");
  }
  return [...readAs, ...linesFor(reply)].join("\n");
}

function quoted(text: string): string {
  return `“${text}”`;
}

// One case per command: a command without one fails the type check.
function linesFor(reply: OkReply): string[] {
  switch (reply.command) {
    case "ask":
      return reply.results.flatMap((r, i) => [
        `${i + 1}. ${r.text}`,
        `   » ${r.highlight}`,
        `   — ${citationText(r.sources)}`,
        "",
      ]);
    case "sources":
      return reply.documents.map(
        (d) => `• ${d.title} — ${[d.publisher, d.published && readableDate(d.published), `${d.passages} passages`].filter(Boolean).join(", ")} [${d.docId}]`,
      );
    case "help":
      return reply.commands.flatMap((c) => [
        `${c.usage}${c.moderatorOnly ? "  (moderators)" : ""}`,
        `   ${c.description}`,
        ...c.options.map((o) => `   ${o.name}: ${o.description}${o.required ? "" : " (optional)"}`),
        ...c.examples.map((e) => `   e.g. ${e}`),
        "",
      ]);
    case "who-said":
      return reply.matches.flatMap((m, i) => [
        `${i + 1}. ${quoted(m.quote)}`,
        `   — ${speakerLabel(m.speaker)}`,
        ...(m.alternatives?.length ? [`   (or perhaps ${m.alternatives.map(speakerLabel).join(", ")})`] : []),
        `   ${citationText(m.sources)}`,
        "",
      ]);
    case "quotes":
      return [
        `${speakerLabel(reply.speaker)}: ${reply.quotes.length} quotation${reply.quotes.length === 1 ? "" : "s"}`,
        ...reply.quotes.flatMap((q) => [`• ${quoted(q.quote)}`, `   — ${citationText(q.sources)}`]),
      ];
    case "speakers":
      return reply.speakers.map((s) => `• ${speakerLabel(s)}: ${s.quotes}`);
    case "timeline":
      return [
        ...reply.events.flatMap((e) => [
          `${e.date ? readableDate(e.date) : "undated"} — ${e.text}`,
          `   (“${e.expression}”) ${citationText(e.sources)}`,
        ]),
        ...(reply.more > 0 ? [`… and ${reply.more} more`] : []),
      ];
    case "reload":
      return [
        reloadSummary(reply.report),
        ...reply.report.rejected.map((r) => `  skipped ${r.reason}`),
        ...(reply.message ? [reply.message] : []),
      ];
    case "add":
      return [...addedSummary(reply.article), ...(reply.message ? [reply.message] : [])];
    case "stats":
      return statsLines(reply);
    case "corrections":
      return correctionsLines(reply);
    default:
      return assertNever(reply);
  }
}
