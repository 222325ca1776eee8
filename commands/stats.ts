import { z } from "zod";
import { defineCommand, type Outcome } from "../src/core/command.js";
import { questionStats } from "../src/core/question-stats.js";

export default defineCommand({
  name: "stats",
  description: "What people asked, where, and what went unanswered; the gaps to fill (moderators)",
  options: z.object({
    days: z.number().int().min(1).max(365).default(7).describe("How many days back (1-365)"),
  }),
  access: "moderator",
  examples: ["/stats", "/stats days:30"],

  async run({ days }, { store, corpus, now }): Promise<Outcome<"stats">> {
    if (!store) {
      return { status: "invalid", code: "no-store", message: "Statistics need the bot's database, which this process does not have (DATA_DIR is off, or another corpus-bot holds the folder)." };
    }
    const stats = await questionStats(store, days, now);
    return {
      status: "ok",
      stats,
      corpus: { documents: corpus.documents.length, quotations: corpus.quotes.quotations.length, events: corpus.timeline.size },
    };
  },
});
