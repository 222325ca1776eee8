// Plain questions addressed to the bot, as the command lines they ask for.
import { describe, expect, it } from "vitest";
import { mentionToCommand } from "../../../src/adapters/shared/mention-to-command.js";

describe("mentionToCommand", () => {
  it.each([
    [`who said "a secret place for terrorists"?`, "/who-said a secret place for terrorists"],
    ["Who said: “we will not back down”", "/who-said we will not back down"],
    ["who wrote 'the end of privacy'", "/who-said the end of privacy"],
    ["what did Amber Rudd say?", "/quotes Amber Rudd"],
    ["What has the Home Office said about encryption?", "/quotes the Home Office"],
    ["timeline of the Westminster attack", "/timeline the Westminster attack"],
    ["show me a timeline for WhatsApp", "/timeline WhatsApp"],
    ["timeline", "/timeline"],
    ["when did the attack happen?", "/timeline the attack"],
    ["When was the agreement signed", "/timeline the agreement signed"],
    ["how long does the legal assistance process take?", "/ask how long does the legal assistance process take?"],
    ["why did dock workers walk out", "/ask why did dock workers walk out"],
    ["help", "/help"],
    ["", "/help"],
    ["   ", "/help"],
    ["/sources", "/sources"],
    ["/timeline attack from:2017", "/timeline attack from:2017"],
  ])("%j → %j", (text, line) => {
    expect(mentionToCommand(text)).toBe(line);
  });

  it("asks /ask instead when the command a question maps to does not exist", () => {
    const onlyAsk = (name: string) => name === "ask" || name === "help";
    expect(mentionToCommand(`who said "a secret place"?`, onlyAsk)).toBe(`/ask who said "a secret place"?`);
    expect(mentionToCommand("when did the strike start", onlyAsk)).toBe("/ask when did the strike start");
  });

  it("asks /ask when a pattern leaves nothing to look for", () => {
    expect(mentionToCommand("who said?")).toBe("/ask who said?");
    expect(mentionToCommand("what did  say")).toBe("/ask what did  say");
  });

  it("keeps the person's words, options included", () => {
    expect(mentionToCommand("what did the council say limit:5")).toBe("/ask what did the council say limit:5");
    expect(mentionToCommand("who said war is peace limit:2")).toBe("/who-said war is peace limit:2");
  });
});
