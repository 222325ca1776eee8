import { describe, expect, it } from "vitest";
import { assertOk, startBot } from "../support/bot.js";

// Invented articles: a wire story and a Sunday paper on the same attack, and one with no known date.
const bot = await startBot(
  {
    "ferry-wire":
      "Ferry terminal attacked\n\nGunmen attacked the Eastport ferry terminal on Wednesday, killing three passengers and wounding a guard.\n\nThe terminal first opened in 1998, and its owners sold it in March 2016.\n\nHarbour pilots will strike on Thursday over pay.",
    "ferry-sunday":
      "Terminal attack\n\nThe attack on the Eastport ferry terminal on Wednesday killed three passengers and wounded a guard, police said.",
    "dock-notes": "Dock notes\n\nDock workers walked out on Sunday over night-shift pay.",
  },
  {
    documents: {
      "ferry-wire": { publisher: "Wire", published: "2025-06-16" },
      "ferry-sunday": { publisher: "Sunday Paper", published: "2025-06-15" },
    },
  },
);

describe("/timeline", () => {
  it.each([["a C1 control", "ferry\u009b2J"], ["a bidi override", "\u202eferry"]])("turns away a topic holding %s without echoing it", async (_what, topic) => {
    const reply = await bot.send(`/timeline ${topic}`);
    expect(reply).toMatchObject({ status: "invalid", code: "bad-option" });
    expect("message" in reply ? reply.message : "").not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
  });

  it("lists every event in date order, undated ones last", async () => {
    const reply = await bot.send("/timeline");
    assertOk(reply, "timeline");
    expect(reply.events.map((e) => e.date)).toEqual(["1998", "2016-03", "2025-06-11", "2025-06-19", null]);
    expect(reply.more).toBe(0);
  });

  it("cites both articles for the attack they both report", async () => {
    const reply = await bot.send("/timeline gunmen");
    assertOk(reply, "timeline");
    expect(reply.events).toHaveLength(1);
    expect(reply.events[0]).toMatchObject({ date: "2025-06-11", expression: "on Wednesday" });
    expect(reply.events[0]?.sources.map((s) => s.docId).sort()).toEqual(["ferry-sunday", "ferry-wire"]);
  });

  it("narrows to a range of dates", async () => {
    const reply = await bot.send("/timeline from:2016 to:2025-06-12");
    assertOk(reply, "timeline");
    expect(reply.events.map((e) => e.date)).toEqual(["2016-03", "2025-06-11"]);
  });

  it("shows the first events and counts the rest", async () => {
    const reply = await bot.send("/timeline limit:2");
    assertOk(reply, "timeline");
    expect(reply.events).toHaveLength(2);
    expect(reply.more).toBe(3);
  });

  it("lists an undated article's relative date without guessing it", async () => {
    const reply = await bot.send("/timeline dock workers");
    assertOk(reply, "timeline");
    expect(reply.events).toMatchObject([{ date: null, expression: "on Sunday", sources: [{ docId: "dock-notes" }] }]);
  });

  it("reads a topic through markup, odd spacing and full-width letters", async () => {
    for (const text of ["/timeline <b>pilots</b>", "/timeline **pilots**", "/timeline   Ｐｉｌｏｔｓ  ", "/timeline <@U123> pilots"]) {
      const reply = await bot.send(text);
      assertOk(reply, "timeline");
      expect(reply.events.map((e) => e.date)).toEqual(["2025-06-19"]);
    }
  });

  it("says nothing matches rather than listing everything", async () => {
    expect(await bot.send("/timeline volcano")).toMatchObject({ status: "no-match", message: expect.stringContaining("volcano") });
    expect(await bot.send("/timeline 🔥")).toMatchObject({ status: "no-match" });
    expect(await bot.send("/timeline gunmen from:2020 to:2021")).toMatchObject({ status: "no-match" });
  });

  it.each(["from:2017-13", "from:17", "to:March", "to:2017-02-30", "from:2018 to:2017", "x".repeat(201), "limit:0"])(
    "turns away %j with a usage line",
    async (args) => {
      expect(await bot.send(`/timeline ${args}`)).toMatchObject({ status: "invalid", message: expect.stringContaining("/timeline") });
    },
  );
});
