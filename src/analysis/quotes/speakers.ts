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
    const names = new Map<string, number>();
    const roles: (string | undefined)[] = [];
    const organizations: (string | undefined)[] = [];
    const genders: (string | undefined)[] = [];
    // Folding is the costly part, and a speaker's thousand quotations hold a handful of distinct words.
    const said = new Set<string>();
    for (const q of quotes) {
      if (++read % 512 === 0) yield;
      const s = q.speaker!;
      names.set(s.name, s.name.split(" ").length);
      roles.push(s.role);
      organizations.push(s.organization);
      genders.push(s.gender);
      for (const a of [s.name, ...s.aliases, s.role, s.organization, q.roleHere]) if (a) said.add(a);
    }
    const kind = quotes[0]!.speaker!.kind;
    // The fullest name wins ("Amber Rudd" over "Rudd"); among equals, the most used.
    const longest = Math.max(...names.values());
    const name = mostCommon(quotes.map((q) => q.speaker!.name).filter((n) => names.get(n) === longest)) ?? quotes[0]!.speaker!.name;
    const role = mostCommon(roles);
    const organization = mostCommon(organizations);
    const aliases = new Set([...said].map(fold));
    const gender = mostCommon(genders) as SpeakerRecord["gender"];
    records.set(key, { key, kind, name, ...(role && { role }), ...(organization && { organization }), ...(gender && { gender }), aliases, quotes });
  }
  return records;
}
