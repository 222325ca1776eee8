// Known-answer queries, derived from the ground truth the generator recorded. Each query carries what a
// right answer must contain, so every latency figure can stand beside a recall figure.
import type { CorpusTruth } from "./generate/corpus.js";
import { createRng, type Rng } from "./generate/prng.js";

export type BenchCommand = "ask" | "who-said" | "quotes" | "timeline";

interface Base {
  /** The line sent to the bot, as typed in chat. */
  line: string;
  variant: string;
}

export type BenchQuery =
  | (Base & { command: "ask"; variant: AskVariant; question: string; docId: string; keyWords: string[] })
  | (Base & { command: "who-said"; variant: "exact" | "typo"; kind: string; docId: string; surname: string })
  | (Base & { command: "quotes"; variant: "name"; surname: string; docIds: string[] })
  | (Base & { command: "timeline"; variant: "topic"; docId: string; date: string });

export type AskVariant = "rare" | "typo" | "chatty";

/**
 * The way people type: a question of common words around the two words that matter. Every word is either
 * a stop word or one of the corpus's common real words (bench/generate/vocabulary.ts): a word the corpus
 * never uses weighs the most in /ask's coverage rule, and would measure the template, not the bot.
 */
const CHATTY = [
  (a: string, b: string) => `what does the coverage say about the ${a} and ${b} and why does it matter`,
  (a: string, b: string) => `can you tell me what the report said happened with the ${a} ${b} this year`,
  (a: string, b: string) => `why were people in the city talking about ${a} and the ${b} plan`,
  (a: string, b: string) => `is there a story about ${a} ${b} and what was the government decision`,
];

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * One edit (substitution, deletion or insertion) inside a word of 5+ letters: one Levenshtein step,
 * what a fuzzy search with a 0.2 tolerance must forgive, and never the first letter (people rarely miss it).
 */
export function typo(word: string, rng: Rng): string {
  if (word.length < 5) return word;
  const at = rng.int(1, word.length - 2);
  switch (rng.int(0, 2)) {
    case 0: {
      const current = word[at] as string;
      const other = LETTERS.replace(current, "");
      return word.slice(0, at) + rng.pick([...other]) + word.slice(at + 1);
    }
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    default:
      return word.slice(0, at) + rng.pick([...LETTERS]) + word.slice(at);
  }
}

/** Puts a typo in the longest word of `words` (the one most likely to be forgiven one). */
function withTypo(words: string[], rng: Rng): string[] {
  let longest = 0;
  words.forEach((w, i) => {
    if (w.length > (words[longest] as string).length) longest = i;
  });
  return words.map((w, i) => (i === longest ? typo(w, rng) : w));
}

export function buildQueries(truth: CorpusTruth, seed = truth.seed): BenchQuery[] {
  const rng = createRng(seed).fork("queries");
  const queries: BenchQuery[] = [];

  for (const a of truth.answers) {
    const keys = a.keyWords;
    const ask = (variant: AskVariant, question: string) =>
      queries.push({ command: "ask", variant, line: `/ask ${question}`, question, docId: a.docId, keyWords: keys });
    ask("rare", keys.join(" "));
    ask("typo", withTypo(keys, rng).join(" "));
    ask("chatty", rng.pick(CHATTY)(keys[0] as string, keys[1] as string));
  }

  // An unnamed spokesman has no surname to check; those quotations are still in the corpus, as noise.
  for (const q of truth.quotes) {
    if (!q.surname) continue;
    const words = q.text.replace(/[.,!?;:"“”]/g, " ").split(/\s+/).filter(Boolean);
    const length = Math.min(words.length, rng.int(6, 9));
    const start = rng.int(0, words.length - length);
    const fragment = words.slice(start, start + length);
    const base = { command: "who-said" as const, kind: q.kind, docId: q.docId, surname: q.surname };
    queries.push({ ...base, variant: "exact", line: `/who-said ${fragment.join(" ")}` });
    queries.push({ ...base, variant: "typo", line: `/who-said ${withTypo(fragment, rng).join(" ")}` });
  }

  for (const s of truth.speakers) {
    queries.push({ command: "quotes", variant: "name", line: `/quotes ${s.name}`, surname: s.surname, docIds: s.docIds });
  }

  // limit:50, so a topic that several events share still shows the one asked about.
  for (const t of truth.timeline) {
    queries.push({ command: "timeline", variant: "topic", line: `/timeline ${t.topic} limit:50`, docId: t.docId, date: t.date });
  }
  return queries;
}
