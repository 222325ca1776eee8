// Which sentence of a passage answers the question best: the one holding the most question weight.
import { splitSentences } from "../text/sentences.js";
import { contentTerms } from "../text/terms.js";

export function bestSentence(text: string, questionTerms: readonly string[], weight: (term: string) => number): string {
  const wanted = new Set(questionTerms);
  let best = { score: -1, text };
  for (const s of splitSentences(text)) {
    const score = contentTerms(s.text)
      .filter((t) => wanted.has(t))
      .reduce((sum, t) => sum + weight(t), 0);
    if (score > best.score) best = { score, text: s.text };
  }
  return best.text;
}
