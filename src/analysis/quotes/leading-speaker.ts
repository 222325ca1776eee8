// The speaker a sentence opens with ("A Home Office spokeswoman reinforced …", "Rudd, who …, said"):
// the subject that a participle cue ("…, adding: “…”"), a colon or a later "it said" hands a quote to.
import { BoundedCache } from "../../text/bounded-cache.js";
import { GROUP_NOUNS, PARTICLES, ROLE_ADJECTIVES, ROLE_NOUNS, ROLE_WORDS, SPOKES_NOUNS } from "./lexicon.js";
import { cleanPhrase, isAside, withoutOpeners } from "./phrase-noise.js";
import { bare, isCap } from "./phrase-words.js";
import type { SpeakerPhrase } from "./speaker-piece.js";
import { parseSpeakerPhrase } from "./speaker-phrase.js";
import { isSpaceChar } from "../../text/whitespace.js";

const NP_GLUE = new Set(["of", "for", "at", "the", "a", "an", "and", "&", "to"]);

/**
 * The noun phrase a sentence opens with ("A Home Office spokeswoman reinforced …" → the spokeswoman):
 * the subject of a participle cue when no reporting verb precedes it.
 */
export function leadingSpeaker(sentence: string): SpeakerPhrase | undefined {
  // Asked once per sentence for its subject, and again for each "it said" or "adding:" in it. Only its
  // opening words can hold that: a sentence of any length is read (and cached) by them alone.
  const opening = sentence.length > OPENING ? sentence.slice(0, OPENING) : sentence;
  return LEADS.get(opening, () => readLeadingSpeaker(opening));
}

/** The characters of a sentence that can hold its opening noun phrase, asides and openers included. */
const OPENING = 400;

const LEADS = new BoundedCache<SpeakerPhrase | undefined>();

function readLeadingSpeaker(sentence: string): SpeakerPhrase | undefined {
  // Openers ("Following a late meeting, …", "On Tuesday, …") are skipped, a piece at a time. The cleaned
  // words stand one space apart, so a piece ends at ", ": most sentences are settled by their first piece.
  const cleaned = cleanPhrase(firstPieces(sentence, 4));
  let from = 0;
  let thing = false;
  for (let n = 0; n < 4 && from <= cleaned.length; n++) {
    const comma = cleaned.indexOf(", ", from);
    const end = comma < 0 ? cleaned.length : comma + 1;
    const raw = cleaned.slice(from, end);
    const text = withoutOpeners(raw).trim();
    from = comma < 0 ? cleaned.length + 1 : comma + 2;
    // "Forbes’ summit, which brought together people from Europe and Africa, was held": the relative
    // clause belongs to a subject that names no speaker, and the names inside it are not the subject.
    if (thing && RELATIVE.test(text)) return undefined;
    // "When Wallace died in 1998, President Clinton said": a clause before the comma holds no subject of the sentence.
    if (isAside(text) || (comma >= 0 && SUBORDINATE.test(raw))) continue;
    const found = nounPhraseAt(text);
    if (found) return found;
    thing = text !== "" && parseSpeakerPhrase(text)?.kind !== "role";
  }
  return undefined;
}

/**
 * The sentence up to the comma that ends its `n`th piece (commas in brackets do not count, as
 * `cleanPhrase` drops brackets): the rest of a long sentence cannot hold its opening noun phrase.
 */
function firstPieces(sentence: string, n: number): string {
  // From comma to comma with indexOf: most sentences hold few commas and fewer brackets.
  let count = 0;
  let i = 0;
  let paren = sentence.indexOf("(");
  for (;;) {
    const comma = sentence.indexOf(",", i);
    if (comma < 0) return sentence;
    if (paren >= 0 && paren < i) paren = sentence.indexOf("(", i);
    if (paren >= 0 && paren < comma) {
      const close = sentence.indexOf(")", paren);
      i = close > 0 ? close + 1 : paren + 1;
      continue;
    }
    if (isSpaceChar(sentence.charCodeAt(comma + 1)) && ++count === n) return sentence.slice(0, comma + 1);
    i = comma + 1;
  }
}

/** The speaker a piece opens with; `text` holds words one space apart (see `cleanPhrase`). */
function nounPhraseAt(text: string): SpeakerPhrase | undefined {
  // A heading in capitals ("CONGRESS HAS INVESTIGATED HIM —") names nobody.
  if (TWO_CAPITALS.test(text) && hasTwoShoutedWords(text)) return undefined;
  // The phrase runs while its words can belong to one; the longest reading that names a speaker wins,
  // so readings are tried from the longest down. Only the first 14 words can be part of it.
  const ends: number[] = [];
  let start = 0;
  for (let n = 1; n <= 14; n++) {
    const space = text.indexOf(" ", start);
    const end = space < 0 ? text.length : space;
    const t = text.slice(start, end);
    const word = bare(t);
    // "Gerald F. Seib, the columnist": the comma ends the name, it does not make "Seib" lower-case. A lone
    // word before a comma ("Alabama,", "R-Texas,") is left out: it is a place or a party far more often.
    // "76-year-old Morton Blackwell": an age before a name is part of the phrase.
    const fits = isCap(n > 1 ? t.replace(/[,;:]$/, "") : t) || /^\d+-[a-z-]+$/.test(t) || /[’']s$/.test(t) || NP_GLUE.has(word) || PARTICLES.has(word) || ROLE_NOUNS.has(word) || ROLE_WORDS.has(word) || ROLE_ADJECTIVES.has(word) || SPOKES_NOUNS.has(word) || GROUP_NOUNS.has(word) || PRONOUN_WORD.test(word);
    if (!fits && !(DESCRIBED.test(text) && jobThenNameAhead(text, start))) break;
    // A phrase never ends on "of", "the" or "van": no need to read it there.
    if (!(t === word && (NP_GLUE.has(word) || PARTICLES.has(word)))) ends.push(end);
    if (/[,;:]$/.test(t) || space < 0) break;
    start = space + 1;
  }
  for (let i = ends.length - 1; i >= 0; i--) {
    // "The former Mexican leader": a reading cut before the noun that heads the phrase is no phrase.
    const next = /^\s*(\S+)/.exec(text.slice(ends[i]))?.[1] ?? "";
    if (/^\p{Ll}/u.test(next) && isJobNoun(bare(next))) continue;
    const phrase = parseSpeakerPhrase(text.slice(0, ends[i]));
    if (phrase && phrase.kind !== "role") return phrase;
  }
  return undefined;
}

/**
 * "the al Qaeda-linked extremist cleric Anwar al-Awlaki": a word no list knows ("extremist") is still
 * part of the phrase when a job and a full name follow within a few words.
 */
function jobThenNameAhead(text: string, from: number): boolean {
  const ahead = text.slice(from).split(" ", 6);
  for (let i = 0; i < ahead.length - 2; i++) {
    const w = bare(ahead[i]!);
    // Only describing words: a verb ("used to support fellow Kentuckian Rand Paul") ends the phrase.
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(ahead[i]!) || NOT_DESCRIBING.test(w)) return false;
    if ((ROLE_NOUNS.has(w) || ROLE_WORDS.has(w)) && isCap(ahead[i + 1]!) && isCap(ahead[i + 2]!.replace(/[,;:]$/, ""))) return true;
  }
  return false;
}

// A phrase opening on an article describes its speaker before naming them ("the veteran harbour pilot Ana Ruiz").
const DESCRIBED = /^(?:the|a|an)\s/i;
const NOT_DESCRIBING = /(?:ed|ing)$|^(?:to|and|or|but|who|which|that|has|have|had|is|was|are|were|will|would|can|could|said|says)$/;
const isJobNoun = (w: string) => ROLE_NOUNS.has(w) || ROLE_WORDS.has(w) || SPOKES_NOUNS.has(w) || GROUP_NOUNS.has(w);

const TWO_CAPITALS = /[A-Z]{2}/;
const RELATIVE = /^(?:which|that|whose|where)\s/i;
const SUBORDINATE = /^\s*(?:when|whenever|while|after|before|as|if|because|although|though|since|once|until|unless|whereas)\s/i;

/** Whether two words are written in capitals only (two letters or more), counted without splitting. */
function hasTwoShoutedWords(text: string): boolean {
  let shouted = 0;
  let letters = 0;
  let onlyCapitals = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      if (onlyCapitals && letters >= 2 && ++shouted === 2) return true;
      letters = 0;
      onlyCapitals = true;
    } else if (c >= 65 && c <= 90) letters++;
    else onlyCapitals = false;
  }
  return false;
}

const PRONOUN_WORD = /^(?:he|she|they|we|it)$/i;
