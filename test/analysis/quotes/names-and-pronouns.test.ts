import { describe, expect, it } from "vitest";
import { findCues } from "../../../src/analysis/quotes/cues.js";
import { extractDocument } from "../../../src/analysis/quotes/extract.js";
import { QuoteIndex } from "../../../src/analysis/quotes/quote-index.js";
import { UNSURE_BELOW } from "../../../src/analysis/quotes/quotation.js";
import { article, quotesOf, speakerOf } from "./article.js";

// Invented people, places and organisations, some with names no list of first names would hold: the
// rules must read English news copy, not recognise particular names.
describe("a name with its job between commas", () => {
  it("gives the quote to the person, not to the spokesperson title beside the name", () => {
    const [q] = extractDocument(article("t", "Quorvath Blenstik, spokeswoman at the Eastport Ferry Union, said: “The crossings stop at midnight from Friday.”")).quotations;
    expect(q?.speaker).toMatchObject({ kind: "person", name: "Quorvath Blenstik", organization: "Eastport Ferry Union" });
    expect(q?.speaker?.role).toContain("spokeswoman at the Eastport Ferry Union");
  });

  it("reads the same apposition after an inverted cue and before the name", () => {
    expect(speakerOf("pilots", "“The pilots will not sail in this fog,” said Idris Vantablek, spokesman for the Harbour Pilots Association.")).toBe("Idris Vantablek");
    expect(speakerOf("pilots", "A spokesman for the Harbour Pilots Association, Idris Vantablek, said: “The pilots will not sail in this fog.”")).toBe("Idris Vantablek");
  });

  it("takes the organisation from a job held at one", () => {
    const [q] = extractDocument(article("t", "Selka Moravine, chief engineer at the Westhaven Port Authority, said: “The new crane arrives in March.”")).quotations;
    expect(q?.speaker).toMatchObject({ name: "Selka Moravine", role: "chief engineer at the Westhaven Port Authority", organization: "Westhaven Port Authority" });
  });

  it("still gives an unnamed spokesperson's quote to the organisation's spokesperson", () => {
    const [q] = extractDocument(article("t", "“The crossings stop at midnight,” a spokesman for the Eastport Ferry Union said.")).quotations;
    expect(q?.speaker).toMatchObject({ kind: "spokesperson", organization: "Eastport Ferry Union" });
  });
});

describe("names ending in -ly", () => {
  it("reads a capitalised word ending in -ly as a name, not an adverb", () => {
    const paras = ["Colin Aldersly called the plan a “costly mistake for the town”.", "Aldersly said: “Nobody asked the fishermen before the vote.”"];
    expect(speakerOf("Nobody asked", ...paras)).toBe("Colin Aldersly");
    expect(speakerOf("ferries", "Kimberly Tosh said: “The ferries will run every hour from May.”")).toBe("Kimberly Tosh");
  });

  it("still reads a sentence-opening adverb as no name", () => {
    expect(speakerOf("waste of", "Conversely, the Tarrow Council called the plan “a waste of public money for the harbour”.")).toBe("Tarrow Council");
  });
});

describe("he and she", () => {
  it("never mean a place, even one that opens the sentence before", () => {
    const paras = [
      "“The harbour wall will be rebuilt before winter,” said Dariusz Kemble, mayor of Ardley.",
      "Port Ardley released its budget on Monday because the town wanted new ferries.",
      "“We cannot wait for another storm,” he added.",
    ];
    expect(speakerOf("another storm", ...paras)).toBe("Dariusz Kemble");
    const mount = ["Fenna Ruiz said the road would reopen.", "Mount Selwyn was closed to walkers all week.", "“The path is too dangerous for now,” she added."];
    expect(speakerOf("too dangerous", ...mount)).toBe("Fenna Ruiz");
  });

  it("never mean an organisation whose name ends a sentence", () => {
    const paras = [
      "“Our boats are ready,” said Joska Wendeline, spokeswoman at the Brenlow Foundation.",
      "“The first crossing is on Friday,” she added.",
      "“The second follows a week later,” she added.",
    ];
    expect(speakerOf("second follows", ...paras)).toBe("Joska Wendeline");
  });

  it("follow a chain of “he added” across paragraphs without quotes", () => {
    const paras = [
      "Owen Thackery, chief economist at the Ministry of Harbours, said: “Trade is slowing.”",
      "The ministry published new figures on Tuesday.",
      "“Nobody should expect a quick recovery,” said Thackery.",
      "Exports fell for the third month in a row.",
      "“The winter will be hard for the ports,” he added.",
      "Imports also fell, the figures showed, as the Tarrow Bank raised its rates.",
      "“Rates will stay high all year,” he added.",
    ];
    expect(speakerOf("winter will be hard", ...paras)).toBe("Owen Thackery");
    expect(speakerOf("Rates will stay", ...paras)).toBe("Owen Thackery");
  });

  it("respect a gender the article states, but a job word alone yields when nobody else fits", () => {
    const two = ["Ms Dana Ortiz and Mr Piet Olsen met the council.", "“The vote was fair,” he said.", "“It was rushed,” she said."];
    expect(speakerOf("vote was fair", ...two)).toBe("Piet Olsen");
    expect(speakerOf("rushed", ...two)).toBe("Dana Ortiz");
    // "congressman" is often written for a woman too; "she" then can only mean Rennick.
    const loose = ["“We need the bridge,” said Pat Rennick, the congressman for Eastport.", "“The money is there,” she added."];
    expect(speakerOf("money is there", ...loose)).toBe("Pat Rennick");
  });
});

describe("names and full stops", () => {
  it("does not run a name on into the next sentence", () => {
    const paras = [
      "The ferry company sold its last boats to Tarrowmere. Jonah Pellick called the sale a “quiet disgrace”.",
      "Pellick said: “Nobody asked the crews what they thought.”",
    ];
    expect(speakerOf("Nobody asked", ...paras)).toBe("Jonah Pellick");
  });

  it("keeps a sentence's full stop out of every speaker's name", () => {
    const paras = [
      "“The loans are safe,” said Greta Holmquist.",
      "Savers moved their money to the Carrow Bank.",
      "“Nobody will lose a penny,” she added.",
      "“The bank is sound,” she added.",
    ];
    expect(speakerOf("lose a penny", ...paras)).toBe("Greta Holmquist");
    expect(speakerOf("bank is sound", ...paras)).toBe("Greta Holmquist");
    const index = QuoteIndex.build([article("t", "A headline about the harbour", ...paras)]);
    for (const s of index.speakers.values()) expect(s.name).not.toMatch(/[.,;:!?]$/);
  });
});

describe("a sentence's first word, capitalised by its place", () => {
  it("is no part of the name that follows it", () => {
    const text = (opening: string) => `${opening} Mirek Tolvanen agreed. “The ferry timetable is a disgrace to the whole island,” Tolvanen said.`;
    for (const opening of ["Even", "Ironically", "Perhaps", "Nevertheless"]) {
      expect(speakerOf("ferry", text(opening)), opening).toBe("Mirek Tolvanen");
    }
  });

  it("leaves out a participle before a title", () => {
    expect(speakerOf("ferry", "Calling Mr. Tolvanen a coward, the mayor left. “The ferry timetable is a disgrace to the whole island,” Tolvanen said.")).toBe("Tolvanen");
  });
});

describe("a reporting verb written inside a name", () => {
  it("is part of the name, not a cue: a newspaper called a Post, a country called a State", () => {
    expect(findCues("an editorial in the Eastport Post on Monday").map((c) => c.lemma)).toEqual([]);
    expect(findCues("officials of the Federated States met").map((c) => c.lemma)).toEqual([]);
    expect(findCues("Said Ana Prell, and the Eastport Post reported it").map((c) => c.lemma)).toEqual(["say", "report"]);
  });

  it("leaves the quote to the speaker the sentence names", () => {
    expect(speakerOf("ferry", "The Federated States have doubts. “This ferry plan is a disaster for the whole island,” Ana Prell said.")).toBe("Ana Prell");
  });
});

describe("a heading in capitals", () => {
  it("holds no reporting verb", () => {
    expect(findCues("BLUE STATES OUTNUMBER RED ONES IN THE SURVEY").map((c) => c.lemma)).toEqual([]);
    expect(findCues("Rudd ADDED").map((c) => c.lemma)).toEqual(["add"]);
  });
});

describe("names with particles and long descriptions", () => {
  it("keeps a Dutch “in ’t” inside the name", () => {
    expect(speakerOf("drifting", "“The harbour is drifting apart as we speak,” said Marit in ’t Hout, a Dutch member of the port council.")).toBe("Marit in ’t Hout");
  });

  it("still ends a name at “in” before a place", () => {
    expect(speakerOf("drifting", "“The harbour is drifting apart,” said Ana Ruiz in Port Selwyn.")).toBe("Ana Ruiz");
  });

  it("reads past a describing word no list knows to the job and the name after it", () => {
    expect(speakerOf("take heed", "In the video, the harbour-born radical street preacher Tomas Verloren, who died in 2011, is shown lecturing: “Sailors of the west, take heed.”")).toBe("Tomas Verloren");
  });

  it("does not read past a verb to a name after it", () => {
    expect(speakerOf("bring us together", "Councillor Bram Tulley used to support fellow islander Ana Ruiz, but now said the mayor had “the duty to bring us together.”")).toBe("Bram Tulley");
  });
});

describe("two people who speak together", () => {
  it("names both when each is named in full", () => {
    expect(speakerOf("reopen the door", "“We can only wonder if the intent is to reopen the door,” harbour board chair Ana Ruiz and council leader Bo Lee, both independents, said in a statement.")).toBe("Ana Ruiz and Bo Lee");
    expect(speakerOf("explosive", "“Tritium would raise the explosive yield,” harbour engineers Ana Ruiz and Bo Lee of the Tarrow Institute for Sea Defences wrote in September.")).toBe("Ana Ruiz and Bo Lee");
    expect(speakerOf("too early", "POLLS NOT WRONG, JUST EARLY - Ana Ruiz and Bo Lee: “The polls ended too early to see the swing.”")).toBe("Ana Ruiz and Bo Lee");
  });

  it("keeps one person with two titles as one person", () => {
    expect(speakerOf("the ferry", "“Keep the ferry running,” said former Tarrow Gov. and Harbour Board Chairman Ana Ruiz.")).toBe("Ana Ruiz");
  });
});

describe("a name as the cited article spells it", () => {
  it("cites each article with its own spelling of the same person", () => {
    const index = QuoteIndex.build([
      article("accented", "Ruiz on the wall", "“We will not pay a single cent for such a wall,” José Ruíz said."),
    ]);
    const plain = QuoteIndex.build([
      article("accented", "Ruiz on the wall", "“We will not pay a single cent for such a wall,” José Ruíz said."),
      article("plain", "Ruiz again", "“The tolls are a tax on islanders,” José Ruiz said on Sunday."),
    ]);
    const accented = index.whoSaid("a single cent for such a wall");
    const unaccented = plain.whoSaid("the tolls are a tax on islanders");
    expect(accented.status === "ok" && accented.matches[0]?.speaker.name).toBe("José Ruíz");
    expect(unaccented.status === "ok" && unaccented.matches[0]?.speaker.name).toBe("José Ruiz");
  });
});

describe("names that are not the subject's head", () => {
  it("never takes the name a verb's -ing form acts on for the speaker", () => {
    expect(speakerOf("a new era", "Ana Ruiz said the vote was close.", "Islanders embracing Bo Lee announced “a new era for the harbour.”")).not.toBe("Bo Lee");
  });

  it("keeps -ing words that describe a job", () => {
    expect(speakerOf("the ferry", "“Keep the ferry,” said ranking councillor Ana Ruiz.")).toBe("Ana Ruiz");
  });

  it("drops who a speaker was speaking to", () => {
    const [q] = extractDocument(article("t", "A headline", "Another harbour source speaking to Tarrow Radio said: “The agents are looking at the accounts.”")).quotations;
    expect(q?.speaker?.name).not.toMatch(/Tarrow Radio/);
    expect(q?.speaker).not.toHaveProperty("organization", "Another");
  });
});

describe("offices and places", () => {
  it("reads “Tarrow Secretary of State Ana Ruiz” as Ana Ruiz holding that office", () => {
    const [q] = extractDocument(article("t", "A headline", "“The count is final,” said Tarrow Secretary of State Ana Ruiz.")).quotations;
    expect(q?.speaker?.name).toBe("Ana Ruiz");
    expect(q?.roleHere).toBe("Tarrow Secretary of State");
  });

  it("never makes a person of a country", () => {
    const [q] = extractDocument(article("t", "A headline", "The test, North Korea said, was “its biggest yet and a warning to all.”")).quotations;
    expect(q?.speaker?.kind).not.toBe("person");
  });

  it("keeps a place inside a title before a name", () => {
    const [q] = extractDocument(article("t", "A headline", "New Jersey Gov. Ana Ruiz said the ferry was “finished for the winter.”")).quotations;
    expect(q?.speaker?.name).toBe("Ana Ruiz");
  });
});

describe("a lone capitalised word", () => {
  const quote = (...paragraphs: string[]) => extractDocument(article("t", "A headline", ...paragraphs)).quotations[0];

  it("is offered, not asserted, when the article capitalises it only where a sentence starts", () => {
    const q = quote("Between 130 and 160 harbours close every year, a trend the federation predicts will go on “for the next few years and longer.”");
    expect(q?.speaker?.name === "Between" ? q.confidence : 0).toBeLessThan(UNSURE_BELOW);
    const outlet = quote("Tidewatch reported that the council “spent the reserve on consultants and lunches.”");
    expect(outlet?.speaker?.name).toBe("Tidewatch");
    expect(outlet!.confidence).toBeLessThan(UNSURE_BELOW);
  });

  it("is a name when it stands after a quotation it signs, or anywhere mid-sentence", () => {
    expect(quote("“They took his slogan and gave it to the mayor,” Hale said.")?.confidence).toBeGreaterThanOrEqual(UNSURE_BELOW);
    const outlet = quote("According to a report by Tidewatch, the board met twice.", "Tidewatch reported that the council “spent the reserve on consultants and lunches.”");
    expect(outlet?.speaker?.name).toBe("Tidewatch");
  });
});

describe("offices before a name", () => {
  it("reads a person after an office, whatever their names look like", () => {
    expect(speakerOf("casinos", "“The casinos will be back,” said Atlantic City Mayor Don Guardian.")).toBe("Don Guardian");
    expect(speakerOf("gun dealers", "“He voted to protect gun dealers twice,” said New York City Public Advocate Trish Jameson.")).toBe("Trish Jameson");
  });
});

describe("peoples, suffixes and cut phrases", () => {
  it("never makes a person of a people, so no “he” goes to one", () => {
    const quotes = quotesOf("Adm. Ana Ruiz leads the harbour fleet. The Chinese have seized on her background, an official Chinese news agency wrote.", "“They try to demonize me,” she said.");
    expect(quotes.join("\n")).not.toMatch(/^Chinese:/m);
  });

  it("reads a generational suffix as no surname", () => {
    const quotes = quotesOf("Adm. Bo L. Tulley Jr. commands the port.", "“The port is safe,” Tulley said.", "Gen. Ana F. Ruiz Jr. disagreed.");
    expect(quotes.join("\n")).toMatch(/^Bo L\. Tulley Jr\.?: The port is safe/m);
  });

  it("never reads a phrase cut before its own head noun as a name", () => {
    expect(quotesOf("The former Tarrovian leader went on the record, during which he touched on the wall.", "“We are not going to pay for such a stupid wall,” he said.").join("\n")).not.toMatch(/^Tarrovian:/m);
  });
});
