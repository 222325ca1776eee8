// A temporal expression found in a sentence, resolved as far as the text allows.
import type { CivilDate } from "./civil-date.js";
import type { PartialDate } from "./partial-date.js";

export interface TemporalMention {
  /** Offsets into the sentence it was found in. */
  start: number;
  end: number;
  /** The words as written: "last Wednesday", "in November", "a year ago this month". */
  expression: string;
  /** Null when the text gives no way to place it: a relative date in an article of unknown date. */
  date: PartialDate | null;
}

/** What resolving needs to know about where the sentence was found. */
export interface MentionContext {
  sentence: string;
  /** The article's publication day; null when unknown, and then only explicit dates resolve. */
  published: CivilDate | null;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
