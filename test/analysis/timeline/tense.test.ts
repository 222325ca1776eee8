import { describe, expect, it } from "vitest";
import { tenseNear } from "../../../src/analysis/timeline/tense.js";

function tenseOf(sentence: string, expression: string) {
  const at = sentence.indexOf(expression);
  return tenseNear(sentence, at, at + expression.length);
}

describe("the tense around a date", () => {
  it("follows the nearest verb", () => {
    expect(tenseOf("The mayor said on Monday that the depot would close.", "on Monday")).toBe("past");
    expect(tenseOf("She has summoned the bus firms to talks on Thursday, where she will demand refunds.", "on Thursday")).toBe("future");
    expect(tenseOf("Officials plan to meet the operators on Friday.", "on Friday")).toBe("future");
    expect(tenseOf("On Sunday the minister called for calm.", "On Sunday")).toBe("past");
  });

  it("says unknown when only the present tense is there", () => {
    expect(tenseOf("The depot is open on Sundays.", "on Sundays")).toBe("unknown");
  });

  it("does not take a cause for a schedule", () => {
    expect(tenseOf("Trains were cancelled due to the strike on Monday.", "on Monday")).toBe("past");
  });
});
