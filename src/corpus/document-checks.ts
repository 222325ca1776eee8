// What `check` warns about in articles that did load: a title that is a site's menu, a date that is
// missing or lies ahead, an article with no text left after cleaning, the same article twice. None of
// these stops an article from being served; each is something a moderator can fix.
import { createHash } from "node:crypto";
import type { CorpusDocument } from "./document.js";
import { isFurniture, isNavigation } from "./page-furniture.js";
import type { CorpusProblem } from "./problem.js";

export function documentWarnings(documents: readonly CorpusDocument[], today: Date): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const warn = (d: CorpusDocument, code: CorpusProblem["code"], message: string) => problems.push({ code, severity: "warning", file: d.file, docId: d.id, message });
  const day = today.toISOString().slice(0, 10);
  const byText = new Map<string, CorpusDocument>();
  const byLink = new Map<string, CorpusDocument>();
  for (const d of documents) {
    if (isNavigation(d.meta.title) || isFurniture(d.meta.title)) {
      warn(d, "navigation-title", `has the title “${d.meta.title}”, which looks like a site's menu or buttons; set "title" in corpus.json`);
    }
    if (!d.meta.published) {
      warn(d, "no-date", `has no publication date, so its relative dates (“on Sunday”, “last month”) stay undated; set "published" in corpus.json`);
    } else if (d.meta.published > day) {
      warn(d, "future-date", `is dated ${d.meta.published}, after today (${day}); check "published" in corpus.json or the article's date line`);
    }
    if (d.paragraphs.length === 0) warn(d, "no-passages", "has no text left after cleaning (only a title, page furniture or markup); nothing in it can be found");
    // The same words under two names: a page saved twice, or a text copy beside its saved page.
    const digest = d.text === "" ? undefined : createHash("sha256").update(d.text).digest("hex");
    const twin = (digest && byText.get(digest)) ?? (d.meta.url ? byLink.get(d.meta.url) : undefined);
    if (twin) warn(d, "same-article", `is the same article as ${twin.file}; answers will cite it twice`);
    if (digest) byText.set(digest, byText.get(digest) ?? d);
    if (d.meta.url) byLink.set(d.meta.url, byLink.get(d.meta.url) ?? d);
  }
  return problems;
}
