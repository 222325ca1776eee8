// Full-text search over passages: MiniSearch with our terms, then a coverage rule so that a passage
// sharing one common word with the question is not offered as an answer. Titles are indexed once per
// article, in an index of their own: repeated on each of an article's twenty-odd passages they made a
// quarter of the passage index, for the same scores.
import MiniSearch, { type SearchOptions as MiniSearchOptions } from "minisearch";
import type { CorpusDocument, Passage } from "../corpus/document.js";
import { withoutTags } from "../text/markup.js";
import { bestSentence } from "./highlight.js";
import { contentTerms, processTerm, tokenize } from "../text/terms.js";
import { eachWithPauses, runToEnd, type Steps } from "../text/steps.js";

export interface PassageHit {
  passage: Passage;
  doc: CorpusDocument;
  score: number;
  /** The sentence of the passage that best matches the question. */
  highlight: string;
}

export interface SearchOptions {
  limit?: number;
}

interface IndexedPassage {
  id: string;
  text: string;
}

interface IndexedTitle {
  id: string;
  title: string;
}

interface Match {
  passage: Passage;
  score: number;
  queryTerms: string[];
}

/** A word of the question in an article's title counts this much more than in a passage's text. */
const TITLE_BOOST = 1.5;

/**
 * Share of the question's weight (rarer terms weigh more) that the best passage must match for the corpus
 * to hold an answer at all, and that any further passage must match to be shown beside it (an answer often
 * says "that process" where the question named it).
 */
const MIN_COVERAGE = { best: 0.45, others: 0.25 };

/** A term in more passages than this share of the corpus (and than COMMON_AT_LEAST) is too common to search. */
const COMMON_SHARE = 0.03;
const COMMON_AT_LEAST = 200;

/** A built index as plain data, for the on-disk cache: `PassageIndex.fromJSON` rebuilds it without reading text. */
export interface PassageIndexData {
  version: typeof DATA_VERSION;
  mini: ReturnType<MiniSearch["toJSON"]>;
  titles: ReturnType<MiniSearch["toJSON"]>;
  documentFrequency: [string, number][];
}

// Raise when what the index holds changes meaning (terms, fields): old caches are then rebuilt.
const DATA_VERSION = 2;

const miniOptions = { fields: ["text"], tokenize, processTerm };
const titleOptions = { fields: ["title"], tokenize, processTerm };

export class PassageIndex {
  private constructor(
    private readonly byId: ReadonlyMap<string, Passage>,
    /** Each article's first passage: what answers a question only its title matches. */
    private readonly lede: ReadonlyMap<string, Passage>,
    private readonly docs: ReadonlyMap<string, CorpusDocument>,
    private readonly mini: MiniSearch<IndexedPassage>,
    private readonly titles: MiniSearch<IndexedTitle>,
    /** How many passages hold each term: rarity, for coverage and highlighting. */
    private readonly documentFrequency: Map<string, number>,
  ) {}

  /** Passages by id, and each article's first, gathered with pause points: a map of 200,000 is no one step. */
  private static *lookupSteps(passages: readonly Passage[]): Steps<{ byId: Map<string, Passage>; lede: Map<string, Passage> }> {
    const byId = new Map<string, Passage>();
    const lede = new Map<string, Passage>();
    yield* eachWithPauses(passages, (p) => {
      byId.set(p.id, p);
      if (!lede.has(p.docId)) lede.set(p.docId, p);
    }, 4096);
    return { byId, lede };
  }

  static build(passages: readonly Passage[], docs: ReadonlyMap<string, CorpusDocument>): PassageIndex {
    return runToEnd(PassageIndex.buildSteps(passages, docs));
  }

  /** `build`, with pause points (see src/text/steps.ts) between batches of passages. */
  static *buildSteps(passages: readonly Passage[], docs: ReadonlyMap<string, CorpusDocument>): Steps<PassageIndex> {
    // Rarity is counted while MiniSearch reads each passage, rather than in a second pass over the text.
    const documentFrequency = new Map<string, number>();
    let termsOfPassage = new Set<string>();
    const mini = new MiniSearch<IndexedPassage>({
      ...miniOptions,
      processTerm: (word, field) => {
        const term = processTerm(word);
        if (term && field === "text") termsOfPassage.add(term);
        return term;
      },
    });
    yield* eachWithPauses(
      passages,
      (p) => {
        termsOfPassage = new Set();
        mini.add({ id: p.id, text: p.text });
        for (const term of termsOfPassage) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      },
      16,
    );
    const titles = new MiniSearch<IndexedTitle>(titleOptions);
    const articles = new Set(passages.map((p) => p.docId));
    yield* eachWithPauses(articles, (id) => titles.add({ id, title: docs.get(id)?.meta.title ?? "" }), 64);
    const { byId, lede } = yield* PassageIndex.lookupSteps(passages);
    return new PassageIndex(byId, lede, docs, mini, titles, documentFrequency);
  }

  toJSON(): PassageIndexData {
    return { version: DATA_VERSION, mini: this.mini.toJSON(), titles: this.titles.toJSON(), documentFrequency: [...this.documentFrequency] };
  }

  static fromJSON(data: PassageIndexData, passages: readonly Passage[], docs: ReadonlyMap<string, CorpusDocument>): PassageIndex {
    if (data?.version !== DATA_VERSION) throw new Error(`passage index data is version ${String(data?.version)}, expected ${DATA_VERSION}`);
    const mini = MiniSearch.loadJS<IndexedPassage>(data.mini, miniOptions);
    const titles = MiniSearch.loadJS<IndexedTitle>(data.titles, titleOptions);
    const { byId, lede } = runToEnd(PassageIndex.lookupSteps(passages));
    return new PassageIndex(byId, lede, docs, mini, titles, new Map(data.documentFrequency));
  }

  get size(): number {
    return this.byId.size;
  }

  /** Whether any passage holds this word (as the index reads words: "talks" → "talk"). */
  knows(word: string): boolean {
    const term = processTerm(word);
    return term !== null && this.documentFrequency.has(term);
  }

  /** Inverse document frequency; a term the corpus lacks weighs the most. */
  weight(term: string): number {
    const n = this.byId.size;
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (n + 1) / (df + 0.5));
  }

  search(rawQuestion: string, { limit = 3 }: SearchOptions = {}): PassageHit[] {
    // Tags and chat markup ("<b>", "<@U123>", "<https://…|link>") are not words of the question.
    const asked = withoutTags(rawQuestion);
    const terms = this.telling(contentTerms(asked));
    if (terms.length === 0) return [];
    const kept = new Set(terms);
    const question = tokenize(asked)
      .filter((w) => kept.has(processTerm(w) ?? ""))
      .join(" ");
    const total = terms.reduce((sum, t) => sum + this.weight(t), 0);
    // A word the corpus knows is searched as typed. Only a word it lacks (a typo, a half-typed word) fans
    // out into fuzzy and prefix expansions: expanding common words would score most of the corpus for nothing.
    const unknown = (term: string) => term.length >= 4 && !this.documentFrequency.has(term);
    const options = { fuzzy: (term: string) => (unknown(term) ? 0.2 : false), prefix: unknown, combineWith: "OR" } as const;
    const hits: PassageHit[] = [];
    let answerable = false;
    for (const r of this.matches(question, options)) {
      const coverage = this.coverage(r.queryTerms, total);
      if (coverage < MIN_COVERAGE.others) continue;
      answerable ||= coverage >= MIN_COVERAGE.best;
      const doc = this.docs.get(r.passage.docId);
      if (!doc) continue;
      hits.push({ passage: r.passage, doc, score: r.score, highlight: bestSentence(r.passage.text, terms, (t) => this.weight(t)) });
      if (hits.length >= limit && answerable) break;
    }
    return answerable ? hits.slice(0, limit) : [];
  }

  /**
   * Passages matching the question, best first: text scores, plus the title's score for a passage of an
   * article whose title matches. An article matched by its title alone answers with its first passage.
   */
  private *matches(question: string, options: MiniSearchOptions): Generator<Match> {
    const byTitle = new Map(this.titles.search(question, options).map((t) => [String(t.id), t]));
    // Only passages of a titled article move: they are sorted apart and merged into MiniSearch's order,
    // so a question whose words are everywhere does not sort every passage again.
    const plain: Match[] = [];
    const raised: Match[] = [];
    const articles = new Set<string>();
    for (const r of this.mini.search(question, options)) {
      const passage = this.byId.get(String(r.id));
      if (!passage) continue;
      const title = byTitle.get(passage.docId);
      articles.add(passage.docId);
      if (title) raised.push({ passage, score: r.score + TITLE_BOOST * title.score, queryTerms: [...new Set([...r.queryTerms, ...title.queryTerms])] });
      else plain.push({ passage, score: r.score, queryTerms: r.queryTerms });
    }
    for (const [docId, title] of byTitle) {
      const lede = this.lede.get(docId);
      if (lede && !articles.has(docId)) raised.push({ passage: lede, score: TITLE_BOOST * title.score, queryTerms: title.queryTerms });
    }
    raised.sort((a, b) => b.score - a.score);
    let i = 0;
    let j = 0;
    while (i < plain.length || j < raised.length) {
      if (j >= raised.length || (i < plain.length && plain[i]!.score >= raised[j]!.score)) yield plain[i++]!;
      else yield raised[j++]!;
    }
  }

  /**
   * The terms worth searching. In a large corpus, words found in a great many passages ("coverage",
   * "matter" in "what does the coverage say about … and why does it matter") say little about which
   * passage answers, yet each would have most of the corpus scored; they are left out when rarer words
   * carry the question. A small corpus keeps every word: there, "WhatsApp" in a fifth of it still tells.
   */
  private telling(terms: string[]): string[] {
    const common = Math.max(COMMON_AT_LEAST, this.byId.size * COMMON_SHARE);
    const rare = terms.filter((t) => (this.documentFrequency.get(t) ?? 0) <= common);
    if (rare.length > 0) return rare;
    // Only common words: keep the two rarest.
    return [...terms].sort((a, b) => (this.documentFrequency.get(a) ?? 0) - (this.documentFrequency.get(b) ?? 0)).slice(0, 2);
  }

  private coverage(queryTerms: readonly string[], total: number): number {
    const matched = new Set(queryTerms);
    let sum = 0;
    for (const t of matched) sum += this.weight(t);
    return total === 0 ? 0 : sum / total;
  }
}
