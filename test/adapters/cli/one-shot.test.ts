// The one-shot CLI's JSON lines are a contract: integrations and the evaluation scripts read them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../support/bot.js";

const folder = writeCorpus(
  { tram: "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week, the operator said." },
  { documents: { tram: { publisher: "City Post", published: "2025-09-01" } } },
);

function cli(args: string[], input = ""): { lines: unknown[]; stdout: string; status: number | null } {
  const run = spawnSync(process.execPath, ["bin/corpus-bot.js", "ask", ...args], { input, encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent" } });
  const lines = args.includes("--json") ? run.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as unknown) : [];
  return { lines, stdout: run.stdout, status: run.status };
}

describe("corpus-bot ask --json", () => {
  it("answers every stdin line in order, one JSON reply per line", () => {
    const { lines, status } = cli(["--json", "--corpus", folder], "/ask how many passengers rode the tram\n/sources\n\n/ask\n/nope\n/ask quantum chromodynamics\n");
    expect(status).toBe(0);
    expect(lines).toEqual([
      {
        command: "ask",
        status: "ok",
        results: [
          {
            passageId: "tram#1",
            text: "The new tram line carried 40,000 passengers in its first week, the operator said.",
            highlight: "The new tram line carried 40,000 passengers in its first week, the operator said.",
            score: expect.any(Number),
            sources: [{ docId: "tram", title: "Tram line opens", publisher: "City Post", published: "2025-09-01" }],
          },
        ],
      },
      { command: "sources", status: "ok", documents: [{ docId: "tram", title: "Tram line opens", publisher: "City Post", published: "2025-09-01", passages: 1 }] },
      { command: "ask", status: "invalid", code: "bad-option", message: expect.stringContaining("/ask <question>") },
      { command: "nope", status: "invalid", code: "unknown-command", message: expect.stringContaining("Unknown command") },
      { command: "ask", status: "no-match", code: "not-found", message: expect.any(String) },
    ]);
  });

  it("answers a command given as an argument", () => {
    const { lines } = cli(["--json", "--corpus", folder, "/sources"]);
    expect(lines).toEqual([expect.objectContaining({ command: "sources", status: "ok" })]);
  });

  it("prints readable text with citations without --json", () => {
    const { stdout } = cli(["--corpus", folder, "/ask tram passengers"]);
    expect(stdout).toContain("40,000 passengers");
    expect(stdout).toContain("Tram line opens — City Post, 1 Sep 2025");
  });
});

describe("corpus-bot ask when a folder cannot be used", () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["bin/corpus-bot.js", "ask", "--json", ...args], { input: "/sources\n", encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent", ...env } });

  it("stops with the folder's name when the corpus folder does not exist, instead of serving nothing", () => {
    const r = run(["--corpus", "/nonexistent/corpus-bot-articles"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("the corpus folder /nonexistent/corpus-bot-articles does not exist");
  });

  it("stops with the folder's name when the cache folder cannot be written", () => {
    const file = join(mkdtempSync(join(tmpdir(), "not-a-folder-")), "plain-file");
    writeFileSync(file, "x");
    const r = run(["--corpus", folder], { CORPUS_CACHE_DIR: join(file, "cache") });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`the cache folder ${join(file, "cache")} cannot be written`);
  });
});

describe("plain text bound for a terminal", () => {
  const hostile = writeCorpus({
    tram: "Tram line opens\n\nThe tram \u001b]0;owned\u0007carried 40,000 passengers \u001b[2Jin its first week, the \u202eoperator said.",
  });

  it("never passes an escape sequence, a C1 control or a bidi override through", () => {
    const r = spawnSync(process.execPath, ["bin/corpus-bot.js", "ask", "--corpus", hostile], { input: "/ask tram passengers\n/sources\n", encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("passengers");
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(r.stdout).toContain("\u241B"); // the escape shown as ␛
  });

  it("shows a file name holding an escape sequence without running it, in check", () => {
    const dir = writeCorpus({ tram: "Tram line opens\n\nThe tram carried 40,000 passengers in its first week." });
    writeFileSync(join(dir, "evil\u001b[2J.txt"), "");
    const r = spawnSync(process.execPath, ["bin/corpus-bot.js", "check", "--corpus", dir], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent" } });
    expect(r.stdout).toContain("evil\u241B[2J.txt");
    expect(r.stdout).not.toContain("\u001b");
  });
});

describe("corpus-bot ask --json, plain questions", () => {
  const ferry = writeCorpus({
    ferry: "Ferry strike ends\n\nThe harbour master, Ana Ruiz, said: “The ferry will run all winter.”\n\n“We have the crews we need,” Ruiz added.\n\nThe strike began on 2 March 2025 and ended a week later.",
  }, { documents: { ferry: { publisher: "Harbour News", published: "2025-03-12" } } });

  it("reads questions, says how it read them, and follows up within one invocation", () => {
    const { lines, status } = cli(["--json", "--corpus", ferry], "who said the ferry will run all winter?\nwhat else did she say\nwhich paper was that in\n");
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ command: "who-said", status: "ok", readAs: { understood: "Who said “the ferry will run all winter”" } });
    expect(lines[1]).toMatchObject({ command: "quotes", status: "ok", speaker: { name: "Ana Ruiz" }, readAs: { understood: "More quotations by Ana Ruiz" } });
    expect(lines[2]).toMatchObject({ command: "sources", status: "ok", documents: [{ docId: "ferry", publisher: "Harbour News" }] });
  });

  it("says who someone is from the articles: their roles and how often and where they are quoted", () => {
    const { lines } = cli(["--json", "--corpus", ferry], "who is Ana Ruiz\n");
    expect(lines[0]).toMatchObject({ command: "quotes", readAs: { note: "Ana Ruiz: harbour master. Quoted 2 times in 1 article (Harbour News)." } });
  });

  it("keeps the person a question named as “she”, whatever answered it", () => {
    const { lines } = cli(["--json", "--corpus", ferry], "what did ana ruiz say about tolls\nwhat else did she say\n");
    expect(lines[1]).toMatchObject({ command: "quotes", status: "ok", speaker: { name: "Ana Ruiz" } });
  });

  it("keeps no conversation from one invocation to the next", () => {
    const { lines } = cli(["--json", "--corpus", ferry], "what else did she say\n");
    expect(lines[0]).not.toMatchObject({ speaker: { name: "Ana Ruiz" } });
  });

  it("says it does not know a person rather than offer someone else", () => {
    const { lines } = cli(["--json", "--corpus", ferry], "what did bo lee say about the ferry\n");
    expect(lines[0]).toMatchObject({ status: "no-match", code: "no-such-speaker" });
    expect(JSON.stringify(lines[0])).not.toContain("Ruiz");
  });
});

describe("corpus-bot ask --json, who is in charge", () => {
  const agency = writeCorpus({
    agency: "Ferry numbers fall\n\nThe Tarrow Harbour Agency (THA) estimates that ferry crossings fell by half.\n\nBo Lindqvist, its director of operations, said the ferries were “running empty all winter.”\n\nTHA chief executive Ana Ruiz said: “We will cut the winter timetable.”",
  });

  it("finds the people the articles give jobs at a body named by its initials, the head first", () => {
    const { lines } = cli(["--json", "--corpus", agency], "whos in charge of the tha\nand the other tha guy?\n");
    expect(lines[0]).toMatchObject({ command: "quotes", speaker: { name: "Ana Ruiz" } });
    expect(lines[1]).toMatchObject({ command: "quotes", speaker: { name: "Bo Lindqvist" } });
  });
});

describe("corpus-bot ask with its data folder", () => {
  it("records the question, closes the database and exits, with a command given or on stdin; a second at once answers without it", () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "corpus-bot-data-")), "data");
    const env = { ...process.env, LOG_LEVEL: "silent", DATA_DIR: dataDir };
    const given = spawnSync(process.execPath, ["bin/corpus-bot.js", "ask", "--json", "--corpus", folder, "/sources"], { encoding: "utf8", env, timeout: 60_000 });
    expect(given.status).toBe(0);
    expect(JSON.parse(given.stdout)).toMatchObject({ command: "sources", status: "ok" });
    const piped = spawnSync(process.execPath, ["bin/corpus-bot.js", "ask", "--json", "--corpus", folder], { input: "/sources\n", encoding: "utf8", env, timeout: 60_000 });
    expect(piped.status).toBe(0);
    // Another process holding the folder: this one answers, and says it keeps nothing this time.
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    const busy = spawnSync(process.execPath, ["bin/corpus-bot.js", "ask", "--json", "--corpus", folder, "/sources"], { encoding: "utf8", env, timeout: 60_000 });
    expect(busy.status).toBe(0);
    expect(JSON.parse(busy.stdout)).toMatchObject({ command: "sources", status: "ok" });
    expect(busy.stderr).toContain(`the data folder ${dataDir} is in use by another corpus-bot (process ${process.pid})`);
  }, 90_000);
});
