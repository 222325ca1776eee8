// A saved web page read as a news article: the page's declarations for the facts about it
// (html-metadata.ts), Readability for which part of the page is the story, and the furniture around
// the story (menus, share buttons, captions, advertisements) left out. Nothing here knows any one site.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { clean, dayOf, firstOfEach, readMetadata, type DomDocument, type DomElement, type PageMetadata } from "./html-metadata.js";
import { isFurniture } from "./page-furniture.js";
import { isDateLine } from "./text-dates.js";

export interface HtmlArticle {
  /** The headline. */
  title?: string;
  /** "Jane Smith", or "Jane Smith and Tom Lee". */
  author?: string;
  /** "YYYY-MM-DD". */
  published?: string;
  /** "The Daily Courier". */
  publisher?: string;
  /** The canonical http(s) link. */
  url?: string;
  /** The article body, one string per paragraph, whitespace collapsed. */
  paragraphs: string[];
}

/** Whether a text looks like HTML rather than plain text (starts, after BOM/whitespace/comments, with <!doctype or <html, or has <head>/<body>/<p> tags in its first 2 KB). */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2048);
  const opening = start.replace(/^\uFEFF?(?:\s+|<!--[\s\S]*?-->)*/, "");
  return /^<(!doctype\s+html|html[\s>])/i.test(opening) || /<(head|body|p)(\s[^<>]*)?>/i.test(start);
}

/** `html` read as a news article; `options.url` is where it was fetched from. Never throws. */
export function readHtmlArticle(html: string, options: { url?: string } = {}): HtmlArticle {
  if (typeof html !== "string" || html.trim() === "") return { paragraphs: [] };
  const limited = limitNesting(html);
  let doc: DomDocument | undefined;
  let metadata: PageMetadata = {};
  try {
    doc = parse(limited.html);
    metadata = readMetadata(doc, html, options.url);
  } catch {
    // Metadata is a bonus: the body is still worth reading without it.
  }
  let body: Body = { paragraphs: [] };
  try {
    body = readBody(limited.html, limited.tags <= MAX_READABILITY_TAGS, doc);
  } catch {
    // A page that breaks Readability and the fallback both is a page without an article.
  }
  const paragraphs = [...body.paragraphs];
  const header = takeHeaderLines(paragraphs, metadata.title, metadata.author);
  const facts = firstOfEach([metadata, { author: bylineName(body.byline) }, header]);
  return { ...facts, paragraphs: dropRepeats(paragraphs) };
}

// Browsers stop nesting elements at 512 levels; linkedom and Readability slow down long before that (a
// page of 100,000 nested <div>s takes minutes to parse). Tags that would open deeper are dropped, their
// text kept. Void elements, and those the parser closes by itself when left open (<p>, <li>, <td>), are
// not counted: an old page's hundreds of unclosed <p>s are not nesting.
const MAX_DEPTH = 200;
// A long live blog has some 20,000 elements. Far beyond that, Readability's scoring takes tens of seconds
// and the plain paragraphs are as good a guess.
const MAX_READABILITY_TAGS = 60_000;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g;
const FLAT = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li", "dt", "dd", "option", "tr", "td", "th"]);

/** `html` with nesting cut at MAX_DEPTH, and how many tags it opens. */
function limitNesting(html: string): { html: string; tags: number } {
  let depth = 0;
  let dropped = 0;
  let tags = 0;
  const limited = html.replace(TAG, (tag, close: string, name: string) => {
    if (!close) tags++;
    if (FLAT.has(name.toLowerCase()) || tag.endsWith("/>")) return tag;
    if (close) {
      if (dropped > 0) {
        dropped--;
        return "";
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth < MAX_DEPTH) {
      depth++;
      return tag;
    }
    dropped++;
    return "";
  });
  return { html: limited, tags };
}

/** linkedom makes the first element of a fragment its document element; a page needs <html> and <body>. */
function parse(html: string): DomDocument {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  if (document.documentElement?.tagName === "HTML") return document;
  return (parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: DomDocument }).document;
}

interface Body {
  paragraphs: string[];
  byline?: string;
}

/** The story's paragraphs; `doc` is the page as parsed, which only the fallback reads. */
function readBody(html: string, useReadability: boolean, doc: DomDocument | undefined): Body {
  let article: { content?: DomElement | null; byline?: string | null } | null = null;
  try {
    if (useReadability) {
      // Readability rewrites the document it reads, so it gets a copy of its own.
      const copy = parse(html);
      if (copy.body) removeFurniture(copy.body, false);
      article = new Readability<DomElement>(copy, { keepClasses: true, serializer: (node) => node as DomElement }).parse();
    }
  } catch {
    // Readability gives up on some broken pages by throwing; the plain paragraphs are still there.
  }
  const byline = article?.byline ?? undefined;
  let paragraphs = article?.content ? blocksOf(article.content, "p, blockquote, li, pre") : [];
  // Readability's pick is trusted unless it is short (or it gave up): then the plain paragraphs of the
  // likeliest container, when they hold more, are the better guess at the story.
  if (doc && lengthOf(paragraphs) < 500) {
    const root = doc.querySelector("article") ?? doc.querySelector("main") ?? doc.body;
    const plain = root ? blocksOf(root, "p") : [];
    if (lengthOf(plain) > lengthOf(paragraphs)) paragraphs = plain;
  }
  return { paragraphs, ...(byline && { byline }) };
}

function lengthOf(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + p.length, 0);
}

const FURNITURE_TAGS = "figure, figcaption, aside, nav, footer, form, button, [class], [id]";
// Words in class names and ids that mark what sits around a story. Matched as whole words of the name
// ("share-bar", "story__byline", "adSlot"), never inside one ("header", "shadow", "loading", "subscriber").
const FURNITURE_WORDS =
  /^(share|sharing|social|related|newsletter|promo|ad|ads|advert|adverts|advertisement|sponsor|sponsored|caption|comment|comments|cookie|cookies|consent|gdpr|subscribe|signup|breadcrumb|breadcrumbs)$/;
const BYLINE_WORDS = /^(byline|bylines)$/;

/**
 * Takes the furniture out from under `root`: by tag, or by the words of its class and id. Readability
 * moves and renames elements, losing their classes, so its copy of the page is cleaned before it reads
 * it; bylines stay in that copy, for Readability to find the author in, and go from what it returns.
 */
function removeFurniture(root: DomElement, bylinesToo: boolean): void {
  const whole = visibleLength(root);
  for (const element of root.querySelectorAll(FURNITURE_TAGS)) {
    // Whatever holds most of the text is the story itself, whatever its class says ("post has-ads").
    if (isFurnitureElement(element, bylinesToo) && visibleLength(element) < whole / 2) element.remove();
  }
}

/** The length of the text a reader sees: a page's inline scripts can outweigh its story. */
function visibleLength(element: DomElement): number {
  let length = (element.textContent ?? "").length;
  for (const hidden of element.querySelectorAll("script, style, noscript, template")) length -= (hidden.textContent ?? "").length;
  return length;
}

function isFurnitureElement(element: DomElement, bylinesToo: boolean): boolean {
  if (/^(FIGURE|FIGCAPTION|ASIDE|NAV|FOOTER|FORM|BUTTON)$/.test(element.tagName.toUpperCase())) return true;
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  return names
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((word) => FURNITURE_WORDS.test(word) || (bylinesToo && BYLINE_WORDS.test(word)));
}

/** The text of the innermost `selectors` blocks under `root`, in document order, furniture removed first. */
function blocksOf(root: DomElement, selectors: string): string[] {
  removeFurniture(root, true);
  for (const br of root.querySelectorAll("br")) br.replaceWith(" ");
  const blocks = [...root.querySelectorAll(selectors)];
  // A blockquote of paragraphs gives its paragraphs; a list item holding a paragraph gives the paragraph.
  const isBlock = new Set(blocks);
  const holders = new Set<DomElement>();
  for (const block of blocks) {
    for (let up = block.parentElement; up && up !== root && !holders.has(up); up = up.parentElement) {
      if (isBlock.has(up)) holders.add(up);
    }
  }
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const text = holders.has(block) ? "" : clean(block.textContent);
    if (text && !isPageFurniture(text)) paragraphs.push(text);
  }
  return paragraphs;
}

// Furniture the text reader's list does not hold, because in a text file it would be a real sentence's start.
const HTML_FURNITURE = [/^(photograph|photo|picture|image)( credit)?: .{0,150}$/i, /^sign up\b.{0,150}$/i];

function isPageFurniture(paragraph: string): boolean {
  // Without a letter it is a live blog's "21:04", a slide counter's "3/12" or a bare glyph, never prose.
  if (!/\p{L}/u.test(paragraph)) return true;
  return isFurniture(paragraph) || (paragraph.split(" ").length <= 25 && HTML_FURNITURE.some((p) => p.test(paragraph)));
}

// "By Tom Okoro", "By Jane Smith and Tom Lee": "By", then capitalised names, and no sentence.
const BY_LINE = /^(?:By|BY|Written by|Words by)\s+(\p{Lu}[^.!?;]{1,80})$/u;

/** The name in Readability's byline, which is whatever text sat in an element it took for one. */
function bylineName(byline: string | undefined): string | undefined {
  // "By Jo Bell | 12 March 2024 | 10:04": the name is before the first separator.
  const text = clean(byline).split(/\s[|•·–—-]\s/)[0] ?? "";
  // A "dateline" element is a byline to Readability, and a profile link is no name.
  if (!text || text.length > 100 || /^(https?:|www\.)/i.test(text) || isDateLine(text)) return undefined;
  return BY_LINE.exec(text)?.[1] ?? text;
}

/**
 * The lines above the story that Readability left in: the headline again, the byline, the date stamp.
 * They are taken out of `paragraphs`, and the byline and date are kept for a page that declared neither.
 */
function takeHeaderLines(paragraphs: string[], title: string | undefined, author: string | undefined): PageMetadata {
  const found: PageMetadata = {};
  const key = (s: string) => s.toLowerCase().replace(/^by\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
  for (let taken = 0; taken < 4 && paragraphs.length > 0; taken++) {
    const first = paragraphs[0]!;
    const bare = first.replace(/^[\s•·|–—-]+|[\s•·|–—-]+$/g, "");
    const byline = BY_LINE.exec(bare);
    if (byline && bare.split(" ").length <= 12) found.author ??= byline[1];
    else if (isDateLine(bare)) found.published ??= dayOf(bare);
    else if (!(title && key(first) === key(title)) && !(author && key(first) === key(author))) break;
    paragraphs.shift();
  }
  return found;
}

/** A paragraph printed twice (a pull quote, a "highlights" box) keeps its last place, in the body. */
function dropRepeats(paragraphs: string[]): string[] {
  const lastIndex = new Map(paragraphs.map((p, i) => [p, i]));
  return paragraphs.filter((p, i) => lastIndex.get(p) === i);
}
