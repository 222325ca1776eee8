// Dates the text leaves open, closed with the article's day and the sentence's tense: "on Thursday" in a
// past-tense sentence is the last Thursday up to publication, in a future-tense one the next, and with
// no tense to go on, whichever is nearer (a tie goes to the past: news mostly reports what happened).
import { addDays, daysBetween, isRealDate, weekdayOf, type CivilDate } from "./civil-date.js";
import type { PartialDate } from "./partial-date.js";
import type { Tense } from "./tense.js";

/** "last"/"next" fix the direction whatever the tense; "this" and no word leave it to the tense. */
export type Direction = "last" | "next" | Tense;

/** `weekday` is 0 (Sunday) … 6 (Saturday). */
export function resolveWeekday(weekday: number, published: CivilDate, direction: Direction): CivilDate {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(published) + 7) % 7;
  switch (direction) {
    case "last":
      return addDays(published, -(back || 7));
    case "next":
      return addDays(published, ahead || 7);
    case "past":
      return addDays(published, -back);
    case "future":
      return addDays(published, ahead);
    case "unknown":
      return ahead < back ? addDays(published, ahead) : addDays(published, -back);
  }
}

/** `month` is 1–12; the result is a month, never a day. */
export function resolveMonth(month: number, published: CivilDate, direction: Direction): PartialDate {
  const p = published;
  switch (direction) {
    case "last":
      return { year: month < p.month ? p.year : p.year - 1, month };
    case "next":
      return { year: month > p.month ? p.year : p.year + 1, month };
    case "past":
      return { year: month <= p.month ? p.year : p.year - 1, month };
    case "future":
      return { year: month >= p.month ? p.year : p.year + 1, month };
    case "unknown": {
      const back = (p.month - month + 12) % 12;
      const ahead = (month - p.month + 12) % 12;
      return ahead < back ? resolveMonth(month, published, "future") : resolveMonth(month, published, "past");
    }
  }
}

const REPORTED_PAST_DAYS = 300;
const REPORTED_AHEAD_DAYS = 14;

/** A month and day without a year ("April 21"): the year comes from publication and tense. */
export function resolveMonthDay(month: number, day: number, published: CivilDate, direction: Direction): PartialDate | null {
  const candidates = [published.year - 1, published.year, published.year + 1]
    .filter((year) => isRealDate(year, month, day))
    .map((year) => ({ year, month, day, offset: daysBetween(published, { year, month, day }) }));
  const past = candidates.filter((c) => (direction === "last" ? c.offset < 0 : c.offset <= 0)).at(-1);
  const future = candidates.find((c) => (direction === "next" ? c.offset > 0 : c.offset >= 0));
  // Writers add the year to a day nearly a year back; without one, a past-tense sentence about a day just
  // ahead is reported speech ("forecasters said storms were possible on June 3").
  const reported = direction === "past" && past && future && past.offset < -REPORTED_PAST_DAYS && future.offset <= REPORTED_AHEAD_DAYS;
  const chosen = reported
    ? future
    : direction === "past" || direction === "last"
      ? past
      : direction === "future" || direction === "next"
        ? future
        : past && future && future.offset < -past.offset
          ? future
          : (past ?? future);
  return chosen ? { year: chosen.year, month: chosen.month, day: chosen.day } : null;
}
