import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { looseText, typedText } from "../src/core/typed-text.js";

export default defineCommand({
  name: "quotes",
  description: "Every quotation by one person across the corpus, article by article in date order",
  options: z.object({
    person: typedText(100).describe("A name or a role: rudd, Amber Rudd, the Home Secretary"),
    about: looseText(200).optional().describe("Only quotations on this topic: whatsapp, encryption"),
  }),
  rest: "person",
  suggests: { person: "speakers" },
  examples: ["/quotes amber rudd", "/quotes Home Secretary", "/quotes rudd about:whatsapp"],

  run({ person, about }, { corpus }) {
    const found = corpus.quotes.quotesBy(person, about);
    if (found.status === "ok" && found.quotes.length === 0) {
      return { status: "no-match", code: "not-found", message: `${found.speaker.name} is quoted in the corpus, but not about “${about}”.` };
    }
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
