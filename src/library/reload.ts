// What a reload reports, and what commands may ask of the corpus holder: /reload swaps in a freshly
// built corpus. Who asked is the caller's business: the library hears only how to report progress.

export interface ReloadReport {
  documents: number;
  added: string[];
  removed: string[];
  changed: string[];
  quotations: number;
  speakers: number;
  events: number;
  milliseconds: number;
  rejected: { file: string; reason: string }[];
}

export type ReloadResult =
  | { status: "reloaded"; report: ReloadReport }
  /** Nothing readable was left in `folder`, so the `kept` documents being served stay. */
  | { status: "kept-old"; why: "no-articles"; folder: string; kept: number; report: ReloadReport }
  /** The build broke (a bug in an analysis, a disk error); the corpus being served stays. */
  | { status: "kept-old"; why: "failed"; error: string; report: ReloadReport }
  | { status: "busy" };

/** Short notes as each stage completes ("Reading 1,240 files…"), with how far along it is (0–1). */
export type Progress = (note: string, fraction?: number) => void;

export interface ReloadControl {
  reload(progress?: Progress): Promise<ReloadResult>;
}
