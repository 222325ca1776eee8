// How every platform treats a failure, decided on its code.
import type { Speaker } from "../../analysis/quotes/quote-index.js";
import { assertNever } from "../../core/assert-never.js";
import type { Failure } from "../../core/reply.js";

/**
 * Whether others may see it: "nothing found" may interest the channel, while mistakes, refusals and errors
 * concern the asker alone. A new code fails the type check here until it is decided.
 */
export function mayShowInChannel(failure: Failure): boolean {
  switch (failure.code) {
    case "not-found":
    case "no-such-speaker":
    case "ambiguous":
    case "speaker-unknown":
    case "speaker-unsure":
      return true;
    case "empty":
    case "not-a-command":
    case "too-long":
    case "control-characters":
    case "unknown-command":
    case "bad-option":
    case "reload-failed":
    case "page-refused":
    case "no-store":
    case "moderators-only":
    case "rate-limited":
    case "internal":
      return false;
    default:
      return assertNever(failure);
  }
}

/** The people offered instead: for a name that matched nobody or several people, or who may have said a quotation. */
export function candidatesOf(failure: Failure): readonly Speaker[] {
  return "candidates" in failure ? (failure.candidates ?? []) : [];
}
