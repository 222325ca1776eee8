// `corpus-bot start` (npm start) with Slack credentials set: the real entry point, as a child process.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliver, slashCommand, startFakeSlack, type FakeSlack } from "../../support/fake-slack.js";
import { SECRET, writeCorpus } from "./fixtures.js";

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("npm start with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET", () => {
  let fake: FakeSlack;
  let corpus: Awaited<ReturnType<typeof writeCorpus>>;
  beforeAll(async () => {
    fake = await startFakeSlack();
    corpus = await writeCorpus();
  });
  afterAll(async () => {
    await fake.close();
    await corpus.remove();
  });

  it("serves Slack commands over HTTP on PORT, logs no token, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["bin/corpus-bot.js", "start", "--corpus", corpus.folder], {
      env: { ...process.env, SLACK_BOT_TOKEN: "xoxb-do-not-log-me", SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: "", SLACK_API_URL: fake.apiUrl, PORT: String(port), LOG_LEVEL: "debug" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let logs = "";
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        logs += chunk.toString();
        if (logs.includes('"Slack listening"')) resolve();
      });
      void exited.then(() => reject(new Error(`exited before listening:\n${logs}`)));
    });

    const ack = await deliver(`http://127.0.0.1:${port}/slack/events`, slashCommand({ command: "/ask", text: "branch libraries", response_url: fake.responseUrl("npm") }, { secret: SECRET }));
    expect(ack.status).toBe(200);
    expect((await fake.nextResponse("npm")).body).toMatchObject({ response_type: "ephemeral", text: expect.stringContaining("libraries") });

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(logs).not.toContain("xoxb-do-not-log-me");
    expect(logs).not.toContain("branch libraries");
  });
});
