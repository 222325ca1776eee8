// The Slack adapter in Socket Mode: apps.connections.open on the fake Web API hands out a local
// WebSocket; envelopes arrive on it, acknowledgements go back on it, answers go to response_url.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import commands from "../../../commands/index.js";
import { createSlackAdapter, type SlackAdapter } from "../../../src/adapters/slack/start.js";
import { startBot } from "../../../src/core/bot.js";
import { readConfig } from "../../../src/config.js";
import { silentLogger } from "../../../src/logger.js";
import { startFakeSlack, type FakeSlack } from "../../support/fake-slack.js";
import { startFakeSocket, type FakeSocket } from "../../support/fake-slack-socket.js";
import { allText, gate, SECRET, slowAsk, writeCorpus } from "./fixtures.js";

describe("Slack in Socket Mode", () => {
  const slow = gate();
  let fake: FakeSlack;
  let socket: FakeSocket;
  let adapter: SlackAdapter;
  let removeCorpus: () => Promise<void>;

  beforeAll(async () => {
    fake = await startFakeSlack();
    socket = await startFakeSocket();
    fake.socketUrl = socket.url;
    const corpus = await writeCorpus();
    removeCorpus = corpus.remove;
    const log = silentLogger();
    const bot = await startBot({ corpusFolder: corpus.folder, log, commands: [slowAsk(slow.opened), ...commands.filter((c) => c.name !== "ask")] });
    const config = readConfig({
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_APP_TOKEN: "xapp-test-app-token",
      SLACK_API_URL: fake.apiUrl,
    });
    adapter = createSlackAdapter(bot, config, log);
    await adapter.start();
  });
  afterAll(async () => {
    await adapter.stop();
    await socket.close();
    await fake.close();
    await removeCorpus();
  });

  it("connects with the app token through apps.connections.open, and listens on no port", async () => {
    const open = await fake.nextApiCall("apps.connections.open");
    expect(open.headers.authorization).toBe("Bearer xapp-test-app-token");
    await socket.connected;
    expect(adapter.address()).toBeUndefined();
  });

  it("acknowledges a slash command on the socket, then answers through response_url", async () => {
    const ack = await socket.deliver("slash_commands", {
      command: "/sources",
      text: "",
      user_id: "U0001",
      user_name: "ann",
      channel_id: "C0001",
      team_id: "T0001",
      api_app_id: "A0001",
      response_url: fake.responseUrl("socket"),
    });
    expect(ack.envelope_id).toEqual(expect.any(String));
    const { body } = await fake.nextResponse("socket");
    expect(body.response_type).toBe("ephemeral");
    expect(allText(body.blocks)).toContain("2 articles in the corpus");
  });

  it("acknowledges a slow command before its answer exists", async () => {
    await socket.deliver("slash_commands", {
      command: "/ask",
      text: "dock workers",
      user_id: "U0001",
      channel_id: "C0001",
      team_id: "T0001",
      api_app_id: "A0001",
      response_url: fake.responseUrl("socket-slow"),
    });
    expect(fake.responses.untaken((r) => r.name === "socket-slow")).toEqual([]);
    slow.open();
    expect(allText((await fake.nextResponse("socket-slow")).body.blocks)).toContain("walked out on Monday");
  });
});
