import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { toPassageResult } from "../src/search/result.js";

export default defineCommand({
  name: "ask",
  description: "Passages that best answer a question, with their sources",
  options: z.object({
    question: z.string().trim().min(1).max(500).describe("Your question, in plain words"),
    limit: z.number().int().min(1).max(10).default(3).describe("How many passages (1-10)"),
  }),
  rest: "question",
  examples: ["/ask how long does the mutual legal assistance process take", "/ask what did WhatsApp say limit:5"],

  run({ question, limit }, { corpus }) {
    const hits = corpus.search.search(question, { limit });
    if (hits.length === 0) {
      return { status: "no-match", code: "not-found", message: "I don't know: no passage in the corpus matches that question." };
    }
    return { status: "ok", results: hits.map(toPassageResult) };
  },
});
