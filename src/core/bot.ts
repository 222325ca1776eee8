// The bot core: one corpus library and one dispatcher, shared by every adapter in the process.
import commands from "../../commands/index.js";
import type { AnyCommand, Caller } from "./command.js";
import { openCorpusLibrary, type CorpusLibrary } from "./corpus-library.js";
import { createDispatcher, type Dispatcher } from "./dispatch.js";
import type { Logger } from "./logger.js";

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
}

export async function startBot({ corpusFolder, log, now = () => new Date(), commands: list = commands }: BotOptions): Promise<Bot> {
  const library = await openCorpusLibrary(corpusFolder, log);
  const dispatcher = createDispatcher({
    commands: list,
    log,
    context: (caller: Caller) => ({ corpus: library.current(), caller, now: now(), commands: list, reload: library }),
  });
  return { ...dispatcher, library, log };
}
