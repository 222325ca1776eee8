import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/analysis/timeline/extract-events.js";
import { fullNamesIn } from "../../../src/analysis/timeline/people.js";
import { TimelineIndex } from "../../../src/analysis/timeline/timeline-index.js";
import { runToEnd } from "../../../src/text/steps.js";
import { makeDocument } from "./make-document.js";

// Invented articles, given out of publication order: the index must order them itself.
const documents = [
  makeDocument("later", "Mayor Lena Park said on Sunday that the ferry terminal would stay shut.\n\nPark visited the terminal on 3 June 2025.", "2025-06-16"),
  makeDocument("earlier", "Gunmen attacked the Eastport ferry terminal on Wednesday, police said.\n\nLena Park visited the terminal on 3 June 2025.", "2025-06-12"),
  makeDocument("undated", "Dock workers walked out in 2003."),
];

describe("event extraction in a worker thread", () => {
  it("returns plain data that survives structured cloning unchanged", () => {
    for (const doc of documents) {
      const events = extractEvents(doc);
      expect(events.length).toBeGreaterThan(0);
      expect(structuredClone(events)).toStrictEqual(events);
    }
  });

  it("builds the same timeline from reports posted back as from extracting here", () => {
    const posted = documents.map((doc) => structuredClone(extractEvents(doc)));
    const here = TimelineIndex.build(documents);
    const there = runToEnd(TimelineIndex.buildFromReportsSteps(documents, posted));
    expect(there.toJSON()).toEqual(here.toJSON());
    expect(there.query({ topic: "terminal" })).toEqual(here.query({ topic: "terminal" }));
  });

  it("refuses report lists that do not line up with the documents", () => {
    expect(() => runToEnd(TimelineIndex.buildFromReportsSteps(documents, [[]]))).toThrow(/1 report lists for 3 documents/);
  });
});

describe("names read again", () => {
  it("gives the same names for a run read a second time", () => {
    const text = "Prime Minister Theresa May’s aide met Amber Rudd. Then Theresa May spoke.";
    expect(fullNamesIn(text)).toEqual(["Theresa May", "Amber Rudd"]);
    expect(fullNamesIn(text)).toEqual(["Theresa May", "Amber Rudd"]);
  });
});
