import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { looksLikeHtml, readHtmlArticle, type HtmlArticle } from "../../src/corpus/html-article.js";

const page = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/pages", name), "utf8");

// What sits around a story on every fixture page: menus, cookie banners, share bars, slots, captions, related links.
const FURNITURE = [
  /^(Home|News|Technology|Sport|Share|Save|Listen|Advertisement|Read more|Share this article)$/,
  /Home \| News/,
  /cookie/i,
  /Advertisement/,
  /Facebook|Twitter|Copy link/,
  /Sign up/,
  /Image caption|Photograph:|Photo \//,
  /^©|Copyright|All rights reserved/,
  /Related|Most read|More from/,
];

function expectNoFurniture(article: HtmlArticle, extra: string[] = []): void {
  for (const paragraph of article.paragraphs) {
    for (const pattern of FURNITURE) expect(paragraph).not.toMatch(pattern);
    for (const text of extra) expect(paragraph).not.toContain(text);
  }
}

/** A small page around `head` and the start of an article, with enough prose for Readability to find the story. */
function html(head: string, articleStart = ""): string {
  const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story says what happened at the meeting, who spoke, and what the council decided to do about the harbour wall next spring.</p>`).join("\n");
  return `<!doctype html><html><head>${head}</head><body><article>${articleStart}${prose}</article></body></html>`;
}

describe("readHtmlArticle on saved pages", () => {
  it("reads a WordPress/Yoast @graph, resolving the author and publisher by @id", () => {
    const article = readHtmlArticle(page("jsonld-graph.html"));
    expect(article).toMatchObject({
      title: "Council approves new cycle lanes on Mill Road",
      author: "Maria Lopez",
      // 23:30 in UTC-5 is already the 13th in UTC; the newsroom's calendar says the 12th.
      published: "2024-03-12",
      publisher: "The Riverside Post",
      url: "https://www.riverside-post.test/2024/03/12/council-approves-cycle-lanes/",
    });
    expect(article.paragraphs[0]).toBe(
      "Councillors voted late on Tuesday night to build protected cycle lanes along the full length of Mill Road, ending a dispute that has run for almost three years.",
    );
    expect(article.paragraphs).toHaveLength(6);
    expect(article.paragraphs[1]).toContain("£2.4m"); // &pound; decoded
    expect(article.paragraphs.at(-1)).toBe("The council said it would publish a full timetable of closures next month.");
    expectNoFurniture(article, ["Cyclists wait at the lights", "Bus fares to rise", "Posted in", "Maria Lopez"]);
  });

  it("prefers a NewsArticle's JSON-LD over Open Graph tags that disagree", () => {
    const article = readHtmlArticle(page("jsonld-newsarticle.html"));
    expect(article).toMatchObject({
      title: "Water company fined £3m over river pollution",
      author: "Jane Smith and Tom Lee",
      published: "2024-06-03",
      publisher: "The Northfield Chronicle",
      url: "https://www.northfield-chronicle.test/news/water-company-fined",
    });
    expect(article.paragraphs[0]).toBe(
      "A water company has been fined £3m after sewage from one of its treatment works killed thousands of fish along a six-mile stretch of the River Wend.",
    );
    // List items and a blockquote's paragraph are body text; the byline above the story is not.
    expect(article.paragraphs).toContain("tell the regulator about the spill within four hours;");
    expect(article.paragraphs).toContain("“This was not an accident. It was the result of years of neglect,” the district judge said.");
    expect(article.paragraphs.at(-1)).toMatch(/^Anglers’ groups said/);
    expectNoFurniture(article, ["By Jane Smith", "Dead fish were found", "School closed", "Topics", "Skip to content"]);
  });

  it("reads Open Graph and meta tags, and takes the site's name off the <title>", () => {
    const article = readHtmlArticle(page("og-only.html"));
    expect(article).toEqual({
      title: "Harbour dredging to begin in autumn",
      // article:author is a Facebook link, not a name.
      author: "Ewan MacLeod",
      published: "2023-11-30",
      publisher: "The Harbour Gazette",
      url: "https://harbourgazette.test/local/harbour-dredging-autumn",
      paragraphs: [
        "Dredging of the inner harbour will begin in September, the harbour trust has confirmed, after two years in which silt has left some berths unusable at low tide.",
        "The work, paid for by a government coastal fund, will remove an estimated 40,000 tonnes of silt. Most of it will be taken out to sea and released at a licensed site.",
        "Some residents have raised concerns about noise. The trust said the dredger would work only between 7am and 7pm, and not on Sundays.",
        // Printed twice on the page: it keeps its last place.
        "“The fishing fleet cannot wait another winter,” said trust chair Morag Fraser.",
        // A real sentence that names a newsletter stays.
        "A public meeting will be held at the lifeboat station on 12 December. The trust has also promised a newsletter to keep harbour users informed.",
      ],
    });
    expectNoFurniture(article, ["Lifeboat crew honoured", "What's On"]);
  });

  it("takes the date from the article's <time> and the author from a visible byline", () => {
    const article = readHtmlArticle(page("og-time.html"));
    expect(article).toMatchObject({
      title: "Night trains return to the lake line after 14 years",
      author: "Priya Nair",
      // Not the masthead's clock (20 February), and not the UTC day (7 January).
      published: "2024-01-08",
      publisher: "Lakeside Herald",
      url: "https://lakesideherald.test/transport/night-trains-return",
    });
    expect(article.paragraphs[0]).toBe(
      "Passenger trains will run overnight on the lake line again from March, the regional council said on Monday, fourteen years after the last sleeper service was withdrawn.",
    );
    expect(article.paragraphs).toHaveLength(5);
    expectNoFurniture(article, ["8 January 2024", "The last sleeper service", "Bus timetable changes", "Ferry timetable cut", "Fares stay at", "About us"]);
  });

  it("reads the byline and date stamp from the text of a page that declares nothing", () => {
    const article = readHtmlArticle(page("byline-text.html"));
    expect(article).toMatchObject({
      title: "Bridge repairs will close the valley road for six weeks",
      author: "Tom Okoro",
      published: "2024-03-12",
    });
    expect(article.publisher).toBeUndefined();
    expect(article.url).toBeUndefined();
    expect(article.paragraphs[0]).toBe(
      "The only road bridge between Millbrook and Ashford will close for six weeks from April while engineers replace corroded steel beams, the county council has announced.",
    );
    expect(article.paragraphs).toHaveLength(5);
    expectNoFurniture(article, ["By Tom Okoro", "12 March 2024", "School bus route", "Valley Weekly", "Letters"]);
  });

  it("uses the fetch address only when the page names no link of its own", () => {
    expect(readHtmlArticle(page("byline-text.html"), { url: "https://valley-weekly.test/news/bridge.html#top" }).url).toBe(
      "https://valley-weekly.test/news/bridge.html",
    );
    expect(readHtmlArticle(page("og-only.html"), { url: "https://mirror.test/copy" }).url).toBe("https://harbourgazette.test/local/harbour-dredging-autumn");
  });

  it("takes the link of a page saved by a browser from its 'saved from' comment", () => {
    const article = readHtmlArticle(page("saved-complete.html"));
    expect(article).toMatchObject({
      title: "Ferry strike ends after crews accept pay offer",
      author: "Lars Eriksen",
      published: "2024-05-17",
      publisher: "Example News",
      url: "https://www.example-news.test/world/2024/05/ferry-strike-ends",
    });
    expect(article.paragraphs[0]).toBe(
      "Ferry crews on the island routes returned to work on Friday after voting to accept a pay offer that ends a strike lasting nearly three weeks.",
    );
    expect(article.paragraphs.at(-1)).toBe("“Nobody wins a strike like this,” said Ingrid Holm, a shop owner on the largest island. “We are just glad the boats are running again.”");
    expectNoFurniture(article, ["_files", "Passengers queue", "Ferry talks collapse", "World Briefing", "17 May 2024"]);
  });

  it("reads an index page without inventing an article", () => {
    const article = readHtmlArticle(page("no-article.html"), { url: "https://harbourgazette.test/news?page=1" });
    expect(article.publisher).toBe("The Harbour Gazette");
    expect(article.title).toBe("News");
    // The canonical link is relative: it is read against the fetch address.
    expect(article.url).toBe("https://harbourgazette.test/news");
    expect(article.author).toBeUndefined();
    expect(article.published).toBeUndefined();
    expect(article.paragraphs.length).toBeLessThanOrEqual(5);
    expectNoFurniture(article, ["Next page", "Advertise with us"]);
  });

  it("reads a broken page: unclosed tags, a bad JSON-LD script, no <head>", () => {
    const article = readHtmlArticle(page("broken.html"), { url: "https://eastgate-echo.test/news/?ref=home" });
    expect(article).toMatchObject({
      title: "Library opening hours cut to save money",
      author: "Sam Carter",
      published: "2024-02-29",
      publisher: "Eastgate Echo",
      url: "https://eastgate-echo.test/news/library-hours",
    });
    expect(article.paragraphs[0]).toBe(
      "Five branch libraries will open only three days a week from April under plans approved by the borough’s cabinet, which must find savings of £9m next year.",
    );
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[3]).toBe("The council said it would look at letting community groups run branches on the days they are closed.");
    expectNoFurniture(article, ["Westfield branch", "Weather", "About"]);
    // Without a fetch address, a relative link is no link.
    expect(readHtmlArticle(page("broken.html")).url).toBeUndefined();
  });
});

describe("readHtmlArticle's metadata rules", () => {
  it("keeps the day an ISO stamp wrote, whatever its offset", () => {
    const published = (stamp: string) => readHtmlArticle(html(`<meta property="article:published_time" content="${stamp}">`)).published;
    expect(published("2024-03-12T23:30:00-05:00")).toBe("2024-03-12");
    expect(published("2024-01-01T00:30:00+14:00")).toBe("2024-01-01");
    expect(published("2023-12-31T23:59:59Z")).toBe("2023-12-31");
    expect(published("2024-07-04")).toBe("2024-07-04");
  });

  it("reads dates written out, and refuses impossible or ambiguous ones", () => {
    const published = (content: string) => readHtmlArticle(html(`<meta name="date" content="${content}">`)).published;
    expect(published("March 12, 2024")).toBe("2024-03-12");
    expect(published("12 March 2024")).toBe("2024-03-12");
    expect(published("2023-02-29")).toBeUndefined();
    expect(published("2024-13-01")).toBeUndefined();
    expect(published("31 April 2024")).toBeUndefined();
    expect(published("03/04/2024")).toBeUndefined();
    expect(published("yesterday")).toBeUndefined();
  });

  it("goes on to the next source when the first one's date is impossible", () => {
    const page = html(`<meta property="article:published_time" content="2024-02-30T10:00:00Z"><meta name="parsely-pub-date" content="2024-02-28T10:00:00Z">`);
    expect(readHtmlArticle(page).published).toBe("2024-02-28");
  });

  it("joins several authors, resolves @id references and skips links where names belong", () => {
    const ld = (value: object) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
    const three = ld({ "@type": "ReportageNewsArticle", author: [{ name: "Ann Roe" }, "Bo Chen", { "@type": "Person", name: "Cy Diaz" }] });
    expect(readHtmlArticle(html(three)).author).toBe("Ann Roe, Bo Chen and Cy Diaz");
    const linked = ld({ "@type": "BlogPosting", author: "https://example.test/staff/ann" });
    expect(readHtmlArticle(html(`${linked}<meta name="author" content="Ann Roe">`)).author).toBe("Ann Roe");
    const topArray = ld([{ "@type": "Organization", "@id": "#org", name: "Bay News" }, { "@type": "AnalysisNewsArticle", headline: "Tom &amp; Jerry sell the mill", publisher: { "@id": "#org" } }]);
    expect(readHtmlArticle(html(topArray))).toMatchObject({ title: "Tom & Jerry sell the mill", publisher: "Bay News" });
  });

  it("uses a WebPage's fields only when no article object has them", () => {
    const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"Page name","datePublished":"2024-05-02"},{"@type":"NewsArticle","headline":"Article headline"}]}</script>`;
    expect(readHtmlArticle(html(ld))).toMatchObject({ title: "Article headline", published: "2024-05-02" });
  });

  it("takes the site's name off a <title> only where the page shows one", () => {
    const title = (t: string, head = "") => readHtmlArticle(html(`<title>${t}</title>${head}`)).title;
    expect(title("Pier reopens — Coast Times", `<meta property="og:site_name" content="The Coast Times">`)).toBe("Pier reopens");
    expect(title("Coast Times - Pier reopens", `<meta property="og:site_name" content="Coast Times">`)).toBe("Pier reopens");
    expect(title("Pier reopens | Local | Coast Times")).toBe("Pier reopens");
    expect(title("Ex-mayor - who quit in May - returns")).toBe("Ex-mayor - who quit in May - returns");
    // A <title> that is only the site's name says nothing of the story; the headline on the page does.
    expect(readHtmlArticle(html(`<title>Coast Times</title><meta property="og:site_name" content="Coast Times">`, "<h1>Pier reopens after storm</h1>")).title).toBe(
      "Pier reopens after storm",
    );
  });

  it("keeps only absolute http(s) links, without fragments", () => {
    const url = (href: string, fetched?: string) => readHtmlArticle(html(`<link rel="canonical" href="${href}">`), fetched ? { url: fetched } : {}).url;
    expect(url("https://news.test/a#comments")).toBe("https://news.test/a");
    expect(url("/story/42", "https://news.test/section/")).toBe("https://news.test/story/42");
    expect(url("/story/42")).toBeUndefined();
    expect(url("javascript:alert(1)")).toBeUndefined();
    expect(url("ftp://news.test/a")).toBeUndefined();
    expect(readHtmlArticle(html(""), { url: "file:///home/me/page.html" }).url).toBeUndefined();
  });
});

describe("readHtmlArticle's body rules", () => {
  it("drops furniture paragraphs but keeps prose that mentions the same words", () => {
    const body = [
      "Share",
      "Listen",
      "Photograph: Jo Bell/Harbour Gazette",
      "Sign up for our daily newsletter",
      "© Harbour Gazette Ltd",
      "21:04",
      "Readers were asked to share their memories of the pier, and an advertisement in the paper drew two hundred replies within a week.",
    ].map((p) => `<p>${p}</p>`);
    const article = readHtmlArticle(html("", body.join("")));
    expect(article.paragraphs).toContain(
      "Readers were asked to share their memories of the pier, and an advertisement in the paper drew two hundred replies within a week.",
    );
    expect(article.paragraphs.filter((p) => /^(Share|Listen|Photograph|Sign up|©|21:04)/.test(p))).toEqual([]);
  });

  it("drops the headline and byline printed again above the story", () => {
    const article = readHtmlArticle(html(`<meta property="og:title" content="Pier reopens after storm">`, "<p>Pier reopens after storm</p><p>By Jo Bell</p><p>· 4 March 2024</p>"));
    expect(article).toMatchObject({ title: "Pier reopens after storm", author: "Jo Bell", published: "2024-03-04" });
    expect(article.paragraphs[0]).toMatch(/^Paragraph 1 of the story/);
  });

  it("keeps curly quotes, decodes entities and collapses whitespace", () => {
    const article = readHtmlArticle(html("", "<p>“It&rsquo;s   done,”\n\t she said &amp; left.<br>Then&nbsp;silence.</p>"));
    expect(article.paragraphs).toContain("“It’s done,” she said & left. Then silence.");
  });
});

describe("readHtmlArticle on hostile input", () => {
  it("returns an empty article for empty or meaningless input", () => {
    expect(readHtmlArticle("")).toEqual({ paragraphs: [] });
    expect(readHtmlArticle("   \n ")).toEqual({ paragraphs: [] });
    expect(readHtmlArticle("<<<>>> </p></div> <!-- ").paragraphs).toEqual([]);
    expect(readHtmlArticle("\u0000\uFFFF<html")).toMatchObject({ paragraphs: [] });
    expect(() => readHtmlArticle(undefined as unknown as string)).not.toThrow();
  });

  it("survives 2 MB of nested <div>s", { timeout: 120_000 }, () => {
    const depth = 200_000;
    const deep = `<html><body>${"<div class=x>".repeat(depth)}<p>The only sentence in a very deep page.</p>${"</div>".repeat(depth)}</body></html>`;
    expect(deep.length).toBeGreaterThan(2_000_000);
    const article = readHtmlArticle(deep);
    expect(article.paragraphs).toEqual(["The only sentence in a very deep page."]);
  });

  it("survives 2 MB of unclosed tags and stray brackets", { timeout: 120_000 }, () => {
    expect(readHtmlArticle("<a<b<".repeat(400_000)).paragraphs).toEqual([]);
    expect(readHtmlArticle("<p>word ".repeat(100_000)).paragraphs).toEqual(["word"]);
  });
});

describe("looksLikeHtml", () => {
  it("knows a page", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html><head></head></html>")).toBe(true);
    expect(looksLikeHtml("\uFEFF<!-- saved from url=(0022)https://news.test/a -->\n<html lang=en>")).toBe(true);
    expect(looksLikeHtml("  \n<!-- one --><!-- two -->\n<!doctype HTML>")).toBe(true);
    expect(looksLikeHtml(page("broken.html"))).toBe(true);
    expect(looksLikeHtml("Some text first\n<body><p>then the page</p></body>")).toBe(true);
  });

  it("knows plain text and markdown", () => {
    expect(looksLikeHtml("Harbour dredging to begin in autumn\n\nBy Ewan MacLeod\n\nDredging of the inner harbour will begin in September.")).toBe(false);
    expect(looksLikeHtml("# Harbour dredging\n\n*By Ewan MacLeod*\n\n- one\n- two\n\n> a quote, with x < y and <b>bold</b>")).toBe(false);
    expect(looksLikeHtml("")).toBe(false);
    expect(looksLikeHtml(`${"plain words ".repeat(300)}<p>late tag</p>`)).toBe(false);
  });
});
