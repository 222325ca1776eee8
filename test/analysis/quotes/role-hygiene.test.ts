import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/analysis/quotes/extract.js";
import { QuoteIndex } from "../../../src/analysis/quotes/quote-index.js";
import { roleNames, tidyOrganization, tidyRole } from "../../../src/analysis/quotes/role-hygiene.js";
import { nameOf } from "../../../src/analysis/quotes/name-run.js";
import { article, speakerOf } from "./article.js";

// Roles and names as readers see them: only the article's own words that state the job, once.
describe("a role is the phrase that states the job", () => {
  it("stops before a relative clause, a second job, a bracket or the next sentence", () => {
    expect(tidyRole("professor of history at Aldwin University who has predicted every vote since 1984")).toBe("professor of history at Aldwin University");
    expect(tidyRole("harbour engineer who’s on the council's list")).toBe("harbour engineer");
    expect(tidyRole("fellow at the Tarrow Institute and a former adviser to the mayor")).toBe("fellow at the Tarrow Institute");
    expect(tidyRole("neurology professor who found the gene. She runs a clinic")).toBe("neurology professor");
    expect(tidyRole("ferry pilot at Port Selwyn. He has sailed for 30 years")).toBe("ferry pilot at Port Selwyn");
    expect(tidyRole("U.S. District Judge")).toBe("U.S. District Judge");
  });

  it("never holds masked quotation words or a clause of its own", () => {
    expect(tidyRole("author of ''Xxxxxxx")).toBe("author");
    expect(tidyRole("president of the Rowing Club. x x xxxxxx xxxxx")).toBe("president of the Rowing Club");
    expect(tidyRole("group of comedians is performing a play")).toBe("group of comedians");
  });

  it("stops an unnamed speaker's description before the sentence goes on", () => {
    expect(tidyRole("council voted 6-1 for the resolution")).toBe("council");
    expect(tidyRole("spokesman for the Harbour Trust declined to comment further")).toBe("spokesman for the Harbour Trust");
    expect(tidyRole("crowd jeered when the mayor arrived")).toBe("crowd jeered");
    expect(tidyRole("said a former harbour official")).toBe("a former harbour official");
    expect(tidyRole("― a group of ferry engineers")).toBe("a group of ferry engineers");
    expect(tidyRole("registered voters in Eastmoor")).toBe("registered voters in Eastmoor");
  });

  it("gives up a role longer than any phrase that states one", () => {
    expect(tidyRole("long the favourite of many within the harbour board as the best hope to win back the islands at the next vote")).toBeUndefined();
  });

  it("does not name the organisation twice", () => {
    expect(roleNames("general counsel for the Aldwin Trust", "Aldwin Trust")).toBe(true);
    expect(roleNames("general counsel", "Aldwin Trust")).toBe(false);
  });
});

describe("roles and names in answers", () => {
  it("shows the role without the clause after it, and the organisation once", () => {
    const doc = article(
      "t",
      "A headline about the harbour",
      "“The tolls were never meant to last,” said Ines Corvo, general counsel for the Aldwin Trust, who has fought the tolls since 2010.",
    );
    const [q] = extractDocument(doc).quotations;
    expect(q?.speaker?.name).toBe("Ines Corvo");
    const index = QuoteIndex.build([doc]);
    const result = index.whoSaid("tolls were never meant to last");
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.matches[0]?.speaker).toEqual({ name: "Ines Corvo", role: "general counsel for the Aldwin Trust" });
  });

  it("reads a body's name, a job title and a full name run together as a person with a job at that body", () => {
    const doc = article(
      "t",
      "A headline about the harbour",
      "The Council on Harbour Relations National Executive Director Ana Ruiz said the ruling “crossed the line from caution into neglect.”",
    );
    const [q] = extractDocument(doc).quotations;
    expect(q?.speaker).toMatchObject({ name: "Ana Ruiz", role: "National Executive Director", organization: "Council on Harbour Relations" });
  });
});

describe("an organisation is the name of a body", () => {
  it("keeps the capitalised name and the words that join it", () => {
    expect(tidyOrganization("Washington Institute for Near East Policy")).toBe("Washington Institute for Near East Policy");
    expect(tidyOrganization("law firm Mayer Brown")).toBe("Mayer Brown");
    expect(tidyOrganization("Nova Harbour University in Port Selwyn")).toBe("Nova Harbour University");
  });

  it("names no body with words that are not a name", () => {
    for (const words of ["time", "taking and", "passing around sensitive government emails in a way FBI", "former Tarrow Gov. and Harbour Board", "Ana Ruiz's"]) {
      expect(tidyOrganization(words), words).toBeUndefined();
    }
  });
});

describe("a name is the person's name", () => {
  it("leaves a job noun that opens the sentence out of the name", () => {
    const doc = article("t", "A headline about the harbour", "Billionaire Ana Ruiz promised the island a new port. “The port will be built,” Ruiz said.");
    expect(extractDocument(doc).quotations[0]?.speaker?.name).toBe("Ana Ruiz");
  });

  it("reads a title in the plural as a title", () => {
    const doc = article("t", "A headline about the harbour", "“It is time to stop attacking each other,” said Senators Ana Ruiz and Bo Lee in a joint statement.");
    expect(extractDocument(doc).quotations[0]?.speaker?.name).not.toMatch(/^Senators/);
  });

  it("does not split a number at its comma", () => {
    const doc = article("t", "A headline about the harbour", "“We want the port,” chanted 10,000 supporters at a rally in Port Selwyn.");
    expect(extractDocument(doc).quotations[0]?.speaker?.name ?? "").not.toMatch(/^000/);
  });
});

describe("a job in the plural", () => {
  it("names a group by the whole phrase, not a person called by the job", () => {
    const doc = article("t", "A headline about the harbour", "Attorneys for Ruiz said the ledger “has never been the property of the Harbour Board.”");
    expect(extractDocument(doc).quotations[0]?.speaker).toMatchObject({ kind: "group", name: "Attorneys for Ruiz" });
  });
});

describe("a role cut short", () => {
  it("drops the words left hanging at its end", () => {
    expect(tidyRole("senior fellow at the")).toBe("senior fellow");
    expect(tidyRole("former senior adviser to Mr")).toBe("former senior adviser");
    expect(tidyRole("assistant secretary of")).toBe("assistant secretary");
  });
});

describe("descriptions beside a name", () => {
  it("never make the person a description names the speaker", () => {
    const doc = article("t", "A headline about the harbour", "Odile Brandt, the former senior adviser to Mr. Ruiz, said the plan “would not survive the summer.”");
    expect(extractDocument(doc).quotations[0]?.speaker?.name).toBe("Odile Brandt");
  });

  it("read a party and a state as a description, not a person", () => {
    const doc = article("t", "A headline about the harbour", "“The port must stay open,” said Sen. Ana Ruiz, Republican of North Selwyn.");
    expect(extractDocument(doc).quotations[0]?.speaker?.name).toBe("Ana Ruiz");
  });
});


describe("a pronoun is never a role", () => {
  it("drops a role that is only a pronoun", () => {
    expect(tidyRole("he")).toBeUndefined();
    expect(tidyRole("Her")).toBeUndefined();
    expect(tidyRole("harbour master")).toBe("harbour master");
  });
});

describe("words that only qualify a job", () => {
  it("are no role alone", () => {
    expect(tidyRole("State")).toBeUndefined();
    expect(tidyRole("former")).toBeUndefined();
    expect(tidyRole("country")).toBeUndefined();
    expect(tidyRole("Secretary of State")).toBe("Secretary of State");
    expect(tidyRole("state senator")).toBe("state senator");
  });
});

describe("organisations named in full", () => {
  it("keeps the words before an organisation's noun that would be a title before a person's name", () => {
    expect(speakerOf("clear threat", "The United Nations Security Council called the launch “a clear threat to the peace of the region.”")).toBe("United Nations Security Council");
    expect(speakerOf("repeated demands", "The International Atomic Energy Agency said the test showed “complete disregard of the repeated demands of the world.”")).toBe("International Atomic Energy Agency");
  });

  it("reads “Citizens for Tax Justice” as one organisation", () => {
    expect(speakerOf("loopholes", "Citizens for Tax Justice said the rules were “full of loopholes for the largest firms.”")).toBe("Citizens for Tax Justice");
  });
});

describe("roles only from words that describe the speaker now", () => {
  it("takes no role from the subject of an inverted cue", () => {
    const [q] = extractDocument(article("t", "A headline", "The museum, Mr. Tulley said, “celebrates the harbour pilots who kept the port open.”")).quotations;
    expect(q?.speaker?.name).toMatch(/Tulley/);
    expect(q?.roleHere).toBeUndefined();
  });

  it("takes no role from a capacity the speaker once had", () => {
    const [q] = extractDocument(article("t", "A headline", "As a summer clerk at a Tarrow law firm, Ana Ruiz said she was “asked to fetch coffee for the partners.”")).quotations;
    expect(q?.speaker?.name).toBe("Ana Ruiz");
    expect(q?.roleHere).toBeUndefined();
  });

  it("takes no role from a preposition opening the sentence", () => {
    const [q] = extractDocument(article("t", "A headline", "Like Mayor Ana Ruiz, councillor Bo Lee said the ferry “must run all winter.”")).quotations;
    expect(q?.roleHere ?? "").not.toMatch(/^Like/);
  });

  it("drops a possessive's apostrophe from a name", () => {
    expect(nameOf(["Ouisa", "Davis'"])).toBe("Ouisa Davis");
  });
});

describe("a job at “its” body", () => {
  it("is at the organisation the article named last", () => {
    const doc = article("t", "A headline", "The Tarrow Harbour Agency (THA) estimates that ferry crossings fell by half.", "Bo Lindqvist, its director of operations, said the ferries were “running empty all winter.”");
    const index = QuoteIndex.build([doc]);
    const record = [...index.speakers.values()].find((s) => s.name === "Bo Lindqvist");
    expect(record).toMatchObject({ role: "director of operations", organization: "Tarrow Harbour Agency" });
  });
});
