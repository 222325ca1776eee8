// Slack's wire format back to the words people typed.
import { describe, expect, it } from "vitest";
import { mentionText, slashCommandText } from "../../../src/adapters/slack/incoming-text.js";

describe("slashCommandText", () => {
  it("undoes Slack's escaping of &, < and >", () => {
    expect(slashCommandText("R&amp;D &lt;b&gt; &amp;lt;")).toBe("R&D <b> &lt;");
  });
});

describe("mentionText", () => {
  it.each([
    ["<@UBOT0001> who said &quot;x&quot;?", "who said &quot;x&quot;?"],
    ["<@UBOT0001|corpus-bot>: what did <@U123|amber> say", "what did @amber say"],
    ["<@UBOT0001> timeline of <https://example.org/a|the attack>", "timeline of the attack"],
    ["<@UBOT0001> ask about <https://example.org/a>", "ask about https://example.org/a"],
    ["<@UBOT0001> tell <!channel> and <!subteam^S1|@team> about R&amp;D in <#C1|general>", "tell @channel and @team about R&D in #general"],
    ["<@UBOT0001>", ""],
  ])("%j → %j", (text, words) => {
    expect(mentionText(text)).toBe(words);
  });
});
