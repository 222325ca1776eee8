// Which way a sentence looks from its publication day, judged by the verb group nearest the date: "said on
// Sunday" looked back, "will meet on Thursday" and "is due in court on Friday" look ahead, and "Rovers host
// Kingsbury on Wednesday" (present tense) leaves it open. Only dates the text leaves open ("on Thursday",
// "in November", "April 21") need it; the nearest verb is the one the date most often modifies.
//
// Without a part-of-speech tagger, a verb group is read from its auxiliaries: "will be sentenced" is
// future though "sentenced" ends in -ed, "has been questioned" is past, "the planned meeting" and
// "state-owned" hold no verb at all, and "could", "should" or "is" stop the search without a direction.

export type Tense = "past" | "future" | "unknown";

/** What one word says about the tense: a direction, the present or a modal (stop, no direction), or nothing. */
type Marker = "past" | "future" | "present" | "modal" | undefined;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// Irregular past forms common in news; ambiguous ones ("put", "read", "set", "hit", "cut") are left out.
const IRREGULAR_PAST = new Set(
  `was were had did been said told came went took made met gave got began sent left led held won lost fell
  rose saw found knew thought brought bought paid ran spoke wrote drove struck stood sat shot fought became
  broke chose ate flew forgot froze hid hung kept laid meant rode rang sought sold shook slid spent stole
  stuck swore swept taught tore threw understood woke wore wept withdrew built dealt felt fled heard lit
  wasn't weren't didn't hadn't wasn’t weren’t didn’t hadn’t
  arose bore bound caught crept dug drew drank fed forgave grew knelt lent sank shrank slept sprang stung
  strode swung withheld upheld overtook undertook ago earlier previously yesterday`.split(/\s+/).filter(Boolean),
);

// "-ed" words that are not past verbs.
const NOT_PAST = new Set(
  `need speed feed seed bed red shed indeed proceed exceed succeed hundred sacred naked wicked kindred
  ahmed mohammed muhammad`.split(/\s+/).filter(Boolean),
);

const EED_PAST = new Set(["agreed", "freed", "guaranteed", "decreed", "disagreed"]);

// Verbs that look ahead when "to" follows: "plans to meet", "is expected to rule", "are due to vote".
const AHEAD_WITH_TO = new Set(["plan", "plans", "planning", "planned", "intend", "intends", "intended", "aim", "aims", "expected", "expect", "expects", "going", "scheduled", "poised", "preparing"]);
// Only ahead after a form of "be": "is due to", "are set to" (but "due to the attack" is a cause).
const AHEAD_AFTER_BE = new Set(["due", "set", "about"]);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const HAVE_NOW = new Set(["has", "have", "’ve", "'ve", "hasn't", "hasn’t", "haven't", "haven’t"]);
const BE_NOW = new Set(["is", "are", "am", "’s", "'s", "’re", "'re"]);
// After "is"/"are", these participles put the event ahead: "the vote is scheduled for Thursday".
const SCHEDULED = new Set(["scheduled", "slated", "timetabled", "planned", "expected", "booked", "penciled", "pencilled"]);
// Present-tense auxiliaries and modals: the sentence speaks of now or of what may be, not of a past day.
const PRESENT = new Set(["is", "are", "am", "does", "isn't", "isn’t", "aren't", "aren’t", "doesn't", "doesn’t"]);
const MODALS = new Set(["can", "could", "should", "might", "must", "may", "cannot", "can't", "can’t"]);
// A participle right after one of these is an adjective ("the planned meeting", "its proposed merger").
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "some", "any", "no", "every", "each"]);
// Words that may stand inside a verb group: "has also been", "will not be", "was later charged".
const ADVERBS = new Set(["not", "also", "already", "just", "now", "still", "never", "later", "then", "first", "since", "only", "reportedly", "allegedly", "n't"]);
// A conditional's verb is in the present even when it speaks of the future: "if they win in November".
const CONDITIONAL = new Set(["if", "unless", "whether"]);

interface Token {
  word: string;
  /** As written: "may" the modal is lower-case, "May" the month is not. */
  raw: string;
  from: number;
  to: number;
}

/** The nearest word before `i` that is not an adverb inside a verb group. */
function auxiliaryBefore(tokens: readonly Token[], i: number): string {
  let j = i - 1;
  while (j >= 0 && ADVERBS.has(tokens[j]?.word ?? "")) j--;
  return tokens[j]?.word ?? "";
}

function markerAt(tokens: readonly Token[], sentence: string, i: number): Marker {
  const token = tokens[i] as Token;
  const w = token.word;
  const next = tokens[i + 1]?.word;
  if (w === "will" || w === "shall" || w === "won't" || w === "won’t" || /['’]ll$/.test(w) || w === "tomorrow" || w === "next" || w === "upcoming") {
    return "future";
  }
  if (w === "would") return next === "have" ? "past" : "future";
  // "if his candidate were to win in November": a hypothesis, not the past.
  if (w === "were" && next === "to") return "present";
  if (next === "to" && AHEAD_WITH_TO.has(w)) return "future";
  const previous = tokens[i - 1]?.word ?? "";
  const beBefore = BE.has(previous) || /['’]s$/.test(previous);
  if (next === "to" && AHEAD_AFTER_BE.has(w) && beBefore) return "future";
  // "is due in court on Friday", "are due on Thursday".
  if (w === "due" && BE_NOW.has(previous)) return "future";
  // The present perfect ("has summoned the firms to talks on Thursday") tells a past act whose day English
  // leaves unsaid: a day next to it belongs to something else, so the search goes on past it.
  const perfect = HAVE_NOW.has(auxiliaryBefore(tokens, i));
  if (IRREGULAR_PAST.has(w)) return perfect ? undefined : "past";
  if (w.length > 3 && /[a-z]ed$/.test(w) && !NOT_PAST.has(w) && (!w.endsWith("eed") || EED_PAST.has(w))) {
    // "state-owned", "London-based": the second half of a compound is no verb.
    if (sentence[token.from - 1] === "-") return undefined;
    const aux = auxiliaryBefore(tokens, i);
    if (DETERMINERS.has(aux) || (/['’]s$/.test(previous) && !/^(?:it|he|she|that|what|who|there)['’]s$/.test(previous))) return undefined;
    // "will be sentenced", "could be approved": the auxiliary before "be" decides.
    if (aux === "be" || aux === "being" || aux === "been") return undefined;
    if (perfect) return undefined;
    if (BE_NOW.has(aux)) {
      if (SCHEDULED.has(w)) return "future";
      // "is accused of", "are charged with", "is thought to have": a past act told in the present.
      if (next === "of" || next === "with" || (next === "to" && tokens[i + 2]?.word === "have")) return "past";
      // "is closed until Monday": a state that holds now.
      return "present";
    }
    return "past";
  }
  if (MODALS.has(w)) {
    if (w === "may" && token.raw !== "may") return undefined; // the month, or Theresa May
    // "could have", "may have", "should have": a past possibility.
    if (next === "have" || next === "’ve" || next === "'ve") return "past";
    return "modal";
  }
  if (PRESENT.has(w)) return "present";
  return undefined;
}

// A sentence is often asked about several dates in a row: keep the last one's words.
let lastSentence = "";
let lastTokens: Token[] = [];

function tokenize(sentence: string): Token[] {
  if (sentence === lastSentence) return lastTokens;
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const from = m.index ?? 0;
    tokens.push({ word: m[0].toLowerCase(), raw: m[0], from, to: from + m[0].length });
  }
  lastSentence = sentence;
  lastTokens = tokens;
  return tokens;
}

const asTense = (m: Marker): Tense => (m === "past" || m === "future" ? m : "unknown");

/**
 * The tense of the verb group nearest to `sentence.slice(start, end)`; a tie goes to the verb before it.
 * A possessive date ("Monday night's debate would be…") first looks just after its noun, where the
 * verb it is the subject of stands.
 */
export function tenseNear(sentence: string, start: number, end: number): Tense {
  // The verbs that can govern a date stand near it: a sentence of any length is read within WINDOW of it,
  // so that a paragraph of thousands of dates costs its length, not its length squared.
  if (sentence.length > end - start + 2 * WINDOW) {
    const from = Math.max(0, start - WINDOW);
    return tenseNear(sentence.slice(from, end + WINDOW), start - from, end - from);
  }
  const tokens = tokenize(sentence);
  const first = tokens.findIndex((t) => t.to > start);
  if (first < 0) return "unknown";
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.from ?? Infinity) < end) last++;
  const possessive = /^['’]s\b/.test(sentence.slice(end));
  if (possessive) {
    for (let i = last + 1; i < Math.min(tokens.length, last + 5); i++) {
      const m = markerAt(tokens, sentence, i);
      if (m === "past" || m === "future") return m;
      if (/[,;:.!?]/.test(sentence.slice(tokens[i]?.to ?? 0, tokens[i + 1]?.from ?? sentence.length))) break;
    }
  }
  // The date's own clause first ("Pell, who campaigned on Tuesday, is due…"), then the whole sentence.
  const clause = clauseAround(sentence, tokens, first, last);
  const marker = nearestMarker(tokens, sentence, first, last, clause.from, clause.to) ?? nearestMarker(tokens, sentence, first, last, 0, tokens.length - 1);
  // An event named by its day and spoken of in the present ("the impact of Monday's debate is still
  // small") is one that has happened, unless the sentence waits for it ("ahead of Monday's debate").
  if (possessive && marker === "present") return AWAITING.test(sentence.slice(0, start)) ? "future" : "past";
  return asTense(marker);
}

/** How far either side of a date its governing verb is looked for, in characters. */
const WINDOW = 400;

const AWAITING = /\b(?:ahead of|in advance of|in the run-up to|build-up to|preparing for|prepare for|prepares for)\s+(?:the\s+)?$/i;

// Punctuation that closes a clause: commas, semicolons, colons, dashes, brackets and quotation marks.
const CLAUSE_BREAK = /[,;:()"“”—–]|\s-\s/;

function clauseAround(sentence: string, tokens: readonly Token[], first: number, last: number): { from: number; to: number } {
  let from = first;
  while (from > 0 && !CLAUSE_BREAK.test(sentence.slice(tokens[from - 1]?.to ?? 0, tokens[from]?.from ?? 0))) from--;
  let to = last;
  while (to + 1 < tokens.length && !CLAUSE_BREAK.test(sentence.slice(tokens[to]?.to ?? 0, tokens[to + 1]?.from ?? 0))) to++;
  return { from, to };
}

/** The nearest marker to tokens first..last within tokens from..to; undefined when there is none. */
function nearestMarker(tokens: readonly Token[], sentence: string, first: number, last: number, from: number, to: number): Marker {
  for (let distance = 1; ; distance++) {
    const before = first - distance;
    const after = last + distance;
    if (before < from && after > to) return undefined;
    if (before >= from) {
      const left = markerAt(tokens, sentence, before);
      if (left) return left;
      // Past "if" the clause is over: its verb, found or not, was present tense.
      if (CONDITIONAL.has(tokens[before]?.word ?? "")) return (after > to ? undefined : nearestRight(tokens, sentence, after, to)) ?? "modal";
    }
    const right = after <= to ? markerAt(tokens, sentence, after) : undefined;
    if (right) return right;
  }
}

function nearestRight(tokens: readonly Token[], sentence: string, from: number, to: number): Marker {
  for (let i = from; i <= to; i++) {
    const m = markerAt(tokens, sentence, i);
    if (m) return m;
  }
  return undefined;
}
