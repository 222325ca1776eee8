import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/corpus/load-corpus.js";
import { MAX_PASSAGE_CHARS, splitPassages } from "../../src/corpus/passages.js";

const sentence = (i: number) => `Sentence number ${i} of the long council report describes the budget line for libraries in some detail.`;

const ARTICLE = [
  "Council approves the library budget",
  "",
  "The council approved next year's library budget on Monday after a nine-hour debate that ran past midnight.",
  "",
  "“It passed.”",
  "",
  Array.from({ length: 20 }, (_, i) => sentence(i + 1)).join(" "),
  "",
  "Campaigners said they would keep fighting for the two branches that are due to close in the spring.",
].join("\n");

describe("passages", () => {
  const doc = buildDocument("council-budget", "council-budget.txt", ARTICLE, undefined);
  const passages = splitPassages(doc);

  it("are numbered <docId>#<n> in reading order", () => {
    expect(passages.map((p) => p.id)).toEqual(passages.map((_, i) => `council-budget#${i + 1}`));
  });

  it("are found in the cleaned text at their offsets", () => {
    for (const p of passages) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
  });

  it("join a very short paragraph to the one before it", () => {
    expect(passages[0]?.text).toMatch(/past midnight\.\n\n“It passed\.”$/);
  });

  it("cut a very long paragraph at sentence ends", () => {
    const pieces = passages.filter((p) => p.text.includes("Sentence number"));
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(p.text).toMatch(/^Sentence number \d+ .*detail\.$/s);
    }
  });

  it("stay the same when the same text is loaded again", () => {
    const again = splitPassages(buildDocument("council-budget", "council-budget.txt", ARTICLE, undefined));
    expect(again).toEqual(passages);
  });

  it("cut a paragraph with no sentence end at spaces, and one with no spaces either, never inside a character", () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(" ");
    const unbroken = "\u{1F600}x".repeat(1500);
    for (const body of [words, unbroken]) {
      const doc = buildDocument("endless", "endless.txt", `Endless\n\n${body}`, undefined);
      const pieces = splitPassages(doc);
      expect(pieces.length).toBeGreaterThan(5);
      for (const p of pieces) {
        expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
        expect(doc.text.slice(p.start, p.end)).toBe(p.text);
        expect(p.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }
      if (body === words) for (const p of pieces.slice(1)) expect(p.text).toMatch(/^word\d+( word\d+)*$/);
    }
  });
});
