import { z } from "zod";
import { defineCommand, type Outcome } from "../src/core/command.js";
import type { ReloadStage, SettledReload } from "../src/library/reload.js";

export default defineCommand({
  name: "reload",
  description: "Re-read the corpus folder and swap in the new articles (moderators)",
  options: z.object({}),
  access: "moderator",
  examples: ["/reload"],

  async run(_options, { reload, progress }) {
    const result = await reload.reload((stage, fraction) => progress(describe(stage), fraction));
    // Asked while another reload ran: that one's outcome is the answer, once it has one.
    if (result.status === "busy") return answer(await result.running, "A reload was already running; this is its report.");
    return answer(result);
  },
});

function answer(result: SettledReload, note?: string): Outcome<"reload"> {
  const lead = note ? `${note}\n` : "";
  switch (result.status) {
    case "kept-old": {
      const reason =
        result.why === "no-articles"
          ? `No readable article was found in ${result.folder}, so I kept the ${result.kept} I had.`
          : `The reload failed (${result.error}), so I kept the corpus I had.`;
      return {
        status: "invalid",
        code: "reload-failed",
        message: lead + [reason, ...result.report.rejected.map((r) => `• ${r.reason}`)].join("\n"),
      };
    }
    case "reloaded":
      return { status: "ok", report: result.report, ...(note && { message: note }) };
  }
}

const count = (n: number) => n.toLocaleString("en");

function describe(s: ReloadStage): string {
  switch (s.stage) {
    case "reading":
      return `Reading ${s.folder}…`;
    case "reading-files":
      return `Reading files ${count(s.done)}/${count(s.total)}`;
    case "analysing":
      return `Reading articles for quotations and dates ${count(s.done)}/${count(s.total)}`;
    case "indexing":
      return `Indexing ${count(s.documents)} documents…`;
  }
}
