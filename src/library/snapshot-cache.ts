// Built snapshots kept on disk, keyed by the corpus content and the code that built them, so that a
// restart over an unchanged corpus skips cleaning, extraction and indexing. The cache is untrusted input:
// each part is checked against the digest written with it and the plain parts against a schema, so a
// cache that is missing, stale, half-written, corrupt or edited is ignored (and rebuilt): it can cost
// time, never answers, and never a start.
import { createHash } from "node:crypto";
import { z } from "zod";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusDocument, Passage } from "../corpus/document.js";
import type { CorpusProblem } from "../corpus/problem.js";
import { PassageIndex, type PassageIndexData } from "../search/passage-index.js";
import { QuoteIndex, type QuoteIndexData } from "../analysis/quotes/quote-index.js";
import { TimelineIndex, type TimelineJson } from "../analysis/timeline/timeline-index.js";
import type { Logger } from "../logger.js";
import { assembleSnapshot, layoutOf, type CorpusSnapshot } from "./snapshot.js";

/** Raise when the layout below changes. */
const FORMAT = 2;
/** Snapshots kept; older ones are removed when a new one is written. */
const KEEP = 4;

const PARTS = ["documents", "problems", "passages", "search", "quotes", "timeline"] as const;
type Part = (typeof PARTS)[number];

const META = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  documents: z.number().int().nonnegative(),
  builtAt: z.string().datetime(),
  /** The SHA-256 of each part's file, as written: an edited or damaged part is never read back. */
  digests: z.object(Object.fromEntries(PARTS.map((p) => [p, z.string().regex(/^[0-9a-f]{64}$/)])) as Record<Part, z.ZodString>),
});
type Meta = z.infer<typeof META>;

// The plain parts are checked for their shape; the indexes check their own (see their fromJSON).
const DOCUMENTS = z.array(
  z.object({
    id: z.string(),
    file: z.string(),
    text: z.string(),
    fingerprint: z.string(),
    meta: z.object({ title: z.string(), titleFromText: z.boolean() }).passthrough(),
    paragraphs: z.array(z.object({ index: z.number().int(), start: z.number().int(), end: z.number().int() })),
  }),
);
const PROBLEMS = z.array(z.object({ code: z.string(), severity: z.enum(["error", "warning"]), file: z.string(), message: z.string() }).passthrough());
/** Passages as offsets into their document's text: `[docIndex, start, end]`, numbered per document. */
const PASSAGES = z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()]));
type PassageSpans = z.infer<typeof PASSAGES>;

const digestOf = (text: string) => createHash("sha256").update(text).digest("hex");

export interface SnapshotCache {
  /** The snapshot built from `key`, read back for `folder`; undefined when there is none that can be trusted. */
  load(key: string, folder: string): Promise<CorpusSnapshot | undefined>;
  save(snapshot: CorpusSnapshot): Promise<void>;
}

export function openSnapshotCache(dir: string, log: Logger): SnapshotCache {
  const folderOf = (key: string) => join(dir, `${codeVersion()}-${key}`);

  async function load(key: string, folder: string): Promise<CorpusSnapshot | undefined> {
    const where = folderOf(key);
    let metaText: string;
    try {
      metaText = await readFile(join(where, "meta.json"), "utf8");
    } catch {
      return undefined; // not cached yet
    }
    try {
      const meta = META.parse(JSON.parse(metaText));
      if (meta.key !== key) throw new Error(`it was built for the corpus ${meta.key}`);
      // Each part as written, or nothing: a part whose digest differs was damaged or edited since.
      const part = async (name: Part): Promise<unknown> => {
        const text = await readFile(join(where, `${name}.json`), "utf8");
        if (digestOf(text) !== meta.digests[name]) throw new Error(`${name}.json differs from what was written`);
        return JSON.parse(text);
      };
      const started = performance.now();
      const documents = DOCUMENTS.parse(await part("documents")) as CorpusDocument[];
      if (documents.length !== meta.documents) throw new Error(`documents.json holds ${documents.length} documents, not ${meta.documents}`);
      const problems = PROBLEMS.parse(await part("problems")) as CorpusProblem[];
      const layout = layoutOf(documents, passagesFrom(documents, PASSAGES.parse(await part("passages"))));
      const snapshot = assembleSnapshot(
        { folder, key, documents, problems },
        layout,
        {
          search: PassageIndex.fromJSON((await part("search")) as PassageIndexData, layout.passages, layout.byId),
          quotes: QuoteIndex.fromJSON((await part("quotes")) as QuoteIndexData, documents),
          timeline: TimelineIndex.fromJSON((await part("timeline")) as TimelineJson, documents),
        },
        new Date(meta.builtAt),
      );
      log.info({ documents: documents.length, ms: Math.round(performance.now() - started) }, "corpus read from the cache");
      return snapshot;
    } catch (error) {
      const why = error instanceof z.ZodError ? `it does not hold what the bot writes (${error.issues[0]?.path.join(".") || "top"}: ${error.issues[0]?.message})` : error instanceof Error ? error.message : String(error);
      log.warn({ cache: where, why }, "ignoring the corpus cache; rebuilding it");
      await rm(where, { recursive: true, force: true }).catch(() => {});
      return undefined;
    }
  }

  async function save(snapshot: CorpusSnapshot): Promise<void> {
    const where = folderOf(snapshot.key);
    const temporary = `${where}.tmp-${process.pid}`;
    try {
      await mkdir(temporary, { recursive: true });
      const parts: Record<Part, unknown> = {
        documents: snapshot.documents,
        problems: snapshot.problems,
        passages: spansOf(snapshot),
        search: snapshot.search.toJSON(),
        quotes: snapshot.quotes.toJSON(),
        timeline: snapshot.timeline.toJSON(),
      };
      const digests = {} as Record<Part, string>;
      for (const name of PARTS) {
        const text = JSON.stringify(parts[name]);
        digests[name] = digestOf(text);
        await writeFile(join(temporary, `${name}.json`), text);
      }
      const meta: Meta = { format: FORMAT, key: snapshot.key, documents: snapshot.documents.length, builtAt: snapshot.builtAt.toISOString(), digests };
      // The meta file last, then one rename: a reader sees a whole snapshot or none.
      await writeFile(join(temporary, "meta.json"), JSON.stringify(meta));
      await rm(where, { recursive: true, force: true });
      await rename(temporary, where);
      await prune(dir);
    } catch (error) {
      log.warn({ err: error, cache: dir }, "could not write the corpus cache; the next start will rebuild");
      await rm(temporary, { recursive: true, force: true }).catch(() => {});
    }
  }

  return { load, save };
}

function spansOf(snapshot: CorpusSnapshot): PassageSpans {
  const index = new Map(snapshot.documents.map((d, i) => [d.id, i]));
  return snapshot.passages.map((p) => [index.get(p.docId) ?? -1, p.start, p.end]);
}

function passagesFrom(documents: readonly CorpusDocument[], spans: PassageSpans): Map<string, Passage[]> {
  const byDoc = new Map<string, Passage[]>(documents.map((d) => [d.id, []]));
  for (const [docIndex, start, end] of spans) {
    const doc = documents[docIndex];
    if (!doc) throw new Error(`passage of unknown document ${docIndex}`);
    const list = byDoc.get(doc.id) as Passage[];
    const n = list.length + 1;
    list.push({ id: `${doc.id}#${n}`, docId: doc.id, n, start, end, text: doc.text.slice(start, end) });
  }
  return byDoc;
}

async function prune(dir: string): Promise<void> {
  const entries = await readdir(dir);
  const dated = await Promise.all(
    entries.filter((e) => !e.includes(".tmp-")).map(async (e) => ({ e, at: (await stat(join(dir, e))).mtimeMs })),
  );
  for (const { e } of dated.sort((a, b) => b.at - a.at).slice(KEEP)) await rm(join(dir, e), { recursive: true, force: true });
}

let version: string | undefined;

/**
 * A digest of the bot's own code: a cache built by other code (another extraction rule, another index
 * layout) is never read back. Hashing the sources takes a few milliseconds, once per process.
 */
export function codeVersion(): string {
  if (version) return version;
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const hash = createHash("sha256");
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) hash.update(entry.name).update(readFileSync(path));
    }
  };
  for (const folder of ["src", "commands"]) walk(join(root, folder));
  // The libraries count too: another MiniSearch may lay its index out differently.
  hash.update(readFileSync(join(root, "package-lock.json")));
  version = hash.digest("hex").slice(0, 12);
  return version;
}
