// The question log on a real store: one row per request, however many commands a question tried; the
// words blanked after the retention period, the counts kept; a store that fails costs no answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import commands from "../../commands/index.js";
import { startBot, type Bot } from "../../src/core/bot.js";
import { createQuestionLog } from "../../src/core/question-log.js";
import { silentLogger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.js";
import { LOCAL, MEMBER, writeCorpus } from "../support/bot.js";
import { embeddedTestStore, type TestStore } from "../support/stores.js";

const ARTICLES = { port: "Harbour strike ends\n\nBy Jo Bell 14 March 2025\n\n“Nobody wants the boats tied up,” said Ana Ruiz, the harbour master." };

let t: TestStore;
let bot: Bot;
beforeAll(async () => {
  t = await embeddedTestStore();
  bot = await startBot({ corpusFolder: writeCorpus(ARTICLES), log: silentLogger(), commands, store: t.store });
}, 60_000);
afterAll(() => t.dispose());

/** The log's writes are not waited for by the answer; a test waits for them to land. */
async function rows(store: Store, count: number): Promise<Record<string, unknown>[]> {
  for (let i = 0; i < 100; i++) {
    const found = await store.query("select platform, command, outcome, question, people from questions_asked order by id");
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`fewer than ${count} rows were recorded`);
}

describe("the question log", () => {
  it("records each request once, with its surface, command, outcome and the people it was about", async () => {
    await bot.handleMessage("who said nobody wants the boats tied up", LOCAL, { conversation: "c1" });
    await bot.handleMessage("what did bo lee say about tolls", MEMBER, { conversation: "c2" });
    await bot.handleText("/sources", MEMBER);
    expect(await rows(t.store, 3)).toEqual([
      { platform: "console", command: "who-said", outcome: "ok", question: "who said nobody wants the boats tied up", people: ["Ana Ruiz"] },
      { platform: "slack", command: "quotes", outcome: "no-such-speaker", question: "what did bo lee say about tolls", people: [] },
      { platform: "slack", command: "sources", outcome: "ok", question: "/sources", people: [] },
    ]);
  });

  it("blanks the words of questions older than the retention period and keeps the counts", async () => {
    await t.store.query("update questions_asked set at = now() - interval '40 days' where command = 'sources'");
    await createQuestionLog(t.store, silentLogger(), 30).forgetOld();
    const kept = await t.store.query<{ command: string; question: string | null }>("select command, question from questions_asked order by id");
    expect(kept.map((r) => r.command)).toEqual(["who-said", "quotes", "sources"]);
    expect(kept.find((r) => r.command === "sources")?.question).toBeNull();
    expect(kept.find((r) => r.command === "who-said")?.question).not.toBeNull();
  });

  it("answers as usual when the store fails", async () => {
    const broken: Store = { ...t.store, query: () => Promise.reject(new Error("disk full")) };
    const log = createQuestionLog(broken, silentLogger(), 30);
    expect(() => log.record("/sources", LOCAL, { command: "sources", status: "ok", documents: [] })).not.toThrow();
    await expect(log.forgetOld()).resolves.toBeUndefined();
  });
});
