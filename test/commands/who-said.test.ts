import { describe, expect, it } from "vitest";
import { assertOk, startBot } from "../support/bot.js";
import { QUOTE_ARTICLES, QUOTE_MANIFEST } from "./quote-articles.js";

const bot = await startBot(QUOTE_ARTICLES, QUOTE_MANIFEST);

describe("/who-said", () => {
  it("names the speaker with role, gives the whole quotation with the fragment marked, and cites it", async () => {
    const reply = await bot.send("/who-said the sea wall is");
    assertOk(reply, "who-said");
    const top = reply.matches[0]!;
    expect(top.speaker).toMatchObject({ name: "Nadia Okafor", role: "Harbour Master" });
    expect(top.quote.startsWith("The organisation of the protesters’ camp")).toBe(true);
    expect(top.quote.slice(top.marked!.start, top.marked!.end)).toBe("the sea wall is");
    expect(top.sources.map((s) => s.docId)).toEqual(["harbour-storm"]);
  });

  it("finds a remembered fragment: typos, American spelling, straight apostrophes", async () => {
    const reply = await bot.send("/who-said the organization of the protestors camp isnt our concren");
    assertOk(reply, "who-said");
    expect(reply.matches[0]?.speaker.name).toBe("Nadia Okafor");
  });

  it("credits nobody with the opposite of what they said", async () => {
    expect(await bot.send("/who-said the organization of the protestors camp is our concern")).toMatchObject({ status: "no-match", code: "not-found" });
  });

  it("skips the interviewer for the person interviewed", async () => {
    const reply = await bot.send("/who-said six more months and a bigger budget");
    assertOk(reply, "who-said");
    expect(reply.matches[0]?.speaker.name).toBe("Nadia Okafor");
  });

  it("names a spokesperson by their organisation", async () => {
    const reply = await bot.send("/who-said reviewed by an independent panel");
    assertOk(reply, "who-said");
    expect(reply.matches[0]?.speaker.organization).toBe("Harbour Board");
  });

  it("says no-match rather than offering the nearest unrelated quote", async () => {
    expect(await bot.send("/who-said we shall fight on the beaches")).toMatchObject({ status: "no-match" });
    expect(await bot.send("/who-said end-to-end")).toMatchObject({ status: "no-match" });
  });

  it.each(["", "   ", "x".repeat(301), "<@U123> said what", "<script>alert(1)</script>", "\u202e\u202e", "🙂🙂🙂"])(
    "turns away %j with a usage line",
    async (fragment) => {
      expect(await bot.send(`/who-said ${fragment}`)).toMatchObject({ status: "invalid", message: expect.stringContaining("/who-said") });
    },
  );

  it("names who it may be, and cites the article, when the article only hints at the speaker", async () => {
    const reply = await bot.send("/who-said look again at the winter timetable");
    expect(reply).toMatchObject({ status: "no-match", code: "speaker-unsure", message: expect.stringContaining("Council votes on the sea wall") });
    expect("candidates" in reply && reply.candidates?.length).toBeGreaterThan(0);
  });

  it("accepts accented letters and curly marks in a fragment", async () => {
    const reply = await bot.send("/who-said “protesters’ camp isn’t our concern”");
    assertOk(reply, "who-said");
  });
});
