// The patterns that tie one quotation to the words naming its speaker. They read the sentence with every
// quotation masked out, so nothing said inside quote marks can pose as a speaker:
//   after   “…,” Rudd said.  /  “…,” said chief constable Simon Bailey, the lead for …  /  “…,” she added.
//   before  Priti Patel said: “…”  /  Rob Wainwright, Europol director, agreed: “…”  /  …, adding: “…”
//   partial Caroline Wilson Palow … called the agreement a “step backward for privacy”.
import { ACCORDING_TO, TERM_MARKERS, findCues, isWeakCue, type CueHit } from "./cues.js";
import { splitSentences } from "../../text/sentences.js";
import { leadingSpeaker } from "./leading-speaker.js";
import type { SpeakerPhrase } from "./speaker-piece.js";
import { parseSpeakerPhrase } from "./speaker-phrase.js";
import { wordCount } from "./phrase-words.js";
import { ROLE_WORDS, TITLE_EXPANSIONS } from "./lexicon.js";

export type How = "after" | "before" | "partial" | "subject" | "chained" | "continuation" | "next-sentence";

export interface Attribution {
  phrase: SpeakerPhrase;
  /** Offset of the speaker's words in the masked text given. */
  at: number;
  cue: string;
  how: Exclude<How, "chained" | "continuation">;
}

// Where a clause begins: the subject of a cue is never further back than one of these.
// "and" starts a clause only before a lower-case word ("… and said"); "Immigration and Customs" is one name.
const CLAUSE_BREAK = /(?:[;:]|\s(?:that|but|while|because|whether|if|although|though|after|before|when|as|so|what|where|how|why|then|which|who|whom)\s|\sand\s(?=[a-z]))/g;

/**
 * The clause that ends at `end`: the stretch of `text` that can hold the subject of a cue there.
 * `relative` when the clause is a relative clause that opens on its verb ("…, who is running against
 * Roy Blunt, said"): such a clause describes the noun before it and never holds the subject; `antecedentEnd`
 * is where that noun ends.
 */
function clauseBefore(text: string, end: number): { start: number; text: string; relative: boolean; antecedentEnd: number } {
  const upto = text.slice(0, end);
  let start = 0;
  let breakAt = 0;
  let pronoun = "";
  for (const m of upto.matchAll(CLAUSE_BREAK)) {
    breakAt = m.index ?? 0;
    start = breakAt + m[0].length;
    pronoun = m[0].trim();
  }
  // "Ana Ruiz, who describes herself as independent, said" or "Ruiz, as expected, said": a stretch opened
  // by "as" or "while" and closed by the one comma right before the verb is an aside; the subject is
  // before it. ("After winning Ohio, Gov. Ana Ruiz, said": the comma inside sets the subject apart.)
  if (ASIDE_OPENER.test(pronoun) && breakAt > 0 && /^[^,]*,\s*$/.test(upto.slice(start))) return clauseBefore(text, breakAt);
  const clause = upto.slice(start);
  const relative = opensOnVerb(clause, pronoun, upto.slice(0, breakAt));
  return { start, text: clause, relative, antecedentEnd: breakAt };
}

const ASIDE_OPENER = /^(?:as|while|when|after|before|because|though|although|if|since)$/;

// The words a subject can open with; a relative clause opening on anything else opens on its verb.
const SUBJECT_OPENER = /^(?:\p{Lu}|(?:he|she|they|we|i|it|you|the|a|an|this|that|these|those|his|her|their|its|our|my|one|some|many|most|several|officials?|people|aides?)\b)/u;
// A finite verb right after "that": "the Free State Project that encourages …", "the group that has …".
const FINITE_VERB = /^(?:[a-z]+(?:s|ed)|is|was|are|were|has|had|have|will|would|can|could|may|might|also|now|still|once)\b/;

/** "who is running …", "which backs …", a name's "that encourages …": a relative clause whose subject is the noun before it. */
function opensOnVerb(clause: string, pronoun: string, before: string): boolean {
  const words = clause.trimStart();
  if (pronoun === "who" || pronoun === "which" || pronoun === "whom") return !SUBJECT_OPENER.test(words);
  // "that" is a relative pronoun after a name ("the Free State Project that encourages"), a conjunction after a verb.
  return pronoun === "that" && /\p{Lu}[\p{L}.’']*\s*$/u.test(before) && !SUBJECT_OPENER.test(words) && FINITE_VERB.test(words);
}

function subjectOf(text: string, cue: CueHit, offset: number): { phrase: SpeakerPhrase; at: number } | undefined {
  // A phrase read from `text` at `from`, placed where its first word stands.
  const placed = (phrase: SpeakerPhrase, from: number) => ({ phrase, at: offset + from + Math.max(0, text.slice(from, cue.start).indexOf(phrase.text.split(" ")[0] ?? "")) });
  const clause = clauseBefore(text, cue.start);
  // "Donna Rawlings, who watched the ceremony on the Mall, said": a relative clause that opens on its
  // verb describes the speaker before it; the names inside it ("who ran against Roy Blunt") are not the speaker.
  if (clause.relative) {
    // "… analysts who claim to find her palatable, Bolton said": the relative clause ended at the comma,
    // and the subject stands after it.
    const lastComma = clause.text.lastIndexOf(",");
    const after = lastComma >= 0 ? parseSpeakerPhrase(clause.text.slice(lastComma + 1)) : undefined;
    if (after && (after.kind === "person" || after.kind === "organization" || after.kind === "pronoun")) return placed(after, clause.start + lastComma + 1);
    const antecedent = clauseBefore(text, clause.antecedentEnd);
    // "Sanders disavowed remarks by a campaign surrogate who said": without a comma before "who" the
    // clause narrows the noun phrase right before it, and that phrase alone is who spoke.
    // A named person before it ("Sen. Ana Ruiz, a candidate for governor who has …, said") is read whole.
    const whole = parseSpeakerPhrase(antecedent.text);
    const restrictive = !/,\s*$/.test(text.slice(0, clause.antecedentEnd)) && (whole?.kind === "role" || whole?.kind === "group");
    const np = restrictive ? lastNounPhrase(antecedent.text) : antecedent.text;
    const phrase = restrictive ? parseSpeakerPhrase(np) : whole;
    return phrase && phrase.kind !== "pronoun" ? placed(phrase, antecedent.start + antecedent.text.lastIndexOf(np)) : undefined;
  }
  // "a woman asked for a photo and Ruiz said": "and" before a name opens a clause of its own.
  // Not "Smith and Jones said", where two names share one verb: a clause of words comes before the "and".
  const andName = AND_NAME.exec(clause.text);
  const joined = andName && (clause.text.slice(0, andName.index).match(/(?:^|\s)\p{Ll}{2,}/gu)?.length ?? 0) >= 2 ? andName : null;
  const nameAt = joined ? joined.index + joined[0].length - (joined[1]?.length ?? 0) : 0;
  const named = joined ? parseSpeakerPhrase(clause.text.slice(nameAt)) : undefined;
  const phrase = named ?? parseSpeakerPhrase(clause.text);
  // "Ryan said the protests called for …": a speaker phrase holding "said" is reported speech; the
  // speaker is the subject of that earlier verb.
  if (phrase && REPORTED.test(phrase.text)) return undefined;
  // "Ana Ruiz, a pastor and a Cruz supporter, said": the "and" was inside the description of a person
  // named before it.
  if (phrase?.kind === "role" && clause.start > 0) {
    const whole = parseSpeakerPhrase(text.slice(0, cue.start));
    if (whole?.kind === "person") return placed(whole, 0);
  }
  if (phrase) return placed(phrase, clause.start + (named ? nameAt : 0));
  // "Major General Jonathan Shaw, who was in charge of …, told": the relative clause hid the subject.
  // "Ana Ruiz used to back Bo Lee, but now said …": the verb shares the subject the sentence opens with.
  const lead = leadingSpeaker(text.slice(0, cue.start));
  if (lead && lead.kind !== "pronoun" && lead.kind !== "role") return placed(lead, 0);
  const whole = parseSpeakerPhrase(text.slice(0, cue.start));
  return whole && whole.kind !== "pronoun" ? placed(whole, 0) : undefined;
}

/** The noun phrase that ends `clause`: back from its end to a preposition, a verb or a conjunction. */
function lastNounPhrase(clause: string): string {
  const words = clause.trimEnd().split(" ");
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    const before = words[i - 2]?.toLowerCase() ?? "";
    if (NP_STOP.test(w)) break;
    // "remarks made", "was disavowing": a verb; "a retired teacher": a participle describing the noun.
    if (/^[a-z]+(?:ing|ed)$/.test(w) && !ARTICLE_WORD.test(before)) break;
    i--;
  }
  return words.slice(i).join(" ");
}

const NP_STOP = /^(?:by|to|from|with|for|on|in|at|about|against|among|is|was|are|were|be|been|being|has|have|had|and|or|but|than|that|said|says|told|made|did|does)$/i;
const ARTICLE_WORD = /^(?:a|an|the|his|her|their|its|our|my|your|this|that)$/;

// "… and Ana Ruiz " at the end of a clause: the name after the last "and" or "but", up to four words.
const AND_NAME = /\s(?:and|but)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,4})$/u;

// "… turnout was there all along - More from Ruiz and Lee: “…”": a digest's topic, a dash, the source.
const SIGNED_AFTER_DASH = /\s[-–—]\s*(?:(?:more|also|read more)\s+from\s+)?([^-–—:;,]{2,60}?):\s*$/i;

const REPORTED = /\s(?:said|says|told|tells|added|adds|argued|argues|wrote|writes)\s/;

/** The subject of the sentence's first finite cue: who "adding:" or "saying" belongs to. */
function mainSubject(text: string, cues: CueHit[], offset: number): { phrase: SpeakerPhrase; at: number } | undefined {
  for (const cue of cues) {
    if (cue.participle) continue;
    // "“…,” said Ana Ruiz, adding that “…”": after a quotation the subject follows its cue.
    const s = subjectOf(text, cue, offset) ?? invertedSubject(text, cue, offset);
    if (s) return s;
  }
  const lead = leadingSpeaker(text);
  if (lead) return { phrase: lead, at: offset + Math.max(0, text.indexOf(lead.text.split(" ")[0] ?? "")) };
  return undefined;
}

/**
 * "…, with Ana Ruiz noting the absurdity of “…”": a participle with a subject of its own after "with"
 * (or "as"), rather than the sentence's.
 */
function participleSubject(text: string, cue: CueHit, offset: number): { phrase: SpeakerPhrase; at: number } | undefined {
  const own = /\b(?:with|as)\s+((?:[\p{L}.’'-]+\s+){1,6}?)$/u.exec(text.slice(0, cue.start));
  if (!own?.[1]) return undefined;
  const phrase = parseSpeakerPhrase(own[1].trim());
  if (!phrase || (phrase.kind !== "person" && phrase.kind !== "spokesperson")) return undefined;
  return { phrase, at: offset + (own.index ?? 0) + own[0].indexOf(own[1]) };
}

/** Every speech event of a sentence (quoted or not): subjects of cues, for the coreference chain. */
export function speechSubjects(sentence: string, offset: number): { phrase: SpeakerPhrase; at: number; cue: CueHit }[] {
  const all = findCues(sentence);
  const out: { phrase: SpeakerPhrase; at: number; cue: CueHit }[] = [];
  for (const cue of all) {
    if (isWeakCue(cue.lemma)) continue;
    // Only the words within reach of the cue can name its speaker: a sentence of any length costs its length.
    const from = Math.max(0, cue.start - SPEAKER_REACH);
    const text = sentence.slice(from, cue.end + SPEAKER_REACH);
    const here = { ...cue, start: cue.start - from, end: cue.end - from };
    const before = all.filter((c) => c.end <= cue.start && c.start >= from).map((c) => ({ ...c, start: c.start - from, end: c.end - from }));
    // "Bolton distanced himself from the plan by saying he …": a participle's speaker is the sentence's subject.
    const s = cue.participle ? mainSubject(text.slice(0, here.start), before, offset + from) : subjectOf(text, here, offset + from) ?? invertedSubject(text, here, offset + from);
    if (s) out.push({ ...s, cue });
  }
  return out;
}

/**
 * How far from a quotation or a cue the words naming its speaker can stand, in characters. Real copy
 * stays well inside it; a pathological paragraph (one unbroken sentence of thousands of quote marks)
 * then costs time in proportion to its length, never to its length squared.
 */
export const SPEAKER_REACH = 600;

/** “…,” said Joanna Smith, …: right after a closing quote mark the speaker follows the cue. */
function invertedSubject(sentence: string, cue: CueHit, offset: number): { phrase: SpeakerPhrase; at: number } | undefined {
  // The words may start right after the closing mark, with the mark itself left out.
  if (!/(?:[”"]|^[\s,—–-]*)\s*$/.test(sentence.slice(0, cue.start))) return undefined;
  const after = sentence.slice(cue.end);
  const phrase = parseSpeakerPhrase(cutNounPhrase(after), "first");
  if (!phrase || phrase.kind === "pronoun") return undefined;
  return { phrase, at: offset + cue.end + (after.length - after.trimStart().length) };
}

const MID_CLAUSE = /^(?:to|of|in|on|at|for|with|by|from|about|as|than|that|which|because|but|or|if|when|while|since|was|is|were|are|be|has|have|had|and)\b/;

const NP_END = /\s(?:who|whose|which|in|on|at|during|after|before|while|when|to|via|last|this|yesterday|today|earlier|later|from|about|of|as|and|but|because|with|before|outside|inside|told|adding|saying)\s/i;

/** “…,” said Rudd / “…,” Rudd said / “…,” according to Rudd. `tail` runs from the closing mark. */
export function attributionAfter(tail: string, offset: number): Attribution | undefined {
  return attributionRightAfter(tail, offset) ?? invertedAfterClause(tail, offset);
}

/**
 * “…” if she did not win by more, said Ana Ruiz: an inverted cue after a clause that goes on from the
 * quotation. Only after a comma, and only with a name or a role after the cue: "…, he said" is read by
 * the subject-first patterns.
 */
function invertedAfterClause(tail: string, offset: number): Attribution | undefined {
  for (const cue of findCues(tail)) {
    if (cue.participle) continue;
    const before = tail.slice(0, cue.start);
    if (!/,\s*$/.test(before) || /[;:]/.test(before) || wordCount(before) > 30) continue;
    const after = tail.slice(cue.end);
    const phrase = parseSpeakerPhrase(cutNounPhrase(after), "first");
    if (phrase && phrase.kind !== "pronoun") return { phrase, at: offset + cue.end + (after.length - after.trimStart().length), cue: cue.lemma, how: "after" };
    return undefined;
  }
  return undefined;
}


function attributionRightAfter(tail: string, offset: number): Attribution | undefined {
  const lead = /^[\s,—–\-]*/.exec(tail)?.[0].length ?? 0;
  const t = tail.slice(lead);
  const according = ACCORDING_TO.exec(t);
  if (according && according.index === 0) {
    let rest = t.slice(according[0].length);
    // "according to a court document filed by Ana Ruiz": the document speaks for whoever wrote it.
    const author = WRITTEN_BY.exec(rest);
    if (author) rest = rest.slice(author[0].length);
    const phrase = parseSpeakerPhrase(cutNounPhrase(rest), "first");
    if (phrase) return { phrase, at: offset + lead + according[0].length, cue: "according to", how: "after" };
  }
  // “…” ― Krystal Correa: a name after a dash signs the quote (readers' letters, epigraphs).
  const signed = /^[―—–-]\s*(.+?)\s*$/.exec(tail.trimStart());
  if (signed?.[1] && signed[1].split(/\s+/).length <= 10) {
    const phrase = parseSpeakerPhrase(signed[1], "first");
    if (phrase && signs(phrase)) return { phrase, at: offset + lead, cue: "signed", how: "after" };
  }
  const cues = findCues(t);
  const cue = cues[0];
  if (!cue) return undefined;
  const before = t.slice(0, cue.start).trim();
  if (before === "" || /^(?:also|then|later|again|once|further|simply|finally)$/i.test(before)) {
    const after = t.slice(cue.end);
    const np = cutNounPhrase(after);
    const phrase = parseSpeakerPhrase(np, "first");
    if (phrase && phrase.kind !== "pronoun") return { phrase, at: offset + lead + cue.end + (after.length - after.trimStart().length), cue: cue.lemma, how: "after" };
    return undefined;
  }
  if (before.split(/\s+/).length > 30 || /[;:]/.test(before)) return undefined;
  // “…” during the launch of the tower, calling it …: the words before a participle are no subject.
  if (cue.participle) return undefined;
  // “a mistake” to use private email …, but she denied: the quote sits inside a clause that goes on.
  if (MID_CLAUSE.test(before)) return undefined;
  // “…” - islanders who watched the debate said they were …: the verb reports words of its own.
  if (REPORTS_ITS_OWN.test(t.slice(cue.end))) return undefined;
  // “…,” Sen. Ana Ruiz who represents Port Selwyn said: the relative clause describes the speaker before it.
  const relative = /\s(?:who|which)\s/.exec(before);
  const phrase = parseSpeakerPhrase(relative ? before.slice(0, relative.index) : before);
  if (!phrase) return undefined;
  return { phrase, at: offset + lead, cue: cue.lemma, how: "after" };
}

const WRITTEN_BY = /^(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:statement|letter|document|filing|report|memo|memorandum|release|email|e-mail|transcript|complaint|motion|lawsuit|post|tweet|note|affidavit|study|survey|poll|analysis|book)\s+(?:to\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s+)?(?:(?:filed|released|issued|written|sent|signed|posted|published)\s+)?(?:by|from)\s+/iu;

const REPORTS_ITS_OWN = /^\s+(?:they|he|she|we|i|it)\s+(?:were|was|are|is|had|have|would|will|could|did|should|might)\b/i;

/** Whether the words between a cue and its quotation end as a cue's do right before one ("said:", "told Ana,"). */
const adjacentTo = (between: string) => /[:,.]$/.test(between);

/** The speaker's words after an inverted cue: up to the first preposition before any comma. */
function cutNounPhrase(text: string): string {
  // A speaker's words after a cue never run past its first sentence, nor past a few dozen words.
  const near = text.length > NOUN_PHRASE_REACH ? text.slice(0, NOUN_PHRASE_REACH) : text;
  const sentence = splitSentences(near)[0]?.text ?? near;
  const comma = sentence.indexOf(",");
  const head = comma < 0 ? sentence : sentence.slice(0, comma);
  for (const m of head.matchAll(NP_END_ALL)) {
    // "a person close to the Clintons", "an adviser to the mayor": "to" here belongs to the noun phrase.
    if (/^\s*to\s/i.test(m[0]) && ATTACHES_TO.test(head.slice(0, m.index))) continue;
    // "Sophie in ’t Veld": a particle of a name, not a preposition.
    if (/^\s*in\s/i.test(m[0]) && /^['’]t\s/.test(head.slice((m.index ?? 0) + m[0].length))) continue;
    // "master of ceremonies Asab Tabchi", "a spokesman for the union": nothing named yet, so the
    // preposition is inside the speaker's words, not after them.
    if (/^\s*(?:of|for|at|from|with)\s/i.test(m[0]) && !/\p{Lu}/u.test(head.slice(0, m.index))) continue;
    // "said Ohio Secretary of State Ana Ruiz": an office runs on through its "of".
    if (/^\s*of\s/i.test(m[0]) && endsOnTitle(head.slice(0, m.index))) continue;
    // "former Tarrow Gov. and Harbour Board Chairman Ana Ruiz": "and" between two titles of one person.
    if (/^\s*and\s+\p{Lu}/u.test(m[0] + head.slice((m.index ?? 0) + m[0].length)) && endsOnTitle(head.slice(0, m.index))) continue;
    // "said Phil Berger and House Speaker Tim Moore": two people named in full speak together.
    if (/^\s*and\s/i.test(m[0]) && parseSpeakerPhrase(head)?.pair) continue;
    return head.slice(0, m.index);
  }
  return sentence.replace(/[.!?]+$/, "");
}

const NP_END_ALL = new RegExp(NP_END.source, "gi");

/** Whether `text` ends on a job title ("… Pennsylvania Gov.", "… the Harbour Board chairman"). */
function endsOnTitle(text: string): boolean {
  const last = /(\p{L}+)\.?\s*$/u.exec(text)?.[1]?.toLowerCase() ?? "";
  return ROLE_WORDS.has(last) || (TITLE_EXPANSIONS[`${last}.`] ?? TITLE_EXPANSIONS[last]) !== undefined;
}
/** How far after an inverted cue the speaker's words can run, in characters: a name, a role, an aside. */
const NOUN_PHRASE_REACH = 300;
const ATTACHES_TO = /\b(?:close|closest|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|counsel|assistant|secretary|ambassador|envoy|successor|heir|rival|son|daughter|wife|husband|brother|sister|friend|confidant)$/i;

// "in Ruiz’s words,", "in the words of Ana Ruiz,", "in her own words," right before a quotation: its owner.
const IN_WORDS = /\bin\s+(?:the\s+(?:very\s+)?words\s+of\s+([^,]{2,80})|([^,\s]+(?:\s[^,\s]+){0,3}?(?:[’']s?|\s))\s*(?:own\s+)?words),\s*$/i;
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: "he", her: "she", their: "they", its: "it" };

/** Who may sign a quotation on a line of its own or after a dash: a person, a body, or two people together. */
const signs = (phrase: SpeakerPhrase) => phrase.kind === "person" || phrase.kind === "organization" || phrase.pair === true;

/**
 * The words before a quote. "Priti Patel said:" (a cue right before the mark) is "before"; a cue
 * further back ("called the agreement a “…”") makes the quote a partial one inside reported speech.
 * Returns "term" when the words announce a term or a title ("so-called “…”").
 */
export function attributionBefore(head: string, offset: number, quoteWords: number): Attribution | "term" | undefined {
  if (TERM_MARKERS.test(head)) return "term";
  // "Pollsters agree - Ana Ruiz: “…”": a digest's topic, a dash, then the source signing the quotation.
  const signed = SIGNED_AFTER_DASH.exec(head);
  if (signed?.[1]) {
    const phrase = parseSpeakerPhrase(signed[1]);
    if (phrase && signs(phrase)) return { phrase, at: offset + head.lastIndexOf(signed[1]), cue: "colon", how: "before" };
  }
  // "…, in Ruiz’s words, “…”", "in the words of Ana Ruiz, “…”", "in her own words, “…”": the words are theirs.
  const words = IN_WORDS.exec(head);
  const possessor = words?.[2]?.trim();
  const owner = words?.[1] ?? (possessor && (POSSESSIVE_PRONOUNS[possessor.toLowerCase()] ?? possessor.replace(/[’']s?$/, "")));
  if (words && owner) {
    const phrase = parseSpeakerPhrase(owner);
    if (phrase) return { phrase, at: offset + (words.index ?? 0), cue: "words", how: "before" };
  }
  const cues = findCues(head);
  // A weak cue after a strong one is more often a noun ("Cruz said that states can pass …").
  const strongAt = cues.findIndex((c) => !isWeakCue(c.lemma));
  const usable = cues.filter((c, i) => !isWeakCue(c.lemma) || c.lemma === "call" || c.lemma === "describe" || (quoteWords >= 6 && !/^(?:think|believe)$/.test(c.lemma) && (strongAt < 0 || i < strongAt)));
  const last = usable[usable.length - 1];
  if (!last) {
    // "Sen. Claire McCaskill scolded him: “…”": a colon right before a quote makes any verb a cue.
    if (/:\s*$/.test(head)) {
      const lead = leadingSpeaker(head.replace(/:\s*$/, ""));
      if (lead && lead.kind !== "pronoun") return { phrase: lead, at: offset + Math.max(0, head.indexOf(lead.text.split(" ")[0] ?? "")), cue: "colon", how: "before" };
    }
    const according = /according\s+to\s+([^,]+),\s*$/i.exec(head);
    if (according?.[1]) {
      const phrase = parseSpeakerPhrase(according[1]);
      if (phrase) return { phrase, at: offset + (according.index ?? 0), cue: "according to", how: "before" };
    }
    // "According to a study by Ana Ruiz, the slump is to blame, but so is this “…”": the whole sentence is the source's.
    const opening = /^\s*according\s+to\s+([^,]{2,120}),/i.exec(head);
    if (opening?.[1]) {
      const source = opening[1].replace(WRITTEN_BY, "");
      const phrase = source !== opening[1] || !/^(?:a|an|the)\s/i.test(source) ? parseSpeakerPhrase(source) : undefined;
      if (phrase && phrase.kind !== "pronoun") return { phrase, at: offset + head.indexOf(source), cue: "according to", how: "partial" };
    }
    return undefined;
  }
  const between = head.slice(last.end).trim();
  // A speaker named after the cue, placed where the first word of their name stands.
  const afterCue = (phrase: SpeakerPhrase) => offset + last.end + head.slice(last.end).indexOf(phrase.text.split(" ")[0] ?? "");
  // "Ruiz was asked by host Bo Lee, who …, “…”": in the passive, the one after "by" speaks.
  if (/\b(?:was|were|is|are|been|being)\s+$/.test(head.slice(0, last.start)) && /^by\s/i.test(between)) {
    const agent = parseSpeakerPhrase(cutNounPhrase(between.slice(3).replace(/\s(?:whether|if|about|why|how|what|to)\s.*$/s, "")), "first");
    if (agent && agent.kind !== "pronoun") return { phrase: agent, at: afterCue(agent), cue: last.lemma, how: adjacentTo(between) ? "before" : "partial" };
  }
  // "Because of how the schedule was drawn, explained Ana Ruiz, “…”": a cue right after a comma, its
  // subject after it and a comma before the quotation, inverted as after a quotation.
  // "The paradox, says Ana Ruiz, historian at the Trust, is that she was “…”": the same, mid-sentence.
  const invertedName = /^([^,]{2,60}),/.exec(between)?.[1];
  if (!last.participle && /,\s*$/.test(head.slice(0, last.start)) && invertedName && /^\p{Lu}/u.test(invertedName)) {
    const inverted = parseSpeakerPhrase(invertedName);
    if (inverted && (inverted.kind === "person" || inverted.kind === "spokesperson")) return { phrase: inverted, at: afterCue(inverted), cue: last.lemma, how: "before" };
  }
  const adjacent = adjacentTo(between || head.trimEnd()) && between.split(/\s+/).length <= 8;
  const subject = last.participle ? (participleSubject(head, last, offset) ?? mainSubject(head, cues, offset)) : (subjectOf(head, last, offset) ?? mainSubject(head, cues, offset));
  if (!subject) return undefined;
  return { ...subject, cue: last.lemma, how: adjacent ? "before" : "partial" };
}

/**
 * "President Ana Ruiz condemned the “attack whose nature cannot be denied”": no reporting verb, but the
 * quotation sits in a sentence that opens on a speaker and goes on to a verb of its own. Its subject is
 * the likeliest speaker, less sure than a cue's.
 */
export function sentenceSubject(head: string, offset: number): Attribution | undefined {
  // "Jindal signed an order, while Huckabee proposed we “…”": the subject of the clause the quotation is in.
  let from = 0;
  for (const m of head.matchAll(CLAUSE_JOIN)) from = (m.index ?? 0) + m[0].length;
  return subjectFrom(head.slice(from), offset + from) ?? (from > 0 ? subjectFrom(head, offset) : undefined);
}

function subjectFrom(clause: string, offset: number): Attribution | undefined {
  const lead = leadingSpeaker(clause);
  if (!lead || lead.kind === "role" || lead.kind === "group") return undefined;
  const at = clause.indexOf(lead.text.split(" ")[0] ?? "");
  // The subject must be followed by words of its own clause: "Ruiz: “…”" and "Ruiz, “…”" are read elsewhere.
  const rest = clause.slice(Math.max(0, at) + lead.text.length);
  if (!/\b[a-z]{2,}\b/.test(rest) || PASSIVE.test(rest)) return undefined;
  // "Audiences can expect him to bring “…”": what a subject can or will do says nothing they said.
  if (/^[\s,]*(?:can|could|will|would|may|might|should|must)\s/i.test(rest)) return undefined;
  return { phrase: lead, at: offset + Math.max(0, at), cue: "subject", how: "subject" };
}

// Where a clause with a subject of its own may start: a dash, a semicolon, ", while", ", but", ", and".
const CLAUSE_JOIN = /\s[—–]\s|;\s|,\s(?:while|whereas|but|and|as)\s/g;

// "Ruiz was criticised by Ocampo for …": the subject of a passive is no speaker.
const PASSIVE = /\b(?:was|were|is|are|been|being|be|got|gets)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ht|id)\s+by\b/;
