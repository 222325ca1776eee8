// Suggestions while typing (Discord autocomplete uses them): from the snapshot's quote and timeline indexes.
import { describe, expect, it } from "vitest";
import commands from "../../commands/index.js";
import type { AnyCommand } from "../../src/core/command.js";
import { suggest, suggestionKind } from "../../src/core/suggestions.js";
import { startBot } from "../support/bot.js";

const command = (name: string) => commands.find((c) => c.name === name) as AnyCommand;
const quotes = command("quotes");
const whoSaid = command("who-said");
const timeline = command("timeline");

// Invented articles: one person quoted twice, a two-word phrase in quotation marks, a few dated names.
const { bot } = await startBot({
  "port-strike": [
    "Dock workers walk out",
    "",
    "Dock workers in Eastport walked out on Monday 24 February 2025 over night-shift pay.",
    "",
    "“We will stay out until the night shift is paid fairly,” said Maria Okafor, the union branch secretary.",
    "",
    "Harbour master Tom Reyes called it a “short pause” in a statement.",
  ].join("\n"),
  "library-cuts": [
    "Council to close two libraries",
    "",
    "On 3 March 2025 Eastport Council voted to close two branch libraries.",
    "",
    "“Libraries are where children learn to love reading,” said Maria Okafor, who chairs the parents' group.",
  ].join("\n"),
}, { documents: { "port-strike": { published: "2025-02-24" }, "library-cuts": { published: "2025-03-04" } } });
const snapshot = bot.library.current();

describe("suggestionKind", () => {
  it("suggests for the free text of /quotes, /timeline and /who-said, and nowhere else", () => {
    expect(suggestionKind(quotes, quotes.rest ?? "")).toBe("speakers");
    expect(suggestionKind(timeline, "topic")).toBe("topics");
    expect(suggestionKind(whoSaid, whoSaid.rest ?? "")).toBe("quotations");
    expect(suggestionKind(timeline, "from")).toBeUndefined();
    expect(suggestionKind(command("ask"), "question")).toBeUndefined();
  });
});

describe("suggest", () => {
  it("offers speakers as their name is typed, in any case", () => {
    for (const typed of ["mar", "MARIA", "okaf", "maria ok"]) {
      expect(suggest(snapshot, quotes, quotes.rest ?? "", typed), typed).toEqual(["Maria Okafor"]);
    }
  });

  it("finds a speaker by role too", () => {
    expect(suggest(snapshot, quotes, quotes.rest ?? "", "branch sec")).toEqual(["Maria Okafor"]);
  });

  it("offers whole quotations by any of their words, and not a two-word phrase", () => {
    const rest = whoSaid.rest ?? "";
    expect(suggest(snapshot, whoSaid, rest, "night shift")).toEqual(["We will stay out until the night shift is paid fairly,"]);
    expect(suggest(snapshot, whoSaid, rest, "love read")).toEqual(["Libraries are where children learn to love reading,"]);
    expect(suggest(snapshot, whoSaid, rest, "short pause")).toEqual([]);
  });

  it("offers names from dated events as /timeline topics", () => {
    const topics = suggest(snapshot, timeline, "topic", "");
    expect(topics).toContain("Eastport Council");
    expect(topics).not.toContain("Monday");
    expect(suggest(snapshot, timeline, "topic", "eastp")).toContain("Eastport Council");
  });

  it("offers nothing for a text nothing matches, or an option without suggestions", () => {
    expect(suggest(snapshot, quotes, quotes.rest ?? "", "zebra")).toEqual([]);
    expect(suggest(snapshot, command("ask"), "question", "dock")).toEqual([]);
  });

  it("offers at most `limit`, the best first, and the same again for the same snapshot", async () => {
    const seeds = (await startBot("seeds")).bot.library.current();
    const all = suggest(seeds, quotes, quotes.rest ?? "", "");
    expect(all.length).toBeGreaterThan(3);
    expect(all.length).toBeLessThanOrEqual(25);
    expect(suggest(seeds, quotes, quotes.rest ?? "", "", 3)).toEqual(all.slice(0, 3));
    expect(suggest(seeds, quotes, quotes.rest ?? "", "rudd")[0]).toBe("Amber Rudd");
  });
});
