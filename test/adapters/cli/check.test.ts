import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../support/bot.js";

function check(folder: string) {
  return spawnSync(process.execPath, ["bin/corpus-bot.js", "check", "--corpus", folder], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent" } });
}

describe("corpus-bot check", () => {
  it("passes the seed corpus", () => {
    const run = check("seeds");
    expect(run.stdout).toMatch(/5 readable articles[\s\S]*OK/);
    expect(run.status).toBe(0);
  });

  it("names each bad file and exits 1", () => {
    const folder = writeCorpus({ good: "Tram line opens\n\nThe tram line opened.", empty: "" }, '{"documents": {"good": {"url": "not a url"}}}');
    writeFileSync(join(folder, "notes.pdf"), "%PDF");
    const run = check(folder);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("error: empty.txt, document empty: is empty");
    expect(run.stdout).toMatch(/error: corpus\.json, line 1, document good, field "url": must be an http\(s\) address/);
    expect(run.stdout).toContain("warning: notes.pdf: is not a .txt or .md article; skipped");
  });
});
