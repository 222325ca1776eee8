import { describe, expect, it } from "vitest";
import { TimelineIndex } from "../../../src/analysis/timeline/timeline-index.js";
import { makeDocument } from "./make-document.js";

// Invented coverage of one week by a wire and a local paper (Monday 3 March 2025) and a tabloid (Tuesday):
// Wednesday is 26 February, Thursday 6 March.
const wire = makeDocument(
  "wire",
  `A gunman opened fire at Kelsby railway station on Wednesday, wounding four commuters before police shot him, officials said.

  Transport Secretary Nadia Okafor will hold talks with rail unions on Thursday about station security.

  The Kelsby council voted on Wednesday to close two libraries.

  A bomb exploded outside a market in Dunmore on Wednesday, police said.`,
  "2025-03-03",
);
const tabloid = makeDocument(
  "tabloid",
  `Witness Amy Lowe said the Kelsby railway station gunman fired at commuters just minutes into Wednesday's rampage.

  Union leaders have been summoned to a meeting with the Transport Secretary on Thursday over rail security.`,
  "2025-03-04",
);
const local = makeDocument("local", `The attack on the crowded Brennan Street bus depot on Wednesday left two drivers injured.`, "2025-03-03");

const index = TimelineIndex.build([wire, tabloid, local]);
const sourcesOf = (topic: string) => index.query({ topic }).map((e) => e.sources.map((s) => s.docId).sort());

describe("one event told by several articles", () => {
  it("merges two tellings of the same attack in different words, though they name different people", () => {
    expect(sourcesOf("station gunman")).toEqual([["tabloid", "wire"]]);
  });

  it("merges a meeting told as 'talks' in one article and 'a meeting' in another", () => {
    expect(sourcesOf("rail security")).toEqual([["tabloid", "wire"]]);
  });

  it("keeps apart a different kind of event in the same town on the same day", () => {
    expect(sourcesOf("libraries")).toEqual([["wire"]]);
  });

  it("keeps apart attacks in different places on the same day", () => {
    expect(sourcesOf("depot")).toEqual([["local"]]);
    expect(sourcesOf("Dunmore")).toEqual([["wire"]]);
  });
});
