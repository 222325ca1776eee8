// Accepted corrections as a gold set in the format ../shared/eval/score.mjs reads (see dev.json's
// "about"): each one becomes the test that the bot answers that question right from now on.
import type { Report } from "./corrections.js";

export interface GoldSet {
  about: string;
  corpus: string;
  who_said: { q: string; accept: string[][]; doc?: string; case: string }[];
  timeline: { date: string; words: string[]; doc?: string; case: string }[];
  ask: { q: string; words: string[]; doc?: string; case: string }[];
  quotes_by: { who: string; must: string[]; case: string }[];
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const SMALL = new Set("a an the of to in on at for about and or did does do was were is are when what who said say says happen happened".split(" "));

export function goldFrom(reports: readonly Report[], corpus: string): GoldSet {
  const gold: GoldSet = { about: "Accepted corrections, exported by corpus-bot export-gold: each is a question the bot once answered wrong, with its right answer.", corpus, who_said: [], timeline: [], ask: [], quotes_by: [] };
  for (const r of reports) {
    const right = r.rightAnswer?.trim();
    if (!right) continue;
    const doc = r.docIds[0];
    const label = `correction #${r.id} (${r.verdict}, ${r.platform})`;
    const asked = withoutCommand(r.question);
    switch (r.command) {
      case "who-said":
        gold.who_said.push({ q: asked.replace(/^who (?:said|says|wrote)\s+(?:that\s+)?/i, ""), accept: [words(right)], ...(doc && { doc }), case: label });
        break;
      case "timeline":
        if (PARTIAL_DATE.test(right)) gold.timeline.push({ date: right, words: words(asked).filter((w) => !SMALL.has(w)).slice(0, 3), ...(doc && { doc }), case: label });
        break;
      case "quotes":
        gold.quotes_by.push({ who: asked.replace(/\s+\w+:\S+/g, ""), must: [right], case: label });
        break;
      default:
        gold.ask.push({ q: asked, words: [right.toLowerCase()], ...(doc && { doc }), case: label });
    }
  }
  return gold;
}

function withoutCommand(question: string): string {
  return question.trim().replace(/^\/[\w-]+\s*/, "").replace(/[?!.]+$/, "");
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'-]+/gu) ?? [];
}
