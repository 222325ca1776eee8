// Parts of a year named without a month: quarters ("in the third quarter", "Q1 2024") and seasons ("last
// summer"). Neither fits a month or a day, so each gives the year it falls in. A quarter without its year
// counts only in a sentence about money or the economy: "in the fourth quarter" of a game is no date.
import type { CivilDate } from "./civil-date.js";
import type { MentionContext, TemporalMention } from "./mention.js";
import type { PartialDate } from "./partial-date.js";
import { tenseNear, type Tense } from "./tense.js";

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };

const QUARTER =
  /\b(?:(?:in|during|for|by)\s+)?(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?:\s+of\s+|\s+)?(1[6-9]\d\d|20\d\d)?(?![\p{L}\p{N}])|\bQ([1-4])(?:\s+(1[6-9]\d\d|20\d\d))?\b/giu;
const MONEY = /[$£€¥%]|\b(?:sales|profits?|revenues?|earnings|income|growth|gdp|econom(?:y|ic)|output|shares|loss(?:es)?|margins?|spending|spent|prices|inflation|results|forecasts?|per\s?cent|percent|billion|million|bn|investment|orders|exports|imports|unemployment|jobs|deficit|borrowing)\b/i;

// Northern-hemisphere seasons, as UK and US news writes them; winter straddles a year end and gives none.
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };
const SEASON = /\b(last|this|next)\s+(spring|summer|autumn|fall)\b/gi;

function quarterYear(q: number, p: CivilDate, tense: Tense): number {
  const [first, last] = [3 * q - 2, 3 * q];
  if (tense === "past") return first <= p.month ? p.year : p.year - 1;
  if (tense === "future") return last >= p.month ? p.year : p.year + 1;
  // Whichever is nearer: the quarter now or just past, or the next one.
  if (first <= p.month) return p.month - last <= 6 ? p.year : p.year + 1;
  return first - p.month <= 6 ? p.year : p.year - 1;
}

function seasonYear(which: string, season: string, p: CivilDate): number {
  const [first, last] = SEASON_MONTHS[season] ?? [1, 12];
  if (which === "last") return last < p.month ? p.year : p.year - 1;
  if (which === "next") return first > p.month ? p.year : p.year + 1;
  return p.year;
}

// A cheap look first: the patterns above are slow to fail on the many sentences holding neither. The
// second look is for the seasons, which are common words ("the fall of Rome") but count only after a cue.
const ANY_PART = /quarter|Q[1-4]|spring|summer|autumn|fall/i;
const PART_PHRASE = /quarter|Q[1-4]|(?:last|this|next)\s+(?:spring|summer|autumn|fall)/iu;

/** Whether `findYearParts` could find anything in a text (or in any of its sentences). */
export function mayNameYearPart(text: string): boolean {
  return ANY_PART.test(text) && PART_PHRASE.test(text);
}

export function findYearParts(ctx: MentionContext): TemporalMention[] {
  const { sentence, published } = ctx;
  const found: TemporalMention[] = [];
  if (!mayNameYearPart(sentence)) return found;
  for (const m of sentence.matchAll(QUARTER)) {
    const q = m[1] ? (ORDINALS[m[1].toLowerCase()] ?? 1) : Number(m[3]);
    const yearText = m[2] ?? m[4];
    if (!yearText && !MONEY.test(sentence)) continue;
    const start = m.index ?? 0;
    const expression = m[0].trimEnd();
    let date: PartialDate | null = null;
    if (yearText) date = { year: Number(yearText) };
    else if (published) date = { year: quarterYear(q, published, tenseNear(sentence, start, start + expression.length)) };
    found.push({ start, end: start + expression.length, expression, date });
  }
  for (const m of sentence.matchAll(SEASON)) {
    const start = m.index ?? 0;
    const date = published ? { year: seasonYear((m[1] ?? "").toLowerCase(), (m[2] ?? "").toLowerCase(), published) } : null;
    found.push({ start, end: start + m[0].length, expression: m[0], date });
  }
  return found;
}
