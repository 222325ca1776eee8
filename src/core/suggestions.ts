// What an option suggests while someone types its value: the command's definition names a vocabulary
// (`suggests`), the corpus being served supplies it. Adapters ask the bot, never the corpus.
import type { CorpusSnapshot } from "../library/snapshot.js";
import type { AnyCommand } from "./command.js";
import { MAX_SUGGESTIONS, suggestFrom, type SuggestionKind } from "./vocabularies.js";

/** The vocabulary that `option` of `command` suggests from, if any. */
export function suggestionKind(command: AnyCommand, option: string): SuggestionKind | undefined {
  return (command.suggests as Partial<Record<string, SuggestionKind>> | undefined)?.[option];
}

/** Up to `limit` values for what the person has `typed` so far, best first; the most common when nothing is typed. */
export function suggest(snapshot: CorpusSnapshot, command: AnyCommand, option: string, typed: string, limit = MAX_SUGGESTIONS): string[] {
  const kind = suggestionKind(command, option);
  return kind ? suggestFrom(snapshot, kind, typed, limit) : [];
}
