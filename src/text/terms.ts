// How text becomes index terms, the same way for articles and for questions, so that "encrypting"
// finds "encryption", "users" finds "user" and "organisation" finds "organization".
import { stemmer } from "stemmer";
import { BoundedCache } from "./bounded-cache.js";
import { STOP_WORDS } from "./stop-words.js";

// Letters and digits of any script, with inner apostrophes ("don't") kept.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

// British and American spellings meet at one form before stemming. Applied to both sides, a rule that
// also catches an unrelated word ("rise" → "rize") does no harm: it only has to be consistent.
const SPELLING: [RegExp, string][] = [
  [/isation(s?)$/, "ization$1"],
  [/is(e|es|ed|ing|er|ers)$/, "iz$1"],
  [/ys(e|es|ed|ing)$/, "yz$1"],
  [/^(p|h|an|encyclop)ae/, "$1e"],
  [/([^aeiou]{1}[a-z]{2,})our(s|ed|ing|able)?$/, "$1or$2"],
  [/([^aeiou])tre(s?)$/, "$1ter$2"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
];

export function normalizeSpelling(word: string): string {
  let w = word;
  for (const [pattern, replacement] of SPELLING) w = w.replace(pattern, replacement);
  return w;
}

// Words repeat endlessly across a corpus while its vocabulary stays bounded: remember each word's term.
const TERMS = new BoundedCache<string | null>(500_000);

/** A single index term for a word, or null for a stop word. */
export function processTerm(word: string): string | null {
  return TERMS.get(word, () => computeTerm(word));
}

function computeTerm(word: string): string | null {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (STOP_WORDS.has(lower)) return null;
  const bare = lower.replace(/'s$/, "").replace(/'/g, "");
  if (bare.length === 0 || STOP_WORDS.has(bare)) return null;
  if (/^\d+$/.test(bare)) return bare;
  return stemmer(normalizeSpelling(bare));
}

/** The distinct content terms of a text, in order of first appearance. */
export function contentTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const word of tokenize(text)) {
    const term = processTerm(word);
    if (term) seen.add(term);
  }
  return [...seen];
}
