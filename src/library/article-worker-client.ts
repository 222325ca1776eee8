// The reload's side of the article worker (see off-thread-build.ts and article-messages.ts). Starting the
// worker costs about a second (it loads the analyses through tsx), so one is kept between reloads for a
// minute, unreferenced so that it never keeps the process alive, and started afresh after that or after
// any failure.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { Pacer } from "../text/steps.js";
import type { ArticleToBuild, BuiltArticle } from "./article-build.js";
import { ArticleAssembler, type ArticleNotice, type ArticleReply, type ArticleRequest, type ArticleWorkerData } from "./article-messages.js";

/** Articles sent ahead of the one being built: the worker never waits, and at most this many are copied at once. */
const IN_FLIGHT = 4;
/** How long a worker is kept after a reload for the next one. */
const KEEP_IDLE_MS = 60_000;

/** An article's analysis threw: the reload fails with it, as it would on this thread. */
class ArticleBuildFailed extends Error {
  override readonly name = "ArticleBuildFailed";
}

/** The worker could not start, died, or broke its side of the messages: the reload can be built here instead. */
export class ArticleWorkerFailed extends Error {
  override readonly name = "ArticleWorkerFailed";
}

class ArticleWorker {
  private readonly notices: ArticleNotice[] = [];
  private failure: Error | undefined;
  private wake = () => {};

  private constructor(
    private readonly worker: Worker,
    private readonly pieces: MessagePort,
  ) {
    worker.on("message", (notice: ArticleNotice) => {
      this.notices.push(notice);
      this.wake();
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      this.wake();
    };
    worker.on("error", (error) => fail(new ArticleWorkerFailed(`article worker failed: ${error.message}`, { cause: error })));
    worker.on("exit", (code) => fail(new ArticleWorkerFailed(`article worker exited with code ${code}`)));
  }

  static start(): ArticleWorker {
    const channel = new MessageChannel();
    const worker = new Worker(new URL("./article-worker.js", import.meta.url), {
      workerData: { pieces: channel.port2 } satisfies ArticleWorkerData,
      transferList: [channel.port2],
    });
    return new ArticleWorker(worker, channel.port1);
  }

  get healthy(): boolean {
    return this.failure === undefined;
  }

  /**
   * Each of `articles` built, in order, as the worker hands them over. Taking pieces counts against
   * `pacer`'s slices, as does what the caller does with each article. Every article must be taken before
   * the worker is used again.
   */
  async *build(articles: readonly ArticleToBuild[], pacer: Pacer): AsyncGenerator<BuiltArticle> {
    let sent = 0;
    const send = () => {
      this.worker.postMessage({ seq: sent, article: articles[sent]! } satisfies ArticleRequest);
      sent++;
    };
    while (sent < Math.min(IN_FLIGHT, articles.length)) send();
    const assembler = new ArticleAssembler();
    let done = 0;
    while (done < articles.length) {
      const notice = this.notices.shift();
      if (!notice) {
        if (this.failure) throw this.failure;
        await new Promise<void>((resolve) => (this.wake = resolve));
        pacer.turned();
        continue;
      }
      // The next article goes out as soon as one is built, so the worker never waits on this thread.
      if (sent < articles.length) send();
      for (let i = 0; i < notice.pieces; i++) {
        const piece = receiveMessageOnPort(this.pieces);
        if (!piece) throw this.broken(new ArticleWorkerFailed(`article worker: article ${notice.seq} announced ${notice.pieces} pieces and sent ${i}`));
        let article: BuiltArticle | undefined;
        try {
          article = assembler.take(piece.message as ArticleReply);
        } catch (error) {
          throw this.broken(new ArticleBuildFailed(error instanceof Error ? error.message : String(error)));
        }
        if (article) {
          // One worker builds in the order it is sent: the articles come back in order.
          if (notice.seq !== done) throw this.broken(new ArticleWorkerFailed(`article worker: article ${notice.seq} came back before ${done}`));
          done++;
          yield article;
        }
        await pacer.pause();
      }
    }
  }

  /** Marks the worker as not to be used again (pieces of other articles may still be on their way) and returns `error`. */
  private broken(error: Error): Error {
    this.failure ??= error;
    return error;
  }

  ref(): void {
    this.worker.ref();
  }

  unref(): void {
    this.worker.unref();
  }

  stop(): void {
    this.failure ??= new ArticleWorkerFailed("article worker stopped");
    this.pieces.close();
    void this.worker.terminate();
  }
}

let idle: { worker: ArticleWorker; timer: NodeJS.Timeout } | undefined;

/**
 * Runs `work` with an article worker: the one kept from the last reload, or a new one. A worker that
 * failed, or that was left with articles not taken, is stopped; a healthy one is kept for the next reload.
 */
export async function withArticleWorker<T>(work: (build: (articles: readonly ArticleToBuild[], pacer: Pacer) => AsyncGenerator<BuiltArticle>) => Promise<T>): Promise<T> {
  let worker: ArticleWorker;
  if (idle) {
    clearTimeout(idle.timer);
    worker = idle.worker;
    idle = undefined;
  } else {
    worker = ArticleWorker.start();
  }
  // Referenced while in use: a one-shot `/reload` must not end with the process before its answer.
  worker.ref();
  let finished = false;
  try {
    const result = await work((articles, pacer) => worker.build(articles, pacer));
    finished = true;
    return result;
  } finally {
    if (!finished || !worker.healthy || idle) worker.stop();
    else {
      worker.unref();
      const kept = worker;
      idle = {
        worker: kept,
        timer: setTimeout(() => {
          if (idle?.worker === kept) idle = undefined;
          kept.stop();
        }, KEEP_IDLE_MS).unref(),
      };
    }
  }
}
