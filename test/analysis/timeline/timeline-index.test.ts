import { describe, expect, it } from "vitest";
import { TimelineIndex } from "../../../src/analysis/timeline/timeline-index.js";
import { parsePartialDate } from "../../../src/analysis/timeline/partial-date.js";
import { makeDocument } from "./make-document.js";

// Invented articles: a wire story (Monday 16 June 2025), a Sunday paper (15 June 2025), an undated one.
const wire = makeDocument(
  "harbour-wire",
  `Gunmen attacked the Eastport ferry terminal on Wednesday, killing three passengers and wounding a guard.

  The Eastport council voted on Wednesday to raise harbour fees.

  Mayor Lena Park said on Sunday that the Eastport ferry terminal would stay shut for repairs.

  The terminal first opened in 1998.`,
  "2025-06-16",
);
const sunday = makeDocument(
  "harbour-sunday",
  `The attack on the Eastport ferry terminal on Wednesday killed three passengers and wounded a guard, police said.

  Union leader Omar Diaz said on Sunday that the Eastport ferry terminal would stay shut for repairs.`,
  "2025-06-15",
);
const undated = makeDocument("harbour-notes", "Dock workers walked out on Sunday over pay.\n\nThe breakwater was finished in 2003.");

const index = TimelineIndex.build([wire, sunday, undated]);

describe("the timeline index", () => {
  it("lists events in date order, undated ones last", () => {
    const dates = index.query({}).map((e) => e.date);
    expect(dates).toEqual(["1998", "2003", "2025-06-11", "2025-06-11", "2025-06-15", "2025-06-15", null]);
  });

  it("makes one event of the same attack reported by two articles, citing both", () => {
    const attack = index.query({ topic: "gunmen" });
    expect(attack).toHaveLength(1);
    expect(attack[0]?.date).toBe("2025-06-11");
    expect(attack[0]?.sources.map((s) => s.docId).sort()).toEqual(["harbour-sunday", "harbour-wire"]);
  });

  it("shows the report that holds the topic's words", () => {
    const [attack] = index.query({ topic: "police attack" });
    expect(attack?.text).toContain("police said");
    expect(attack?.sources[0]?.docId).toBe("harbour-sunday");
  });

  it("keeps two people's statements on the same day apart", () => {
    const statements = index.query({ topic: "repairs" });
    expect(statements.map((e) => [e.date, e.people])).toEqual([
      ["2025-06-15", ["Omar Diaz"]],
      ["2025-06-15", ["Lena Park"]],
    ]);
  });

  it("keeps a different event on the same day apart", () => {
    expect(index.query({ topic: "harbour fees" })).toMatchObject([{ date: "2025-06-11", sources: [{ docId: "harbour-wire" }] }]);
  });

  it("finds events by word form and by the people they name", () => {
    expect(index.query({ topic: "attacks" })).toHaveLength(1);
    expect(index.query({ topic: "Lena Park" }).map((e) => e.expression)).toEqual(["on Sunday"]);
  });

  it("lists a relative date from an undated article with its wording and no date", () => {
    expect(index.query({ topic: "dock workers" })).toEqual([
      { date: null, text: "Dock workers walked out on Sunday over pay.", expression: "on Sunday", sources: [{ docId: "harbour-notes", title: "harbour-notes" }] },
    ]);
    expect(index.query({ topic: "breakwater" })[0]?.date).toBe("2003");
  });

  it("keeps only events that may fall in a range, leaving out undated ones", () => {
    const june = (from: string, to: string) => index.query({ from: parsePartialDate(from) ?? undefined, to: parsePartialDate(to) ?? undefined }).map((e) => e.date);
    expect(june("2025-06-10", "2025-06")).toEqual(["2025-06-11", "2025-06-11", "2025-06-15", "2025-06-15"]);
    expect(june("1990", "2000")).toEqual(["1998"]);
  });

  it("counts its events, and builds only as many as asked for", () => {
    expect(index.size).toBe(7);
    const firstTwo = index.page({}, 2);
    expect(firstTwo.events.map((e) => e.date)).toEqual(["1998", "2003"]);
    expect(firstTwo.total).toBe(7);
  });
});

describe("a timeline saved as plain data", () => {
  it("answers every query the same after a round trip through JSON", () => {
    const saved = JSON.parse(JSON.stringify(index.toJSON())) as ReturnType<TimelineIndex["toJSON"]>;
    const restored = TimelineIndex.fromJSON(saved, [wire, sunday, undated]);
    for (const q of [{}, { topic: "gunmen" }, { topic: "repairs" }, { topic: "Lena Park" }, { from: parsePartialDate("2025-06-10") ?? undefined }]) {
      expect(restored.query(q)).toEqual(index.query(q));
    }
    expect(restored.size).toBe(index.size);
    expect(restored.page({}, 2)).toEqual(index.page({}, 2));
  });

  it("holds no class instances or maps, only data", () => {
    const json = index.toJSON();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("refuses data from another version, so the caller rebuilds", () => {
    expect(() => TimelineIndex.fromJSON({ version: -1, events: [] }, [wire])).toThrow(/version/);
  });
});
