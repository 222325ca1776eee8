import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startBot } from "../../src/core/bot.js";
import { silentLogger } from "../../src/logger.js";
import { LOCAL, writeCorpus } from "../support/bot.js";
import commands from "../../commands/index.js";

const ARTICLES = {
  tram: 'Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week, the operator said.\n\n"We are delighted," said Mara Quill, the operator\'s chief executive, on Monday.',
  ferry: "Ferry fares rise\n\nFerry fares to the islands will rise by eight percent in April, the operator said.",
};

async function start(folder: string, cacheDir: string) {
  return startBot({ corpusFolder: folder, log: silentLogger(), commands, cacheDir });
}

function setup() {
  return { folder: writeCorpus(ARTICLES, { documents: { tram: { published: "2025-09-01" } } }), cacheDir: mkdtempSync(join(tmpdir(), "corpus-cache-")) };
}

const answers = async (bot: Awaited<ReturnType<typeof start>>) =>
  Promise.all(["/ask tram passengers", "/who-said we are delighted", "/quotes quill", "/timeline", "/sources"].map((c) => bot.handleText(c, LOCAL)));

describe("the corpus cache", () => {
  it("reuses the built corpus when nothing changed, with the same answers", async () => {
    const { folder, cacheDir } = setup();
    const first = await start(folder, cacheDir);
    const second = await start(folder, cacheDir);
    expect(second.library.current().builtAt).toEqual(first.library.current().builtAt);
    expect(await answers(second)).toEqual(await answers(first));
  });

  it("reports a bad file that came after the cache was written, at once", async () => {
    const { folder, cacheDir } = setup();
    await start(folder, cacheDir);
    writeFileSync(join(folder, "blank.txt"), "   ");
    const second = await start(folder, cacheDir);
    expect(second.library.current().problems.map((p) => p.file)).toEqual(["blank.txt"]);
  });

  it("rebuilds when an article changes", async () => {
    const { folder, cacheDir } = setup();
    const first = await start(folder, cacheDir);
    writeFileSync(join(folder, "bridge.txt"), "Bridge closes\n\nThe old bridge will close for repairs in June, engineers said.");
    const second = await start(folder, cacheDir);
    expect(second.library.current().key).not.toBe(first.library.current().key);
    expect(second.library.current().documents.map((d) => d.id)).toEqual(["bridge", "ferry", "tram"]);
  });

  it.each([
    ["a corrupt part", (dir: string) => writeFileSync(join(dir, "search.json"), "{ not json")],
    ["a half-written snapshot", (dir: string) => rmSync(join(dir, "meta.json"))],
    ["a part from an older layout", (dir: string) => writeFileSync(join(dir, "quotes.json"), JSON.stringify({ version: 0 }))],
    ["problems that are not a list", (dir: string) => writeFileSync(join(dir, "problems.json"), "{}")],
    ["passages emptied", (dir: string) => writeFileSync(join(dir, "passages.json"), "[]")],
    ["a quotation credited to someone else", (dir: string) => {
      const quotes = readFileSync(join(dir, "quotes.json"), "utf8");
      writeFileSync(join(dir, "quotes.json"), quotes.replaceAll("Mara Quill", "Ivo Marek"));
    }],
    ["meta that is not an object", (dir: string) => writeFileSync(join(dir, "meta.json"), "[1, 2]")],
    ["meta without digests", (dir: string) => {
      const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as Record<string, unknown>;
      delete meta.digests;
      writeFileSync(join(dir, "meta.json"), JSON.stringify(meta));
    }],
  ])("ignores %s and rebuilds", async (_what, damage) => {
    const { folder, cacheDir } = setup();
    const first = await start(folder, cacheDir);
    const [entry] = readdirSync(cacheDir);
    damage(join(cacheDir, entry!));
    const second = await start(folder, cacheDir);
    expect(await answers(second)).toEqual(await answers(first));
  });
});
