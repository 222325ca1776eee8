import { describe, expect, it } from "vitest";
import { assertOk, startBot } from "../support/bot.js";
import { QUOTE_ARTICLES, QUOTE_MANIFEST } from "./quote-articles.js";

const bot = await startBot(QUOTE_ARTICLES, QUOTE_MANIFEST);

describe("/quotes", () => {
  it("lists a person's quotations across articles, oldest article first", async () => {
    const reply = await bot.send("/quotes nadia okafor");
    assertOk(reply, "quotes");
    expect(reply.speaker.name).toBe("Nadia Okafor");
    expect(reply.quotes.map((q) => q.sources[0]?.docId)).toEqual(["ferry-plan", "harbour-storm", "harbour-storm"]);
  });

  it.each(["okafor", "Ms Okafor", "OKAFOR", "harbour master"])("matches %j loosely", async (name) => {
    const reply = await bot.send(`/quotes ${name}`);
    assertOk(reply, "quotes");
    expect(reply.speaker.name).toBe("Nadia Okafor");
  });

  it("says so when nobody by that name is quoted", async () => {
    expect(await bot.send("/quotes Winston Churchill")).toMatchObject({ status: "no-match" });
  });

  it.each(["", "y".repeat(101), "<b>okafor</b>", "\u200b"])("turns away %j with a usage line", async (name) => {
    expect(await bot.send(`/quotes ${name}`)).toMatchObject({ status: "invalid", message: expect.stringContaining("/quotes") });
  });
});
