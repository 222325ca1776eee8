// Every quotation of the corpus, extracted once per snapshot, with a word index for /who-said and the
// speaker registry for /quotes and /speakers. A look-up asks the word index (quote-words.ts) for
// candidates and aligns the fragment only against those, so its cost hardly grows with the corpus.
import type { CorpusDocument } from "../../corpus/document.js";
import { sourceOf, type Source } from "../../corpus/citation.js";
import { resolveRolesAcrossCorpusSteps } from "./corpus-roles.js";
import { extractDocument, type DocExtraction } from "./extract.js";
import { fitTokens, tokensOf, type Token } from "./fragment-match.js";
import { SpeakerDirectory } from "./find-speaker.js";
import { UNSURE_BELOW, type DocSpeaker, type Quotation } from "./quotation.js";
import { nestedSpans } from "./quote-marks.js";
import { QuoteWords, type QuoteWordsData } from "./quote-words.js";
import { gatherSpeakersSteps, type SpeakerRecord } from "./speakers.js";
import { BoundedCache } from "../../text/bounded-cache.js";
import { contentTerms } from "../../text/terms.js";
import { fold } from "../../text/fold.js";
import { eachWithPauses, runToEnd, type Steps } from "../../text/steps.js";
import { roleNames } from "./role-hygiene.js";

/** Below this share of the fragment found in a quotation, the corpus does not hold it. */
const MIN_FIT = 0.66;
/** Another speaker this close to the best one is offered as an alternative. */
const CLOSE_FIT = 0.05;
/** How many candidates the word index hands to the alignment first. */
const CANDIDATES = 40;
/** When the first candidates fit less well than this, this many more are aligned. */
const SURE_FIT = 0.9;
const MORE_CANDIDATES = 80;

/** A speaker as answers name them. */
export interface Speaker {
  name: string;
  role?: string;
  organization?: string;
}

export interface QuoteMatch {
  speaker: Speaker;
  quote: string;
  /** Where the asked fragment sits in `quote` (character offsets), when it was found there. */
  marked?: { start: number; end: number };
  score: number;
  /** 0–1: how sure the article's wording makes the attribution (a cue beside a name, or a pronoun, or only the sentence's subject). */
  confidence: number;
  sources: Source[];
  /** Other people the quotation might belong to, when the attribution is close. */
  alternatives?: Speaker[];
}

export interface SpeakerQuote {
  quote: string;
  sources: Source[];
}

export interface SpeakerSummary {
  name: string;
  role?: string;
  quotes: number;
}

export type WhoSaidResult =
  | { status: "ok"; matches: QuoteMatch[] }
  /** No quotation holds the fragment. */
  | { status: "no-match"; reason: "no-quotation" }
  /** The words are quoted in `source`, which does not make clear who said them. */
  | { status: "no-match"; reason: "speaker-unknown"; source: Source }
  /** The words are quoted in `source`, which only hints at who said them: `candidates` may have. */
  | { status: "no-match"; reason: "speaker-unsure"; source: Source; candidates: Speaker[] };

export type QuotesByResult =
  | { status: "ok"; speaker: Speaker; quotes: SpeakerQuote[]; candidates?: Speaker[] }
  /** Nobody quoted goes by that name; `candidates` are weaker matches, when there are any. */
  | { status: "no-match"; reason: "nobody"; candidates?: Speaker[] }
  /** Several people go by that name equally well. */
  | { status: "no-match"; reason: "ambiguous"; candidates: Speaker[] };

interface Candidate {
  quote: Quotation;
  fit: number;
  start: number;
  end: number;
}

/** A QuoteIndex as plain data, for a cache on disk: `QuoteIndex.fromJSON` rebuilds it without extracting. */
export interface QuoteIndexData {
  version: typeof DATA_VERSION;
  /** Quotations with their speaker as a position in `docSpeakers`: an article's speaker is written once, not per quote. */
  quotations: (Omit<Quotation, "speaker"> & { speaker?: number })[];
  docSpeakers: DocSpeaker[];
  speakers: { key: string; kind: SpeakerRecord["kind"]; name: string; role?: string; organization?: string; gender?: "m" | "f"; aliases: string[]; quotes: number[] }[];
  words: QuoteWordsData;
}

// Raise when the shape of QuoteIndexData or the meaning of its fields changes: old caches are then rebuilt.
const DATA_VERSION = 3;

// Quotations' words, read for alignment, kept for the next look-up; bounded for a corpus of any size.
const TOKEN_CACHE_LIMIT = 20_000;

export class QuoteIndex {
  readonly quotations: readonly Quotation[];
  readonly speakers: ReadonlyMap<string, SpeakerRecord>;
  private readonly docs: ReadonlyMap<string, CorpusDocument>;
  private readonly words: QuoteWords;
  private readonly directory: SpeakerDirectory;
  private summaries: SpeakerSummary[] | undefined;
  private readonly tokens = new BoundedCache<Token[], number>(TOKEN_CACHE_LIMIT);

  private constructor(
    documents: readonly CorpusDocument[],
    quotations: readonly Quotation[],
    speakers: ReadonlyMap<string, SpeakerRecord>,
    directory: SpeakerDirectory,
    words: QuoteWords,
  ) {
    this.docs = new Map(documents.map((d) => [d.id, d]));
    this.quotations = quotations;
    this.speakers = speakers;
    this.words = words;
    this.directory = directory;
  }

  static build(documents: readonly CorpusDocument[]): QuoteIndex {
    return runToEnd(QuoteIndex.buildSteps(documents));
  }

  /** `build`, with pause points (see src/text/steps.ts) between articles and between batches of quotations. */
  static *buildSteps(documents: readonly CorpusDocument[]): Steps<QuoteIndex> {
    const extracted: DocExtraction[] = [];
    yield* eachWithPauses(documents, (doc) => extracted.push(extractDocument(doc)));
    return yield* QuoteIndex.buildFromExtractionsSteps(documents, extracted);
  }

  /**
   * Everything `buildSteps` does after extraction, for extractions made elsewhere (a worker thread posts
   * back plain `extractDocument` results): `extracted[i]` is `extractDocument(documents[i])`. The
   * extractions are taken over, not copied: settling roles across the corpus updates their quotations.
   */
  static *buildFromExtractionsSteps(documents: readonly CorpusDocument[], extracted: readonly DocExtraction[]): Steps<QuoteIndex> {
    if (extracted.length !== documents.length) throw new Error(`quotation index: ${extracted.length} extractions for ${documents.length} documents`);
    // A role one article leaves open ("the Home Secretary said") may be settled by the others.
    yield* resolveRolesAcrossCorpusSteps(extracted);
    const quotations: Quotation[] = [];
    const people: DocSpeaker[] = [];
    yield* eachWithPauses(extracted, (e) => {
      for (const q of e.quotations) quotations.push(q);
      for (const p of e.people) people.push(p);
    }, 64);
    const speakers = yield* gatherSpeakersSteps(quotations, people);
    const words = yield* QuoteWords.buildSteps(quotations.map((q) => q.text));
    const directory = new SpeakerDirectory();
    yield* eachWithPauses(speakers.values(), (r) => directory.add(r), 64);
    return new QuoteIndex(documents, quotations, speakers, directory, words);
  }

  /** Plain data (JSON-safe) holding everything a look-up needs. */
  toJSON(): QuoteIndexData {
    const position = new Map(this.quotations.map((q, i) => [q, i]));
    const docSpeakers = new Map<DocSpeaker, number>();
    const speakerAt = (speaker: DocSpeaker) => {
      let at = docSpeakers.get(speaker);
      if (at === undefined) docSpeakers.set(speaker, (at = docSpeakers.size));
      return at;
    };
    return {
      version: DATA_VERSION,
      quotations: this.quotations.map(({ speaker, ...q }) => (speaker ? { ...q, speaker: speakerAt(speaker) } : q)),
      docSpeakers: [...docSpeakers.keys()],
      speakers: [...this.speakers.values()].map((r) => ({
        key: r.key,
        kind: r.kind,
        name: r.name,
        ...(r.role && { role: r.role }),
        ...(r.organization && { organization: r.organization }),
        ...(r.gender && { gender: r.gender }),
        aliases: [...r.aliases],
        quotes: r.quotes.map((q) => position.get(q)!),
      })),
      words: this.words.toJSON(),
    };
  }

  /** The index `toJSON` described, over the same documents, without extracting again. */
  static fromJSON(data: QuoteIndexData, documents: readonly CorpusDocument[]): QuoteIndex {
    if (data.version !== DATA_VERSION) throw new Error(`quotation index data is version ${String(data.version)}, expected ${DATA_VERSION}: rebuild it`);
    const quotations: Quotation[] = data.quotations.map(({ speaker, ...q }) => {
      if (speaker === undefined) return q;
      const docSpeaker = data.docSpeakers[speaker];
      if (!docSpeaker) throw new Error(`quotation ${q.id} names speaker ${speaker}, of ${data.docSpeakers.length}`);
      return { ...q, speaker: docSpeaker };
    });
    const speakers = new Map<string, SpeakerRecord>();
    for (const s of data.speakers) {
      speakers.set(s.key, {
        key: s.key,
        kind: s.kind,
        name: s.name,
        ...(s.role && { role: s.role }),
        ...(s.organization && { organization: s.organization }),
        ...(s.gender && { gender: s.gender }),
        aliases: new Set(s.aliases),
        quotes: s.quotes.map((i) => quotations[i]!),
      });
    }
    return new QuoteIndex(documents, quotations, speakers, new SpeakerDirectory(speakers.values()), QuoteWords.fromJSON(data.words));
  }

  get attributed(): number {
    return this.quotations.filter((q) => q.speaker).length;
  }

  private source(docId: string): Source {
    const doc = this.docs.get(docId);
    return doc ? sourceOf(doc) : { docId, title: docId };
  }

  private speakerOf(q: Quotation): Speaker {
    const record = q.speaker ? this.speakers.get(q.speaker.key) : undefined;
    const name = record ? spelledAsIn(record.name, q.speaker?.name ?? "") : q.speaker?.name ?? "unknown";
    const role = q.roleHere ?? record?.role;
    // "general counsel for the Aldwin Trust" already names the organisation: it is not said twice.
    const organization = record?.organization !== undefined && !roleNames(role, record.organization) ? record.organization : undefined;
    return { name, ...(role && role !== name && { role }), ...(organization && { organization }) };
  }

  private tokensOfQuote(id: number): Token[] {
    return this.tokens.get(id, () => tokensOf(this.quotations[id]?.text ?? ""));
  }

  private fits(fragment: Token[], ids: Iterable<number>, out: Map<number, Candidate>): void {
    for (const id of ids) {
      if (out.has(id)) continue;
      const quote = this.quotations[id];
      if (!quote) continue;
      const fit = fitTokens(fragment, this.tokensOfQuote(id));
      if (fit && fit.score >= MIN_FIT) out.set(id, { quote, fit: fit.score, start: fit.start, end: fit.end });
    }
  }

  private candidates(text: string): Candidate[] {
    const fragment = tokensOf(text);
    const found = new Map<number, Candidate>();
    const ids = this.words.candidates(text, CANDIDATES + MORE_CANDIDATES);
    this.fits(fragment, ids.slice(0, CANDIDATES), found);
    // Words left out, reordered or misspelt can rank the quotation lower: look further down.
    if (Math.max(0, ...[...found.values()].map((c) => c.fit)) < SURE_FIT) this.fits(fragment, ids.slice(CANDIDATES), found);
    return [...found.values()].sort((a, b) => b.fit - a.fit || b.quote.confidence - a.quote.confidence);
  }

  /** The quotation a fragment comes from, its speaker, and every article that carries it. */
  whoSaid(fragment: string, limit = 3): WhoSaidResult {
    const found = this.candidates(fragment);
    // Words a speaker quotes from someone else are not theirs: only the article that says whose they are counts.
    const attributed = found.filter((c) => c.quote.speaker && !quotesAnother(c));
    const top = found[0];
    if (!top) return { status: "no-match", reason: "no-quotation" };
    const bestAttributed = attributed[0];
    // The words are found, but only where the article does not say who spoke them.
    if (!bestAttributed || bestAttributed.fit < top.fit - CLOSE_FIT) {
      return { status: "no-match", reason: "speaker-unknown", source: this.source(top.quote.docId) };
    }
    // Only a hint of who spoke: say so, and name who it may be, rather than give one flat name.
    if (bestAttributed.quote.confidence < UNSURE_BELOW) {
      const close = attributed.filter((c) => c.fit >= bestAttributed.fit - CLOSE_FIT);
      const candidates = [...new Map(close.map((c) => [c.quote.speaker!.key, this.speakerOf(c.quote)])).values()].slice(0, limit);
      return { status: "no-match", reason: "speaker-unsure", source: this.source(bestAttributed.quote.docId), candidates };
    }
    // One answer per speaker: the same words in two articles are one quotation with two sources.
    const bySpeaker = new Map<string, Candidate[]>();
    for (const c of attributed) {
      const key = c.quote.speaker!.key;
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), c]);
    }
    const groups = [...mergeSurnames(bySpeaker).values()].sort((a, b) => rank(b) - rank(a));
    const matches: QuoteMatch[] = [];
    for (const group of groups.slice(0, limit)) {
      const best = group[0]!;
      if (matches.length > 0 && best.fit < bestAttributed.fit - 0.25) break;
      const sameWords = group.filter((c) => c.fit >= best.fit - CLOSE_FIT);
      const unattributedCopies = found.filter((c) => !c.quote.speaker && c.fit >= best.fit - CLOSE_FIT && matches.length === 0);
      const docIds = [...new Set([...sameWords, ...unattributedCopies].map((c) => c.quote.docId))];
      const alternatives = matches.length === 0
        ? groups.slice(1).filter((g) => g[0]!.fit >= best.fit - CLOSE_FIT).map((g) => this.speakerOf(g[0]!.quote))
        : [];
      matches.push({
        speaker: this.speakerOf(best.quote),
        quote: best.quote.text,
        marked: { start: best.start, end: best.end },
        score: Math.round(best.fit * best.quote.confidence * 100) / 100,
        confidence: best.quote.confidence,
        sources: docIds.map((id) => this.source(id)),
        ...(alternatives.length > 0 && { alternatives }),
      });
    }
    return { status: "ok", matches };
  }

  /** Every quotation by one person, article by article in date order. */
  quotesBy(person: string, about?: string): QuotesByResult {
    const { best, others } = this.directory.find(person);
    const asSpeaker = (r: SpeakerRecord): Speaker => ({ name: r.name, ...(r.role && { role: r.role }), ...(r.organization && !roleNames(r.role, r.organization) && { organization: r.organization }) });
    if (best.length === 0) {
      return { status: "no-match", reason: "nobody", ...(others.length > 0 && { candidates: others.map(asSpeaker) }) };
    }
    if (best.length > 1) return { status: "no-match", reason: "ambiguous", candidates: best.map(asSpeaker) };
    const record = best[0]!;
    const date = (q: Quotation) => this.docs.get(q.docId)?.meta.published ?? "9999";
    const ordered = [...record.quotes].sort((a, b) => date(a).localeCompare(date(b)) || a.docId.localeCompare(b.docId) || (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0));
    const seen = new Set<string>();
    const quotes: SpeakerQuote[] = [];
    const topic = about ? contentTerms(about) : [];
    for (const q of ordered) {
      const key = `${q.docId}\u0000${fold(q.text)}`;
      if (seen.has(key)) continue;
      if (topic.length > 0 && !this.isAbout(q, topic)) continue;
      seen.add(key);
      quotes.push({ quote: q.text, sources: [this.source(q.docId)] });
    }
    return { status: "ok", speaker: asSpeaker(record), quotes, ...(others.length > 0 && { candidates: others.map(asSpeaker) }) };
  }

  /**
   * Whether a quotation is about a topic: its words, the paragraph it stands in and the one before, or its
   * article's headline hold every term of it ("what did Rudd say about WhatsApp": a quotation in a story
   * on WhatsApp, though the quote itself does not name it).
   */
  private isAbout(q: Quotation, topic: readonly string[]): boolean {
    const doc = this.docs.get(q.docId);
    if (!doc) return false;
    const around = new Set(q.pieces.flatMap((p) => [p.paragraph - 1, p.paragraph]));
    const paragraphs = [...around].map((i) => doc.paragraphs[i]).filter((p) => p !== undefined);
    const text = [doc.meta.title, q.text, ...paragraphs.map((p) => doc.text.slice(p.start, p.end))].join(" ");
    const terms = new Set(contentTerms(text));
    return topic.every((t) => terms.has(t));
  }

  /** Who is quoted, most quoted first. Sorted once per index. */
  speakerSummaries(): SpeakerSummary[] {
    this.summaries ??= [...this.speakers.values()]
      .map((r) => ({ name: r.name, ...(r.role && { role: r.role }), quotes: r.quotes.length }))
      .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
    return this.summaries;
  }
}

/**
 * The same words given to "Calderon" in one article and "Felipe Calderón" in another are one person's:
 * a speaker known by surname only joins the one speaker of that surname named in full among the matches.
 * (Across the corpus the surname alone may be several people; among copies of the same words it is not.)
 */
function mergeSurnames(bySpeaker: Map<string, Candidate[]>): Map<string, Candidate[]> {
  const surname = (key: string) => (/^(?:p\??|n):/.test(key) ? key.slice(key.indexOf(":") + 1).split(" ").pop() : undefined);
  // "p?:ruiz" a person the article names by surname only; "n:ruiz" a lone name it cannot tell is a person.
  const surnameOnly = (key: string) => key.startsWith("p?:") || (key.startsWith("n:") && !key.includes(" "));
  for (const key of [...bySpeaker.keys()]) {
    if (!surnameOnly(key)) continue;
    const full = [...bySpeaker.keys()].filter((k) => k.startsWith("p:") && surname(k) === surname(key));
    if (full.length !== 1) continue;
    const into = bySpeaker.get(full[0]!)!;
    into.push(...bySpeaker.get(key)!);
    into.sort((a, b) => b.fit - a.fit || b.quote.confidence - a.quote.confidence);
    bySpeaker.delete(key);
  }
  return bySpeaker;
}

function rank(group: Candidate[]): number {
  const best = group[0]!;
  // Fit first; then how sure the attribution is; then how many articles agree.
  return best.fit * 10 + best.quote.confidence + Math.min(group.length, 5) * 0.01;
}

/** Whether the words found lie inside a quotation the speaker quotes from someone else (‘…’ within “…”). */
function quotesAnother(c: Candidate): boolean {
  return nestedSpans(c.quote.text).some((s) => c.start >= s.contentStart - 1 && c.end <= s.contentEnd + 1);
}

/**
 * The corpus's name for a speaker, spelled as the cited article spells it: "Felipe Calderón" is
 * "Felipe Calderon" where the article writes "Calderon", so the citation says what the article says.
 */
function spelledAsIn(name: string, written: string): string {
  if (name === written || !written) return name;
  const words = new Map(written.split(" ").map((w) => [fold(w), w]));
  return name.split(" ").map((w) => words.get(fold(w)) ?? w).join(" ");
}
