import { describe, expect, it } from "vitest";
import { assertOk, startBot } from "../support/bot.js";

const bot = await startBot(
  {
    "port-strike": "Dockers walk out at Eastport\n\nDock workers in Eastport walked out on Monday over night-shift pay, leaving twelve ships waiting.",
    "tram-line": "Tram line opens\n\nThe new tram line carried 40,000 passengers in its first week, the operator said.",
  },
  { documents: { "tram-line": { publisher: "City Post", author: "Ann Lee", published: "2025-09-01", url: "https://example.org/tram" } } },
);

describe("/sources", () => {
  it("lists every document with title, publisher, date and passage count", async () => {
    const reply = await bot.send("/sources");
    assertOk(reply, "sources");
    expect(reply.documents).toEqual([
      { docId: "port-strike", title: "Dockers walk out at Eastport", passages: 1 },
      { docId: "tram-line", title: "Tram line opens", publisher: "City Post", author: "Ann Lee", published: "2025-09-01", url: "https://example.org/tram", passages: 1 },
    ]);
  });

  it("takes no free text", async () => {
    expect(await bot.send("/sources please")).toMatchObject({ status: "invalid", message: expect.stringContaining("/sources") });
  });
});

describe("/help", () => {
  it("describes every command from its definition", async () => {
    const reply = await bot.send("/help");
    assertOk(reply, "help");
    expect(reply.commands.map((c) => c.name)).toEqual(bot.bot.commands.map((c) => c.name));
    expect(reply.commands.find((c) => c.name === "ask")).toMatchObject({
      usage: "/ask <question> [limit:1-10]",
      options: [
        { name: "question", type: "string", required: true },
        { name: "limit", type: "integer", required: false },
      ],
    });
  });

  it("explains one command, with or without its slash", async () => {
    for (const text of ["/help ask", "/help /ask"]) {
      const reply = await bot.send(text);
      assertOk(reply, "help");
      expect(reply.commands.map((c) => c.name)).toEqual(["ask"]);
    }
  });

  it("says so when the command does not exist", async () => {
    expect(await bot.send("/help fly")).toMatchObject({ status: "no-match", message: expect.stringContaining("/fly") });
    expect(await bot.send("/help <b>x</b>")).toMatchObject({ status: "invalid" });
  });
});
