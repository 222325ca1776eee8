// Every quotation of the corpus, extracted once per snapshot, with a word index for /who-said and the
// speaker registry for /quotes and /speakers. A look-up asks MiniSearch for candidates and aligns the
// fragment only against those, so its cost does not grow with the whole corpus.
import MiniSearch from "minisearch";
import type { CorpusDocument } from "../../corpus/document.js";
import { sourceOf } from "../../corpus/citation.js";
import type { QuoteMatch, Source, Speaker, SpeakerQuote, SpeakerSummary } from "../../core/reply.js";
import { processTerm, tokenize } from "../../search/terms.js";
import { fold } from "./doc-people.js";
import { extractQuotations } from "./extract.js";
import { fitFragment } from "./fragment-match.js";
import { findSpeakers } from "./find-speaker.js";
import type { Quotation } from "./quotation.js";
import { gatherSpeakers, type SpeakerRecord } from "./speakers.js";

/** Below this share of the fragment found in a quotation, the corpus does not hold it. */
export const MIN_FIT = 0.66;
/** Another speaker this close to the best one is offered as an alternative. */
const CLOSE_FIT = 0.05;
/** How many candidates the word index hands to the alignment. */
const CANDIDATES = 40;

export type WhoSaidResult =
  | { status: "ok"; matches: QuoteMatch[] }
  | { status: "no-match"; message: string };

export type QuotesByResult =
  | { status: "ok"; speaker: Speaker; quotes: SpeakerQuote[]; candidates?: Speaker[] }
  | { status: "no-match"; message: string; candidates?: Speaker[] };

interface Candidate {
  quote: Quotation;
  fit: number;
  start: number;
  end: number;
}

export class QuoteIndex {
  readonly quotations: readonly Quotation[];
  readonly speakers: ReadonlyMap<string, SpeakerRecord>;
  private readonly docs: ReadonlyMap<string, CorpusDocument>;
  private readonly mini: MiniSearch<{ id: number; text: string }>;

  constructor(documents: readonly CorpusDocument[]) {
    this.docs = new Map(documents.map((d) => [d.id, d]));
    this.quotations = documents.flatMap((d) => extractQuotations(d));
    this.speakers = gatherSpeakers(this.quotations);
    this.mini = new MiniSearch({ fields: ["text"], tokenize, processTerm });
    this.mini.addAll(this.quotations.map((q, id) => ({ id, text: q.text })));
  }

  static build(documents: readonly CorpusDocument[]): QuoteIndex {
    return new QuoteIndex(documents);
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
    const name = record?.name ?? q.speaker?.name ?? "unknown";
    const role = q.roleHere ?? record?.role;
    const organization = record?.organization;
    return { name, ...(role && role !== name && { role }), ...(organization && { organization }) };
  }

  private candidates(fragment: string): Candidate[] {
    const hits = this.mini.search(fragment, {
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      prefix: (term) => term.length >= 5,
      combineWith: "OR",
    });
    const out: Candidate[] = [];
    for (const hit of hits.slice(0, CANDIDATES)) {
      const quote = this.quotations[hit.id as number];
      if (!quote) continue;
      const fit = fitFragment(fragment, quote.text);
      if (fit && fit.score >= MIN_FIT) out.push({ quote, fit: fit.score, start: fit.start, end: fit.end });
    }
    return out.sort((a, b) => b.fit - a.fit || b.quote.confidence - a.quote.confidence);
  }

  /** The quotation a fragment comes from, its speaker, and every article that carries it. */
  whoSaid(fragment: string, limit = 3): WhoSaidResult {
    const found = this.candidates(fragment);
    const attributed = found.filter((c) => c.quote.speaker);
    const top = found[0];
    if (!top) return { status: "no-match", message: `No quotation in the corpus matches “${fragment}”.` };
    const bestAttributed = attributed[0];
    // The words are found, but only where the article does not say who spoke them.
    if (!bestAttributed || bestAttributed.fit < top.fit - CLOSE_FIT) {
      const where = this.source(top.quote.docId).title;
      return { status: "no-match", message: `“${fragment}” appears in “${where}”, but the article does not make clear who said it.` };
    }
    // One answer per speaker: the same words in two articles are one quotation with two sources.
    const bySpeaker = new Map<string, Candidate[]>();
    for (const c of attributed) {
      const key = c.quote.speaker!.key;
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), c]);
    }
    const groups = [...bySpeaker.values()].sort((a, b) => rank(b) - rank(a));
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
        sources: docIds.map((id) => this.source(id)),
        ...(alternatives.length > 0 && { alternatives }),
      });
    }
    return { status: "ok", matches };
  }

  /** Every quotation by one person, article by article in date order. */
  quotesBy(person: string): QuotesByResult {
    const { best, others } = findSpeakers(person, [...this.speakers.values()]);
    const asSpeaker = (r: SpeakerRecord): Speaker => ({ name: r.name, ...(r.role && { role: r.role }), ...(r.organization && { organization: r.organization }) });
    if (best.length === 0) {
      return { status: "no-match", message: `Nobody called “${person}” is quoted in the corpus.`, ...(others.length > 0 && { candidates: others.map(asSpeaker) }) };
    }
    if (best.length > 1) {
      const names = best.map((r) => r.name).join(", ");
      return { status: "no-match", message: `“${person}” could be several people: ${names}. Ask with a fuller name.`, candidates: best.map(asSpeaker) };
    }
    const record = best[0]!;
    const date = (q: Quotation) => this.docs.get(q.docId)?.meta.published ?? "9999";
    const ordered = [...record.quotes].sort((a, b) => date(a).localeCompare(date(b)) || a.docId.localeCompare(b.docId) || (a.pieces[0]?.start ?? 0) - (b.pieces[0]?.start ?? 0));
    const seen = new Set<string>();
    const quotes: SpeakerQuote[] = [];
    for (const q of ordered) {
      const key = `${q.docId}\u0000${fold(q.text)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      quotes.push({ quote: q.text, sources: [this.source(q.docId)] });
    }
    return { status: "ok", speaker: asSpeaker(record), quotes, ...(others.length > 0 && { candidates: others.map(asSpeaker) }) };
  }

  /** Who is quoted, most quoted first. */
  speakerSummaries(): SpeakerSummary[] {
    return [...this.speakers.values()]
      .map((r) => ({ name: r.name, ...(r.role && { role: r.role }), quotes: r.quotes.length }))
      .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  }
}

function rank(group: Candidate[]): number {
  const best = group[0]!;
  // Fit first; then how sure the attribution is; then how many articles agree.
  return best.fit * 10 + best.quote.confidence + Math.min(group.length, 5) * 0.01;
}
