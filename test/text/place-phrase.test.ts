import { describe, expect, it } from "vitest";
import { placeNamedIn } from "../../src/text/place-phrase.js";

describe("a place named in a passage", () => {
  it("finds a capitalised name after a preposition of place", () => {
    expect(placeNamedIn("She summoned the owners to talks at the Harbour Office on Friday.")).toBe("Harbour Office");
    expect(placeNamedIn("Crews met outside Tarrow Quay.")).toBe("Tarrow Quay");
    expect(placeNamedIn("The strike spread in Brenton.")).toBe("Brenton");
  });

  it("does not take a month, a weekday or a season for a place", () => {
    expect(placeNamedIn("The law came into force in November.")).toBeUndefined();
    expect(placeNamedIn("They meet in Spring at dawn, then again on Thursday.")).toBeUndefined();
    expect(placeNamedIn("In March the crews voted.")).toBeUndefined();
  });

  it("finds none in a passage without one", () => {
    expect(placeNamedIn("speaking to Sky News, she pulled back")).toBeUndefined();
    expect(placeNamedIn("")).toBeUndefined();
  });
});
