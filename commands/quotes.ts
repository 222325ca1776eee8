import { z } from "zod";
import { defineCommand, type Outcome } from "../src/core/command.js";
import { looseText, typedText } from "../src/core/typed-text.js";
import { dateBound, dateRange, withinRange } from "../src/core/date-range.js";
import { usageOf } from "../src/core/option-specs.js";

const quotes = defineCommand({
  name: "quotes",
  description: "Every quotation by one person across the corpus, article by article in date order",
  options: z.object({
    person: typedText(100).describe("A name or a role: rudd, Amber Rudd, the Home Secretary"),
    about: looseText(200).optional().describe("Only quotations on this topic: whatsapp, encryption"),
    from: dateBound().describe("Only articles published on or after: YYYY, YYYY-MM or YYYY-MM-DD"),
    to: dateBound().describe("Only articles published on or before: YYYY, YYYY-MM or YYYY-MM-DD"),
  }),
  rest: "person",
  suggests: { person: "speakers" },
  examples: ["/quotes amber rudd", "/quotes Home Secretary", "/quotes rudd about:whatsapp", "/quotes rudd from:2017-03 to:2017-06"],

  run({ person, about, from, to }, { corpus }): Outcome<"quotes"> {
    const range = dateRange(from, to);
    if (!range) return { status: "invalid", code: "bad-option", message: `from:${from} comes after to:${to}. Usage: ${usageOf(quotes)}` };
    const found = corpus.quotes.quotesBy(person, about);
    if (found.status === "ok") {
      // An article with no date is in no range: a quotation is never placed in a time nobody gave it.
      const quotes = found.quotes.filter((q) => q.sources.some((s) => withinRange(s.published, range)));
      if (quotes.length > 0) return { ...found, quotes };
      const topic = about ? ` about “${about}”` : "";
      const when = !from && !to ? "" : from === to ? ` in articles published in ${from}` : ` in articles published between ${from ?? "the start"} and ${to ?? "now"}`;
      return { status: "no-match", code: "not-found", message: `${found.speaker.name} is quoted in the corpus, but not${topic}${when}.` };
    }
    switch (found.reason) {
      case "nobody":
        return {
          status: "no-match",
          code: "no-such-speaker",
          message: `Nobody called “${person}” is quoted in the corpus.`,
          ...(found.candidates && { candidates: found.candidates }),
        };
      case "ambiguous":
        return {
          status: "no-match",
          code: "ambiguous",
          message: `“${person}” could be several people: ${found.candidates.map((c) => c.name).join(", ")}. Ask with a fuller name.`,
          candidates: found.candidates,
        };
    }
  },
});

export default quotes;
