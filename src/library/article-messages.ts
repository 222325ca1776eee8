// The messages between a reload and its article worker (see off-thread-build.ts). An article's results
// cross in pieces of at most CHUNK items: the receiving thread decodes a message in one stretch (one
// quotation-dense article's 45,000 quotations at once held it for a third of a second). A port with a
// listener decodes every message already waiting in one stretch too, so the pieces wait on a channel of
// their own that the reload reads one piece at a time (`receiveMessageOnPort`), told by a small notice
// on the worker's own port how many pieces each built article left there.
import type { MessagePort } from "node:worker_threads";
import type { ArticleToBuild, BuiltArticle } from "./article-build.js";

/** Items per message: decoding this many of the largest kind (quotations) takes a few milliseconds. */
export const CHUNK = 1000;

/** To the worker: build this article. */
export interface ArticleRequest {
  seq: number;
  article: ArticleToBuild;
}

/** From the worker, on its own port: article `seq` is built, and `pieces` messages of it wait on the channel. */
export interface ArticleNotice {
  seq: number;
  pieces: number;
}

/** What the worker is started with: the channel the pieces go to. */
export interface ArticleWorkerData {
  pieces: MessagePort;
}

type ListPart = "paragraphs" | "passages" | "quotations" | "people" | "events";

export type ArticleReply =
  | { seq: number; part: "document"; document: BuiltArticle["document"] }
  | { seq: number; part: ListPart; items: unknown[] }
  | { seq: number; part: "end" }
  | { seq: number; part: "failed"; error: string };

/** `built` as the messages that carry it, in the order the receiver expects. */
export function* replyParts(seq: number, built: BuiltArticle): Generator<ArticleReply> {
  // A page of one-word paragraphs is hundreds of thousands of them: they follow in pieces like the rest.
  yield { seq, part: "document", document: { ...built.document, paragraphs: [] } };
  const lists: [ListPart, readonly unknown[]][] = [
    ["paragraphs", built.document.paragraphs],
    ["passages", built.passages],
    ["quotations", built.quotes.quotations],
    ["people", built.quotes.people],
    ["events", built.events],
  ];
  for (const [part, list] of lists) {
    for (let i = 0; i < list.length; i += CHUNK) yield { seq, part, items: list.slice(i, i + CHUNK) };
  }
  yield { seq, part: "end" };
}

/** An article whose pieces are still arriving: one list per kind of piece. */
type Partial = { document: BuiltArticle["document"] } & Record<ListPart, unknown[]>;

/** Puts an article back together from its messages, as they arrive. */
export class ArticleAssembler {
  private readonly partial = new Map<number, Partial>();

  /** The finished article when `reply` was its last message; throws when the worker could not build it. */
  take(reply: ArticleReply): BuiltArticle | undefined {
    switch (reply.part) {
      case "document":
        this.partial.set(reply.seq, { document: reply.document, paragraphs: [], passages: [], quotations: [], people: [], events: [] });
        return undefined;
      case "failed":
        throw new Error(reply.error);
      case "end": {
        const p = this.started(reply.seq);
        this.partial.delete(reply.seq);
        // The lists came from replyParts over a BuiltArticle: each holds the items of its kind.
        return {
          document: { ...p.document, paragraphs: p.paragraphs as BuiltArticle["document"]["paragraphs"] },
          passages: p.passages as BuiltArticle["passages"],
          quotes: { docId: p.document.id, quotations: p.quotations as BuiltArticle["quotes"]["quotations"], people: p.people as BuiltArticle["quotes"]["people"] },
          events: p.events as BuiltArticle["events"],
        };
      }
      default: {
        const into = this.started(reply.seq)[reply.part];
        for (const item of reply.items) into.push(item);
        return undefined;
      }
    }
  }

  private started(seq: number): Partial {
    const p = this.partial.get(seq);
    if (!p) throw new Error(`article worker: a message for article ${seq}, which it had not started`);
    return p;
  }
}
