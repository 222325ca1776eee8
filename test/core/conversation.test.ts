import { describe, expect, it } from "vitest";
import { Conversations, factsAfter } from "../../src/core/conversation.js";

describe("conversation memory", () => {
  it("forgets the least recently used conversation beyond its limit, and any after its age", () => {
    let now = 0;
    const memory = new Conversations({ conversations: 2, maxAgeMs: 1_000 }, () => now);
    memory.set("a", { docIds: ["1"] });
    memory.set("b", { docIds: ["2"] });
    memory.get("a");
    memory.set("a", { docIds: ["1"] });
    memory.set("c", { docIds: ["3"] });
    expect(memory.size).toBe(2);
    expect(memory.get("b")).toBeUndefined();
    now = 2_000;
    expect(memory.get("a")).toBeUndefined();
  });

  it("remembers who an answer was about and what it cited", () => {
    const facts = factsAfter(
      { command: "who-said", status: "ok", matches: [{ speaker: { name: "Ana Ruiz" }, quote: "the ferry runs", score: 1, confidence: 1, sources: [{ docId: "d1", title: "T" }] }] },
      "ferry",
      undefined,
      () => undefined,
    );
    expect(facts).toEqual({ topic: "ferry", person: "Ana Ruiz", quote: "the ferry runs", docIds: ["d1"] });
  });

  it("keeps the person it had when an answer finds nothing", () => {
    const facts = factsAfter({ command: "ask", status: "no-match", code: "not-found", message: "none" }, "tolls", { person: "Ana Ruiz", docIds: ["d1"] }, () => undefined);
    expect(facts).toMatchObject({ person: "Ana Ruiz", topic: "tolls", docIds: ["d1"] });
  });
});
