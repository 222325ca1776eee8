// Dates counted from the story's own last date, not from publication: "He was arrested on 14 October.
// That evening, officers searched his home", "The previous day", "two days later", "later that year".
// Each is resolved against the latest date of the right precision told before it, in its paragraph or
// the one before; with none to lean on it says nothing, since guessing from publication would be wrong.
import { addDays, type CivilDate } from "./civil-date.js";
import type { TemporalMention } from "./mention.js";
import type { PartialDate } from "./partial-date.js";

export type AnchorUnit = "day" | "month" | "year";

export interface AnaphoricDate {
  start: number;
  end: number;
  expression: string;
  unit: AnchorUnit;
  /** Days (for "day") or years (for "year") from the anchor; 0 for months. */
  shift: number;
}

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const PART_OF_DAY = "day|morning|afternoon|evening|night";
// "over the next day or two", "in the following year": a span from now, not a day of the story.
const SPAN_BEFORE = /\b(?:over|in|within|during|for|throughout)\s+$/i;

const PATTERNS: { pattern: RegExp; unit: AnchorUnit; shift: (m: RegExpExecArray) => number }[] = [
  { pattern: new RegExp(`\\bthe\\s+(?:previous|preceding)\\s+(?:${PART_OF_DAY})\\b`, "gi"), unit: "day", shift: () => -1 },
  { pattern: new RegExp(`\\bthe\\s+(?:next|following)\\s+(?:${PART_OF_DAY})\\b(?!\\s+or\\b)`, "gi"), unit: "day", shift: () => 1 },
  // "the day before" only when nothing follows that it could be counted from ("the day before the vote").
  { pattern: /\bthe\s+(?:day|night)\s+(before|after)(?=\s*(?:[,.;:!?)—–-]|$))/gi, unit: "day", shift: (m) => ((m[1] ?? "").toLowerCase() === "before" ? -1 : 1) },
  {
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(later|earlier|afterwards|before)(?=\s*(?:[,.;:!?)—–-]|$)|\s+(?:later|earlier|afterwards))?/gi,
    unit: "day",
    shift: (m) => (COUNT[(m[1] ?? "").toLowerCase()] ?? Number(m[1])) * (/^(?:later|afterwards)$/i.test(m[2] ?? "") ? 1 : -1),
  },
  { pattern: new RegExp(`\\b(?:(?:later|earlier)\\s+)?that\\s+(?:${PART_OF_DAY})\\b|\\bthe\\s+same\\s+day\\b`, "gi"), unit: "day", shift: () => 0 },
  { pattern: /\b(?:(?:later|earlier)\s+)?that\s+month\b|\bthe\s+same\s+month\b/gi, unit: "month", shift: () => 0 },
  { pattern: /\b(?:(?:later|earlier)\s+)?that\s+year\b|\bthe\s+same\s+year\b/gi, unit: "year", shift: () => 0 },
  { pattern: /\bthe\s+(?:following|next)\s+year\b|\ba\s+year\s+later\b/gi, unit: "year", shift: () => 1 },
  { pattern: /\bthe\s+(?:previous|preceding)\s+year\b|\ba\s+year\s+(?:earlier|before)(?=\s*(?:[,.;:!?)]|$))/gi, unit: "year", shift: () => -1 },
];

// Every pattern holds one of these word pairs: a text without one is skipped at once ("day" and "year"
// alone are everywhere in news).
export const ANAPHOR_CUE =
  /(?:previous|preceding|next|following|that|same)\s+(?:day|morning|afternoon|evening|night|month|year)|(?:day|night)\s+(?:before|after)|days?\s+(?:later|earlier|afterwards|before)|year\s+(?:later|earlier|before)/i;

export function findAnaphoricDates(sentence: string): AnaphoricDate[] {
  const found: AnaphoricDate[] = [];
  if (!ANAPHOR_CUE.test(sentence)) return found;
  for (const { pattern, unit, shift } of PATTERNS) {
    for (const m of sentence.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (SPAN_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) continue;
      // "that day" in "the day that day-care opened" is rare; "that night's" is still that night.
      found.push({ start, end: start + m[0].length, expression: m[0], unit, shift: shift(m as RegExpExecArray) });
    }
  }
  return found;
}

/** The latest dates told so far at each precision, and the paragraph each was told in. */
export class DateAnchors {
  private day: { date: CivilDate; paragraph: number } | null = null;
  private month: { date: PartialDate; paragraph: number } | null = null;
  private year: { date: PartialDate; paragraph: number } | null = null;

  /** Paragraphs an anchor reaches past its own: a story's next paragraph often goes on from its date. */
  static readonly REACH = 1;

  remember(date: PartialDate, paragraph: number): void {
    this.year = { date, paragraph };
    if (date.month !== undefined) this.month = { date, paragraph };
    if (date.month !== undefined && date.day !== undefined) this.day = { date: { year: date.year, month: date.month, day: date.day }, paragraph };
  }

  resolve(a: AnaphoricDate, paragraph: number): PartialDate | null {
    const near = <T extends { paragraph: number }>(x: T | null): T | null => (x && paragraph - x.paragraph <= DateAnchors.REACH ? x : null);
    if (a.unit === "day") {
      const anchor = near(this.day);
      if (!anchor) return null;
      const d = addDays(anchor.date, a.shift);
      return { year: d.year, month: d.month, day: d.day };
    }
    if (a.unit === "month") {
      const anchor = near(this.month);
      return anchor ? { year: anchor.date.year, ...(anchor.date.month !== undefined && { month: anchor.date.month }) } : null;
    }
    const anchor = near(this.year);
    return anchor ? { year: anchor.date.year + a.shift } : null;
  }
}

/** The mentions of a sentence with its anaphoric dates resolved in reading order; unresolved ones dropped. */
export function withAnaphoricDates(sentence: string, mentions: TemporalMention[], anchors: DateAnchors, paragraph: number): TemporalMention[] {
  const anaphors = findAnaphoricDates(sentence).filter((a) => !mentions.some((m) => a.start < m.end && m.start < a.end));
  const all: (TemporalMention | AnaphoricDate)[] = [...mentions, ...anaphors].sort((a, b) => a.start - b.start);
  const out: TemporalMention[] = [];
  for (const x of all) {
    if ("unit" in x) {
      const date = anchors.resolve(x, paragraph);
      if (!date) continue;
      out.push({ start: x.start, end: x.end, expression: x.expression, date });
      // A resolved anaphor is itself a date later ones may count from ("The next day… Two days later…").
      anchors.remember(date, paragraph);
    } else {
      if (x.date) anchors.remember(x.date, paragraph);
      out.push(x);
    }
  }
  return out;
}
