// Which way a sentence looks from its publication day, judged by the verb nearest the date: "said on
// Sunday" looked back, "will meet on Thursday" looks ahead. Only dates the text leaves open ("on
// Thursday", "in November", "April 21") need it; the nearest verb is the one the date most often modifies.

export type Tense = "past" | "future" | "unknown";

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

function markerAt(words: string[], i: number): Tense | undefined {
  const w = words[i] ?? "";
  const next = words[i + 1];
  if (w === "will" || w === "shall" || w === "won't" || w === "won’t" || /['’]ll$/.test(w) || w === "tomorrow" || w === "next" || w === "upcoming") {
    return "future";
  }
  if (w === "would") return next === "have" ? "past" : "future";
  if (next === "to" && AHEAD_WITH_TO.has(w)) return "future";
  const previous = words[i - 1] ?? "";
  if (next === "to" && AHEAD_AFTER_BE.has(w) && (BE.has(previous) || /['’]s$/.test(previous))) return "future";
  if (IRREGULAR_PAST.has(w)) return "past";
  if (w.length > 3 && /[a-z]ed$/.test(w) && !NOT_PAST.has(w) && (!w.endsWith("eed") || EED_PAST.has(w))) return "past";
  return undefined;
}

/** The tense of the verb nearest to `sentence.slice(start, end)`; a tie goes to the verb before it. */
export function tenseNear(sentence: string, start: number, end: number): Tense {
  const tokens = [...sentence.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
  const words = tokens.map((t) => t.word);
  const first = tokens.findIndex((t) => t.to > start);
  if (first < 0) return "unknown";
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.from ?? Infinity) < end) last++;
  for (let distance = 1; distance < tokens.length; distance++) {
    const before = first - distance;
    const after = last + distance;
    if (before < 0 && after >= tokens.length) break;
    const left = before >= 0 ? markerAt(words, before) : undefined;
    if (left) return left;
    const right = after < tokens.length ? markerAt(words, after) : undefined;
    if (right) return right;
  }
  return "unknown";
}
