// The organisations one article names in a role ("WhatsApp, the messaging company", "children's charity
// the NSPCC", "the National Crime Agency"), so that a later "the company said" or "the agency said" finds
// the organisation it stands for. Only text outside quotation marks counts.
import { fold } from "../../text/fold.js";

/** Nouns that stand for an organisation the article has named ("the company", "the charity"). */
export const ORGANIZATION_NOUNS = new Set(
  `company firm charity agency organisation organization group department ministry council committee campaign
   party network newspaper bank union association foundation university hospital club`.split(/\s+/),
);

interface Naming {
  noun: string;
  name: string;
  at: number;
}

// A capitalised word, but not a masked quotation ("Xxxx").
const CAP_WORD = /^(?!Xx*$)[\p{Lu}][\p{L}\p{N}&'’.\-]*$/u;
const GLUE = new Set(["of", "for", "and", "&", "on", "the"]);
const NOUNS = [...ORGANIZATION_NOUNS].join("|");
// "WhatsApp, the messaging company owned by Facebook": the noun ends the description.
const APPOSITIVE = new RegExp(`,\\s+(?:the|a|an|its)\\s+(?:[\\p{L}’'\\-]+\\s+){0,4}?(${NOUNS})(?=[,.;]|$|\\s+(?:that|which|who|whose|owned|based|founded|run|in|of|for|with|behind|from|at)\\b)`, "gu");
// "Social media company Meta", "the children's charity NSPCC": the noun right before the name.
const PREMODIFIER = new RegExp(`\\b(${NOUNS})\\s+(?:the\\s+)?(?=[\\p{Lu}])`, "giu");
// "the Clinton campaign", "the National Crime Agency": the noun heads the name itself.
const HEADED = new RegExp(`\\b(${NOUNS})\\b`, "giu");

const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Yesterday)$/;

export class DocOrganizations {
  private readonly namings: Naming[] = [];

  /** Records every organisation a paragraph (quotations masked) names with one of the nouns. */
  scan(masked: string, offset: number, isPerson: (name: string) => boolean): void {
    const add = (noun: string, name: string, at: number) => {
      if (!name || isPerson(name)) return;
      this.namings.push({ noun: noun.toLowerCase(), name, at: offset + at });
    };
    for (const m of masked.matchAll(APPOSITIVE)) {
      const name = capitalRunBefore(masked, m.index);
      if (name) add(m[1]!, name.text, name.at);
    }
    for (const m of masked.matchAll(PREMODIFIER)) {
      const from = m.index + m[0].length;
      const name = capitalRunAfter(masked, from);
      // A lower-case noun before a name: "company Meta", not "Company Meta" (part of a longer name).
      if (name && m[1] === m[1]!.toLowerCase()) add(m[1]!, name, from);
    }
    for (const m of masked.matchAll(HEADED)) {
      const noun = m[1]!;
      const name = capitalRunBefore(masked, m.index, true);
      if (!name) continue;
      const capitalNoun = noun[0] !== noun[0]!.toLowerCase();
      // "the National Crime Agency" (one name) or "the Clinton campaign" (a name and its noun).
      if (capitalNoun) add(noun, `${name.text} ${noun}`, name.at);
      else if (/\bthe\s+$/i.test(masked.slice(Math.max(0, name.at - 4), name.at))) add(noun, `${name.text} ${noun}`, name.at);
    }
  }

  /** The organisation named last before `at`, whatever its noun: what "its" means in "its director". */
  latest(at: number): string | undefined {
    let best: Naming | undefined;
    for (const n of this.namings) if (n.at < at && (!best || n.at > best.at)) best = n;
    return best?.name;
  }

  /** The one organisation named as a `noun` before `at`; undefined when none or several fit. */
  named(noun: string, at: number): string | undefined {
    const names = new Map<string, string>();
    for (const n of this.namings) if (n.noun === noun && n.at < at) names.set(fold(n.name), n.name);
    if (names.size !== 1) return undefined;
    return [...names.values()][0];
  }
}

/** The run of capitalised words ending right before `end` (before a comma or a space). */
function capitalRunBefore(text: string, end: number, spaceOnly = false): { text: string; at: number } | undefined {
  const before = text.slice(Math.max(0, end - 120), end);
  const tokens = before.split(/\s+/);
  if (spaceOnly && !/\s$/.test(before)) return undefined;
  if (tokens[tokens.length - 1] === "") tokens.pop();
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1]!;
    if (CAP_WORD.test(t) && !/[’']s$/.test(t)) i--;
    else if (GLUE.has(t) && i < tokens.length && i - 2 >= 0 && CAP_WORD.test(tokens[i - 2]!)) i--;
    else break;
  }
  while (i < tokens.length && GLUE.has(tokens[i]!)) i++;
  const run = tokens.slice(i);
  // A sentence's first word is capitalised anyway: "The", "But", "Officials" name nobody.
  if (run.length === 0 || /^(?:The|A|An|But|And|In|On|At|For|When|While|After|Before|Meanwhile|However|This|That|It)$/.test(run[0]!)) {
    if (run.length <= 1) return undefined;
    run.shift();
  }
  const name = run.join(" ");
  return { text: name, at: end - (before.length - before.lastIndexOf(name)) };
}

/** The run of capitalised words starting at `from`. */
function capitalRunAfter(text: string, from: number): string | undefined {
  const tokens = text.slice(from, from + 120).split(/\s+/);
  const run: string[] = [];
  for (const raw of tokens) {
    const t = raw.replace(/[,.;:!?)]+$/, "");
    // "suspending his campaign Tuesday night": a day or a month after the noun is when, not who.
    if (run.length === 0 && TIME_WORD.test(t)) break;
    if (CAP_WORD.test(t) && !/[’']s$/.test(t)) run.push(t);
    else if (GLUE.has(t) && run.length > 0) run.push(t);
    else break;
    if (t !== raw) break;
  }
  while (run.length > 0 && GLUE.has(run[run.length - 1]!)) run.pop();
  return run.length > 0 ? run.join(" ") : undefined;
}
