// The console, through the real entry point (`npm start` with no platform configured), stdin piped.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../support/bot.js";

const folder = writeCorpus({ tram: "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week." });

function consoleRun(input: string) {
  return spawnSync(process.execPath, ["bin/corpus-bot.js", "start", "--corpus", folder], {
    input,
    encoding: "utf8",
    env: { ...process.env, LOG_LEVEL: "silent", SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "", DISCORD_TOKEN: "", DISCORD_APPLICATION_ID: "" },
  });
}

describe("the console", () => {
  it("answers each line, and nothing pasted after exit", () => {
    const r = consoleRun("/sources\nexit\n/sources\n/ask tram\n");
    expect(r.status).toBe(0);
    expect(r.stdout.match(/Tram line opens/g)).toHaveLength(1);
    expect(r.stdout).not.toContain("passengers in its first week");
  });
});
