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

  it("reads the verb group, not a lone -ed word", () => {
    expect(tenseOf("Tillet, who was granted bail, will be sentenced on 12 February.", "on 12 February")).toBe("future");
    expect(tenseOf("The Senate vote is scheduled for Wednesday.", "Wednesday")).toBe("future");
    expect(tenseOf("Rusk's scheduled rally on Thursday in Ohio will go ahead.", "on Thursday")).toBe("future");
    expect(tenseOf("State-owned broadcaster RTN aired the interview on Thursday.", "on Thursday")).toBe("past");
    expect(tenseOf("He is accused of attacking a guard on Sunday.", "on Sunday")).toBe("past");
  });

  it("looks first in the date's own clause", () => {
    expect(tenseOf("Pell, who campaigned in Ohio on Tuesday, is due in Iowa on Sunday.", "on Sunday")).toBe("future");
    expect(tenseOf("Pell, who campaigned in Ohio on Tuesday, is due in Iowa on Sunday.", "on Tuesday")).toBe("past");
    expect(tenseOf("Rusk plans to visit Michigan on Saturday, his campaign said.", "on Saturday")).toBe("future");
  });

  it("leaves a conditional or a present-tense state without a direction", () => {
    expect(tenseOf("Democrats said they could retake the Senate if they win in November.", "in November")).toBe("unknown");
    expect(tenseOf("Officials said the highway is closed until Monday.", "until Monday")).toBe("unknown");
  });

  it("dates a day named in a possessive by the verb of its noun", () => {
    expect(tenseOf("Aides said Monday night's debate would be the most watched in history.", "Monday night")).toBe("future");
    expect(tenseOf("The impact of Monday's debate is still small, analysts wrote.", "Monday")).toBe("past");
  });
});
