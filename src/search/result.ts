// A search hit as the /ask reply carries it.
import { sourceOf, type Source } from "../corpus/citation.js";
import type { PassageHit } from "./passage-index.js";

export interface PassageResult {
  passageId: string;
  text: string;
  /** The sentence of `text` that best matches the question. */
  highlight: string;
  score: number;
  sources: Source[];
}

export function toPassageResult(hit: PassageHit): PassageResult {
  return {
    passageId: hit.passage.id,
    text: hit.passage.text,
    highlight: hit.highlight,
    score: Math.round(hit.score * 100) / 100,
    sources: [sourceOf(hit.doc)],
  };
}
