// Finds every quotation of one article and who said it. One pass over the paragraphs, linear in their length:
// quote marks → quotations (joined across paragraphs) → attribution patterns → the speaker the words mean.
import type { CorpusDocument } from "../../corpus/document.js";
import { splitSentences, type Sentence } from "../../text/sentences.js";
import { attributionAfter, attributionBefore, speechSubjects, type Attribution, type How } from "./attribution.js";
import { DocOrganizations, ORGANIZATION_NOUNS } from "./doc-organizations.js";
import { DocPeople, fold, type Person } from "./doc-people.js";
import { findQuoteSpans, opensWithQuote, type QuoteSpan } from "./quote-marks.js";
import type { DocSpeaker, Quotation } from "./quotation.js";
import { leadingSpeaker, type SpeakerPhrase } from "./speaker-phrase.js";
import { isSpaceChar } from "../../text/whitespace.js";

interface Para {
  index: number;
  start: number;
  text: string;
  /** `text` with the quoted words blanked to "x", so no quote can pose as a speaker or a cue. */
  masked: string;
  spans: QuoteSpan[];
  sentences: Sentence[];
}

interface Unit {
  parts: { para: Para; span: QuoteSpan }[];
}

/** How sure each way of attributing is, before the speaker's own words weigh in. */
const CONFIDENCE: Record<How, number> = {
  before: 0.9, after: 0.9, chained: 0.85, partial: 0.7, continuation: 0.75, "next-sentence": 0.6,
};

// Pronouns are a little less sure than names; an unresolved role or a generic group is less sure still.
const PRONOUN_FACTOR = 0.9;
export const UNRESOLVED_ROLE_FACTOR = 0.7;

const UPPER = /\p{Lu}/u;

/** Blanks the quoted words, keeping spaces and the final punctuation so sentences still end where they did. */
function mask(text: string, spans: QuoteSpan[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let from = 0;
  for (const s of spans) {
    out += text.slice(from, s.contentStart) + maskedWords(text, s.contentStart, s.contentEnd);
    from = s.contentEnd;
  }
  return out + text.slice(from);
}

/** The quoted words [start, end) blanked: every character but a space becomes "x", a word at a time. */
function maskedWords(text: string, start: number, end: number): string {
  if (start >= end) return "";
  const last = text[end - 1]!;
  const keepLast = last === "." || last === "!" || last === "?" || last === ",";
  const stop = keepLast ? end - 1 : end;
  let out = "";
  let first = true;
  let i = start;
  while (i < stop) {
    let j = i;
    while (j < stop && isSpaceChar(text.charCodeAt(j))) j++;
    if (j > i) out += text.slice(i, j);
    i = j;
    while (j < stop && !isSpaceChar(text.charCodeAt(j))) j++;
    if (j === i) continue;
    if (first) {
      // The first letter keeps its case: the sentence breaker reads "said. “We…" as a new sentence.
      out += UPPER.test(text[i]!) ? "X" : "x";
      first = false;
      i++;
    }
    out += "x".repeat(j - i);
    i = j;
  }
  return keepLast ? out + last : out;
}

/** A quote left open in a paragraph that does not continue it: close it before "…, he said". */
function repairUnclosed(text: string, span: QuoteSpan): QuoteSpan {
  const content = text.slice(span.contentStart, span.contentEnd);
  for (const m of content.matchAll(/[,?!]\s+/g)) {
    const cut = span.contentStart + (m.index ?? 0) + 1;
    const rest = text.slice(cut).split(/(?<=[.!?])\s/)[0] ?? "";
    const a = attributionAfter(rest, cut);
    if (a && a.phrase.text.split(" ").length <= 6) return { ...span, contentEnd: cut, close: cut };
  }
  return span;
}

function paragraphsOf(doc: CorpusDocument): Para[] {
  return doc.paragraphs.map((p, index) => {
    const text = doc.text.slice(p.start, p.end);
    let spans = findQuoteSpans(text);
    const next = doc.paragraphs[index + 1];
    const continues = next ? opensWithQuote(doc.text.slice(next.start, next.end)) : false;
    spans = spans.map((s, i) => (s.close === null && !(continues && i === spans.length - 1) ? repairUnclosed(text, s) : s));
    const masked = mask(text, spans);
    return { index, start: p.start, text, masked, spans, sentences: splitSentences(masked) };
  });
}

function sentenceAt(para: Para, offset: number): Sentence {
  return para.sentences.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: para.text.length, text: para.masked };
}

function unitsOf(paras: Para[]): Unit[] {
  const units: Unit[] = [];
  let pending: Unit | undefined;
  for (const para of paras) {
    para.spans.forEach((span, i) => {
      const atStart = para.masked.slice(0, span.open).trim() === "";
      let unit: Unit;
      if (pending && i === 0 && atStart) {
        unit = pending;
        unit.parts.push({ para, span });
      } else {
        unit = { parts: [{ para, span }] };
        units.push(unit);
      }
      pending = undefined;
      const isLast = i === para.spans.length - 1;
      const next = paras[para.index + 1];
      if (span.close === null && isLast && next && opensWithQuote(next.text)) pending = unit;
    });
    if (para.spans.length === 0) pending = undefined;
  }
  return units;
}

/** A few words, each capitalised but the small ones, without a sentence's end: a name or a title. */
function isTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 6 && !/[.!?,]$/.test(text.trim()) && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && /^(?:of|the|and|a|an|in|on|for|to|at|&)$/.test(w)));
}

/** Words holding a letter or a digit; an ASCII one settles a word without the Unicode pattern. */
function wordCount(s: string): number {
  let count = 0;
  for (const w of s.split(/\s+/)) {
    let found = false;
    let other = false;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        found = true;
        break;
      }
      if (c >= 128) other = true;
    }
    if (found || (other && LETTER_OR_DIGIT.test(w))) count++;
  }
  return count;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

type Resolved = { person: Person; words: string } | { speaker: Omit<DocSpeaker, "aliases">; words: string };

export interface DocExtraction {
  docId: string;
  quotations: Quotation[];
  /** The people the article names in full, with every role it gives each of them. */
  people: DocSpeaker[];
}

export function extractDocument(doc: CorpusDocument): DocExtraction {
  const paras = paragraphsOf(doc);
  const people = new DocPeople();
  // Headlines, bylines and page furniture end without a full stop; their capitalised words are no names.
  const body = paras.filter((p) => /[.!?”"’')]\s*$/.test(p.text));
  for (const p of body) people.harvest(p.masked, p.start);
  // Read only when a quote is given to "the company" or "the agency": most articles never need it.
  let organizations: DocOrganizations | undefined;
  const organizationsOf = () => {
    if (organizations) return organizations;
    const isPerson = (name: string) => people.persons.some((q) => fold(q.name) === fold(name));
    organizations = new DocOrganizations();
    for (const p of body) organizations.scan(p.masked, p.start, isPerson);
    return organizations;
  };

  // Speech events outside quotes, in order: "NCA director Graeme Biggar said that …" makes him the
  // likeliest "he" of the next paragraph. Pronoun subjects join the chain of the person they mean.
  const subjectsByPara = new Map<number, Resolved[]>();
  for (const p of paras) {
    const list: Resolved[] = [];
    for (const s of p.sentences) {
      // The person a sentence opens with is its likely subject: a good antecedent for a later "she said".
      const lead = leadingSpeaker(s.text);
      if (lead && (lead.kind === "person" || lead.kind === "pronoun")) {
        const at = p.start + s.start + Math.max(0, s.text.indexOf(lead.text.split(" ")[0] ?? ""));
        const r = resolve(lead, at, p);
        if (r && "person" in r && !r.person.subjectMentions.includes(at)) r.person.subjectMentions.push(at);
      }
      for (const subj of speechSubjects(s.text, p.start + s.start)) {
        const r = resolve(subj.phrase, subj.at, p);
        if (r) list.push(r);
        if (r && "person" in r) {
          const pron = /^(?:that\s+)?(he|she|his|her)\b/i.exec(s.text.slice(subj.cue.end).trimStart());
          if (pron?.[1]) people.noteGender(r.person, pron[1].toLowerCase());
          if (!r.person.subjectMentions.includes(subj.at)) r.person.subjectMentions.push(subj.at);
        }
      }
    }
    subjectsByPara.set(p.index, list);
  }

  function resolve(phrase: SpeakerPhrase, at: number, para: Para): Resolved | undefined {
    const words = phrase.text;
    switch (phrase.kind) {
      case "pronoun": {
        if (phrase.name === "it" || phrase.name === "they" || phrase.name === "we") {
          // "what it called “…”": the organisation the sentence is about.
          const sentence = para.sentences.find((s) => at >= para.start + s.start && at < para.start + s.end);
          const lead = sentence ? leadingSpeaker(sentence.text) : undefined;
          if (lead && (lead.kind === "organization" || lead.kind === "group" || lead.kind === "spokesperson")) return resolve(lead, at, para);
          return undefined;
        }
        const from = paras[Math.max(0, para.index - 3)]?.start ?? 0;
        const person = people.pronoun(phrase.name, at, from);
        if (!person) return undefined;
        // "…,” he added." keeps him the subject of speech for the next "he" further on.
        if (!person.subjectMentions.includes(at)) person.subjectMentions.push(at);
        return { person, words };
      }
      case "person": {
        const person = people.person(phrase, at, true);
        if (person) return { person, words };
        return { speaker: { key: `n:${fold(phrase.name)}`, kind: "organization", name: phrase.name }, words };
      }
      case "role": {
        // "a senior adviser said" brings in someone new; "the senior adviser" may be someone named.
        const person = phrase.indefinite ? undefined : people.role(phrase.role ?? phrase.name, at);
        if (person) return { person, words };
        return { speaker: { key: `g:${doc.id}:${fold(phrase.name)}`, kind: "role", name: phrase.name, role: phrase.role ?? phrase.name, ...(phrase.indefinite && { indefinite: true }) }, words };
      }
      case "spokesperson": {
        const owner = phrase.possessor ? people.byName(phrase.possessor) : undefined;
        const name = owner && phrase.possessor ? phrase.name.replace(phrase.possessor, owner.name) : phrase.name;
        const organization = owner?.name ?? phrase.organization;
        return { speaker: { key: `s:${fold(name).replace(/spokes(?:man|woman|person)/, "spokesperson")}`, kind: "spokesperson", name, role: phrase.role ?? "spokesperson", ...(organization && { organization }) }, words };
      }
      case "organization":
        return { speaker: { key: `o:${fold(phrase.name)}`, kind: "organization", name: phrase.name }, words };
      case "group": {
        // "the company said": the one organisation the article has named as a company so far.
        const noun = /^(?:[a-z’'\-]+\s+){0,2}([a-z]+)$/.exec(phrase.text)?.[1];
        const named = noun && ORGANIZATION_NOUNS.has(noun) ? organizationsOf().named(noun, at) : undefined;
        if (named) return { speaker: { key: `o:${fold(named)}`, kind: "organization", name: named }, words };
        return { speaker: { key: `g:${doc.id}:${fold(phrase.name)}`, kind: "group", name: phrase.name, ...(phrase.organization && { organization: phrase.organization }) }, words };
      }
    }
  }

  interface Found { unit: Unit; how: How; cue?: string; resolved?: Resolved; roleHere?: string; pronoun: boolean }
  const found: Found[] = [];
  const lastAttributedInPara = new Map<number, Found>();

  for (const unit of unitsOf(paras)) {
    const first = unit.parts[0]!;
    const last = unit.parts[unit.parts.length - 1]!;
    const text = unit.parts.map((p) => p.para.text.slice(p.span.contentStart, p.span.contentEnd)).join(" ");
    const words = wordCount(text);

    const firstSentence = sentenceAt(first.para, first.span.open);
    const prevSpan = [...first.para.spans].reverse().find((s) => s.open < first.span.open);
    const headStart = Math.max(firstSentence.start, prevSpan?.close ?? 0);
    const head = first.para.masked.slice(headStart, first.span.open);
    const before = attributionBefore(head, first.para.start + headStart, words);
    if (before === "term") continue;

    let after: Attribution | undefined;
    if (last.span.close !== null) {
      const closeAt = last.span.close;
      const lastSentence = sentenceAt(last.para, Math.max(0, closeAt - 1));
      const nextSpan = last.para.spans.find((s) => s.open >= closeAt);
      const tailEnd = Math.min(lastSentence.end, nextSpan?.open ?? Infinity);
      after = attributionAfter(last.para.masked.slice(closeAt, tailEnd), last.para.start + closeAt);
      if (!after && tailEnd === closeAt) {
        // “… tonight.” Rudd said.  The mark ended the sentence; a short next sentence may still name the speaker.
        const next = last.para.sentences.find((s) => s.start >= closeAt);
        const nextOpen = last.para.spans.find((s) => s.open >= closeAt)?.open ?? Infinity;
        const words = next ? last.para.masked.slice(next.start, Math.min(next.end, nextOpen)) : "";
        if (next && next.start < nextOpen && wordCount(words) <= 8) {
          const a = attributionAfter(words, last.para.start + next.start);
          if (a) after = { ...a, how: "next-sentence" };
        }
      }
    }

    let chosen: Attribution | undefined;
    if (before && before.how === "before") chosen = before;
    else if (after) chosen = after;
    else if (before) chosen = before;

    let entry: Found | undefined;
    if (chosen) {
      if (chosen.how === "partial" && words < 2) continue; // one word in quote marks is a term, not a quote
      // MSNBC’s “Morning Joe”, on “Meet the Press”: a title after a possessive or a preposition.
      if (chosen.how === "partial" && isTitle(text) && /(?:[’']s|\b(?:on|in|at|of|from|to))\s*$/i.test(head)) continue;
      const resolved = resolve(chosen.phrase, chosen.at, chosen.how === "after" || chosen.how === "next-sentence" ? last.para : first.para);
      entry = { unit, how: chosen.how, cue: chosen.cue, pronoun: chosen.phrase.kind === "pronoun" || chosen.phrase.kind === "role", ...(resolved && { resolved }), ...(chosen.phrase.role && { roleHere: chosen.phrase.role }) };
    } else {
      const chainFrom = lastAttributedInPara.get(first.para.index);
      const paraInitial = first.para.masked.slice(0, first.span.open).trim() === "";
      if (chainFrom?.resolved) {
        entry = { unit, how: "chained", pronoun: chainFrom.pronoun, resolved: chainFrom.resolved, ...(chainFrom.cue && { cue: chainFrom.cue }) };
      } else if (paraInitial) {
        const prevPara = paras[first.para.index - 1];
        const prevQuote = prevPara ? lastAttributedInPara.get(prevPara.index) : undefined;
        const prevSubjects = prevPara ? subjectsByPara.get(prevPara.index) ?? [] : [];
        const prevHasQuotes = (prevPara?.spans.length ?? 0) > 0;
        // A quote-only paragraph after reported speech ("Smith said the plan would fail.") is Smith's.
        const lastSubject = prevSubjects[prevSubjects.length - 1];
        const resolved = prevQuote?.resolved ?? (!prevHasQuotes && lastSubject && "person" in lastSubject ? lastSubject : undefined);
        if (resolved) entry = { unit, how: "continuation", pronoun: prevQuote?.pronoun ?? false, resolved, ...(prevQuote?.cue && { cue: prevQuote.cue }) };
      }
      if (!entry) {
        // No speaker in sight: a scare quote or a term when short, an unattributed quotation when long.
        if (words <= 5) continue;
        found.push({ unit, how: "continuation", pronoun: false });
        continue;
      }
    }
    found.push(entry);
    if (entry.resolved) {
      for (const p of unit.parts) lastAttributedInPara.set(p.para.index, entry);
    }
  }

  const speakerOf = (r: Resolved): DocSpeaker => ("speaker" in r ? { ...r.speaker, aliases: [r.speaker.name] } : personSpeaker(r.person));

  const quotations = found.map((f, n): Quotation => {
    const text = f.unit.parts.map((p) => p.para.text.slice(p.span.contentStart, p.span.contentEnd)).join(" ").trim();
    const pieces = f.unit.parts.map((p) => ({ paragraph: p.para.index, start: p.para.start + p.span.contentStart, end: p.para.start + p.span.contentEnd }));
    const confidence = f.resolved ? CONFIDENCE[f.how] * (f.pronoun ? PRONOUN_FACTOR : 1) * ("speaker" in f.resolved && f.resolved.speaker.kind === "role" ? UNRESOLVED_ROLE_FACTOR : 1) : 0;
    return {
      id: `${doc.id}:q${n}`,
      docId: doc.id,
      text,
      pieces,
      ...(f.cue && { cue: f.cue }),
      how: f.how,
      ...(f.resolved && { speaker: speakerOf(f.resolved), speakerWords: f.resolved.words }),
      ...(f.roleHere && { roleHere: f.roleHere }),
      confidence: Math.round(confidence * 100) / 100,
    };
  });
  // Everyone the article names in full, with the roles it gives them: evidence for other articles.
  return { docId: doc.id, quotations, people: people.persons.filter((p) => p.first).map((p) => ({ ...personSpeaker(p), roles: [...p.roles] })) };
}

/** The quotations of one article, each with its speaker as the article alone makes it out. */
export function extractQuotations(doc: CorpusDocument): Quotation[] {
  return extractDocument(doc).quotations;
}

function personSpeaker(p: Person): DocSpeaker {
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
