import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import { sourceOf } from "../src/corpus/citation.js";

export default defineCommand({
  name: "sources",
  description: "The articles in the corpus, with publisher, date and passage count",
  options: z.object({}),
  examples: ["/sources"],

  run(_options, { corpus }) {
    if (corpus.documents.length === 0) {
      return { status: "no-match", code: "not-found", message: "The corpus holds no articles yet." };
    }
    const documents = corpus.documents.map((doc) => ({
      ...sourceOf(doc),
      ...(doc.meta.author && { author: doc.meta.author }),
      passages: corpus.passagesByDoc.get(doc.id)?.length ?? 0,
    }));
    return { status: "ok", documents };
  },
});
