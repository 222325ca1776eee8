import { describe, expect, it } from "vitest";
import { eventText } from "../../../src/analysis/timeline/event-text.js";

describe("the text an event shows", () => {
  it("is the whole sentence when it is short enough for chat", () => {
    const s = "Dock workers walked out on Sunday over night-shift pay.";
    expect(eventText(s, s.indexOf("on Sunday"), s.indexOf("on Sunday") + 9)).toBe(s);
  });

  it("keeps the clauses around the date when the sentence runs long", () => {
    const filler = "a long aside about the history of the harbour, its cranes, its tides and its many owners";
    const s = `The port authority, ${filler}, ${filler}, closed the north quay on Sunday, ${filler}, ${filler}.`;
    const at = s.indexOf("on Sunday");
    const text = eventText(s, at, at + 9, 200);
    expect(text.length).toBeLessThanOrEqual(202);
    expect(text).toContain("closed the north quay on Sunday");
    expect(text.startsWith("…")).toBe(true);
  });
});
