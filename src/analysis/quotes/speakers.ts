// One speaker per person across the corpus: "Rudd" in one article and "Amber Rudd" in another are the
// same speaker when the names agree, and each speaker keeps the role the articles give them.
import { fold } from "../../text/fold.js";
import { UNSURE_BELOW, type DocSpeaker, type Quotation, type SpeakerKind } from "./quotation.js";
import { eachWithPauses, type Steps } from "../../text/steps.js";

export interface SpeakerRecord {
  key: string;
  kind: SpeakerKind;
  name: string;
  role?: string;
  organization?: string;
  /** Known when an article tells it ("Mr.", "she said"): "Mr. Trump" is not Ivanka Trump. */
  gender?: "m" | "f";
  /** Folded forms people may type: names, surnames, roles. */
  aliases: Set<string>;
  quotes: Quotation[];
}

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

/**
 * Groups attributed quotations by speaker. A person known only by surname in one article ("Mr. Obama")
 * joins the one speaker of that surname quoted by full name elsewhere, when exactly one fits (gender included).
 * Pauses (see src/text/steps.ts) every few hundred quotations.
 */
export function* gatherSpeakersSteps(quotations: readonly Quotation[], people: readonly DocSpeaker[] = []): Steps<Map<string, SpeakerRecord>> {
  const fullBySurname = new Map<string, Map<string, DocSpeaker["gender"]>>();
  const note = (key: string, gender: DocSpeaker["gender"]) => {
    if (!key.startsWith("p:")) return;
    const surname = key.split(" ").pop() ?? key;
    const known = fullBySurname.get(surname) ?? new Map<string, DocSpeaker["gender"]>();
    known.set(key, known.get(key) ?? gender);
    fullBySurname.set(surname, known);
  };
  // Only speakers are candidates: the "Obama" quoted in one article is likelier the Obama quoted by full
  // name in another than a relative the corpus merely names. `people` only adds what gender they have.
  const genders = new Map<string, DocSpeaker["gender"]>();
  yield* eachWithPauses(people, (p) => {
    if (p.gender && !genders.has(p.key)) genders.set(p.key, p.gender);
  }, 1024);
  yield* eachWithPauses(quotations, (q) => {
    if (q.speaker) note(q.speaker.key, q.speaker.gender ?? genders.get(q.speaker.key));
  }, 512);
  const merged = new Map<string, string>();
  const keyOf = (speaker: DocSpeaker) => {
    const key = speaker.key;
    if (!key.startsWith("p?:")) return key;
    const cacheKey = `${key}\u0000${speaker.gender ?? ""}`;
    const cached = merged.get(cacheKey);
    if (cached) return cached;
    const full = [...(fullBySurname.get(key.slice(3).split(" ").pop() ?? "") ?? new Map()).entries()]
      .filter(([, gender]) => !speaker.gender || !gender || gender === speaker.gender);
    const chosen = full.length === 1 ? full[0]![0] : key;
    merged.set(cacheKey, chosen);
    return chosen;
  };
  yield;
  const grouped = new Map<string, Quotation[]>();
  for (const [i, q] of quotations.entries()) {
    if (i % 512 === 511) yield;
    if (!q.speaker) continue;
    const key = keyOf(q.speaker);
    if (key !== q.speaker.key) q.speaker = { ...q.speaker, key };
    // A quotation the article only hints is theirs is not listed among a speaker's words.
    if (q.confidence < UNSURE_BELOW) continue;
    const list = grouped.get(key) ?? [];
    list.push(q);
    grouped.set(key, list);
  }
  const records = new Map<string, SpeakerRecord>();
  // A pause by quotations read, not by speakers: a much-quoted speaker is thousands of them.
  let read = 0;
  for (const [key, quotes] of grouped) {
    read += quotes.length;
    if (read >= 512) {
      read = 0;
      yield;
    }
    const speakers = quotes.map((q) => q.speaker!);
    const kind = speakers[0]!.kind;
    // The fullest name wins ("Amber Rudd" over "Rudd"); among equals, the most used.
    const longest = Math.max(...speakers.map((s) => s.name.split(" ").length));
    const name = mostCommon(speakers.filter((s) => s.name.split(" ").length === longest).map((s) => s.name)) ?? speakers[0]!.name;
    const role = mostCommon(speakers.map((s) => s.role));
    const organization = mostCommon(speakers.map((s) => s.organization));
    const aliases = new Set<string>();
    for (const s of speakers) for (const a of [s.name, ...s.aliases, s.role, s.organization]) if (a) aliases.add(fold(a));
    for (const q of quotes) if (q.roleHere) aliases.add(fold(q.roleHere));
    const gender = mostCommon(speakers.map((s) => s.gender)) as SpeakerRecord["gender"];
    records.set(key, { key, kind, name, ...(role && { role }), ...(organization && { organization }), ...(gender && { gender }), aliases, quotes });
  }
  return records;
}
