// The time a question names, taken out of its words: "in March 2017", "in 2016", "since 2015", "before
// June 2017", "between 2015 and 2016", "last year". What is left is the question; the time becomes the
// from:/to: options. Only times a calendar can place are read: "before the attack" stays words.
export interface QuestionTime {
  /** The question without the time phrase. */
  rest: string;
  from?: string;
  to?: string;
  /** The time as the question wrote it, for "how it was understood". */
  said: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(?:${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const WHEN = `(?:(${MONTH})\\s+)?((?:19|20)\\d{2})`;

/** "March 2017" → "2017-03"; "2017" → "2017". */
function partial(month: string | undefined, year: string): string {
  if (!month) return year;
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3))) + 1;
  return `${year}-${String(m).padStart(2, "0")}`;
}

const FORMS: { pattern: RegExp; range: (m: RegExpExecArray, today?: Date) => { from?: string; to?: string } | undefined }[] = [
  { pattern: new RegExp(`\\bbetween\\s+${WHEN}\\s+and\\s+${WHEN}\\b`, "i"), range: (m) => ({ from: partial(m[1], m[2]!), to: partial(m[3], m[4]!) }) },
  { pattern: new RegExp(`\\b(?:since|after|from)\\s+${WHEN}\\b`, "i"), range: (m) => ({ from: partial(m[1], m[2]!) }) },
  { pattern: new RegExp(`\\b(?:before|until|till|up to|by)\\s+${WHEN}\\b`, "i"), range: (m) => ({ to: partial(m[1], m[2]!) }) },
  { pattern: new RegExp(`\\b(?:in|during|of|back in)\\s+${WHEN}\\b`, "i"), range: (m) => { const at = partial(m[1], m[2]!); return { from: at, to: at }; } },
  {
    pattern: /\b(last|this) year\b/i,
    range: (m, today) => {
      if (!today) return undefined;
      const year = String(today.getUTCFullYear() - (m[1]!.toLowerCase() === "last" ? 1 : 0));
      return { from: year, to: year };
    },
  },
];

/** The first time phrase a question holds, or undefined when it holds none a calendar can place. */
export function timeIn(question: string, today?: Date): QuestionTime | undefined {
  for (const { pattern, range } of FORMS) {
    const m = pattern.exec(question);
    if (!m) continue;
    const r = range(m, today);
    if (!r) continue;
    const rest = `${question.slice(0, m.index)} ${question.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
    return { rest, ...r, said: m[0].trim() };
  }
  return undefined;
}
