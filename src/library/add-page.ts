// A page from a link, added to the corpus: fetched safely (src/web/), read as an article
// (src/corpus/html-article.ts), refused when it holds no article or one the corpus already has, then
// written into the corpus folder as a saved page and the corpus reloaded. Nothing is written before the
// page has been read, a file is written whole or not at all, and a reload that fails takes it back out.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { link, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { readHtmlArticle, type HtmlArticle } from "../corpus/html-article.js";
import type { CorpusDocument } from "../corpus/document.js";
import { fetchPage, type FetchRefusalCode } from "../web/fetch-page.js";
import type { ReloadControl, ReloadReport } from "./reload.js";
import type { CorpusSnapshot } from "./snapshot.js";

/** How pages may be fetched: set by the operator (ALLOW_PRIVATE_FETCH), never by whoever pastes a link. */
export interface FetchPolicy {
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export type PageRefusal = FetchRefusalCode | "no-article" | "duplicate" | "not-saved" | "reload-failed";

export type AddPageResult =
  | { status: "added"; document: CorpusDocument; passages: number; quotations: number; events: number; report: ReloadReport }
  | { status: "refused"; reason: PageRefusal; message: string };

export interface PageIntake {
  addPage(url: string): Promise<AddPageResult>;
}

interface Library extends ReloadControl {
  current(): CorpusSnapshot;
}

export function createPageIntake(library: Library, policy: FetchPolicy): PageIntake {
  // One page at a time: two links pasted together must not race for a file name or a reload.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    addPage(url) {
      const next = queue.then(() => addPage(url, library, policy));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

async function addPage(url: string, library: Library, policy: FetchPolicy): Promise<AddPageResult> {
  const page = await fetchPage(url, {
    allowPrivate: policy.allowPrivate,
    ...(policy.timeoutMs !== undefined && { timeoutMs: policy.timeoutMs }),
    ...(policy.maxBytes !== undefined && { maxBytes: policy.maxBytes }),
  });
  if (!page.ok) return { status: "refused", reason: page.code, message: page.message };
  const article = readHtmlArticle(page.html, { url: page.url });
  const host = new URL(page.url).host;
  if (article.paragraphs.length === 0) {
    return { status: "refused", reason: "no-article", message: `${host} gave a page with no article text in it (an index page, a login wall or a page built by scripts); nothing was added.` };
  }
  const corpus = library.current();
  const same = sameArticle(corpus.documents, article, page.url);
  if (same) return { status: "refused", reason: "duplicate", message: `The corpus already has this article: “${same.meta.title}” (${same.file}); nothing was added.` };

  const file = freeName(corpus.folder, fileNameFor(article, page.url));
  const path = join(corpus.folder, file);
  try {
    // The link it came from goes first, as browsers mark a saved page: the page's own canonical link
    // wins over it when it has one.
    await writeWhole(path, `<!-- saved from url=(${String(page.url.length).padStart(4, "0")})${page.url} -->\n${page.html}`);
  } catch (error) {
    return { status: "refused", reason: "not-saved", message: `The page could not be saved in ${corpus.folder} (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing was added.` };
  }

  let result = await library.reload();
  if (result.status === "busy") result = await result.running;
  const docId = file.replace(/\.html$/, "");
  const document = library.current().documents.find((d) => d.id === docId);
  if (result.status !== "reloaded" || !document) {
    await rm(path, { force: true });
    const why = result.status === "kept-old" && result.why === "failed" ? result.error : "the new article was not read";
    return { status: "refused", reason: "reload-failed", message: `The corpus could not be reloaded with the page (${why}); it was taken back out and the corpus is as it was.` };
  }
  const now = library.current();
  const quotations = [...now.quotes.speakers.values()].reduce((n, s) => n + s.quotes.filter((q) => q.docId === docId).length, 0);
  const events = now.timeline.query({}).filter((e) => e.sources.some((s) => s.docId === docId)).length;
  return { status: "added", document, passages: now.passagesByDoc.get(docId)?.length ?? 0, quotations, events, report: result.report };
}

/** An article the corpus has: the same link, or the same headline over the same first paragraph. */
function sameArticle(documents: readonly CorpusDocument[], article: HtmlArticle, fetched: string): CorpusDocument | undefined {
  const links = new Set([fetched, article.url].filter((u): u is string => Boolean(u)).map(plainLink));
  const first = article.paragraphs[0];
  return documents.find(
    (d) => (d.meta.url !== undefined && links.has(plainLink(d.meta.url))) || (article.title !== undefined && d.meta.title === article.title && d.paragraphs[0] !== undefined && d.text.slice(d.paragraphs[0].start, d.paragraphs[0].end) === first),
  );
}

/** A link without what does not change the page: its fragment, a trailing slash, "www.". */
function plainLink(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "")}${u.search}`;
  } catch {
    return url;
  }
}

/** "2017-03-26-whatsapp-refuses-to-hand-over-messages.html": the date and the headline, as a file name. */
function fileNameFor(article: HtmlArticle, url: string): string {
  const words = article.title ?? new URL(url).pathname.split("/").filter(Boolean).pop() ?? new URL(url).host;
  const slug = words
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-[^-]*$/, (tail: string) => (tail.length < 4 ? "" : tail)) || "page";
  return `${article.published ? `${article.published}-` : ""}${slug}.html`;
}

/** The name, or the name with -2, -3 … when a file in the folder already has it. */
function freeName(folder: string, name: string): string {
  if (!existsSync(join(folder, name))) return name;
  for (let n = 2; ; n++) {
    const candidate = name.replace(/\.html$/, `-${n}.html`);
    if (!existsSync(join(folder, candidate))) return candidate;
  }
}

/** Written beside its final name under a hidden one (the loader skips hidden files), then put in place whole. */
async function writeWhole(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.adding-${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, content, { flag: "wx" });
    // A link, not a rename: it fails rather than replace a file that appeared under the name meanwhile.
    await link(temp, path);
    await rm(temp, { force: true });
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
