import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/corpus/clean-article.js";

const PAGE = `Skip to main content
Harbour Gazette

Dockers strike over night-shift pay at Eastport terminal

Jane Writer 3 hours ago

Dockers at Eastport walked out on Monday over night-shift pay, halting the loading of two cargo ships.

  • Read more

Ferry operator warns of summer delays

The harbour board said talks would resume next week.

ADVERTISEMENT

Show Full Article
Print Article
Next Story
More Stories
x
Post a Comment
No comments:
Comments`;

describe("cleaning an article", () => {
  const clean = cleanArticle(PAGE);

  it("takes the headline as the title and drops the masthead and stamp above the body", () => {
    expect(clean.title).toBe("Dockers strike over night-shift pay at Eastport terminal");
    expect(clean.paragraphs[0]).toMatch(/^Dockers at Eastport walked out/);
  });

  it("removes page furniture and the related-story headlines after 'Read more'", () => {
    expect(clean.paragraphs).toEqual([
      "Dockers at Eastport walked out on Monday over night-shift pay, halting the loading of two cargo ships.",
      "The harbour board said talks would resume next week.",
    ]);
  });

  it("reads a repeated headline as one title", () => {
    const twice = "Council closes two libraries\n\nCouncil closes two libraries\n\nThe council voted on Monday to close two branch libraries next spring.";
    const c = cleanArticle(twice);
    expect(c.title).toBe("Council closes two libraries");
    expect(c.paragraphs).toEqual(["The council voted on Monday to close two branch libraries next spring."]);
  });

  it("reads the author and the date from a byline, and keeps them out of the body", () => {
    const text = `Port strike spreads to second terminal
By Sam Porter, industry editor 14 JUNE 2021 •
6:30PM
Workers at the north terminal joined the strike on Monday, union officials said,
as talks with the harbour board broke down for a third time this month.`;
    const c = cleanArticle(text);
    expect(c).toMatchObject({ title: "Port strike spreads to second terminal", author: "Sam Porter", published: "2021-06-14" });
    expect(c.paragraphs).toHaveLength(1);
    expect(c.paragraphs[0]).toMatch(/^Workers at the north terminal joined the strike on Monday, union officials said, as talks/);
  });

  it("normalises invisible characters but keeps the wording and curly quotes", () => {
    const c = cleanArticle("Budget approved after long night\r\n\r\nThe mayor said:\u00a0“We did it.”\u200b\r\n");
    expect(c.paragraphs).toEqual(["The mayor said: “We did it.”"]);
  });

  it("drops section headings in capitals and duplicated pull quotes, keeping the quote in the body", () => {
    const text = `Budget approved after long night

“We did what we had to do,” the mayor said.

The council approved the budget at 3am after a nine-hour debate.

WHAT HAPPENS NEXT

Libraries will close in April.

“We did what we had to do,” the mayor said.`;
    expect(cleanArticle(text).paragraphs).toEqual([
      "The council approved the budget at 3am after a nine-hour debate.",
      "Libraries will close in April.",
      "“We did what we had to do,” the mayor said.",
    ]);
  });

  it("removes a wire service's inline short links", () => {
    const c = cleanArticle("Ports reopen\n\nThe ports reopened on Friday. (reut.rs/2abcd)\n");
    expect(c.paragraphs).toEqual(["The ports reopened on Friday."]);
  });
});

describe("headers as moderators paste them", () => {
  const BODY = "The harbour master has summoned the ferry owners to talks on Friday, the council said.\n\nCrews walked out last week over pay.";

  it("reads a first line that is only a date as the dateline, never as the headline", () => {
    for (const stamp of ["March 26, 2017", "26 March 2017", "Sunday 26 March 2017", "2017-03-26"]) {
      const article = cleanArticle(`${stamp}\n\nFerry owners summoned to talks\n\n${BODY}`);
      expect(article.title, stamp).toBe("Ferry owners summoned to talks");
      expect(article.published, stamp).toBe("2017-03-26");
      expect(article.paragraphs[0], stamp).toMatch(/^The harbour master/);
    }
  });

  it("reads a navigation line and lone page buttons as furniture", () => {
    const article = cleanArticle(`Home | News | Technology | Business\n\nSave\n\nFerry owners summoned to talks\n\nShare\n\nListen\n\n${BODY}\n\nAdvertisement\n\nNews › UK › Harbours`);
    expect(article.title).toBe("Ferry owners summoned to talks");
    expect(article.paragraphs.join("\n")).not.toMatch(/Home \||^Save$|^Share$|^Listen$|Advertisement|News ›/m);
    expect(article.paragraphs).toHaveLength(2);
  });

  it("reads a byline without “By” before a date stamp, and keeps the stamp out of the body", () => {
    const article = cleanArticle(`Ferry owners summoned to talks\n\nJo Bell\n\nTuesday 18 January 2022 17:53 GMT\n\n${BODY}`);
    expect(article).toMatchObject({ title: "Ferry owners summoned to talks", author: "Jo Bell", published: "2022-01-18" });
    expect(article.paragraphs[0]).toMatch(/^The harbour master/);
    const onOneLine = cleanArticle(`Ferry owners summoned to talks\n\nJo Bell, transport correspondent 26 MARCH 2017 • 10:04PM\n\n${BODY}`);
    expect(onOneLine).toMatchObject({ author: "Jo Bell", published: "2017-03-26" });
    expect(onOneLine.paragraphs[0]).toMatch(/^The harbour master/);
  });

  it("does not take the first sentence of a story for a byline", () => {
    const article = cleanArticle(`Ferry owners summoned to talks\n\nJo Bell said on Tuesday 18 January 2022 that the ferries would stop.\n\n${BODY}`);
    expect(article.author).toBeUndefined();
    expect(article.paragraphs[0]).toMatch(/^Jo Bell said/);
  });
});

describe("date stamps in the body", () => {
  it("drops a paragraph that is only a date stamp, so it never becomes an event", () => {
    const article = cleanArticle("Ferry owners summoned to talks\n\nThe harbour master spoke on Monday.\n\nTuesday 18 January 2022 17:53 GMT\n\nCrews walked out in May 2021.");
    expect(article.paragraphs).toEqual(["The harbour master spoke on Monday.", "Crews walked out in May 2021."]);
  });
});

describe("a line that introduces what follows", () => {
  it("is not a headline, even in capitals", () => {
    const article = cleanArticle("Ferry talks: the latest.\n\nEASTPORT (AP) — The Latest on the ferry talks (all times local):\n\n11:20 p.m.\n\nThe owners left the Harbour Office without a deal.");
    expect(article.title ?? "").not.toMatch(/EASTPORT/);
    expect(article.paragraphs.join(" ")).toContain("The Latest on the ferry talks");
  });
});
