// What a reload reports, and what commands may ask of the corpus holder: /reload swaps in a freshly
// built corpus. Who asked is the caller's business: the library hears only where to report its stages.

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
  /** Another reload was running: `running` settles with its outcome, which is this caller's answer too. */
  | { status: "busy"; running: Promise<SettledReload> };

/** How a reload ended, once it has. */
export type SettledReload = Exclude<ReloadResult, { status: "busy" }>;

/** Where a reload has got to; the command that asked turns it into words. */
export type ReloadStage =
  | { stage: "reading"; folder: string }
  | { stage: "reading-files"; done: number; total: number }
  | { stage: "analysing"; done: number; total: number }
  | { stage: "indexing"; documents: number };

/** Hears each stage as it starts, with how far along the reload is (0–1). */
export type ReloadProgress = (stage: ReloadStage, fraction: number) => void;

export interface ReloadControl {
  reload(progress?: ReloadProgress): Promise<ReloadResult>;
}
