// The corpus's vocabularies that suggestions are drawn from while someone types: speakers, topics and
// quotations (each command says which of its options suggests from which, in its `suggests`).
// Platform-neutral (Discord's autocomplete is one user of it) and fast: each vocabulary is read once per
// corpus snapshot, on first use, and kept beside that snapshot. Speakers and quotations come from the
// snapshot's quote index; topics (people, places, organisations) from its timeline: the people of its
// events and the names their texts mention.
import type { CorpusSnapshot } from "../library/snapshot.js";
import { fold } from "../text/fold.js";
import { STOP_WORDS } from "../text/stop-words.js";

export type SuggestionKind = "speakers" | "topics" | "quotations";

export const MAX_SUGGESTIONS = 25;

/** Up to `limit` entries of the `kind` vocabulary for what the person has `typed` so far, best first; the most common when nothing is typed. */
export function suggestFrom(snapshot: CorpusSnapshot, kind: SuggestionKind, typed: string, limit = MAX_SUGGESTIONS): string[] {
  const words = foldTyped(typed).split(/\s+/).filter(Boolean);
  const ranked = vocabulary(snapshot, kind);
  if (words.length === 0) return ranked.slice(0, limit).map((r) => r.text);
  const scored: { entry: Entry; score: number }[] = [];
  for (const entry of ranked) {
    const score = matchScore(entry, words);
    if (score > 0) scored.push({ entry, score });
  }
  // `ranked` is already in weight order and the sort is stable: equal scores keep it.
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map((s) => s.entry.text);
}

interface Entry {
  text: string;
  /** `text` and anything else it may be found by (a speaker's role), lower case, without accents. */
  folded: string;
  /** Where each word of `folded` starts. */
  wordStarts: string[];
  weight: number;
}

const cache = new WeakMap<CorpusSnapshot, Map<SuggestionKind, Entry[]>>();

function vocabulary(snapshot: CorpusSnapshot, kind: SuggestionKind): Entry[] {
  let kinds = cache.get(snapshot);
  if (!kinds) cache.set(snapshot, (kinds = new Map()));
  let entries = kinds.get(kind);
  if (!entries) {
    entries = rank(kind === "speakers" ? speakersOf(snapshot) : kind === "topics" ? topicsOf(snapshot) : quotationsOf(snapshot));
    kinds.set(kind, entries);
  }
  return entries;
}

interface Candidate {
  weight: number;
  /** More words that find it: a speaker's role and organisation. */
  also?: string;
}

/** Heaviest first, then shortest, then alphabetical: a stable order for the same corpus. */
function rank(candidates: Map<string, Candidate>): Entry[] {
  return [...candidates]
    .map(([text, { weight, also }]) => {
      const folded = foldTyped(also ? `${text} ${also}` : text);
      return { text, folded, wordStarts: folded.split(/[\s\-–—/,()]+/).filter(Boolean), weight };
    })
    .sort((a, b) => b.weight - a.weight || a.text.length - b.text.length || a.text.localeCompare(b.text));
}

/**
 * 3: the whole starts with what was typed; 2: every typed word starts a word of it; 1: it contains the
 * typed text, once that is long enough not to turn up inside any word ("pa" in "company").
 */
function matchScore(entry: Entry, words: string[]): number {
  const phrase = words.join(" ");
  if (entry.folded.startsWith(phrase)) return 3;
  if (words.every((w) => entry.wordStarts.some((s) => s.startsWith(w)))) return 2;
  return phrase.length >= 4 && entry.folded.includes(phrase) ? 1 : 0;
}

/** Folded as names are (text/fold.ts), with every quote glyph made plain: people type straight quotes. */
function foldTyped(text: string): string {
  return fold(text).replace(/[‘`]/g, "'").replace(/[“”]/g, '"');
}

// --- Reading the vocabularies -------------------------------------------------------------------

function speakersOf(snapshot: CorpusSnapshot): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const s of snapshot.quotes.speakerSummaries()) {
    out.set(s.name, { weight: s.quotes, ...(s.role && { also: s.role }) });
  }
  return out;
}

function quotationsOf(snapshot: CorpusSnapshot): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  // Only what /who-said can answer: a quotation whose article says who spoke it.
  for (const q of snapshot.quotes.quotations) {
    const text = q.text.replace(/\s+/g, " ").trim();
    // A few words ("call time") are a phrase someone used, not a quotation worth offering.
    if (!q.speaker || text.split(" ").length < 4) continue;
    const known = out.get(text);
    out.set(text, { weight: (known?.weight ?? 0) + q.confidence });
  }
  return out;
}

function topicsOf(snapshot: CorpusSnapshot): Map<string, Candidate> {
  const counts = new Map<string, number>();
  for (const event of snapshot.timeline.query({})) {
    // A person an event names is the likeliest topic; the names in its text come next.
    for (const person of event.people ?? []) add(counts, person, 2);
    namesIn(event.text, counts);
  }
  keepNames(counts, snapshot);
  return new Map([...counts].map(([name, weight]) => [name, { weight }]));
}

// A run of capitalised words, allowing the small words inside names ("Bank of England", "Ursula von der Leyen").
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s(?:(?:of|for|and|the|de|van|von|der|al|bin|la|le)\s){0,2}\p{Lu}[\p{L}\p{M}'’\-]*){0,4}`;
const NAMES = new RegExp(`(?<![\\p{L}\\p{M}])${NAME}`, "gu");
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|rep)\.?\s+/i;
// Small words that are also names: "Theresa May" keeps her surname.
const NAME_WORDS = new Set(["may", "will", "hope", "faith"]);
const TIME_WORDS = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(" "),
);

function add(counts: Map<string, number>, text: string | undefined, weight = 1): void {
  if (text) counts.set(text, (counts.get(text) ?? 0) + weight);
}

/** Capitalised names in `text`: several-word names anywhere, one-word names only inside a sentence
 *  (a capital after a full stop is just a sentence start). */
function namesIn(text: string, counts: Map<string, number>): void {
  for (const m of text.matchAll(NAMES)) {
    const name = cleanName(m[0]);
    if (!name) continue;
    const at = m.index ?? 0;
    const startsSentence = at === 0 || /(?:[.!?:]\s*|[“"‘]|\n\s*)$/.test(text.slice(Math.max(0, at - 3), at));
    if (name.includes(" ") || !startsSentence) add(counts, name);
  }
}

/** "But the Home Office's" → "Home Office"; undefined when nothing but small words is left. */
function cleanName(raw: string): string | undefined {
  const trimmed = raw.replace(HONORIFIC, "").replace(/['’]s?$/, "");
  // "U.S." keeps its dots; "Office." does not.
  const words = (/(?:^|\s)(?:\p{Lu}\.)+$/u.test(trimmed) ? trimmed : trimmed.replace(/[.\-]+$/, "")).split(/\s+/);
  while (words.length > 0 && isSmallWord(words[0] ?? "")) words.shift();
  const name = words.join(" ");
  return name.length >= 2 && name.length <= 100 ? name : undefined;
}

function isSmallWord(word: string): boolean {
  const lower = word.toLowerCase();
  return STOP_WORDS.has(lower) && !NAME_WORDS.has(lower);
}

/** Drops one-word "names" that are common words or dates, which a capital at a sentence start only disguises. */
function keepNames(counts: Map<string, number>, snapshot: CorpusSnapshot): void {
  const lower = new Set<string>();
  for (const doc of snapshot.documents) for (const w of doc.text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []) lower.add(w);
  for (const name of counts.keys()) {
    const folded = name.toLowerCase();
    if (TIME_WORDS.has(folded) || (!name.includes(" ") && lower.has(folded))) counts.delete(name);
  }
}
