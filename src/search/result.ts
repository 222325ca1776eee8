// A search hit as the /ask reply carries it.
import { sourceOf } from "../corpus/citation.js";
import type { PassageResult } from "../core/reply.js";
import type { PassageHit } from "./passage-index.js";

export function toPassageResult(hit: PassageHit): PassageResult {
  return {
    passageId: hit.passage.id,
    text: hit.passage.text,
    highlight: hit.highlight,
    score: Math.round(hit.score * 100) / 100,
    sources: [sourceOf(hit.doc)],
  };
}
