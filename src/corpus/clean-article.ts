// From a raw article file to a headline, byline facts and clean paragraphs. General rules only:
// nothing here knows any particular site or file.
import { readHeader } from "./article-header.js";
import { normalizeText } from "./normalize-text.js";
import { announcesRelatedLinks, isFurniture } from "./page-furniture.js";
import { rejoinLines } from "./rejoin-lines.js";
import { isDateLine } from "./text-dates.js";

export interface CleanArticle {
  title?: string;
  author?: string;
  /** A full date the article's header or dateline wrote out. */
  published?: string;
  paragraphs: string[];
}

// Short links a wire service prints inline: "(reut.rs/2nnzv98)", "(bit.ly/abc)".
const INLINE_LINK = /\s*\((?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s)]*\)/gi;
const TERMINAL = /[.!?:;…](?:["”’')\]]+)?$|["”]$/;

export function cleanArticle(raw: string): CleanArticle {
  const lines = normalizeText(raw)
    .split("\n")
    .map((l) => l.replace(INLINE_LINK, "").trim());
  blankOutFurniture(lines);
  const header = readHeader(lines);
  const body = lines.slice(header.bodyStart);
  let paragraphs = rejoinLines(body.join("\n"))
    .map((p) => p.trim())
    // A paragraph that is only a date stamp (a live page's "Tuesday 18 January 2022 17:53 GMT") says
    // nothing happened: it is never an event.
    .filter((p) => p !== "" && !isFurniture(p) && !isSubhead(p) && p !== header.title && !(p.length <= 60 && isDateLine(p)));
  paragraphs = dropRepeats(paragraphs);
  return {
    ...(header.title && { title: header.title }),
    ...(header.author && { author: header.author }),
    ...(header.published && { published: header.published }),
    paragraphs,
  };
}

/**
 * Furniture lines become blank lines (they separate what was around them). After a "Read more"-style
 * line, the headlines of other stories that follow it go too, up to the next real sentence.
 */
function blankOutFurniture(lines: string[]): void {
  let inRelatedLinks = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") continue;
    if (announcesRelatedLinks(line) || /^read more\b/i.test(line)) {
      inRelatedLinks = true;
      lines[i] = "";
    } else if (isFurniture(line)) {
      lines[i] = "";
    } else if (inRelatedLinks && isLinkHeadline(line, lines[i + 1])) {
      lines[i] = "";
    } else {
      inRelatedLinks = false;
    }
  }
}

/** A related story's headline: a short line with no sentence end, standing alone. */
function isLinkHeadline(line: string, next: string | undefined): boolean {
  const words = line.split(/\s+/).length;
  return words <= 20 && !TERMINAL.test(line) && (next === undefined || next === "" || /^[\p{Lu}"“]/u.test(next));
}

/** "POLITICS, OR SOMETHING NEW?": a section heading in capitals, not part of the story's sentences. */
function isSubhead(paragraph: string): boolean {
  if (paragraph.length > 120) return false;
  const letters = paragraph.replace(/\P{L}/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase() && paragraph.split(/\s+/).length <= 10;
}

/** A paragraph printed twice (a pull quote, a "highlights" box) keeps its last place, in the body. */
function dropRepeats(paragraphs: string[]): string[] {
  const lastIndex = new Map(paragraphs.map((p, i) => [p, i]));
  return paragraphs.filter((p, i) => lastIndex.get(p) === i);
}
