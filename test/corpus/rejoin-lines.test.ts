import { describe, expect, it } from "vitest";
import { rejoinLines } from "../../src/corpus/rejoin-lines.js";

// A story hard-wrapped at 60 columns, its paragraphs separated by nothing but line breaks.
const WRAPPED = `The harbour board said on Tuesday that night shifts at the
container terminal would end in the spring, after months of
talks with the dockers' union failed.
Union officials called the decision a betrayal and said they
would ballot members on further strikes before the summer.
"We have been patient for two years and we have nothing to
show for it," said Maria Okafor, the union's secretary.
The board did not respond to a request for comment.`;

describe("rejoining hard-wrapped lines", () => {
  it("joins the lines of a paragraph and breaks where a short line ends a sentence", () => {
    expect(rejoinLines(WRAPPED)).toEqual([
      "The harbour board said on Tuesday that night shifts at the container terminal would end in the spring, after months of talks with the dockers' union failed.",
      "Union officials called the decision a betrayal and said they would ballot members on further strikes before the summer.",
      "\"We have been patient for two years and we have nothing to show for it,\" said Maria Okafor, the union's secretary.",
      "The board did not respond to a request for comment.",
    ]);
  });

  it("keeps a paragraph whose first word sits alone on its line", () => {
    const text = `Dockers
walked out at dawn on Monday, leaving dozens of ships waiting
outside the harbour for a second day.
Port
officials said the backlog would take weeks to clear once the
strike was over.`;
    expect(rejoinLines(text)).toEqual([
      "Dockers walked out at dawn on Monday, leaving dozens of ships waiting outside the harbour for a second day.",
      "Port officials said the backlog would take weeks to clear once the strike was over.",
    ]);
  });

  it("starts a paragraph at a lone first word even after a line that ran full", () => {
    const text = `Harbour
officials said the strike had cost the port a week of trade and
left more than twenty ships at anchor beyond the breakwater.
Union
leaders said the men would stay out until the board improved its
offer, and that a ballot on further action would be held soon.`;
    expect(rejoinLines(text)).toHaveLength(2);
  });

  it("treats each line as a paragraph in text that is not wrapped", () => {
    const text = "The council met on Monday and approved the budget after a long debate about libraries.\nTwo branches will close next spring.\n\nCampaigners said they would fight on.";
    expect(rejoinLines(text)).toEqual([
      "The council met on Monday and approved the budget after a long debate about libraries.",
      "Two branches will close next spring.",
      "Campaigners said they would fight on.",
    ]);
  });

  it("keeps hyphenated words whole across a line break", () => {
    const text = `The plan relies on end-to-
end encryption of every message the ministry sends to its
partners abroad, officials said on Friday in a statement.
Critics said the plan went too far and would cost millions.
They asked for a review before any money was spent on it.`;
    expect(rejoinLines(text)[0]).toContain("end-to-end encryption");
  });

  it("starts a new paragraph at a quote that follows a finished sentence", () => {
    const text = `The minister was asked about the delays in the programme and
said the department had done what it could.
"We are not there yet," she said. "But we will be by the end
of the year, and that is a promise to every family waiting."`;
    const paragraphs = rejoinLines(text);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toMatch(/^"We are not there yet/);
  });
});
