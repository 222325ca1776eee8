import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { typedText } from "../src/analysis/quotes/typed-text.js";

export default defineCommand({
  name: "quotes",
  description: "Every quotation by one person across the corpus, article by article in date order",
  options: z.object({
    person: typedText(100).describe("A name or a role: rudd, Amber Rudd, the Home Secretary"),
  }),
  rest: "person",
  examples: ["/quotes amber rudd", "/quotes Home Secretary"],

  run({ person }, { corpus }) {
    const found = corpus.quotes.quotesBy(person);
    if (found.status === "no-match") {
      return { status: "no-match", message: found.message, ...(found.candidates && { candidates: found.candidates }) };
    }
    return found;
  },
});
