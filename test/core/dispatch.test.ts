import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import commands from "../../commands/index.js";
import { defineCommand } from "../../src/core/command.js";
import { optionSpecs } from "../../src/core/option-specs.js";
import { LOCAL, MEMBER, startBot, writeCorpus } from "../support/bot.js";
import { startBot as startCore } from "../../src/core/bot.js";
import { silentLogger } from "../../src/logger.js";

const folder = writeCorpus({ tram: "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week." });

describe("the command registry", () => {
  it("lists every file in commands/", () => {
    const files = readdirSync("commands").filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.replace(/\.ts$/, ""));
    expect(commands.map((c) => c.name).sort()).toEqual(files.sort());
  });

  it.each(commands.map((c) => [c.name, c] as const))("/%s fits Discord's rules for commands and options", (_name, c) => {
    expect(c.name).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
    expect(c.description.length).toBeGreaterThan(0);
    expect(c.description.length).toBeLessThanOrEqual(100);
    const options = optionSpecs(c);
    expect(options.length).toBeLessThanOrEqual(25);
    for (const o of options) {
      expect(o.name).toMatch(/^[a-z][a-z0-9_-]{0,31}$/);
      expect(o.description.length).toBeLessThanOrEqual(100);
    }
    expect(c.examples.length).toBeGreaterThan(0);
  });
});

describe("dispatching a command line", () => {
  it("turns away what is not a command with a usage line", async () => {
    const bot = await startBot(folder);
    for (const text of ["", "hello there", "/", "/" + "a".repeat(40)]) {
      expect(await bot.send(text)).toMatchObject({ status: "invalid", message: expect.stringContaining("/") });
    }
    expect(await bot.send("/fly to the moon")).toMatchObject({ command: "fly", status: "invalid", message: expect.stringContaining("Unknown command /fly") });
    expect(await bot.send(`/ask ${"x".repeat(3000)}`)).toMatchObject({ status: "invalid", message: expect.stringMatching(/too long/) });
    expect(await bot.send("/ask tram\u0000line")).toMatchObject({ status: "invalid", message: expect.stringMatching(/control characters/) });
  });

  it("says why with a code, for each way a line can be turned away", async () => {
    const bot = await startBot(folder);
    const codes = async (lines: string[]) => Promise.all(lines.map(async (l) => ((await bot.send(l)) as { code?: string }).code));
    expect(await codes(["", "hello there", `/ask ${"x".repeat(3000)}`, "/ask tram\u0000line", "/fly", "/ask", "/ask tram limit:99", "/ask zebra quantum"])).toEqual([
      "empty", "not-a-command", "too-long", "control-characters", "unknown-command", "bad-option", "bad-option", "not-found",
    ]);
    // Only errors carry a reference, and only name failures carry candidates.
    for (const reply of [await bot.send("/fly"), await bot.send("/ask zebra quantum")]) {
      expect(reply).not.toHaveProperty("reference");
      expect(reply).not.toHaveProperty("candidates");
    }
  });

  it("answers a command that throws with an error reference, and keeps serving", async () => {
    const boom = defineCommand({
      name: "ask",
      description: "Always fails",
      options: z.object({ question: z.string() }),
      rest: "question",
      examples: ["/ask x"],
      run() {
        throw new Error("kaboom");
      },
    });
    const bot = await startCore({ corpusFolder: folder, log: silentLogger(), commands: [boom, ...commands.filter((c) => c.name !== "ask")] });
    const reply = await bot.handleText("/ask anything", LOCAL);
    expect(reply).toMatchObject({ command: "ask", status: "error", code: "internal", reference: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(reply.status === "error" && reply.message).toContain(reply.status === "error" ? reply.reference : "");
    expect(await bot.handleText("/sources", LOCAL)).toMatchObject({ status: "ok" });
  });

  it("refuses a moderator command to others before running it", async () => {
    let ran = false;
    const secret = defineCommand({
      name: "reload",
      description: "Moderators only",
      options: z.object({}),
      access: "moderator",
      examples: ["/reload"],
      run() {
        ran = true;
        return { status: "invalid", code: "bad-option", message: "not really" };
      },
    });
    const bot = await startCore({ corpusFolder: folder, log: silentLogger(), commands: [secret] });
    expect(await bot.handleText("/reload", MEMBER)).toMatchObject({ status: "forbidden", code: "moderators-only", message: expect.stringContaining("moderators") });
    expect(ran).toBe(false);
  });

  it("reads named options anywhere in the line and leaves unknown ones in the free text", async () => {
    const bot = await startBot(folder);
    const reply = await bot.send("/ask limit:1 note: tram passengers");
    expect(reply).toMatchObject({ status: "ok", results: [expect.anything()] });
  });

  it("says what is wrong with a typed number, in the option's own range", async () => {
    const bot = await startBot(folder);
    expect(await bot.send("/ask tram limit:1.5")).toMatchObject({ code: "bad-option", message: expect.stringContaining('limit must be a whole number, not "1.5"') });
    expect(await bot.send("/ask tram limit:99999999999999999999")).toMatchObject({ code: "bad-option", message: expect.stringMatching(/limit must be between 1 and \d+, not 99999999999999999999/) });
    expect(await bot.send("/ask tram limit:0")).toMatchObject({ code: "bad-option", message: expect.stringMatching(/limit must be between 1 and \d+, not 0/) });
  });

  it("refuses an option given twice rather than keep one of them", async () => {
    const bot = await startBot(folder);
    expect(await bot.send("/ask tram limit:2 limit:3")).toMatchObject({ code: "bad-option", message: expect.stringContaining("limit is given twice") });
  });

  it("validates options a platform already split, exactly like typed ones", async () => {
    const bot = await startBot(folder);
    expect(await bot.bot.handleOptions("ask", { question: "tram", limit: 99 }, LOCAL)).toMatchObject({
      status: "invalid",
      message: expect.stringContaining("limit is too large"),
    });
  });
});
