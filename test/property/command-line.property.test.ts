// Whatever a person types, the bot answers with a reply of a known status, never a crash.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import commands from "../../commands/index.js";
import { parseOptions, splitCommandLine } from "../../src/core/parse-command-line.js";
import { MEMBER, startBot } from "../support/bot.js";

const bot = await startBot({ tram: "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week, the operator said." });
const names = commands.map((c) => `/${c.name}`);
const line = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.tuple(fc.constantFrom(...names), fc.string({ maxLength: 600 })).map(([n, rest]) => `${n} ${rest}`),
  fc.tuple(fc.constantFrom(...names), fc.array(fc.constantFrom("limit:", "from:", "to:", '"', "“", ":", "@everyone", "<!channel>", "**", "tram", " ", "9".repeat(20)), { maxLength: 30 })).map(([n, bits]) => `${n} ${bits.join("")}`),
);

describe("command lines under random input", () => {
  it("parse without throwing", () => {
    fc.assert(
      fc.property(line, (text) => {
        const split = splitCommandLine(text);
        if (!split.ok) return;
        const command = commands.find((c) => c.name === split.name);
        if (command) parseOptions(command, split.args);
      }),
      { numRuns: 500 },
    );
  });

  it("always get a reply with a known status and, unless it is an answer, a message", async () => {
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        const reply = await bot.send(text, MEMBER);
        expect(["ok", "no-match", "invalid", "forbidden"]).toContain(reply.status);
        if (reply.status !== "ok") expect(reply.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
