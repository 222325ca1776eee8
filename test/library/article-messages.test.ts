// An article crosses from the worker in pieces small enough to decode at once, and arrives whole.
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/library/article-build.js";
import { ArticleAssembler, CHUNK, replyParts, type ArticleReply } from "../../src/library/article-messages.js";

const crossing = (reply: ArticleReply) => structuredClone(reply);

function dense(lines: number): string {
  let text = "Ministers argue\n\n";
  for (let i = 0; i < lines; i++) text += `“Point ${i} stands,” said Ann Lee, the minister, on 3 May 2019.\n\n`;
  return text;
}

describe("an article's messages", () => {
  const text = dense(1500);
  const built = buildArticle({ docId: "argue", file: "argue.txt", text, bytes: Buffer.from(text) });

  it("hold at most CHUNK items each, and the document none of its paragraphs", () => {
    const parts = [...replyParts(7, built)];
    expect(built.quotes.quotations.length).toBeGreaterThan(CHUNK);
    expect(built.document.paragraphs.length).toBeGreaterThan(CHUNK);
    for (const part of parts) {
      expect(part.seq).toBe(7);
      if ("items" in part) expect(part.items.length).toBeLessThanOrEqual(CHUNK);
      if (part.part === "document") expect(part.document.paragraphs).toEqual([]);
    }
    expect(parts[0]?.part).toBe("document");
    expect(parts.at(-1)?.part).toBe("end");
  });

  it("put back together, are the article that was built, interleaved with another's", () => {
    const small = buildArticle({ docId: "small", file: "small.txt", text: dense(3), bytes: Buffer.from(dense(3)) });
    const assembler = new ArticleAssembler();
    const a = [...replyParts(1, built)];
    const b = [...replyParts(2, small)];
    const finished = new Map<number, unknown>();
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      for (const part of [a[i], b[i]]) {
        if (!part) continue;
        const done = assembler.take(crossing(part));
        if (done) finished.set(part.seq, done);
      }
    }
    expect(finished.get(1)).toEqual(built);
    expect(finished.get(2)).toEqual(small);
  });

  it("carry a failure as an error, and refuse a piece of an article never started", () => {
    const assembler = new ArticleAssembler();
    expect(() => assembler.take({ seq: 3, part: "failed", error: "bad.txt: boom" })).toThrow("bad.txt: boom");
    expect(() => assembler.take({ seq: 4, part: "events", items: [] })).toThrow(/article 4, which it had not started/);
  });
});
