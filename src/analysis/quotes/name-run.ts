// The run of capitalised words that ends a piece of a speaker phrase ("… Amber Rudd", "… the Shortgro
// Foundation"): where it starts, whether it names an organisation rather than a person, and the name it
// spells. A name is read from the end of a piece because English puts titles and descriptions in front.
import { HONORIFICS, ORG_WORDS, PARTICLES, PLACE_FIRST, PLACE_LAST, REGION_FIRST } from "./lexicon.js";
import { bare, isCap, isInitial, isPossessive } from "./phrase-words.js";

/** The run of capitalised words (with particles and initials) that ends the token list, if any. */
export function trailingRun(tokens: string[]): number {
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1] ?? "";
    // Particles sit between the words of a name, one or several ("Ana de la Cruz", "Sophie in ’t Veld").
    let j = i - 2;
    while (j >= 0 && isParticle(tokens, j)) j--;
    const inside = i < tokens.length && i - 1 > 0 && j >= 0 && isCap(tokens[j] ?? "");
    // "South Korean-born Ana Ruiz": a word ending in "-born" describes the person after it.
    if (/-born$/i.test(t)) break;
    if (isCap(t) && !isPossessive(t) || isInitial(t) || /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(t)) i--;
    else if (inside && isParticle(tokens, i - 1)) i--;
    else break;
  }
  // A possessive ends the run: "Clinton’s campaign chairman John Podesta" keeps only "John Podesta".
  return i;
}

/** A name's particle: "van", "de", "’t", and "in" only before "’t" (Dutch "in ’t Veld"). */
function isParticle(tokens: readonly string[], i: number): boolean {
  const t = tokens[i] ?? "";
  return PARTICLES.has(t) || (t === "in" && /^['’]t$/.test(tokens[i + 1] ?? ""));
}

const isAcronym = (t: string) => /^[A-Z][A-Z0-9&.\-]{1,9}$/.test(t) && !HONORIFICS.has(t.toLowerCase());
// "G.K." before a surname is a person's initials; "U.N." ending a run is an acronym.
const isInitials = (t: string) => /^(?:[A-Z]\.){1,3}$/.test(t);

export function isOrgRun(run: string[]): boolean {
  // "Hillsborough County GOP", "NBC": a word in capitals is an acronym, and names no person (initials aside).
  return run.some((t) => ORG_WORDS.has(bare(t))) || run.some((t, i) => isAcronym(t) && !(isInitials(t) && (i < run.length - 1 || run.length > 2)));
}

export function nameOf(tokens: string[]): string {
  // "Ouisa Davis' commentary": the apostrophe of a possessive is no part of the name.
  const name = tokens.join(" ").replace(/[,;:]$/, "").replace(/(\p{Ll})['’]$/u, "$1");
  // "the Shortgro Foundation.": a sentence's full stop is no part of a name; "Jr." and "J." keep theirs.
  const last = tokens[tokens.length - 1] ?? "";
  return name.endsWith(".") && !/^(?:\p{Lu}|Jr|Sr|St|Inc|Corp|Co|Ltd|Bros)\.$/u.test(last) && !/\.\p{L}/u.test(last) ? name.slice(0, -1) : name;
}

/**
 * A place, not a person: "Port Desky", "Mount Kenya", "Palm Beach County". Only words that never begin or
 * end a person's name count (so not "Park", "Hill" or "Rivers").
 */
export function isPlaceName(tokens: readonly string[]): boolean {
  const first = (tokens[0] ?? "").toLowerCase();
  const last = (tokens[tokens.length - 1] ?? "").toLowerCase().replace(/[.,;:]$/, "");
  // "New York City Public Advocate Trish James" runs on past the place into a person's title and name.
  return tokens.length >= 2 && (PLACE_FIRST.has(first) || PLACE_LAST.has(last) || (REGION_FIRST.has(first) && tokens.length <= 3));
}
