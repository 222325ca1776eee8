import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { typedText } from "../src/core/typed-text.js";

export default defineCommand({
  name: "who-said",
  description: "Who said a quotation, from an exact or remembered fragment, with its sources",
  options: z.object({
    fragment: typedText(300).describe("Words of the quotation, as well as you remember them"),
    limit: z.number().int().min(1).max(5).default(3).describe("How many different quotations to show (1-5)"),
  }),
  rest: "fragment",
  suggests: { fragment: "quotations" },
  examples: ["/who-said terrorists and paedophiles continue to exploit the internet", "/who-said step backward for privacy"],

  run({ fragment, limit }, { corpus }) {
    const found = corpus.quotes.whoSaid(fragment, limit);
    if (found.status === "ok") return { status: "ok", matches: found.matches };
    switch (found.reason) {
      case "no-quotation":
        return { status: "no-match", code: "not-found", message: `No quotation in the corpus matches “${fragment}”.` };
      case "speaker-unknown":
        return {
          status: "no-match",
          code: "speaker-unknown",
          message: `“${fragment}” appears in “${found.source.title}”, but the article does not make clear who said it.`,
        };
      case "speaker-unsure":
        return {
          status: "no-match",
          code: "speaker-unsure",
          message: `“${fragment}” appears in “${found.source.title}”, but the article does not say plainly who said it. It may be:`,
          candidates: found.candidates,
        };
    }
  },
});
