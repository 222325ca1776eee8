import { describe, expect, it } from "vitest";
import { assertOk, startBot } from "../support/bot.js";
import { QUOTE_ARTICLES, QUOTE_MANIFEST } from "./quote-articles.js";

const bot = await startBot(QUOTE_ARTICLES, QUOTE_MANIFEST);

describe("/speakers", () => {
  it("lists who is quoted with role and count, most quoted first", async () => {
    const reply = await bot.send("/speakers");
    assertOk(reply, "speakers");
    expect(reply.speakers[0]).toEqual({ name: "Nadia Okafor", role: "Harbour Master", quotes: 3 });
    expect(reply.speakers.map((s) => s.name)).toContain("Ivo Marek");
  });

  it("shows no more than the limit", async () => {
    const reply = await bot.send("/speakers limit:1");
    assertOk(reply, "speakers");
    expect(reply.speakers).toHaveLength(1);
  });

  it.each(["limit:0", "limit:101", "limit:many", "everyone please"])("turns away %j with a usage line", async (args) => {
    expect(await bot.send(`/speakers ${args}`)).toMatchObject({ status: "invalid", message: expect.stringContaining("/speakers") });
  });
});
