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

  // The headline: the first line that reads like one. Short lines before it are the masthead.
  const candidates = byline ? firstLines.filter((l) => l.index < byline.index) : firstLines.slice(0, 3);
  // A two-word line is more often a masthead than a headline: it is the headline only when nothing longer is.
  const headline = (minWords: number) =>
    candidates.find((l, i) => looksLikeHeadline(l.text, minWords) && isStandalone(lines, l.index, i === 0 && !byline));
  const title = headline(3) ?? headline(1);
  if (title) {
    header.title = title.text;
    headerEnd = Math.max(headerEnd, title.index);
    // A headline printed twice is one headline.
    for (const l of firstLines) if (l.index > title.index && l.text === title.text) headerEnd = Math.max(headerEnd, l.index);
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
