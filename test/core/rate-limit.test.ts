import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../src/core/rate-limit.js";
import { startBot as startCore } from "../../src/core/bot.js";
import { silentLogger } from "../../src/logger.js";
import { writeCorpus } from "../support/bot.js";
import commands from "../../commands/index.js";

describe("the rate limiter", () => {
  it("allows a burst, then one command per refill interval", () => {
    let now = 0;
    const limiter = new RateLimiter({ RATE_LIMIT_PER_MINUTE: 6, RATE_LIMIT_BURST: 3 }, () => now);
    expect([1, 2, 3].map(() => limiter.take("slack:U1").allowed)).toEqual([true, true, true]);
    expect(limiter.take("slack:U1")).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now += 10_000;
    expect(limiter.take("slack:U1").allowed).toBe(true);
  });

  it("keeps one bucket per user", () => {
    const limiter = new RateLimiter({ RATE_LIMIT_PER_MINUTE: 1, RATE_LIMIT_BURST: 1 }, () => 0);
    expect(limiter.take("slack:U1").allowed).toBe(true);
    expect(limiter.take("discord:U1").allowed).toBe(true);
    expect(limiter.take("slack:U1").allowed).toBe(false);
  });
});

describe("rate limiting in the core", () => {
  it("answers a flood from one chat user politely, and spares the local user", async () => {
    const folder = writeCorpus({ tram: "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week." });
    const bot = await startCore({ corpusFolder: folder, log: silentLogger(), commands, now: () => new Date(0), rateLimit: { RATE_LIMIT_PER_MINUTE: 1, RATE_LIMIT_BURST: 2 } });
    const member = { id: "U1", platform: "slack" as const, isModerator: false };
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await bot.handleText("/ask tram", member));
    expect(replies.map((r) => r.status)).toEqual(["ok", "ok", "forbidden"]);
    expect(replies[2]).toMatchObject({ command: "ask", code: "rate-limited", message: expect.stringMatching(/Try again in 60 s/) });
    for (let i = 0; i < 5; i++) expect((await bot.handleText("/ask tram", { id: "local", platform: "console", isModerator: true })).status).toBe("ok");
  });
});
