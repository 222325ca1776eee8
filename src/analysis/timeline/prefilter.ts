// Most sentences hold no date. This cheap test keeps chrono (and our own patterns) off them: a sentence
// without a month or weekday name, a plausible year or a calendar word cannot place an event.

const MONTHS = "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec";
const WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";

// Names are matched as English writes them, capitalised (or in capitals): "may", "march" and "sun" are words.
const NAMES = new RegExp(`\\b(?:${[...`${MONTHS} ${WEEKDAYS}`.split(" ").flatMap((w) => [w, w.toUpperCase()])].join("|")})\\b`);

// Plurals are left out on purpose: "two years" is a duration; "two years ago" is caught by "ago".
const NUMBERS_AND_WORDS =
  /\b1[6-9]\d\d\b|\b20\d\d\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(?:yesterday|today|tonight|tomorrow|ago|week|weekend|month|year|day|days|night|morning|afternoon|evening|quarter|Q[1-4]|spring|summer|autumn|(?:last|this|next)\s+fall)\b/i;

export function mayHoldDate(sentence: string): boolean {
  return NUMBERS_AND_WORDS.test(sentence) || NAMES.test(sentence);
}
