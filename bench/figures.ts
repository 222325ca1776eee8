// The shape of bench/results.json: what one size measured. Kept apart so the runner, the report and the
// test agree on it, and so the lead can diff two runs' files field by field.

export interface MemoryFigure {
  heapMB: number;
  rssMB: number;
}

export interface LatencyFigure {
  /** Queries timed. */
  n: number;
  p50Ms: number;
  /** With ~100 queries per variant this is close to the slowest one. */
  p99Ms: number;
  /** Share of queries answered right (see bench/recall.ts), in [0, 1]. */
  recall: number;
  /** Share answered "ok" at all (right or wrong). */
  answered: number;
  /** Replies with status "error": a bug in the command. */
  errors: number;
}

export type CommandFigure =
  | { status: "measured"; variants: Record<string, LatencyFigure>; byKind?: Record<string, { n: number; recall: number }> }
  | { status: "skipped"; note: string };

export interface HostileReloadFigure {
  shape: string;
  megabytes: number;
  reload: SizeFigures["reloadUnderLoad"];
}

export interface SizeFigures {
  /** When this size was measured (a run of other sizes keeps it). */
  measuredAt?: string;
  articles: number;
  megabytes: number;
  distinctWords: number;
  documents: number;
  passages: number;
  events: number;
  quotations: number;
  problems: Record<string, number>;
  timings: {
    /** startBot on a fresh process: read, clean, split, index, extract. */
    coldStartMs: number;
    /** A second startBot on the same folder, reading the snapshot the cold start cached. */
    startFromCacheMs: number;
    /** The parts, measured once more after the two starts (warm): */
    loadAndCleanMs: number;
    buildSnapshotMs: number;
    parts: Record<string, number>;
    /** bot.library.reload with nothing else running. */
    reloadMs: number;
  };
  reloadUnderLoad: {
    reloadMs: number;
    outcome: string;
    /** Longest stall the reload itself caused: the longest gap between 1 ms timer ticks, up to its end. */
    maxPingGapMs: number;
    /**
     * monitorEventLoopDelay's max, kept for comparison but not trusted: one run at 1,000 articles gave
     * 116.8 ms while the ping saw an 11,066 ms stall and questions waited 16.9 s. The ping is the figure.
     */
    maxEventLoopBlockMs: number;
    queriesAnswered: number;
    /** From when a query arrived to its answer, during the reload. */
    p50QueryWaitMs: number;
    maxQueryWaitMs: number;
  };
  /**
   * Reloads taking in one article of the costliest shapes near the size limit (bench/generate/hostile.ts),
   * questions arriving: the answering thread must never wait on one article's analysis.
   */
  hostileReloads: HostileReloadFigure[];
  memory: {
    afterLoad: MemoryFigure;
    peakWhileAnswering: MemoryFigure;
    /** Two snapshots live at once: the old one served, the new one being built. */
    peakDuringReload: MemoryFigure;
    /** Whether figures were taken after a forced GC (node --expose-gc). */
    gcForced: boolean;
  };
  commands: Record<string, CommandFigure>;
  /** The same queries typed as plain questions: what the question reader adds (absent in older results). */
  questions?: QuestionFigure;
  /** A bare MiniSearch over the same passages: the yardstick for /ask speed and recall. */
  baseline: { buildMs: number; variants: Record<string, LatencyFigure> };
  totalMeasureMs: number;
  /** os.loadavg() (1, 5, 15 min) when this size started: other work on the machine skews every time. */
  loadAverage: number[];
}

export interface QuestionFigure {
  /** Queries timed both ways. */
  n: number;
  asCommandP50Ms: number;
  asQuestionP50Ms: number;
  /** Reading alone: the text to the commands to try. */
  readerP50Ms: number;
  readerP99Ms: number;
}

export interface BenchResults {
  date: string;
  generatorVersion: number;
  machine: { cpus: number; model: string; memoryGB: number; node: string; platform: string };
  sizes: Record<string, SizeFigures | { error: string }>;
}
