// CORPUS_WATCH=1: reload when the corpus folder changes, once the edits have settled.
import { watch, type FSWatcher } from "node:fs";
import type { Logger } from "../logger.js";
import type { CorpusLibrary } from "./corpus-library.js";

const SETTLE_MS = 750;

/** Started and stopped with the platform adapters (it has their shape), so a shutdown stops it too. */
export interface CorpusWatcher {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function watchCorpus(library: CorpusLibrary, log: Logger, settleMs = SETTLE_MS): CorpusWatcher {
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  const reload = async () => {
    log.info({ by: "file watcher" }, "corpus folder changed; reloading");
    const result = await library.reload();
    // A change during a running reload is picked up by another pass once it ends.
    if (result.status === "busy") timer = setTimeout(() => void reload(), settleMs);
  };
  return {
    name: "corpus watcher",
    async start() {
      watcher = watch(library.current().folder, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), settleMs);
      });
      watcher.on("error", (error) => log.warn({ err: error }, "corpus watcher stopped"));
      log.info({ folder: library.current().folder }, "watching the corpus folder for changes");
    },
    async stop() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
