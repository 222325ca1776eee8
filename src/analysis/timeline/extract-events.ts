// From one article to the events it dates: every sentence that holds a temporal expression becomes
// one event per distinct date it gives, told in that sentence's words.
import type { CorpusDocument } from "../../corpus/document.js";
import { paragraphText } from "../../corpus/document.js";
import { splitSentences } from "../sentences.js";
import { parseIsoDay } from "./civil-date.js";
import { eventText } from "./event-text.js";
import { findMentions } from "./find-mentions.js";
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

export function extractEvents(doc: CorpusDocument): DocEvent[] {
  const published = parseIsoDay(doc.meta.published);
  // Names are read from the whole article, and only once it turns out to date something.
  let known: string[] | undefined;
  const events: DocEvent[] = [];
  for (const paragraph of doc.paragraphs) {
    const text = paragraphText(doc, paragraph);
    // A paragraph with no date in it needs no sentence splitting at all.
    if (!mayHoldDate(text)) continue;
    for (const sentence of splitSentences(text)) {
      const mentions = findMentions({ sentence: sentence.text, published });
      if (mentions.length === 0) continue;
      known ??= fullNamesIn(doc.text);
      const people = peopleIn(sentence.text, known);
      const seen = new Set<string>();
      for (const m of mentions) {
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
          offset: paragraph.start + sentence.start,
        });
      }
    }
  }
  return events;
}
