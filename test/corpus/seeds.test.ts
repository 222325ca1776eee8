// The seed articles are real pages: wrapped lines, furniture, repeated headlines. Whatever the cleaner
// does, each passage must begin a sentence and hold only the article's own words.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { splitPassages } from "../../src/corpus/passages.js";

const corpus = await loadCorpus("seeds");
const passages = corpus.documents.flatMap((d) => splitPassages(d));

const FURNITURE = /read more|show full article|print article|next story|more stories|advertisement|post a comment|no comments|skip to main content|^comments$|^x$|\(reuters\)|\bago$/im;

describe("the seed corpus", () => {
  it("loads five articles with their publishers and dates, and no errors", () => {
    expect(corpus.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(corpus.documents.map((d) => [d.id.slice(0, 3), d.meta.publisher, d.meta.published])).toEqual([
      ["000", "The Independent", "2019-10-04"],
      ["001", "Reuters", "2017-03-27"],
      ["002", "Reuters", "2017-10-03"],
      ["003", "Computer Weekly", "2024-04-22"],
      ["004", "The Telegraph", "2017-03-26"],
    ]);
  });

  it("titles every article with its headline", () => {
    expect(corpus.documents.map((d) => d.meta.title)).toEqual([
      "British police to demand data from US tech giants directly after delays to paedophile investigations",
      "Britain reopens privacy debate after attack, presses tech firms",
      "UK says WhatsApp lets paedophiles and gangsters operate beyond the law",
      "Crime agency criticises Meta as European police chiefs call for curbs on end-to-end encryption",
      "Facebooks WhatsApp refuses to hand over London attacker's messages",
    ]);
  });

  it.each(passages.map((p) => [p.id, p.text] as const))("%s starts a sentence and holds no page furniture", (_id, text) => {
    expect(text).toMatch(/^[\p{Lu}\d"“‘(]/u);
    expect(text).not.toMatch(FURNITURE);
  });

  it("rejoins hard-wrapped paragraphs, the first word alone on its line included", () => {
    const reuters = corpus.documents.find((d) => d.id.startsWith("001"));
    expect(reuters?.text).toContain(
      "British officials have demanded tech firms do much more to give police access to smartphone communications following last week's Westminster attack, just months after new laws gave security services broader powers.",
    );
    expect(reuters?.text).toContain("A spokeswoman for WhatsApp, a unit of Silicon Valley social media giant Facebook,");
  });
});
