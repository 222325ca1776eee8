// Holds the corpus being served. A reload builds a whole new snapshot off to the side and swaps it in
// with one assignment: a question asked meanwhile is answered from the old one, never from half of each.
import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import type { Logger } from "../logger.js";
import type { ReloadControl, ReloadProgress, ReloadReport, ReloadResult, SettledReload } from "./reload.js";
import type { CorpusSnapshot } from "./snapshot.js";
import { openSnapshotCache } from "./snapshot-cache.js";
import { buildSnapshotInParallel } from "./parallel-build.js";
import { buildSnapshotOffThread } from "./off-thread-build.js";
import { runPaced, runToEnd } from "../text/steps.js";
import { cleanCorpusSteps, contentKey, contentKeySteps, readCorpus } from "../corpus/load-corpus.js";
import { describeProblem, type CorpusProblem } from "../corpus/problem.js";

export interface CorpusLibrary extends ReloadControl {
  current(): CorpusSnapshot;
}

export interface LibraryOptions {
  /** Where built snapshots are kept between runs; no cache when absent. */
  cacheDir?: string;
}

/** Start-up cannot go on: the corpus folder or the cache folder is unusable. The message names it and the fix. */
export class CorpusUnavailable extends Error {
  override readonly name = "CorpusUnavailable";
}

/**
 * A folder of articles the bot can read, and a cache folder it can write: checked before anything is
 * served, so that a wrong path stops start-up with its name instead of serving an empty corpus.
 */
async function assertUsable(folder: string, cacheDir: string | undefined): Promise<void> {
  try {
    if (!(await stat(folder)).isDirectory()) throw new CorpusUnavailable(`the corpus folder ${folder} is a file, not a folder: set CORPUS_DIR or --corpus to a folder of articles`);
    await access(folder, constants.R_OK | constants.X_OK);
  } catch (error) {
    if (error instanceof CorpusUnavailable) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "does not exist" : code === "EACCES" || code === "EPERM" ? "cannot be read (permission denied)" : `cannot be opened (${code ?? String(error)})`;
    throw new CorpusUnavailable(`the corpus folder ${folder} ${why}: set CORPUS_DIR or --corpus to a folder of articles`);
  }
  if (!cacheDir) return;
  try {
    await mkdir(cacheDir, { recursive: true });
    await access(cacheDir, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CorpusUnavailable(`the cache folder ${cacheDir} cannot be written (${code}): set CORPUS_CACHE_DIR to a folder the bot may write, or to off`);
  }
}

export async function openCorpusLibrary(folder: string, log: Logger, { cacheDir }: LibraryOptions = {}): Promise<CorpusLibrary> {
  await assertUsable(folder, cacheDir);
  const cache = cacheDir ? openSnapshotCache(cacheDir, log) : undefined;
  const raw = await readCorpus(folder);
  const key = contentKey(raw);
  let snapshot: CorpusSnapshot | undefined = await cache?.load(key, folder);
  // The cache is keyed by the articles it holds; the files it could not load are the folder's as it is now.
  if (snapshot) snapshot = withProblems(snapshot, raw.problems);
  if (!snapshot) {
    // Nothing is served yet: build straight through, then keep the result for the next start.
    snapshot = await buildSnapshotInParallel(runToEnd(cleanCorpusSteps(raw)), log);
    await cache?.save(snapshot);
  }
  return serve(snapshot, log);
}

function serve(first: CorpusSnapshot, log: Logger): CorpusLibrary {
  let snapshot = first;
  for (const p of snapshot.problems) log.warn({ problem: p }, describeProblem(p));
  let running: Promise<SettledReload> | undefined;

  function reload(progress: ReloadProgress = () => {}): Promise<ReloadResult> {
    // One reload at a time; whoever asks meanwhile is told, and given the running one's outcome to wait for.
    if (running) return Promise.resolve({ status: "busy", running });
    const current = reloadOnce(progress).finally(() => {
      running = undefined;
    });
    running = current;
    return current;
  }

  async function reloadOnce(progress: ReloadProgress): Promise<SettledReload> {
    const started = performance.now();
    try {
      const old = snapshot;
      progress({ stage: "reading", folder: old.folder }, 0);
      const raw = await readCorpus(old.folder, (done, total) => {
        // A note per 5% is plenty for a bar or an edited chat message.
        if (done === total || done % Math.max(1, Math.floor(total / 20)) === 0) progress({ stage: "reading-files", done, total }, (0.3 * done) / total);
      });
      if ((await runPaced(contentKeySteps(raw))) === old.key) {
        // The same articles, but a bad file may have come or gone: the report says so, nothing is rebuilt.
        const next = withProblems(old, raw.problems);
        const report = compare(old, next, performance.now() - started);
        if (next !== old) {
          for (const p of newProblems(old.problems, next.problems)) log.warn({ problem: p }, describeProblem(p));
          snapshot = next;
        }
        log.info({ outcome: next === old ? "unchanged" : "problems-changed", ...summary(report) }, "corpus reload");
        return { status: "reloaded", report };
      }
      // Built off to the side while questions are answered from the old corpus: each article on a worker
      // thread, the indexes here in slices (see off-thread-build.ts). The new snapshot is not written to
      // the cache here: serialising a large one would hold the thread for too long; the next start writes it.
      const total = raw.articles.length;
      progress({ stage: "analysing", done: 0, total }, 0.3);
      const next = await buildSnapshotOffThread(raw, log, {
        onArticle: (done) => {
          if (done === total || done % Math.max(1, Math.floor(total / 20)) === 0) progress({ stage: "analysing", done, total }, 0.3 + (0.6 * done) / total);
          if (done === total) progress({ stage: "indexing", documents: total }, 0.9);
        },
      });
      const report = compare(old, next, performance.now() - started);
      const result: ReloadResult =
        next.documents.length === 0 ? { status: "kept-old", why: "no-articles", folder: old.folder, kept: old.documents.length, report } : { status: "reloaded", report };
      if (result.status === "reloaded") snapshot = next;
      log.info({ outcome: result.status, ...summary(report) }, "corpus reload");
      return result;
    } catch (error) {
      // A reload that breaks (a bug in an analysis, a disk error) must cost nothing but itself.
      log.error({ err: error }, "corpus reload failed; kept the old corpus");
      return {
        status: "kept-old",
        why: "failed",
        error: error instanceof Error ? error.message : String(error),
        report: compare(snapshot, snapshot, performance.now() - started),
      };
    }
  }

  return { current: () => snapshot, reload };
}

function compare(old: CorpusSnapshot, next: CorpusSnapshot, milliseconds: number): ReloadReport {
  const before = new Map(old.documents.map((d) => [d.id, d.fingerprint]));
  const after = new Map(next.documents.map((d) => [d.id, d.fingerprint]));
  return {
    documents: next.documents.length,
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after].filter(([id, fp]) => before.has(id) && before.get(id) !== fp).map(([id]) => id),
    ...analysisCounts(next),
    milliseconds: Math.round(milliseconds),
    // Every file that was not loaded, whatever the severity, and every error about the corpus.
    rejected: next.problems
      .filter((p) => p.severity === "error" || NOT_LOADED.has(p.code))
      .map((p) => ({ file: p.file, reason: describeProblem(p) })),
  };
}

/** Problems that mean a file of the folder was left out. */
const NOT_LOADED = new Set<CorpusProblem["code"]>(["unreadable-file", "empty-file", "binary-file", "invalid-utf8", "file-too-large", "unsupported-file", "duplicate-id"]);

const problemKey = (p: CorpusProblem) => `${p.code}\u0000${p.file}\u0000${p.line ?? ""}\u0000${p.field ?? ""}\u0000${p.message}`;

/** `snapshot` with the problems of the folder as read now; the same object when they are the same. */
function withProblems(snapshot: CorpusSnapshot, problems: readonly CorpusProblem[]): CorpusSnapshot {
  const same = snapshot.problems.length === problems.length && snapshot.problems.every((p, i) => problemKey(p) === problemKey(problems[i]!));
  return same ? snapshot : { ...snapshot, problems };
}

function newProblems(before: readonly CorpusProblem[], after: readonly CorpusProblem[]): CorpusProblem[] {
  const known = new Set(before.map(problemKey));
  return after.filter((p) => !known.has(problemKey(p)));
}

/** What the analyses found, for the reload report. */
function analysisCounts(s: CorpusSnapshot): Pick<ReloadReport, "quotations" | "speakers" | "events"> {
  return { quotations: s.quotes.quotations.length, speakers: s.quotes.speakers.size, events: s.timeline.size };
}

function summary(r: ReloadReport) {
  return { documents: r.documents, added: r.added.length, removed: r.removed.length, changed: r.changed.length, rejected: r.rejected.length, ms: r.milliseconds };
}
