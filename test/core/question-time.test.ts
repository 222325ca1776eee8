import { describe, expect, it } from "vitest";
import { timeIn } from "../../src/core/question-time.js";

describe("the time a question names", () => {
  it("reads a month, a year, an open and a closed range", () => {
    expect(timeIn("what did ruiz say about tolls in March 2017")).toEqual({ rest: "what did ruiz say about tolls", from: "2017-03", to: "2017-03", said: "in March 2017" });
    expect(timeIn("when did the ferry strike in 2016")).toMatchObject({ rest: "when did the ferry strike", from: "2016", to: "2016" });
    expect(timeIn("what has lee said since sept 2015")).toMatchObject({ from: "2015-09" });
    expect(timeIn("what did lee say before June 2017 about fares")).toMatchObject({ rest: "what did lee say about fares", to: "2017-06" });
    expect(timeIn("what did lee say between 2015 and march 2016")).toMatchObject({ from: "2015", to: "2016-03" });
  });

  it("reads “last year” against today, and not at all without a today", () => {
    expect(timeIn("what did lee say last year", new Date("2026-12-07T00:00:00Z"))).toMatchObject({ rest: "what did lee say", from: "2025", to: "2025" });
    expect(timeIn("what did lee say last year")).toBeUndefined();
  });

  it("leaves numbers that are not years, and times no calendar places, as words", () => {
    expect(timeIn("how many of the 3000 crew struck")).toBeUndefined();
    expect(timeIn("what did lee say before the strike")).toBeUndefined();
    expect(timeIn("who said it in may")).toBeUndefined();
  });
});
