// Page buttons, offline: what they carry, when they stop working, what each page shows.
import { describe, expect, it } from "vitest";
import { createPageStore, pageButtonId, pageMessage, parsePageButtonId } from "../../../src/adapters/discord/paging.js";
import { NO_PINGS, type DiscordAnswer } from "../../../src/adapters/discord/render.js";

const answer: DiscordAnswer = {
  content: "12 events",
  pages: [[{ description: "one" }], [{ description: "two" }], [{ description: "three" }]],
  ephemeral: false,
  allowedMentions: NO_PINGS,
};

describe("page store", () => {
  it("keeps an answer for its asker until it expires", () => {
    let now = 1_000;
    const store = createPageStore({ now: () => now, ttlMs: 60_000 });
    const key = store.keep({ askerId: "alice", answer });
    expect(store.get(key)?.askerId).toBe("alice");
    now += 60_000;
    expect(store.get(key)).toBeUndefined();
  });

  it("forgets the oldest answers beyond its size", () => {
    const store = createPageStore({ max: 2 });
    const [a, b, c] = [1, 2, 3].map(() => store.keep({ askerId: "alice", answer }));
    expect([a, b, c].map((k) => store.get(k!) !== undefined)).toEqual([false, true, true]);
  });
});

describe("page buttons", () => {
  it("carry a key and a page in a custom id well inside 100 characters", () => {
    const id = pageButtonId("0123456789ab", 2);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parsePageButtonId(id)).toEqual({ key: "0123456789ab", page: 2 });
  });

  it.each(["page:xyz:1", "page:abc", "other:abc:1", "page:abc:-1", ""])("ignore %j, which no page button carries", (id) => {
    expect(parsePageButtonId(id)).toBeUndefined();
  });

  it("show the page, its number, and Previous/Next enabled where they lead somewhere", () => {
    const middle = pageMessage(answer, 1, "abc");
    expect(middle.content).toBe("12 events\nPage 2 of 3");
    expect(middle.embeds).toEqual([{ description: "two" }]);
    expect(middle.allowedMentions).toEqual({ parse: [] });
    const buttons = middle.components[0]?.components ?? [];
    expect(buttons.map((b) => [b.custom_id, b.disabled])).toEqual([["page:abc:0", false], ["page:abc:2", false]]);
    const last = pageMessage(answer, 5, "abc");
    expect(last.content).toContain("Page 3 of 3");
    expect(last.components[0]?.components.map((b) => b.disabled)).toEqual([false, true]);
  });

  it("are left out of a one-page answer", () => {
    expect(pageMessage({ ...answer, pages: [[{ description: "only" }]] }, 0, undefined).components).toEqual([]);
  });
});
