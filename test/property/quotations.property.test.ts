// Random and adversarial article text never breaks quotation extraction or the timeline, and every
// quoted piece points at its words in the document.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../../src/corpus/load-corpus.js";
import { extractDocument } from "../../src/analysis/quotes/extract.js";
import { extractEvents } from "../../src/analysis/timeline/extract-events.js";

const piece = fc.constantFrom(
  "“", "”", "‘", "’", '"', "'", "''", "said", "told", "added", "she", "he", "Ms Vale", "Dr. Okafor", "the minister",
  "a spokesman for Harbourline", ",", ".", ":", "\n\n", "\n", " ", "on Monday", "last Wednesday", "in 2012", "March 3",
  "Harbourline", "Port Desky", "—", "(", ")", "who", "according to", "🙂", "ÉCOLE", "x".repeat(40),
);
const articleText = fc.oneof(
  fc.array(piece, { maxLength: 400 }).map((bits) => `Ferry plan announced\n\n${bits.join(" ")}`),
  fc.string({ maxLength: 1500 }),
);

describe("extraction under random input", () => {
  it("finds quotations whose pieces point at their words, and dates events without throwing", () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom(undefined, "2024-05-06"), (text, published) => {
        const doc = buildDocument("doc", "doc.txt", text, published ? { published } : undefined);
        for (const q of extractDocument(doc).quotations) {
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
          for (const p of q.pieces) {
            expect(p.start).toBeGreaterThanOrEqual(0);
            expect(p.end).toBeLessThanOrEqual(doc.text.length);
            expect(p.start).toBeLessThanOrEqual(p.end);
          }
          expect(q.text).toContain(doc.text.slice(q.pieces[0]!.start, q.pieces[0]!.end).split(/\s+/)[0] ?? "");
        }
        for (const e of extractEvents(doc)) {
          if (e.date) expect(e.date.year).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
