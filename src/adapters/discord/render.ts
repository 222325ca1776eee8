// How a reply looks on Discord: embeds with the quotation or passage, who said it, and a footer citing
// the article. Pure: no client, no network, tested offline.
import { assertNever } from "../../core/assert-never.js";
import type { Speaker } from "../../analysis/quotes/quote-index.js";
import type { Source } from "../../corpus/citation.js";
import type { OkReply, Reply } from "../../core/reply.js";
import { citationText, readableDate } from "../shared/citation-text.js";
import { candidatesOf, mayShowInChannel } from "../shared/failures.js";
import { addedSummary, reloadSummary, speakerLabel, statsLines, correctionsLines } from "../shared/summaries.js";
import { DISCORD, clip, fitLines, moreNote } from "./limits.js";
import { onePage, pages, type DiscordEmbed } from "./pack-embeds.js";

export type { DiscordEmbed } from "./pack-embeds.js";

export const NO_PINGS = { parse: [] } as const; // a quoted "@everyone" must stay text

/** Long lists (/timeline, /quotes) show this many entries a page, fewer when they are long. */
export const PAGE_SIZE = 5;

export interface DiscordAnswer {
  /** Text above the embeds, the same on every page: notes, "… and N more", a failure's message. */
  content?: string;
  /** At least one page; more than one only for the lists that page with buttons. */
  pages: DiscordEmbed[][];
  ephemeral: boolean;
  allowedMentions: typeof NO_PINGS;
}

export interface Visibility {
  /** The asker's `private` option, when they gave one. */
  private?: boolean | undefined;
  /** DISCORD_DEFAULT_PRIVATE. */
  defaultPrivate: boolean;
}

export function renderForDiscord(reply: Reply, visibility: Visibility): DiscordAnswer {
  // How a plain-words question was read, before the answer: a wrong reading shows at once.
  const readAs = reply.readAs ? [`*${md(reply.readAs.understood)}*`, ...(reply.readAs.note ? [md(reply.readAs.note)] : [])] : [];
  if (reply.status !== "ok") {
    const lines = [...readAs, md(reply.message), ...candidatesOf(reply).map((c) => `• ${md(speakerLabel(c))}`)];
    return {
      content: fitLines(lines, DISCORD.content),
      pages: [[]],
      // Mistakes, refusals and errors go to the asker alone; a "no match" may interest the channel.
      ephemeral: !mayShowInChannel(reply) || (visibility.private ?? visibility.defaultPrivate),
      allowedMentions: NO_PINGS,
    };
  }
  const { notes, embeds, paged } = partsFor(reply);
  const shown = paged ? { pages: pages(embeds, PAGE_SIZE), left: 0 } : one(embeds);
  const content = [...readAs, ...(reply.message ? [md(reply.message)] : []), ...notes, ...(shown.left > 0 ? [moreNote(shown.left)] : [])];
  return {
    ...(content.length > 0 && { content: clip(content.join("\n"), DISCORD.content) }),
    pages: shown.pages.length > 0 ? shown.pages : [[]],
    // Usage help concerns the asker alone, unless they ask to share it.
    ephemeral: visibility.private ?? (reply.command === "help" || visibility.defaultPrivate),
    allowedMentions: NO_PINGS,
  };
}

function one(embeds: DiscordEmbed[]): { pages: DiscordEmbed[][]; left: number } {
  const page = onePage(embeds);
  return { pages: [page.embeds], left: page.left };
}

interface Parts {
  /** Lines of message text, already escaped. */
  notes: string[];
  embeds: DiscordEmbed[];
  paged?: boolean;
}

// One case per command: a command without one fails the type check.
function partsFor(reply: OkReply): Parts {
  switch (reply.command) {
    case "ask":
      return {
        notes: [],
        embeds: reply.results.map((r) => ({
          ...heading(r.sources),
          description: emphasised(r.text, r.highlight),
          footer: { text: citationText(r.sources) },
        })),
      };
    case "sources":
      return {
        notes: [],
        embeds: [
          {
            title: `Sources: ${count(reply.documents.length, "article")}`,
            description: fitLines(
              reply.documents.map((d) => {
                const about = [d.publisher, d.published && readableDate(d.published)].filter(Boolean).join(", ");
                return `• ${link(d.title, d.url)}${about ? ` — ${md(about)}` : ""} · ${count(d.passages, "passage")}`;
              }),
              DISCORD.embedDescription,
            ),
          },
        ],
      };
    case "help": {
      const fields = reply.commands.map((c) => ({
        name: md(`/${c.name}${c.moderatorOnly ? " (moderators)" : ""}`),
        value: [
          md(c.description),
          code(c.usage),
          ...c.options.map((o) => `• ${md(o.name)}: ${md(o.description)}${o.required ? "" : " (optional)"}`),
          ...c.examples.map((e) => `e.g. ${code(e)}`),
        ].join("\n"),
      }));
      const room = DISCORD.embedFields - 1;
      const shown = fields.length > DISCORD.embedFields ? [...fields.slice(0, room), { name: "…", value: moreNote(fields.length - room) }] : fields;
      return { notes: [], embeds: [{ title: "Commands", fields: shown, footer: { text: "Add private:true to any command to see the answer alone." } }] };
    }
    case "who-said":
      return {
        notes: [],
        embeds: reply.matches.map((m) => ({
          ...heading(m.sources),
          description: quoted(m.quote, m.marked),
          fields: [
            ...speakerFields(m.speaker),
            ...(m.alternatives?.length ? [{ name: "Or perhaps", value: md(m.alternatives.map(speakerLabel).join(", ")) }] : []),
          ],
          footer: { text: citationText(m.sources) },
        })),
      };
    case "quotes":
      return {
        notes: [
          `${md(speakerLabel(reply.speaker))}: ${count(reply.quotes.length, "quotation")}`,
          ...(reply.candidates?.length ? [`Also matching: ${md(reply.candidates.map(speakerLabel).join(", "))}`] : []),
        ],
        embeds: reply.quotes.map((q) => ({
          ...heading(q.sources),
          description: quoted(q.quote),
          fields: speakerFields(reply.speaker),
          footer: { text: citationText(q.sources) },
        })),
        paged: true,
      };
    case "speakers":
      return {
        notes: [],
        embeds: [
          {
            title: `Speakers: ${reply.speakers.length}`,
            description: fitLines(
              reply.speakers.map((s) => `• **${md(s.name)}**${s.role ? ` (${md(s.role)})` : ""}: ${count(s.quotes, "quotation")}`),
              DISCORD.embedDescription,
            ),
          },
        ],
      };
    case "timeline":
      return {
        notes: [`${count(reply.events.length, "event")}${reply.more > 0 ? `, ${moreNote(reply.more).replace(/^… /, "")} not shown` : ""}`],
        embeds: reply.events.map((e) => ({
          title: e.date ? readableDate(e.date) : "Undated",
          ...linkOf(e.sources),
          description: escaped(e.text, DISCORD.embedDescription),
          ...(e.people?.length && { fields: [{ name: "People", value: md(e.people.join(", ")), inline: true }] }),
          footer: { text: `“${e.expression}” · ${citationText(e.sources)}` },
        })),
        paged: true,
      };
    case "reload":
      return {
        notes: [],
        embeds: [
          {
            title: "Corpus reloaded",
            description: fitLines(
              [md(reloadSummary(reply.report)), ...reply.report.rejected.map((r) => `• skipped ${md(r.reason)}`)],
              DISCORD.embedDescription,
            ),
          },
        ],
      };
    case "add":
      return {
        notes: [],
        embeds: [
          {
            title: "Article added",
            description: fitLines([...addedSummary(reply.article), ...(reply.message ? [reply.message] : [])].map((l) => md(l)), DISCORD.embedDescription),
          },
        ],
      };
    case "stats":
      return { notes: [], embeds: [{ title: "Questions and gaps", description: fitLines(statsLines(reply).map((l) => md(l)), DISCORD.embedDescription) }] };
    case "corrections":
      return { notes: [], embeds: [{ title: "Corrections", description: fitLines(correctionsLines(reply).map((l) => md(l)), DISCORD.embedDescription) }] };
    default:
      return assertNever(reply);
  }
}

/**
 * Corpus text is shown as written: its `*`, `_`, `>` or `[x](y)` must not turn into formatting.
 * One linear pass per rule: discord.js's escapeMarkdown takes a fifth of a second on a long quotation,
 * and an answer has three seconds in all.
 */
export function md(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, "\\$&")
    // <@id>, <@&role>, <#channel>, <t:0:R>, </command:id>, <:emoji:id>: Discord's angle-bracket syntax
    // would render as a pill or a live timestamp (allowed mentions keep it from pinging, not from showing).
    .replace(/<(?=[@#:/]|t:|a:)/g, "\\<")
    .replace(/^([ \t]*)(#{1,3}|>>>|>|-#|-|\+)(?=\s|$)/gm, "$1\\$2")
    .replace(/^([ \t]*\d+)\.(?=\s)/gm, "$1\\.");
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "ʼ")}\``;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-GB")} ${noun}${n === 1 ? "" : "s"}`;
}

/** The article's title as the embed title, linked when the article has a usable address. */
function heading(sources: readonly Source[]): Pick<DiscordEmbed, "title" | "url"> {
  const first = sources[0];
  return first ? { title: md(first.title), ...linkOf(sources) } : {};
}

function linkOf(sources: readonly Source[]): Pick<DiscordEmbed, "url"> {
  const url = safeUrl(sources.find((s) => s.url)?.url);
  return url ? { url } : {};
}

function link(title: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe ? `[${md(title)}](${safe.replace(/\)/g, "%29")})` : md(title);
}

/** Discord refuses the whole message over one malformed embed URL: only well-formed http(s) links go in. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 2048) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function speakerFields(s: Speaker): NonNullable<DiscordEmbed["fields"]> {
  const role = [s.role, s.organization].filter(Boolean).join(", ");
  return [
    { name: "Speaker", value: md(s.name), inline: true },
    ...(role ? [{ name: "Role", value: md(role), inline: true }] : []),
  ];
}

/** A quotation in its marks, the marks kept even when the words are cut. */
function quoted(quote: string, marked?: { start: number; end: number }): string {
  const room = DISCORD.embedDescription - 2;
  return `“${marked ? emphasised(quote, quote.slice(marked.start, marked.end), marked.start, room) : escaped(quote, room)}”`;
}

/** Bolds `part` inside `text`, when it is there and the whole still fits: a cut must not split the bold. */
function emphasised(text: string, part: string, at = text.indexOf(part), max: number = DISCORD.embedDescription): string {
  if (part === "" || at < 0 || text.slice(at, at + part.length) !== part || text.length > max) return escaped(text, max);
  const bold = `${md(text.slice(0, at))}**${md(part)}**${md(text.slice(at + part.length))}`;
  return bold.length <= max ? bold : escaped(text, max);
}

/** Escaped and cut to `max`. Cut first as well: escaping a long text is slow, and only what is shown needs it. */
function escaped(text: string, max: number): string {
  return clip(md(clip(text, max)), max);
}
