// What a stranger on the internet can send to the bot's HTTP endpoint, and what comes back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appMention, deliver, signed, slashCommand } from "../../support/fake-slack.js";
import { allText, SECRET, SIGN, startSlack, type RunningSlack } from "./fixtures.js";

describe("Slack over HTTP: who may call", () => {
  let slack: RunningSlack;
  beforeAll(async () => {
    slack = await startSlack();
  });
  afterAll(() => slack.stop());

  const ask = (name: string) => ({ command: "/ask", text: "dock workers", response_url: slack.fake.responseUrl(name) });

  it("refuses a request signed with the wrong secret, and answers nothing", async () => {
    const forged = slashCommand(ask("forged"), { secret: "not-the-signing-secret" });
    expect((await deliver(slack.eventsUrl, forged)).status).toBe(401);
    expect((await deliver(slack.eventsUrl, slashCommand(ask("unsigned"), { ...SIGN, signature: "v0=00" }))).status).toBe(401);
    expect(slack.fake.responses.untaken((r) => r.name === "forged" || r.name === "unsigned")).toEqual([]);
  });

  it("refuses a request whose timestamp is more than 5 minutes old", async () => {
    const stale = slashCommand(ask("stale"), { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 5 * 60 - 10 });
    expect((await deliver(slack.eventsUrl, stale)).status).toBe(401);
  });

  it("refuses a replayed request, whether the copy comes after the original or alongside it", async () => {
    const original = slashCommand(ask("replayed"), SIGN);
    expect((await deliver(slack.eventsUrl, original)).status).toBe(200);
    await slack.fake.nextResponse("replayed");
    expect((await deliver(slack.eventsUrl, original)).status).toBe(401);

    const twin = slashCommand(ask("twins"), { ...SIGN, timestamp: Math.floor(Date.now() / 1000) - 1 });
    await Promise.all([deliver(slack.eventsUrl, twin), deliver(slack.eventsUrl, twin)]);
    await slack.fake.nextResponse("twins");
    // One more request through the same path proves the second twin had its chance to answer.
    await deliver(slack.eventsUrl, slashCommand(ask("after-twins"), SIGN));
    await slack.fake.nextResponse("after-twins");
    expect(slack.fake.responses.all.filter((r) => r.name === "replayed" || r.name === "twins")).toHaveLength(2);
  });

  it("refuses a replayed event too: a mention is answered once", async () => {
    const mention = appMention({ text: "<@UBOT0001> branch libraries", ts: "1700000000.000900" }, SIGN);
    expect((await deliver(slack.eventsUrl, mention)).status).toBe(200);
    expect((await deliver(slack.eventsUrl, mention)).status).toBe(401);
    await slack.fake.nextApiCall("chat.postMessage");
  });

  it("answers a URL verification challenge (Slack's check of the events address)", async () => {
    const challenge = signed(JSON.stringify({ type: "url_verification", challenge: "abc123", token: "t" }), "application/json", SIGN);
    const res = await deliver(slack.eventsUrl, challenge);
    expect(res).toMatchObject({ status: 200 });
    expect(res.body).toContain("abc123");
  });
});

describe("Slack over HTTP: what comes back", () => {
  let slack: RunningSlack;
  beforeAll(async () => {
    slack = await startSlack();
  });
  afterAll(() => slack.stop());

  it("escapes mentions and links in a question: <!channel> comes back as text, never as a ping", async () => {
    // Slack escapes what people type; a crafted request may not. Both must come back as text.
    for (const [name, text] of [
      ["typed", "dock workers &lt;!channel&gt; &lt;@U0002&gt; *loud* &amp; &lt;https://evil.example|x&gt;"],
      ["raw", "dock workers <!channel> <@U0002> *loud* & <https://evil.example|x>"],
    ] as const) {
      await deliver(slack.eventsUrl, slashCommand({ command: "/ask", text, response_url: slack.fake.responseUrl(name) }, SIGN));
      const { body } = await slack.fake.nextResponse(name);
      // What Slack shows: the text and the blocks (a button's value is never displayed).
      const message = allText([body.text, (body.blocks as { type: string }[]).filter((b) => b.type !== "actions")]);
      expect(message).toContain("&lt;!channel&gt; &lt;@U0002&gt;");
      expect(message).toContain("&lt;https://evil.example|x&gt;");
      expect(message).not.toMatch(/<!channel>|<@U0002>|<https:\/\/evil/);
    }
  });

  it("escapes corpus text: an article's <!channel> and links stay text", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/ask", text: "secret place for terrorists", response_url: slack.fake.responseUrl("corpus") }, SIGN));
    const message = allText((await slack.fake.nextResponse("corpus")).body);
    expect(message).toContain("Staff wrote &lt;!channel&gt; and &lt;https://evil.example|click here&gt; and R&amp;D");
    expect(message).not.toMatch(/<!channel>|<https:\/\/evil/);
  });

  it("turns away a 10,000-character command politely, privately", async () => {
    await deliver(slack.eventsUrl, slashCommand({ command: "/ask", text: "why ".repeat(2500), response_url: slack.fake.responseUrl("long") }, SIGN));
    const { body } = await slack.fake.nextResponse("long");
    expect(body).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("That is too long for me to read.") });
    // The echoed line is cut short, not repeated in full.
    expect(allText(body).length).toBeLessThan(2000);
  });
});
