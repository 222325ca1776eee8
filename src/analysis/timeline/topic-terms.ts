// Topic words and event text meet as the same terms the passage search uses (stems, one spelling), so
// "/timeline arrest" finds "arrests" and "organisation" finds "organization". A word the search drops
// as too common stays searchable here when the topic has nothing else: "/timeline may" means Theresa May.
import { withoutTags } from "../../text/markup.js";
import { processTerm, tokenize } from "../../text/terms.js";

function termOf(word: string): string {
  return processTerm(word) ?? word.toLowerCase().replace(/’/g, "'");
}

/** Every term of a text, common words included, for the index. */
export function indexTerms(text: string): string[] {
  return [...new Set(tokenize(text).map(termOf))];
}

/** The terms a topic asks for; markup (Slack links, HTML) is not part of the topic. */
export function queryTerms(topic: string): string[] {
  const plain = withoutTags(topic.normalize("NFKC"));
  const words = tokenize(plain);
  const content = words.map((w) => processTerm(w)).filter((t): t is string => t !== null);
  return [...new Set(content.length > 0 ? content : words.map(termOf))];
}
