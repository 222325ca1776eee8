import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/analysis/quotes/extract.js";
import { findCues } from "../../../src/analysis/quotes/cues.js";
import { QuoteIndex } from "../../../src/analysis/quotes/quote-index.js";
import { runToEnd } from "../../../src/text/steps.js";
import { article } from "./article.js";

// Two invented articles: a role one of them leaves open ("the harbour master") is settled by the other,
// so the corpus-level steps have real work to do after extraction.
const documents = [
  article("storm-warning",
    "Eastport braces for the storms",
    "Harbour master Nadia Okafor said on Monday the wall would not hold.",
    "“The sea wall is our concern,” Okafor said, adding: “We need six more months.”",
    "A council spokesman said: “The money is not there this year.”",
  ),
  article("council-vote",
    "Council votes on the sea wall",
    "Nadia Okafor spoke before the vote.",
    "The harbour master said: “We need six more months and a bigger budget for the wall.”",
    "“It will be done,” said Ivo Marek, the council leader.",
  ),
];

describe("extraction in a worker thread", () => {
  it("returns plain data that survives structured cloning unchanged", () => {
    for (const doc of documents) {
      const extraction = extractDocument(doc);
      expect(extraction.quotations.length).toBeGreaterThan(0);
      expect(structuredClone(extraction)).toStrictEqual(extraction);
    }
  });

  it("builds the same index from extractions posted back as from extracting here", () => {
    const posted = documents.map((doc) => structuredClone(extractDocument(doc)));
    const here = QuoteIndex.build(documents);
    const there = runToEnd(QuoteIndex.buildFromExtractionsSteps(documents, posted));
    expect(there.toJSON()).toEqual(here.toJSON());
    expect(there.whoSaid("a bigger budget for the wall")).toEqual(here.whoSaid("a bigger budget for the wall"));
  });

  it("refuses extractions that do not line up with the documents", () => {
    expect(() => runToEnd(QuoteIndex.buildFromExtractionsSteps(documents, []))).toThrow(/0 extractions for 2 documents/);
  });
});

describe("cue words", () => {
  it("reads whole words only, phrases first, and not nouns", () => {
    const text = "Okafor said the report was late; she went on to say sayings are not cues, and the answer mattered, Rudd ADDED";
    expect(findCues(text).map((c) => [c.lemma, text.slice(c.start, c.end)])).toEqual([
      ["say", "said"],
      ["continue", "went on to say"],
      ["add", "ADDED"],
    ]);
  });

  it("skips a cue written into a compound", () => {
    expect(findCues("the self-described leader")).toEqual([]);
  });
});
