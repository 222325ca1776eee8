// Writes a whole synthetic corpus (articles, corpus.json) and its ground truth, and keeps it cached under
// bench/corpora/<size>/ so a benchmark run does not spend minutes writing the same 50 MB again.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestEntry } from "../../src/corpus/manifest.js";
import { generateArticle, type ParagraphCandidate, type QuoteTruth, type TimelineTruth } from "./article.js";
import { buildCast } from "./people.js";
import { createRng } from "./prng.js";
import { buildVocabulary } from "./vocabulary.js";

/** Bump when the generator's output changes: cached corpora of another version are written again. */
export const GENERATOR_VERSION = 4;
export const DEFAULT_SEED = 1010;
const PEOPLE = 3000;
/** Roughly how many items of each kind of truth to keep: enough for a few hundred queries per size. */
const KEEP = { answers: 120, quotes: 160, timeline: 80, speakers: 60 };

export interface AnswerTruth {
  docId: string;
  /** The paragraph's rarest words, rarest first: what a question about it must find. */
  keyWords: string[];
  /** In how many articles each key word appears. */
  documentFrequency: number[];
}

export interface SpeakerTruth {
  name: string;
  surname: string;
  /** Every article that quotes this person by name. */
  docIds: string[];
}

export interface CorpusTruth {
  generatorVersion: number;
  seed: number;
  articles: number;
  bytes: number;
  /** Distinct lower-case words over the whole corpus. */
  distinctWords: number;
  datedBy: Record<string, number>;
  answers: AnswerTruth[];
  quotes: QuoteTruth[];
  timeline: (TimelineTruth & { documentFrequency: number })[];
  speakers: SpeakerTruth[];
}

export interface GeneratedCorpus {
  /** The folder to point the bot at. */
  folder: string;
  truth: CorpusTruth;
  regenerated: boolean;
}

export interface GenerateOptions {
  seed?: number;
  /** Distinct content words to draw from; the default suits 10,000 articles, a tiny test corpus needs fewer. */
  vocabularySize?: number;
}

export function generateCorpus(folder: string, articles: number, { seed = DEFAULT_SEED, vocabularySize }: GenerateOptions = {}): CorpusTruth {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const vocab = buildVocabulary(seed, vocabularySize);
  const cast = buildCast(seed + 1, PEOPLE, new Set(vocab.words));
  const root = createRng(seed);
  const sampler = root.fork("sample");
  // Keep truth from a sample of articles only: at 10,000 articles, all of it would be most of the memory.
  const keepChance = Math.min(1, 400 / articles);
  // "Rare" starts past the first 7% of the vocabulary's ranks: 21,000 of the default 300,000.
  const minRareRank = Math.floor(vocab.words.length * 0.07);

  const documentFrequency = new Map<string, number>();
  const candidates: ParagraphCandidate[] = [];
  const quotes: QuoteTruth[] = [];
  const timeline: TimelineTruth[] = [];
  const quotedIn = new Map<string, { surname: string; docIds: Set<string> }>();
  const manifest: Record<string, ManifestEntry> = {};
  const datedBy: Record<string, number> = {};
  let bytes = 0;

  for (let i = 0; i < articles; i++) {
    // Each article has its own stream, so article i reads the same whatever the corpus size.
    const docId = `art-${String(i + 1).padStart(5, "0")}`;
    const a = generateArticle(docId, root.fork(i), vocab, cast, minRareRank);
    writeFileSync(join(folder, `${docId}.txt`), a.raw);
    bytes += Buffer.byteLength(a.raw);
    if (a.manifest) manifest[docId] = a.manifest;
    datedBy[a.dateSource] = (datedBy[a.dateSource] ?? 0) + 1;
    for (const w of new Set(a.raw.toLowerCase().match(/[a-z]+/g) ?? [])) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
    for (const q of a.quotes) {
      if (!q.speaker || !q.surname) continue;
      const entry = quotedIn.get(q.speaker) ?? { surname: q.surname, docIds: new Set<string>() };
      entry.docIds.add(docId);
      quotedIn.set(q.speaker, entry);
    }
    if (sampler.chance(keepChance)) {
      candidates.push(...a.paragraphs);
      quotes.push(...a.quotes);
      timeline.push(...a.timeline);
    }
  }
  writeFileSync(join(folder, "corpus.json"), `${JSON.stringify({ documents: manifest }, null, 1)}\n`);

  const df = (w: string) => documentFrequency.get(w) ?? 0;
  const answers = candidates
    .map((p): AnswerTruth => {
      const rare = p.words.filter((w) => vocab.isInvented(w) && w.length >= 4).sort((x, y) => df(x) - df(y) || y.length - x.length || x.localeCompare(y));
      const keyWords = rare.slice(0, 3);
      return { docId: p.docId, keyWords, documentFrequency: keyWords.map(df) };
    })
    // A paragraph is a fair question only if its words single it out: at least two rare ones.
    .filter((a) => a.keyWords.length === 3 && (a.documentFrequency[1] ?? Infinity) <= Math.max(3, articles / 1000));
  const speakers = [...quotedIn].map(([name, e]): SpeakerTruth => ({ name, surname: e.surname, docIds: [...e.docIds].sort() }));
  return {
    generatorVersion: GENERATOR_VERSION,
    seed,
    articles,
    bytes,
    distinctWords: documentFrequency.size,
    datedBy,
    answers: sample(sampler, answers, KEEP.answers),
    quotes: sample(sampler, quotes, KEEP.quotes),
    timeline: sample(
      sampler,
      timeline.map((t) => ({ ...t, documentFrequency: df(t.topic) })).filter((t) => t.documentFrequency <= 3),
      KEEP.timeline,
    ),
    speakers: sample(sampler, speakers, KEEP.speakers),
  };
}

/** A seeded sample of `n` items, in their original order. */
function sample<T>(rng: ReturnType<typeof createRng>, items: T[], n: number): T[] {
  if (items.length <= n) return items;
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(rng.int(0, items.length - 1));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
}

/** bench/corpora/<size>/: corpus/ (what the bot reads), truth.json and meta.json (written last). */
export function ensureCorpus(cacheRoot: string, articles: number, seed = DEFAULT_SEED): GeneratedCorpus {
  const dir = join(cacheRoot, String(articles));
  const folder = join(dir, "corpus");
  const metaFile = join(dir, "meta.json");
  const truthFile = join(dir, "truth.json");
  if (existsSync(metaFile) && existsSync(truthFile)) {
    const meta = JSON.parse(readFileSync(metaFile, "utf8")) as { generatorVersion?: number; articles?: number; seed?: number };
    if (meta.generatorVersion === GENERATOR_VERSION && meta.articles === articles && meta.seed === seed) {
      return { folder, truth: JSON.parse(readFileSync(truthFile, "utf8")) as CorpusTruth, regenerated: false };
    }
  }
  rmSync(metaFile, { force: true });
  const truth = generateCorpus(folder, articles, { seed });
  writeFileSync(truthFile, JSON.stringify(truth));
  writeFileSync(metaFile, `${JSON.stringify({ generatorVersion: GENERATOR_VERSION, articles, seed, bytes: truth.bytes, generatedAt: new Date().toISOString() }, null, 2)}\n`);
  return { folder, truth, regenerated: true };
}
