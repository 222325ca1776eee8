// Article metadata lives beside the articles in corpus.json:
// { "documents": { "<docId>": { "title", "publisher", "author", "published": "YYYY-MM-DD", "url" } } }
// Every field is optional. A bad entry is reported (file, document, field, line) and the article still loads.
import { z } from "zod";
import type { CorpusProblem } from "./problem.js";

export const MANIFEST_FILE = "corpus.json";

const isoDate = z.iso.date({ message: "must be a date written YYYY-MM-DD" });

export const manifestEntrySchema = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  publisher: z.string().trim().min(1).max(200).optional(),
  author: z.string().trim().min(1).max(200).optional(),
  published: isoDate.optional(),
  url: z.url({ protocol: /^https?$/, message: "must be an http(s) address" }).optional(),
});

export type ManifestEntry = z.output<typeof manifestEntrySchema>;

export interface Manifest {
  entries: Map<string, ManifestEntry>;
  problems: CorpusProblem[];
}

/** Reads the manifest's text; never throws. */
export function parseManifest(text: string): Manifest {
  const entries = new Map<string, ManifestEntry>();
  const problems: CorpusProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    problems.push({
      code: "bad-manifest",
      severity: "error",
      file: MANIFEST_FILE,
      ...(position && { line: lineAt(text, Number(position[1])) }),
      message: `is not valid JSON (${message}); every article loads without metadata`,
    });
    return { entries, problems };
  }
  const shape = z.object({ documents: z.record(z.string(), z.unknown()) }).safeParse(json);
  if (!shape.success) {
    problems.push({
      code: "bad-manifest",
      severity: "error",
      file: MANIFEST_FILE,
      field: "documents",
      message: 'must be an object {"documents": {"<docId>": {…}}}; every article loads without metadata',
    });
    return { entries, problems };
  }
  // The entries as JSON.parse made them: a record rebuilt by assignment would lose one named "__proto__".
  const documents = (json as { documents: Record<string, unknown> }).documents;
  for (const docId of repeatedKeys(text, Object.keys(documents))) {
    problems.push({
      code: "bad-manifest-entry",
      severity: "warning",
      file: MANIFEST_FILE,
      docId,
      line: lineOfKey(text, docId),
      message: "is described more than once; only the last description is used",
    });
  }
  for (const [docId, raw] of Object.entries(documents)) {
    const entry = manifestEntrySchema.safeParse(raw);
    if (entry.success) {
      entries.set(docId, entry.data);
      continue;
    }
    // Only a bad entry needs its line, and finding it reads the text: do it for those alone.
    const line = lineOfKey(text, docId);
    // Keep the fields that are right; report each one that is not.
    const good: Record<string, unknown> = {};
    const bad = new Set(entry.error.issues.map((i) => String(i.path[0] ?? "")));
    if (raw && typeof raw === "object") {
      for (const [k, v] of Object.entries(raw)) if (!bad.has(k)) good[k] = v;
    }
    const partial = manifestEntrySchema.safeParse(good);
    if (partial.success) entries.set(docId, partial.data);
    for (const issue of entry.error.issues) {
      const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
      problems.push({
        code: "bad-manifest-entry",
        severity: "error",
        file: MANIFEST_FILE,
        docId,
        ...(field && { field }),
        ...(line && { line }),
        message:
          issue.code === "unrecognized_keys"
            ? `unknown field(s) ${issue.keys.join(", ")}: use title, publisher, author, published, url`
            : `${issue.message}; the field is ignored`,
      });
    }
  }
  return { entries, problems };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function lineOfKey(text: string, key: string): number | undefined {
  // The last time the key is written: that is the entry JSON.parse keeps.
  const at = text.lastIndexOf(JSON.stringify(key));
  return at < 0 ? undefined : lineAt(text, at);
}

/**
 * The keys written more than once as `"key": {` in the text (JSON.parse keeps only the last of them).
 * One pass over the text, however many documents the manifest describes.
 */
function repeatedKeys(text: string, keys: readonly string[]): string[] {
  const wanted = new Set(keys);
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"\s*:\s*\{/g)) {
    let key: string;
    try {
      key = JSON.parse(`"${m[1] ?? ""}"`) as string;
    } catch {
      continue;
    }
    if (wanted.has(key)) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key);
}
