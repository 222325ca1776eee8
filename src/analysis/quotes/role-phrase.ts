// The words that describe what someone does rather than who they are: a title before a name ("Home
// Secretary Amber Rudd"), the job words before that ("NCA director"), and pieces that are a job and
// nothing else ("the Labour leader"). A role describes a speaker; only a name says which one.
import { GROUP_NOUNS, HONORIFICS, ROLE_ADJECTIVES, ROLE_NOUNS, ROLE_WORDS, SPOKES_NOUNS, TITLE_EXPANSIONS } from "./lexicon.js";
import { bare, DETERMINER, isCap } from "./phrase-words.js";

/** A job description with no name in it: "general counsel for Privacy International", "the Labour leader". */
export function looksLikeRole(piece: string): boolean {
  const tokens = piece.split(/\s+/);
  return tokens.some((t) => ROLE_NOUNS.has(bare(t)) || ROLE_WORDS.has(bare(t))) || DETERMINER.test(piece);
}

/**
 * A role names someone by what they do, so its head is a job noun: "senior fellow at the Brookings
 * Institution", "the Indiana governor". "a ritual that marks …" or "compared to 11% of Democrats" is no role.
 */
export function headedByRole(text: string): boolean {
  const head = text.split(/\s+(?:of|for|at|with|to|in|from|on|that|who|which|whose|under|behind)\s+/i)[0] ?? "";
  const word = head.split(/\s+/).pop() ?? "";
  const last = bare(word);
  // A capitalised title for someone who does something ("National Committeeman", "Comptroller General").
  const title = isCap(word) && /(?:man|woman|er|or|ist)$/.test(last);
  return title || ROLE_NOUNS.has(last) || ROLE_WORDS.has(last) || SPOKES_NOUNS.has(last) || GROUP_NOUNS.has(last) || TITLE_EXPANSIONS[last + "."] !== undefined;
}

/** Splits a run of capitalised words into the title in front and the name. */
export function splitTitle(run: string[]): { title: string[]; name: string[] } {
  for (let i = run.length - 2; i >= 0; i--) {
    const t = run[i] ?? "";
    if (isRoleWord(t) || HONORIFICS.has(t.toLowerCase())) {
      return { title: run.slice(0, i + 1), name: run.slice(i + 1) };
    }
  }
  return { title: [], name: run };
}

/** The words right before a name that describe its bearer ("NCA director", "Trump campaign spokesman"). */
export function rolePrefix(before: string[]): string[] {
  let i = before.length;
  while (i > 0) {
    const t = before[i - 1] ?? "";
    if (isCap(t) || ROLE_WORDS.has(bare(t)) || ROLE_NOUNS.has(bare(t)) || ROLE_ADJECTIVES.has(bare(t)) || /^[\d/]+$/.test(t) || /-/.test(t)) i--;
    else break;
  }
  return before.slice(i);
}

/** A title word, or a compound of them ("Secretary-Treasurer", "vice-chair"). */
export function isRoleWord(t: string): boolean {
  const word = bare(t);
  // "Senators Ana Ruiz and Bo Lee": a title in the plural is still a title.
  return ROLE_WORDS.has(word) || (word.endsWith("s") && ROLE_WORDS.has(word.slice(0, -1))) || (word.includes("-") && word.split("-").every((part) => ROLE_WORDS.has(part)));
}
