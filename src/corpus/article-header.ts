// The top of an article: masthead, headline (sometimes repeated), standfirst, byline and date stamp.
// Only the headline and the byline's facts are kept; the body starts after them.
import { fullDateIn, isDateLine } from "./text-dates.js";

export interface ArticleHeader {
  title?: string;
  author?: string;
  /** A date the header wrote out in full. */
  published?: string;
  /** Index of the first line of the body. */
  bodyStart: number;
}

const TERMINAL = /[.!?:;](?:["”’')\]]+)?$/;
const BYLINE = /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
const HEADER_LINES = 10;

function words(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** A headline: a few words, and either no sentence-ending stop or Headline Style Capitals. */
export function looksLikeHeadline(line: string, minWords = 3): boolean {
  const all = line.split(/\s+/).filter(Boolean);
  if (all.length < minWords || all.length > 30) return false;
  // "WASHINGTON (AP) — The Latest on Super Tuesday:" introduces what follows; no headline ends on a colon.
  if (/:["”’']?$/.test(line)) return false;
  if (!/[.:;,]["”’']?$/.test(line)) return true;
  const long = all.filter((w) => w.replace(/\P{L}/gu, "").length > 3);
  return long.length > 0 && long.filter((w) => /^["“‘']?\p{Lu}/u.test(w)).length >= long.length * 0.7;
}

export function readHeader(lines: readonly string[]): ArticleHeader {
  const header: ArticleHeader = { bodyStart: 0 };
  const firstLines = lines
    .map((text, index) => ({ text, index }))
    .filter((l) => l.text !== "")
    .slice(0, HEADER_LINES);

  // A byline near the top ends the header; the lines after it that only finish its date ("10:04PM") go with it.
  const byline = firstLines.find((l) => BYLINE.test(l.text) && words(l.text) <= 20);
  let headerEnd = -1;
  if (byline) {
    header.author = BYLINE.exec(byline.text)?.[1]?.replace(/\s+(Political|Chief|Senior|Home|Foreign|Security|Technology)$/, "");
    let stamp = byline.text;
    headerEnd = byline.index;
    for (const next of firstLines.filter((l) => l.index > byline.index)) {
      if (!isDateLine(next.text) && !/^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s+\w{2,4})?$/i.test(next.text)) break;
      stamp += ` ${next.text}`;
      headerEnd = next.index;
    }
    const date = fullDateIn(stamp);
    if (date) header.published = date;
  }

  // The headline: the first line that reads like one. Short lines before it are the masthead. A line
  // that is only a date ("March 26, 2017") is the dateline, never the headline.
  const candidates = (byline ? firstLines.filter((l) => l.index < byline.index) : firstLines).filter((l) => !isDateLine(l.text));
  // Without a byline, only the first three lines may be the headline: a later line taken for it would
  // throw away the story above it as masthead.
  if (!byline) candidates.splice(3);
  // A two-word line is more often a masthead than a headline: it is the headline only when nothing longer is.
  const headline = (minWords: number) =>
    candidates.find((l, i) => looksLikeHeadline(l.text, minWords) && isStandalone(lines, l.index, i === 0 && !byline));
  const title = headline(3) ?? headline(1);
  if (title) {
    header.title = title.text;
    headerEnd = Math.max(headerEnd, title.index);
    // A headline printed twice is one headline.
    for (const l of firstLines) if (l.index > title.index && l.text === title.text) headerEnd = Math.max(headerEnd, l.index);
    // Date lines above the headline are its dateline.
    for (const l of firstLines.filter((x) => x.index < title.index && isDateLine(x.text))) header.published ??= fullDateIn(l.text);
    if (!byline) {
      const plain = plainByline(firstLines.filter((l) => l.index > headerEnd));
      if (plain) {
        header.author = plain.author;
        header.published ??= plain.published;
        headerEnd = plain.end;
      }
    }
  }
  // Date stamps right after the headline belong to the header too.
  for (const l of firstLines.filter((x) => x.index > headerEnd)) {
    if (!isDateLine(l.text)) break;
    header.published ??= fullDateIn(l.text);
    headerEnd = l.index;
  }
  header.bodyStart = headerEnd + 1;
  return header;
}

/**
 * A headline stands on its own line: the next line does not carry on its sentence. The first line of a
 * hard-wrapped text without a headline ("British" / "officials have demanded…") carries on in lower case.
 */
function isStandalone(lines: readonly string[], index: number, mustBeFollowedByCapital: boolean): boolean {
  const next = lines.slice(index + 1).find((l) => l !== "");
  if (next === undefined) return false;
  if (/^[a-z]/.test(next)) return false;
  return !mustBeFollowedByCapital || lines[index + 1] === "" || /^[\p{Lu}"“‘'(]/u.test(next) || TERMINAL.test(lines[index] ?? "");
}

// "Jo Bell", "Jo Bell, transport correspondent": a name (two to four capitalised words) and an optional
// role after a comma, with no "By" before it.
const PLAIN_NAME = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)){1,3})(?:,\s*((?:[\p{Ll}&]+\s*){1,5}))?(?:\s+(.*))?$/u;

/**
 * A byline without "By" right under the headline. Only a date stamp makes a name a byline: "Jo Bell" then
 * "Tuesday 18 January 2022 17:53 GMT", or "Jo Bell, political editor 26 MARCH 2017 • 10:04PM" on one
 * line. A name and a role with no date could be the story's first words, and is left to the body.
 */
function plainByline(after: readonly { text: string; index: number }[]): { author: string; published?: string; end: number } | undefined {
  const [line, next, third] = after;
  if (!line) return undefined;
  const m = PLAIN_NAME.exec(line.text);
  if (!m || TERMINAL.test(m[1] ?? "")) return undefined;
  const author = m[1]!;
  const rest = m[3]?.trim();
  // The stamp on the same line: what follows the name (and role) is a date and nothing else.
  if (rest) return isStamp(rest) ? { author, ...dated(rest), end: line.index } : undefined;
  // The stamp on the next line, or after a short role line ("Technology reporter").
  if (next && isStamp(next.text)) return { author, ...dated(next.text), end: extendStamp(after, 1) };
  if (next && third && isRoleLine(next.text) && isStamp(third.text)) return { author, ...dated(third.text), end: extendStamp(after, 2) };
  return undefined;
}

function isStamp(text: string): boolean {
  return isDateLine(text.replace(/[•|·]\s*\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s+\w{2,4})?\s*$/i, "").replace(/[\s•|·]+$/, ""));
}

function dated(stamp: string): { published?: string } {
  const date = fullDateIn(stamp);
  return date ? { published: date } : {};
}

/** The stamp's own last line: a time alone on the line after it ("10:04PM") goes with it. */
function extendStamp(after: readonly { text: string; index: number }[], at: number): number {
  const following = after[at + 1];
  return following && /^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s+\w{2,4})?$/i.test(following.text) ? following.index : after[at]!.index;
}

/** "Technology reporter", "Political editor": a few words, no sentence, no date. */
function isRoleLine(text: string): boolean {
  return text.split(/\s+/).length <= 5 && !TERMINAL.test(text) && !/\d/.test(text);
}

