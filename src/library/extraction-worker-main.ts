// Runs in a worker thread: takes batches of documents from the shared counter and posts back what the
// quotation and timeline extractors find in them (plain data; see extraction-batches.ts).
import { parentPort, workerData } from "node:worker_threads";
import { claimBatches, extractBatch, type WorkerInput, type WorkerMessage } from "./extraction-batches.js";

const { documents, counter } = workerData as WorkerInput;
const claims = new Int32Array(counter);
for (const start of claimBatches(claims, documents.length)) {
  parentPort?.postMessage({ kind: "batch", start, results: extractBatch(documents, start) } satisfies WorkerMessage);
}
parentPort?.postMessage({ kind: "done" } satisfies WorkerMessage);
