import { describe, expect, it } from "vitest";
import { BED } from "./test-bed/articles.js";
import { scoreArticle } from "./test-bed/score-bed.js";

// Invented articles in several house styles, each expression with the value a reader would give it
// (see test-bed/articles.ts). A failure names the article, the snippet and what the extractor said.
describe.each(BED.map((a) => [a.id, a] as const))("the test bed: %s", (_id, article) => {
  it.each(scoreArticle(article).map((r) => [r.snippet, r] as const))("dates %j as a reader would", (_snippet, result) => {
    expect({ snippet: result.snippet, got: result.got, ok: result.ok }).toMatchObject({ ok: true });
  });
});
