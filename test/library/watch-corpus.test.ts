import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchCorpus } from "../../src/library/watch-corpus.js";
import { silentLogger } from "../../src/logger.js";
import { startBot } from "../support/bot.js";

type StartedBot = Awaited<ReturnType<typeof startBot>>["bot"];

/** Settles once a reload by the watcher swaps in a corpus for which `done` holds. */
function reloadedWhen(bot: StartedBot, done: () => boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    const original = bot.library.reload.bind(bot.library);
    bot.library.reload = async (...args) => {
      const result = await original(...args);
      if (result.status === "reloaded" && done()) resolve();
      return result;
    };
  });
}

describe("watching the corpus folder", () => {
  it("reloads once the files have settled after a change", async () => {
    const { bot, folder } = await startBot({ tram: "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week." });
    const swapped = reloadedWhen(bot, () => true);
    const watcher = watchCorpus(bot.library, silentLogger(), 50);
    await watcher.start();
    writeFileSync(join(folder, "bridge.txt"), "Bridge closes\n\nThe old bridge will close for repairs in June.");
    await swapped;
    await watcher.stop();
    expect(bot.library.current().documents.map((d) => d.id)).toEqual(["bridge", "tram"]);
  });
});

describe("watching a corpus folder that is replaced", () => {
  it("re-arms on the new folder and loads what it holds", async () => {
    const { bot, folder } = await startBot({ tram: "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week." });
    const reloaded = reloadedWhen(bot, () => bot.library.current().documents.some((d) => d.id === "ferry"));
    const watcher = watchCorpus(bot.library, silentLogger(), 50, 50);
    await watcher.start();
    // As a deploy does it: the folder goes, and a new one with other files takes its place.
    rmSync(folder, { recursive: true });
    await new Promise((r) => setTimeout(r, 150));
    mkdirSync(folder);
    writeFileSync(join(folder, "ferry.txt"), "Ferry fares rise\n\nFerry fares to the islands will rise by eight percent in April.");
    await reloaded;
    await watcher.stop();
    expect(bot.library.current().documents.map((d) => d.id)).toEqual(["ferry"]);
  });
});
