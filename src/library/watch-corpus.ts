// CORPUS_WATCH=1: reload when the corpus folder changes, once the edits have settled. A deploy often
// replaces the folder (deleted and made again, or renamed over): the operating system's watch stays on the
// old folder and would never fire again, so the folder is also looked at every few seconds and the watch
// re-armed, with a log line, when the folder there is another one.
import { watch, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import type { Logger } from "../logger.js";
import type { CorpusLibrary } from "./corpus-library.js";

const SETTLE_MS = 750;
const CHECK_MS = 2_000;

/** Started and stopped with the platform adapters (it has their shape), so a shutdown stops it too. */
export interface CorpusWatcher {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function watchCorpus(library: CorpusLibrary, log: Logger, settleMs = SETTLE_MS, checkMs = CHECK_MS): CorpusWatcher {
  const folder = library.current().folder;
  let watcher: FSWatcher | undefined;
  /** The folder being watched (its inode), or undefined while there is none to watch. */
  let watched: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let checker: NodeJS.Timeout | undefined;
  let stopped = false;

  const reload = async () => {
    log.info({ by: "file watcher" }, "corpus folder changed; reloading");
    const result = await library.reload();
    // A change during a running reload is picked up by another pass once it ends.
    if (result.status === "busy" && !stopped) timer = setTimeout(() => void reload(), settleMs);
  };
  const changed = () => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void reload(), settleMs);
  };

  /** Watches the folder now at `folder`; false when there is none. */
  const arm = async (): Promise<boolean> => {
    watcher?.close();
    watcher = undefined;
    watched = undefined;
    try {
      const ino = (await stat(folder)).ino;
      watcher = watch(folder, changed);
      watcher.on("error", (error) => {
        log.warn({ err: error, folder }, "corpus watcher lost the folder; looking for it again");
        watcher?.close();
        watcher = undefined;
        watched = undefined;
      });
      watched = ino;
      return true;
    } catch {
      return false;
    }
  };

  const check = async () => {
    if (stopped) return;
    const now = await stat(folder).then((s) => s.ino, () => undefined);
    if (now === watched) return;
    if (now === undefined) {
      log.warn({ folder }, "the corpus folder is gone; serving the corpus already loaded and waiting for the folder");
      watcher?.close();
      watcher = undefined;
      watched = undefined;
      return;
    }
    if (await arm()) {
      log.warn({ folder }, "the corpus folder was replaced; watching the new one and reloading");
      changed();
    }
  };

  return {
    name: "corpus watcher",
    async start() {
      stopped = false;
      await arm();
      checker = setInterval(() => void check(), checkMs);
      checker.unref();
      log.info({ folder }, "watching the corpus folder for changes");
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(checker);
      watcher?.close();
    },
  };
}
