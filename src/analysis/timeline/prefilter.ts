// Most sentences hold no date. This cheap test keeps chrono (and our own patterns) off them: a sentence
// without a month or weekday name, a plausible year or a calendar word cannot place an event. Calendar
// words are everywhere ("every day", "a year", "the fall"), so a text must also hold what one of the
// finders starts from before anything reads it. Every test here also holds for a paragraph if it holds
// for one of its sentences: a paragraph that fails needs no sentence splitting.
import { ANAPHOR_CUE } from "./anaphoric-dates.js";
import { YEAR_DIGITS } from "./bare-years.js";
import { CHRONO_CUE } from "./chrono-mentions.js";
import { mayNameMonth } from "./month-names.js";
import { VAGUE_RELATIVE_CUE } from "./vague-relative.js";
import { mayNameYearPart } from "./year-parts.js";

const MONTHS = "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec";
const WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";

// Names are matched as English writes them, capitalised (or in capitals): "may", "march" and "sun" are words.
const NAMES = new RegExp(`\\b(?:${[...`${MONTHS} ${WEEKDAYS}`.split(" ").flatMap((w) => [w, w.toUpperCase()])].join("|")})\\b`);

// Plurals are left out on purpose: "two years" is a duration; "two years ago" is caught by "ago".
const NUMBERS_AND_WORDS =
  /\b1[6-9]\d\d\b|\b20\d\d\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(?:yesterday|today|tonight|tomorrow|ago|week|weekend|month|year|day|days|night|morning|afternoon|evening|quarter|Q[1-4]|spring|summer|autumn|(?:last|this|next)\s+fall)\b/i;

// What the finders (find-mentions.ts) and the anaphoric dates start from, in one pass: ignoring case
// only widens the patterns that heed it.
const FINDER_CUES = new RegExp([CHRONO_CUE, YEAR_DIGITS, VAGUE_RELATIVE_CUE, ANAPHOR_CUE].map((r) => r.source).join("|"), "i");

function mayStartFinder(text: string): boolean {
  return FINDER_CUES.test(text) || mayNameYearPart(text) || mayNameMonth(text);
}

// extract-events.ts asks about a sentence before findMentions asks again: the last answer is kept.
let lastText = "";
let lastAnswer = false;

export function mayHoldDate(sentence: string): boolean {
  if (sentence !== lastText) {
    lastText = sentence;
    lastAnswer = (NUMBERS_AND_WORDS.test(sentence) || NAMES.test(sentence)) && mayStartFinder(sentence);
  }
  return lastAnswer;
}
