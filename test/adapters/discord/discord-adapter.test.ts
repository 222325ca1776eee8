// The Discord adapter end to end: real discord.js, a fake Discord on 127.0.0.1 (test/support/fake-discord.ts).
// Every assertion is on what Discord would receive: interaction callbacks, webhook edits, their flags.
import { afterAll, describe, expect, it, vi } from "vitest";
import { ADMIN, ALICE, BOB, BOT_ID, BOT_TOKEN, MODERATOR, MOD_ROLE, type RecordedRequest } from "../../support/fake-discord.js";
import { startDiscordBot } from "../../support/fake-discord-bot.js";

const EPHEMERAL = 64;
const REPLY = 4;
const DEFERRED = 5;
const UPDATE = 7;
const AUTOCOMPLETE = 8;

// One bot for most tests; the others differ only in their settings.
const [h, p, s] = await Promise.all([
  startDiscordBot(),
  startDiscordBot({ DISCORD_DEFAULT_PRIVATE: true, DISCORD_MODERATOR_ROLE: "corpus keepers" }),
  // Answers are "slow" after 5 ms here, so the defer path runs without waiting out Discord's window.
  startDiscordBot({ DISCORD_MODERATOR_ROLE: MOD_ROLE.id }, { deferAfterMs: 5 }),
]);
afterAll(() => Promise.all([h.stop(), p.stop(), s.stop()]));

describe("connecting", () => {
  it("identifies with the bot token and no privileged intent, over plain JSON", async () => {
    // Guilds (1), GuildMessages (512) and DirectMessages (4096): no privileged intent.
    expect(await h.fake.identified).toEqual({ token: BOT_TOKEN, intents: 1 + 512 + 4096 });
    const query = await h.fake.gatewayQuery;
    expect(Object.fromEntries(query)).toEqual({ v: "10", encoding: "json" });
  });

  it("calls the REST API under the configured base, with the /v10 prefix discord.js adds", async () => {
    const gateway = await h.fake.waitFor((r) => r.path === "/gateway/bot");
    expect(gateway.fullPath).toBe("/api/v10/gateway/bot");
  });
});

describe("answering a slash command", () => {
  it("replies at once with embeds citing the article, its link, and no pings", async () => {
    const cb = await h.fake.callback(h.fake.command("ask", { question: "why did the dock workers walk out" }));
    expect(cb.body.type).toBe(REPLY);
    expect(cb.body.data.flags ?? 0).toBe(0);
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
    const [first] = cb.body.data.embeds;
    expect(first).toMatchObject({
      title: "Dock workers walk out",
      url: "https://gazette.example/port-strike",
      footer: { text: "Dock workers walk out — Eastport Gazette, 24 Feb 2025" },
    });
    expect(first.description).toContain("walked out on Monday");
  });

  it("keeps a quoted @everyone inert and escapes the corpus's markdown", async () => {
    const cb = await h.fake.callback(h.fake.command("ask", { question: "what did the harbour master say about the port reopening" }));
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
    const text = JSON.stringify(cb.body.data.embeds);
    expect(text).toContain(String.raw`\\*\\*port\\*\\*`);
    expect(text).toContain(String.raw`\\_night shift\\_`);
  });

  it("shows the speaker and role as fields", async () => {
    const cb = await h.fake.callback(h.fake.command("who-said", { quote: "stay out" }));
    expect(cb.body.data.embeds[0].fields).toEqual([
      { name: "Speaker", value: "Maria Okafor", inline: true },
      { name: "Role", value: "branch secretary, Dockers' Union", inline: true },
    ]);
    expect(cb.body.data.embeds[0].description).toBe("“We will stay out, and @everyone knows it”");
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("cuts a 6,000-character quotation to Discord's limits and says how much is missing", async () => {
    const cb = await h.fake.callback(h.fake.command("who-said", { quote: "long" }));
    const [embed] = cb.body.data.embeds;
    expect(embed.description.length).toBeLessThanOrEqual(4096);
    expect(embed.description).toMatch(/… \([\d,]+ more characters\)/);
    expect(JSON.stringify(cb.body.data.embeds).length).toBeLessThan(6000 + 500);
  });

  it.each([
    ["@everyone **why** did _they_ walk out"],
    ["<@&123456789012345678> [click](https://evil.example) ||walk out||"],
  ])("answers %j without pinging anyone", async (question) => {
    const cb = await h.fake.callback(h.fake.command("ask", { question }));
    expect(cb.body.type).toBe(REPLY);
    expect(cb.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("sends mistakes to the asker alone, with the usage line", async () => {
    const cb = await h.fake.callback(h.fake.command("ask", { question: "x".repeat(501) }));
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(cb.body.data.content).toContain("/ask <question>");
    expect(cb.body.data.embeds).toEqual([]);
  });

  it("answers a command it no longer has (a stale registration) privately", async () => {
    const cb = await h.fake.callback(h.fake.command("horoscope", { sign: "leo" }));
    expect(cb.body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining("Unknown command /horoscope") });
  });

  it("answers privately when asked to, and keeps `private` away from the core", async () => {
    const spy = vi.spyOn(h.bot, "handleOptions");
    const cb = await h.fake.callback(h.fake.command("sources", { private: true }));
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(spy).toHaveBeenCalledWith("sources", {}, expect.objectContaining({ id: ALICE.id, platform: "discord" }), expect.anything());
    spy.mockRestore();
  });

  it("shows /help to the asker alone", async () => {
    const cb = await h.fake.callback(h.fake.command("help"));
    expect(cb.body.data.flags).toBe(EPHEMERAL);
    expect(cb.body.data.embeds[0].fields.map((f: { name: string }) => f.name)).toContain("/ask");
  });

  it("answers a bug with a private apology and a reference, and keeps serving", async () => {
    const cb = await h.fake.callback(h.fake.command("who-said", { quote: "boom" }));
    expect(cb.body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringMatching(/logged as [0-9a-f]{8}/) });
    const next = await h.fake.callback(h.fake.command("sources"));
    expect(next.body.type).toBe(REPLY);
  });
});

describe("when Discord refuses a response", () => {
  it("logs it without any token, tries a short apology, and keeps serving", async () => {
    h.fake.failNext((r) => r.path.endsWith("/callback") && r.body?.type === REPLY && r.body.data.embeds?.length > 0, {
      status: 404,
      body: { message: "Unknown interaction", code: 10062 },
    });
    const id = h.fake.command("sources");
    const apology = await h.fake.waitFor((r) => r.path.includes(id) && r.body?.data?.content?.startsWith("Sorry"));
    expect(apology.body.data.flags).toBe(EPHEMERAL);
    const failure = h.logs.find((l) => l.msg === "discord interaction failed" && l.interaction === id);
    expect(failure).toMatchObject({ error: { type: "DiscordAPIError[10062]", status: 404, code: 10062, path: expect.stringContaining("[redacted]") } });
    const next = await h.fake.callback(h.fake.command("sources"));
    expect(next.body.type).toBe(REPLY);
    const logged = h.logText();
    expect(logged).not.toContain(BOT_TOKEN);
    for (const token of h.fake.tokens) expect(logged).not.toContain(token);
  });
});

describe("autocomplete", () => {
  const choicesOf = (cb: RecordedRequest) => cb.body.data.choices as { name: string; value: string }[];

  it("offers speakers for /quotes as you type", async () => {
    const cb = await h.fake.callback(h.fake.autocomplete("quotes", { speaker: "mar" }, "speaker"));
    expect(cb.body.type).toBe(AUTOCOMPLETE);
    expect(choicesOf(cb)).toContainEqual({ name: "Maria Okafor", value: "Maria Okafor" });
  });

  it("offers quotations for /who-said, each choice within 100 characters", async () => {
    const cb = await h.fake.callback(h.fake.autocomplete("who-said", { quote: "night shift" }, "quote"));
    const choices = choicesOf(cb);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices[0]?.name).toMatch(/^We will stay out until the night shift/);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it("answers /timeline topics with at most 25 choices, even for an empty box", async () => {
    const cb = await h.fake.callback(h.fake.autocomplete("timeline", { topic: "" }, "topic"));
    expect(cb.body.type).toBe(AUTOCOMPLETE);
    expect(choicesOf(cb).length).toBeLessThanOrEqual(25);
  });

  it("offers nothing for an option without suggestions", async () => {
    const cb = await h.fake.callback(h.fake.autocomplete("ask", { question: "dock" }, "question"));
    expect(choicesOf(cb)).toEqual([]);
  });
});

describe("paging long lists", () => {
  async function askTimeline() {
    const cb = await h.fake.callback(h.fake.command("timeline", {}, ALICE));
    const row = cb.body.data.components[0].components as { custom_id: string; disabled: boolean; label: string }[];
    return { cb, previous: row[0], next: row[1] };
  }

  it("shows the first page with Previous (disabled) and Next buttons", async () => {
    const { cb, previous, next } = await askTimeline();
    expect(cb.body.data.embeds).toHaveLength(5);
    expect(cb.body.data.content).toContain("Page 1 of 3");
    expect(cb.body.data.content).toContain("and 3 more");
    expect(previous).toMatchObject({ label: "◀ Previous", disabled: true });
    expect(next).toMatchObject({ label: "Next ▶", disabled: false });
  });

  it("turns the page for the asker, in place", async () => {
    const { cb, next } = await askTimeline();
    const clicked = await h.fake.callback(h.fake.click(next!.custom_id, cb.body.data, ALICE));
    expect(clicked.body.type).toBe(UPDATE);
    expect(clicked.body.data.content).toContain("Page 2 of 3");
    expect(clicked.body.data.embeds[0].title).toBe("6 Feb 2025");
    expect(clicked.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("tells anyone else, privately, that only the asker can page", async () => {
    const { cb, next } = await askTimeline();
    const clicked = await h.fake.callback(h.fake.click(next!.custom_id, cb.body.data, BOB));
    expect(clicked.body.type).toBe(REPLY);
    expect(clicked.body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining("Only the person who asked") });
  });

  it("says when the pages are gone", async () => {
    const clicked = await h.fake.callback(h.fake.click("page:0123456789ab:1", { content: "" }, ALICE));
    expect(clicked.body.data).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining("expired") });
  });
});

describe("moderation (Manage Server decides when no role is configured)", () => {
  it("refuses /reload politely and privately to a member without Manage Server", async () => {
    const cb = await h.fake.callback(h.fake.command("reload", {}, MODERATOR));
    expect(cb.body.data).toMatchObject({ flags: EPHEMERAL, content: "Sorry, only moderators can use /reload." });
  });

  it("lets a member with Manage Server reload", async () => {
    const cb = await h.fake.callback(h.fake.command("reload", {}, ADMIN));
    expect(cb.body.data.embeds[0].title).toBe("Corpus reloaded");
  });
});

describe("with DISCORD_DEFAULT_PRIVATE and DISCORD_MODERATOR_ROLE as a role name", () => {
  it("answers privately unless asked otherwise", async () => {
    expect((await p.fake.callback(p.fake.command("sources"))).body.data.flags).toBe(EPHEMERAL);
    expect((await p.fake.callback(p.fake.command("sources", { private: false }))).body.data.flags ?? 0).toBe(0);
  });

  it("lets a holder of the named role reload, and no one else", async () => {
    expect((await p.fake.callback(p.fake.command("reload", {}, MODERATOR))).body.data.embeds).toHaveLength(1);
    expect((await p.fake.callback(p.fake.command("reload", {}, BOB))).body.data.content).toContain("only moderators");
  });
});

describe("answers slower than Discord's window (DISCORD_MODERATOR_ROLE as a role id)", () => {
  const edits = (id: string) => (r: RecordedRequest) => r.method === "PATCH" && r.path.includes(`-${id}-`) && r.path.endsWith("/messages/@original");
  /** The edit that puts the answer in (progress notes are edits too, without embeds). */
  const edit = (id: string) => s.fake.waitFor((r) => edits(id)(r) && r.body.embeds?.length > 0);

  it("defers first, then edits the answer in", async () => {
    const id = s.fake.command("speakers");
    const deferred = await s.fake.callback(id);
    expect(deferred.body).toEqual({ type: DEFERRED, data: { flags: 0 } });
    s.slow.answer();
    const edited = await edit(id);
    expect(edited.body.embeds[0].description).toContain("Maria Okafor");
    expect(edited.body.allowed_mentions).toEqual({ parse: [] });
  });

  it("shows the command's progress notes in the deferred message until the answer replaces them", async () => {
    const id = s.fake.command("speakers");
    await s.fake.callback(id);
    const note = await s.fake.waitFor(edits(id));
    expect(note.body).toMatchObject({ content: "⏳ Counting speakers… (50%)", allowed_mentions: { parse: [] } });
    s.slow.answer();
    const answer = await edit(id);
    expect(answer.body.content).toBe("");
    expect(s.fake.requests.indexOf(answer)).toBeGreaterThan(s.fake.requests.indexOf(note));
  });

  it("defers privately when the answer is to be private", async () => {
    const id = s.fake.command("speakers", { private: true });
    expect((await s.fake.callback(id)).body).toEqual({ type: DEFERRED, data: { flags: EPHEMERAL } });
    s.slow.answer();
    expect((await edit(id)).body.embeds).toHaveLength(1);
  });

  it("replaces a public 'thinking…' with a private message when the answer is a mistake", async () => {
    const id = s.fake.command("speakers");
    await s.fake.callback(id);
    s.slow.answer({ status: "invalid", code: "bad-option", message: "That is not a speaker. Usage: /speakers" });
    await s.fake.waitFor((r) => r.method === "DELETE" && r.path.includes(`-${id}-`));
    const followUp = await s.fake.waitFor((r) => r.method === "POST" && r.path.startsWith("/webhooks/") && r.path.includes(`-${id}-`));
    expect(followUp.body).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining("Usage: /speakers") });
  });

  it("checks the configured role id", async () => {
    // Here even /reload may be deferred: read the answer wherever it lands.
    const id = s.fake.command("reload", {}, MODERATOR);
    const first = await s.fake.callback(id);
    const answer = first.body.type === REPLY ? first.body.data : (await edit(id)).body;
    expect(answer.embeds[0].title).toBe("Corpus reloaded");
  });
});

describe("answering a mention or a DM in plain words", () => {
  it("answers a mention as a reply that says how it read the question, and pings nobody", async () => {
    const id = h.fake.say(`<@${BOT_ID}> who said "stay out"?`);
    const post = await h.fake.replyTo(id);
    expect(post.body.content).toContain("*Who said “stay out”*");
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(post.body.embeds)).toContain("stay out");
  });

  it("follows up in the same channel for the same person, and not for someone else", async () => {
    await h.fake.replyTo(h.fake.say(`<@${BOT_ID}> who said "stay out"?`, BOB));
    const follow = await h.fake.replyTo(h.fake.say(`<@${BOT_ID}> what else did he say`, BOB));
    expect(follow.body.content).toMatch(/More quotations by/);
    const stranger = await h.fake.replyTo(h.fake.say(`<@${BOT_ID}> what else did he say`, MODERATOR));
    expect(stranger.body.content ?? "").not.toMatch(/More quotations by/);
  });

  it("answers a DM without a mention, and ignores channel messages not addressed to it", async () => {
    const dm = await h.fake.replyTo(h.fake.say("why did the dock workers walk out", ALICE, { dm: true }));
    expect(JSON.stringify(dm.body.embeds)).toContain("walked out");
    const ignored = h.fake.say("why did the dock workers walk out", ALICE, { mentionsBot: false });
    await h.fake.replyTo(h.fake.say(`<@${BOT_ID}> /sources`));
    expect(h.fake.requests.some((r) => r.body?.message_reference?.message_id === ignored)).toBe(false);
  });

  it("refuses a moderator command by mention: those need Discord's word on the member's roles", async () => {
    const post = await h.fake.replyTo(h.fake.say(`<@${BOT_ID}> /reload`, MODERATOR));
    expect(post.body.content).toContain("only moderators");
  });
});

describe("hostile questions by mention", () => {
  it("answers a 10,000-character mention with @everyone in it within Discord's limits, pinging nobody", async () => {
    const post = await h.fake.replyTo(h.fake.say(`<@${BOT_ID}> who said @everyone <@${ALICE.id}> **bold** ${"stay out ".repeat(1100)}`));
    expect(post.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect((post.body.content ?? "").length).toBeLessThanOrEqual(2000);
  });
});
