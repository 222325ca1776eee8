// Every temporal expression in a sentence that can place an event. Our own patterns go first because
// they read whole phrases chrono would split ("a year ago this month") or date too precisely ("last week").
import { mayHoldDate } from "./prefilter.js";
import { findBareYears } from "./bare-years.js";
import { findChronoMentions } from "./chrono-mentions.js";
import { findMonthNames } from "./month-names.js";
import { overlaps, type MentionContext, type TemporalMention } from "./mention.js";
import { findVagueRelatives } from "./vague-relative.js";
import { findYearParts } from "./year-parts.js";

export function findMentions(ctx: MentionContext): TemporalMention[] {
  if (!mayHoldDate(ctx.sentence)) return [];
  const kept: TemporalMention[] = [];
  const add = (found: TemporalMention[]) => {
    for (const m of found) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  };
  add(findVagueRelatives(ctx));
  add(findMonthNames(ctx));
  add(findChronoMentions(ctx));
  add(findYearParts(ctx));
  add(findBareYears(ctx));
  return kept.sort((a, b) => a.start - b.start);
}
