// The people one article names, and which of them "he", "Ms Rudd" or "the Home Secretary" means at a
// given point. Only text outside quotation marks counts: a name inside a quote is not a speaker.
import { HONORIFICS, FEMININE_ROLES, MASCULINE_ROLES, NOT_NAME, ORG_WORDS, PARTICLES, ROLE_NOUNS, ROLE_WORDS, TITLE_EXPANSIONS } from "./lexicon.js";
import type { SpeakerPhrase } from "./speaker-phrase.js";

export type Gender = "m" | "f";

export interface Person {
  id: number;
  /** The fullest form of the name seen ("Amber Rudd"). */
  name: string;
  surname: string;
  first?: string;
  gender?: Gender;
  roles: string[];
  organizations: string[];
  /** Every form the article uses ("Rudd", "Ms Rudd", "Home Secretary Amber Rudd"). */
  aliases: Set<string>;
  mentions: number[];
  /** Where they are the subject of speech: the best antecedents for "he said". */
  subjectMentions: number[];
}

export const fold = (s: string) =>
  s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();

/** Role words in a comparable form: "Gov." and "governor" meet, "the" and case drop out. */
export function roleTokens(role: string): string[] {
  return fold(role)
    .split(/[\s,]+/)
    .map((t) => TITLE_EXPANSIONS[t] ?? t.replace(/'s$/, ""))
    .filter((t) => t && !/^(?:the|a|an|of|for|at|its|his|her|their|and|former|then)$/.test(t));
}

const CAP_RUN = /(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|[\p{Lu}]\.)(?:\s+(?:(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|[\p{Lu}]\.)|(?:de|van|von|der|da|di|du|le|la|bin|al|ibn|del)(?=\s+[\p{Lu}])))*/gu;

export class DocPeople {
  readonly persons: Person[] = [];

  /** First pass: every capitalised name outside quotes, so "Rudd" later finds "Amber Rudd". */
  harvest(text: string, offset: number): void {
    for (const m of text.matchAll(CAP_RUN)) {
      let tokens = m[0].split(/\s+/);
      let at = offset + (m.index ?? 0);
      while (tokens.length && NOT_NAME.has(tokens[0]!.toLowerCase())) {
        at += tokens[0]!.length + 1;
        tokens = tokens.slice(1);
      }
      if (tokens.some((t) => /^Xx*[,.!?]?$/.test(t))) continue; // a masked quotation
      if (tokens.length === 0 || tokens.some((t) => /[’']s$/.test(t) && t !== tokens[tokens.length - 1])) continue;
      if (tokens.some((t) => ORG_WORDS.has(t.toLowerCase()) || NOT_NAME.has(t.toLowerCase()))) continue;
      const possessive = /[’']s$/.test(tokens[tokens.length - 1] ?? "");
      if (possessive) tokens[tokens.length - 1] = tokens[tokens.length - 1]!.replace(/[’']s$/, "");
      let titleEnd = -1;
      for (let i = tokens.length - 2; i >= 0; i--) {
        const t = tokens[i]!.toLowerCase();
        if (ROLE_WORDS.has(t) || HONORIFICS.has(t)) { titleEnd = i; break; }
      }
      const title = tokens.slice(0, titleEnd + 1);
      const name = tokens.slice(titleEnd + 1);
      const honorific = title.find((t) => HONORIFICS.has(t.toLowerCase()));
      if (name.length === 0 || name.every((t) => ROLE_WORDS.has(t.toLowerCase()))) continue;
      if (name.some((t) => /^[A-Z]{2,}$/.test(t) && t.length > 1)) continue; // acronyms: organisations
      const roleWords = title.filter((t) => t !== honorific);
      // Titled or two-word names are people; a lone capitalised word may be a place or a firm.
      if (name.length >= 2 || honorific || roleWords.length) {
        if (name.length > 4) continue;
        const appositive = /^,\s+(?:the|a|an|its|his|her|their)\s+([^,.;:“”"]{2,80}?)(?=,|\.|;| said| told| says)/.exec(text.slice(m.index! + m[0].length));
        const roles = [roleWords.join(" "), appositive?.[1] ?? ""].filter((r) => r && roleTokens(r).some((t) => ROLE_NOUNS.has(t) || ROLE_WORDS.has(t)));
        this.add({ name: name.join(" "), ...(honorific && { honorific }), roles }, at, false);
      } else {
        this.mentionByName(name.join(" "), at);
      }
    }
  }

  private add(p: { name: string; honorific?: string; roles?: string[]; organization?: string }, at: number, subject: boolean): Person {
    const tokens = p.name.split(/\s+/).filter((t) => !/^[A-Z]\.$/.test(t));
    const surname = fold(tokens[tokens.length - 1] ?? p.name);
    const first = tokens.length > 1 ? fold(tokens[0] ?? "") : undefined;
    let person = this.persons.find((q) => q.surname === surname && (!first || !q.first || q.first === first));
    if (!person && !first) person = this.bySurnameOrFirst(surname);
    if (!person) {
      person = { id: this.persons.length, name: p.name, surname, roles: [], organizations: [], aliases: new Set(), mentions: [], subjectMentions: [] };
      if (first) person.first = first;
      this.persons.push(person);
    } else if (tokens.length > person.name.split(" ").length || (first && !person.first)) {
      person.name = p.name;
      if (first) person.first = first;
    }
    person.aliases.add(p.name);
    const h = p.honorific ? HONORIFICS.get(p.honorific.toLowerCase()) : undefined;
    if (h && !person.gender) person.gender = h;
    for (const r of p.roles ?? []) {
      if (!person.roles.includes(r)) person.roles.push(r);
      const words = roleTokens(r);
      if (!person.gender && words.some((w) => FEMININE_ROLES.has(w))) person.gender = "f";
      if (!person.gender && words.some((w) => MASCULINE_ROLES.has(w))) person.gender = "m";
    }
    if (p.organization && !person.organizations.includes(p.organization)) person.organizations.push(p.organization);
    if (!person.mentions.includes(at)) person.mentions.push(at);
    if (subject) person.subjectMentions.push(at);
    return person;
  }

  /** The person a lone name means: a surname first, then a first name ("Hillary"). Most mentioned wins. */
  private bySurnameOrFirst(word: string): Person | undefined {
    const w = fold(word);
    const pick = (xs: Person[]) => xs.sort((a, b) => b.mentions.length - a.mentions.length)[0];
    return pick(this.persons.filter((p) => p.surname === w)) ?? pick(this.persons.filter((p) => p.first === w));
  }

  private mentionByName(name: string, at: number): void {
    const p = this.bySurnameOrFirst(name.split(/\s+/).pop() ?? name);
    if (p && !p.mentions.includes(at)) p.mentions.push(at);
  }

  /** Records a speaker phrase naming a person; returns the person, known or new. */
  person(phrase: SpeakerPhrase, at: number, subject: boolean): Person | undefined {
    if (phrase.kind !== "person") return undefined;
    const tokens = phrase.name.split(/\s+/);
    const known = tokens.length === 1 ? this.bySurnameOrFirst(tokens[0] ?? "") : undefined;
    const lone = tokens.length === 1 && !phrase.honorific && !phrase.role && !known;
    // A lone capitalised word nobody else in the article shares ("WhatsApp said") stays a name, not a person.
    if (lone) return undefined;
    const roles = phrase.role ? [phrase.role] : [];
    if (known) {
      return this.add({ name: known.name, ...(phrase.honorific && { honorific: phrase.honorific }), roles, ...(phrase.organization && { organization: phrase.organization }) }, at, subject);
    }
    const p = this.add({ name: phrase.name, ...(phrase.honorific && { honorific: phrase.honorific }), roles, ...(phrase.organization && { organization: phrase.organization }) }, at, subject);
    p.aliases.add(phrase.text);
    return p;
  }

  byName(word: string): Person | undefined {
    return this.bySurnameOrFirst(word);
  }

  /** "he"/"she" at `at`: the latest fitting subject of speech, else the latest fitting mention, since `from`. */
  pronoun(pronoun: string, at: number, from: number): Person | undefined {
    const gender = pronoun === "he" ? "m" : pronoun === "she" ? "f" : undefined;
    if (!gender) return undefined;
    const fits = (p: Person) => !p.gender || p.gender === gender;
    const latest = (list: (p: Person) => number[]) => {
      let best: Person | undefined;
      let bestAt = -1;
      for (const p of this.persons) {
        if (!fits(p)) continue;
        for (const m of list(p)) if (m < at && m >= from && m > bestAt) { best = p; bestAt = m; }
      }
      return best;
    };
    const person = latest((p) => p.subjectMentions) ?? latest((p) => p.mentions);
    // "he" settled on someone tells their gender for the rest of the article.
    if (person && !person.gender) person.gender = gender;
    return person;
  }

  /** "the Home Secretary": the person the article names in that role, most recently mentioned first. */
  role(role: string, at: number): Person | undefined {
    const want = roleTokens(role);
    if (want.length === 0) return undefined;
    const holders = this.persons.filter((p) => p.roles.some((r) => {
      const have = new Set(roleTokens(r));
      return want.every((w) => have.has(w));
    }));
    const recent = (p: Person) => Math.max(-1, ...p.mentions.filter((m) => m < at));
    return holders.sort((a, b) => recent(b) - recent(a))[0];
  }

  /** "Rudd said she …": the pronoun right after a subject tells their gender. */
  noteGender(p: Person, pronoun: string): void {
    if (p.gender) return;
    if (pronoun === "he" || pronoun === "his" || pronoun === "him") p.gender = "m";
    if (pronoun === "she" || pronoun === "her") p.gender = "f";
  }
}

export function isParticle(word: string): boolean {
  return PARTICLES.has(word);
}
