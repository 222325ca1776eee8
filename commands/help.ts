import { z } from "zod";
import { defineCommand, type AnyCommand } from "../src/core/command.js";
import { optionSpecs, usageOf } from "../src/core/option-specs.js";
import type { HelpEntry } from "../src/core/reply.js";

export default defineCommand({
  name: "help",
  description: "What each command does and how to use it",
  options: z.object({
    command: z
      .string()
      .trim()
      .max(40)
      .regex(/^\/?[a-z-]*$/i, "must be a command name such as ask")
      .optional()
      .describe("A command to explain, such as ask"),
  }),
  rest: "command",
  examples: ["/help", "/help ask"],

  run({ command }, { commands }) {
    const name = command?.replace(/^\//, "").toLowerCase();
    const chosen = name ? commands.filter((c) => c.name === name) : commands;
    if (chosen.length === 0) {
      return { status: "no-match", code: "not-found", message: `There is no /${name} command. Type /help to see them all.` };
    }
    return { status: "ok", commands: chosen.map(helpEntry) };
  },
});

function helpEntry(c: AnyCommand): HelpEntry {
  return {
    name: c.name,
    description: c.description,
    usage: usageOf(c),
    options: optionSpecs(c).map(({ name, type, description, required }) => ({ name, type, description, required })),
    examples: c.examples,
    moderatorOnly: c.access === "moderator",
  };
}
