// One speaker per person across the corpus: "Rudd" in one article and "Amber Rudd" in another are the
// same speaker when the names agree, and each speaker keeps the role the articles give them.
import { fold } from "./doc-people.js";
import type { Quotation, SpeakerKind } from "./quotation.js";

export interface SpeakerRecord {
  key: string;
  kind: SpeakerKind;
  name: string;
  role?: string;
  organization?: string;
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
 * Groups attributed quotations by speaker. A person known only by surname in one article joins the one
 * full-named person of that surname elsewhere, when there is exactly one.
 */
export function gatherSpeakers(quotations: readonly Quotation[]): Map<string, SpeakerRecord> {
  const fullBySurname = new Map<string, Set<string>>();
  for (const q of quotations) {
    const k = q.speaker?.key;
    if (k?.startsWith("p:")) {
      const surname = k.split(" ").pop() ?? k;
      const set = fullBySurname.get(surname) ?? new Set<string>();
      set.add(k);
      fullBySurname.set(surname, set);
    }
  }
  const keyOf = (key: string) => {
    if (!key.startsWith("p?:")) return key;
    const full = fullBySurname.get(key.slice(3));
    return full && full.size === 1 ? [...full][0]! : key;
  };
  const grouped = new Map<string, Quotation[]>();
  for (const q of quotations) {
    if (!q.speaker) continue;
    const key = keyOf(q.speaker.key);
    if (key !== q.speaker.key) q.speaker = { ...q.speaker, key };
    const list = grouped.get(key) ?? [];
    list.push(q);
    grouped.set(key, list);
  }
  const records = new Map<string, SpeakerRecord>();
  for (const [key, quotes] of grouped) {
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
    records.set(key, { key, kind, name, ...(role && { role }), ...(organization && { organization }), aliases, quotes });
  }
  return records;
}
