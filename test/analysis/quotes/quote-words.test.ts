import { describe, expect, it } from "vitest";
import { QuoteWords } from "../../../src/analysis/quotes/quote-words.js";

// Invented quotations; many share their common words, so only the right pairs and rare words tell them apart.
const quotations = [
  "We will raise the budget for the harbour wall next year.",
  "The government will not raise taxes this year.",
  "Our decision on the harbour was taken by the whole council.",
  "The council will decide on the budget next year.",
  "Encryption keeps every message private, and the government knows it.",
  "Nobody in the government will decide that for us.",
];
const words = QuoteWords.build(quotations);
const best = (fragment: string) => words.candidates(fragment, 3)[0];

describe("quotation word index", () => {
  it("ranks first the quotation holding the fragment's words side by side", () => {
    expect(best("will raise the budget")).toBe(0);
    expect(best("will not raise taxes")).toBe(1);
    expect(best("council will decide")).toBe(3);
  });

  it("still finds the quotation when a word is misspelt, even one its stem cannot recognise", () => {
    expect(best("our decisikon")).toBe(2);
    expect(best("encrpytion")).toBe(4);
  });

  it("reads a cut-off last word as the words it begins", () => {
    expect(best("the message priv")).toBe(4);
    expect(best("priv")).toBe(4);
  });

  it("finds the quotation when words are left out", () => {
    expect(best("raise budget harbour wall")).toBe(0);
  });

  it("returns nothing for words no quotation holds, and nothing for an empty fragment", () => {
    expect(words.candidates("zebra quantum xylophone", 5)).toEqual([]);
    expect(words.candidates("", 5)).toEqual([]);
  });

  it("returns at most the number asked for, each quotation once", () => {
    const ids = words.candidates("the government will decide the budget", 4);
    expect(ids.length).toBeLessThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("answers the same after a round trip through its plain-data form", () => {
    const back = QuoteWords.fromJSON(JSON.parse(JSON.stringify(words.toJSON())));
    for (const fragment of ["will raise the budget", "our decisikon on the harbour", "keeps every message priv", "council will decide"]) {
      expect(back.candidates(fragment, 5)).toEqual(words.candidates(fragment, 5));
    }
  });

  it("builds an empty index for no quotations", () => {
    const empty = QuoteWords.build([]);
    expect(empty.candidates("anything at all", 5)).toEqual([]);
    expect(QuoteWords.fromJSON(empty.toJSON()).candidates("anything", 5)).toEqual([]);
  });
});
