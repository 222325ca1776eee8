// What a web page declares about its article: headline, author, date, publisher and link. A site's own
// markup is more exact than anything read from the visible text, so the declarations come first, most
// exact first (JSON-LD, then Open Graph and meta tags, then links and <time>), each field separately.
import { normalizeText } from "./normalize-text.js";
import { fullDateIn } from "./text-dates.js";

/** The little of the DOM these readers use: linkedom's own types come out as `any` without the DOM lib. */
export interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: DomElement | null;
  innerHTML: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  remove(): void;
  replaceWith(...nodes: string[]): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  createElement(tagName: string): DomElement;
}

export interface PageMetadata {
  title?: string;
  author?: string;
  /** "YYYY-MM-DD", the calendar day the page wrote. */
  published?: string;
  publisher?: string;
  /** Absolute http(s), without a fragment. */
  url?: string;
}

type Json = Record<string, unknown>;

/** `text` on one line: whitespace collapsed, invisible characters gone, as the text reader does. */
export function clean(text: string | null | undefined): string {
  return text ? normalizeText(text).replace(/\s+/g, " ").trim() : "";
}

const FIELDS = ["title", "author", "published", "publisher", "url"] as const;

/** For each field, the first layer that has it. */
export function firstOfEach(layers: readonly PageMetadata[]): PageMetadata {
  const out: PageMetadata = {};
  for (const field of FIELDS) {
    const value = layers.find((layer) => layer[field])?.[field];
    if (value) out[field] = value;
  }
  return out;
}

export function readMetadata(doc: DomDocument, html: string, pageUrl?: string): PageMetadata {
  const meta = metaTags(doc);
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute("href") ?? undefined;
  // "Save Page As" writes where the page came from in a comment above <html>.
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];
  const base = [pageUrl, savedFrom, meta.get("og:url"), canonical].map((u) => httpUrl(u)).find(Boolean);
  const found = firstOfEach([
    fromJsonLd(doc, base),
    fromMetaTags(meta, base),
    { url: httpUrl(canonical, base) ?? httpUrl(savedFrom) ?? httpUrl(pageUrl), published: firstTimeDay(doc) },
  ]);
  // The <title> is read last, because telling the headline from the site's name in it takes the publisher.
  return found.title ? found : firstOfEach([found, { title: titleOfPage(doc, found.publisher) }]);
}

// ---- JSON-LD ----

const ARTICLE_TYPES = new Set(["Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting"]);

function fromJsonLd(doc: DomDocument, base: string | undefined): PageMetadata {
  const nodes: Json[] = [];
  for (const script of doc.querySelectorAll("script")) {
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    try {
      collectNodes(JSON.parse(script.textContent ?? ""), nodes, 0);
    } catch {
      // One broken script (a stray quote, an HTML comment around the JSON) hides nothing in the others.
    }
  }
  const byId = new Map<string, Json>();
  for (const node of nodes) if (typeof node["@id"] === "string" && !byId.has(node["@id"])) byId.set(node["@id"], node);
  const resolve = (value: unknown): unknown => (isJson(value) && typeof value["@id"] === "string" && !("name" in value) ? (byId.get(value["@id"]) ?? value) : value);

  // A WebPage speaks for the article only when it carries article fields, and after any real article.
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  const pages = nodes.filter((n) => typesOf(n).includes("WebPage") && ("headline" in n || "author" in n || "datePublished" in n));
  return firstOfEach(
    [...articles, ...pages].map((a) => ({
      title: decoded(doc, stringOf(a["headline"]) ?? stringOf(a["name"])),
      author: joinNames(listOf(a["author"]).map((x) => decoded(doc, nameOf(resolve(x))))),
      published: dayOf(stringOf(a["datePublished"])),
      publisher: decoded(doc, listOf(a["publisher"]).map((x) => nameOf(resolve(x))).find(Boolean)),
      url: httpUrl(stringOf(a["url"]) ?? idOf(a["mainEntityOfPage"]), base),
    })),
  );
}

/** The objects of a script: itself, the items of a top-level array, the members of an @graph. */
function collectNodes(value: unknown, into: Json[], depth: number): void {
  if (depth > 3) return;
  if (Array.isArray(value)) for (const item of value) collectNodes(item, into, depth + 1);
  else if (isJson(value)) {
    into.push(value);
    if (value["@graph"]) collectNodes(value["@graph"], into, depth + 1);
  }
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "NewsArticle" from "NewsArticle", ["NewsArticle", "Article"], "schema:NewsArticle" or "https://schema.org/NewsArticle". */
function typesOf(node: Json): string[] {
  return listOf(node["@type"]).flatMap((t) => (typeof t === "string" ? [t.replace(/^.*[/:]/, "")] : []));
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value.slice(0, 50) : value === undefined || value === null ? [] : [value];
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value : undefined;
}

function nameOf(value: unknown): string | undefined {
  const name = typeof value === "string" ? value : isJson(value) ? stringOf(value["name"]) : undefined;
  // A profile link where a name should be says nothing about who wrote the piece.
  return name && !isLink(name) ? name : undefined;
}

function idOf(value: unknown): string | undefined {
  return stringOf(value) ?? (isJson(value) ? (stringOf(value["@id"]) ?? stringOf(value["url"])) : undefined);
}

/** JSON-LD strings are often written with HTML entities ("Tom &amp; Jerry") or tags; linkedom reads them. */
function decoded(doc: DomDocument, text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (!/[&<]/.test(text)) return clean(text) || undefined;
  const holder = doc.createElement("div");
  holder.innerHTML = text;
  return clean(holder.textContent) || undefined;
}

/** "Jane Smith", "Jane Smith and Tom Lee", "Jane Smith, Tom Lee and Ann Roe". */
function joinNames(names: readonly (string | undefined)[]): string | undefined {
  const unique = [...new Set(names.filter((n): n is string => !!n))];
  if (unique.length <= 1) return unique[0];
  return `${unique.slice(0, -1).join(", ")} and ${unique.at(-1)}`;
}

// ---- Open Graph and other meta tags ----

const DATE_KEYS = ["article:published_time", "date", "pubdate", "publish-date", "parsely-pub-date", "dc.date", "dc.date.issued", "sailthru.date", "datepublished"];

/** Each meta tag's content under its property, name and itemprop, lower-cased; the first tag of a key wins. */
function metaTags(doc: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const tag of doc.querySelectorAll("meta")) {
    const content = clean(tag.getAttribute("content") ?? tag.getAttribute("datetime"));
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = tag.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function fromMetaTags(meta: Map<string, string>, base: string | undefined): PageMetadata {
  const author = [meta.get("article:author"), meta.get("author")].find((a) => a && !isLink(a))?.replace(/^by\s+/i, "");
  return {
    title: meta.get("og:title"),
    author,
    published: DATE_KEYS.map((key) => dayOf(meta.get(key))).find(Boolean),
    publisher: meta.get("og:site_name"),
    url: httpUrl(meta.get("og:url"), base),
  };
}

// ---- the page itself ----

/** The first <time> in the article, else in <main>, else anywhere in the body: a header's "today" clock comes later in that order. */
function firstTimeDay(doc: DomDocument): string | undefined {
  for (const scope of ["article", "main", "body"]) {
    for (const time of doc.querySelectorAll(`${scope} time`)) {
      const day = dayOf(time.getAttribute("datetime")) ?? dayOf(clean(time.textContent));
      if (day) return day;
    }
  }
  return undefined;
}

const SEPARATOR = String.raw`\s+[|\-–—:·]\s+`;

/** The <title> without the site's name around it, or, when that leaves nothing of the headline, the page's <h1>. */
function titleOfPage(doc: DomDocument, publisher: string | undefined): string | undefined {
  const full = clean(doc.querySelector("title")?.textContent);
  const title = full && withoutSiteName(full, publisher);
  if (title && !(publisher && sameName(title, publisher))) return title;
  const h1 = clean((doc.querySelector("article h1") ?? doc.querySelector("h1"))?.textContent);
  // An unclosed <h1> swallows the page; a headline is a line, not a page.
  return h1 && h1.split(" ").length <= 30 ? h1 : undefined;
}

function withoutSiteName(title: string, publisher: string | undefined): string {
  if (publisher) {
    const name = `(?:the\\s+)?${publisher.replace(/^the\s+/i, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
    const stripped = title.replace(new RegExp(`${SEPARATOR}${name}$`, "i"), "").replace(new RegExp(`^${name}${SEPARATOR}`, "i"), "");
    if (stripped !== title) return stripped;
  }
  // "Headline | Section | Site": a bar is a site's separator far more often than a headline's punctuation.
  // Dashes are not: "Ex-minister - who quit in May - returns" is one headline.
  return title.split(/\s+\|\s+/)[0] ?? title;
}

function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
  return key(a) === key(b);
}

// ---- values ----

function isLink(text: string): boolean {
  return /^(https?:\/\/|www\.)/i.test(text.trim());
}

/** An absolute http(s) link without its fragment, `raw` read against `base` when it is relative. */
function httpUrl(raw: string | null | undefined, base?: string): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const parse = (relativeTo?: string) => {
    try {
      return new URL(text, relativeTo);
    } catch {
      return undefined;
    }
  };
  const url = parse() ?? (base ? parse(base) : undefined);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return undefined;
  url.hash = "";
  return url.href;
}

const MONTH_NAME = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/**
 * "YYYY-MM-DD" from an ISO stamp or a date written out ("March 12, 2024", "12 March 2024"). An ISO stamp
 * keeps the day as written: 2024-03-12T23:30:00-05:00 is the 12th on the newsroom's calendar, though
 * already the 13th in UTC. All-number dates other than ISO are refused: 03/04/2024 is two different days.
 */
export function dayOf(text: string | null | undefined): string | undefined {
  if (!text || text.length > 80) return undefined;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (!MONTH_NAME.test(text) || !/\b\d{4}\b/.test(text)) return undefined;
  const written = fullDateIn(text)?.split("-").map(Number);
  return written && calendarDay(written[0] ?? 0, written[1] ?? 0, written[2] ?? 0);
}

function calendarDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 30 February over into March; a day that rolled over was never a day.
  if (year < 1800 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
