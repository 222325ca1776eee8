// /stats on both stores: what was asked, where, and what went unanswered, from the question log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import commands from "../../commands/index.js";
import { startBot, type Bot } from "../../src/core/bot.js";
import { silentLogger } from "../../src/logger.js";
import { LOCAL, MEMBER, assertOk, writeCorpus } from "../support/bot.js";
import { embeddedTestStore, serverAvailable, serverTestStore, type TestStore } from "../support/stores.js";
import type { Caller } from "../../src/core/command.js";

const ARTICLES = { port: "Harbour strike ends\n\nBy Jo Bell 14 March 2025\n\n“Nobody wants the boats tied up,” said Ana Ruiz, the harbour master." };
const DISCORD_USER: Caller = { id: "D1", platform: "discord", isModerator: false };
const withServer = await serverAvailable();

describe.each([
  { name: "embedded", open: embeddedTestStore, available: true },
  { name: "server", open: serverTestStore, available: withServer },
])("/stats on the $name store", ({ open, available }) => {
  let t: TestStore;
  let bot: Bot;
  beforeAll(async () => {
    if (!available) return;
    t = await open();
    bot = await startBot({ corpusFolder: writeCorpus(ARTICLES), log: silentLogger(), commands, store: t.store, now: () => new Date() });
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
  }, 60_000);

  it.skipIf(!available)("counts requests by surface and command, the unanswered ones most asked, and who people ask about", async () => {
    await bot.handleMessage("who said nobody wants the boats tied up", MEMBER, { conversation: "a" });
    await bot.handleMessage("what did bo lee say about tolls", MEMBER, { conversation: "b" });
    await bot.handleMessage("What did Bo Lee say about tolls?", DISCORD_USER, { conversation: "c" });
    await bot.handleText("/quotes ana ruiz", DISCORD_USER);
    // The log's writes are not waited for by the answers.
    for (let i = 0; i < 100 && Number((await t.store.query<{ n: number }>("select count(*)::int as n from questions_asked"))[0]?.n) < 4; i++) await new Promise((r) => setTimeout(r, 20));
    const reply = await bot.handleText("/stats days:7", LOCAL);
    assertOk(reply, "stats");
    expect(reply.stats).toMatchObject({
      days: 7,
      asked: 4,
      unanswered: 2,
      surfaces: [{ name: "discord", n: 2 }, { name: "slack", n: 2 }],
      unansweredQuestions: [{ name: "what did bo lee say about tolls", n: 2 }],
      people: [{ name: "Ana Ruiz", n: 2 }],
      openCorrections: 0,
    });
    expect(reply.stats.commands).toEqual(expect.arrayContaining([{ name: "quotes", n: 3, unanswered: 2 }, { name: "who-said", n: 1, unanswered: 0 }]));
  });

  it.skipIf(!available)("is for moderators only", async () => {
    expect(await bot.handleText("/stats", MEMBER)).toMatchObject({ status: "forbidden", code: "moderators-only" });
  });
});

describe("/stats without a store", () => {
  it("says it needs the bot's database", async () => {
    const bot = await startBot({ corpusFolder: writeCorpus(ARTICLES), log: silentLogger(), commands });
    expect(await bot.handleText("/stats", LOCAL)).toMatchObject({ status: "invalid", code: "no-store" });
  });
});
