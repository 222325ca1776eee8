// Corpus problems are data: collected into a report, rendered by the console, /reload and `check`.

export type ProblemCode =
  | "unreadable-file"
  | "empty-file"
  | "binary-file"
  | "invalid-utf8"
  | "file-too-large"
  | "unsupported-file"
  | "duplicate-id"
  | "bad-manifest"
  | "bad-manifest-entry"
  | "unknown-manifest-entry"
  | "missing-folder"
  | "no-documents"
  // Warnings about what was read, from `check` (document-checks.ts).
  | "navigation-title"
  | "no-date"
  | "future-date"
  | "no-passages"
  | "same-article";

export type Severity = "error" | "warning";

export interface CorpusProblem {
  code: ProblemCode;
  severity: Severity;
  /** Path relative to the corpus folder (or the folder itself). */
  file: string;
  docId?: string;
  field?: string;
  line?: number;
  message: string;
}

export function describeProblem(p: CorpusProblem): string {
  const where = [p.file, p.line !== undefined ? `line ${p.line}` : undefined, p.docId && `document ${p.docId}`, p.field && `field "${p.field}"`]
    .filter(Boolean)
    .join(", ");
  return `${where}: ${p.message}`;
}
