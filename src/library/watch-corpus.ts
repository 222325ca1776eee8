// CORPUS_WATCH=1: reload when the corpus folder changes, once the edits have settled.
import { watch, type FSWatcher } from "node:fs";
import type { CorpusLibrary } from "./corpus-library.js";
import type { Adapter } from "../lifecycle.js";
import type { Logger } from "../logger.js";

const SETTLE_MS = 750;

export function watchCorpus(library: CorpusLibrary, log: Logger, settleMs = SETTLE_MS): Adapter {
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  const reload = async () => {
    const result = await library.reload({ id: "watcher", name: "file watcher", platform: "console", isModerator: true });
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
