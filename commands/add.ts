import { z } from "zod";
import { defineCommand, type Outcome } from "../src/core/command.js";

export default defineCommand({
  name: "add",
  description: "Add an article from a link: fetch the page, read it, save it in the corpus (moderators)",
  options: z.object({
    url: z
      .string()
      .trim()
      // Chat apps wrap links: Slack as <https://…|label> or <https://…>, Discord as <https://…> to hide the preview.
      .transform((s) => s.replace(/^<([^|>]+)(?:\|[^>]*)?>$/, "$1"))
      .pipe(z.url({ protocol: /^https?$/, message: "must be a link starting with http:// or https://" }).max(2_000))
      .describe("The article's link: https://…"),
  }),
  rest: "url",
  access: "moderator",
  examples: ["/add https://www.example.com/news/2017/03/26/whatsapp-messages"],

  async run({ url }, { pages, progress }): Promise<Outcome<"add">> {
    progress(`Fetching ${new URL(url).host}…`);
    const result = await pages.addPage(url);
    if (result.status === "refused") return { status: "invalid", code: "page-refused", reason: result.reason, message: result.message };
    const { document: d, quotations, events } = result;
    const first = d.paragraphs[0];
    return {
      status: "ok",
      article: {
        docId: d.id,
        title: d.meta.title,
        ...(d.meta.publisher && { publisher: d.meta.publisher }),
        ...(d.meta.published && { published: d.meta.published }),
        ...(d.meta.author && { author: d.meta.author }),
        ...(d.meta.url && { url: d.meta.url }),
        passages: result.passages,
        file: d.file,
        firstParagraph: first ? d.text.slice(first.start, first.end) : "",
        quotations,
        events,
      },
      ...(d.meta.published ? {} : { message: "The page gives no publication date: its relative dates (“on Sunday”) stay undated. Add one in corpus.json if you know it." }),
    };
  },
});
