// The Slack adapter in HTTP mode, through Bolt's real receiver: signed requests in, answers out to the
// fake response_url and Web API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import commands from "../../../commands/index.js";
import type { SlackBlock } from "../../../src/adapters/slack/render.js";
import { SHARE_ACTION } from "../../../src/adapters/slack/render.js";
import { appMention, blockAction, deliver, directMessage, slashCommand } from "../../support/fake-slack.js";
import { allText, brokenSources, fakeReload, gate, SIGN, slowAsk, startSlack, type RunningSlack } from "./fixtures.js";

const blocksOf = (body: Record<string, unknown>) => body.blocks as SlackBlock[];

describe("Slack over HTTP: slash commands", () => {
  let slack: RunningSlack;
  beforeAll(async () => {
    slack = await startSlack();
  });
  afterAll(() => slack.stop());

  it("acknowledges, then answers privately in Block Kit with the passage, its citation and a share button", async () => {
    const ack = await deliver(slack.eventsUrl, slashCommand({ command: "/ask", text: "why did the dock workers walk out", response_url: slack.fake.responseUrl("ask") }, SIGN));
    expect(ack.status).toBe(200);
    const { body } = await slack.fake.nextResponse("ask");
    expect(body.response_type).toBe("ephemeral");
    const blocks = blocksOf(body);
    expect(blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text" } });
    expect(blocks.find((b) => b.type === "section")).toMatchObject({ text: { text: expect.stringContaining("walked out on Monday") } });
    // The citation: title, publisher and date, linked to the article (its "&" escaped).
    expect(allText(blocks)).toContain("<https://news.example/port?a=1&amp;b=2|Dock workers walk out — Eastport Echo, 4 Mar 2024>");
    expect(blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ type: "button", action_id: SHARE_ACTION, value: "/ask why did the dock workers walk out" }],
    });
    // The fallback text carries the answer on its own.
    expect(body.text).toContain("walked out on Monday");
  });

  it("shares the answer with the channel when the button is clicked, and removes the private copy", async () => {
    const click = blockAction({ actionId: SHARE_ACTION, value: "/ask why did the dock workers walk out", responseUrl: slack.fake.responseUrl("share") }, SIGN);
    expect((await deliver(slack.eventsUrl, click)).status).toBe(200);
    const shared = await slack.fake.nextResponse("share");
    expect(shared.body).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(allText(shared.body.blocks)).toContain("<@U0001> asked");
    expect(allText(shared.body.blocks)).not.toContain(SHARE_ACTION);
    expect((await slack.fake.nextResponse("share")).body).toEqual({ delete_original: true });
  });

  it("posts a shared answer with chat.postMessage when its response_url no longer works", async () => {
    slack.fake.failResponses(1, 404);
    const click = blockAction({ actionId: SHARE_ACTION, value: "/sources", responseUrl: slack.fake.responseUrl("expired") }, SIGN);
    await deliver(slack.eventsUrl, click);
    const post = await slack.fake.nextApiCall("chat.postMessage");
    expect(post.args).toMatchObject({ channel: "C0001" });
    expect(allText(post.args.blocks)).toContain("2 articles in the corpus");
    expect((await slack.fake.nextResponse("expired")).body).toEqual({ delete_original: true });
  });

  it("answers /help privately, without a share button, listing every command", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/help", text: "", response_url: slack.fake.responseUrl("help") }, SIGN));
    const { body } = await slack.fake.nextResponse("help");
    expect(body.response_type).toBe("ephemeral");
    for (const c of commands) expect(allText(body.blocks)).toContain(`/${c.name}`);
    expect(allText(body.blocks)).not.toContain(SHARE_ACTION);
  });

  it("answers an unknown command politely, privately", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/nonsense", text: "x", response_url: slack.fake.responseUrl("unknown") }, SIGN));
    const { body } = await slack.fake.nextResponse("unknown");
    expect(body).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("Unknown command /nonsense") });
  });

  it("answers a mention in a thread under the question", async () => {
    const mention = appMention({ text: `<@UBOT0001> who said "a secret place for terrorists"?`, ts: "1700000000.000500" }, SIGN);
    expect((await deliver(slack.eventsUrl, mention)).status).toBe(200);
    const post = await slack.fake.nextApiCall("chat.postMessage");
    expect(post.args).toMatchObject({ channel: "C0001", thread_ts: "1700000000.000500" });
    // The question is echoed as asked, and how it was read comes before the answer.
    expect(allText(post.args.blocks)).toContain("<@U0001> asked `who said");
    expect(allText(post.args.blocks)).toContain("_Who said “a secret place for terrorists”_");
    expect(allText(post.args.blocks)).toContain("Jane Doe");
    expect(post.headers.authorization).toBe("Bearer xoxb-test-token");
  });

  it("reads a follow-up in the thread against the answer before it", async () => {
    await deliver(slack.eventsUrl, appMention({ text: `<@UBOT0001> who said "a secret place for terrorists"?`, ts: "1700000000.000510" }, SIGN));
    await slack.fake.nextApiCall("chat.postMessage");
    await deliver(slack.eventsUrl, appMention({ text: "<@UBOT0001> what else did she say", ts: "1700000000.000520", threadTs: "1700000000.000510" }, SIGN));
    const post = await slack.fake.nextApiCall("chat.postMessage");
    expect(post.args).toMatchObject({ thread_ts: "1700000000.000510" });
    expect(allText(post.args.blocks)).toContain("More quotations by Jane Doe");
    // Another thread knows nothing of that conversation.
    await deliver(slack.eventsUrl, appMention({ text: "<@UBOT0001> what else did she say", ts: "1700000000.000530" }, SIGN));
    const elsewhere = await slack.fake.nextApiCall("chat.postMessage");
    expect(allText(elsewhere.args.blocks)).not.toContain("Jane Doe");
  });

  it("answers a DM in the DM, and a follow-up there against it", async () => {
    await deliver(slack.eventsUrl, directMessage({ text: `who said "a secret place for terrorists"?`, ts: "1700000001.000200" }, SIGN));
    const first = await slack.fake.nextApiCall("chat.postMessage");
    expect(first.args).toMatchObject({ channel: "D0001" });
    expect(allText(first.args.blocks)).toContain("Jane Doe");
    await deliver(slack.eventsUrl, directMessage({ text: "what else did she say", ts: "1700000001.000300" }, SIGN));
    const follow = await slack.fake.nextApiCall("chat.postMessage");
    expect(allText(follow.args.blocks)).toContain("More quotations by Jane Doe");
  });

  it("ignores its own and other bots' DMs, and edits", async () => {
    await deliver(slack.eventsUrl, directMessage({ text: "who said it", ts: "1700000001.000400", botId: "B0001" }, SIGN));
    await deliver(slack.eventsUrl, directMessage({ text: "who said it", ts: "1700000001.000500", subtype: "message_changed" }, SIGN));
    await deliver(slack.eventsUrl, directMessage({ text: "/sources", ts: "1700000001.000600" }, SIGN));
    // The next post answers /sources: the two before it were left alone.
    expect(allText((await slack.fake.nextApiCall("chat.postMessage")).args.blocks)).toContain("2 articles in the corpus");
  });

  it("keeps a mention's thread when the mention is itself in a thread", async () => {
    await deliver(slack.eventsUrl, appMention({ text: "<@UBOT0001> /sources", ts: "1700000000.000700", threadTs: "1700000000.000600" }, SIGN));
    const post = await slack.fake.nextApiCall("chat.postMessage");
    expect(post.args).toMatchObject({ thread_ts: "1700000000.000600" });
    expect(allText(post.args.blocks)).toContain("2 articles in the corpus");
  });

  it("answers a mistake in a mention to its author alone", async () => {
    await deliver(slack.eventsUrl, appMention({ text: "<@UBOT0001> /ask limit:99 dock workers", ts: "1700000000.000800" }, SIGN));
    const call = await slack.fake.nextApiCall("chat.postEphemeral");
    expect(call.args).toMatchObject({ user: "U0001", channel: "C0001", thread_ts: "1700000000.000800" });
  });
});

describe("Slack over HTTP: slow answers, errors and moderators", () => {
  const slow = gate();
  let slack: RunningSlack;
  beforeAll(async () => {
    const list = [slowAsk(slow.opened), brokenSources, fakeReload, ...commands.filter((c) => !["ask", "sources", "reload"].includes(c.name))];
    slack = await startSlack({ list, env: { SLACK_MODERATORS: "U0MOD1, U0MOD2" } });
  });
  afterAll(() => slack.stop());

  it("acknowledges a slow command before answering it", async () => {
    const ack = await deliver(slack.eventsUrl, slashCommand({ command: "/ask", text: "dock workers", response_url: slack.fake.responseUrl("slow") }, SIGN));
    expect(ack.status).toBe(200);
    expect(slack.fake.responses.untaken((r) => r.name === "slow")).toEqual([]);
    slow.open();
    expect((await slack.fake.nextResponse("slow")).body).toMatchObject({ response_type: "ephemeral" });
  });

  it("answers a command that throws with a short apology and a reference, privately", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/sources", text: "", response_url: slack.fake.responseUrl("broken") }, SIGN));
    const { body } = await slack.fake.nextResponse("broken");
    expect(body).toMatchObject({ response_type: "ephemeral", text: expect.stringMatching(/^Sorry, something went wrong answering \/sources\. It has been logged as [0-9a-f]{8}\.$/) });
  });

  it("says sorry in plain text when Slack refuses an answer, and keeps serving", async () => {
    slack.fake.failResponses(1, 400);
    await deliver(slack.eventsUrl, slashCommand({ command: "/help", text: "", response_url: slack.fake.responseUrl("refused") }, SIGN));
    expect((await slack.fake.nextResponse("refused")).body).toEqual({
      response_type: "ephemeral",
      replace_original: false,
      text: "Sorry, I could not show that answer. Please try again in a moment.",
    });
    await deliver(slack.eventsUrl, slashCommand({ command: "/help", text: "ask", response_url: slack.fake.responseUrl("after") }, SIGN));
    expect(allText((await slack.fake.nextResponse("after")).body.blocks)).toContain("/ask");
  });

  it("refuses a moderator command to others, politely and privately", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/reload", text: "", user_id: "U0001", response_url: slack.fake.responseUrl("no-mod") }, SIGN));
    expect((await slack.fake.nextResponse("no-mod")).body).toMatchObject({
      response_type: "ephemeral",
      text: "Sorry, only moderators can use /reload.",
    });
  });

  it("runs a moderator command for a user listed in SLACK_MODERATORS, its first progress note replaced by the report", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/reload", text: "", user_id: "U0MOD2", response_url: slack.fake.responseUrl("mod") }, SIGN));
    expect((await slack.fake.nextResponse("mod")).body).toEqual({ response_type: "ephemeral", text: "Reading files 1/2" });
    const { body } = await slack.fake.nextResponse("mod");
    expect(body).toMatchObject({ response_type: "ephemeral", replace_original: true });
    expect(allText(body.blocks)).toContain("Loaded 2 documents");
    expect(slack.fake.responses.all.filter((r) => r.name === "mod")).toHaveLength(2);
  });
});

describe("Slack over HTTP with SLACK_DEFAULT_VISIBILITY=in_channel", () => {
  let slack: RunningSlack;
  beforeAll(async () => {
    slack = await startSlack({ env: { SLACK_DEFAULT_VISIBILITY: "in_channel" } });
  });
  afterAll(() => slack.stop());

  it("answers for everyone, naming the asker, with no share button", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/ask", text: "branch libraries", response_url: slack.fake.responseUrl("public") }, SIGN));
    const { body } = await slack.fake.nextResponse("public");
    expect(body.response_type).toBe("in_channel");
    expect(allText(body.blocks)).toContain("<@U0001> asked");
    expect(allText(body.blocks)).not.toContain(SHARE_ACTION);
  });

  it("still answers mistakes privately", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/ask", text: "", response_url: slack.fake.responseUrl("mistake") }, SIGN));
    expect((await slack.fake.nextResponse("mistake")).body).toMatchObject({ response_type: "ephemeral" });
  });
});

describe("Slack over HTTP: paging a long answer", () => {
  let slack: RunningSlack;
  const quotes = Array.from({ length: 60 }, (_, i) => `“The ferry timetable needs change number ${i} before the winter,” Ana Ruiz said.`).join("\n\n");
  beforeAll(async () => {
    slack = await startSlack({ articles: { "ferry.txt": `Harbour master on the ferries\n\n${quotes}\n` } });
  });
  afterAll(() => slack.stop());

  it("answers the first page with Next, turns pages in place for the asker, and refuses anyone else", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/quotes", text: "ana ruiz", response_url: slack.fake.responseUrl("quotes") }, SIGN));
    const first = (await slack.fake.nextResponse("quotes")).body;
    expect(allText(blocksOf(first))).toContain("Page 1 of");
    const next = blocksOf(first).flatMap((b) => (b.type === "actions" ? b.elements : [])).find((e) => e.action_id === "page_answer_next");
    expect(next?.value).toMatch(/^[0-9a-f]+:1$/);

    await deliver(slack.eventsUrl, blockAction({ actionId: "page_answer_next", value: next!.value, userId: "U0999", responseUrl: slack.fake.responseUrl("stranger") }, SIGN));
    const refused = (await slack.fake.nextResponse("stranger")).body;
    expect(refused).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(refused.text).toContain("Only the person who asked");

    await deliver(slack.eventsUrl, blockAction({ actionId: "page_answer_next", value: next!.value, userId: "U0001", responseUrl: slack.fake.responseUrl("turn") }, SIGN));
    const second = (await slack.fake.nextResponse("turn")).body;
    expect(second.replace_original).toBe(true);
    expect(allText(blocksOf(second))).toContain("Page 2 of");
    expect(allText(blocksOf(second))).not.toContain("more not shown");
  });
});

describe("Slack over HTTP: hostile questions", () => {
  let slack: RunningSlack;
  beforeAll(async () => {
    slack = await startSlack();
  });
  afterAll(() => slack.stop());

  it("answers a 10,000-character mention full of markup to its author, in its thread, pinging nobody", async () => {
    const text = `<@UBOT0001> who said <!channel> <@U0002> *bold* ${"secret place ".repeat(800)}`;
    await deliver(slack.eventsUrl, appMention({ text, ts: "1700000002.000100" }, SIGN));
    // Too long a fragment is the asker's mistake: said to them alone, under their question.
    const post = await slack.fake.nextApiCall("chat.postEphemeral");
    expect(post.args).toMatchObject({ channel: "C0001", user: "U0001", thread_ts: "1700000002.000100" });
    const shown = `${post.args.text} ${allText(post.args.blocks ?? [])}`;
    expect(shown).not.toMatch(/<!channel>|<@U0002>/);
    expect(shown).toMatch(/too long/);
  });

  it("answers markup in a question as words, never as a ping", async () => {
    await deliver(slack.eventsUrl, appMention({ text: "<@UBOT0001> who said <!channel> a secret place for terrorists", ts: "1700000002.000200" }, SIGN));
    const post = await slack.fake.nextApiCall("chat.postMessage");
    expect(allText(post.args.blocks)).not.toMatch(/<!channel>/);
  });
});
