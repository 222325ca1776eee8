// The from:/to: options that /timeline and /quotes share: a year, a month or a day, as people write them
// in a command, and whether a date falls in the stretch they bound.
import { z } from "zod";
import { daysBetween } from "../analysis/timeline/civil-date.js";
import { firstDay, lastDay, parsePartialDate, type PartialDate } from "../analysis/timeline/partial-date.js";

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** An optional YYYY, YYYY-MM or YYYY-MM-DD that names a real calendar date. */
export const dateBound = () =>
  z
    .string()
    .trim()
    .regex(PARTIAL_DATE, "write it as YYYY, YYYY-MM or YYYY-MM-DD")
    .refine((s) => parsePartialDate(s) !== null, "not a real calendar date")
    .optional();

export interface DateRange {
  from: PartialDate | null;
  to: PartialDate | null;
}

/** The range two bounds make, or null when `from` comes after `to`. */
export function dateRange(from: string | undefined, to: string | undefined): DateRange | null {
  const range = { from: from ? parsePartialDate(from) : null, to: to ? parsePartialDate(to) : null };
  if (range.from && range.to && daysBetween(firstDay(range.from), lastDay(range.to)) < 0) return null;
  return range;
}

/** Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) may fall in the range; an unknown date falls in none but the open one. */
export function withinRange(date: string | undefined, { from, to }: DateRange): boolean {
  if (!from && !to) return true;
  const d = date ? parsePartialDate(date) : null;
  if (!d) return false;
  if (from && daysBetween(firstDay(from), lastDay(d)) < 0) return false;
  if (to && daysBetween(firstDay(d), lastDay(to)) < 0) return false;
  return true;
}
