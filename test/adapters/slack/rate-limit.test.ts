// The per-user rate limit, felt through the real Slack adapter: a flood gets a friendly private note,
// other people are unaffected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliver, slashCommand } from "../../support/fake-slack.js";
import { SIGN, startSlack, type RunningSlack } from "./fixtures.js";

describe("Slack: rate limiting", () => {
  let slack: RunningSlack;
  beforeAll(async () => {
    slack = await startSlack({ rateLimit: { RATE_LIMIT_PER_MINUTE: 1, RATE_LIMIT_BURST: 2 } });
  });
  afterAll(() => slack.stop());

  const ask = (user: string, name: string) =>
    deliver(slack.eventsUrl, slashCommand({ command: "/ask", text: "dock workers", user_id: user, response_url: slack.fake.responseUrl(name) }, SIGN));

  it("answers a burst, then tells the flooding user to wait, privately", async () => {
    for (const name of ["r1", "r2", "r3"]) expect((await ask("UFLOOD", name)).status).toBe(200);
    expect((await slack.fake.nextResponse("r1")).body).toMatchObject({ text: expect.stringContaining("walked out") });
    expect((await slack.fake.nextResponse("r2")).body).toMatchObject({ text: expect.stringContaining("walked out") });
    expect((await slack.fake.nextResponse("r3")).body).toMatchObject({
      response_type: "ephemeral",
      text: expect.stringMatching(/faster than I can answer them\. Try again in \d+ s/),
    });
  });

  it("keeps answering everyone else", async () => {
    await ask("UCALM", "calm");
    expect((await slack.fake.nextResponse("calm")).body).toMatchObject({ text: expect.stringContaining("walked out") });
  });
});
