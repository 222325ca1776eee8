// A reload's build, without holding the thread that answers questions. Everything that grows with one
// article (cleaning, passages, quotations, dated events) is done on a worker thread, one article at a
// time (article-worker-client.ts); this thread posts the articles, takes the results back in small
// messages, and assembles the indexes once all are in, in paced steps (see src/text/steps.ts). No single
// article, however long or hostile, can then stop answers for longer than one of those steps.
import type { Logger } from "../logger.js";
import { cleanCorpusSteps, contentKeySteps, type RawCorpus } from "../corpus/load-corpus.js";
import type { Passage } from "../corpus/document.js";
import { PassageIndex } from "../search/passage-index.js";
import { QuoteIndex } from "../analysis/quotes/quote-index.js";
import { TimelineIndex } from "../analysis/timeline/timeline-index.js";
import { Pacer, runPaced } from "../text/steps.js";
import type { ArticleToBuild, BuiltArticle } from "./article-build.js";
import { ArticleWorkerFailed, withArticleWorker } from "./article-worker-client.js";
import { assembleSnapshot, snapshotSteps, type CorpusSnapshot } from "./snapshot.js";

export interface OffThreadOptions {
  now?: Date;
  /** Hears each article as it is built (for a progress bar). */
  onArticle?: (done: number, total: number) => void;
}

export async function buildSnapshotOffThread(raw: RawCorpus, log: Logger, { now = new Date(), onArticle }: OffThreadOptions = {}): Promise<CorpusSnapshot> {
  const key = await runPaced(contentKeySteps(raw));
  const articles: ArticleToBuild[] = raw.articles.map((a) => {
    const entry = raw.manifest.entries.get(a.docId);
    return { docId: a.docId, file: a.file, text: a.text, bytes: a.bytes, ...(entry && { entry }) };
  });
  try {
    return await withArticleWorker(async (build) => {
      const built: BuiltArticle[] = [];
      const passages: Passage[] = [];
      const pacer = new Pacer();
      // The search index is built once every article is in, not as each arrives: on two cores, this thread
      // indexing while the worker reads made the longest waits for an answer two to three times longer.
      for await (const article of build(articles, pacer)) {
        built.push(article);
        for (const p of article.passages) passages.push(p);
        onArticle?.(built.length, articles.length);
      }
      const documents = built.map((b) => b.document);
      const passagesByDoc = new Map<string, readonly Passage[]>(built.map((b) => [b.document.id, b.passages]));
      const byId = new Map(documents.map((d) => [d.id, d]));
      return assembleSnapshot({ folder: raw.folder, key, documents, problems: raw.problems }, { byId, passages, passagesByDoc }, {
        search: await pacer.run(PassageIndex.buildSteps(passages, byId)),
        timeline: await pacer.run(TimelineIndex.buildFromReportsSteps(documents, built.map((b) => b.events))),
        quotes: await pacer.run(QuoteIndex.buildFromExtractionsSteps(documents, built.map((b) => b.quotes))),
      }, now);
    });
  } catch (error) {
    if (!(error instanceof ArticleWorkerFailed)) throw error;
    // A worker that cannot start or dies costs the reload its smoothness, not the corpus.
    log.warn({ err: error }, "article worker failed; building the reload on this thread");
    const loaded = await runPaced(cleanCorpusSteps(raw));
    return runPaced(snapshotSteps(loaded, now));
  }
}
