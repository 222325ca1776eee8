// The bot core: one corpus library and one dispatcher, shared by every adapter in the process.
import commands from "../../commands/index.js";
import type { AnyCommand, Caller } from "./command.js";
import { openCorpusLibrary, type CorpusLibrary } from "../library/corpus-library.js";
import { createDispatcher, type Dispatcher } from "./dispatch.js";
import type { Logger } from "../logger.js";
import { RateLimiter, type RateLimitSettings } from "./rate-limit.js";

export interface Bot extends Dispatcher {
  library: CorpusLibrary;
  log: Logger;
}

export interface BotOptions {
  corpusFolder: string;
  log: Logger;
  /** The clock commands see; tests pass a fixed one. */
  now?: () => Date;
  commands?: readonly AnyCommand[];
  /** Per-user limits for people on chat platforms; none when absent. */
  rateLimit?: RateLimitSettings;
  /** Where built corpora are kept between runs; none when absent. */
  cacheDir?: string;
}

export async function startBot({ corpusFolder, log, now = () => new Date(), commands: list = commands, rateLimit, cacheDir }: BotOptions): Promise<Bot> {
  const library = await openCorpusLibrary(corpusFolder, log, cacheDir ? { cacheDir } : {});
  const dispatcher = createDispatcher({
    commands: list,
    log,
    ...(rateLimit && { rateLimiter: new RateLimiter(rateLimit, () => now().getTime()) }),
    context: (caller: Caller, delivery) => ({
      corpus: library.current(),
      caller,
      now: now(),
      commands: list,
      reload: library,
      progress: delivery.progress ?? (() => {}),
    }),
  });
  return { ...dispatcher, library, log };
}
