// Which quoted speaker a typed name means: "rudd", "amber rudd", "Ms Rudd" and "Home Secretary" all find
// Amber Rudd; a name two speakers share comes back as several candidates instead of a guess. A word index
// built once hands each look-up only the speakers that share a word with it, so a look-up does not grow
// with the number of speakers.
import { fold } from "../../text/fold.js";
import { HONORIFICS } from "./lexicon.js";
import type { SpeakerRecord } from "./speakers.js";

const words = (s: string) => fold(s).split(/[^\p{L}\p{N}'-]+/u).filter((w) => w && !HONORIFICS.has(w) && !HONORIFICS.has(`${w}.`) && w !== "the");

function closeWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let diff = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; i++, j++) {
    if (a[i] === b[j]) continue;
    if (++diff > 1) return false;
    if (a.length > b.length) j--;
    else if (b.length > a.length) i--;
  }
  return true;
}

/** A speaker's words, read once. */
interface Entry {
  record: SpeakerRecord;
  name: string;
  nameWords: string[];
  /** Each alias as its words, the role's own words left out of the exact-alias test. */
  aliases: { folded: string; joined: string; words: string[] }[];
  role: string;
}

/** How well `query` names a speaker: 3 an exact name, 2 every word in the name, 1.5 in a role, 1 near. */
function scoreSpeaker(query: string[], e: Entry): number {
  const q = query.join(" ");
  if (e.name === q || e.aliases.some((a) => a.joined === q && a.folded !== e.role)) {
    return query.every((w) => e.nameWords.includes(w)) ? 3 : 2.5;
  }
  if (query.every((w) => e.nameWords.includes(w))) return 2;
  if (e.aliases.some((a) => query.every((w) => a.words.includes(w)))) return 1.5;
  if (query.every((w) => e.nameWords.some((n) => closeWord(w, n)))) return 1;
  return 0;
}

export class SpeakerDirectory {
  private readonly byWord = new Map<string, Entry[]>();

  constructor(records: Iterable<SpeakerRecord> = []) {
    for (const record of records) this.add(record);
  }

  add(record: SpeakerRecord): void {
    const entry: Entry = {
      record,
      name: fold(record.name),
      nameWords: words(record.name),
      aliases: [...record.aliases].map((a) => {
        const w = words(a);
        return { folded: a, joined: w.join(" "), words: w };
      }),
      role: fold(record.role ?? "\u0000"),
    };
    const all = new Set([...entry.nameWords, ...entry.aliases.flatMap((a) => a.words)]);
    for (const w of all) {
      const list = this.byWord.get(w);
      if (list) list.push(entry);
      else this.byWord.set(w, [entry]);
    }
  }

  /** Speakers holding the word, or a word one letter away from it ("Rud", "Ruddd" find Rudd). */
  private near(word: string): Entry[] {
    const exact = this.byWord.get(word) ?? [];
    if (word.length < 5) return exact;
    const out = [...exact];
    for (const [w, list] of this.byWord) if (w !== word && Math.abs(w.length - word.length) <= 1 && closeWord(word, w)) out.push(...list);
    return out;
  }

  /** The best-scoring speakers (more than one means the name is ambiguous) and weaker candidates. */
  find(name: string): { best: SpeakerRecord[]; others: SpeakerRecord[] } {
    const query = words(name);
    if (query.length === 0) return { best: [], others: [] };
    // "Mr. Trump", "Ms Rudd": the honorific rules out speakers known to be of the other gender.
    const honorific = fold(name).split(/\s+/).find((w) => HONORIFICS.get(w) ?? HONORIFICS.get(`${w}.`));
    const gender = honorific ? HONORIFICS.get(honorific) ?? HONORIFICS.get(`${honorific}.`) : undefined;
    // Every speaker that could score shares the first word of the query, exactly or nearly.
    const candidates = new Set(this.near(query[0]!).filter((e) => !gender || !e.record.gender || e.record.gender === gender));
    const scored = [...candidates].map((e) => ({ r: e.record, s: scoreSpeaker(query, e) })).filter((x) => x.s > 0);
    const top = Math.max(0, ...scored.map((x) => x.s));
    const byQuotes = (a: { r: SpeakerRecord }, b: { r: SpeakerRecord }) => b.r.quotes.length - a.r.quotes.length || a.r.key.localeCompare(b.r.key);
    const best = scored.filter((x) => x.s === top).sort(byQuotes).map((x) => x.r);
    const others = scored.filter((x) => x.s < top).sort((a, b) => b.s - a.s || byQuotes(a, b)).slice(0, 5).map((x) => x.r);
    // "trump" in coverage of the campaign: one Trump is quoted many times more than any other, and the name
    // alone means him; the others are still offered.
    const [first, second] = best;
    if (first && second && first.quotes.length >= DOMINANT * second.quotes.length) return { best: [first], others: [...best.slice(1), ...others].slice(0, 5) };
    return { best, others };
  }
}

/** How many times more quoted than the next person of the same name someone must be to be meant by it alone. */
const DOMINANT = 5;
