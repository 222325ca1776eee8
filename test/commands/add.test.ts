// /add end to end: a local HTTP server plays the web, the real fetcher, reader and library add the page.
// Every way a page can be refused leaves the corpus folder and the corpus being served as they were.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import commands from "../../commands/index.js";
import { startBot, type Bot } from "../../src/core/bot.js";
import { silentLogger } from "../../src/logger.js";
import { LOCAL, MEMBER, assertOk, writeCorpus } from "../support/bot.js";

const ARTICLE = `<!doctype html><html><head><title>Ferry strike ends | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<link rel="canonical" href="https://gazette.example/news/ferry-strike-ends">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry strike ends after talks","datePublished":"2025-03-14T18:00:00+00:00","author":{"@type":"Person","name":"Jo Bell"},"publisher":{"@type":"Organization","name":"The Harbour Gazette"}}</script>
</head><body><nav>Home | News | Sport</nav><article><h1>Ferry strike ends after talks</h1>
<p>Ferry crews returned to work on Friday after talks at the Harbour Office ended a week-long strike over pay.</p>
<p>“Nobody wanted the boats tied up for another week,” said Ana Ruiz, the harbour master.</p>
<p>The owners agreed to a new timetable and a review of night-shift pay before the summer season.</p>
<p>Passengers stranded on the islands were offered free crossings on Saturday, the company said.</p>
</article><aside>Related: Bridge tolls to rise</aside></body></html>`;

const INDEX_PAGE = `<!doctype html><html><head><title>Gazette</title></head><body><nav><a href="/a">News</a> <a href="/b">Sport</a></nav></body></html>`;

let server: Server;
let base: string;
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    switch (req.url) {
      case "/article":
      case "/article-again":
        return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE);
      case "/index":
        return void res.writeHead(200, { "content-type": "text/html" }).end(INDEX_PAGE);
      case "/slow":
        return; // never answers
      case "/huge":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<html><body>");
        for (let i = 0; i < 400; i++) res.write(`<p>${"filler words ".repeat(100)}</p>`);
        return void res.end("</body></html>");
      case "/loop":
        return void res.writeHead(302, { location: "/loop" }).end();
      case "/pdf":
        return void res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
      default:
        return void res.writeHead(404).end("not here");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const SEED = { "bridge-tolls": "Bridge tolls to rise\n\nBy Jo Bell 2 April 2025\n\nTolls on the harbour bridge will rise in May, the council said." };

async function botOver(allowPrivate: boolean): Promise<{ bot: Bot; folder: string }> {
  const folder = writeCorpus(SEED);
  // Private addresses are allowed only where the test's own server must be reached.
  const bot = await startBot({ corpusFolder: folder, log: silentLogger(), commands, now: () => new Date("2026-01-15T12:00:00Z"), fetchPolicy: { allowPrivate, timeoutMs: 500, maxBytes: 100_000 } });
  return { bot, folder };
}

describe("/add <url>", () => {
  it("reads the page, saves it, and answers from it at once, with no restart", async () => {
    const { bot, folder } = await botOver(true);
    const reply = await bot.handleText(`/add ${base}/article`, LOCAL);
    assertOk(reply, "add");
    expect(reply.article).toMatchObject({
      title: "Ferry strike ends after talks",
      publisher: "The Harbour Gazette",
      published: "2025-03-14",
      author: "Jo Bell",
      url: "https://gazette.example/news/ferry-strike-ends",
      firstParagraph: expect.stringMatching(/^Ferry crews returned to work on Friday/),
    });
    expect(reply.article.quotations).toBeGreaterThanOrEqual(1);
    expect(reply.article.events).toBeGreaterThanOrEqual(1);
    expect(readdirSync(folder).filter((f) => f.endsWith(".html"))).toEqual([reply.article.file]);
    const who = await bot.handleText("/who-said nobody wanted the boats tied up", LOCAL);
    assertOk(who, "who-said");
    expect(who.matches[0]?.speaker.name).toBe("Ana Ruiz");
    expect(who.matches[0]?.sources[0]?.url).toBe("https://gazette.example/news/ferry-strike-ends");
    // The same article again, by another link to it, is refused as a duplicate.
    expect(await bot.handleText(`/add ${base}/article-again`, LOCAL)).toMatchObject({ status: "invalid", code: "page-refused", reason: "duplicate" });
    expect(readdirSync(folder).filter((f) => f.endsWith(".html"))).toHaveLength(1);
  });

  it.each([
    ["a server that never answers", "/slow", "timeout"],
    ["a page larger than the limit", "/huge", "too-large"],
    ["a redirect loop", "/loop", "redirect-loop"],
    ["a PDF", "/pdf", "not-html"],
    ["a 404", "/missing", "http-status"],
    ["a page with no article in it", "/index", "no-article"],
  ])("refuses %s in one line, and leaves the corpus as it was", async (_what, path, reason) => {
    const { bot, folder } = await botOver(true);
    const before = readdirSync(folder).sort();
    const served = bot.library.current();
    const reply = await bot.handleText(`/add ${base}${path}`, LOCAL);
    expect(reply).toMatchObject({ status: "invalid", code: "page-refused", reason });
    expect("message" in reply && reply.message).not.toContain("\n");
    expect(readdirSync(folder).sort()).toEqual(before);
    expect(bot.library.current()).toBe(served);
  });

  it("refuses a private address without sending it anything, unless the operator allows them", async () => {
    const { bot, folder } = await botOver(false);
    requests = [];
    for (const url of [`${base}/article`, "http://localhost/article", "http://169.254.169.254/latest/meta-data/", "http://[::1]/"]) {
      expect(await bot.handleText(`/add ${url}`, LOCAL), url).toMatchObject({ status: "invalid", code: "page-refused", reason: "private-address" });
    }
    expect(requests).toEqual([]);
    expect(readdirSync(folder).filter((f) => f.endsWith(".html"))).toEqual([]);
  });

  it("is for moderators only, on every platform", async () => {
    const { bot } = await botOver(true);
    requests = [];
    expect(await bot.handleText(`/add ${base}/article`, MEMBER)).toMatchObject({ status: "forbidden", code: "moderators-only" });
    expect(requests).toEqual([]);
  });

  it.each(["ftp://gazette.example/a", "not a link", "javascript:alert(1)", ""])("turns away %j with a usage line", async (url) => {
    const { bot } = await botOver(true);
    expect(await bot.handleText(`/add ${url}`, LOCAL)).toMatchObject({ status: "invalid", message: expect.stringContaining("/add") });
  });

  it("takes a link as Slack and Discord wrap it", async () => {
    const { bot } = await botOver(true);
    assertOk(await bot.handleText(`/add <${base}/article|gazette.example/news>`, LOCAL), "add");
  });
});
