// Lays an answer out as Block Kit inside Slack's limits: a header, the entries (a section for the
// passage or quotation, a context line for who and where), and "N more" where the rest did not fit.
import { clipEscaped, clipMarkup, inlineCode, mention } from "./escape.js";
import { SLACK } from "./limits.js";

export type Visibility = "ephemeral" | "in_channel";

interface Mrkdwn {
  type: "mrkdwn";
  text: string;
  /** No automatic links, channel names or mentions in corpus and user text. */
  verbatim: true;
}
interface PlainText {
  type: "plain_text";
  text: string;
  emoji: boolean;
}
export interface ShareButton {
  type: "button";
  action_id: string;
  text: PlainText;
  value: string;
}

export type SlackBlock =
  | { type: "header"; text: PlainText }
  | { type: "section"; text: Mrkdwn }
  | { type: "context"; elements: Mrkdwn[] }
  | { type: "actions"; elements: ShareButton[] };

export interface SlackMessage {
  /** Shown in notifications and where blocks cannot be: readable on its own. */
  text: string;
  blocks: SlackBlock[];
  response_type: Visibility;
  /** How many pages the whole answer takes; more than one needs a key to page with. */
  pages?: number;
}

/** The page of a kept answer to show; `key` is what its buttons carry back. */
export interface Paging {
  key: string;
  page: number;
}

/** The `action_id`s of the Previous and Next buttons; their `value` is "<key>:<page>". */
export const PAGE_ACTIONS = { previous: "page_answer_previous", next: "page_answer_next" } as const;

/** Slack markup, already escaped: what the renderer hands the layout. */
export type Part =
  | { kind: "entry"; body: string; notes: string[] }
  | { kind: "line"; text: string };

export interface Answer {
  /** Plain words; escaped here. */
  title: string;
  parts: Part[];
  /** Items the command itself left out (a timeline's tail). */
  more?: number;
}

export interface Framing {
  /** The command line, echoed under the header. */
  line?: string;
  /** Who asked, when others see the answer. */
  askedBy?: string;
  /** The button to add, for an ephemeral answer its asker may share. */
  share?: ShareButton;
}

const mrkdwn = (text: string): Mrkdwn => ({ type: "mrkdwn", text, verbatim: true });
const context = (...texts: string[]): SlackBlock => ({
  type: "context",
  elements: texts.slice(0, SLACK.contextElements).map((t) => mrkdwn(clipMarkup(t, SLACK.textObject))),
});
const section = (text: string): SlackBlock => ({ type: "section", text: mrkdwn(clipMarkup(text, SLACK.sectionText)) });

/** The echoed command line: short, and inline code so nothing in it turns into markup. */
export function echoLine({ line, askedBy }: Framing): string | undefined {
  if (!line) return undefined;
  const shown = inlineCode(line.length > 300 ? `${line.slice(0, 299)}…` : line);
  const who = mention(askedBy);
  return who ? `${who} asked ${shown}` : shown;
}

export function layOut(answer: Answer, framing: Framing, visibility: Visibility, paging?: Paging): SlackMessage {
  const head: SlackBlock[] = [{ type: "header", text: { type: "plain_text", text: clipEscaped(answer.title, SLACK.headerText), emoji: false } }];
  const echo = echoLine(framing);
  if (echo) head.push(context(echo));
  const tail: SlackBlock[] = framing.share ? [{ type: "actions", elements: [framing.share] }] : [];
  // Pages keep two blocks free: "Page 2 of 5" and the buttons.
  const starts = pageStarts(answer.parts, SLACK.blocks - head.length - tail.length - 2);
  const title = clipEscaped(answer.title, SLACK.headerText);
  if (paging && starts.length > 1) {
    const page = Math.min(Math.max(paging.page, 0), starts.length - 1);
    const parts = answer.parts.slice(starts[page], starts[page + 1] ?? answer.parts.length);
    const { body, fallback } = fit(parts, SLACK.blocks - head.length - tail.length - 2);
    const counter = context(`Page ${page + 1} of ${starts.length}${answer.more ? ` (and ${answer.more} more the command left out)` : ""}`);
    const text = clipMarkup([title, ...fallback].join("\n"), SLACK.fallbackText);
    return { text, blocks: [...head, ...body, counter, pageButtons(paging.key, page, starts.length), ...tail], response_type: visibility, pages: starts.length };
  }
  // One block stays free for the "N more" line.
  const { body, fallback, shown } = fit(answer.parts, SLACK.blocks - head.length - tail.length - 1);
  const more = (answer.more ?? 0) + (answer.parts.length - shown);
  const moreLine = more > 0 ? [context(`…and ${more} more not shown. Narrow the question to see them.`)] : [];
  const text = clipMarkup([title, ...fallback].join("\n"), SLACK.fallbackText);
  return { text, blocks: [...head, ...body, ...moreLine, ...tail], response_type: visibility, pages: starts.length };
}

/** Where each page starts: as many parts as fit in `room` blocks, page after page. */
function pageStarts(parts: readonly Part[], room: number): number[] {
  const starts: number[] = [];
  for (let start = 0; start < parts.length; ) {
    starts.push(start);
    start += Math.max(1, fit(parts.slice(start), room).shown);
  }
  return starts.length > 0 ? starts : [0];
}

function pageButtons(key: string, page: number, pages: number): SlackBlock {
  const button = (action_id: string, label: string, target: number): ShareButton => ({
    type: "button",
    action_id,
    text: { type: "plain_text", text: label, emoji: false },
    value: `${key}:${target}`,
  });
  return {
    type: "actions",
    elements: [
      ...(page > 0 ? [button(PAGE_ACTIONS.previous, "◀ Previous", page - 1)] : []),
      ...(page < pages - 1 ? [button(PAGE_ACTIONS.next, "Next ▶", page + 1)] : []),
    ],
  };
}

/** The blocks for as many parts as fit in `room`, their plain text, and how many parts that was. */
function fit(parts: readonly Part[], room: number): { body: SlackBlock[]; fallback: string[]; shown: number } {
  const body: SlackBlock[] = [];
  const fallback: string[] = [];
  let shown = 0;
  let i = 0;
  while (i < parts.length) {
    const part = parts[i] as Part;
    if (part.kind === "entry") {
      const needed = part.notes.length > 0 ? 2 : 1;
      if (body.length + needed > room) break;
      body.push(section(part.body));
      if (part.notes.length > 0) body.push(context(...part.notes));
      fallback.push([part.body, ...part.notes].join(" — "));
      i += 1;
      shown += 1;
      continue;
    }
    // Consecutive lines share a section, as many as fit in its text.
    if (body.length + 1 > room) break;
    const lines: string[] = [];
    let length = 0;
    while (i < parts.length) {
      const next = parts[i] as Part;
      if (next.kind !== "line") break;
      const text = clipMarkup(next.text, SLACK.sectionText);
      if (lines.length > 0 && length + 1 + text.length > SLACK.sectionText) break;
      lines.push(text);
      length += text.length + 1;
      i += 1;
      shown += 1;
    }
    body.push(section(lines.join("\n")));
    fallback.push(...lines);
  }
  return { body, fallback, shown };
}

/** A failure or a short notice: one section, with the echoed line when there is one. */
export function layOutNotice(markup: string, framing: Framing, visibility: Visibility): SlackMessage {
  const echo = echoLine(framing);
  return {
    text: clipMarkup(markup, SLACK.fallbackText),
    blocks: [section(markup), ...(echo ? [context(echo)] : [])],
    response_type: visibility,
  };
}
