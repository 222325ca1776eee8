// The bot core: one corpus library and one dispatcher, shared by every adapter in the process.
import { openCorpusLibrary, type CorpusLibrary } from "../library/corpus-library.js";
import { createPageIntake, type FetchPolicy } from "../library/add-page.js";
import type { Logger } from "../logger.js";
import type { AnyCommand, Caller } from "./command.js";
import { createQuestionAnswerer, type QuestionAnswerer } from "./answer-question.js";
import { createDispatcher, type Dispatcher } from "./dispatch.js";
import { RateLimiter, type RateLimitSettings } from "./rate-limit.js";
import { suggest } from "./suggestions.js";
import { createQuestionLog } from "./question-log.js";
import type { Reply } from "./reply.js";
import type { Store } from "../store/store.js";

export interface Bot extends Dispatcher, QuestionAnswerer {
  library: CorpusLibrary;
  store?: Store;
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
  /** Where reports, settings and the question log are kept; without one they are not kept. A promise
   * opens while the corpus loads. */
  store?: Store | Promise<Store | undefined>;
  /** How long the words of a question are kept (LOG_RETENTION_DAYS). */
  retentionDays?: number;
}

export async function startBot({ corpusFolder, log, commands, now = () => new Date(), rateLimit, cacheDir, fetchPolicy = { allowPrivate: false }, store: opening, retentionDays = 30 }: BotOptions): Promise<Bot> {
  const [library, store] = await Promise.all([openCorpusLibrary(corpusFolder, log, cacheDir ? { cacheDir } : {}), opening]);
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
      ...(store && { store }),
      progress: delivery.progress ?? (() => {}),
    }),
  });
  const answerer = createQuestionAnswerer(dispatcher, () => library.current(), now);
  const asked = store ? createQuestionLog(store, log, retentionDays, now) : undefined;
  if (asked) void asked.forgetOld();
  // Each request a person makes is recorded once, after its answer: the commands a question tries are not.
  const recorded =
    <A extends unknown[]>(answer: (text: string, caller: Caller, ...rest: A) => Promise<Reply>) =>
    async (text: string, caller: Caller, ...rest: A): Promise<Reply> => {
      const reply = await answer(text, caller, ...rest);
      asked?.record(text, caller, reply);
      return reply;
    };
  return {
    ...dispatcher,
    handleText: recorded(dispatcher.handleText),
    handleOptions: async (name, values, caller, delivery) => {
      const reply = await dispatcher.handleOptions(name, values, caller, delivery);
      asked?.record(`/${name} ${Object.entries(values).map(([k, v]) => `${k}:${String(v)}`).join(" ")}`.trim(), caller, reply);
      return reply;
    },
    handleMessage: recorded(answerer.handleMessage),
    ...(store && { store }),
    library,
    log,
    suggest(name, option, typed, limit) {
      const command = dispatcher.find(name);
      return command ? suggest(library.current(), command, option, typed, limit) : [];
    },
  };
}
