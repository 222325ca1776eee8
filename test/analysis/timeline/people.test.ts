import { describe, expect, it } from "vitest";
import { fullNamesIn, peopleIn } from "../../../src/analysis/timeline/people.js";

describe("people an event names", () => {
  it("finds full names without their titles", () => {
    expect(fullNamesIn("On Sunday Transport Secretary Nadia Okafor and Major General Tom Reyes met.")).toEqual(["Nadia Okafor", "Tom Reyes"]);
  });

  it("leaves out organisations and places", () => {
    expect(fullNamesIn("The Home Office and the Eastport City Council wrote to Silicon Valley firms.")).toEqual([]);
  });

  it("turns a surname alone into the full name the article used", () => {
    const known = fullNamesIn("Transport Secretary Nadia Okafor opened the line.");
    expect(peopleIn("Okafor said on Monday the fares would fall.", known)).toEqual(["Nadia Okafor"]);
    expect(peopleIn("Ms Okafor’s plan was published in May.", known)).toEqual(["Nadia Okafor"]);
  });

  it("does not take a month for a surname", () => {
    const known = fullNamesIn("Prime Minister Carol May spoke first.");
    expect(known).toEqual(["Carol May"]);
    expect(peopleIn("The line closed in May 2019.", known)).toEqual([]);
    expect(peopleIn("May said the line would reopen.", known)).toEqual(["Carol May"]);
  });
});
