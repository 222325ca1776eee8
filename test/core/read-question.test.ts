// The question reader on questions written for the tests: each kind, each follow-up form, typos, lower
// case, no question mark, and input nobody should send.
import { describe, expect, it } from "vitest";
import type { ConversationFacts } from "../../src/core/conversation.js";
import { readQuestion, type ReaderHints } from "../../src/core/read-question.js";

const lines = (text: string, facts?: ConversationFacts) => readQuestion(text, facts).attempts.map((a) => a.line);
const about: ConversationFacts = { person: "Ana Ruiz", topic: "harbour ferry strike", docIds: ["port-1", "port-2"], quote: "the ferry will run all winter" };

describe("reading a first question", () => {
  it("reads who said, whatever the marks around the words", () => {
    for (const q of ["who said the ferry will run all winter?", "Who said “the ferry will run all winter”", "who says 'the ferry will run all winter'", "WHO SAID THE FERRY WILL RUN ALL WINTER!!"]) {
      expect(lines(q)[0]?.toLowerCase()).toBe("/who-said the ferry will run all winter");
    }
  });

  it("falls back from a quotation to the passages that report it, and says so", () => {
    const reading = readQuestion("who said there should be no night ferries");
    expect(reading.attempts[1]).toMatchObject({ line: "/ask there should be no night ferries", note: expect.stringContaining("reported speech") });
  });

  it("reads what someone said, with a topic or without", () => {
    expect(readQuestion("what did the harbour master say about the strike").understood).toBe("Quotations by the harbour master about the strike");
    expect(lines("what did the harbour master say about the strike")[0]).toBe('/quotes the harbour master about:"the strike"');
    expect(lines("What has Ana Ruiz said")).toEqual(["/quotes Ana Ruiz"]);
  });

  it("never offers someone else's words when the person is not quoted", () => {
    expect(readQuestion("what did bo lee say about tolls").attempts[0]?.final).toContain("no-such-speaker");
  });

  it("reads who is, but sends a role question to the passages", () => {
    expect(lines("who is Ana Ruiz")[0]).toBe("/quotes Ana Ruiz");
    expect(lines("whos in charge of the harbour board")).toEqual(["/ask who is in charge of the harbour board"]);
  });

  it("reads when, trying fewer of the question's words until an event has them", () => {
    const attempts = lines("when did ruiz meet the ferry owners");
    expect(attempts[0]).toBe("/timeline ruiz meet ferry owners");
    expect(attempts).toContain("/timeline meet ferry");
    expect(attempts.at(-1)).toBe("/ask ruiz meet ferry owners");
  });

  it("sends anything else to the passages", () => {
    expect(lines("how long does the crossing take")).toEqual(["/ask how long does the crossing take"]);
  });

  it("answers an empty line or a greeting with help", () => {
    expect(lines("   ")).toEqual(["/help"]);
    expect(lines("hello")).toEqual(["/help"]);
  });
});

describe("reading a follow-up", () => {
  it("reads “she” and “what else” as the person the conversation is about", () => {
    expect(lines("what else did she say?", about)).toEqual(["/quotes Ana Ruiz"]);
    expect(lines("what did she say about tolls", about)[0]).toBe("/quotes Ana Ruiz about:tolls");
    expect(lines("which party does she lead", about)[0]).toContain("Ana Ruiz");
  });

  it("reads “when was that” as the conversation's topic", () => {
    expect(lines("and when was that?", about)[0]).toBe("/timeline harbour ferry strike");
  });

  it("carries the topic into a short or elliptical question", () => {
    expect(lines("and under the new deal?", about)[0]).toBe("/ask under the new deal harbour ferry strike");
    expect(lines("why was it blocked", about)[0]).toBe("/ask why was it blocked harbour ferry strike");
  });

  it("reads “which paper was that in” as the articles the last answer cited", () => {
    expect(readQuestion("which paper was that in", about).attempts).toEqual([{ line: "/sources", onlyDocs: ["port-1", "port-2"] }]);
  });

  it("reads “who said that” as the quotation the last answer gave", () => {
    expect(lines("who said that", about)[0]).toBe("/who-said the ferry will run all winter");
  });

  it("does not invent a person or a topic the conversation never had", () => {
    expect(lines("what else did she say?")).toEqual(["/ask what else did she say"]);
    expect(lines("and when was that?")[0]).toBe("/ask when was that");
  });
});

describe("input nobody should send", () => {
  it("cuts a huge line, and reads markup and mentions as plain words", () => {
    const reading = readQuestion(`who said ${"x ".repeat(10_000)}`);
    expect(reading.attempts[0]!.line.length).toBeLessThan(600);
    // Markup is words to look for; the adapters render every answer without pinging or formatting.
    expect(lines("who said <!channel> <@U123> *bold* `code`")[0]).toMatch(/^\/who-said <!channel> <@U123> \*bold\*/);
    expect(lines("what\u0000 did\u0007 she say", about)).toEqual(["/quotes Ana Ruiz"]);
  });
});

describe("questions the corpus's people answer", () => {
  const hints: ReaderHints = {
    roleHolders: (body, except) => (body.toLowerCase() === "harbour board" ? ["Ana Ruiz", "Bo Lee"] : []).filter((n) => n !== except),
    othersQuoted: (_docs, except) => ["Bo Lee", "Cy Tan"].filter((n) => n !== except),
    knows: (word) => word !== "summit",
  };

  it("reads who is in charge of a body as the person the articles give that job", () => {
    expect(readQuestion("whos in charge of the harbour board", undefined, hints).attempts[0]).toEqual({ line: "/quotes Ana Ruiz" });
    expect(readQuestion("who runs the harbour board", undefined, hints).attempts[0]).toEqual({ line: "/quotes Ana Ruiz" });
    expect(readQuestion("who is in charge of the moon", undefined, hints).attempts).toEqual([{ line: "/ask who is in charge of the moon" }]);
  });

  it("reads “the other one” as someone else with a job there", () => {
    expect(readQuestion("and the other harbour board guy?", about, hints).attempts[0]).toEqual({ line: "/quotes Bo Lee" });
  });

  it("reads “who disagreed with her” as the other voices in the same articles", () => {
    const reading = readQuestion("who disagreed with her?", about, hints);
    expect(reading.understood).toBe("Others quoted in the same articles as Ana Ruiz: Bo Lee, Cy Tan");
    expect(reading.attempts[0]).toEqual({ line: '/quotes Bo Lee about:"harbour ferry strike"', onlyDocs: ["port-1", "port-2"] });
    expect(reading.attempts[1]).toMatchObject({ line: "/quotes Bo Lee", onlyDocs: ["port-1", "port-2"] });
  });

  it("does not read a clause after “who was” as a name", () => {
    expect(lines("who was she talking to", about)[0]).toMatch(/^\/ask who was Ana Ruiz talking to/);
  });
});

describe("what is carried into a new question", () => {
  it("carries the last topic into one word that echoes it, not into a question of its own", () => {
    expect(lines("who was at the meeting", { docIds: [], topic: "ruiz meet ferry owners" })[0]).toBe("/ask who was at the meeting ruiz meet ferry owners");
    expect(lines("what happened in tarrow", about)[0]).toBe("/timeline tarrow");
    expect(lines("why did the crews vote in tarrow", about)[0]).toBe("/ask why did the crews vote in tarrow");
    expect(lines("what is a slipway licence", about)[0]).toBe("/ask what is a slipway licence");
  });

  it("reads “where does the coverage say …” as the passages that say it", () => {
    expect(readQuestion("where does the coverage say the ferry will stop").attempts).toEqual([{ line: "/ask the ferry will stop" }]);
    expect(readQuestion("which articles mention the night ferry").attempts).toEqual([{ line: "/ask the night ferry" }]);
  });
});

describe("where something happened", () => {
  const knows: ReaderHints = { roleHolders: () => [], othersQuoted: () => [], knows: (word) => word === "talks" };

  it("reads “where was the meeting” after a question about meeting as that meeting, and asks for a place", () => {
    const reading = readQuestion("where was the meeting", { docIds: ["port-1"], topic: "ruiz meet ferry owners" }, knows);
    // "talks" is how news words a meeting; "summit" is left out because the articles never use it.
    expect(reading.attempts).toEqual([{ line: "/ask meeting ruiz meet ferry owners talks limit:10", prefer: "place" }]);
    expect(reading.understood).toMatch(/^Where the meeting \(ruiz meet ferry owners\): /);
  });

  it("reads where a named event happened without carrying an unrelated topic", () => {
    expect(readQuestion("Where did the night ferry strike take place?", about).attempts).toEqual([{ line: "/ask night ferry strike limit:10", prefer: "place" }]);
    expect(readQuestion("where was it", about).attempts[0]?.line).toBe("/ask harbour ferry strike limit:10");
  });

  it("leaves “where was that published” to the source of the last answer", () => {
    expect(lines("where was that published", about)).toEqual(["/sources"]);
  });
});

describe("when something happened", () => {
  it("asks for the thing named last on its own, only to find a day the best events lack", () => {
    const attempts = readQuestion("when was the harbour ferry strike").attempts;
    expect(attempts.at(-2)).toEqual({ line: "/timeline strike", forTheDay: true });
    expect(attempts[0]).toEqual({ line: "/timeline harbour ferry strike", group: 3 });
  });

  it("drops the particle of a phrasal verb: “carried out” is about carrying, not about “out”", () => {
    expect(readQuestion("when was the strike carried out").understood).toBe("When strike carried happened");
  });
});

describe("the time a question names", () => {
  it("narrows quotations and events to it, and says so", () => {
    const reading = readQuestion("what did ana ruiz say about tolls in March 2024?");
    expect(reading.understood).toBe("Quotations by ana ruiz about tolls, in March 2024");
    expect(reading.attempts[0]?.line).toBe("/quotes ana ruiz about:tolls from:2024-03 to:2024-03");
    expect(reading.attempts[1]?.line).toBe("/ask ana ruiz tolls in March 2024");
    expect(lines("when did the ferry strike before 2020")[0]).toBe("/timeline ferry strike to:2020");
  });

  it("keeps the time as words when no dated command answers the question", () => {
    expect(lines("how many crew struck in 2016")).toEqual(["/ask how many crew struck in 2016"]);
  });

  it("reads “last year” against the day it is asked", () => {
    const hints: ReaderHints = { roleHolders: () => [], othersQuoted: () => [], knows: () => true, today: new Date("2026-12-07T12:00:00Z") };
    expect(readQuestion("what did bo lee say last year", undefined, hints).attempts[0]?.line).toBe("/quotes bo lee from:2025 to:2025");
  });
});

describe("what happened", () => {
  it("reads what happened to something as its events, and what happened in a year as that year's", () => {
    expect(lines("what happened to the night ferry")[0]).toBe("/timeline night ferry");
    expect(lines("What happened in 2016?")).toEqual(["/timeline from:2016 to:2016"]);
    expect(lines("what happened to it", about)[0]).toBe("/timeline harbour ferry strike");
  });
});

describe("slips in the question's own words", () => {
  it("reads a one-letter slip in the opening word or the verb after “who”", () => {
    expect(lines("wat did ana ruiz say about tolls")[0]).toBe("/quotes ana ruiz about:tolls");
    expect(lines("woh siad the ferry will run all winter")[0]).toBe("/who-said the ferry will run all winter");
    expect(lines("wehn did the ferry strike")[0]).toBe("/timeline ferry strike");
  });

  it("leaves real words and names alone", () => {
    expect(lines("sad news from the harbour")[0]).toBe("/ask sad news from the harbour");
    expect(lines("whom did the council blame")[0]).toBe("/ask whom did the council blame");
    expect(lines("who is Wat Tyler")[0]).toBe("/quotes Wat Tyler");
  });
});

