// Cold start on every core: a worker thread extracts quotations and dated events from batches of
// documents while this thread builds the passage index, then this thread takes batches too until none
// are left. Both take batches from one shared counter, so neither waits for the other. The indexes are
// then assembled here from the extractions, exactly as a single-thread build would assemble them.
import { Worker } from "node:worker_threads";
import { QuoteIndex } from "../analysis/quotes/quote-index.js";
import { TimelineIndex } from "../analysis/timeline/timeline-index.js";
import { PassageIndex } from "../search/passage-index.js";
import type { Logger } from "../logger.js";
import { claimBatches, extractBatch, type Extraction, type WorkerInput, type WorkerMessage } from "./extraction-batches.js";
import type { LoadedCorpus } from "../corpus/load-corpus.js";
import { assembleSnapshot, buildSnapshot, passageLayoutSteps, type CorpusSnapshot } from "./snapshot.js";
import { runToEnd } from "../text/steps.js";

/** Below this many documents, starting a worker costs more than it saves. */
const WORTH_A_WORKER = 300;

export async function buildSnapshotInParallel(
  loaded: LoadedCorpus,
  log: Logger,
  { now = new Date(), worthAWorker = WORTH_A_WORKER }: { now?: Date; worthAWorker?: number } = {},
): Promise<CorpusSnapshot> {
  const documents = loaded.documents;
  if (documents.length < worthAWorker) return buildSnapshot(loaded, now);
  const counter = new SharedArrayBuffer(4);
  const results: Extraction[] = new Array(documents.length);
  const worker = new Worker(new URL("./extraction-worker.js", import.meta.url), {
    workerData: { documents, counter } satisfies WorkerInput,
  });
  const workerDone = new Promise<void>((resolve, reject) => {
    worker.on("message", (message: WorkerMessage) => {
      if (message.kind === "done") return resolve();
      message.results.forEach((r, i) => (results[message.start + i] = r));
    });
    worker.on("error", reject);
    worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`extraction worker exited with code ${code}`))));
  });
  try {
    const layout = runToEnd(passageLayoutSteps(documents));
    const search = PassageIndex.build(layout.passages, layout.byId);
    // The worker has been extracting all along; take what is left, batch by batch, alongside it.
    for (const start of claimBatches(new Int32Array(counter), documents.length)) {
      extractBatch(documents, start).forEach((r, i) => (results[start + i] = r));
    }
    await workerDone;
    return assembleSnapshot(loaded, layout, {
      search,
      quotes: runToEnd(QuoteIndex.buildFromExtractionsSteps(documents, results.map((r) => r.quotes))),
      timeline: runToEnd(TimelineIndex.buildFromReportsSteps(documents, results.map((r) => r.events))),
    }, now);
  } catch (error) {
    // A worker that cannot start or dies costs speed, not the corpus: build here instead.
    log.warn({ err: error }, "parallel build failed; building on one thread");
    return buildSnapshot(loaded, now);
  } finally {
    void worker.terminate();
  }
}
