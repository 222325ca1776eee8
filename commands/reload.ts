import { z } from "zod";
import { defineCommand } from "../src/core/command.js";
import type { ReloadStage } from "../src/library/reload.js";

export default defineCommand({
  name: "reload",
  description: "Re-read the corpus folder and swap in the new articles (moderators)",
  options: z.object({}),
  access: "moderator",
  examples: ["/reload"],

  async run(_options, { reload, progress }) {
    const result = await reload.reload((stage, fraction) => progress(describe(stage), fraction));
    switch (result.status) {
      case "busy":
        return { status: "invalid", code: "reload-busy", message: "A reload is already running. Its report will follow; try again after it." };
      case "kept-old": {
        const reason =
          result.why === "no-articles"
            ? `No readable article was found in ${result.folder}, so I kept the ${result.kept} I had.`
            : `The reload failed (${result.error}), so I kept the corpus I had.`;
        return {
          status: "invalid",
          code: "reload-failed",
          message: [reason, ...result.report.rejected.map((r) => `• ${r.reason}`)].join("\n"),
        };
      }
      case "reloaded":
        return { status: "ok", report: result.report };
    }
  },
});

const count = (n: number) => n.toLocaleString("en");

function describe(s: ReloadStage): string {
  switch (s.stage) {
    case "reading":
      return `Reading ${s.folder}…`;
    case "reading-files":
      return `Reading files ${count(s.done)}/${count(s.total)}`;
    case "cleaning":
      return `Cleaning ${count(s.documents)} documents…`;
    case "indexing":
      return `Indexing ${count(s.documents)} documents…`;
  }
}
