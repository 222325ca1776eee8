import { z } from "zod";
import { defineCommand, type Outcome } from "../src/core/command.js";
import { MAX_NOTE, openReports, resolveReport } from "../src/core/corrections.js";

const PER_PAGE = 5;

export default defineCommand({
  name: "corrections",
  description: "Reports that an answer was wrong: list the open ones, accept or reject one (moderators)",
  options: z.object({
    id: z.number().int().min(1).optional().describe("The report to decide"),
    decide: z.enum(["accept", "reject"]).optional().describe("accept (with answer:) or reject"),
    answer: z.string().trim().min(1).max(MAX_NOTE).optional().describe("The right answer: a speaker, a date YYYY[-MM[-DD]], or words"),
    page: z.number().int().min(1).max(1_000).default(1).describe("Which page of open reports"),
  }),
  access: "moderator",
  examples: ["/corrections", "/corrections id:12 decide:accept answer:Amber Rudd", "/corrections id:13 decide:reject"],

  async run({ id, decide, answer, page }, { store, caller }): Promise<Outcome<"corrections">> {
    if (!store) return { status: "invalid", code: "no-store", message: "Corrections need the bot's database, which this process does not have (DATA_DIR is off, or another corpus-bot holds the folder)." };
    if (id === undefined) {
      const { reports, total } = await openReports(store, page, PER_PAGE);
      return { status: "ok", open: reports.map(({ id, verdict, command, question, answer, note, platform, createdAt }) => ({ id, verdict, command, question, answer, ...(note && { note }), platform, at: createdAt.toISOString() })), total, page };
    }
    if (!decide) return { status: "invalid", code: "bad-option", message: "Say what to do with it: decide:accept answer:… or decide:reject." };
    if (decide === "accept" && !answer) return { status: "invalid", code: "bad-option", message: "An accepted report needs the right answer: answer:… (a speaker, a date, or words the answer must hold)." };
    const done = await resolveReport(store, id, { status: decide === "accept" ? "accepted" : "rejected", by: `${caller.platform}:${caller.id}`, ...(answer && { rightAnswer: answer }) });
    if (!done.ok) return { status: "no-match", code: "not-found", message: done.why === "no-such-report" ? `There is no report #${id}.` : `Report #${id} was already decided.` };
    return { status: "ok", open: [], total: 0, page, resolved: { id, status: done.report.status, ...(done.report.rightAnswer && { rightAnswer: done.report.rightAnswer }) } };
  },
});
