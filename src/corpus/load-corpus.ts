// Reads a corpus folder: every .txt, .md and saved .html/.htm article, and corpus.json for their metadata. Problems are
// collected, never thrown: one bad file or entry costs that file or entry, not the corpus.
import { createHash } from "node:crypto";
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { extname, join, basename } from "node:path";
import { cleanArticle, type CleanArticle } from "./clean-article.js";
import { readHtmlArticle } from "./html-article.js";
import { isFurniture } from "./page-furniture.js";
import type { CorpusDocument, DocumentMeta, Paragraph } from "./document.js";
import { MANIFEST_FILE, parseManifest, type Manifest, type ManifestEntry } from "./manifest.js";
import { eachWithPauses, runToEnd, type Steps } from "../text/steps.js";
import { markdownToText } from "./markdown.js";
import type { CorpusProblem } from "./problem.js";
import { readArticleFile, type ArticleFile } from "./read-article-file.js";
import { datelineDate } from "./text-dates.js";

const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);
/** Pages saved from a browser: read for their article, their own metadata first (see html-article.ts). */
const PAGE_EXTENSIONS = new Set([".html", ".htm"]);
/** How many files are read at once. */
const READ_AHEAD = 16;

/** An article file as read from disk, before cleaning. */
export interface RawArticle {
  file: string;
  docId: string;
  text: string;
  bytes: Buffer;
}

/** A corpus folder as read from disk: what `cleanCorpus` turns into documents, and what its key is made of. */
export interface RawCorpus {
  folder: string;
  articles: RawArticle[];
  manifest: Manifest;
  manifestText: string;
  problems: CorpusProblem[];
}

/** A corpus folder read and cleaned: what a snapshot is built from. */
export interface LoadedCorpus {
  folder: string;
  /** A digest of the files and manifest it was read from (see contentKey). */
  key: string;
  documents: readonly CorpusDocument[];
  problems: readonly CorpusProblem[];
}

/** Reads and cleans a corpus folder. `onFile(done, total)` hears about every file read, for progress bars. */
export async function loadCorpus(folder: string, onFile?: (done: number, total: number) => void): Promise<LoadedCorpus> {
  return runToEnd(cleanCorpusSteps(await readCorpus(folder, onFile)));
}

/** Reads every file of a corpus folder, refusing those that are not articles; cleans nothing yet. */
export async function readCorpus(folder: string, onFile?: (done: number, total: number) => void): Promise<RawCorpus> {
  const problems: CorpusProblem[] = [];
  const empty = { entries: new Map<string, ManifestEntry>(), problems: [] };
  let names: string[];
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    names = entries.filter((e) => e.isFile()).map((e) => e.name).sort();
    problems.push(...skippedEntries(entries));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({
      code: "missing-folder",
      severity: "error",
      file: folder,
      message: code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(error)})`,
    });
    return { folder, articles: [], manifest: empty, manifestText: "", problems };
  }

  const { manifestText, manifest } = names.includes(MANIFEST_FILE) ? await readManifest(folder) : { manifestText: "", manifest: empty };
  problems.push(...manifest.problems);

  // Files are read a few at a time (the disk is faster with several requests in flight), then taken in
  // name order, so ids, problems and progress come out the same on every run.
  const candidates = names.filter((f) => !f.startsWith(".") && f !== MANIFEST_FILE);
  const reads = new Map<string, Promise<ArticleFile>>();
  const readAhead = (i: number) => {
    const file = candidates[i];
    if (file && ARTICLE_EXTENSIONS.has(extname(file).toLowerCase())) reads.set(file, readArticleFile(join(folder, file), file, basename(file, extname(file))));
  };
  for (let i = 0; i < READ_AHEAD; i++) readAhead(i);
  const articles: RawArticle[] = [];
  const seen = new Map<string, string>();
  for (const [done, file] of candidates.entries()) {
    readAhead(done + READ_AHEAD);
    onFile?.(done + 1, candidates.length);
    const ext = extname(file).toLowerCase();
    const docId = basename(file, extname(file));
    if (!ARTICLE_EXTENSIONS.has(ext)) {
      problems.push({ code: "unsupported-file", severity: "warning", file, message: "is not a .txt, .md or .html article; skipped" });
      continue;
    }
    const read = await (reads.get(file) as Promise<ArticleFile>);
    reads.delete(file);
    const earlier = seen.get(docId);
    if (earlier) {
      problems.push({ code: "duplicate-id", severity: "error", file, docId, message: `has the same document id as ${earlier}; skipped` });
      continue;
    }
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    seen.set(docId, file);
    articles.push({ file, docId, text: ext === ".md" ? markdownToText(read.text) : read.text, bytes: read.bytes });
  }

  for (const docId of manifest.entries.keys()) {
    if (!seen.has(docId)) {
      problems.push({
        code: "unknown-manifest-entry",
        severity: "warning",
        file: MANIFEST_FILE,
        docId,
        message: "describes a document that is not in the folder",
      });
    }
  }
  if (articles.length === 0) {
    problems.push({ code: "no-documents", severity: "error", file: folder, message: "holds no readable .txt, .md or .html article" });
  }
  return { folder, articles, manifest, manifestText, problems };
}

/**
 * What the folder holds that is not read, each said once: a folder, a link or a hidden file named like an
 * article, or a corpus.json that is not a file. Other folders and hidden files (".DS_Store") are left out
 * without a word: they are never articles.
 */
function skippedEntries(entries: readonly Dirent[]): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    const articleLike = ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase()) || e.name === MANIFEST_FILE;
    if (!articleLike) continue;
    const why = e.isSymbolicLink()
      ? "is a link; articles must be files in the folder itself, skipped"
      : e.isDirectory()
        ? "is a folder, not a file; skipped"
        : !e.isFile()
          ? "is not a regular file; skipped"
          : e.name.startsWith(".")
            ? "is hidden (its name starts with a dot); skipped"
            : undefined;
    if (why) problems.push({ code: e.name === MANIFEST_FILE ? "bad-manifest" : "unsupported-file", severity: "warning", file: e.name, message: why });
  }
  return problems;
}

/** corpus.json as text and as entries; one that is empty or unreadable is reported, never read as "no metadata" in silence. */
async function readManifest(folder: string): Promise<{ manifestText: string; manifest: Manifest }> {
  const bad = (message: string) => ({
    manifestText: "",
    manifest: { entries: new Map<string, ManifestEntry>(), problems: [{ code: "bad-manifest" as const, severity: "error" as const, file: MANIFEST_FILE, message }] },
  });
  let text: string;
  try {
    text = await readFile(join(folder, MANIFEST_FILE), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return bad(`cannot be read (${code}); every article loads without metadata`);
  }
  if (text.trim() === "") return { ...bad("is empty; every article loads without metadata"), manifestText: text };
  return { manifestText: text, manifest: parseManifest(text) };
}

/** What a corpus is made of, as one digest: the same files and manifest give the same key. */
export function contentKey(raw: RawCorpus): string {
  return runToEnd(contentKeySteps(raw));
}

// A corpus read once is hashed once: a reload asks for the key, then cleaning does.
const keys = new WeakMap<RawCorpus, string>();

/** Bytes hashed between pause points: about a millisecond's work. */
const HASH_PAUSE_BYTES = 1 << 20;

/** `contentKey`, pausing every megabyte or so: hashing 40 MB at once would hold a reload's thread. */
export function* contentKeySteps(raw: RawCorpus): Steps<string> {
  const known = keys.get(raw);
  if (known) return known;
  const hash = createHash("sha256").update(raw.manifestText);
  let since = 0;
  for (const a of raw.articles) {
    hash.update(`\u0000${a.file}\u0000`).update(a.bytes);
    since += a.bytes.length + 64;
    if (since >= HASH_PAUSE_BYTES) {
      since = 0;
      yield;
    }
  }
  const key = hash.digest("hex").slice(0, 32);
  keys.set(raw, key);
  return key;
}

/** Cleans every article (with a pause point after each, see src/text/steps.ts). */
export function* cleanCorpusSteps(raw: RawCorpus): Steps<LoadedCorpus> {
  const documents: CorpusDocument[] = [];
  yield* eachWithPauses(raw.articles, (a) => documents.push(buildDocument(a.docId, a.file, a.text, raw.manifest.entries.get(a.docId), a.bytes)));
  return { folder: raw.folder, documents, problems: raw.problems, key: yield* contentKeySteps(raw) };
}

export function buildDocument(docId: string, file: string, raw: string, entry: ManifestEntry | undefined, bytes?: Uint8Array): CorpusDocument {
  const page = PAGE_EXTENSIONS.has(extname(file).toLowerCase()) ? readHtmlArticle(raw) : undefined;
  const clean: CleanArticle & { publisher?: string; url?: string } = page ? { ...page, paragraphs: page.paragraphs.filter((p: string) => !isFurniture(p)) } : cleanArticle(raw);
  const paragraphs: Paragraph[] = [];
  let text = "";
  for (const p of clean.paragraphs) {
    if (text !== "") text += "\n\n";
    paragraphs.push({ index: paragraphs.length, start: text.length, end: text.length + p.length });
    text += p;
  }
  const fromText = clean.published ?? (clean.paragraphs[0] ? datelineDate(clean.paragraphs[0]) : undefined);
  const published = entry?.published ?? fromText;
  const meta: DocumentMeta = {
    title: entry?.title ?? clean.title ?? titleFromBody(clean.paragraphs[0], docId),
    titleFromText: !entry?.title,
    ...((entry?.publisher ?? clean.publisher) && { publisher: entry?.publisher ?? clean.publisher }),
    ...((entry?.author ?? clean.author) && { author: entry?.author ?? clean.author }),
    ...(published && { published, publishedFrom: entry?.published ? "manifest" : "text" }),
    ...((entry?.url ?? clean.url) && { url: entry?.url ?? clean.url }),
  };
  const fingerprint = createHash("sha256")
    .update(bytes ?? raw)
    .update(JSON.stringify(entry ?? {}))
    .digest("hex")
    .slice(0, 16);
  return { id: docId, file, meta, text, paragraphs, fingerprint };
}

/** An article without a headline is named by its first sentence, shortened. */
function titleFromBody(first: string | undefined, docId: string): string {
  if (!first) return docId;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return sentence.length <= 90 ? sentence : `${sentence.slice(0, 87).replace(/\s+\S*$/, "")}…`;
}
