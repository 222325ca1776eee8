// How an answer names the article it comes from.
import type { CorpusDocument } from "./document.js";
import type { Source } from "../core/reply.js";

export function sourceOf(doc: CorpusDocument): Source {
  const { title, publisher, published, url } = doc.meta;
  return {
    docId: doc.id,
    title,
    ...(publisher && { publisher }),
    ...(published && { published }),
    ...(url && { url }),
  };
}
