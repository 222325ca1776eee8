// Corrections on both stores: a report filed, listed, decided once; the accepted ones exported as a gold
// set that ../shared/eval/score.mjs scores against the corpus.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import commands from "../../commands/index.js";
import { startBot, type Bot } from "../../src/core/bot.js";
import { MAX_NOTE, acceptedReports, fileReport, type NewReport } from "../../src/core/corrections.js";
import { goldFrom } from "../../src/core/gold-export.js";
import { silentLogger } from "../../src/logger.js";
import { LOCAL, MEMBER, assertOk } from "../support/bot.js";
import { embeddedTestStore, serverAvailable, serverTestStore, type TestStore } from "../support/stores.js";

const withServer = await serverAvailable();
const SCORER = resolve("../shared/eval/score.mjs");

const WRONG: NewReport = {
  platform: "slack",
  channel: "C1",
  userId: "U9",
  command: "who-said",
  question: "who said there should be no place for terrorists to hide",
  answer: "“There should be no place for terrorists to hide” — <!channel> Somebody Else",
  corpusKey: "k1",
  verdict: "wrong-speaker",
  note: "It was the **Home Secretary** <@U123>",
  docIds: ["004_66b92844993a69dc"],
};

describe.each([
  { name: "embedded", open: embeddedTestStore, available: true },
  { name: "server", open: serverTestStore, available: withServer },
])("corrections on the $name store", ({ open, available }) => {
  let t: TestStore;
  let bot: Bot;
  beforeAll(async () => {
    if (!available) return;
    t = await open();
    bot = await startBot({ corpusFolder: "seeds", log: silentLogger(), commands, store: t.store });
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
  }, 60_000);

  it.skipIf(!available)("lists a report as typed, decides it once, and keeps it across a restart", async () => {
    const id = await fileReport(t.store, WRONG);
    const listed = await bot.handleText("/corrections", LOCAL);
    assertOk(listed, "corrections");
    expect(listed.open).toEqual([expect.objectContaining({ id, verdict: "wrong-speaker", note: WRONG.note, answer: WRONG.answer })]);
    expect(await bot.handleText(`/corrections id:${id} decide:accept`, LOCAL)).toMatchObject({ status: "invalid", code: "bad-option" });
    const decided = await bot.handleText(`/corrections id:${id} decide:accept answer:"Amber Rudd"`, LOCAL);
    assertOk(decided, "corrections");
    expect(decided.resolved).toEqual({ id, status: "accepted", rightAnswer: "Amber Rudd" });
    expect(await bot.handleText(`/corrections id:${id} decide:reject`, LOCAL)).toMatchObject({ status: "no-match", message: expect.stringContaining("already decided") });
    expect(await bot.handleText("/corrections id:99999 decide:reject", LOCAL)).toMatchObject({ status: "no-match", message: expect.stringContaining("no report #99999") });
    await t.store.close();
    t.store = await t.reopen();
    expect((await acceptedReports(t.store)).map((r) => r.rightAnswer)).toEqual(["Amber Rudd"]);
  }, 60_000);

  it.skipIf(!available)("refuses an over-long note, and /corrections to anyone but a moderator", async () => {
    await expect(fileReport(t.store, { ...WRONG, note: "x".repeat(MAX_NOTE + 1) })).rejects.toThrow(/at most 2000/);
    expect(await bot.handleText("/corrections", MEMBER)).toMatchObject({ status: "forbidden", code: "moderators-only" });
  });

  it.skipIf(!available || !existsSync(SCORER))("exports the accepted ones as a gold set that score.mjs scores", async () => {
    const gold = goldFrom(await acceptedReports(t.store), "seeds");
    expect(gold.who_said).toEqual([{ q: "there should be no place for terrorists to hide", accept: [["amber", "rudd"]], doc: "004_66b92844993a69dc", case: expect.stringMatching(/^correction #\d+ \(wrong-speaker, slack\)$/) }]);
    const file = join(mkdtempSync(join(tmpdir(), "corpus-bot-gold-")), "gold.json");
    writeFileSync(file, JSON.stringify(gold));
    const run = spawnSync(process.execPath, [SCORER, file, "--corpus", "seeds", "--cmd", `${process.execPath} ${resolve("bin/corpus-bot.js")} ask --json`], { encoding: "utf8", timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1 passed, 0 failed/);
  }, 120_000);
});
