import { z } from "zod";
import { defineCommand } from "../src/core/command.js";

export default defineCommand({
  name: "reload",
  description: "Re-read the corpus folder and swap in the new articles (moderators)",
  options: z.object({}),
  access: "moderator",
  examples: ["/reload"],

  async run(_options, { reload, caller, progress }) {
    const result = await reload.reload(caller, progress);
    switch (result.status) {
      case "busy":
        return { status: "invalid", message: "A reload is already running. Its report will follow; try again after it." };
      case "kept-old":
        return {
          status: "invalid",
          message: [result.reason, ...result.report.rejected.map((r) => `• ${r.reason}`)].join("\n"),
        };
      case "reloaded":
        return { status: "ok", report: result.report };
    }
  },
});
