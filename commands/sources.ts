import { z } from "zod";
import { defineCommand } from "../src/core/command.js";

export default defineCommand({
  name: "sources",
  description: "The articles in the corpus, with publisher, date and passage count",
  options: z.object({}),
  examples: ["/sources"],

  run(_options, { corpus }) {
    if (corpus.documents.length === 0) {
      return { status: "no-match", message: "The corpus holds no articles yet." };
    }
    const documents = corpus.documents.map((doc) => {
      const { title, publisher, author, published, url } = doc.meta;
      return {
        docId: doc.id,
        title,
        ...(publisher && { publisher }),
        ...(author && { author }),
        ...(published && { published }),
        ...(url && { url }),
        passages: corpus.passagesByDoc.get(doc.id)?.length ?? 0,
      };
    });
    return { status: "ok", documents };
  },
});
