import { z } from "zod";
import { defineCommand } from "../src/core/command.js";

export default defineCommand({
  name: "speakers",
  description: "Who is quoted in the corpus, with role and number of quotations, most quoted first",
  options: z.object({
    limit: z.number().int().min(1).max(100).default(25).describe("How many speakers to list (1-100)"),
  }),
  examples: ["/speakers", "/speakers limit:10"],

  run({ limit }, { corpus }) {
    const speakers = corpus.quotes.speakerSummaries();
    if (speakers.length === 0) return { status: "no-match", code: "not-found", message: "No quotation in the corpus names its speaker." };
    return { status: "ok", speakers: speakers.slice(0, limit) };
  },
});
