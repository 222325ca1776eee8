// The people one article names, and which of them "he", "Ms Rudd" or "the Home Secretary" means at a
// given point. Only text outside quotation marks counts: a name inside a quote is not a speaker.
import { fold } from "../../text/fold.js";
import { HONORIFICS, FEMININE_ROLES, MASCULINE_ROLES, NOT_NAME, ORG_WORDS, ROLE_NOUNS, ROLE_WORDS, SENTENCE_ADVERBS, TITLE_EXPANSIONS } from "./lexicon.js";
import type { SpeakerPhrase } from "./speaker-piece.js";
import { isPlaceName } from "./name-run.js";
import { jobWordsFrom } from "./speaker-piece.js";
import { isRoleWord } from "./role-phrase.js";
import { isPossessive } from "./phrase-words.js";
import { tidyOrganization, tidyRole } from "./role-hygiene.js";

export type Gender = "m" | "f";

export interface Person {
  id: number;
  /** The fullest form of the name seen ("Amber Rudd"). */
  name: string;
  surname: string;
  first?: string;
  gender?: Gender;
  /** The gender came from a job word only ("spokeswoman", "congressman"), which is also used loosely. */
  genderFromRole?: boolean;
  roles: string[];
  organizations: string[];
  /** Every form the article uses ("Rudd", "Ms Rudd", "Home Secretary Amber Rudd"). */
  aliases: Set<string>;
  mentions: number[];
  /** Where they are the subject of speech: the best antecedents for "he said". */
  subjectMentions: number[];
}

/** Role words in a comparable form: "Gov." and "governor" meet, "the" and case drop out. */
export function roleTokens(role: string): string[] {
  return fold(role)
    .split(/[\s,]+/)
    .map((t) => TITLE_EXPANSIONS[t] ?? t.replace(/'s$/, ""))
    .filter((t) => t && !/^(?:the|a|an|of|for|at|its|his|her|their|and|former|then)$/.test(t));
}

const CAP_RUN = /(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|[\p{Lu}]\.)(?:\s+(?:(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|[\p{Lu}]\.)|(?:de|van|von|der|da|di|du|le|la|bin|al|ibn|del)(?=\s+[\p{Lu}])))*/gu;

const ORG_TAIL = /([\p{Lu}][\p{L}\-]*)\s+(?:of|on|for)\s+$/u;

/** Whether " of ", " on " or " for " (any spaces) ends right at `end`: what ORG_TAIL needs, checked cheaply. */
function afterOfOnFor(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  if (i === end) return false;
  const word = text.slice(Math.max(0, i - 3), i);
  const before = (n: number) => i - n > 0 && /\s/.test(text[i - n - 1]!);
  return (word.endsWith("of") && before(2)) || (word.endsWith("on") && before(2)) || (word === "for" && before(3));
}

// ", the former senior adviser to Mr. Ruiz, said": a job after a name, up to the comma or the full stop
// that ends it; the full stop of a title ("Mr.", "Dr.") or an initial ("U.S.") ends nothing.
const APPOSITIVE_ROLE = /^,\s+(?:the|a|an|its|his|her|their)\s+((?:[^,.;:“”"]|(?<=\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|\p{Lu}))\.){2,80}?)(?=,|\.|;| said| told| says)/u;

export class DocPeople {
  readonly persons: Person[] = [];

  /** First pass: every capitalised name outside quotes, so "Rudd" later finds "Amber Rudd". */
  harvest(text: string, offset: number): void {
    for (const m of text.matchAll(CAP_RUN)) {
      // "… the Deammyng Group. Flilplilshym released …": a full stop ends the sentence and the name.
      for (const run of sentenceRuns(m[0], m.index)) this.harvestRun(text, run.text, run.index, offset);
    }
  }

  private harvestRun(text: string, run: string, index: number, offset: number): void {
    let tokens = run.split(/\s+/);
    // "The", "But", "In March": a run of nothing but such words names nobody, whatever surrounds it.
    if (tokens.every((t) => NOT_NAME.has(t.toLowerCase()))) return;
    let at = offset + index;
    // Words a sentence opens with ("But", "Ironically") are capitalised by their place alone.
    while (tokens.length && (NOT_NAME.has(tokens[0]!.toLowerCase()) || SENTENCE_ADVERBS.has(tokens[0]!.toLowerCase()))) {
      at += tokens[0]!.length + 1;
      tokens = tokens.slice(1);
    }
    if (tokens.some((t) => /^Xx*[,.!?]?$/.test(t))) return; // a masked quotation
    // "the Harbour Commissioner": a role written in capitals, not a person's name.
    const definite = /^the\s/i.test(run) || /\bthe\s+$/i.test(text.slice(Math.max(0, index - 4), index));
    if (definite && ROLE_NOUNS.has((tokens[tokens.length - 1] ?? "").toLowerCase().replace(/[’']s$/, ""))) return;
    // The tail of an organisation's name ("Commission on Presidential Debates", "Bank of England"),
    // unless a title says a person follows ("Bank of England Governor Mark Carney").
    const lead = afterOfOnFor(text, index) ? ORG_TAIL.exec(text.slice(Math.max(0, index - 40), index)) : null;
    if (lead && ORG_WORDS.has(lead[1]!.toLowerCase()) && !tokens.some((t) => ROLE_WORDS.has(t.toLowerCase()))) return;
    if (tokens.length === 0 || tokens.some((t) => isPossessive(t) && t !== tokens[tokens.length - 1])) return;
    if (tokens.some((t) => ORG_WORDS.has(t.toLowerCase()) || NOT_NAME.has(t.toLowerCase()))) return;
    const possessive = /[’']s$/.test(tokens[tokens.length - 1] ?? "");
    if (possessive) tokens[tokens.length - 1] = tokens[tokens.length - 1]!.replace(/[’']s$/, "");
    let titleEnd = -1;
    for (let i = tokens.length - 2; i >= 0; i--) {
      const t = tokens[i]!.toLowerCase();
      if (isRoleWord(t) || HONORIFICS.has(t)) { titleEnd = i; break; }
    }
    // "Billionaire Ana Ruiz": a job noun opening a sentence is capitalised by its place, not part of a name.
    if (titleEnd < 0 && tokens.length >= 3 && ROLE_NOUNS.has(tokens[0]!.toLowerCase())) titleEnd = 0;
    const title = tokens.slice(0, titleEnd + 1);
    const name = tokens.slice(titleEnd + 1);
    // "Port Desky", "North Korea": a place; "New Jersey Gov. Chris Christie": a place in a title.
    if (isPlaceName(name)) return;
    const honorific = title.find((t) => HONORIFICS.has(t.toLowerCase()));
    // "Mr. King" is a name even though "king" is a title.
    const personal = honorific !== undefined && !TITLE_EXPANSIONS[honorific.toLowerCase()];
    if (name.length === 0 || (!personal && name.every((t) => ROLE_WORDS.has(t.toLowerCase())))) return;
    if (name.some((t) => /^[A-Z]{2,}$/.test(t) && t.length > 1)) return; // acronyms: organisations
    if (name.some((t) => /^['‘’]*Xx+['’]?$/.test(t))) return; // a masked quotation's words are nobody's name
    if (name.length === 1 && DEMONYM.test(name[0]!)) return; // "an official Chinese …", "the Chinese": a people, not a person
    // An office written as a title stays in the role ("Vermont Sen." is a senator for Vermont).
    let roleWords = title.filter((t) => t !== honorific || TITLE_EXPANSIONS[t.toLowerCase()]);
    // "(Council on) Harbour Relations National Executive Director Ana Ruiz": the body's name is no part of her job.
    const jobStart = honorific ? 0 : jobWordsFrom(roleWords);
    if (jobStart > 0 && (lead || roleWords.slice(0, jobStart).some((t) => ORG_WORDS.has(t.toLowerCase())))) roleWords = roleWords.slice(jobStart);
    // Titled or two-word names are people; a lone capitalised word may be a place or a firm.
    if (name.length >= 2 || honorific || roleWords.length) {
      if (name.length > 4) return;
      const appositive = APPOSITIVE_ROLE.exec(text.slice(index + run.length));
      const roles = [roleWords.join(" "), appositive?.[1] ?? ""].filter((r) => r && roleTokens(r).some((t) => ROLE_NOUNS.has(t) || ROLE_WORDS.has(t)));
      this.add({ name: name.join(" "), ...(honorific && { honorific }), roles }, at, false);
    } else {
      this.mentionByName(name.join(" "), at);
    }
  }

  private add(p: { name: string; honorific?: string; roles?: string[]; organization?: string }, at: number, subject: boolean): Person {
    // "Harry B. Harris Jr.": initials and a generational suffix are no part of the surname.
    const tokens = p.name.split(/\s+/).filter((t, i, all) => !/^[A-Z]\.$/.test(t) && !(i > 0 && i === all.length - 1 && SUFFIX.test(t)));
    const surname = fold(tokens[tokens.length - 1] ?? p.name);
    const first = tokens.length > 1 ? fold(tokens[0] ?? "") : undefined;
    // A full name joins a surname-only person unless that person came with a title ("President Obama",
    // "Mr. Obama"): then "Michelle Obama" later in the article is someone else.
    let person = this.persons.find((q) => q.surname === surname && (!first || q.first === first || (!q.first && q.roles.length === 0 && !q.gender)));
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
    if (h && (!person.gender || person.genderFromRole)) {
      person.gender = h;
      delete person.genderFromRole;
    }
    // "Sen. Warren" holds the office "the senator" names: a title that is an office counts as a role.
    const office = p.honorific && TITLE_EXPANSIONS[p.honorific.toLowerCase()] && !(p.roles ?? []).some((r) => r.includes(p.honorific!)) ? [p.honorific] : [];
    for (const r of [...(p.roles ?? []).map(tidyRole).filter((r): r is string => r !== undefined), ...office]) {
      if (!person.roles.includes(r)) person.roles.push(r);
      const words = roleTokens(r);
      const fromRole = words.some((w) => FEMININE_ROLES.has(w)) ? "f" : words.some((w) => MASCULINE_ROLES.has(w)) ? "m" : undefined;
      if (!person.gender && fromRole) {
        person.gender = fromRole;
        person.genderFromRole = true;
      }
    }
    const organization = p.organization === undefined ? undefined : tidyOrganization(p.organization);
    if (organization && !person.organizations.includes(organization)) person.organizations.push(organization);
    if (!person.mentions.includes(at)) person.mentions.push(at);
    if (subject) person.subjectMentions.push(at);
    return person;
  }

  /** The person a lone name means: a surname first, then a first name ("Hillary"). Most mentioned wins. */
  private bySurnameOrFirst(word: string): Person | undefined {
    const w = fold(word);
    return mostMentioned(this.persons, (p) => p.surname === w) ?? mostMentioned(this.persons, (p) => p.first === w);
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
    // "Port Desky said": a place speaks for its council or government; it is nobody a later "he" can mean.
    if (!phrase.honorific && isPlaceName(tokens)) return undefined;
    if (tokens.length === 1 && DEMONYM.test(tokens[0]!)) return undefined;
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
  pronoun(pronoun: string, at: number, from: number, sentenceStart = at): Person | undefined {
    const gender = pronoun === "he" ? "m" : pronoun === "she" ? "f" : undefined;
    if (!gender) return undefined;
    // "Ruiz said that the plan shows Lee has “…,” he said": a "he" closing the sentence whose speech
    // its first subject opened is that subject, whoever else the sentence names on the way.
    const opener = this.earliestSubjectIn(sentenceStart, at, gender);
    if (opener) return opener;
    const latest = (list: (p: Person) => number[], fits: (p: Person) => boolean) => {
      let best: Person | undefined;
      let bestAt = -1;
      for (const p of this.persons) {
        if (!fits(p)) continue;
        for (const m of list(p)) if (m < at && m >= from && m > bestAt) { best = p; bestAt = m; }
      }
      return best;
    };
    const fits = (p: Person) => !p.gender || p.gender === gender;
    // A gender read from a job word alone yields when nobody else fits: "congressman" or "spokeswoman"
    // is sometimes written loosely, a "he" or a "Ms" is not.
    const loosely = (p: Person) => fits(p) || p.genderFromRole === true;
    const person = latest((p) => p.subjectMentions, fits) ?? latest((p) => p.mentions, fits) ?? latest((p) => p.subjectMentions, loosely);
    // "he" settled on someone tells their gender for the rest of the article.
    if (person && (!person.gender || person.genderFromRole)) {
      person.gender = gender;
      delete person.genderFromRole;
    }
    return person;
  }

  private earliestSubjectIn(from: number, to: number, gender: "m" | "f"): Person | undefined {
    let best: Person | undefined;
    let bestAt = Infinity;
    for (const p of this.persons) {
      if (p.gender && p.gender !== gender) continue;
      for (const m of p.subjectMentions) if (m >= from && m < to && m < bestAt) { best = p; bestAt = m; }
    }
    return best;
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

/** Whether a token ending in "." is written short ("J.", "Mr.", "U.S.", "Jr.") rather than ending a sentence. */
function isAbbreviation(token: string): boolean {
  const lower = token.toLowerCase();
  return /^\p{Lu}\.$/u.test(token) || /\.\p{L}/u.test(token) || HONORIFICS.has(lower) || TITLE_EXPANSIONS[lower] !== undefined || ABBREVIATIONS.has(lower);
}
const ABBREVIATIONS = new Set(["jr.", "sr.", "st.", "mt.", "ft.", "inc.", "corp.", "co.", "ltd.", "bros.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "ave.", "no."]);

/**
 * A run of capitalised words cut where a full stop ends a sentence inside it ("the Deammyng Group.
 * Flilplilshym released"), each piece without that full stop: a name never keeps a sentence's end.
 */
function sentenceRuns(run: string, index: number): { text: string; index: number }[] {
  // Most runs hold no full stop at all: nothing to cut.
  if (!run.includes(".")) return [{ text: run, index }];
  const out: { text: string; index: number }[] = [];
  let from = 0;
  for (const m of run.matchAll(/\S+/g)) {
    const token = m[0];
    if (!token.endsWith(".") || isAbbreviation(token)) continue;
    const end = (m.index ?? 0) + token.length - 1;
    out.push({ text: run.slice(from, end), index: index + from });
    from = end + 1;
    while (from < run.length && /\s/.test(run[from]!)) from++;
  }
  if (from < run.length) out.push({ text: run.slice(from), index: index + from });
  return out.filter((r) => r.text !== "");
}


/** The first of the most mentioned persons that pass `test` (a stable pick, like a sort). */
function mostMentioned(persons: readonly Person[], test: (p: Person) => boolean): Person | undefined {
  let best: Person | undefined;
  for (const p of persons) if (test(p) && (!best || p.mentions.length > best.mentions.length)) best = p;
  return best;
}

const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** "Chinese", "French", "Americans": the name of a people, never one person's name on its own. */
const DEMONYM = /^(?:\p{Lu}\p{Ll}+(?:ese|ish)|French|Dutch|Swiss|Greek|Thai|Iraqi|Israeli|Pakistani|Saudi|Afghan|American|Mexican|Russian|Syrian|Iranian|Korean|Canadian|Indian|Italian|German|African|Asian|European|Cuban|Brazilian|Australian|Egyptian|Libyan|Nigerian|Palestinian|Ukrainian|Venezuelan|Texan|Californian|Floridian|Muslim|Jewish|Catholic|Protestant)s?$/u;
