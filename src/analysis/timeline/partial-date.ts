// A date as precise as the text that gave it: "in 2012" is a year, "in November" a month, "on Sunday"
// a day. Writing "2016-11-01" for "in November" would claim a day nobody reported.
import { addDays, isRealDate, type CivilDate } from "./civil-date.js";

export interface PartialDate {
  year: number;
  month?: number;
  /** Only ever set together with `month`. */
  day?: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2016", "2016-11" or "2016-11-06". */
export function formatPartialDate(d: PartialDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when malformed or not a real calendar date. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function dayDate(d: CivilDate): PartialDate {
  return { year: d.year, month: d.month, day: d.day };
}

/** The first day a partial date may mean. */
export function firstDay(d: PartialDate): CivilDate {
  return { year: d.year, month: d.month ?? 1, day: d.day ?? 1 };
}

/** The last day a partial date may mean. */
export function lastDay(d: PartialDate): CivilDate {
  if (d.day !== undefined && d.month !== undefined) return { year: d.year, month: d.month, day: d.day };
  if (d.month === undefined) return { year: d.year, month: 12, day: 31 };
  const firstOfNext = d.month === 12 ? { year: d.year + 1, month: 1, day: 1 } : { year: d.year, month: d.month + 1, day: 1 };
  return addDays(firstOfNext, -1);
}

/**
 * The most precise date that covers every day from `from` to `to`: a vague stretch ("last week",
 * "the other day") is only as precise as the smallest calendar unit holding all of it.
 * Null when the stretch crosses a year end, since no single date then covers it.
 */
export function coveringDate(from: CivilDate, to: CivilDate): PartialDate | null {
  if (from.year !== to.year) return null;
  if (from.month !== to.month) return { year: from.year };
  if (from.day !== to.day) return { year: from.year, month: from.month };
  return dayDate(from);
}
