import { z } from "zod";
import { defineCommand, type Outcome } from "../src/core/command.js";
import { looseText, typedText } from "../src/core/typed-text.js";
import { usageOf } from "../src/core/option-specs.js";
import { dateBound, dateRange } from "../src/core/date-range.js";

const timeline = defineCommand({
  name: "timeline",
  description: "Events the articles report, in date order, each with its sources",
  options: z.object({
    topic: looseText(200).optional().describe("Words the events must mention (a person, a place, a subject)"),
    person: typedText(100).optional().describe("Only events that name this person: rudd, Amber Rudd, the Home Secretary"),
    from: dateBound().describe("Earliest date: YYYY, YYYY-MM or YYYY-MM-DD"),
    to: dateBound().describe("Latest date: YYYY, YYYY-MM or YYYY-MM-DD"),
    // Generous on purpose: a topic usually leaves a few dozen events at most, and a story cut short
    // hides the very event asked about; "more" says how many were left out.
    limit: z.number().int().min(1).max(50).default(25).describe("How many events to show (1-50)"),
  }),
  rest: "topic",
  suggests: { topic: "topics", person: "speakers" },
  examples: ["/timeline", "/timeline whatsapp", "/timeline attack from:2017-03 to:2017-03-31", "/timeline encryption person:rudd"],

  run({ topic, from, to, person, limit }, { corpus }): Outcome<"timeline"> {
    const range = dateRange(from, to);
    if (!range) return { status: "invalid", code: "bad-option", message: `from:${from} comes after to:${to}. Usage: ${usageOf(timeline)}` };
    const { from: fromDate, to: toDate } = range;
    // A role or a surname ("the home secretary", "rudd") means the person the quotations know by it.
    const found = person ? corpus.quotes.quotesBy(person) : undefined;
    const name = found?.status === "ok" ? found.speaker.name : person;
    const { events, total } = corpus.timeline.page(
      {
        ...(topic && { topic }),
        ...(name && { person: name }),
        ...(fromDate && { from: fromDate }),
        ...(toDate && { to: toDate }),
      },
      limit,
    );
    if (events.length === 0) {
      const about = `${topic ? ` about "${topic}"` : ""}${name ? ` naming ${name}` : ""}`;
      const when = from || to ? ` between ${from ?? "the start"} and ${to ?? "now"}` : "";
      return { status: "no-match", code: "not-found", message: `No event${about}${when} in the corpus.` };
    }
    return { status: "ok", events, more: total - events.length };
  },
});

export default timeline;
