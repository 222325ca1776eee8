// A line that is not a slash command, read as a question: what kind of answer it wants (who said,
// what did X say, when, who is, which paper, anything else), the person and the topic it names, and
// the commands that can answer it, best first. Pronouns and "that" are read against the conversation
// so far. Pure: the caller runs the commands and says how the question was understood.
import type { ConversationFacts } from "./conversation.js";
import type { FailureCode } from "./reply.js";
import { timeIn, type QuestionTime } from "./question-time.js";

/** One command line to try; the first that answers wins. */
export interface Attempt {
  line: string;
  /** Said with the answer when this attempt is the one that answered ("this is reported speech"). */
  note?: string;
  /** Failures that end the search: "nobody called Elon Musk is quoted" needs no other command. */
  final?: readonly FailureCode[];
  /** Keep only these articles in the answer (/sources for "which paper was that in", /quotes for "who disagreed"). */
  onlyDocs?: readonly string[];
  /** Attempts of one group are equally good: when one answers, the others' answers join it (a timeline's events). */
  group?: number;
  /** What the answer should hold: passages that name a place come first for "where was the meeting". */
  prefer?: "place";
  /**
   * Asked only to give a day the answering group's events lack, and only from their articles: the lead
   * says "last week's Westminster attack", the story "the attack last Wednesday".
   */
  forTheDay?: true;
}

export interface Reading {
  /** How the question was understood, in words a person reads ("Quotations by Amber Rudd about WhatsApp"). */
  understood: string;
  attempts: Attempt[];
  /** What the question was about, for the next question's "it" and "that". */
  topic?: string;
  /** The person the question asked about ("what did trump say"): the next "he", whatever answered. */
  person?: string;
  /** "who is X": the answer says who X is from the articles, before what X said. */
  identity?: true;
}

/** The longest question read; longer lines are cut (the commands cap their own options too). */
const MAX_QUESTION = 500;

/** What the reader may ask of the corpus without running a command. */
export interface ReaderHints {
  /** People quoted in the corpus whose role or organisation names `body` ("nca"), the likeliest head first. */
  roleHolders(body: string, except?: string): string[];
  /** Everyone else quoted in these articles, the most quoted there first. */
  othersQuoted(docIds: readonly string[], except?: string): string[];
  /** Whether the articles use this word at all: a related word they lack would only weaken a search. */
  knows(word: string): boolean;
  /** Today, for "last year"; without it such times stay words. */
  today?: Date;
}

const NO_HINTS: ReaderHints = { roleHolders: () => [], othersQuoted: () => [], knows: () => false };

export function readQuestion(raw: string, facts?: ConversationFacts, hints: ReaderHints = NO_HINTS): Reading {
  const text = tidy(raw);
  if (text === "" || /^(?:help|commands|what can you do|hi|hello|hey)$/i.test(text)) {
    return { understood: "A request for help", attempts: [{ line: "/help" }] };
  }
  const q = fixQuestionWords(expandContractions(text));
  // "what did rudd say about whatsapp in March 2017": the time narrows the quotations or the events; a
  // question that neither answers keeps its time as words to search for.
  const time = timeIn(q, hints.today);
  if (time && time.rest !== "") {
    const timed = readWords(time.rest, facts, hints);
    if (timed.attempts.some((a) => DATED.test(a.line))) return withTime(timed, time);
  }
  return readWords(q, facts, hints);
}

/** Commands that take from:/to:. */
const DATED = /^\/(?:quotes|timeline)\b/;

function withTime(reading: Reading, time: QuestionTime): Reading {
  const range = `${time.from ? ` from:${time.from}` : ""}${time.to ? ` to:${time.to}` : ""}`;
  return {
    ...reading,
    understood: `${reading.understood}, ${time.said}`,
    attempts: reading.attempts.map((a) => ({ ...a, line: DATED.test(a.line) ? `${a.line}${range}` : `${a.line} ${time.said}` })),
  };
}

function readWords(q: string, facts: ConversationFacts | undefined, hints: ReaderHints): Reading {
  return (
    whatElse(q, facts) ??
    sourceOf(q, facts) ??
    whoSaid(q, facts) ??
    whatDidSay(q, facts) ??
    whoElse(q, facts, hints) ??
    whoRuns(q, facts, hints) ??
    theOther(q, facts, hints) ??
    whoIs(q, facts) ??
    when(q, facts) ??
    whatHappened(q, facts) ??
    whereSaid(q) ??
    whereHappened(q, facts, hints) ??
    anything(q, facts)
  );
}

// "who disagreed with her?", "who else commented", "what did others say": the other voices in the
// articles of the last answer. Whether each agreed is for the reader to judge from their words.
function whoElse(q: string, facts: ConversationFacts | undefined, hints: ReaderHints): Reading | undefined {
  const asks = /^(?:and\s+)?(?:who (?:disagreed|disagrees|agreed|agrees|objected|objects|criticised|criticized|opposed|opposes|responded|replied|hit back|pushed back|reacted|else (?:said|commented|spoke))\b|what did (?:the )?others say|who else\b)/i;
  if (!asks.test(q) || !facts || facts.docIds.length === 0) return undefined;
  const others = hints.othersQuoted(facts.docIds, facts.person).slice(0, 5);
  if (others.length === 0) return undefined;
  const topic = facts.topic ? ` about ${facts.topic}` : "";
  return {
    understood: `Others quoted in the same articles${facts.person ? ` as ${facts.person}` : ""}: ${others.join(", ")}`,
    ...(facts.topic && { topic: facts.topic }),
    // Their words in the same articles: what they said elsewhere answered nobody.
    attempts: [
      ...(facts.topic ? [{ line: `/quotes ${others[0]} about:${optionValue(facts.topic)}`, onlyDocs: facts.docIds }] : []),
      { line: `/quotes ${others[0]}`, onlyDocs: facts.docIds, note: `Nothing by ${others[0]}${topic} in particular: what they say in the same articles.` },
    ],
  };
}

// "who is in charge of the NCA", "who runs the Home Office": the person the articles give that job.
function whoRuns(q: string, facts: ConversationFacts | undefined, hints: ReaderHints): Reading | undefined {
  const m = /^(?:and\s+)?who (?:is|was|are|were) (?:in charge of|(?:the )?(?:head|boss|leader|director|chief|chair|chairman|chairwoman) of|running|heading|leading)\s+(.+)$/i.exec(q) ?? /^(?:and\s+)?who (?:runs|ran|heads|headed|leads|led|directs|chairs) (.+)$/i.exec(q);
  if (!m) return undefined;
  const body = unquote(m[1] ?? "").replace(/^the\s+/i, "");
  const holder = hints.roleHolders(body)[0];
  const ask = { line: `/ask ${q}` };
  if (!holder) return { understood: `Who is in charge of ${body}`, topic: body, attempts: [ask] };
  return { identity: true, understood: `Who is in charge of ${body}: ${holder}, by the roles the articles give`, topic: body, attempts: [{ line: `/quotes ${holder}` }, ask] };
}

// "and the other NCA guy?": someone else the articles give a job at the same body.
function theOther(q: string, facts: ConversationFacts | undefined, hints: ReaderHints): Reading | undefined {
  const m = /^(?:and\s+|what about\s+)*the other (.+?)(?:\s+(?:guy|man|woman|person|one|official|chap|bloke|people))?$/i.exec(q);
  if (!m || !facts?.person) return undefined;
  const body = unquote(m[1] ?? "");
  const holder = hints.roleHolders(body, facts.person)[0];
  if (!holder) return undefined;
  return { understood: `Another person at ${body}: ${holder}`, topic: body, attempts: [{ line: `/quotes ${holder}` }] };
}

/** One line of plain text: quotes and dashes made plain, no trailing punctuation, no mention markup. */
function tidy(raw: string): string {
  return raw
    .slice(0, MAX_QUESTION)
    .normalize("NFKC")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s?!.,;:]+$/, "")
    .trim();
}

// The words a question opens with, and the verb after "who": a slip of one letter in these ("wat did rudd
// say", "who sayd …") is a slip, since nothing else could stand there. Other words are left as typed:
// the search has its own tolerance for names and topics.
const OPENERS = ["what", "who", "when", "where", "which", "how", "why"];
const AFTER_WHO = ["said", "says", "is", "was", "wrote", "called", "warned", "claimed"];

function fixQuestionWords(q: string): string {
  const words = q.split(" ");
  const first = nearest(words[0] ?? "", OPENERS);
  if (first) words[0] = first;
  if (words[0]?.toLowerCase() === "who" && words[1]) words[1] = nearest(words[1], AFTER_WHO) ?? words[1];
  return words.join(" ");
}

/** The one word of `known` a word is a slip of (one letter added, dropped, changed or swapped), if any. */
function nearest(word: string, known: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 3 || known.includes(w) || COMMON_WORDS.has(w)) return undefined;
  const close = known.filter((k) => oneSlipApart(w, k));
  return close.length === 1 ? close[0] : undefined;
}

// Real words one slip from a question word ("hat", "whom", "sad"), which are meant as typed.
const COMMON_WORDS = new Set(["hat", "that", "whom", "whose", "wen", "here", "there", "sad", "sid", "way", "whit", "whet", "whir", "hoe", "hows", "whoa", "is", "as", "was", "has", "his", "its", "why", "how", "now", "new", "saw", "say"]);

function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function expandContractions(q: string): string {
  return q
    .replace(/\bwho(?:'s|s)\b/gi, "who is")
    .replace(/\bwhat(?:'s|s)\b/gi, "what is")
    .replace(/\bwhere(?:'s|s)\b/gi, "where is")
    .replace(/\bwhen(?:'s)\b/gi, "when is");
}

// "what else did she say", "what else", "anything else she said"
function whatElse(q: string, facts?: ConversationFacts): Reading | undefined {
  if (!/^(?:and\s+)?(?:what else|anything else|more from|what more)\b/i.test(q) || !facts?.person) return undefined;
  return { understood: `More quotations by ${facts.person}`, attempts: [{ line: `/quotes ${facts.person}` }], ...(facts.topic && { topic: facts.topic }) };
}

// "which paper was that in", "where was that published", "what's the source"
function sourceOf(q: string, facts?: ConversationFacts): Reading | undefined {
  const asks = /^(?:and\s+)?(?:(?:which|what) (?:paper|newspaper|publication|outlet|site|website|source|article|story)\b|where (?:was|is|did) (?:that|it|this) (?:published|appear|from|come from|run|reported)|(?:what|which) is the source\b)/i;
  if (!asks.test(q) || !facts || facts.docIds.length === 0) return undefined;
  return { understood: "The article the last answer cited", attempts: [{ line: "/sources", onlyDocs: facts.docIds.slice(0, 3) }], ...(facts.topic && { topic: facts.topic }) };
}

// "who said there should be no place for terrorists to hide", "who wrote that …"
function whoSaid(q: string, facts?: ConversationFacts): Reading | undefined {
  const m = /^(?:and\s+)?who (?:said|says|wrote|writes|called|calls|described|claimed|warned|tweeted|told \w+)\b[\s:,]*(?:that\s+(?=\S+\s+\S))?(.*)$/i.exec(q);
  if (!m) return undefined;
  let fragment = unquote(m[1] ?? "");
  // "who said that?": the quotation the last answer gave.
  if (/^(?:that|this|it)?$/i.test(fragment)) {
    if (!facts?.quote) return undefined;
    fragment = facts.quote;
  }
  return {
    understood: `Who said “${fragment}”`,
    topic: fragment,
    attempts: [
      { line: `/who-said ${fragment}` },
      { line: `/ask ${fragment}`, note: "No quotation says this word for word: these passages report it (reported speech, not a quotation)." },
    ],
  };
}

// "what did the home secretary say about whatsapp", "what has she said on encryption"
function whatDidSay(q: string, facts?: ConversationFacts): Reading | undefined {
  const m = /^(?:and\s+)?what (?:else )?(?:did|does|has|have|had|do|would) (.+?) (?:say|said|says|tell|told|think|thinks|write|wrote|tweet|tweeted|claim|claimed)\b(?:\s+(?:about|on|of|regarding|over|concerning)\s+(.+))?$/i.exec(q);
  if (!m) return undefined;
  const person = personIn(m[1] ?? "", facts);
  if (!person) return undefined;
  const about = m[2] ? unquote(m[2]) : undefined;
  if (!about) return { understood: `Quotations by ${person}`, person, attempts: [{ line: `/quotes ${person}`, final: ["no-such-speaker", "ambiguous"] }] };
  return {
    understood: `Quotations by ${person} about ${about}`,
    topic: about,
    person,
    attempts: [
      { line: `/quotes ${person} about:${optionValue(about)}`, final: ["no-such-speaker", "ambiguous"] },
      { line: `/ask ${person} ${about}`, note: `No quotation by ${person} about ${about}: passages that mention both.` },
    ],
  };
}

// "who is Priti Patel", "tell me about Rob Jones"; not "who is in charge of the NCA" (a question for /ask)
function whoIs(q: string, facts?: ConversationFacts): Reading | undefined {
  const m = /^(?:and\s+)?(?:who (?:is|was|are|were)|tell me about|what do (?:we|you) know about)\s+(.+)$/i.exec(q);
  if (!m) return undefined;
  const who = personIn(unquote(m[1] ?? ""), facts);
  // "who was she talking to", "who is behind the plan": a clause, not a name or a role.
  if (!who || /^(?:in|at|on|of|for|behind|responsible|leading|running|heading|charged|accused|the (?:head|leader|chief|boss) of)\b/i.test(who) || who.split(" ").length > 5) return undefined;
  if (/\b(?:he|she|they|it|him|her|them)\b|\b\w+ing\b|\b(?:to|with|for|about|at|on|in|from|by)$/i.test(who)) return undefined;
  return {
    identity: true,
    person: who,
    understood: `Who ${who} is, from the articles: the roles they give and what they are quoted saying`,
    attempts: [{ line: `/quotes ${who}` }, { line: `/ask ${who}`, note: `${who} is not quoted in the corpus: passages that mention them.` }],
  };
}

// "when did rudd meet the tech firms", "and when was that"
function when(q: string, facts?: ConversationFacts): Reading | undefined {
  const m = /^(?:and\s+)?when (?:did|was|were|is|are|does|do|has|had|will)\s+(.+?)(?:\s+(?:happen|happened|take place|took place|occur|occurred|start|started|begin|began))?$/i.exec(q);
  if (!m) return undefined;
  let topic = resolvePronouns(m[1] ?? "", facts);
  if (/^(?:that|it|this|they|these|those)$/i.test(topic.trim())) {
    if (!facts?.topic) return undefined;
    topic = facts.topic;
  }
  return eventsOf(contentWords(topic).slice(0, 6), "When");
}

// "what happened in brazil", "what happened to the ferry", "what happened in 2017": the events, in date order.
function whatHappened(q: string, facts?: ConversationFacts): Reading | undefined {
  const m = /^(?:and\s+)?what (?:happened|has happened|was happening|went on|is happening|happens)(?:\s+(?:to|with|at|in|on|after|over)\s+(.+))?$/i.exec(q);
  if (!m) return undefined;
  const about = m[1] ? resolvePronouns(m[1], facts) : "";
  if (/^(?:that|it|this|them|there)$/i.test(about.trim()) && facts?.topic) return eventsOf(contentWords(facts.topic).slice(0, 6), "What happened:");
  const words = contentWords(about).slice(0, 6);
  if (words.length === 0) return { understood: "What happened, in date order", attempts: [{ line: "/timeline" }] };
  return eventsOf(words, "What happened:");
}

/** The events that hold the words, as many of them as any event does; the passages when none is dated. */
function eventsOf(words: string[], asked: "When" | "What happened:"): Reading | undefined {
  if (words.length === 0) return undefined;
  return {
    understood: asked === "When" ? `When ${words.join(" ")} happened` : `What happened: ${words.join(" ")}`,
    topic: words.join(" "),
    attempts: [
      // Events that hold as many of the words as any event does, whichever words those are.
      ...topicSubsets(words).map((subset) => ({ line: `/timeline ${subset.join(" ")}`, group: subset.length })),
      // The thing asked about is the last word of "the Westminster attack": the story may date it alone.
      ...(words.length > 1 ? [{ line: `/timeline ${words[words.length - 1]}`, forTheDay: true as const }] : []),
      { line: `/ask ${words.join(" ")}`, note: "No dated event found: passages that mention it." },
    ],
  };
}

// "where does the coverage say facebook will encrypt messenger", "which article says …": the passages that say it.
function whereSaid(q: string): Reading | undefined {
  const m = /^(?:and\s+)?(?:where|which|what)\s+(?:articles?\s+|stories\s+|story\s+|reports?\s+)?(?:does|do|did)?\s*(?:the\s+)?(?:coverage|articles?|stories|story|reports?|papers?|corpus)?\s*(?:say|says|said|mention|mentions|report|reports|discuss|discusses)\s+(?:that\s+)?(.{3,})$/i.exec(q);
  if (!m || /^(?:who|what)\b/i.test(m[1] ?? "")) return undefined;
  const clause = unquote(m[1] ?? "");
  return { understood: `Where the articles say “${clause}”`, topic: clause, attempts: [{ line: `/ask ${clause}` }] };
}

// "where was the meeting", "where did the attack happen": the passages that answer it, those that name a
// place first. "The meeting" after "when did rudd meet the tech firms" is that meeting.
function whereHappened(q: string, facts: ConversationFacts | undefined, hints: ReaderHints): Reading | undefined {
  const m = /^(?:and\s+)?where (?:was|is|were|are|did|does|do|will|has|had)\s+(.+?)(?:\s+(?:happen|happened|take place|took place|be held|held|occur|occurred|meet|met|go|went|be))?$/i.exec(q);
  if (!m) return undefined;
  const subject = resolvePronouns(m[1] ?? "", facts);
  const own = contentWords(subject);
  const carried = pointsBack(q, own, facts) ? contentWords(facts?.topic ?? "").filter((w) => !own.includes(w)) : [];
  const words = [...own, ...carried];
  if (words.length === 0) return undefined;
  const related = own.flatMap((w) => RELATED[w] ?? []).filter((w) => !words.includes(w) && hints.knows(w));
  return {
    understood: `Where ${subject.trim()}${carried.length > 0 ? ` (${carried.join(" ")})` : ""}: the passages that answer it, those naming a place first`,
    topic: words.join(" "),
    attempts: [{ line: `/ask ${[...words, ...related].join(" ")} limit:10`, prefer: "place" }],
  };
}

/**
 * Whether a question points back to the conversation's topic: "and …?", a pronoun, or one word that
 * echoes the topic ("where was the meeting" after "when did rudd meet …"); "what happened in brazil"
 * starts a topic of its own.
 */
function pointsBack(q: string, own: readonly string[], facts?: ConversationFacts): boolean {
  if (!facts?.topic) return false;
  const topic = contentWords(facts.topic);
  const echoes = own.length <= 1 && own.some((w) => topic.some((t) => t.slice(0, 4) === w.slice(0, 4)));
  return own.length === 0 || echoes || /^(?:and|what about|how about)\b/i.test(q) || /\b(?:it|that|this|they|them|there|those|these|he|she|him|her|his)\b/i.test(q);
}

// Anything else: the passages that answer it, with "she", "it" and "and …?" read against the conversation.
function anything(q: string, facts?: ConversationFacts): Reading {
  let question = resolvePronouns(q.replace(/^(?:and|so|but|ok|okay)\s+/i, ""), facts);
  const own = contentWords(question);
  // "who was she talking to": a question about the person of the last answer is about that answer too.
  if (pointsBack(q, own, facts) && facts?.topic) {
    const carried = contentWords(facts.topic).filter((w) => !own.includes(w));
    if (carried.length > 0) question = `${question} ${carried.join(" ")}`;
  }
  return { understood: `Passages that answer “${question}”`, topic: own.join(" ") || facts?.topic || question, attempts: [{ line: `/ask ${question}` }] };
}

/** "she" → the person the conversation is about; a name or a role stays as written. */
function personIn(words: string, facts?: ConversationFacts): string | undefined {
  const w = words.trim();
  if (/^(?:he|she|him|her|they|them)$/i.test(w)) return facts?.person;
  return w === "" ? undefined : w;
}

function resolvePronouns(text: string, facts?: ConversationFacts): string {
  if (!facts?.person) return text;
  const name = facts.person;
  return text.replace(/\b(?:he|she|him|her|his|hers)\b/gi, name);
}

function unquote(text: string): string {
  return text.trim().replace(/^["']+|["']+$/g, "").trim();
}

/** An option's value as the command line reads it: quoted when it holds a space. */
function optionValue(value: string): string {
  const plain = value.replace(/"/g, "");
  return /\s/.test(plain) ? `"${plain}"` : plain;
}

// Words news writes for the same event, so that "the meeting" finds "showdown talks at the Home Office".
const RELATED: Record<string, readonly string[]> = {
  meeting: ["talks", "summit"],
  talks: ["meeting"],
  summit: ["meeting", "talks"],
  conference: ["summit"],
  speech: ["address"],
  interview: ["told"],
  attack: ["attacked"],
  attacks: ["attack"],
};

const STOP = new Set(
  `a an the of to in on at for about and or that this it they them their there these those be been being is are was were
   did does do done has have had said say says can could would will should may might not no with by from as into than then
   so if but just also please tell me out up off show give find any some much many long often who what when where why how which
   happen happened take took place occur occurred`.split(/\s+/),
);

/** The words that carry a question's subject, in order, without question words and pronouns. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  // Verbs that name the event ("meet" finds "meeting") stay: only the question's scaffolding goes.
  const kept = words.filter((w) => !STOP.has(w));
  return [...new Set(kept)];
}

/** Every subset of the words, largest first, in their order: a topic the articles word differently still meets an event. */
function topicSubsets(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let size = words.length; size >= 1; size--) {
    const pick = (from: number, chosen: string[]) => {
      if (out.length >= MAX_SUBSETS) return;
      if (chosen.length === size) return void out.push(chosen);
      for (let i = from; i <= words.length - (size - chosen.length); i++) pick(i + 1, [...chosen, words[i]!]);
    };
    pick(0, []);
  }
  return out;
}

const MAX_SUBSETS = 24;
