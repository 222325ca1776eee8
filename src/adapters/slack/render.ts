// Replies as Slack Block Kit messages. Pure: no client, no network; tested offline.
import { assertNever } from "../../core/assert-never.js";
import type { Source } from "../../corpus/citation.js";
import type { OkReply, Reply } from "../../core/reply.js";
import { citationOf, readableDate } from "../shared/citation-text.js";
import { candidatesOf, mayShowInChannel } from "../shared/failures.js";
import { addedSummary, reloadSummary, speakerLabel, statsLines, correctionsLines } from "../shared/summaries.js";
import { escapeText, link } from "./escape.js";
import { layOut, layOutNotice, type Answer, type Paging, type Part, type SlackMessage, type Visibility } from "./layout.js";
import { SLACK } from "./limits.js";

export type { Paging, SlackBlock, SlackMessage, Visibility } from "./layout.js";
export { PAGE_ACTIONS } from "./layout.js";

/** The `action_id` of the "Share in channel" button; its `value` is the command line to answer again. */
export const SHARE_ACTION = "share_answer";

export interface SlackRenderOptions {
  /** Where answers and "no match" go; mistakes, refusals and errors always go to the asker alone. */
  visibility: Visibility;
  /** The command line that was answered: echoed under the header, carried by the share button. */
  line?: string;
  /** The Slack user id of the asker, named when others see the answer. */
  askedBy?: string;
  /** Offer "Share in channel" when the answer is ephemeral. */
  shareable?: boolean;
  /** Show this page of an answer kept for paging; without it a long answer ends with "…and N more". */
  paging?: Paging;
}

export function renderForSlack(reply: Reply, options: SlackRenderOptions): SlackMessage {
  // Others see who asked; the asker alone needs no reminder.
  const framing = (visibility: Visibility) => ({
    line: options.line,
    ...(visibility === "in_channel" && { askedBy: options.askedBy }),
  });
  // How a plain-words question was read, before the answer: a wrong reading shows at once.
  const readAs = reply.readAs ? [`_${escapeText(reply.readAs.understood)}_`, ...(reply.readAs.note ? [escapeText(reply.readAs.note)] : [])] : [];
  if (reply.status !== "ok") {
    const lines = [...readAs, escapeText(reply.message), ...candidatesOf(reply).map((c) => `• ${escapeText(speakerLabel(c))}`)];
    const visibility = mayShowInChannel(reply) ? options.visibility : "ephemeral";
    return layOutNotice(lines.join("\n"), framing(visibility), visibility);
  }
  const { answer: answered, personal } = answerFor(reply);
  const answer = readAs.length > 0 ? { ...answered, parts: [...readAs.map((text): Part => ({ kind: "line", text })), ...answered.parts] } : answered;
  const visibility = personal ? "ephemeral" : options.visibility;
  const line = options.line;
  const shareable = options.shareable && visibility === "ephemeral" && !personal && line && line.length <= SLACK.buttonValue;
  return layOut(answer, { ...framing(visibility), ...(shareable && { share: shareButton(line) }) }, visibility, options.paging);
}

function shareButton(line: string) {
  return {
    type: "button" as const,
    action_id: SHARE_ACTION,
    text: { type: "plain_text" as const, text: "Share in channel", emoji: false },
    value: line,
  };
}

/** "Title — Publisher, 4 Mar 2024", linked to the article when it has an address. */
function cited(sources: readonly Source[]): string {
  return sources.map((s) => link(s.url, citationOf(s))).join("; ");
}

function quoted(markup: string): string {
  return `“${markup}”`;
}

/** Text with one stretch in bold, when Slack can show it (bold markup cannot span lines or hold `*`). */
function emphasise(text: string, start: number, end: number): string {
  const middle = text.slice(start, end).trim();
  if (middle === "" || middle === text.trim() || /[*\n]/.test(middle)) return escapeText(text);
  const from = text.indexOf(middle, start);
  return `${escapeText(text.slice(0, from))}*${escapeText(middle)}*${escapeText(text.slice(from + middle.length))}`;
}

const entry = (body: string, ...notes: (string | undefined)[]): Part => ({
  kind: "entry",
  body,
  notes: notes.filter((n): n is string => Boolean(n)),
});
const line = (text: string): Part => ({ kind: "line", text });
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// One case per command: a command without one fails the type check.
// `personal` answers are for the asker alone: never public, never shared.
function answerFor(reply: OkReply): { answer: Answer; personal?: boolean } {
  switch (reply.command) {
    case "ask":
      return {
        answer: {
          title: `${plural(reply.results.length, "passage")} that answer${reply.results.length === 1 ? "s" : ""} your question`,
          parts: reply.results.map((r) => {
            const at = r.text.indexOf(r.highlight);
            const body = at >= 0 ? emphasise(r.text, at, at + r.highlight.length) : escapeText(r.text);
            return entry(body, cited(r.sources));
          }),
        },
      };
    case "sources":
      return {
        answer: {
          title: `${plural(reply.documents.length, "article")} in the corpus`,
          parts: reply.documents.map((d) => {
            const facts = [d.publisher, d.published && readableDate(d.published), plural(d.passages, "passage")];
            return line(`• ${link(d.url, d.title)} — ${escapeText(facts.filter(Boolean).join(", "))}`);
          }),
        },
      };
    case "help":
      return {
        personal: true,
        answer: {
          title: reply.commands.length === 1 ? `/${reply.commands[0]?.name}` : "What I can do",
          parts: reply.commands.map((c) =>
            line(
              [
                `*${escapeText(c.usage)}*${c.moderatorOnly ? " _(moderators only)_" : ""}`,
                escapeText(c.description),
                ...c.options.map((o) => `    ${escapeText(o.name)}: ${escapeText(o.description)}${o.required ? "" : " (optional)"}`),
                ...(c.examples.length ? [`    e.g. ${c.examples.map(escapeText).join("   ")}`] : []),
              ].join("\n"),
            ),
          ),
        },
      };
    case "who-said":
      return {
        answer: {
          title: "Who said it",
          parts: reply.matches.map((m) =>
            entry(
              quoted(m.marked ? emphasise(m.quote, m.marked.start, m.marked.end) : escapeText(m.quote)),
              `*${escapeText(speakerLabel(m.speaker))}*`,
              m.alternatives?.length ? `or perhaps ${escapeText(m.alternatives.map(speakerLabel).join(", "))}` : undefined,
              cited(m.sources),
            ),
          ),
        },
      };
    case "quotes":
      return {
        answer: {
          title: `What ${speakerLabel(reply.speaker)} said`,
          parts: [
            ...reply.quotes.map((q) => entry(quoted(escapeText(q.quote)), cited(q.sources))),
            ...(reply.candidates?.length
              ? [line(`Others with a similar name: ${escapeText(reply.candidates.map(speakerLabel).join(", "))}`)]
              : []),
          ],
        },
      };
    case "speakers":
      return {
        answer: {
          title: `${plural(reply.speakers.length, "person", "people")} quoted in the corpus`,
          parts: reply.speakers.map((s) => line(`• *${escapeText(speakerLabel(s))}*: ${plural(s.quotes, "quotation")}`)),
        },
      };
    case "timeline":
      return {
        answer: {
          title: "Timeline",
          more: reply.more,
          parts: reply.events.map((e) =>
            entry(
              `*${e.date ? readableDate(e.date) : "Undated"}* — ${escapeText(e.text)}`,
              e.people?.length ? escapeText(e.people.join(", ")) : undefined,
              `from ${quoted(escapeText(e.expression))}`,
              cited(e.sources),
            ),
          ),
        },
      };
    case "reload":
      return {
        personal: true,
        answer: {
          title: "Corpus reloaded",
          parts: [
            line(escapeText(reloadSummary(reply.report))),
            ...reply.report.rejected.map((r) => line(`• skipped ${escapeText(r.reason)}`)),
            ...(reply.message ? [line(escapeText(reply.message))] : []),
          ],
        },
      };
    case "add":
      return {
        personal: true,
        answer: {
          title: "Article added",
          parts: [...addedSummary(reply.article), ...(reply.message ? [reply.message] : [])].map((l) => line(escapeText(l))),
        },
      };
    case "stats":
      return { personal: true, answer: { title: "Questions and gaps", parts: statsLines(reply).map((l) => line(escapeText(l))) } };
    case "corrections":
      return { personal: true, answer: { title: "Corrections", parts: correctionsLines(reply).map((l) => line(escapeText(l))) } };
    default:
      return assertNever(reply);
  }
}
