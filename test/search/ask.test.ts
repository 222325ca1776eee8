import { describe, expect, it } from "vitest";
import { assertOk, startBot } from "../support/bot.js";

// Invented articles: enough to tell right answers from wrong.
const bot = await startBot(
  {
    "port-strike": "Dockers walk out at Eastport\n\nDock workers in Eastport walked out on Monday over night-shift pay, leaving twelve ships waiting.\n\nThe union said the strike would last until the harbour board improved its offer.",
    "library-cuts": "Council to close libraries\n\nThe council will close two branch libraries next spring to save money.\n\nCampaigners are encrypting their mailing lists after a data leak, organisers said.",
    "tram-line": "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week, the operator said.\n\nUsers complained about crowded carriages at rush hour.",
    "ferry-overhaul": "Ferry timetable overhaul\n\nBoats will leave every twenty minutes from June.\n\nThe operator hired six new crews for the summer.",
  },
  { documents: { "port-strike": { publisher: "Harbour Gazette", published: "2024-05-06" } } },
);

describe("/ask", () => {
  it("answers with the matching passage, its best sentence and its citation", async () => {
    const reply = await bot.send("/ask why did the dock workers walk out");
    assertOk(reply, "ask");
    expect(reply.results[0]).toMatchObject({
      passageId: "port-strike#1",
      highlight: expect.stringContaining("walked out on Monday"),
      sources: [{ docId: "port-strike", title: "Dockers walk out at Eastport", publisher: "Harbour Gazette", published: "2024-05-06" }],
    });
  });

  it("does not let question words drown the content words", async () => {
    const reply = await bot.send("/ask how many passengers did the tram carry");
    assertOk(reply, "ask");
    expect(reply.results[0]?.text).toContain("40,000 passengers");
  });

  it("matches other forms of a word: encryption finds encrypting, user finds users", async () => {
    const encryption = await bot.send("/ask encryption of mailing lists");
    assertOk(encryption, "ask");
    expect(encryption.results[0]?.sources[0]?.docId).toBe("library-cuts");
    const user = await bot.send("/ask what did the user complain about");
    assertOk(user, "ask");
    expect(user.results[0]?.text).toContain("Users complained");
  });

  it("forgives a typo in a long word", async () => {
    const reply = await bot.send("/ask campaigners encripting");
    assertOk(reply, "ask");
    expect(reply.results[0]?.sources[0]?.docId).toBe("library-cuts");
  });

  it("answers a question only an article's title matches with that article's first passage", async () => {
    const reply = await bot.send("/ask ferry timetable overhaul");
    assertOk(reply, "ask");
    expect(reply.results[0]).toMatchObject({ passageId: "ferry-overhaul#1", sources: [{ title: "Ferry timetable overhaul" }] });
  });

  it("ranks first the passage of the article whose title also matches", async () => {
    // Both articles have an operator in their text; only one has a ferry in its title.
    const reply = await bot.send("/ask what did the ferry operator do");
    assertOk(reply, "ask");
    expect(reply.results[0]?.sources[0]?.docId).toBe("ferry-overhaul");
  });

  it("says it doesn't know rather than guessing", async () => {
    expect(await bot.send("/ask who won the cup final")).toMatchObject({ status: "no-match", message: expect.stringMatching(/don't know/) });
  });

  it("returns as many passages as asked for, best first", async () => {
    const reply = await bot.send("/ask libraries council strike union limit:2");
    assertOk(reply, "ask");
    expect(reply.results.length).toBeLessThanOrEqual(2);
    const scores = reply.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each(["", "  ", "x".repeat(501), "\u0007 bell", "limit:0 dock", "limit:lots dock"])("turns away %j with a usage line", async (q) => {
    expect(await bot.send(`/ask ${q}`)).toMatchObject({ status: "invalid", message: expect.stringContaining("/ask") });
  });

  it.each(["<b>dock workers</b> walked out", "<@U123> dock workers walked out", "@everyone dock workers walked out", "**dock** _workers_ `walked out`", "dock workers walked out — “why?” 🚢"])(
    "reads the words inside markup and unicode punctuation: %j",
    async (q) => {
      const reply = await bot.send(`/ask ${q}`);
      assertOk(reply, "ask");
      expect(reply.results[0]?.sources[0]?.docId).toBe("port-strike");
    },
  );

  it.each(["<script>alert(1)</script>", "Докеры 港口 🚢", "\u202e\u200f reversed", "%s %d {{7*7}}", "' OR 1=1 --"])(
    "answers hostile or foreign input with a plain reply, never a crash: %j",
    async (q) => {
      const reply = await bot.send(`/ask ${q}`);
      expect(["ok", "no-match"]).toContain(reply.status);
      if (reply.status === "no-match") expect(reply.message).toMatch(/don't know/);
    },
  );
});
