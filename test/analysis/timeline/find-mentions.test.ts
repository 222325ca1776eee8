import { describe, expect, it } from "vitest";
import { parseIsoDay } from "../../../src/analysis/timeline/civil-date.js";
import { findMentions } from "../../../src/analysis/timeline/find-mentions.js";
import { formatPartialDate } from "../../../src/analysis/timeline/partial-date.js";

// Invented sentences, read as if published on Monday 16 June 2025 unless said otherwise.
const MONDAY = "2025-06-16";

/** `published: null` reads the sentence as from an article of unknown date. */
function dates(sentence: string, published: string | null = MONDAY): [string, string | null][] {
  return findMentions({ sentence, published: published === null ? null : parseIsoDay(published) }).map((m) => [m.expression, m.date ? formatPartialDate(m.date) : null]);
}

describe("full dates and month-day dates", () => {
  it("reads a full date as that day", () => {
    expect(dates("The ferry terminal opened on 14 March 2019, two years late.")).toEqual([["on 14 March 2019", "2019-03-14"]]);
    expect(dates("Voting closed on Oct. 3, 2024, at midnight.")).toEqual([["on Oct. 3, 2024", "2024-10-03"]]);
  });

  it("takes the year of a month and day from publication, looking back in a past-tense sentence", () => {
    expect(dates("The council published its report on June 2.")).toEqual([["on June 2", "2025-06-02"]]);
    expect(dates("The council published its report on December 2.")).toEqual([["on December 2", "2024-12-02"]]);
  });

  it("looks ahead for a month and day in a future-tense sentence", () => {
    expect(dates("The council will publish its report on March 2.")).toEqual([["on March 2", "2026-03-02"]]);
  });
});

describe("weekdays", () => {
  it("puts a past-tense weekday in the days before publication", () => {
    expect(dates("Dock workers walked out on Sunday over night-shift pay.")).toEqual([["on Sunday", "2025-06-15"]]);
    expect(dates("The mayor said on Monday that talks had failed.")).toEqual([["on Monday", "2025-06-16"]]);
  });

  it("pulls a past-tense weekday chrono would date ahead back into the past week", () => {
    expect(dates("Dock workers walked out on Thursday over night-shift pay.")).toEqual([["on Thursday", "2025-06-12"]]);
  });

  it("puts a future-tense weekday in the days after publication", () => {
    expect(dates("The union will meet employers on Thursday.")).toEqual([["on Thursday", "2025-06-19"]]);
    expect(dates("Ministers plan to visit the port on Wednesday.")).toEqual([["on Wednesday", "2025-06-18"]]);
  });

  it("reads 'last Wednesday' as the Wednesday before publication", () => {
    expect(dates("The strike began last Wednesday at the container berths.")).toEqual([["last Wednesday", "2025-06-11"]]);
  });

  it("dates a possessive weekday by its verb", () => {
    expect(dates("Three people were hurt in Saturday's crush at the stadium gates.")).toEqual([["Saturday", "2025-06-14"]]);
  });

  it("closes a weekday from a Sunday paper with the days just before it", () => {
    expect(dates("The driver fled minutes before Wednesday's crash.", "2025-06-15")).toEqual([["Wednesday", "2025-06-11"]]);
  });

  it("does not take newspapers, shows or abbreviations for weekdays", () => {
    expect(dates("The Sunday Times reported the figures last month.")).toEqual([["last month", "2025-05"]]);
    expect(dates("She told Fox News Sunday that the deal was done.")).toEqual([]);
    expect(dates("The Sun reported that a deal was done.")).toEqual([]);
  });
});

describe("months and years", () => {
  it("gives a month alone only the month, in the most recent past for a past-tense sentence", () => {
    expect(dates("The tram levy came into force in November, after a long fight.")).toEqual([["in November", "2024-11"]]);
    expect(dates("The tram levy came into force in May.")).toEqual([["in May", "2025-05"]]);
  });

  it("gives a month with its year that month", () => {
    expect(dates("The bridge closed in March 2016 for repairs.")).toEqual([["in March 2016", "2016-03"]]);
  });

  it("reads bare years after a temporal word", () => {
    expect(dates("She retired from the navy in 2012 as a rear admiral.")).toEqual([["in 2012", "2012"]]);
    expect(dates("Fares have doubled since 2015, and again by mid-2018.")).toEqual([
      ["since 2015", "2015"],
      ["mid-2018", "2018"],
    ]);
    expect(dates("The scheme led to 1,400 arrests in 2023 and 900 in 2024.")).toEqual([
      ["in 2023", "2023"],
      ["in 2024", "2024"],
    ]);
  });

  it("reads last year, this year and a number of years ago", () => {
    expect(dates("The app was blocked twice last year in Brazil.")).toEqual([["last year", "2024"]]);
    expect(dates("Floods closed the line three times this year.")).toEqual([["this year", "2025"]]);
    expect(dates("The mill shut two years ago.")).toEqual([["two years ago", "2023"]]);
  });

  it("does not read a name like Theresa May, or the verb march, as a month", () => {
    expect(dates("Theresa May said the plan would stand.")).toEqual([]);
    expect(dates("Thousands will march through the city.")).toEqual([]);
  });
});

describe("vague relative expressions", () => {
  it("merges 'a year ago this month' into one month", () => {
    expect(dates("The service switched on encryption a year ago this month.")).toEqual([["a year ago this month", "2024-06"]]);
  });

  it("gives 'earlier this week', 'last week' and 'the other day' only the month that holds them", () => {
    expect(dates("Police said the attack carried out earlier this week was planned.", "2025-06-15")).toEqual([["earlier this week", "2025-06"]]);
    expect(dates("The board met last week to discuss the merger.")).toEqual([["last week", "2025-06"]]);
    expect(dates("I saw the mayor the other day at the market.")).toEqual([["the other day", "2025-06"]]);
  });

  it("falls back to the year when the stretch crosses a month end", () => {
    // Monday 3 March 2025: last week ran from 24 February to 2 March.
    expect(dates("The board met last week to discuss the merger.", "2025-03-03")).toEqual([["last week", "2025"]]);
  });

  it("dates yesterday and today as days", () => {
    expect(dates("Flights resumed yesterday after the storm.")).toEqual([["yesterday", "2025-06-15"]]);
  });
});

describe("what is not an event date", () => {
  it.each([
    "The process takes between six months and two years on average.",
    "The ban lasted for two years.",
    "Ajao, 52, sent a final message.",
    "He is challenging a 32-year prison sentence.",
    "The doors opened at 10:04PM.",
    "More than 2,500 arrests and 1,200 children were counted.",
    "It gives effect to the Crime Act 2019 and similar laws.",
    "The army sent 2000 troops to the border.",
    "Many voters remember the 1990s fondly.",
    "The deal was signed two days later.",
    "Content helped police arrest 800 suspects every month.",
    "The 9/11 attacks changed airport security.",
    "A reporter for USA Today spotted her.",
    "Too many calls today still go to voicemail.",
  ])("finds nothing in %j", (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
});

describe("articles without a date", () => {
  it("still resolves explicit dates", () => {
    expect(dates("The bridge opened on 14 March 2019.", null)).toEqual([["on 14 March 2019", "2019-03-14"]]);
    expect(dates("She retired in 2012.", null)).toEqual([["in 2012", "2012"]]);
  });

  it("keeps relative ones with their wording and no date", () => {
    expect(dates("Dock workers walked out on Sunday.", null)).toEqual([["on Sunday", null]]);
    expect(dates("The levy came into force in November.", null)).toEqual([["in November", null]]);
    expect(dates("The board met last week.", null)).toEqual([["last week", null]]);
    expect(dates("The app was blocked last year.", null)).toEqual([["last year", null]]);
  });
});
