// The answerer end to end on invented articles: a question, its follow-up in the same conversation, and
// what each reply says about how it was read.
import { beforeAll, describe, expect, it } from "vitest";
import { LOCAL, assertOk, startBot, type TestBot } from "../support/bot.js";

const ARTICLES = {
  "port-1": [
    "Harbour strike leaves islanders stranded",
    "By Jo Bell 14 March 2025",
    "Islanders were stranded after last week's harbour strike, the ferry company said.",
    "The council has asked for an inquiry into the dispute.",
    "Crews began the strike last Tuesday, shortly before the evening sailings.",
    "Ana Ruiz, the harbour master, said: “Nobody wants the boats tied up.”",
    "Bo Lee, who owns two ferries, said: “The crews are right to stop work.”",
  ].join("\n\n"),
  "bridge-1": ["Bridge tolls to rise", "By Jo Bell 2 April 2025", "Bo Lee said: “The tolls are too high for anyone to pay.”"].join("\n\n"),
  "port-2": [
    "Harbour master summons ferry owners",
    "By Jo Bell 15 March 2025",
    "Ana Ruiz will meet the ferry owners on Thursday to end the dispute.",
    "She has called the owners to talks at the Harbour Office, where she will ask for a new timetable.",
    "The owners said they would attend.",
  ].join("\n\n"),
};

let t: TestBot;
beforeAll(async () => {
  t = await startBot(ARTICLES);
});

const ask = (text: string, conversation: string) => t.bot.handleMessage(text, LOCAL, { conversation });

describe("when and where, as follow-ups", () => {
  it("gives the day of an event whose lead only says “last week”, from the same article", async () => {
    const reply = await ask("when was the harbour strike?", "c1");
    assertOk(reply, "timeline");
    expect(reply.events.map((e) => e.date)).toContain("2025-03-11");
    // A day from another event of the article ("on Thursday") is not offered as the strike's.
    expect(reply.events.map((e) => e.date)).not.toContain("2025-03-20");
  });

  it("reads “where was the meeting” as the meeting just asked about, and answers with the passage naming the place", async () => {
    assertOk(await ask("when did ruiz meet the ferry owners", "c2"), "timeline");
    const reply = await ask("where was the meeting", "c2");
    assertOk(reply, "ask");
    expect(reply.results[0]?.text).toContain("at the Harbour Office");
    expect(reply.readAs?.understood).toMatch(/^Where the meeting \(/);
  });

  it("says when no passage names a place, rather than pretend one does", async () => {
    const reply = await ask("where was the inquiry", "c3");
    assertOk(reply, "ask");
    expect(reply.readAs?.note).toMatch(/No passage names a place/);
  });
});

describe("the other voices", () => {
  it("answers “who disagreed” with what the others said in the same articles, not everything they ever said", async () => {
    assertOk(await ask("what did ana ruiz say", "c4"), "quotes");
    const reply = await ask("who disagreed?", "c4");
    assertOk(reply, "quotes");
    expect(reply.speaker.name).toBe("Bo Lee");
    expect(reply.quotes.map((q) => q.quote)).toEqual([expect.stringContaining("right to stop work")]);
  });
});

