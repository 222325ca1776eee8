// How an answer names the article it comes from.
import type { CorpusDocument } from "./document.js";

/** An article as an answer cites it. */
export interface Source {
  docId: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
}

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
