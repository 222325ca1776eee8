// One synthetic article, and the ground truth it carries: which quotation belongs to whom, which
// paragraph holds which words, which sentence a timeline should date. Recording the truth while writing
// is what lets the benchmark check answers, not just time them.
import type { ManifestEntry } from "../../src/corpus/manifest.js";
import type { Rng } from "./prng.js";
import { fullName, type Cast, type Person } from "./people.js";
import { capitalize, MONTHS, SentenceMaker, WEEKDAYS } from "./sentences.js";
import type { Vocabulary } from "./vocabulary.js";

/** Every way of attributing a quotation the extractor is meant to handle. */
export type QuoteKind =
  | "quote-name-said" // “…,” Anna Brantov said.
  | "quote-said-name" // “…,” said Anna Brantov, chief executive of the X Trust.
  | "name-role-colon" // Anna Brantov, chief executive at X, said: “…”
  | "pronoun-added" // “…,” she added.  (after she was named)
  | "partial" // Brantov called the plan a “…”.
  | "spokesman" // “…,” a spokesman for X said.
  | "two-paragraph"; // Anna Brantov said: “… (no closing mark) ¶ “…”

export interface QuoteTruth {
  docId: string;
  kind: QuoteKind;
  /** Null for an unnamed spokesman: the organisation speaks. */
  speaker: string | null;
  surname: string | null;
  organization: string;
  /** The quoted words as written (for a two-paragraph quote, its first paragraph). */
  text: string;
}

export interface TimelineTruth {
  docId: string;
  /** An invented word planted in the dated sentence: the topic to ask for. */
  topic: string;
  expression: string;
  /** The date the sentence states outright ("2012", "2015-03-03"). */
  date: string;
}

export interface ParagraphCandidate {
  docId: string;
  /** The distinct lower-case words of a paragraph with no quotation in it. */
  words: string[];
}

export type DateSource = "manifest" | "byline" | "dateline" | "none";

export interface GeneratedArticle {
  docId: string;
  raw: string;
  manifest?: ManifestEntry;
  dateSource: DateSource;
  quotes: QuoteTruth[];
  timeline: TimelineTruth[];
  paragraphs: ParagraphCandidate[];
}

interface Quoting {
  person: Person;
  named: boolean;
}

const OPEN = { curly: "“", straight: '"' } as const;
const CLOSE = { curly: "”", straight: '"' } as const;
const FURNITURE = ["ADVERTISEMENT", "Advertisement", "Post a Comment", "Share this article", "Story continues below advertisement"];

export function generateArticle(docId: string, rng: Rng, vocab: Vocabulary, cast: Cast, minRareRank: number): GeneratedArticle {
  const make = new SentenceMaker(vocab, cast);
  const published = new Date(Date.UTC(rng.int(2005, 2024), rng.int(0, 11), rng.int(1, 28)));
  const iso = published.toISOString().slice(0, 10);
  const roll = rng.next();
  // Most articles are dated by the manifest; some only by a byline or a dateline; some not at all.
  const dateSource: DateSource = roll < 0.8 ? "manifest" : roll < 0.88 ? "byline" : roll < 0.92 ? "dateline" : "none";
  const marks = rng.chance(0.6) ? "curly" : "straight";
  const [o, c] = [OPEN[marks], CLOSE[marks]];

  const quotes: QuoteTruth[] = [];
  const timeline: TimelineTruth[] = [];
  const candidates: ParagraphCandidate[] = [];
  const paragraphs: string[] = [];
  const speakers: Quoting[] = Array.from({ length: rng.int(1, 3) }, () => ({ person: cast.drawPerson(rng), named: false }));
  let lastSpeaker: Quoting | undefined;
  const knownDate = dateSource === "none" ? undefined : published;

  const narrativeParagraph = (): string => Array.from({ length: rng.int(2, 5) }, () => make.narrative(rng, knownDate)).join(" ");
  /** How the person is referred to: full name and role the first time, surname after. */
  const refer = (q: Quoting, withRole: boolean): string => {
    if (q.named) return q.person.last;
    q.named = true;
    return withRole ? `${fullName(q.person)}, ${q.person.role} at the ${q.person.organization}` : fullName(q.person);
  };
  const record = (kind: QuoteKind, q: Quoting | null, text: string, organization: string) =>
    quotes.push({
      docId,
      kind,
      speaker: q ? fullName(q.person) : null,
      surname: q ? q.person.last : null,
      organization,
      text,
    });

  const quoteParagraph = (): string[] => {
    const q = rng.pick(speakers);
    const first = make.quoteSentence(rng);
    const more = rng.chance(0.4) ? `. ${make.quoteSentence(rng)}` : "";
    const text = `${first}${more}`;
    let kinds: QuoteKind[] = ["quote-name-said", "quote-said-name", "name-role-colon", "partial", "spokesman", "two-paragraph"];
    if (lastSpeaker === q && q.named) kinds = [...kinds, "pronoun-added", "pronoun-added"];
    const kind = rng.pick(kinds);
    lastSpeaker = q;
    switch (kind) {
      case "quote-name-said":
        record(kind, q, `${text},`, q.person.organization);
        return [`${o}${text},${c} ${refer(q, false)} said.`];
      case "quote-said-name":
        record(kind, q, `${text},`, q.person.organization);
        return [`${o}${text},${c} said ${refer(q, true)}.`];
      case "name-role-colon": {
        const who = q.named ? q.person.last : `${fullName(q.person)}, ${q.person.role} at the ${q.person.organization},`;
        q.named = true;
        record(kind, q, `${text}.`, q.person.organization);
        return [`${who} said: ${o}${text}.${c}`];
      }
      case "pronoun-added":
        record(kind, q, `${text},`, q.person.organization);
        return [`${o}${text},${c} ${q.person.gender === "f" ? "she" : "he"} added.`];
      case "partial": {
        const words = `${vocab.draw(rng)} ${vocab.draw(rng)} ${vocab.drawRare(rng, minRareRank)} ${vocab.draw(rng)}`;
        const lead = make.narrative(rng, knownDate);
        record(kind, q, words, q.person.organization);
        return [`${lead} ${capitalize(refer(q, false))} called the plan a ${o}${words}${c}.`];
      }
      case "spokesman": {
        const org = cast.drawOrganization(rng);
        record(kind, null, `${text},`, org);
        lastSpeaker = undefined;
        return [`${o}${text},${c} a spokesman for the ${org} said.`];
      }
      case "two-paragraph": {
        const second = `${make.quoteSentence(rng)}. ${make.quoteSentence(rng)}`;
        record(kind, q, `${text}.`, q.person.organization);
        // The first paragraph leaves its quotation open: the quote runs on into the next.
        return [`${capitalize(refer(q, false))} said: ${o}${text}.`, `${o}${second}.${c}`];
      }
    }
  };

  const count = rng.int(14, 26);
  for (let i = 0; i < count; i++) {
    if (i === 0) {
      const lead = narrativeParagraph();
      paragraphs.push(dateSource === "dateline" ? `${cast.drawPlace(rng).toUpperCase()}, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()} (Reuters) - ${lead}` : lead);
      continue;
    }
    if (i % 2 === 0 || rng.chance(0.3)) {
      paragraphs.push(...quoteParagraph());
      continue;
    }
    if (rng.chance(0.35)) {
      // A sentence whose date is written out in full, with an invented word a /timeline query can ask for.
      const topic = vocab.drawRare(rng, minRareRank);
      const year = rng.int(1995, 2024);
      const month = rng.int(0, 11);
      const day = rng.int(1, 28);
      const full = rng.chance(0.5);
      const expression = full ? `On ${MONTHS[month]} ${day}, ${year}` : `In ${year}`;
      const date = full ? `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}` : String(year);
      const sentence = `${expression}, the ${topic} ${vocab.draw(rng)} ${vocab.verbPast(rng)} ${make.nounPhrase(rng)}.`;
      timeline.push({ docId, topic, expression, date });
      paragraphs.push(`${make.narrative(rng, knownDate)} ${sentence}`);
      continue;
    }
    const text = narrativeParagraph();
    // Only paragraphs the bot keeps whole (passages are cut past 900 characters) make fair answers.
    if (text.length < 850) candidates.push({ docId, words: [...new Set(text.toLowerCase().match(/[a-z]+/g) ?? [])] });
    paragraphs.push(text);
  }

  const headline = make.headline(rng);
  const wrap = rng.chance(0.25);
  const body = withFurniture(rng, paragraphs.map((p) => (wrap ? hardWrap(p, 70) : p)), make);
  const head: string[] = [headline, ""];
  const author = rng.chance(0.5) ? fullName(cast.drawPerson(rng)) : undefined;
  if (dateSource === "byline" || (author && rng.chance(0.5))) {
    head.push(`By ${author ?? fullName(cast.drawPerson(rng))}`);
    if (dateSource === "byline") head.push(`${WEEKDAYS[published.getUTCDay()]} ${published.getUTCDate()} ${MONTHS[published.getUTCMonth()]} ${published.getUTCFullYear()}`);
    head.push("");
  }
  const raw = `${[...head, ...body].join("\n")}\n`;

  let manifest: ManifestEntry | undefined;
  if (dateSource === "manifest") {
    manifest = {
      ...(rng.chance(0.7) && { title: headline }),
      publisher: rng.pick(cast.publishers),
      published: iso,
      ...(author && { author }),
      ...(rng.chance(0.5) && { url: `https://news.example.com/${published.getUTCFullYear()}/${docId}` }),
    };
  } else if (dateSource === "none" && rng.chance(0.5)) {
    manifest = { publisher: rng.pick(cast.publishers) };
  }
  return { docId, raw, ...(manifest && { manifest }), dateSource, quotes, timeline, paragraphs: candidates };
}

/** Paragraphs separated by blank lines, with page furniture and a "Read more" box here and there. */
function withFurniture(rng: Rng, paragraphs: string[], make: SentenceMaker): string[] {
  const lines: string[] = [];
  paragraphs.forEach((p, i) => {
    lines.push(p, "");
    if (i === 0 || i === paragraphs.length - 1) return;
    if (rng.chance(0.06)) lines.push(rng.pick(FURNITURE), "");
    if (rng.chance(0.04)) lines.push("Read more", make.headline(rng), "");
  });
  if (rng.chance(0.3)) lines.push("Post a Comment");
  return lines;
}

/** Greedy wrapping at `width` columns, as text copied from a terminal or an e-mail arrives. */
export function hardWrap(paragraph: string, width: number): string {
  const out: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") out.push(line);
  return out.join("\n");
}
