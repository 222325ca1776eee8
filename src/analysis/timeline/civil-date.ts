// Calendar days without clocks or time zones: an article's date and the days it talks about are
// calendar facts, so arithmetic runs on UTC midnights where no daylight-saving shift can move a day.

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const DAY_MS = 86_400_000;

function toUtc(d: CivilDate): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): CivilDate {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromUtc(toUtc(d) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getDay` counts. */
export function weekdayOf(d: CivilDate): number {
  return new Date(toUtc(d)).getUTCDay();
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return fromUtc(Date.UTC(year, month - 1, day)).day === day;
}

/** "2017-03-27" → a CivilDate; anything else (or an impossible day) → null. */
export function parseIsoDay(text: string | undefined): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? "");
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Noon of the day, so that a reference time can never slip into the day before or after. */
export function noonUtc(d: CivilDate): Date {
  return new Date(toUtc(d) + DAY_MS / 2);
}
