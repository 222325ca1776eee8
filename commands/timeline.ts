import { z } from "zod";
import { defineCommand, type Outcome } from "../src/core/command.js";
import { looseText } from "../src/core/typed-text.js";
import { usageOf } from "../src/core/option-specs.js";
import { daysBetween } from "../src/analysis/timeline/civil-date.js";
import { firstDay, lastDay, parsePartialDate } from "../src/analysis/timeline/partial-date.js";

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const dateBound = () =>
  z
    .string()
    .trim()
    .regex(PARTIAL_DATE, "write it as YYYY, YYYY-MM or YYYY-MM-DD")
    .refine((s) => parsePartialDate(s) !== null, "not a real calendar date")
    .optional();

const timeline = defineCommand({
  name: "timeline",
  description: "Events the articles report, in date order, each with its sources",
  options: z.object({
    topic: looseText(200).optional().describe("Words the events must mention (a person, a place, a subject)"),
    from: dateBound().describe("Earliest date: YYYY, YYYY-MM or YYYY-MM-DD"),
    to: dateBound().describe("Latest date: YYYY, YYYY-MM or YYYY-MM-DD"),
    // Generous on purpose: a topic usually leaves a few dozen events at most, and a story cut short
    // hides the very event asked about; "more" says how many were left out.
    limit: z.number().int().min(1).max(50).default(25).describe("How many events to show (1-50)"),
  }),
  rest: "topic",
  suggests: { topic: "topics" },
  examples: ["/timeline", "/timeline whatsapp", "/timeline attack from:2017-03 to:2017-03-31"],

  run({ topic, from, to, limit }, { corpus }): Outcome<"timeline"> {
    const fromDate = from ? parsePartialDate(from) : null;
    const toDate = to ? parsePartialDate(to) : null;
    if (fromDate && toDate && daysBetween(firstDay(fromDate), lastDay(toDate)) < 0) {
      return { status: "invalid", code: "bad-option", message: `from:${from} comes after to:${to}. Usage: ${usageOf(timeline)}` };
    }
    const { events, total } = corpus.timeline.page(
      {
        ...(topic && { topic }),
        ...(fromDate && { from: fromDate }),
        ...(toDate && { to: toDate }),
      },
      limit,
    );
    if (events.length === 0) {
      const about = topic ? ` about "${topic}"` : "";
      const when = from || to ? ` between ${from ?? "the start"} and ${to ?? "now"}` : "";
      return { status: "no-match", code: "not-found", message: `No event${about}${when} in the corpus.` };
    }
    return { status: "ok", events, more: total - events.length };
  },
});

export default timeline;
