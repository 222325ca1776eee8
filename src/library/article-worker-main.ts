// Runs in a worker thread during a reload: builds each article it is sent, leaves the result in pieces on
// the pieces channel and says so on its own port (see article-messages.ts). An article that breaks an
// analysis is reported as a piece, not fatal to the thread.
import { parentPort, workerData } from "node:worker_threads";
import { buildArticle, type ArticleToBuild } from "./article-build.js";
import { replyParts, type ArticleNotice, type ArticleReply, type ArticleRequest, type ArticleWorkerData } from "./article-messages.js";

const { pieces } = workerData as ArticleWorkerData;

parentPort?.on("message", ({ seq, article }: ArticleRequest) => {
  const parts = built(seq, article);
  for (const part of parts) pieces.postMessage(part);
  parentPort?.postMessage({ seq, pieces: parts.length } satisfies ArticleNotice);
});

function built(seq: number, article: ArticleToBuild): ArticleReply[] {
  try {
    return [...replyParts(seq, buildArticle(article))];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [{ seq, part: "failed", error: `${article.file}: ${why}` }];
  }
}
