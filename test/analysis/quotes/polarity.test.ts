// A fragment that negates or reverses a quotation is another statement: never credited to its speaker.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitFragment } from "../../../src/analysis/quotes/fragment-match.js";

const fits = (fragment: string, quote: string) => (fitFragment(fragment, quote)?.score ?? 0) >= 0.66;

describe("fragments and the polarity of what was said", () => {
  const quote = "I firmly support strong encryption for ferry passengers, and the harbour board knows it.";
  const negative = "We will not close the night crossing before the new terminal opens.";

  it("matches a fragment that says what the quotation says, typos and left-out words forgiven", () => {
    expect(fits("support strong encryption for ferry passengers", quote)).toBe(true);
    expect(fits("we will not close the night crosing", negative)).toBe(true);
    expect(fits("we won't close the night crossing", "We won't close the night crossing, she said.")).toBe(true);
    expect(fits("noboy should close the night crossing", "Nobody should close the night crossing before spring.")).toBe(true);
    expect(fits("they can still sail because they can no longer wait", "They can't sail because they can no longer wait.")).toBe(false);
  });

  it("refuses a fragment that adds or drops a negation", () => {
    expect(fits("I do not support strong encryption for ferry passengers", quote)).toBe(false);
    expect(fits("I don't support strong encryption for ferry passengers", quote)).toBe(false);
    expect(fits("I never support strong encryption for ferry passengers", quote)).toBe(false);
    expect(fits("we will close the night crossing before the new terminal opens", negative)).toBe(false);
  });

  it("refuses a fragment that swaps a verb for its opposite", () => {
    expect(fits("I firmly oppose strong encryption for ferry passengers", quote)).toBe(false);
    expect(fits("I oppose strong encryption for ferry passengers", quote)).toBe(false);
    expect(fits("the board rejected the plan for the crossing", "The board accepted the plan for the crossing after a long meeting.")).toBe(false);
  });

  it("looks only at the stretch the fragment matched, not at negations elsewhere in the quotation", () => {
    const long = "We cannot wait for Brussels. We support strong encryption for every ferry passenger.";
    expect(fits("we support strong encryption for every ferry passenger", long)).toBe(true);
  });

  it("ignores the words of a fragment that runs on past the quotation's end", () => {
    expect(fits("if I were a ferry user I would want answers if they don't", "If I were a ferry user, I would want answers,")).toBe(true);
  });

  it("never matches a fragment to the quotation it negates (property)", () => {
    const word = fc.constantFrom("harbour", "ferry", "council", "crossing", "terminal", "tickets", "passengers", "plan", "budget", "night", "summer", "fares", "board", "island");
    const verb = fc.constantFrom("support", "fund", "keep", "open", "close", "build", "cut", "raise", "protect", "change");
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), verb, fc.array(word, { minLength: 2, maxLength: 6 }), fc.constantFrom("not", "never", "don't", "cannot"), (before, v, after, negator) => {
        const said = `We will ${v} the ${after.join(" ")} for ${before.join(" ")}`;
        const flipped = `We will ${negator} ${v} the ${after.join(" ")}`;
        const saidNegated = `We will ${negator} ${v} the ${after.join(" ")} for ${before.join(" ")}`;
        const dropped = `We will ${v} the ${after.join(" ")}`;
        expect(fits(flipped, said)).toBe(false);
        expect(fits(dropped, saidNegated)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
