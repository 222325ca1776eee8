// A month named without a day: "in May", "since May", "in late June", "mid-November", "in January 2011",
// "last October". chrono misses "since May" (a three-letter name needs its "in") and "late June", so the
// whole family is read here, where a month alone counts only after a word that makes it a date:
// otherwise "May" is as likely to be Theresa May.
import type { MentionContext, TemporalMention } from "./mention.js";
import { resolveMonth, type Direction } from "./open-dates.js";
import type { PartialDate } from "./partial-date.js";
import { tenseNear } from "./tense.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// cue, then an optional part of the month, the month, an optional year; no day number after it.
const MONTH_PHRASE = new RegExp(
  String.raw`\b(?:(in|since|by|until|till|from|through|during|last|next|this|before|after|between|of|and|or|to|(?:the\s+)?(?:end|start|beginning|middle)\s+of)\s+)?` +
    String.raw`(?:(early|late|mid)(?:-|\s+))?` +
    `(${MONTHS.join("|")})` +
    String.raw`(?:,?\s+(1[6-9]\d\d|20\d\d))?` +
    String.raw`(?![\p{L}\p{N}]|\s*\d|['’]s?\b|-\d)`,
  "giu",
);

const ANY_MONTH = new RegExp(`(?:${MONTHS.join("|")})`, "i");

// The phrase's month name, without the phrase: a text none of whose names is capitalised holds no month.
// MONTH_START is the cheap first look: a capitalised name starts with its capital and two letters of any
// case (the Unicode case folding MONTH_PHRASE uses maps no other character onto them).
const MONTH_NAME = new RegExp(`(?:${MONTHS.join("|")})`, "giu");
const MONTH_START = /J[aA][nN]|F[eE][bB]|M[aA][rRyY]|A[pP][rR]|J[uU][nNlL]|A[uU][gG]|S[eE][pP]|O[cC][tT]|N[oO][vV]|D[eE][cC]/;

/** Whether `findMonthNames` could find anything in a text (or in any of its sentences). */
export function mayNameMonth(text: string): boolean {
  if (!MONTH_START.test(text)) return false;
  for (const m of text.matchAll(MONTH_NAME)) if (/^\p{Lu}/u.test(m[0])) return true;
  return false;
}

const KEPT_CUE = /^(?:in|since|by|until|till|from|through|during|last|next|this|(?:the\s+)?(?:end|start|beginning|middle)\s+of)$/i;

// "mid-June" needs no other cue; a bare "early June" or "late June" does not either.
export function findMonthNames(ctx: MentionContext): TemporalMention[] {
  const found: TemporalMention[] = [];
  const { sentence, published } = ctx;
  if (!ANY_MONTH.test(sentence)) return found;
  for (const m of sentence.matchAll(MONTH_PHRASE)) {
    const [text, cue, part, name, yearText] = m;
    const start = m.index ?? 0;
    const end = start + text.length;
    // "3 March" and "the 3rd of March" carry a day: chrono reads them.
    if (/\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/i.test(sentence.slice(Math.max(0, start - 8), start))) continue;
    if (!cue && !part && !yearText) continue;
    // English capitalises months: "may" and "march" are words.
    if (!/^\p{Lu}/u.test(name ?? "")) continue;
    const month = MONTHS.findIndex((n) => n.toLowerCase() === name?.toLowerCase()) + 1;
    // The expression keeps the words that read as part of the date ("in May", "since May", "the end of May").
    const from = cue && !KEPT_CUE.test(cue) ? start + text.indexOf(part ?? name ?? "", cue.length) : start;
    let date: PartialDate | null;
    if (yearText) date = { year: Number(yearText), month };
    else if (!published) date = null;
    else date = resolveMonth(month, published, direction(cue, sentence, start, end));
    found.push({ start: from, end, expression: sentence.slice(from, end), date });
  }
  return found;
}

function direction(cue: string | undefined, sentence: string, start: number, end: number): Direction {
  const word = cue?.toLowerCase();
  if (word === "last") return "last";
  if (word === "next") return "next";
  if (word === "since") return "past";
  return tenseNear(sentence, start, end);
}
