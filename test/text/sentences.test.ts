// The one sentence splitter: passages, highlights, quotations and dated events all read its sentences.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("ends a sentence after . ! or ? and its closing marks, before a capital", () => {
    expect(texts("The bill passed. “It is a good day,” she said! Was it? Yes.")).toEqual([
      "The bill passed.",
      "“It is a good day,” she said!",
      "Was it?",
      "Yes.",
    ]);
  });

  it("goes on after abbreviations, initials and dotted acronyms", () => {
    expect(texts("Mr. Barr met Sen. Warren in Washington, D.C. on Monday. J. K. Rowling wrote it.")).toEqual([
      "Mr. Barr met Sen. Warren in Washington, D.C. on Monday.",
      "J. K. Rowling wrote it.",
    ]);
    expect(texts("U.S. officials and a Ph.D. student from Harvard spoke.")).toEqual(["U.S. officials and a Ph.D. student from Harvard spoke."]);
  });

  it("goes on inside numbers and before a lower-case word", () => {
    expect(texts("Growth was 3.5 per cent. e.g. this goes on. The end.")).toEqual(["Growth was 3.5 per cent. e.g. this goes on.", "The end."]);
  });

  it("ends a sentence at a line break, and where a lost space joined two", () => {
    expect(texts("Breaking news\nThe minister resigned.\n\n@reader42 replied.")).toEqual(["Breaking news", "The minister resigned.", "@reader42 replied."]);
    expect(texts("He cleared his desk.A list of names followed.")).toEqual(["He cleared his desk.", "A list of names followed."]);
  });

  it("gives offsets that point at each sentence, trimmed", () => {
    const text = "  First one.   Second one!\n\n  Third ";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(["First one.", "Second one!", "Third"]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t ")).toEqual([]);
  });
});
