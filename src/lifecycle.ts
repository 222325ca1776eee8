// Starting and stopping the adapters of one process, and keeping it serving through faults.
import type { Logger } from "./logger.js";
import { errorReference } from "./reference.js";

export interface Adapter {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A stray rejection or exception in one conversation must not end every other one: it is logged with a
 * reference and the process keeps serving. SIGINT and SIGTERM stop every adapter cleanly, then exit.
 */
export function keepServing(adapters: () => readonly Adapter[], log: Logger): { shutdown(reason: string): Promise<void> } {
  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string) => {
    stopping ??= (async () => {
      log.info({ reason }, "shutting down");
      await Promise.allSettled(adapters().map((a) => a.stop()));
    })();
    return stopping;
  };
  process.on("unhandledRejection", (error) => {
    log.error({ err: error, reference: errorReference() }, "unhandled rejection; still serving");
  });
  process.on("uncaughtException", (error) => {
    log.error({ err: error, reference: errorReference() }, "uncaught exception; still serving");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void shutdown(signal).then(() => process.exit(0)));
  }
  return { shutdown };
}
