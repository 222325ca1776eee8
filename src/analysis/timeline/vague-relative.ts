// Relative expressions chrono leaves out or gets too precise: "the other day", "earlier this week",
// "last week", "at the weekend", and "a year ago this month" (which chrono splits in two). Each names a
// stretch of days; the date is the smallest calendar unit that holds the whole stretch.
import { addDays, daysBetween, weekdayOf, type CivilDate } from "./civil-date.js";
import type { MentionContext, TemporalMention } from "./mention.js";
import { coveringDate, type PartialDate } from "./partial-date.js";
import { tenseNear } from "./tense.js";

interface Stretch {
  from: CivilDate;
  to: CivilDate;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

// Weeks start on Monday, as in ISO 8601 and British and European usage.
function weekOf(day: CivilDate): Stretch {
  const from = addDays(day, -((weekdayOf(day) + 6) % 7));
  return { from, to: addDays(from, 6) };
}

function nonEmpty(s: Stretch, fallback: Stretch): Stretch {
  return daysBetween(s.from, s.to) >= 0 ? s : fallback;
}

type Rule = { pattern: RegExp; stretch: (m: RegExpExecArray, ctx: MentionContext, published: CivilDate) => Stretch | PartialDate };

const RULES: Rule[] = [
  {
    // "a year ago this month", "two years ago this week", "a year ago today"
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\s+(this month|this week|today)\b/gi,
    stretch: (m, _ctx, p) => {
      const years = NUMBER_WORDS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
      const then = { ...p, year: p.year - years };
      const unit = (m[2] ?? "").toLowerCase();
      if (unit === "this month") return { year: then.year, month: then.month };
      if (unit === "today") return { from: then, to: then };
      return weekOf(then);
    },
  },
  {
    pattern: /\bthe other day\b/gi,
    stretch: (_m, _ctx, p) => ({ from: addDays(p, -7), to: addDays(p, -1) }),
  },
  {
    pattern: /\b(?:(earlier|later)\s+(?:this|in the)\s+week|(this|last|next|the past|the previous|previous)\s+week)\b/gi,
    stretch: (m, ctx, p) => {
      const week = weekOf(p);
      const which = (m[1] ?? m[2] ?? "").toLowerCase();
      if (which === "earlier") return nonEmpty({ from: week.from, to: addDays(p, -1) }, { from: week.from, to: p });
      if (which === "later") return nonEmpty({ from: addDays(p, 1), to: week.to }, { from: p, to: week.to });
      if (which === "last" || which === "the previous" || which === "previous") return { from: addDays(week.from, -7), to: addDays(week.from, -1) };
      if (which === "the past") return { from: addDays(p, -7), to: addDays(p, -1) };
      if (which === "next") return { from: addDays(week.to, 1), to: addDays(week.to, 7) };
      const tense = tenseNear(ctx.sentence, m.index, m.index + m[0].length);
      if (tense === "past") return { from: week.from, to: p };
      if (tense === "future") return { from: p, to: week.to };
      return week;
    },
  },
  {
    pattern: /\b(last|this|next|the|at the|over the)\s+weekend\b/gi,
    stretch: (m, ctx, p) => {
      const which = (m[1] ?? "").toLowerCase();
      const tense = tenseNear(ctx.sentence, m.index, m.index + m[0].length);
      const ahead = which === "next" || (which !== "last" && tense === "future");
      // The Saturday of the weekend meant: the latest one begun by publication, or the next one.
      const saturday = ahead ? addDays(p, (6 - weekdayOf(p) + 7) % 7) : addDays(p, -((weekdayOf(p) + 1) % 7));
      return { from: saturday, to: addDays(saturday, 1) };
    },
  },
];

// Every rule's pattern holds one of these: a text without them is skipped at once.
export const VAGUE_RELATIVE_CUE = /ago|other day|(?:this|the|last|next|past|previous)\s+week/i;

function isStretch(x: Stretch | PartialDate): x is Stretch {
  return "from" in x;
}

export function findVagueRelatives(ctx: MentionContext): TemporalMention[] {
  const found: TemporalMention[] = [];
  if (!VAGUE_RELATIVE_CUE.test(ctx.sentence)) return found;
  for (const rule of RULES) {
    for (const m of ctx.sentence.matchAll(rule.pattern)) {
      const match = m as RegExpExecArray;
      const start = match.index;
      const end = start + match[0].length;
      let date: PartialDate | null = null;
      if (ctx.published) {
        const s = rule.stretch(match, ctx, ctx.published);
        date = isStretch(s) ? coveringDate(s.from, s.to) : s;
      }
      found.push({ start, end, expression: match[0], date });
    }
  }
  return found;
}
