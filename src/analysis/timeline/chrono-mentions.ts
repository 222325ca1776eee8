// chrono-node reads the date grammar; this file decides which of its readings place an event and how
// precisely. chrono also reads durations ("for two years"), times of day, newspaper names ("The Sunday
// Times") and verbs ("march") as dates, and dates weekdays in the current week whatever the tense.
import * as chrono from "chrono-node";
import type { ParsedComponents } from "chrono-node";
import { addDays, noonUtc, type CivilDate } from "./civil-date.js";
import type { MentionContext, TemporalMention } from "./mention.js";
import { resolveMonth, resolveMonthDay, resolveWeekday, type Direction } from "./open-dates.js";
import { coveringDate, type PartialDate } from "./partial-date.js";
import { tenseNear } from "./tense.js";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
// Capitalised on purpose: English capitalises weekdays, so "sun" or "wed" is not one.
const WEEKDAY_WORD = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(s?)\b/;
const MONTH_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const ANY_MONTH = new RegExp(`^\\s*${MONTH_WORD.source}`);

// A lone month name is a date only after one of these ("in November", "since May", "mid-June"):
// otherwise "May" is as likely to be Theresa May.
const MONTH_CUE =
  /(?:\b(?:in|since|by|until|till|from|through|during|last|next|this|early|late|mid|before|after|between|of|and|or|to|(?:end|start|beginning|middle) of)\s+|\bmid-)$/i;
// Before a weekday, these make it a date even when a capitalised word follows ("On Sunday Home Secretary…").
const WEEKDAY_CUE = /\b(?:on|last|next|this|past|since|by|until|till|from|before|after|early|late|of)\s+$/i;
const RECURRING = /\b(?:every|each)\s+$/i;
const DIRECTION_WORD = /\b(?:(last|past|previous|next)|(since)(?:\s+(?:the|last))?)\s+$/i;
// Words worth keeping in front of chrono's text, so the expression reads as written ("in November").
const LEAD_WORD = /\b(?:on|in|since|by|until|till|from|during|last|next|earlier|later|early|late)\s+$/i;

// "USA Today", "Fox News Sunday": a calendar word right after a capitalised word that is no cue is part of a name.
const CAPITALISED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.]*)[’']?s?\s+$/u;
const CUE_WORDS = /^(?:on|in|last|next|this|past|since|by|until|till|from|before|after|early|late|of|during|through|and|or|to|at)$/i;
const CASUAL_WORD = /^(?:today|tonight|tomorrow|yesterday)\b/i;
// "9/11" names an attack, not a date: a numeric date needs its year.
const NUMERIC_WITHOUT_YEAR = /^\d{1,2}[/.-]\d{1,2}$/;

/**
 * The words just before `at`: every cue read before a date ("since", "every", a capitalised name) is a
 * word or two long, and reading only these keeps a sentence of any length linear.
 */
function lookBack(sentence: string, at: number): string {
  return sentence.slice(Math.max(0, at - LOOK), at);
}
const LOOK = 80;

function partOfName(before: string): boolean {
  const word = CAPITALISED_BEFORE.exec(before)?.[1];
  return word !== undefined && !CUE_WORDS.test(word);
}

// chrono's casual English without the parsers whose readings are all thrown away below (times of day,
// "within two days", "two days later", "+2 weeks", "end of this month"): less work for the same dates.
const UNUSED_PARSERS = new Set(["ENTimeExpressionParser", "ENTimeUnitWithinFormatParser", "ENTimeUnitLaterFormatParser", "ENTimeUnitCasualRelativeFormatParser", "ENEndOfCurrentMonthParser"]);
const configuration = chrono.en.configuration.createCasualConfiguration(false);
configuration.parsers = configuration.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
const parser = new chrono.Chrono(configuration);

const RELATIVE_KEPT = /\bago\b|\byesterday\b|\btomorrow\b|^(?:last|next|this)\s+(?:month|year)$/i;

// What chrono is needed for: a month next to a number ("March 3", "3 March", "Oct. 12, 2016"), casual
// days, "ago", "last month", numeric dates. Weekdays alone and months alone are read here and in
// month-names.ts without it: chrono costs most of extraction's time, and news names weekdays constantly.
const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const CHRONO_TRIGGER = new RegExp(
  [
    `\\b(?:${MONTH_NAMES})\\b\\.?,?\\s*\\d`,
    `\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b`,
    `\\b(?:[Tt]oday|TODAY|[Tt]onight|[Tt]omorrow|[Yy]esterday|ago|[Ll]ast\\s+night|(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\\s+(?:month|year))\\b`,
    `\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}`,
  ].join("|"),
  "g",
);
const WEEKDAY_WORDS = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)s?\b(?:\s+(?:morning|afternoon|evening|night)\b)?/g;
/** Whatever `findChronoMentions` finds holds a match of this. */
export const CHRONO_CUE = new RegExp(`${CHRONO_TRIGGER.source}|${WEEKDAY_WORDS.source}`);

/** Characters of context on each side of a trigger: enough for "Monday, the 3rd of December 2019". */
const WINDOW = 40;

/** Stretches of the sentence around what chrono must read, merged where they overlap. */
function chronoWindows(sentence: string): { from: number; to: number }[] {
  const merged: { from: number; to: number }[] = [];
  for (const m of sentence.matchAll(CHRONO_TRIGGER)) {
    const at = m.index ?? 0;
    let from = Math.max(0, at - WINDOW);
    while (from > 0 && !/\s/.test(sentence[from - 1] ?? "")) from--;
    let to = Math.min(sentence.length, at + m[0].length + WINDOW);
    while (to < sentence.length && !/\s/.test(sentence[to] ?? "")) to++;
    const last = merged.at(-1);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else merged.push({ from, to });
  }
  return merged;
}

/** A chrono reading, placed in the whole sentence; weekdays outside chrono's windows are read alike. */
interface Reading {
  index: number;
  text: string;
  start: Pick<ParsedComponents, "isCertain" | "get">;
  relative: boolean;
}

function weekdayReading(index: number, text: string, weekday: number): Reading {
  return { index, text, relative: false, start: { isCertain: (c) => c === "weekday", get: (c) => (c === "weekday" ? weekday : null) } };
}

export function findChronoMentions(ctx: MentionContext): TemporalMention[] {
  // Any reference day works for explicit dates; only they are kept when the article's day is unknown.
  const reference = { instant: noonUtc(ctx.published ?? { year: 2000, month: 1, day: 1 }), timezone: 0 };
  const readings: Reading[] = [];
  const windows = chronoWindows(ctx.sentence);
  for (const w of windows) {
    for (const r of parser.parse(ctx.sentence.slice(w.from, w.to), reference, { forwardDate: false })) {
      readings.push({ index: w.from + r.index, text: r.text, start: r.start, relative: r.tags().has("result/relativeDate") });
    }
  }
  for (const m of ctx.sentence.matchAll(WEEKDAY_WORDS)) {
    const at = m.index ?? 0;
    if (windows.some((w) => at >= w.from && at < w.to)) continue;
    readings.push(weekdayReading(at, m[0], WEEKDAYS.indexOf(m[1] ?? "")));
  }
  const found: TemporalMention[] = [];
  for (const r of readings) {
    const mention = toMention(r, ctx);
    if (mention) found.push(mention);
  }
  return found;
}

function certain(c: Reading["start"]) {
  return {
    year: c.isCertain("year"),
    month: c.isCertain("month"),
    day: c.isCertain("day"),
    weekday: c.isCertain("weekday"),
  };
}

function componentsOf(c: Reading["start"]): CivilDate {
  return { year: c.get("year") ?? 0, month: c.get("month") ?? 1, day: c.get("day") ?? 1 };
}

/** As precise as chrono says it knows: `isCertain`, never the defaults it fills in. */
function knownDate(c: Reading["start"]): PartialDate | null {
  const k = certain(c);
  const d = componentsOf(c);
  if (k.year && k.month && k.day) return { year: d.year, month: d.month, day: d.day };
  if (k.year && k.month) return { year: d.year, month: d.month };
  if (k.year) return { year: d.year };
  return null;
}

function toMention(r: Reading, ctx: MentionContext): TemporalMention | null {
  const { sentence, published } = ctx;
  const k = certain(r.start);
  // A time of day alone ("at 10:04PM") says nothing about which day.
  if (!k.year && !k.month && !k.day && !k.weekday) return null;
  if (/\bnow\b/i.test(r.text)) return null;
  const before = sentence.slice(0, r.index);
  if (RECURRING.test(lookBack(sentence, r.index))) return null;

  if (NUMERIC_WITHOUT_YEAR.test(r.text.trim())) return null;
  if (CASUAL_WORD.test(r.text)) {
    // Written lower-case mid-sentence; "Today" mid-sentence or "TODAY" is a title ("USA Today").
    const word = /^\p{L}+/u.exec(r.text)?.[0] ?? "";
    const sentenceStart = /^[\s"“‘'(—–-]*$/.test(before);
    if (word !== word.toLowerCase() && !(sentenceStart && word.slice(1) === word.slice(1).toLowerCase())) return null;
    // "calls today still roll over", "the threats today are": in the present tense, "today" means nowadays.
    if (/^today$/i.test(word) && tenseNear(sentence, r.index, r.index + r.text.length) === "unknown") return null;
  }
  // "in Saturday's crush": before a possessive date the preposition belongs to the noun, not the date.
  const possessive = /^['’]s\b/.test(sentence.slice(r.index + r.text.length));
  const lead = possessive ? null : LEAD_WORD.exec(lookBack(sentence, r.index));
  const start = lead ? r.index - lead[0].length : r.index;
  // chrono keeps a trailing comma or full stop ("last Wednesday,"); the expression does not.
  const end = r.index + r.text.replace(/[\s,.;:]+$/, "").length;
  const mention = (date: PartialDate | null): TemporalMention => ({ start, end, expression: sentence.slice(start, end), date });

  if (r.relative && !RELATIVE_KEPT.test(r.text)) return null; // durations and dates counted from another event
  const explicitYear = /\b\d{4}\b/.test(r.text);

  if (!k.year && (k.month || k.weekday) && !k.day) {
    // "in November", "on Sunday": check they are dates at all before closing them.
    if (k.weekday) {
      const w = WEEKDAY_WORD.exec(r.text);
      if (!w || w[2] === "s") return null; // "Sun", "Sundays"
      const at = r.index + w.index;
      const prior = lookBack(sentence, at);
      const after = sentence.slice(at + w[0].length, at + w[0].length + LOOK);
      if (/^\s+[A-Z]/.test(after) && !ANY_MONTH.test(after) && !WEEKDAY_CUE.test(prior)) return null; // "The Sunday Times"
      if (partOfName(prior)) return null; // "Fox News Sunday"
      if (!published) return mention(null);
      const day = resolveWeekday(WEEKDAYS.indexOf(w[1] ?? ""), published, direction(sentence, at, end));
      return mention({ year: day.year, month: day.month, day: day.day });
    }
    const m = MONTH_WORD.exec(r.text);
    if (!m) return null; // "march" the verb
    const at = r.index + m.index;
    if (!MONTH_CUE.test(lookBack(sentence, at))) return null;
    if (!published) return mention(null);
    return mention(resolveMonth(r.start.get("month") ?? 1, published, direction(sentence, at, end)));
  }

  if (k.month && k.day && !k.year) {
    const m = MONTH_WORD.exec(r.text);
    if (!m && !/\d/.test(r.text)) return null;
    if (!published) return mention(null);
    const at = r.index + (m?.index ?? 0);
    return mention(resolveMonthDay(r.start.get("month") ?? 1, r.start.get("day") ?? 1, published, direction(sentence, at, end)));
  }

  if (!published) return mention(explicitYear ? knownDate(r.start) : null);
  if (/\bweeks?\s+ago\b/i.test(r.text)) {
    // "three weeks ago" is a week, not the very day three weeks back.
    const middle = componentsOf(r.start);
    return mention(coveringDate(addDays(middle, -3), addDays(middle, 3)));
  }
  return mention(knownDate(r.start));
}

function direction(sentence: string, at: number, end: number): Direction {
  const found = DIRECTION_WORD.exec(lookBack(sentence, at));
  const word = (found?.[1] ?? found?.[2])?.toLowerCase();
  if (word === "next") return "next";
  // "since May", "since Monday": whatever the verb, the day has come.
  if (word === "since") return "past";
  if (word) return "last";
  return tenseNear(sentence, at, end);
}
