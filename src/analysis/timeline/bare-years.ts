// Years standing alone ("in 2012", "since 2015", "mid-2018", "between 2010 and 2014", "for 2022"), which
// chrono does not parse. A four-digit number is a year only where English puts a year: after a temporal
// preposition, as a possessive ("2016's election") or naming an event ("the 2020 election", "the 2015
// floods"). Counts that look like years ("2,500 arrests", "2000 troops", "Act 2019", "Room 2018") are not.
import type { MentionContext, TemporalMention } from "./mention.js";

const CANDIDATE = /(?<![\p{L}\p{N}$£€¥#.,:/])(1[6-9]\d\d|20\d\d)(['’]s)?(?![\p{L}\p{N}]|[.,:/]\d|\s?[-–]\s?\d|\s?%)/gu;

/** Every candidate holds one: a text without it is skipped at once. */
export const YEAR_DIGITS = /1[6-9]\d\d|20\d\d/;

// What comes right before a year when it dates something.
const CUE =
  /(?:\b(?:in|since|by|during|until|till|through|throughout|from|before|after|between|around|circa|early|late|mid|for|fiscal|(?:end|start|beginning|middle|half|quarter|course|spring|summer|autumn|fall|winter) of|spring|summer|autumn|fall|winter)\s+|\bmid-)$/i;
// The second year of a range or a list whose first year was cued: "between 2010 and 2014", "in 2023 and 2024".
const SECOND_OF_PAIR = /\b(?:in|since|between|from|during|by|for)\s+(?:1[6-9]\d\d|20\d\d)\s+(?:and|to|or|until|till|through)\s+$/i;
// A determiner before the year and an event after it, at most two words on: "the 2019 general election".
const EVENT_DETERMINER = /\b(?:the|a|an|its|his|her|their|our|this|that)\s+$/i;
const EVENT_AFTER = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u;
const EVENT_NOUNS = new Set(
  `election elections vote referendum campaign race primary primaries caucus caucuses convention census budget
  summit olympics games cup final finals championship championships tournament season attack attacks bombing
  bombings shooting shootings massacre riot riots protest protests strike strikes crash earthquake quake tsunami
  hurricane storm storms flood floods flooding fire fires wildfire wildfires crisis recession coup uprising
  revolution war invasion festival conference debate debates inauguration midterm midterms merger takeover
  scandal outbreak heatwave drought marathon derby`.split(/\s+/).filter(Boolean),
);
// Units after a number make it a distance or a weight, whatever follows: "the 1600 metres final".
const UNITS = /^\s+(?:m|km|metres?|meters?|miles?|yards?|kg|tonnes?|tons?|feet|ft|pounds?|lbs?)\b/i;

// A plural noun right after the number makes it a count ("in 2000 troops"); these s-words are not nouns.
const NOT_PLURAL_NOUNS = new Set(["as", "was", "is", "has", "this", "its", "his", "us", "thus", "unless", "across", "perhaps", "whereas", "besides", "towards", "afterwards", "always", "less", "yes"]);

/** Years after this many years past publication are taken for numbers, not dates. */
const FUTURE_HORIZON = 50;

/** How far after the year the event's noun ends ("the 2019 general election"), or 0 when it names none. */
function eventNounEnd(before: string, after: string): number {
  if (!EVENT_DETERMINER.test(before) || UNITS.test(after)) return 0;
  const m = EVENT_AFTER.exec(after);
  if (!m) return 0;
  let reach = 0;
  for (const word of [m[1], m[2], m[3]]) {
    if (word === undefined) break;
    reach = after.indexOf(word, reach) + word.length;
    if (EVENT_NOUNS.has(word.toLowerCase())) return reach;
  }
  return 0;
}

export function findBareYears(ctx: MentionContext): TemporalMention[] {
  const found: TemporalMention[] = [];
  for (const m of ctx.sentence.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const year = Number(m[1]);
    const possessive = m[2] !== undefined;
    const before = ctx.sentence.slice(Math.max(0, start - 30), start);
    const after = ctx.sentence.slice(end, end + 40);
    const cue = CUE.exec(before) ?? (SECOND_OF_PAIR.test(before) ? /\S+\s+$/.exec(before) : null);
    const eventEnd = possessive || cue ? 0 : eventNounEnd(before, after);
    const event = eventEnd > 0;
    if (!possessive && !cue && !event) continue;
    // "the 1980’s" is a decade, which no date of ours can hold.
    if (possessive && year % 10 === 0 && /\bthe\s+$/i.test(before)) continue;
    const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
    if (!possessive && !event && nextWord && nextWord.endsWith("s") && !NOT_PLURAL_NOUNS.has(nextWord)) continue;
    if (year > (ctx.published?.year ?? 2100) + FUTURE_HORIZON) continue;
    const from = cue ? start - cue[0].length : event ? start - (EVENT_DETERMINER.exec(before)?.[0].length ?? 0) : start;
    const to = end + eventEnd;
    found.push({ start: from, end: to, expression: ctx.sentence.slice(from, to), date: { year } });
  }
  return found;
}
