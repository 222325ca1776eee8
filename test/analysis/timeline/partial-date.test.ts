import { describe, expect, it } from "vitest";
import { coveringDate, firstDay, formatPartialDate, lastDay, parsePartialDate } from "../../../src/analysis/timeline/partial-date.js";

describe("a date as precise as its text", () => {
  it("writes a year, a month or a day, never padding a month out to its first day", () => {
    expect(formatPartialDate({ year: 2016 })).toBe("2016");
    expect(formatPartialDate({ year: 2016, month: 11 })).toBe("2016-11");
    expect(formatPartialDate({ year: 2016, month: 11, day: 6 })).toBe("2016-11-06");
  });

  it("spans from the first to the last day it may mean", () => {
    expect(firstDay({ year: 2024, month: 2 })).toEqual({ year: 2024, month: 2, day: 1 });
    expect(lastDay({ year: 2024, month: 2 })).toEqual({ year: 2024, month: 2, day: 29 });
    expect(lastDay({ year: 2023 })).toEqual({ year: 2023, month: 12, day: 31 });
  });

  it("covers a stretch of days with the smallest unit that holds all of it", () => {
    expect(coveringDate({ year: 2025, month: 6, day: 9 }, { year: 2025, month: 6, day: 9 })).toEqual({ year: 2025, month: 6, day: 9 });
    expect(coveringDate({ year: 2025, month: 6, day: 9 }, { year: 2025, month: 6, day: 15 })).toEqual({ year: 2025, month: 6 });
    expect(coveringDate({ year: 2025, month: 2, day: 24 }, { year: 2025, month: 3, day: 2 })).toEqual({ year: 2025 });
    expect(coveringDate({ year: 2024, month: 12, day: 30 }, { year: 2025, month: 1, day: 5 })).toBeNull();
  });

  it("reads only real dates in the three shapes", () => {
    expect(parsePartialDate("2017")).toEqual({ year: 2017 });
    expect(parsePartialDate("2017-03-26")).toEqual({ year: 2017, month: 3, day: 26 });
    for (const bad of ["2017-13", "2017-02-30", "17", "2017/03", "2017-3-1", "March 2017"]) expect(parsePartialDate(bad)).toBeNull();
  });
});
