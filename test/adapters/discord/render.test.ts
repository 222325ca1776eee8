// How replies look on Discord, offline: every command's reply, inside Discord's limits, escaped, never pinging.
import { describe, expect, it } from "vitest";
import { DISCORD, clip, fitLines } from "../../../src/adapters/discord/limits.js";
import { embedSize } from "../../../src/adapters/discord/pack-embeds.js";
import { renderForDiscord, type DiscordAnswer } from "../../../src/adapters/discord/render.js";
import type { Source } from "../../../src/corpus/citation.js";
import type { CommandName, OkReplyOf, Reply } from "../../../src/core/reply.js";
import { PRIVATE_FAILURES } from "../../support/failures.js";
import { ADD_SAMPLE, CORRECTIONS_SAMPLE, STATS_SAMPLE } from "../../support/reply-samples.js";

const GAZETTE: Source = { docId: "port", title: "Dock workers walk out", publisher: "Eastport Gazette", published: "2025-02-24", url: "https://gazette.example/port" };
const PUBLIC = { defaultPrivate: false };

// One reply per command: a new command without a sample here fails the type check.
const samples: { [K in CommandName]: OkReplyOf<K> } = {
  ask: { command: "ask", status: "ok", results: [{ passageId: "port#1", text: "Dock workers walked out on Monday.", highlight: "walked out on Monday", score: 1, sources: [GAZETTE] }] },
  sources: { command: "sources", status: "ok", documents: [{ docId: "port", title: "Dock workers walk out", publisher: "Eastport Gazette", published: "2025-02-24", url: GAZETTE.url, passages: 4 }] },
  help: { command: "help", status: "ok", commands: [{ name: "ask", description: "Ask", usage: "/ask <question>", options: [{ name: "question", type: "string", description: "Your question", required: true }], examples: ["/ask why"], moderatorOnly: false }] },
  "who-said": { command: "who-said", status: "ok", matches: [{ speaker: { name: "Maria Okafor", role: "branch secretary" }, quote: "We will stay out", marked: { start: 8, end: 16 }, score: 1, sources: [GAZETTE], confidence: 0.95, alternatives: [{ name: "Tom Reyes" }] }] },
  quotes: { command: "quotes", status: "ok", speaker: { name: "Maria Okafor", role: "branch secretary" }, quotes: [{ quote: "We will stay out", sources: [GAZETTE] }] },
  speakers: { command: "speakers", status: "ok", speakers: [{ name: "Maria Okafor", role: "branch secretary", quotes: 2 }] },
  timeline: { command: "timeline", status: "ok", events: [{ date: "2025-02-24", text: "Dock workers walked out.", expression: "on Monday", people: ["Maria Okafor"], sources: [GAZETTE] }], more: 0 },
  reload: { command: "reload", status: "ok", report: { documents: 2, added: ["a"], removed: [], changed: [], quotations: 3, speakers: 2, events: 1, milliseconds: 40, rejected: [{ file: "x.pdf", reason: "x.pdf is not an article" }] } },
  add: ADD_SAMPLE,
  stats: STATS_SAMPLE,
  corrections: CORRECTIONS_SAMPLE,
};

/** The same reply with every string in it made `n` characters long: the worst a corpus can do. */
function swollen<T>(value: T, n: number): T {
  if (typeof value === "string") return (value.length > 2 ? `${value} ${"word ".repeat(n / 5)}`.slice(0, n) : value) as T;
  if (Array.isArray(value)) return value.map((v) => swollen(v, n)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ["command", "status", "url", "published", "date"].includes(k) ? v : swollen(v, n)])) as T;
  }
  return value;
}

function expectWithinLimits(answer: DiscordAnswer): void {
  expect(answer.content?.length ?? 0).toBeLessThanOrEqual(DISCORD.content);
  for (const page of answer.pages) {
    expect(page.length).toBeLessThanOrEqual(DISCORD.embeds);
    expect(page.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(DISCORD.embedTotal);
    for (const e of page) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(DISCORD.embedTitle);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD.embedDescription);
      expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD.footerText);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD.embedFields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(DISCORD.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(DISCORD.fieldValue);
      }
    }
  }
}

describe("renderForDiscord", () => {
  it.each(Object.values(samples))("renders /$command as embeds that never ping", (reply) => {
    const answer = renderForDiscord(reply, PUBLIC);
    expect(answer.allowedMentions).toEqual({ parse: [] });
    expect(answer.pages[0]?.length).toBeGreaterThan(0);
    expectWithinLimits(answer);
  });

  it.each(Object.values(samples).map((r) => swollen(r, 6000)))("keeps /$command inside Discord's limits when every text is 6,000 characters", (reply) => {
    expectWithinLimits(renderForDiscord(reply, PUBLIC));
  });

  it("cuts a 6,000-character quotation and says how much is left out", () => {
    const reply = { ...samples["who-said"], matches: [{ ...samples["who-said"].matches[0]!, quote: "x".repeat(6000), marked: undefined }] };
    const description = renderForDiscord(reply, PUBLIC).pages[0]?.[0]?.description ?? "";
    expect(description.length).toBeLessThanOrEqual(DISCORD.embedDescription);
    expect(description).toMatch(/… \([\d,]+ more characters\)”$/);
  });

  it("shows what fits in one message and says how many more there are", () => {
    const long = { ...samples.ask.results[0]!, text: "dock ".repeat(600) };
    const answer = renderForDiscord({ ...samples.ask, results: Array.from({ length: 10 }, () => long) }, PUBLIC);
    expect(answer.pages).toHaveLength(1);
    const shown = answer.pages[0]!.length;
    expect(shown).toBeLessThan(10);
    expect(answer.content).toBe(`… and ${10 - shown} more`);
  });

  it("pages long lists five entries at a time, with the note on every page", () => {
    const event = samples.timeline.events[0]!;
    const answer = renderForDiscord({ ...samples.timeline, events: Array.from({ length: 12 }, () => event), more: 4 }, PUBLIC);
    expect(answer.pages.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(answer.content).toBe("12 events, and 4 more not shown");
  });

  it("shows the speaker and role as fields, the article as a linked title and a cited footer", () => {
    const [embed] = renderForDiscord(samples["who-said"], PUBLIC).pages[0]!;
    expect(embed).toEqual({
      title: "Dock workers walk out",
      url: "https://gazette.example/port",
      description: "“We will **stay out**”",
      fields: [
        { name: "Speaker", value: "Maria Okafor", inline: true },
        { name: "Role", value: "branch secretary", inline: true },
        { name: "Or perhaps", value: "Tom Reyes" },
      ],
      footer: { text: "Dock workers walk out — Eastport Gazette, 24 Feb 2025" },
    });
  });

  it("leaves the link out when the article has none, or a malformed one", () => {
    for (const url of [undefined, "javascript:alert(1)", "not a url"]) {
      const reply = { ...samples.ask, results: [{ ...samples.ask.results[0]!, sources: [{ ...GAZETTE, url }] }] };
      expect(renderForDiscord(reply, PUBLIC).pages[0]?.[0]).not.toHaveProperty("url");
    }
  });

  it("escapes markdown in corpus text, so it reads as written", () => {
    const text = "**Bold** claims, _quiet_ words, [a link](https://x.example), `code`, ||spoiler||\n> not a quote\n# not a heading\n- not a list\n>>> nor this";
    const reply = { ...samples.quotes, quotes: [{ quote: text, sources: [GAZETTE] }] };
    const description = renderForDiscord(reply, PUBLIC).pages[0]?.[0]?.description;
    expect(description).toBe(
      "“\\*\\*Bold\\*\\* claims, \\_quiet\\_ words, \\[a link\\](https://x.example), \\`code\\`, \\|\\|spoiler\\|\\|\n" +
        "\\> not a quote\n\\# not a heading\n\\- not a list\n\\>>> nor this”",
    );
  });

  it("shows Discord's angle-bracket syntax from an article as text: no pill, no live timestamp", () => {
    const text = "Ask <@123456789012345678> or <@&223456789012345678> in <#323456789012345678> before <t:0:R>, see </help:1> <:wave:42>; 3 < 4";
    const reply = { ...samples.quotes, quotes: [{ quote: text, sources: [GAZETTE] }] };
    const description = renderForDiscord(reply, PUBLIC).pages[0]?.[0]?.description ?? "";
    expect(description).not.toMatch(/(?<!\\)<(?:@|#|t:|\/|:)/);
    expect(description).toContain("\\<@123456789012345678>");
    expect(description).toContain("3 < 4");
  });

  it.each([
    ["invalid", { private: false }],
    ["forbidden", { private: false }],
    ["error", {}],
  ] as const)("sends a %s reply to the asker alone, whatever they asked", (status, asked) => {
    const reply = { command: "ask", message: "Sorry, @everyone, that failed", ...PRIVATE_FAILURES[status] } as Reply;
    const answer = renderForDiscord(reply, { ...PUBLIC, ...asked });
    expect(answer).toMatchObject({ ephemeral: true, content: "Sorry, @everyone, that failed", pages: [[]], allowedMentions: { parse: [] } });
  });

  it("lets a no-match be seen by the channel, and lists its candidates", () => {
    const reply: Reply = { command: "quotes", status: "no-match", code: "no-such-speaker", message: "Nobody called “Mar” is quoted.", candidates: [{ name: "Maria Okafor", role: "branch secretary" }] };
    expect(renderForDiscord(reply, PUBLIC)).toMatchObject({ ephemeral: false, content: "Nobody called “Mar” is quoted.\n• Maria Okafor (branch secretary)" });
    expect(renderForDiscord(reply, { defaultPrivate: true }).ephemeral).toBe(true);
  });

  it("follows `private`, then DISCORD_DEFAULT_PRIVATE; /help is private unless shared", () => {
    expect(renderForDiscord(samples.ask, PUBLIC).ephemeral).toBe(false);
    expect(renderForDiscord(samples.ask, { defaultPrivate: true }).ephemeral).toBe(true);
    expect(renderForDiscord(samples.ask, { defaultPrivate: true, private: false }).ephemeral).toBe(false);
    expect(renderForDiscord(samples.ask, { ...PUBLIC, private: true }).ephemeral).toBe(true);
    expect(renderForDiscord(samples.help, PUBLIC).ephemeral).toBe(true);
    expect(renderForDiscord(samples.help, { ...PUBLIC, private: false }).ephemeral).toBe(false);
  });
});

describe("limits", () => {
  it("clips at a word and never leaves half an escape or half an emoji", () => {
    expect(clip("short", 10)).toBe("short");
    const clipped = clip(`${"a ".repeat(50)}\\*${"b".repeat(100)}`, 80);
    expect(clipped.length).toBeLessThanOrEqual(80);
    expect(clipped).not.toMatch(/(^|[^\\])(\\\\)*\\…/);
    expect(clip("😀".repeat(100), 51)).not.toMatch(/[\uD800-\uDBFF]…/);
  });

  it("fits as many lines as it can and counts the rest", () => {
    expect(fitLines(["one", "two", "three"], 100)).toBe("one\ntwo\nthree");
    expect(fitLines(["one", "two", "three", "four"], 20)).toBe("one\ntwo\n… and 2 more");
    expect(fitLines(["x".repeat(50), "y"], 40)).toMatch(/… and 1 more$/);
    expect(fitLines(["x".repeat(50), "y"], 40).length).toBeLessThanOrEqual(40);
  });
});
