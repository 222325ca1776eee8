// The Slack renderer, offline: Block Kit shape, Slack's limits, visibility and escaping.
import { describe, expect, it } from "vitest";
import { renderForSlack, SHARE_ACTION, type SlackBlock, type SlackMessage } from "../../../src/adapters/slack/render.js";
import { SLACK } from "../../../src/adapters/slack/limits.js";
import type { Source } from "../../../src/corpus/citation.js";
import type { CommandName, OkReplyOf, Reply } from "../../../src/core/reply.js";
import { PRIVATE_FAILURES } from "../../support/failures.js";
import { ADD_SAMPLE, CORRECTIONS_SAMPLE, STATS_SAMPLE } from "../../support/reply-samples.js";

const article: Source = { docId: "port-strike", title: "Dock workers walk out", publisher: "Eastport Echo", published: "2024-03-04", url: "https://news.example/port?a=1&b=2" };
const noLink: Source = { docId: "library-cuts", title: "Libraries to close", publisher: "Council News", published: "2024-01" };
const doe = { name: "Jane Doe", role: "Home Secretary" };

// One sample per command: a new command without one fails the type check here too.
const samples: { [K in CommandName]: OkReplyOf<K> } = {
  ask: { command: "ask", status: "ok", results: [{ passageId: "p#1", text: "Dock workers walked out. Pay was the issue.", highlight: "Pay was the issue.", score: 3, sources: [article] }] },
  sources: { command: "sources", status: "ok", documents: [{ docId: "port-strike", title: "Dock workers walk out", publisher: "Eastport Echo", published: "2024-03-04", url: article.url, passages: 2 }] },
  help: { command: "help", status: "ok", commands: [{ name: "ask", description: "Passages that answer", usage: "/ask <question> [limit:1-10]", options: [{ name: "question", type: "string", description: "Your question", required: true }], examples: ["/ask why"], moderatorOnly: false }] },
  "who-said": { command: "who-said", status: "ok", matches: [{ speaker: doe, quote: "This is a secret place for terrorists", marked: { start: 10, end: 22 }, score: 1, sources: [article], confidence: 0.95, alternatives: [{ name: "John Roe" }] }] },
  quotes: { command: "quotes", status: "ok", speaker: doe, quotes: [{ quote: "We will act.", sources: [noLink] }] },
  speakers: { command: "speakers", status: "ok", speakers: [{ name: "Jane Doe", role: "Home Secretary", quotes: 3 }] },
  timeline: { command: "timeline", status: "ok", more: 7, events: [{ date: "2024-03-04", text: "Dock workers walked out.", expression: "on Monday", sources: [article] }] },
  reload: { command: "reload", status: "ok", report: { documents: 2, added: ["a"], removed: [], changed: [], quotations: 4, speakers: 2, events: 1, milliseconds: 1200, rejected: [{ file: "x.txt", reason: "x.txt is empty" }] } },
  add: ADD_SAMPLE,
  stats: STATS_SAMPLE,
  corrections: CORRECTIONS_SAMPLE,
};

const ephemeral = { visibility: "ephemeral" as const, line: "/cmd", shareable: true };

/** Every limit of limits.ts that a message can break. */
function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
  expect(message.text.length).toBeLessThanOrEqual(SLACK.fallbackText);
  for (const block of message.blocks) {
    if (block.type === "header") expect(block.text.text.length).toBeLessThanOrEqual(SLACK.headerText);
    if (block.type === "section") expect(block.text.text.length).toBeLessThanOrEqual(SLACK.sectionText);
    if (block.type === "context") {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK.contextElements);
      for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(SLACK.textObject);
    }
    if (block.type === "actions") for (const b of block.elements) expect(b.value.length).toBeLessThanOrEqual(SLACK.buttonValue);
  }
}

const ofType = <T extends SlackBlock["type"]>(m: SlackMessage, type: T) => m.blocks.filter((b): b is Extract<SlackBlock, { type: T }> => b.type === type);
const shown = (m: SlackMessage) => JSON.stringify(m.blocks);

describe("renderForSlack", () => {
  it.each(Object.values(samples))("renders /$command as a header and blocks within Slack's limits", (reply) => {
    const message = renderForSlack(reply, ephemeral);
    expect(message.blocks[0]?.type).toBe("header");
    expect(message.text).not.toBe("");
    expectWithinLimits(message);
  });

  it("lays out a passage, with its highlight in bold and its source cited and linked", () => {
    const message = renderForSlack(samples.ask, ephemeral);
    expect(ofType(message, "section")[0]?.text.text).toBe("Dock workers walked out. *Pay was the issue.*");
    expect(ofType(message, "context").map((c) => c.elements[0]?.text)).toContain(
      "<https://news.example/port?a=1&amp;b=2|Dock workers walk out — Eastport Echo, 4 Mar 2024>",
    );
  });

  it("shows a quotation with its speaker, role and source; a source without a url stays plain text", () => {
    const said = shown(renderForSlack(samples["who-said"], ephemeral));
    expect(said).toContain("“This is a *secret place* for terrorists”");
    expect(said).toContain("*Jane Doe (Home Secretary)*");
    expect(said).toContain("or perhaps John Roe");
    expect(shown(renderForSlack(samples.quotes, ephemeral))).toContain('"Libraries to close — Council News, Jan 2024"');
  });

  it("cuts a long answer to 50 blocks and says how many more there are", () => {
    const many = { ...samples.ask, results: Array.from({ length: 80 }, (_, i) => ({ ...samples.ask.results[0]!, passageId: `p#${i}`, text: "word ".repeat(1000) })) };
    const message = renderForSlack(many, ephemeral);
    expectWithinLimits(message);
    const more = ofType(message, "context").at(-1)?.elements[0]?.text;
    expect(more).toMatch(/^…and (\d+) more not shown/);
    const sections = ofType(message, "section").length;
    expect(more).toContain(`and ${80 - sections} more`);
    expect(ofType(message, "section")[0]?.text.text.endsWith("…")).toBe(true);
  });

  it("pages a long answer so nothing is cut off, with Previous and Next carrying the key", () => {
    const many = { ...samples.ask, results: Array.from({ length: 80 }, (_, i) => ({ ...samples.ask.results[0]!, passageId: `p#${i}`, text: `passage ${i} ${"word ".repeat(300)}` })) };
    const first = renderForSlack(many, ephemeral);
    const pages = first.pages ?? 1;
    expect(pages).toBeGreaterThan(1);
    const seen = new Set<number>();
    for (let page = 0; page < pages; page++) {
      const message = renderForSlack(many, { ...ephemeral, paging: { key: "abc123", page } });
      expectWithinLimits(message);
      expect(shown(message)).toContain(`Page ${page + 1} of ${pages}`);
      expect(shown(message)).not.toContain("more not shown");
      const buttons = ofType(message, "actions").flatMap((b) => b.elements).filter((e) => e.action_id.startsWith("page_answer"));
      expect(buttons.map((b) => b.value)).toEqual([...(page > 0 ? [`abc123:${page - 1}`] : []), ...(page < pages - 1 ? [`abc123:${page + 1}`] : [])]);
      for (const m of shown(message).matchAll(/passage (\d+) /g)) seen.add(Number(m[1]));
    }
    expect(seen.size).toBe(80);
  });

  it("adds the command's own count of left-out items to the 'more' line", () => {
    expect(shown(renderForSlack(samples.timeline, ephemeral))).toContain("…and 7 more not shown");
  });

  it("packs list answers into few sections", () => {
    const documents = Array.from({ length: 300 }, (_, i) => ({ ...samples.sources.documents[0]!, docId: `d${i}`, title: `Article ${i}` }));
    const message = renderForSlack({ ...samples.sources, documents }, ephemeral);
    expectWithinLimits(message);
    expect(ofType(message, "section").length).toBeLessThan(20);
    expect(shown(message)).not.toContain("more not shown");
  });

  it("escapes corpus text and titles so nothing becomes a ping, a mention or a link", () => {
    const hostile = {
      ...samples.ask,
      results: [{ ...samples.ask.results[0]!, text: "Hi <!channel> and <@U123> see <https://evil.example|here> R&D", highlight: "", sources: [{ ...article, title: "A <b> & <!here>" }] }],
    };
    const message = renderForSlack(hostile, { visibility: "in_channel" });
    expect(shown(message)).toContain("Hi &lt;!channel&gt; and &lt;@U123&gt; see &lt;https://evil.example|here&gt; R&amp;D");
    expect(shown(message)).toContain("|A &lt;b&gt; &amp; &lt;!here&gt; — Eastport Echo");
    expect(shown(message) + message.text).not.toMatch(/<!channel>|<@U123>|<!here>|<https:\/\/evil/);
    // Mrkdwn text objects ask Slack not to link or mention anything on its own.
    expect(ofType(message, "section")[0]?.text.verbatim).toBe(true);
  });

  it("shows formatting characters from an article as written, never as bold, italics, strike or code", () => {
    const styled = { ...samples.quotes, quotes: [{ quote: "a *bold* claim, _quiet_ words, ~struck~ and `code`", sources: [article] }] };
    const text = shown(renderForSlack(styled, ephemeral));
    const token = (c: string) => `<!date^00000000^{_}|${c}>`;
    expect(text).toContain(`a ${token("*")}bold${token("*")} claim, ${token("_")}quiet${token("_")} words, ${token("~")}struck${token("~")} and ${token("`")}code${token("`")}`);
    // The formatting the bot writes itself (the speaker in bold) stays formatting.
    expect(text).toMatch(/\*[^*]+\*/);
  });

  it("keeps an article address that contains '|' or '>' from ending the link early", () => {
    const odd = { ...samples.ask, results: [{ ...samples.ask.results[0]!, sources: [{ ...article, url: "https://news.example/a|b>c" }] }] };
    expect(shown(renderForSlack(odd, ephemeral))).toContain("<https://news.example/a%7Cb%3Ec|Dock workers walk out");
  });

  it("offers the share button on a private answer, carrying the command line", () => {
    const message = renderForSlack(samples.ask, { visibility: "ephemeral", line: "/ask why", shareable: true });
    expect(message.response_type).toBe("ephemeral");
    expect(ofType(message, "actions")[0]?.elements[0]).toMatchObject({ action_id: SHARE_ACTION, value: "/ask why" });
  });

  it("makes public answers public, naming the asker, without a share button", () => {
    const message = renderForSlack(samples.ask, { visibility: "in_channel", line: "/ask why", askedBy: "U0001", shareable: true });
    expect(message.response_type).toBe("in_channel");
    expect(ofType(message, "actions")).toEqual([]);
    expect(ofType(message, "context")[0]?.elements[0]?.text).toBe("<@U0001> asked `/ask why`");
  });

  it.each(["help", "reload"] as const)("keeps /%s private and unshared, whatever the default", (name) => {
    const message = renderForSlack(samples[name], { visibility: "in_channel", line: `/${name}`, shareable: true });
    expect(message.response_type).toBe("ephemeral");
    expect(ofType(message, "actions")).toEqual([]);
  });

  it.each(["invalid", "forbidden", "error"] as const)("answers %s privately even when answers are public", (status) => {
    const reply = { command: "ask", message: "Sorry <@U1> & co", ...PRIVATE_FAILURES[status] } as Reply;
    const message = renderForSlack(reply, { visibility: "in_channel", line: "/ask", shareable: true });
    expect(message).toMatchObject({ response_type: "ephemeral", text: "Sorry &lt;@U1&gt; &amp; co" });
    expect(ofType(message, "actions")).toEqual([]);
  });

  it("lets 'no match' follow the default visibility, with its suggestions", () => {
    const reply: Reply = { command: "quotes", status: "no-match", code: "no-such-speaker", message: "Nobody called Doe.", candidates: [doe] };
    const message = renderForSlack(reply, { visibility: "in_channel" });
    expect(message.response_type).toBe("in_channel");
    expect(message.text).toBe("Nobody called Doe.\n• Jane Doe (Home Secretary)");
  });

  it("echoes a command line as inline code, escaped and cut short", () => {
    const message = renderForSlack(samples.ask, { visibility: "ephemeral", line: `/ask \`x\` <!channel> ${"y".repeat(1000)}` });
    const echo = ofType(message, "context")[0]?.elements[0]?.text ?? "";
    expect(echo.startsWith("`/ask 'x' &lt;!channel&gt; yyy")).toBe(true);
    expect(echo.length).toBeLessThan(320);
  });

  it("writes a fallback text that reads on its own", () => {
    expect(renderForSlack(samples.ask, ephemeral).text).toBe(
      "1 passage that answers your question\nDock workers walked out. *Pay was the issue.* — <https://news.example/port?a=1&amp;b=2|Dock workers walk out — Eastport Echo, 4 Mar 2024>",
    );
  });
});
