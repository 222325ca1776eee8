import { describe, expect, it } from "vitest";
import { QuoteIndex } from "../../../src/analysis/quotes/quote-index.js";
import { fitFragment } from "../../../src/analysis/quotes/fragment-match.js";
import { article } from "./article.js";

// Two invented articles quoting the same harbour master, once by full name, once by title and surname.
const index = QuoteIndex.build([
  article("storm-warning",
    "Eastport braces for the storms",
    "Harbour Master Nadia Okafor said on Monday the wall would not hold.",
    "“The organisation of the protesters’ camp isn’t our concern; the sea wall is,” Okafor said.",
    "Ms Okafor added: “We need six more months and a bigger budget for the wall.”",
    "The Harbour Trust said the plan would send the town “back to the dark ages”.",
  ),
  article("council-vote",
    "Council votes on the sea wall",
    "Ms Okafor spoke before the vote.",
    "“We need six more months and a bigger budget for the wall,” she said.",
    "Ivo Marek, the council leader, replied: “The money is not there this year.”",
    "The harbour uses “end-to-end” tracking for every boat.",
  ),
]);

describe("/who-said look-up", () => {
  it("finds an exact fragment and marks it inside the whole quotation", () => {
    const r = index.whoSaid("the sea wall is");
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    const top = r.matches[0]!;
    expect(top.speaker.name).toBe("Nadia Okafor");
    expect(top.quote.slice(top.marked!.start, top.marked!.end)).toBe("the sea wall is");
  });

  it.each([
    ["a typo", "the organisation of the protestors camp isnt our concren"],
    ["American spelling", "the organization of the protesters camp"],
    ["a straight apostrophe", "isn't our concern"],
    ["words left out", "organisation of the camp isn't our concern"],
    ["words reordered", "the camp of the protesters isn't our concern"],
  ])("forgives %s", (_, fragment) => {
    const r = index.whoSaid(fragment);
    expect(r.status === "ok" && r.matches[0]?.speaker.name).toBe("Nadia Okafor");
  });

  it("gives the same words in two articles as one answer with two sources", () => {
    const r = index.whoSaid("we need six more months and a bigger budget");
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.matches[0]?.speaker.name).toBe("Nadia Okafor");
    expect(r.matches[0]?.sources.map((s) => s.docId).sort()).toEqual(["council-vote", "storm-warning"]);
  });

  it("names an organisation for its words", () => {
    const r = index.whoSaid("back to the dark ages");
    expect(r.status === "ok" && r.matches[0]?.speaker.name).toBe("Harbour Trust");
  });

  it("says plainly when nothing matches, rather than offering the nearest quote", () => {
    expect(index.whoSaid("we shall fight on the beaches").status).toBe("no-match");
    expect(index.whoSaid("the budget for the lighthouse is a basic human right").status).toBe("no-match");
    expect(index.whoSaid("end-to-end").status).toBe("no-match");
  });
});

describe("speakers", () => {
  it("keeps one speaker per person across forms of the name and across articles", () => {
    const okafor = [...index.speakers.values()].filter((s) => s.name.includes("Okafor"));
    expect(okafor).toHaveLength(1);
    expect(okafor[0]?.role).toBe("Harbour Master");
  });

  it("finds a person's quotes by surname, full name or role", () => {
    for (const name of ["okafor", "Nadia Okafor", "Ms Okafor", "harbour master"]) {
      const r = index.quotesBy(name);
      expect(r.status, name).toBe("ok");
      if (r.status === "ok") expect(r.quotes.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("lists candidates instead of guessing when a name fits several people", () => {
    const twoMareks = QuoteIndex.build([
      article("a", "Ivo Marek said: “The quay is ready.”"),
      article("b", "Lena Marek said: “The quay is not ready.”"),
    ]);
    const r = twoMareks.quotesBy("marek");
    expect(r.status).toBe("no-match");
    expect(r.candidates?.map((c) => c.name).sort()).toEqual(["Ivo Marek", "Lena Marek"]);
  });

  it("counts quotations per speaker, most quoted first", () => {
    const [first] = index.speakerSummaries();
    expect(first).toMatchObject({ name: "Nadia Okafor", role: "Harbour Master" });
  });
});

describe("fragment fit", () => {
  it("is high for the quote's own words and low for unrelated ones", () => {
    const quote = "Encryption protects all of them. Either it is turned on for everyone, or broken for everyone.";
    expect(fitFragment("it is turned on for everyone", quote)?.score).toBeGreaterThan(0.95);
    expect(fitFragment("encryption is a basic human right for everyone", quote)?.score ?? 0).toBeLessThan(0.66);
  });

  it("forgives a typo that leaves the word's stem unrecognisable", () => {
    // "decisikon" stems to itself, far from "decis"; as written it is one letter from "decision".
    expect(fitFragment("the decisikon was taken", "The decision was taken by the council.")?.score).toBeGreaterThan(0.8);
  });
});

describe("plain data for a cache", () => {
  it("round-trips through JSON and answers as before without extracting again", () => {
    const documents = [
      article("storm-warning", "Eastport braces for the storms", "Harbour Master Nadia Okafor said on Monday the wall would not hold.", "“The organisation of the protesters’ camp isn’t our concern; the sea wall is,” Okafor said."),
      article("council-vote", "Council votes on the sea wall", "Ivo Marek, the council leader, replied: “The money is not there this year.”"),
    ];
    const built = QuoteIndex.build(documents);
    const restored = QuoteIndex.fromJSON(JSON.parse(JSON.stringify(built.toJSON())), documents);
    expect(restored.quotations).toEqual(built.quotations);
    expect(restored.speakerSummaries()).toEqual(built.speakerSummaries());
    for (const fragment of ["the sea wall is", "money is not there", "protestors camp isnt our concren"]) {
      expect(restored.whoSaid(fragment)).toEqual(built.whoSaid(fragment));
    }
    expect(restored.quotesBy("okafor")).toEqual(built.quotesBy("okafor"));
  });

  it("refuses data of another version rather than misreading it", () => {
    const data = { ...QuoteIndex.build([]).toJSON(), version: 0 };
    expect(() => QuoteIndex.fromJSON(data as never, [])).toThrow(/version/);
  });
});

describe("/who-said when the article only hints at the speaker", () => {
  // Only the sentence's subject ties the first quotation to Lund (0.7); only a subject that is a pronoun
  // ties the second one to Varga, more loosely still.
  const hinted = QuoteIndex.build([
    article("hints",
      "The ferry dispute",
      "Skipper Arne Lund condemned the “plan whose cruelty to the islanders cannot be denied” at the quay.",
      "Harbour master Ilse Varga spoke at the quay on Monday.",
      "She welcomed the “chance to look again at the winter timetable” before leaving.",
    ),
  ]);

  it("carries how sure each attribution is", () => {
    const r = hinted.whoSaid("plan whose cruelty to the islanders");
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.matches[0]?.speaker.name).toBe("Arne Lund");
    expect(r.matches[0]?.confidence).toBeGreaterThanOrEqual(0.65);
    expect(r.matches[0]?.confidence).toBeLessThan(0.9);
  });

  it("names who it may be instead of one flat name when the tie is loose", () => {
    const r = hinted.whoSaid("look again at the winter timetable");
    expect(r.status).toBe("no-match");
    if (r.status !== "no-match" || r.reason !== "speaker-unsure") return expect.fail(`expected speaker-unsure, got ${JSON.stringify(r)}`);
    expect(r.source.docId).toBe("hints");
    expect(r.candidates.length).toBeGreaterThan(0);
  });
});

describe("/who-said across articles that name the speaker differently", () => {
  it("gives the same words said by a surname and by a full name of that surname as one answer with both sources", () => {
    const corpus = QuoteIndex.build([
      article("full", "The ferry vote", "“We will not pay a single penny for the new pier,” said Ana Ruiz, the mayor."),
      article("short", "Pier row", "“We will not pay a single penny for the new pier,” Ruiz said on Tuesday."),
      article("other", "Ruiz family", "“The boats are ready for the season,” said Tomas Ruiz, her brother."),
    ]);
    const r = corpus.whoSaid("we will not pay a single penny for the new pier");
    expect(r.status).toBe("ok");
    if (r.status !== "ok") return;
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]?.speaker.name).toBe("Ana Ruiz");
    expect(r.matches[0]?.sources.map((s) => s.docId).sort()).toEqual(["full", "short"]);
  });
});

describe("words a speaker quotes from someone else", () => {
  const tweet = article("tweet",
    "Ruiz mocks the board",
    "“The board ‘were reckless with the harbour accounts for a decade.’ Not fit to govern!” Ana Ruiz tweeted, quoting the auditor’s report.",
  );
  const report = article("audit",
    "Auditor rebukes the board",
    "Auditor Bo Lindqvist said the board “were reckless with the harbour accounts for a decade.”",
  );

  it("never gives them to the one who quotes them", () => {
    const r = QuoteIndex.build([tweet]).whoSaid("were reckless with the harbour accounts for a decade");
    expect(r).toMatchObject({ status: "no-match", reason: "speaker-unknown" });
  });

  it("gives them to the speaker another article names", () => {
    const r = QuoteIndex.build([tweet, report]).whoSaid("were reckless with the harbour accounts for a decade");
    expect(r.status).toBe("ok");
    if (r.status === "ok") expect(r.matches[0]?.speaker.name).toBe("Bo Lindqvist");
  });

  it("still gives the quoter their own words around the quoted ones", () => {
    const r = QuoteIndex.build([tweet, report]).whoSaid("Not fit to govern");
    expect(r.status).toBe("ok");
    if (r.status === "ok") expect(r.matches[0]?.speaker.name).toBe("Ana Ruiz");
  });
});

describe("a surname shared by people quoted very unequally", () => {
  it("means the one quoted many times more, and offers the others", () => {
    const many = Array.from({ length: 6 }, (_, i) => `“The ferry plan needs change number ${i},” said Ana Ruiz.`);
    const index = QuoteIndex.build([
      article("ruiz", "Ruiz on the ferries", ...many),
      article("bo", "Another Ruiz", "“The tolls are too high,” said Bo Ruiz."),
    ]);
    const found = index.quotesBy("ruiz");
    expect(found).toMatchObject({ status: "ok", speaker: { name: "Ana Ruiz" } });
    expect(found.status === "ok" && found.candidates?.map((c) => c.name)).toContain("Bo Ruiz");
  });
});
