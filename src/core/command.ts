// The shape of a slash command: everything else (/help, parsing, Discord registration,
// the Slack manifest, suggestions while typing) is generated from these definitions.
import type { z } from "zod";
import type { CorpusSnapshot } from "../library/snapshot.js";
import type { ReloadControl } from "../library/reload.js";
import type { PageIntake } from "../library/add-page.js";
import type { Store } from "../store/store.js";
import type { CommandName, Failure, OkPayloads } from "./reply.js";
import type { SuggestionKind } from "./vocabularies.js";

export type Platform = "console" | "cli" | "slack" | "discord";

/** Short notes on a long command's progress ("Reading 1,240 files…"), with how far along it is (0–1). */
export type Progress = (note: string, fraction?: number) => void;

export interface Caller {
  /** The platform's user id ("local" on the console and the CLI). */
  id: string;
  name?: string;
  platform: Platform;
  /** Decided by the adapter from its platform's own roles and settings. */
  isModerator: boolean;
}

export interface CommandContext {
  corpus: CorpusSnapshot;
  caller: Caller;
  now: Date;
  /** Every command, so /help can describe them. */
  commands: readonly AnyCommand[];
  reload: ReloadControl;
  /** Adds a page from a link to the corpus folder (/add). */
  pages: PageIntake;
  /** What the bot keeps from people; absent when this process has none (another process holds the data folder). */
  store?: Store;
  /** Short progress notes for long commands; adapters show them by updating their first reply. */
  progress: Progress;
}

/** What `run` returns: the payload of its command, or an expected non-answer (a bug is thrown, not returned). */
export type Outcome<N extends CommandName> =
  | ({ status: "ok"; message?: string } & OkPayloads[N])
  | Exclude<Failure, { status: "error" }>;

// `any` keeps the schema's own option types inside `run` while letting the registry hold every command.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type OptionsSchema = z.ZodObject<any>;

export interface CommandDefinition<N extends CommandName, S extends OptionsSchema> {
  name: N;
  /** One line, at most 100 characters (Discord's limit). */
  description: string;
  options: S;
  /** The option that takes the free text after the command name ("/ask why…" fills `question`). */
  rest?: keyof z.output<S> & string;
  /** What an option offers while someone types its value (Discord's autocomplete): a vocabulary of the corpus. */
  suggests?: Partial<Record<keyof z.output<S> & string, SuggestionKind>>;
  /** Moderator-only commands are refused with `forbidden` before `run`. */
  access?: "everyone" | "moderator";
  /** Shown by /help and run by the tests. */
  examples: string[];
  run(options: z.output<S>, context: CommandContext): Outcome<N> | Promise<Outcome<N>>;
}

export type AnyCommand = { [N in CommandName]: CommandDefinition<N, OptionsSchema> }[CommandName];

export function defineCommand<N extends CommandName, S extends OptionsSchema>(
  definition: CommandDefinition<N, S>,
): CommandDefinition<N, S> {
  return definition;
}
