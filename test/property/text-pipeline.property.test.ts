// Random and adversarial text never breaks the pipeline, and every offset it hands out is true.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/corpus/clean-article.js";
import { buildDocument } from "../../src/corpus/load-corpus.js";
import { MAX_PASSAGE_CHARS, splitPassages } from "../../src/corpus/passages.js";
import { splitSentences } from "../../src/text/sentences.js";

// Article-like text: words, punctuation, quote marks of every kind, line breaks, invisible characters.
const piece = fc.constantFrom(
  "The", "council", "said", "Mr.", "U.S.", "“", "”", "‘", "’", '"', "'", ",", ".", "?", "!", ":", "—", "-",
  "\n", "\n\n", "\r\n", " ", "\u00a0", "\u200b", "Read more", "ADVERTISEMENT", "x", "By Ann Lee", "26 MARCH 2017",
  "ÉCOLE", "日本", "🙂", "end-to-", "end", "\t", "(reut.rs/abc)",
);
const articleText = fc.oneof(fc.array(piece, { maxLength: 300 }).map((a) => a.join(" ")), fc.string({ maxLength: 2000 }), fc.string({ unit: "grapheme", maxLength: 500 }));

describe("the text pipeline under random input", () => {
  it("cleans anything without throwing, into non-empty trimmed paragraphs", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const clean = cleanArticle(text);
        for (const p of clean.paragraphs) {
          expect(p).toBe(p.trim());
          expect(p.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds every paragraph and every passage at its offsets, and no passage is longer than the limit", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const doc = buildDocument("doc", "doc.txt", text, undefined);
        for (const p of doc.paragraphs) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(doc.text.length);
        }
        const passages = splitPassages(doc);
        for (const p of passages) {
          expect(p.start).toBeLessThan(p.end);
          expect(doc.text.slice(p.start, p.end)).toBe(p.text);
          expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
        }
        expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
      }),
      { numRuns: 300 },
    );
  });

  it("splits sentences whose offsets point at their text", () => {
    fc.assert(
      fc.property(articleText, (text) => {
        for (const s of splitSentences(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
