// Publication dates written in an article's own header: bylines ("26 MARCH 2017 • 10:04PM"),
// "Published:" lines, and datelines that carry a year ("LONDON, March 26, 2017 (Reuters) -").
import * as chrono from "chrono-node";

/** The first full calendar date (year, month and day all written out) in `text`, as "YYYY-MM-DD". */
export function fullDateIn(text: string): string | undefined {
  for (const result of chrono.en.GB.parse(text)) {
    const c = result.start;
    if (c.isCertain("year") && c.isCertain("month") && c.isCertain("day")) {
      const [y, m, d] = [c.get("year"), c.get("month"), c.get("day")];
      if (y && m && d) return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
  }
  return undefined;
}

// Month or weekday names, or numeric dates: without one of these, a line cannot be a date stamp,
// and the date grammar (the costly part) need not read it.
const MAY_HOLD_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/i;

/** A line that is nothing but a date stamp: "Monday 27 March 2017 10.45 BST", "Published: 4 October 2019". */
export function isDateLine(line: string): boolean {
  if (line.length > 120 || !MAY_HOLD_DATE.test(line)) return false;
  const bare = line.replace(/^(published|updated|posted|last updated|first published)( on| at)?:?\s*/i, "");
  const results = chrono.en.GB.parse(bare);
  const covered = results.reduce((sum, r) => sum + r.text.length, 0);
  return results.length > 0 && covered >= bare.replace(/[\s•|·,-]/g, "").length * 0.6 && bare.split(/\s+/).length <= 10;
}

const DATELINE = /^([A-Z][A-Za-z.'’ -]{1,40}|[A-Z]{2,}(?:[ -][A-Z]{2,})*),?\s+([A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?\s*(\((?:Reuters|AP|AFP|Bloomberg|UPI|PA)\))?\s*[-–—]\s/;

/** A wire-style dateline opening the first paragraph: "MANCHESTER, England (Reuters) - …". */
export function datelineDate(paragraph: string): string | undefined {
  const m = DATELINE.exec(paragraph);
  if (!m || !m[2]) return undefined;
  return fullDateIn(m[2]);
}
