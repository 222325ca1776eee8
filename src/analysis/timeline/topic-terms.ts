// Topic words and event text meet as the same terms the passage search uses (stems, one spelling), so
// "/timeline arrest" finds "arrests" and "organisation" finds "organization". A word the search drops
// as too common stays searchable here when the topic has nothing else: "/timeline may" means Theresa May.
import { processTerm, tokenize } from "../../text/terms.js";

// Stemming is the costly part of building the index, and news repeats its words: each is stemmed once.
const STEMS = new Map<string, string | null>();
const MAX_STEMS = 200_000;

/** `processTerm`, remembered per word. */
export function contentTermOf(word: string): string | null {
  let term = STEMS.get(word);
  if (term === undefined) {
    term = processTerm(word);
    if (STEMS.size < MAX_STEMS) STEMS.set(word, term);
  }
  return term;
}

function termOf(word: string): string {
  return contentTermOf(word) ?? word.toLowerCase().replace(/’/g, "'");
}

/** The distinct content terms of a text (as `contentTerms` in the search gives them). */
export function contentTermsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const word of tokenize(text)) {
    const term = contentTermOf(word);
    if (term) seen.add(term);
  }
  return [...seen];
}

/** Every term of a text, common words included, for the index. */
export function indexTerms(text: string): string[] {
  return [...new Set(tokenize(text).map(termOf))];
}

/** The terms a topic asks for; markup (Slack links, HTML, Markdown) is not part of the topic. */
export function queryTerms(topic: string): string[] {
  const plain = topic.normalize("NFKC").replace(/<[^>]*>/g, " ");
  const words = tokenize(plain);
  const content = words.map((w) => processTerm(w)).filter((t): t is string => t !== null);
  return [...new Set(content.length > 0 ? content : words.map(termOf))];
}
