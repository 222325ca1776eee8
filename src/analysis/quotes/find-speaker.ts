// Which quoted speaker a typed name means: "rudd", "amber rudd", "Ms Rudd" and "Home Secretary" all find
// Amber Rudd; a name two speakers share comes back as several candidates instead of a guess.
import { fold } from "./doc-people.js";
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

/** How well `query` names a speaker: 3 an exact name, 2 every word in the name, 1.5 in a role, 1 near. */
function scoreSpeaker(query: string[], r: SpeakerRecord): number {
  if (query.length === 0) return 0;
  const q = query.join(" ");
  const nameWords = words(r.name);
  if (fold(r.name) === q || [...r.aliases].some((a) => words(a).join(" ") === q && a !== fold(r.role ?? "\u0000"))) {
    return query.every((w) => nameWords.includes(w)) ? 3 : 2.5;
  }
  if (query.every((w) => nameWords.includes(w))) return 2;
  const aliasWords = [...r.aliases].map(words);
  if (aliasWords.some((a) => query.every((w) => a.includes(w)))) return 1.5;
  if (query.every((w) => nameWords.some((n) => closeWord(w, n)))) return 1;
  return 0;
}

/** The best-scoring speakers (more than one means the name is ambiguous) and weaker candidates. */
export function findSpeakers(name: string, speakers: readonly SpeakerRecord[]): { best: SpeakerRecord[]; others: SpeakerRecord[] } {
  const query = words(name);
  const scored = speakers.map((r) => ({ r, s: scoreSpeaker(query, r) })).filter((x) => x.s > 0);
  const top = Math.max(0, ...scored.map((x) => x.s));
  const byQuotes = (a: { r: SpeakerRecord }, b: { r: SpeakerRecord }) => b.r.quotes.length - a.r.quotes.length;
  const best = scored.filter((x) => x.s === top).sort(byQuotes).map((x) => x.r);
  const others = scored.filter((x) => x.s < top).sort((a, b) => b.s - a.s || byQuotes(a, b)).slice(0, 5).map((x) => x.r);
  return { best, others };
}
