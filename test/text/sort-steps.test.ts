import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runToEnd, sortSteps } from "../../src/text/steps.js";

describe("sorting with pause points", () => {
  it("sorts like Array.prototype.sort, keeping equal items in their order, for any run length", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), at: fc.nat() })), fc.integer({ min: 1, max: 9 }), (items, run) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(runToEnd(sortSteps(items, byKey, run))).toEqual([...items].sort(byKey));
      }),
    );
  });

  it("pauses between runs, so a long list is never sorted in one step", () => {
    const steps = sortSteps(Array.from({ length: 100 }, (_, i) => 100 - i), (a, b) => a - b, 10);
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(10);
  });
});
