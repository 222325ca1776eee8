// Years standing alone ("in 2012", "since 2015", "mid-2018"), which chrono does not parse. A four-digit
// number is a year only where English puts a year: after a temporal preposition or as a possessive
// ("2016's election"). Counts that look like years ("2,500 arrests", "2000 troops", "Act 2019") are not.
import type { MentionContext, TemporalMention } from "./mention.js";

const CANDIDATE = /(?<![\p{L}\p{N}$£€¥#.,:/])(1[6-9]\d\d|20\d\d)(['’]s)?(?![\p{L}\p{N}]|[.,:/]\d|\s?[-–]\s?\d|\s?%)/gu;

// What comes right before a year when it dates something.
const CUE =
  /(?:\b(?:in|since|by|during|until|till|through|throughout|from|before|after|between|around|circa|early|late|mid|(?:end|start|beginning|middle|half|quarter|course|spring|summer|autumn|fall|winter) of|spring|summer|autumn|fall|winter)\s+|\bmid-)$/i;

// A plural noun right after the number makes it a count ("in 2000 troops"); these s-words are not nouns.
const NOT_PLURAL_NOUNS = new Set(["as", "was", "is", "has", "this", "its", "his", "us", "thus", "unless", "across", "perhaps", "whereas", "besides", "towards", "afterwards", "always", "less", "yes"]);

/** Years after this many years past publication are taken for numbers, not dates. */
const FUTURE_HORIZON = 50;

export function findBareYears(ctx: MentionContext): TemporalMention[] {
  const found: TemporalMention[] = [];
  for (const m of ctx.sentence.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const year = Number(m[1]);
    const possessive = m[2] !== undefined;
    const before = ctx.sentence.slice(Math.max(0, start - 30), start);
    const cue = CUE.exec(before);
    if (!possessive && !cue) continue;
    // "the 1980’s" is a decade, which no date of ours can hold.
    if (possessive && year % 10 === 0 && /\bthe\s+$/i.test(before)) continue;
    const nextWord = /^\s+([a-z]+)/.exec(ctx.sentence.slice(end))?.[1];
    if (!possessive && nextWord && nextWord.endsWith("s") && !NOT_PLURAL_NOUNS.has(nextWord)) continue;
    if (year > (ctx.published?.year ?? 2100) + FUTURE_HORIZON) continue;
    const from = cue ? start - cue[0].length : start;
    found.push({ start: from, end, expression: ctx.sentence.slice(from, end), date: { year } });
  }
  return found;
}
