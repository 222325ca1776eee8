// The bot core: one corpus library and one dispatcher, shared by every adapter in the process.
import { openCorpusLibrary, type CorpusLibrary } from "../library/corpus-library.js";
import { createPageIntake, type FetchPolicy } from "../library/add-page.js";
import type { Logger } from "../logger.js";
import type { AnyCommand, Caller } from "./command.js";
import { createQuestionAnswerer, type QuestionAnswerer } from "./answer-question.js";
import { createDispatcher, type Dispatcher } from "./dispatch.js";
import { RateLimiter, type RateLimitSettings } from "./rate-limit.js";
import { suggest } from "./suggestions.js";

export interface Bot extends Dispatcher, QuestionAnswerer {
  library: CorpusLibrary;
  log: Logger;
  /** What `option` of the command `name` offers for the value typed so far (Discord's autocomplete). */
  suggest(name: string, option: string, typed: string, limit?: number): string[];
}

export interface BotOptions {
  corpusFolder: string;
  log: Logger;
  /** The commands it answers (commands/index.ts in the product; tests bring their own). */
  commands: readonly AnyCommand[];
  /** The clock commands see; tests pass a fixed one. */
  now?: () => Date;
  /** Per-user limits for people on chat platforms; none when absent. */
  rateLimit?: RateLimitSettings;
  /** Where built corpora are kept between runs; none when absent. */
  cacheDir?: string;
  /** How /add may fetch pages; private addresses are refused unless the operator allows them. */
  fetchPolicy?: FetchPolicy;
}

export async function startBot({ corpusFolder, log, commands, now = () => new Date(), rateLimit, cacheDir, fetchPolicy = { allowPrivate: false } }: BotOptions): Promise<Bot> {
  const library = await openCorpusLibrary(corpusFolder, log, cacheDir ? { cacheDir } : {});
  const pages = createPageIntake(library, fetchPolicy);
  const dispatcher = createDispatcher({
    commands,
    log,
    ...(rateLimit && { rateLimiter: new RateLimiter(rateLimit, () => now().getTime()) }),
    context: (caller: Caller, delivery) => ({
      corpus: library.current(),
      caller,
      now: now(),
      commands,
      reload: library,
      pages,
      progress: delivery.progress ?? (() => {}),
    }),
  });
  return {
    ...dispatcher,
    ...createQuestionAnswerer(dispatcher, () => library.current(), now),
    library,
    log,
    suggest(name, option, typed, limit) {
      const command = dispatcher.find(name);
      return command ? suggest(library.current(), command, option, typed, limit) : [];
    },
  };
}
