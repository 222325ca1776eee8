import { rmSync, writeFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertOk, LOCAL, MEMBER, startBot } from "../support/bot.js";

const TRAM = "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week, the operator said.";
const FERRY = "Ferry fares rise\n\nFerry fares to the islands will rise by eight percent in April, the operator said.";

describe("/reload", () => {
  it("swaps in added, changed and removed articles and reports them", async () => {
    const { folder, send } = await startBot({ tram: TRAM, ferry: FERRY });
    writeFileSync(join(folder, "bridge.txt"), "Bridge closes for repairs\n\nThe old bridge will close for six weeks of repairs from June, engineers said.");
    writeFileSync(join(folder, "ferry.txt"), `${FERRY}\n\nIsland councillors called the rise unfair.`);
    unlinkSync(join(folder, "tram.txt"));
    const reply = await send("/reload");
    assertOk(reply, "reload");
    expect(reply.report).toMatchObject({ documents: 2, added: ["bridge"], removed: ["tram"], changed: ["ferry"], rejected: [] });
    const answer = await send("/ask when will the bridge close");
    assertOk(answer, "ask");
    expect(answer.results[0]?.sources[0]?.docId).toBe("bridge");
  });

  it("skips bad files with their reasons and loads the rest", async () => {
    const { folder, send } = await startBot({ tram: TRAM });
    writeFileSync(join(folder, "empty.txt"), "");
    writeFileSync(join(folder, "binary.txt"), Buffer.from([1, 2, 0, 3]));
    writeFileSync(join(folder, "corpus.json"), '{"documents": {"tram": {"published": "yesterday"}}}');
    const reply = await send("/reload");
    assertOk(reply, "reload");
    expect(reply.report.documents).toBe(1);
    expect(reply.report.rejected.map((r) => r.file)).toEqual(["corpus.json", "binary.txt", "empty.txt"]);
    expect(reply.report.rejected[0]?.reason).toMatch(/corpus\.json, line 1, document tram, field "published"/);
  });

  it("reports a bad file added alone, and stops reporting it once it is gone", async () => {
    const { folder, send } = await startBot({ tram: TRAM });
    writeFileSync(join(folder, "blank.txt"), "  \n\n ");
    const added = await send("/reload");
    assertOk(added, "reload");
    expect(added.report.rejected.map((r) => r.file)).toEqual(["blank.txt"]);
    expect(added.report.added).toEqual([]);
    unlinkSync(join(folder, "blank.txt"));
    const removed = await send("/reload");
    assertOk(removed, "reload");
    expect(removed.report.rejected).toEqual([]);
  });

  it("lists files that are not articles among those it did not load", async () => {
    const { folder, send } = await startBot({ tram: TRAM });
    writeFileSync(join(folder, "notes.docx"), "PK\u0003\u0004 not an article");
    const reply = await send("/reload");
    assertOk(reply, "reload");
    expect(reply.report.rejected.map((r) => r.file)).toContain("notes.docx");
  });

  it("keeps the corpus it had when nothing valid remains, and says why", async () => {
    const { folder, send } = await startBot({ tram: TRAM });
    writeFileSync(join(folder, "tram.txt"), "   ");
    expect(await send("/reload")).toMatchObject({ status: "invalid", message: expect.stringMatching(/kept the 1 I had[\s\S]*tram\.txt.*empty/) });
    const answer = await send("/ask tram passengers");
    assertOk(answer, "ask");
  });

  it("keeps the corpus it had when the folder disappears", async () => {
    const { folder, send } = await startBot({ tram: TRAM });
    rmSync(folder, { recursive: true });
    expect(await send("/reload")).toMatchObject({ status: "invalid", message: expect.stringMatching(/does not exist/) });
    assertOk(await send("/ask tram passengers"), "ask");
  });

  it("runs one reload at a time", async () => {
    const { send } = await startBot({ tram: TRAM });
    const [first, second] = await Promise.all([send("/reload"), send("/reload")]);
    expect(first).toMatchObject({ status: "ok" });
    // The second caller waits for the running reload and is given its report: nobody is promised one that never comes.
    expect(second).toMatchObject({ status: "ok", message: expect.stringContaining("already running") });
    assertOk(first, "reload");
    assertOk(second, "reload");
    expect(second.report).toEqual(first.report);
  });

  it("is for moderators only", async () => {
    const { send } = await startBot({ tram: TRAM });
    expect(await send("/reload", MEMBER)).toMatchObject({ status: "forbidden" });
  });

  it("answers every question asked during a reload, from the old corpus until the swap", async () => {
    const { folder, send } = await startBot({ tram: TRAM });
    for (let i = 0; i < 60; i++) writeFileSync(join(folder, `filler-${i}.txt`), `Filler story ${i}\n\n${FERRY.repeat(3)}`);
    writeFileSync(join(folder, "bridge.txt"), "Bridge closes for repairs\n\nThe old bridge will close for six weeks of repairs from June, engineers said.");
    let done = false;
    const reload = send("/reload").finally(() => (done = true));
    const answers = [];
    while (!done) {
      answers.push(await send("/ask tram passengers"));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await reload).status).toBe("ok");
    expect(answers.length).toBeGreaterThan(0);
    for (const a of answers) expect(a).toMatchObject({ status: "ok", results: [expect.objectContaining({ passageId: "tram#1" })] });
    assertOk(await send("/ask bridge repairs"), "ask");
  });

  it("shows its progress to the adapter that asked", async () => {
    const { bot, folder } = await startBot({ tram: TRAM });
    writeFileSync(join(folder, "ferry.txt"), FERRY);
    const notes: string[] = [];
    await bot.handleText("/reload", LOCAL, { progress: (note) => notes.push(note) });
    expect(notes[0]).toMatch(/^Reading /);
    expect(notes).toContainEqual(expect.stringMatching(/^Reading articles for quotations and dates 2\/2$/));
    expect(notes).toContainEqual(expect.stringMatching(/^Indexing 2 documents/));
  });

  it("answers at once, with no changes, when nothing in the folder changed", async () => {
    const { bot, send } = await startBot({ tram: TRAM });
    const before = bot.library.current();
    const reply = await send("/reload");
    assertOk(reply, "reload");
    expect(reply.report).toMatchObject({ documents: 1, added: [], removed: [], changed: [] });
    expect(bot.library.current()).toBe(before);
  });
});
