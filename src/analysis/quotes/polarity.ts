// Whether a fragment says what the quotation says or its opposite. The alignment forgives words left out,
// so "I support end-to-end encryption" would otherwise fit "I do not support end-to-end encryption" well:
// a negation added or dropped, or a verb swapped for its opposite, makes the fragment another statement,
// and crediting it to the speaker would put the reverse of their words in their mouth.
import { processTerm } from "../../text/terms.js";
import { typoOf } from "./typos.js";

/** A word as the alignment reads it (fragment-match.ts's Token): its term, its lower-case form, where it is. */
interface Word {
  term: string;
  word: string;
  start: number;
  end: number;
}

// Words as tokens hold them: lower case, apostrophes dropped ("don't" and "dont" are both "dont").
const NEGATORS = new Set([
  "not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "nowhere", "cannot",
  "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt",
  "cant", "hasnt", "havent", "hadnt", "mustnt", "neednt", "aint", "shant", "mightnt",
]);

// Verbs and adjectives whose opposite reverses a statement. Either word of a pair in the fragment, where
// the stretch holds only the other, is a reversal. Compared as index terms, so "supports" meets "support".
const OPPOSITES = [
  ["support", "oppose"], ["accept", "reject"], ["agree", "disagree"], ["allow", "forbid"],
  ["approve", "disapprove"], ["like", "dislike"], ["trust", "distrust"], ["legal", "illegal"],
  ["possible", "impossible"], ["right", "wrong"], ["increase", "decrease"], ["win", "lose"],
] as const;
const OPPOSITE = new Map<string, string>();
for (const [a, b] of OPPOSITES) {
  const [ta, tb] = [processTerm(a) ?? a, processTerm(b) ?? b];
  OPPOSITE.set(ta, tb).set(tb, ta);
}

const TYPO_LENGTH = 5;

/**
 * Whether `fragment` keeps the polarity of the stretch of `quote` it was matched to (character offsets):
 * as many negations, modulo two, and no word of the quotation swapped for its opposite.
 */
export function samePolarity(fragment: readonly Word[], quote: readonly Word[], start: number, end: number): boolean {
  const stretch = quote.filter((t) => t.start >= start && t.end <= end);
  // A typed negation may hold a typo ("noboy" for the quotation's "nobody"): it still negates. Only long
  // words: "can" is one edit from "cant" and "ever" from "never", and both are words in their own right.
  const quoted = new Set(stretch.filter((t) => t.word.length >= TYPO_LENGTH && NEGATORS.has(t.word)).map((t) => t.word));
  const typedNegations = fragment.filter((t) => NEGATORS.has(t.word) || (t.word.length >= TYPO_LENGTH && [...quoted].some((n) => typoOf(t.word, n)))).length;
  if (typedNegations % 2 !== negations(stretch) % 2) return false;
  // A word swapped for its opposite seldom aligns, so the stretch may begin after it: the whole quotation
  // is what must not hold the opposite without the word itself.
  const said = new Set(quote.map((t) => t.term));
  const typed = new Set(fragment.map((t) => t.term));
  for (const term of typed) {
    const opposite = OPPOSITE.get(term);
    if (opposite && said.has(opposite) && !said.has(term)) return false;
  }
  return true;
}

function negations(tokens: readonly Word[]): number {
  let n = 0;
  for (const t of tokens) if (NEGATORS.has(t.word)) n++;
  return n;
}
