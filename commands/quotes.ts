import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { typedText } from "../src/core/typed-text.js";

export default defineCommand({
  name: "quotes",
  description: "Every quotation by one person across the corpus, article by article in date order",
  options: z.object({
    person: typedText(100).describe("A name or a role: rudd, Amber Rudd, the Home Secretary"),
  }),
  rest: "person",
  suggests: { person: "speakers" },
  examples: ["/quotes amber rudd", "/quotes Home Secretary"],

  run({ person }, { corpus }) {
    const found = corpus.quotes.quotesBy(person);
    if (found.status === "ok") return found;
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
