// From one article to the events it dates: every sentence that holds a temporal expression becomes
// one event per distinct date it gives, told in that sentence's words.
import type { CorpusDocument } from "../../corpus/document.js";
import { paragraphText } from "../../corpus/document.js";
import { splitSentences } from "../../text/sentences.js";
import { DateAnchors, withAnaphoricDates } from "./anaphoric-dates.js";
import { parseIsoDay } from "./civil-date.js";
import { eventText } from "./event-text.js";
import { findMentions } from "./find-mentions.js";
import type { TemporalMention } from "./mention.js";
import { mayHoldDate } from "./prefilter.js";
import { formatPartialDate, type PartialDate } from "./partial-date.js";
import { fullNamesIn, peopleIn } from "./people.js";

/** One article's report of something that happened (or will) at a date. */
export interface DocEvent {
  docId: string;
  date: PartialDate | null;
  text: string;
  /** The temporal expression as written. */
  expression: string;
  people: string[];
  /** Where the sentence starts in the article's text: keeps an article's events in reading order. */
  offset: number;
}

/** A sentence of an article with the temporal expressions found in it (offsets into the sentence). */
export interface DatedSentence {
  text: string;
  /** Where the sentence starts in the article's text. */
  offset: number;
  mentions: TemporalMention[];
}

/** Every sentence of an article that holds a temporal expression, in reading order. */
export function datedSentences(doc: CorpusDocument): DatedSentence[] {
  const published = parseIsoDay(doc.meta.published);
  const found: DatedSentence[] = [];
  const anchors = new DateAnchors();
  for (const paragraph of doc.paragraphs) {
    const text = paragraphText(doc, paragraph);
    // A paragraph with no date in it needs no sentence splitting at all.
    if (!mayHoldDate(text)) continue;
    for (const sentence of splitSentences(text)) {
      if (!mayHoldDate(sentence.text)) continue;
      const mentions = withAnaphoricDates(sentence.text, findMentions({ sentence: sentence.text, published }), anchors, paragraph.index);
      if (mentions.length > 0) found.push({ text: sentence.text, offset: paragraph.start + sentence.start, mentions });
    }
  }
  return found;
}

export function extractEvents(doc: CorpusDocument): DocEvent[] {
  // Names are read from the whole article, and only once it turns out to date something.
  let known: string[] | undefined;
  const events: DocEvent[] = [];
  for (const sentence of datedSentences(doc)) {
    known ??= fullNamesIn(doc.text);
    const people = peopleIn(sentence.text, known);
    const seen = new Set<string>();
    for (const m of sentence.mentions) {
      // Two ways of writing one date in one sentence are one event; undated ones stay apart by wording.
      const key = m.date ? formatPartialDate(m.date) : `?${m.expression.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({
        docId: doc.id,
        date: m.date,
        text: eventText(sentence.text, m.start, m.end),
        expression: m.expression,
        people,
        offset: sentence.offset,
      });
    }
  }
  return events;
}
