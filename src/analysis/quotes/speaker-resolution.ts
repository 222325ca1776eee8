// Who the words naming a speaker mean in one article: "he" the latest fitting subject of speech, "the Home
// Secretary" the person the article names in that role, "the company" the one company it has named so far.
// Names are gathered from the whole article first, so "Rudd" finds the "Amber Rudd" named further down.
import type { CorpusDocument } from "../../corpus/document.js";
import { DocOrganizations, ORGANIZATION_NOUNS } from "./doc-organizations.js";
import { DocPeople, type Person } from "./doc-people.js";
import { fold } from "../../text/fold.js";
import { leadingSpeaker } from "./leading-speaker.js";
import { DOCUMENT_NOUNS } from "./lexicon.js";
import { paragraphsOf, type Para } from "./masked-paragraphs.js";
import type { DocSpeaker } from "./quotation.js";
import { tidyOrganization, tidyRole } from "./role-hygiene.js";
import type { SpeakerPhrase } from "./speaker-piece.js";

/** A speaker phrase made out: a person of the article, or a speaker of another kind; `words` as written there. */
export type Resolved =
  | { person: Person; words: string }
  /** `byPlaceOnly`: a lone word the article capitalises only where a sentence starts: maybe a name, maybe not. */
  | { speaker: Omit<DocSpeaker, "aliases">; words: string; byPlaceOnly?: true };

/** One article while its speakers are made out: read once, and what it names, growing as speakers are found. */
export interface ArticleState {
  docId: string;
  paras: Para[];
  /** The paragraphs of running text, without headlines, bylines and page furniture. */
  body: Para[];
  people: DocPeople;
  /** Read only when a quote is given to "the company" or "the agency": most articles never need it. */
  organizations?: DocOrganizations;
  /** Read only when a lone capitalised word is given a quote: the words capitalised mid-sentence. */
  capitalisedMidSentence?: Set<string>;
}

/** The article's paragraphs, and every name its running text gives. */
export function readArticle(doc: CorpusDocument): ArticleState {
  const paras = paragraphsOf(doc);
  const people = new DocPeople();
  // Headlines, bylines and page furniture end without a full stop; their capitalised words are no names.
  const body = paras.filter((p) => /[.!?”"’')]\s*$/.test(p.text));
  for (const p of body) people.harvest(p.masked, p.start);
  return { docId: doc.id, paras, body, people };
}

function organizationsOf(article: ArticleState): DocOrganizations {
  if (article.organizations) return article.organizations;
  const isPerson = (name: string) => article.people.persons.some((q) => fold(q.name) === fold(name));
  const organizations = new DocOrganizations();
  article.organizations = organizations;
  for (const p of article.body) organizations.scan(p.masked, p.start, isPerson);
  return organizations;
}

function byPlaceOnly(article: ArticleState, word: string): boolean {
  if (!article.capitalisedMidSentence) {
    const capitalised = new Set<string>();
    for (const p of article.body) for (const m of p.masked.matchAll(MID_SENTENCE_CAPITAL)) capitalised.add(m[1]!);
    article.capitalisedMidSentence = capitalised;
  }
  return !article.capitalisedMidSentence.has(word);
}

// A capitalised word after any word that ends no sentence: capitalised for itself, not its place.
// A quotation closed without a full stop goes on: "“…,” Hale said".
const MID_SENTENCE_CAPITAL = /(?<=(?:[^\s.!?“"‘'(—–-]|[^\s.!?][”"’'])\s+)(\p{Lu}[\p{L}\d&’'.-]*?)(?=[’']s\b|[\s,.;:!?)]|$)/gu;

/** Marks `person` the subject of speech at `at`: the best antecedent for a later "he said". */
export function noteSubject(person: Person, at: number): void {
  if (!person.subjectMentions.includes(at)) person.subjectMentions.push(at);
}

/** Who `phrase`, written at `at` in `para`, means; undefined when the article does not make it out. */
export function resolveSpeaker(article: ArticleState, phrase: SpeakerPhrase, at: number, para: Para): Resolved | undefined {
  const { people } = article;
  const words = phrase.text;
  switch (phrase.kind) {
    case "pronoun": {
      const sentence = para.sentences.find((s) => at >= para.start + s.start && at < para.start + s.end);
      if (phrase.name === "it" || phrase.name === "they" || phrase.name === "we") {
        // "what it called “…”": the organisation the sentence is about.
        const lead = sentence ? leadingSpeaker(sentence.text) : undefined;
        if (lead && (lead.kind === "organization" || lead.kind === "group" || lead.kind === "spokesperson")) return resolveSpeaker(article, lead, at, para);
        return undefined;
      }
      const from = article.paras[Math.max(0, para.index - 3)]?.start ?? 0;
      const person = people.pronoun(phrase.name, at, from, sentence ? para.start + sentence.start : at);
      if (!person) return undefined;
      // "…,” he added." keeps him the subject of speech for the next "he" further on.
      noteSubject(person, at);
      return { person, words };
    }
    case "person": {
      const body = phrase.atNamedBody && !phrase.organization ? organizationsOf(article).latest(at) : undefined;
      const person = people.person(body ? { ...phrase, organization: body } : phrase, at, true);
      if (person) return { person, words };
      // "Hours later, …", "Between 130 and 160 courses …", but also "Politico reported …": a lone word the
      // article capitalises only where a sentence starts may be capitalised by its place. Offered, not asserted.
      const unsure = !phrase.name.includes(" ") && !phrase.honorific && byPlaceOnly(article, phrase.name);
      return { speaker: { key: `n:${fold(phrase.name)}`, kind: "organization", name: phrase.name }, words, ...(unsure && { byPlaceOnly: true as const }) };
    }
    case "role": {
      // "a senior adviser said" brings in someone new; "the senior adviser" may be someone named.
      const person = phrase.indefinite ? undefined : people.role(phrase.role ?? phrase.name, at);
      if (person) return { person, words };
      // Unnamed, the role is all readers see of the speaker: only the phrase that states it.
      const name = tidyRole(phrase.name);
      if (!name) return undefined;
      return { speaker: { key: `g:${article.docId}:${fold(name)}`, kind: "role", name, role: tidyRole(phrase.role ?? "") ?? name, ...(phrase.indefinite && { indefinite: true }) }, words };
    }
    case "spokesperson": {
      const owner = phrase.possessor ? people.byName(phrase.possessor) : undefined;
      const name = tidyRole(owner && phrase.possessor ? phrase.name.replace(phrase.possessor, owner.name) : phrase.name);
      if (!name) return undefined;
      const organization = owner?.name ?? (phrase.organization && tidyOrganization(phrase.organization));
      // "a statement from the council said": the council speaks. "The letter said", with no issuer in its
      // words, stays the letter: what the article says spoke, however little it tells.
      // ("Partial transcript": one capitalised word opening the phrase may be capitalised by its place.)
      const byPlace = organization !== undefined && !organization.includes(" ") && phrase.text.startsWith(organization);
      if (organization && !byPlace && phrase.role && DOCUMENT_NOUNS.has(phrase.role)) return { speaker: { key: `o:${fold(organization)}`, kind: "organization", name: organization }, words };
      return { speaker: { key: `s:${fold(name).replace(/spokes(?:man|woman|person)/, "spokesperson")}`, kind: "spokesperson", name, role: phrase.role ?? "spokesperson", ...(organization && { organization }) }, words };
    }
    case "organization":
      return { speaker: { key: `o:${fold(phrase.name)}`, kind: "organization", name: phrase.name }, words };
    case "group": {
      // "the company said": the one organisation the article has named as a company so far.
      const noun = /^(?:[a-z’'\-]+\s+){0,2}([a-z]+)$/.exec(phrase.text)?.[1];
      const named = noun && ORGANIZATION_NOUNS.has(noun) ? organizationsOf(article).named(noun, at) : undefined;
      if (named) return { speaker: { key: `o:${fold(named)}`, kind: "organization", name: named }, words };
      // "Company sources", "the party's officials": people of the one organisation of that kind the article names.
      const of = PEOPLE_OF.exec(phrase.text);
      const owner = of?.[1] && ORGANIZATION_NOUNS.has(of[1].toLowerCase()) ? organizationsOf(article).named(of[1].toLowerCase(), at) : undefined;
      if (owner && of?.[2]) {
        const name = `${owner} ${of[2].toLowerCase()}`;
        return { speaker: { key: `g:${article.docId}:${fold(name)}`, kind: "group", name, organization: owner }, words };
      }
      const name = tidyRole(phrase.name);
      if (!name) return undefined;
      const organization = phrase.organization && tidyOrganization(phrase.organization);
      return { speaker: { key: `g:${article.docId}:${fold(name)}`, kind: "group", name, ...(organization && { organization }) }, words };
    }
  }
}

const PEOPLE_OF = /^(?:the\s+)?(\p{L}+?)(?:[’']s)?\s+(sources|officials|insiders|executives|staff|spokespeople)$/iu;

/** The speaker as the article's quotations carry it, every alias included. */
export function docSpeakerOf(r: Resolved): DocSpeaker {
  return "speaker" in r ? { ...r.speaker, aliases: [r.speaker.name] } : personSpeaker(r.person);
}

/** A person the article names, keyed by their full name, or by the surname when that is all it gives. */
export function personSpeaker(p: Person): DocSpeaker {
  const surnameOnly = !p.first;
  return {
    key: `${surnameOnly ? "p?" : "p"}:${fold(surnameOnly ? p.surname : `${p.first} ${p.surname}`)}`,
    kind: "person",
    name: p.name,
    ...(p.roles[0] && { role: p.roles[0] }),
    ...(p.organizations[0] && { organization: p.organizations[0] }),
    ...(p.gender && { gender: p.gender }),
    aliases: [...new Set([...p.aliases, p.surname, ...p.roles])],
  };
}
