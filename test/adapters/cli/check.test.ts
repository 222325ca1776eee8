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
    expect(run.stdout).toContain("warning: notes.pdf: is not a .txt, .md or .html article; skipped");
  });

  it("warns about a menu for a title, a missing or future date, an article with no text, and one article twice", () => {
    const story = "The tram line opened on Monday after four years of works, the council said.";
    const folder = writeCorpus(
      {
        dated: `Tram line opens\n\n${story}`,
        copy: `Tram line opens\n\n${story}`,
        ahead: "Tram line extended\n\nThe line will reach the harbour next spring, the council said.",
        menu: "Trams that run all night\n\nNight trams will run on Fridays and Saturdays from June.",
        bare: "Home | News | Transport",
      },
      { documents: { dated: { published: "2025-03-03" }, copy: { published: "2025-03-03" }, ahead: { published: "2999-01-01" }, menu: { title: "News › Transport › Trams", published: "2025-03-01" } } },
    );
    const run = check(folder);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/warning: menu\.txt, document menu: has the title “News › Transport › Trams”, which looks like a site's menu/);
    expect(run.stdout).toMatch(/warning: bare\.txt, document bare: has no publication date/);
    expect(run.stdout).toMatch(/warning: ahead\.txt, document ahead: is dated 2999-01-01, after today/);
    expect(run.stdout).toMatch(/warning: (copy|dated)\.txt, document (copy|dated): is the same article as (dated|copy)\.txt/);
    expect(run.stdout).toMatch(/warning: bare\.txt, document bare: has no text left after cleaning/);
  });
});

