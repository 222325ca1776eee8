import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { writeCorpus } from "../support/bot.js";

const STORY = "Ferry fares rise again\n\nFerry fares to the islands will rise by eight percent in April, the operator said on Tuesday.";

describe("loading a corpus folder", () => {
  it("takes metadata from the manifest and the title from the text when the manifest has none", async () => {
    const folder = writeCorpus({ ferries: STORY }, { documents: { ferries: { publisher: "Island Times", published: "2023-02-07", url: "https://example.org/ferries" } } });
    const { documents, problems } = await loadCorpus(folder);
    expect(problems).toEqual([]);
    expect(documents[0]?.meta).toEqual({
      title: "Ferry fares rise again",
      titleFromText: true,
      publisher: "Island Times",
      published: "2023-02-07",
      publishedFrom: "manifest",
      url: "https://example.org/ferries",
    });
  });

  it("loads a document without a manifest entry, undated", async () => {
    const { documents } = await loadCorpus(writeCorpus({ ferries: STORY }));
    expect(documents[0]?.meta).toEqual({ title: "Ferry fares rise again", titleFromText: true });
  });

  it("names the file, document, field and line of a bad manifest entry, and keeps the good fields", async () => {
    const manifest = `{
  "documents": {
    "ferries": { "publisher": "Island Times", "published": "7 Feb 2023" }
  }
}`;
    const { documents, problems } = await loadCorpus(writeCorpus({ ferries: STORY }, manifest));
    expect(problems).toEqual([
      expect.objectContaining({ code: "bad-manifest-entry", file: "corpus.json", docId: "ferries", field: "published", line: 3 }),
    ]);
    expect(documents[0]?.meta.publisher).toBe("Island Times");
    expect(documents[0]?.meta.published).toBeUndefined();
  });

  it("reports a manifest that is not JSON and still loads every article", async () => {
    const { documents, problems } = await loadCorpus(writeCorpus({ ferries: STORY }, "{ not json"));
    expect(documents).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "bad-manifest", file: "corpus.json" });
  });

  it("skips empty, binary and non-UTF-8 files with their reasons, loading the rest", async () => {
    const folder = writeCorpus({ ferries: STORY, empty: "  \n" });
    writeFileSync(join(folder, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(folder, "latin1.txt"), Buffer.from("Caf\xe9 owners protest\n\nThe owners said so.", "latin1"));
    const { documents, problems } = await loadCorpus(folder);
    expect(documents.map((d) => d.id)).toEqual(["ferries"]);
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      ["empty.txt", "empty-file"],
      ["image.txt", "binary-file"],
      ["latin1.txt", "invalid-utf8"],
    ]);
    expect(problems.find((p) => p.code === "invalid-utf8")?.message).toMatch(/line 1/);
  });

  it("reads a byline date when the manifest gives none, and says it came from the text", async () => {
    const text = "Harbour strike ends\nBy Sam Porter 14 JUNE 2021\nThe strike at the harbour ended on Monday after a deal on pay was agreed.";
    const { documents } = await loadCorpus(writeCorpus({ harbour: text }));
    expect(documents[0]?.meta).toMatchObject({ published: "2021-06-14", publishedFrom: "text", author: "Sam Porter" });
  });

  it("accepts Markdown articles", async () => {
    const folder = writeCorpus({});
    writeFileSync(join(folder, "notes.md"), "# Tram line opens\n\nThe **new** tram line opened on [Sunday](https://example.org) to crowds.\n");
    const { documents } = await loadCorpus(folder);
    expect(documents[0]).toMatchObject({ id: "notes", meta: { title: "Tram line opens" }, text: "The new tram line opened on Sunday to crowds." });
  });

  it("reports a folder that does not exist", async () => {
    const { documents, problems } = await loadCorpus("/nonexistent/corpus");
    expect(documents).toEqual([]);
    expect(problems[0]).toMatchObject({ code: "missing-folder", file: "/nonexistent/corpus" });
  });
});

describe("what a folder holds besides articles", () => {
  it("says why it skips a link, a folder named like an article and a hidden article", async () => {
    const folder = writeCorpus({ ferries: STORY });
    symlinkSync(join(folder, "ferries.txt"), join(folder, "copy.txt"));
    symlinkSync(join(folder, "loop.txt"), join(folder, "loop.txt"));
    mkdirSync(join(folder, "drafts.txt"));
    writeFileSync(join(folder, ".draft.txt"), STORY);
    writeFileSync(join(folder, ".DS_Store"), "x");
    const { documents, problems } = await loadCorpus(folder);
    expect(documents.map((d) => d.id)).toEqual(["ferries"]);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      [".draft.txt", expect.stringContaining("hidden")],
      ["copy.txt", expect.stringContaining("link")],
      ["drafts.txt", expect.stringContaining("folder")],
      ["loop.txt", expect.stringContaining("link")],
    ]);
  });

  it.each([
    ["is empty", (folder: string) => writeFileSync(join(folder, "corpus.json"), "  \n")],
    ["is a folder", (folder: string) => mkdirSync(join(folder, "corpus.json"))],
  ])("reports a corpus.json that %s instead of dropping all metadata in silence", async (what, make) => {
    const folder = writeCorpus({ ferries: STORY });
    make(folder);
    const { documents, problems } = await loadCorpus(folder);
    expect(documents).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ code: "bad-manifest", file: "corpus.json", message: expect.stringContaining(what === "is empty" ? "empty" : "folder") })]);
  });

  it("warns of a document described twice, pointing at the description it keeps, and keeps one named __proto__", async () => {
    const folder = writeCorpus({ ferries: STORY });
    writeFileSync(join(folder, "__proto__.txt"), STORY);
    writeFileSync(join(folder, "corpus.json"), '{"documents": {\n  "ferries": {"publisher": "Old"},\n  "ferries": {"publisher": "New"},\n  "__proto__": {"publisher": "Proto Press"}\n}}');
    const { documents, problems } = await loadCorpus(folder);
    expect(problems).toEqual([expect.objectContaining({ docId: "ferries", line: 3, message: expect.stringContaining("more than once") })]);
    expect(documents.find((d) => d.id === "ferries")?.meta.publisher).toBe("New");
    expect(documents.find((d) => d.id === "__proto__")?.meta.publisher).toBe("Proto Press");
  });
});
