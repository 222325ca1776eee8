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

describe("/quotes from: and to:", () => {
  it("keeps the quotations of articles published in the range", async () => {
    const reply = await bot.send("/quotes okafor from:2025-03");
    assertOk(reply, "quotes");
    expect(reply.quotes.map((q) => q.sources[0]?.docId)).toEqual(["harbour-storm", "harbour-storm"]);
    const early = await bot.send("/quotes okafor to:2025-02");
    assertOk(early, "quotes");
    expect(early.quotes.map((q) => q.sources[0]?.docId)).toEqual(["ferry-plan"]);
  });

  it("says the person is quoted, but not in that range, rather than offer other dates", async () => {
    expect(await bot.send("/quotes okafor from:2024 to:2024")).toMatchObject({ status: "no-match", code: "not-found", message: expect.stringContaining("published in 2024") });
  });

  it.each(["from:2025-13", "to:soon", "from:2026 to:2025"])("turns away %j with a usage line", async (args) => {
    expect(await bot.send(`/quotes okafor ${args}`)).toMatchObject({ status: "invalid", message: expect.stringContaining("/quotes") });
  });
});

describe("/timeline person:", () => {
  it("keeps the events that name the person, found by any name the quotations know", async () => {
    for (const person of ["okafor", '"Nadia Okafor"', '"Ms Okafor"']) {
      const reply = await bot.send(`/timeline person:${person}`);
      assertOk(reply, "timeline");
      expect(reply.events.length).toBeGreaterThan(0);
      for (const event of reply.events) expect(event.people?.some((p) => p.endsWith("Nadia Okafor"))).toBe(true);
      expect(reply.events.flatMap((e) => e.people ?? [])).not.toContain("Ilse Varga");
    }
  });

  it("says no event names someone nobody mentions", async () => {
    expect(await bot.send("/timeline person:Churchill")).toMatchObject({ status: "no-match", message: expect.stringContaining("naming Churchill") });
  });
});

