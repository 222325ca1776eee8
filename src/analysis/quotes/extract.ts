// Finds every quotation of one article and who said it. One pass over the paragraphs, linear in their length:
// quote marks → quotations (joined across paragraphs) → attribution patterns → the speaker the words mean.
import type { CorpusDocument } from "../../corpus/document.js";
import { findCues } from "./cues.js";
import { attributionAfter, attributionBefore, sentenceSubject, SPEAKER_REACH, speechSubjects, type Attribution, type How } from "./attribution.js";
import type { Person } from "./doc-people.js";
import { leadingSpeaker } from "./leading-speaker.js";
import { wordCount } from "./phrase-words.js";
import { parseSpeakerPhrase } from "./speaker-phrase.js";
import { opensParagraph, sentenceAt, sentenceIndex, type Para } from "./masked-paragraphs.js";
import type { DocSpeaker, Quotation } from "./quotation.js";
import { tidyRole } from "./role-hygiene.js";
import { unitsOf, unitText, type Unit, type UnitPart } from "./quote-units.js";
import { docSpeakerOf, noteSubject, personSpeaker, readArticle, resolveSpeaker, type ArticleState, type Resolved } from "./speaker-resolution.js";
import type { QuoteSpan } from "./quote-marks.js";
import type { Sentence } from "../../text/sentences.js";
import { firstNotBefore } from "../../text/sorted.js";

/**
 * How sure each way of attributing is, before the speaker's own words weigh in. Calibrated on the PolNeAR
 * training split (never the development split): about the share of its attributions that named the right
 * speaker (after 98%, chained 98%, next sentence 97%, before 94%, partial 91%, subject 75%, continuation 73%).
 */
const CONFIDENCE: Record<How, number> = {
  after: 0.95, chained: 0.9, before: 0.9, "next-sentence": 0.85, partial: 0.85, subject: 0.7, continuation: 0.7,
};

// Pronouns and role nouns are a little less sure than names: they must be tied to the right person. A role
// nobody in the article is named in ("a senior adviser said") is less sure again, though on the training
// split such attributions were right five times in six: the article says that someone in that role spoke.
const PRONOUN_FACTOR = 0.9;
export const UNRESOLVED_ROLE_FACTOR = 0.9;
// A lone word capitalised only at a sentence's start ("Hours", "Between", but also "Politico") may be no
// name at all: it is offered below the line of sure answers, never asserted.
const BY_PLACE_FACTOR = 0.6;

/** A few words, each capitalised but the small ones, without a sentence's end: a name or a title. */
function isTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 6 && !/[.!?,]$/.test(text.trim()) && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && /^(?:of|the|and|a|an|in|on|for|to|at|&|is|that|or|as|by|with|from|but|not|be)$/.test(w)));
}


export interface DocExtraction {
  docId: string;
  quotations: Quotation[];
  /** The people the article names in full, with every role it gives each of them. */
  people: DocSpeaker[];
}

export function extractDocument(doc: CorpusDocument): DocExtraction {
  const article = readArticle(doc);
  const subjectsByPara = speechSubjectsByPara(article);
  const found = attributeQuotations(article, subjectsByPara);
  const quotations = found.map((f, n) => quotationOf(doc.id, f, n));
  return { docId: doc.id, quotations, people: fullyNamed(article.people.persons) };
}

/**
 * Speech events outside quotes, in order: "NCA director Graeme Biggar said that …" makes him the
 * likeliest "he" of the next paragraph. Pronoun subjects join the chain of the person they mean.
 */
function speechSubjectsByPara(article: ArticleState): Map<number, SpeechSubject[]> {
  const subjectsByPara = new Map<number, SpeechSubject[]>();
  for (const p of article.paras) {
    const list: SpeechSubject[] = [];
    for (const s of p.sentences) {
      noteLeadingSubject(article, p, s);
      list.push(...speechSubjectsOf(article, p, s));
    }
    subjectsByPara.set(p.index, list);
  }
  return subjectsByPara;
}

/** The person a sentence opens with is its likely subject: a good antecedent for a later "she said". */
function noteLeadingSubject(article: ArticleState, p: Para, s: Sentence): void {
  const lead = leadingSpeaker(s.text);
  if (lead && (lead.kind === "person" || lead.kind === "pronoun")) {
    const at = p.start + s.start + Math.max(0, s.text.indexOf(lead.text.split(" ")[0] ?? ""));
    const r = resolveSpeaker(article, lead, at, p);
    if (r && "person" in r) noteSubject(r.person, at);
  }
}

/** Who speaks in a sentence ("Rudd said that …"); "Rudd said she …" tells her gender on the way. */
function speechSubjectsOf(article: ArticleState, p: Para, s: Sentence): SpeechSubject[] {
  const list: SpeechSubject[] = [];
  for (const subj of speechSubjects(s.text, p.start + s.start)) {
    const r = resolveSpeaker(article, subj.phrase, subj.at, p);
    if (r) list.push({ resolved: r, at: subj.at - p.start });
    if (r && "person" in r) {
      const pron = /^(?:that\s+)?(he|she|his|her)\b/i.exec(s.text.slice(subj.cue.end).trimStart());
      if (pron?.[1]) article.people.noteGender(r.person, pron[1].toLowerCase());
      noteSubject(r.person, subj.at);
    }
  }
  return list;
}

/** A speech event outside quotes: who speaks, and where in the paragraph the words naming them stand. */
interface SpeechSubject {
  resolved: Resolved;
  at: number;
}

/** A quotation found, with how it came by its speaker. */
interface Found { unit: Unit; how: How; cue?: string; resolved?: Resolved; roleHere?: string; pronoun: boolean }

/** What a quotation without an attribution of its own may carry on from. */
interface Carried {
  /** The latest quotation of each paragraph that was given a speaker. */
  lastAttributedInPara: Map<number, Found>;
  /** The speech events outside quotes of each paragraph. */
  subjectsByPara: Map<number, SpeechSubject[]>;
  /** The spans of the quotations kept with a speaker: a quotation after one of them in its sentence is read from there. */
  attributed: Set<QuoteSpan>;
}

/** Every quotation of the article worth keeping, in order, each with its speaker when one is in sight. */
function attributeQuotations(article: ArticleState, subjectsByPara: Map<number, SpeechSubject[]>): Found[] {
  const found: Found[] = [];
  const carried: Carried = { lastAttributedInPara: new Map(), subjectsByPara, attributed: new Set() };
  for (const unit of unitsOf(article.paras)) {
    const entry = attributeQuotation(article, unit, carried);
    if (!entry) continue;
    found.push(entry);
    if (entry.resolved) {
      for (const p of unit.parts) {
        carried.lastAttributedInPara.set(p.para.index, entry);
        carried.attributed.add(p.span);
      }
    }
  }
  return found;
}

/** One quotation with its speaker; undefined for a term, a title or a scare quote. */
function attributeQuotation(article: ArticleState, unit: Unit, carried: Carried): Found | undefined {
  const first = unit.parts[0]!;
  const text = unitText(unit);
  const words = wordCount(text);
  const head = headOf(first, carried.attributed);
  const before = attributionBefore(head.text, first.para.start + head.start, words) ?? introducedBy(article, first, words);
  if (before === "term") return undefined;
  const found = attributionAfterQuote(unit.parts[unit.parts.length - 1]!) ?? signedBelow(article, unit);
  // "… insisted that her party was “…”.--Ana Ruiz": a name signing a news brief after a quotation inside a
  // sentence is the brief's writer; only a quotation standing alone is signed by the name after it.
  const after = found?.cue === "signed" && !opensParagraph(first.para, first.span.open) ? undefined : found;
  // "Rudd said: “…”" first, then "“…,” Rudd said", then a cue further back in the quote's own sentence,
  // then the subject of that sentence, and only then the sentence after the quote.
  // Only a sentence of its own: after a quotation attributed earlier in the sentence, the chain to it is surer.
  const ownSentence = head.start === sentenceAt(first.para, first.span.open).start;
  const subject = before || (after && after.how !== "next-sentence") || words < 4 || !ownSentence ? undefined : sentenceSubject(head.text, first.para.start + head.start);
  // "even as Ruiz claimed that “…,” a rival said the cases differ": a quotation that is the named
  // subject's "that" clause is hers, whatever verb comes after it.
  const governed = before?.how === "partial" && before.phrase.kind === "person" && /\bthat\s*$/.test(head.text);
  const chosen = before?.how === "before" || governed ? before : after && after.how !== "next-sentence" ? after : before ?? subject ?? after;
  if (chosen) return attributed(article, unit, chosen, text, words, head.text);
  return carriedOver(article, unit, words, carried);
}

/**
 * The words before a quotation in its sentence, back to the quotation before it that was attributed:
 * where "Rudd said:" stands. A term, a title or an unattributed quotation on the way is part of the words,
 * masked: in "Clinton said this was a “new” rule and we should “set …”", the term does not cut the
 * quotation from its cue.
 * A cue right before the dropped term is the term's own ("a clip the judge called “distasteful”, Santilli
 * …"), so the words then start after it.
 */
function headOf(first: UnitPart, attributed: ReadonlySet<QuoteSpan>): { start: number; text: string } {
  const { para } = first;
  let start = Math.max(sentenceAt(para, first.span.open).start, first.span.open - SPEAKER_REACH);
  // Back from the quotation to the nearest span that bounds it: the walk stays within SPEAKER_REACH.
  for (let i = spanIndex(para, first.span) - 1; i >= 0; i--) {
    const s = para.spans[i]!;
    const close = s.close ?? s.contentEnd;
    if (s.open < start) break;
    if (attributed.has(s) || cueRightBefore(para.masked.slice(Math.max(start, s.open - CUE_REACH), s.open))) {
      start = close;
      break;
    }
  }
  return { start, text: para.masked.slice(start, first.span.open) };
}

/** Where `span` stands in its paragraph's spans (sorted by their opening mark): a binary search. */
function spanIndex(para: Para, span: QuoteSpan): number {
  return firstNotBefore(para.spans.length, (i) => para.spans[i]!.open < span.open);
}

/**
 * "called it", "described as": a naming cue at most three words before the end of `text`. A verb of
 * speech governs the whole clause it opens ("lamented that the “danger” came from …, while “…”").
 */
function cueRightBefore(text: string): boolean {
  const cue = findCues(text).at(-1);
  return cue !== undefined && NAMING_CUES.has(cue.lemma) && wordCount(text.slice(cue.end)) <= 3;
}

/**
 * A quotation opening a paragraph after one that ends on a colon ("Ruiz went on:", "Stated Ruiz:",
 * "The council answered in a statement:"): that sentence introduces it, as "Ruiz said:" would.
 */
function introducedBy(article: ArticleState, first: UnitPart, words: number): Attribution | undefined {
  if (!opensParagraph(first.para, first.span.open)) return undefined;
  const prev = article.paras[first.para.index - 1];
  const last = prev?.sentences[prev.sentences.length - 1];
  if (!prev || !last || !/:\s*$/.test(last.text)) return undefined;
  const offset = prev.start + last.start;
  const found = attributionBefore(last.text, offset, words);
  if (found === "term") return undefined;
  if (found) return { ...found, how: "before" };
  const subject = sentenceSubject(last.text.replace(/:\s*$/, ""), offset);
  return subject && { ...subject, how: "before" };
}

/**
 * A pull quote signed on the line below it: a paragraph of quotation alone, then a short paragraph that is
 * only a name and a role ("Ana Ruiz, harbour master."), with no verb and no quote marks of its own.
 */
function signedBelow(article: ArticleState, unit: Unit): Attribution | undefined {
  const last = unit.parts[unit.parts.length - 1]!;
  const first = unit.parts[0]!;
  if (last.span.close === null || !opensParagraph(first.para, first.span.open) || last.para.masked.slice(last.span.close).trim() !== "") return undefined;
  const next = article.paras[last.para.index + 1];
  if (!next || next.spans.length > 0 || wordCount(next.masked) > 12 || findCues(next.masked).length > 0) return undefined;
  const text = next.masked.trim().replace(/^[―—–-]\s*/, "").replace(/[.]$/, "");
  const phrase = parseSpeakerPhrase(text, "first");
  if (!phrase || phrase.kind !== "person" || /\b(?:is|was|are|were|has|had|will|would)\b/.test(text)) return undefined;
  return { phrase, at: next.start + Math.max(0, next.masked.indexOf(phrase.text.split(" ")[0] ?? "")), cue: "signed", how: "next-sentence" };
}

/** “…,” Rudd said: the attribution after a quotation's closing mark, in its sentence or the short one next. */
function attributionAfterQuote(last: UnitPart): Attribution | undefined {
  if (last.span.close === null) return undefined;
  const closeAt = last.span.close;
  const lastSentence = sentenceAt(last.para, Math.max(0, closeAt - 1));
  const nextOpen = last.para.spans[spanIndex(last.para, last.span) + 1]?.open ?? Infinity;
  const tailEnd = Math.min(lastSentence.end, nextOpen, closeAt + SPEAKER_REACH);
  const after = attributionAfter(last.para.masked.slice(closeAt, tailEnd), last.para.start + closeAt);
  if (after || tailEnd !== closeAt) return after;
  // “… tonight.” Rudd said.  The mark ended the sentence; the next one may still open on the speaker and
  // the cue ("“Who can remember?” Ana Ruiz asked as the count went on."), however long it runs after them.
  const next = last.para.sentences[sentenceIndex(last.para, closeAt)];
  const words = next ? last.para.masked.slice(next.start, Math.min(next.end, nextOpen, next.start + SPEAKER_REACH)) : "";
  const cue = findCues(words)[0];
  // "Kasich said he would have …" reports speech of its own; it does not sign the quotation before it.
  const ownSpeech = cue !== undefined && /^\s*(?:that|he|she|they|it|we|I|there|this)\b/.test(words.slice(cue.end));
  if (next && next.start < nextOpen && !ownSpeech && (wordCount(words) <= 8 || (cue && wordCount(words.slice(0, cue.start)) <= 8))) {
    const a = attributionAfter(words, last.para.start + next.start);
    if (a) return { ...a, how: "next-sentence" };
  }
  return undefined;
}

/** The cues that name a term rather than report speech: "called it “reckless”", "described as “a mess”". */
const NAMING_CUES = new Set(["call", "describe"]);
/** How far before a term its naming cue can stand ("called it “…”"): three words and some room. */
const CUE_REACH = 60;

/** A quotation with an attribution of its own: the speaker its words name; undefined for a term or a title. */
function attributed(article: ArticleState, unit: Unit, chosen: Attribution, text: string, words: number, head: string): Found | undefined {
  if (chosen.how === "partial" && words < 2) return undefined; // one word in quote marks is a term, not a quote
  // MSNBC’s “Morning Joe”, on “Meet the Press”: a title after a possessive or a preposition.
  if (chosen.how === "partial" && isTitle(text) && /(?:[’']s|\b(?:on|in|at|of|from|to))\s*$/i.test(head)) return undefined;
  const para = chosen.how === "after" || chosen.how === "next-sentence" ? unit.parts[unit.parts.length - 1]!.para : unit.parts[0]!.para;
  const resolved = resolveSpeaker(article, chosen.phrase, chosen.at, para);
  return { unit, how: chosen.how, cue: chosen.cue, pronoun: chosen.phrase.kind === "pronoun" || chosen.phrase.kind === "role", ...(resolved && { resolved }), ...(chosen.phrase.role && { roleHere: chosen.phrase.role }) };
}

/**
 * A quotation with no attribution of its own: the speaker of the quotation before it in its paragraph,
 * or, opening a paragraph, of the paragraph before. Else nobody's, and kept only when long.
 */
function carriedOver(article: ArticleState, unit: Unit, words: number, carried: Carried): Found | undefined {
  const first = unit.parts[0]!;
  // “All That Glitters Is Not Gold” was to be her memoir: a title with no cue of its own is no one's words.
  if (isTitle(unitText(unit).trim())) return undefined;
  // "Ana Ruiz agreed. “The plan is dead.”": a quotation opening a sentence after one that reports someone
  // speaking, with no quotation between them, is theirs, even when another speaker was quoted before.
  const chainFrom = carried.lastAttributedInPara.get(first.para.index);
  const said = opensSentence(first) ? lastSpeakerBefore(first, carried) : undefined;
  if (said && !(chainFrom?.resolved && sameSpeaker(said, chainFrom.resolved))) return { unit, how: "continuation", pronoun: false, resolved: said };
  if (chainFrom?.resolved) {
    return { unit, how: "chained", pronoun: chainFrom.pronoun, resolved: chainFrom.resolved, ...(chainFrom.cue && { cue: chainFrom.cue }) };
  }
  if (opensParagraph(first.para, first.span.open)) {
    const prevPara = article.paras[first.para.index - 1];
    const prevQuote = prevPara ? carried.lastAttributedInPara.get(prevPara.index) : undefined;
    const prevSubjects = prevPara ? (carried.subjectsByPara.get(prevPara.index) ?? []).map((x) => x.resolved) : [];
    const prevHasQuotes = (prevPara?.spans.length ?? 0) > 0;
    // A quote-only paragraph after reported speech ("Smith said the plan would fail.") is Smith's.
    const lastSubject = prevSubjects[prevSubjects.length - 1];
    const resolved = prevQuote?.resolved ?? (!prevHasQuotes && lastSubject && "person" in lastSubject ? lastSubject : undefined);
    if (resolved) return { unit, how: "continuation", pronoun: prevQuote?.pronoun ?? false, resolved, ...(prevQuote?.cue && { cue: prevQuote.cue }) };
  }
  // No speaker in sight: a scare quote or a term when short, an unattributed quotation when long.
  if (words <= 5) return undefined;
  return { unit, how: "continuation", pronoun: false };
}

function sameSpeaker(a: Resolved, b: Resolved): boolean {
  if ("person" in a && "person" in b) return a.person === b.person;
  return "speaker" in a && "speaker" in b && a.speaker.key === b.speaker.key;
}

/** Whether the quotation opens its sentence, not its paragraph: nothing but its marks before it in the sentence. */
function opensSentence(first: UnitPart): boolean {
  const sentence = sentenceAt(first.para, first.span.open);
  return sentence.start > 0 && first.para.masked.slice(sentence.start, first.span.open).trim() === "";
}

/** The speaker of the last speech event before the quotation in its paragraph, when no quotation stands between. */
function lastSpeakerBefore(first: UnitPart, carried: Carried): Resolved | undefined {
  const { para } = first;
  const prevSpan = para.spans[spanIndex(para, first.span) - 1];
  const subjects = carried.subjectsByPara.get(para.index) ?? [];
  // Speech events are in the order they stand: the last one before the quotation.
  const last = subjects[firstNotBefore(subjects.length, (i) => subjects[i]!.at < first.span.open) - 1];
  if (!last || last.at <= (prevSpan?.close ?? -1)) return undefined;
  return "person" in last.resolved ? last.resolved : undefined;
}

/** A quotation found, as extraction hands it on; `n` numbers it within the article, for a stable id. */
function quotationOf(docId: string, f: Found, n: number): Quotation {
  const text = unitText(f.unit).trim();
  const pieces = f.unit.parts.map((p) => ({ paragraph: p.para.index, start: p.para.start + p.span.contentStart, end: p.para.start + p.span.contentEnd }));
  const roleHere = f.roleHere === undefined ? undefined : tidyRole(f.roleHere);
  const confidence = f.resolved ? CONFIDENCE[f.how] * (f.pronoun ? PRONOUN_FACTOR : 1) * ("speaker" in f.resolved && f.resolved.speaker.kind === "role" ? UNRESOLVED_ROLE_FACTOR : 1) * ("byPlaceOnly" in f.resolved ? BY_PLACE_FACTOR : 1) : 0;
  return {
    id: `${docId}:q${n}`,
    docId,
    text,
    pieces,
    ...(f.cue && { cue: f.cue }),
    how: f.how,
    ...(f.resolved && { speaker: docSpeakerOf(f.resolved), speakerWords: f.resolved.words }),
    ...(roleHere && { roleHere }),
    confidence: Math.round(confidence * 100) / 100,
  };
}

/** Everyone the article names in full, with the roles it gives them: evidence for other articles. */
function fullyNamed(persons: readonly Person[]): DocSpeaker[] {
  return persons.filter((p) => p.first).map((p) => ({ ...personSpeaker(p), roles: [...p.roles] }));
}
