import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/analysis/quotes/extract.js";
import { article, quotesOf, speakerOf } from "./article.js";

// Invented people and places throughout: the rules must hold for news writing in general.
const INTRO = "Nadia Okafor, the Eastport harbour master, opened the new quay on Monday.";

describe("a speaker after the quote", () => {
  it("reads “…,” Okafor said and “…,” said Okafor", () => {
    expect(speakerOf("rebuild", INTRO, "“We will rebuild the harbour wall before winter,” Okafor said.")).toBe("Nadia Okafor");
    expect(speakerOf("rebuild", INTRO, "“We will rebuild the harbour wall before winter,” said Okafor.")).toBe("Nadia Okafor");
  });

  it("resolves “…,” she added and “…,” she went on to say to the person just named", () => {
    expect(speakerOf("tides", INTRO, "“The tides will not wait for us,” she added.")).toBe("Nadia Okafor");
    expect(speakerOf("tides", INTRO, "“The tides will not wait for us,” she went on to say.")).toBe("Nadia Okafor");
  });

  it("keeps an inverted speaker's role from the apposition", () => {
    const [q] = extractDocument(article("t", "“The quay is finally safe for small boats,” said chief engineer Pavel Rusu, the lead for marine works.")).quotations;
    expect(q?.speaker).toMatchObject({ name: "Pavel Rusu" });
    expect(q?.speaker?.role).toContain("lead for marine works");
  });
});

describe("a speaker before the quote", () => {
  it("reads Name said: and Mr Name said:", () => {
    expect(speakerOf("ferries", "Mira Lindqvist said: “The ferries will run every hour from May.”")).toBe("Mira Lindqvist");
    expect(speakerOf("ferries", "Janos Varga chairs the board.", "Mr Varga said: “The ferries will run every hour from May.”")).toBe("Janos Varga");
  });

  it("gives “…, adding: …” to the subject of the sentence", () => {
    expect(speakerOf("budget", INTRO, "She said the delays came from the storms, adding: “The budget is safe for now.”")).toBe("Nadia Okafor");
  });

  it("reads a name with its role between commas before the cue", () => {
    const [q] = extractDocument(article("t", "Tomas Brandt, Westhaven port director, agreed: “Both harbours need the same dredging rules.”")).quotations;
    expect(q?.speaker).toMatchObject({ name: "Tomas Brandt", role: "Westhaven port director" });
  });
});

describe("split, chained and continued quotations", () => {
  it("gives both halves of a split quote to the speaker between them", () => {
    expect(quotesOf(INTRO, "“The wall is finished,” she said. “The lighthouse is next.”")).toEqual([
      "Nadia Okafor: The wall is finished,",
      "Nadia Okafor: The lighthouse is next.",
    ]);
  });

  it("joins a quotation that runs over several paragraphs into one", () => {
    const quotes = extractDocument(article("t",
      "Mira Lindqvist said: “The ferries will run every hour from May.",
      "“Night crossings will follow in the autumn.”",
    )).quotations;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe("The ferries will run every hour from May. Night crossings will follow in the autumn.");
    expect(quotes[0]?.pieces.map((p) => p.paragraph)).toEqual([0, 1]);
    expect(quotes[0]?.speaker?.name).toBe("Mira Lindqvist");
  });

  it("gives a quote-only paragraph to the speaker of the paragraph before", () => {
    expect(speakerOf("lighthouse", INTRO, "“The wall is finished,” Okafor said.", "“The lighthouse is next on our list.”")).toBe("Nadia Okafor");
  });

  it("keeps partial quotes of one sentence with its speaker", () => {
    expect(quotesOf("Nadia Okafor has vowed to “finish the job” before the fishing fleet gives up on “a harbour that floods”.")).toEqual([
      "Nadia Okafor: finish the job",
      "Nadia Okafor: a harbour that floods",
    ]);
  });
});

describe("partial quotes inside reported speech", () => {
  it("gives them to the subject of the reporting verb, not to a name after it", () => {
    expect(speakerOf("gift", "Lena Ostrova, counsel for Coastwatch, called the plan a “gift to polluters”.")).toBe("Lena Ostrova");
    expect(speakerOf("slam", "Lena Ostrova said Harbourline has made a decision “to slam the door on fishing families”.")).toBe("Lena Ostrova");
  });
});

describe("pronouns and role nouns", () => {
  it("reads he and she as the person of that gender last speaking", () => {
    const paras = [
      "Mr Ivo Marek, the council leader, said the vote would be close.",
      "Ms Ruth Adeyemi said the budget was too thin.",
      "“We cannot pave the marsh,” he said.",
      "“The marsh is not for sale,” she said.",
    ];
    expect(speakerOf("pave", ...paras)).toBe("Ivo Marek");
    expect(speakerOf("not for sale", ...paras)).toBe("Ruth Adeyemi");
  });

  it("reads a role noun as the person the article names in that role", () => {
    expect(speakerOf("dredging", "Harbour Commissioner Lena Ostrova visited the quay.", "Tomas Brandt was there too.", "The Harbour Commissioner said: “The dredging starts in June.”")).toBe("Lena Ostrova");
  });
});

describe("names that are not the speaker", () => {
  it("skips the interviewer and the outlet", () => {
    expect(speakerOf("publishers", "Speaking to the Daily Courier’s Ben Alder, Ms Ruth Adeyemi said: “These platforms are publishers now.”")).toBe("Ruth Adeyemi");
    expect(speakerOf("disgraceful", "Ivo Marek, the council leader, spoke on Sunday.", "He told The Sunday Ledger: “I think it is disgraceful.”")).toBe("Ivo Marek");
  });

  it("never takes a speaker from inside the quote", () => {
    expect(speakerOf("Okafor", "Ivo Marek, the council leader, spoke on Sunday.", "“Nadia Okafor told me the quay would flood,” he said.")).toBe("Ivo Marek");
  });
});

describe("spokespeople and organisations", () => {
  it("names a spokesperson by their organisation", () => {
    const [q] = extractDocument(article("t", "“Every request will be reviewed by a judge,” a Transport Ministry spokesperson said.")).quotations;
    expect(q?.speaker).toMatchObject({ kind: "spokesperson", organization: "Transport Ministry" });
    expect(speakerOf("horrified", "A spokesman for Harbourline said: “We are horrified by the flooding.”")).toContain("Harbourline");
  });

  it("accepts sources, statements and organisations as speakers", () => {
    expect(speakerOf("access", "Company sources said that “without a key, Harbourline has no access to the messages”.")).toBe("Company sources");
    expect(speakerOf("dark ages", "The Harbour Trust said the plans would send the town “back to the dark ages”.")).toBe("Harbour Trust");
    expect(speakerOf("flexibility", "“Solutions exist but require flexibility,” the statement said.")).toBe("statement");
  });
});

describe("quote marks as real copy types them", () => {
  it("reads straight, curly and single marks alike", () => {
    expect(speakerOf("tides", INTRO, '"The tides will not wait for us," she added.')).toBe("Nadia Okafor");
    expect(speakerOf("tides", INTRO, "‘The tides will not wait for us,’ she added.")).toBe("Nadia Okafor");
    expect(speakerOf("tides", INTRO, "“The tides will not wait for us,“ she added.")).toBe("Nadia Okafor");
  });

  it("closes a quote left open before its attribution", () => {
    expect(quotesOf(INTRO, "“The tides will not wait for us, she added. The board meets on Friday.")).toEqual(["Nadia Okafor: The tides will not wait for us,"]);
  });

  it("reads hard-wrapped lines as one paragraph", () => {
    const doc = article("t", [
      "The harbour master of Eastport warned on Monday that the new",
      "quay would not be ready for the autumn storms unless the",
      "council found money for the wall. “The tides will not wait",
      "for us,” said Nadia Okafor, who has run the harbour since",
      "the floods of last winter and who lives above the old",
      "customs house with her two dogs and a great many nets.",
    ].join("\n"));
    const [q] = extractDocument(doc).quotations;
    expect(q?.text).toBe("The tides will not wait for us,");
    expect(q?.speaker?.name).toBe("Nadia Okafor");
  });
});

describe("scare quotes and terms", () => {
  it("attributes none of them", () => {
    expect(quotesOf(
      "Harbourline uses “end-to-end” encryption for every message.",
      "Police request data under “mutual legal assistance” treaties that take months.",
      "The so-called “blue zone” covers the whole bay.",
      "“A harbour for everyone”",
    )).toEqual([]);
  });
});
