// One reading of markup: questions are searched without it, typed fragments and names that hold it are refused.
import { describe, expect, it } from "vitest";
import { holdsMarkup, withoutTags } from "../../src/text/markup.js";

describe("markup", () => {
  it("finds Slack, Discord and HTML tags and other chat markup", () => {
    for (const text of ["hi <@U123>", "<!here> look", "<https://example.org|a link>", "<@!1>", "<b>bold</b>", "```code```", "[b]x[/b]", "[url=https://example.org]x", "x[/i]", "{{template}}"]) {
      expect(holdsMarkup(text), text).toBe(true);
    }
    // An editor's insertion in a quotation is pasted as written: "Everything [Ruiz] said", "[W]e won't".
    for (const text of ["a secret place for terrorists", "3 < 4 is a fact", "costs £5 {roughly}", "everything [Ruiz] said was right", "[W]e will not sell", "the port [and] the ferries"]) {
      expect(holdsMarkup(text), text).toBe(false);
    }
  });

  it("reads a question without its tags, keeping the words between them", () => {
    expect(withoutTags("<@U123> what did <b>Rudd</b> say")).toBe("  what did  Rudd  say");
    expect(withoutTags("a < b, c > d")).toBe("a   d");
    expect(withoutTags("no tags here")).toBe("no tags here");
  });
});
