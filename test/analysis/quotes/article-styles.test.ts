import { describe, expect, it } from "vitest";
import { quotesOf, speakerOf } from "./article.js";

// Invented articles in styles unlike the seeds: wire copy, features, opinion, interviews, courts, sport.
describe("wire copy", () => {
  it("reads an AP story with its dateline", () => {
    const paras = [
      "EASTPORT, Maine (AP) — Fishermen in Eastport hauled their boats out on Tuesday as the first winter storm closed in.",
      "“We have never seen the water this high in October,” said Marta Quill, who has fished the bay for 30 years.",
      "Gov. Alan Frey declared an emergency for three coastal counties. “Nobody should be on the water tonight,” Frey told reporters in Augusta.",
      "Quill said the harbour wall had already cracked. “It won’t last another season,” she said.",
    ];
    expect(speakerOf("water this high", ...paras)).toBe("Marta Quill");
    expect(speakerOf("Nobody should be", ...paras)).toBe("Alan Frey");
    expect(speakerOf("another season", ...paras)).toBe("Marta Quill");
  });
});

describe("a feature with single quote marks", () => {
  it("follows a long quote over several paragraphs and back to its speaker", () => {
    const paras = [
      "Ruth Adeyemi has run the night shelter on Dock Street for eleven years.",
      "‘When we opened, we had six beds and a kettle,’ she says. ‘Now we have forty beds and a waiting list.",
      "‘Every winter I think it cannot get worse, and every winter it does.’",
      "Her deputy, Ivo Marek, is less gloomy. ‘We have more volunteers than ever,’ he says.",
    ];
    expect(speakerOf("six beds", ...paras)).toBe("Ruth Adeyemi");
    expect(speakerOf("Every winter", ...paras)).toBe("Ruth Adeyemi");
    expect(speakerOf("more volunteers", ...paras)).toBe("Ivo Marek");
  });
});

describe("an opinion piece quoting several people", () => {
  it("gives each quote to its own speaker and none to the columnist's scare quotes", () => {
    const quotes = quotesOf(
      "The council calls its plan “modernisation”. I call it a closure.",
      "Councillor Janos Varga told a packed meeting: “The library will be better for being smaller.”",
      "The librarian, Nadia Okafor, disagreed. “A smaller library is a library that fewer children use,” she said.",
      "Even the council’s own survey found that “most residents oppose the cuts”, according to the Eastport Civic Trust.",
    );
    expect(quotes).toContain("Janos Varga: The library will be better for being smaller.");
    expect(quotes).toContain("Nadia Okafor: A smaller library is a library that fewer children use,");
    expect(quotes.some((q) => q.includes("modernisation"))).toBe(false);
  });
});

describe("an interview in questions and answers", () => {
  it("attributes nothing to the interviewer's questions", () => {
    const quotes = quotesOf(
      "Pavel Rusu, the harbour engineer, spoke to the Courier about the new wall.",
      "Q: Will the wall be ready before the storms?",
      "A: It will be ready by November if the weather holds.",
      "Q: And if it does not?",
      "A: Then we sandbag the quay, as we always have.",
    );
    expect(quotes.filter((q) => q.startsWith("Courier"))).toEqual([]);
  });
});

describe("a court report", () => {
  it("reads “the judge said” as the judge the report named", () => {
    const paras = [
      "A fisherman who rammed a patrol boat was jailed for two years at Eastport Crown Court on Friday.",
      "Judge Helen Marsh told Tomas Brandt, 52, that he had put lives at risk.",
      "“You knew the crew were aboard and you did not care,” the judge said.",
      "Brandt’s barrister, Lena Ostrova, said her client was “deeply ashamed”.",
    ];
    expect(speakerOf("did not care", ...paras)).toBe("Helen Marsh");
    expect(speakerOf("deeply ashamed", ...paras)).toBe("Lena Ostrova");
  });
});

describe("a sports report", () => {
  it("reads “the manager told reporters” as the manager the report named", () => {
    const paras = [
      "Eastport Rovers beat Westhaven 3-1 on Saturday to go top of the league.",
      "Rovers manager Tom Reyes praised his defence after a difficult first half.",
      "“We were second to everything for forty minutes and then we woke up,” the manager told reporters.",
      "Striker Kofi Mensah, who scored twice, said: “The gaffer had a few words at half-time.”",
    ];
    expect(speakerOf("second to everything", ...paras)).toBe("Tom Reyes");
    expect(speakerOf("few words", ...paras)).toBe("Kofi Mensah");
  });
});

describe("archive copy with two apostrophes for quote marks", () => {
  it("reads ''…'' as a quotation", () => {
    expect(speakerOf("ferries will run", "Mira Lindqvist runs the ferry company.", "''The ferries will run every hour from May,'' Ms. Lindqvist said.")).toBe("Mira Lindqvist");
  });
});

describe("titles and scare quotes", () => {
  it("attributes none of them", () => {
    expect(quotesOf(
      "“Storm of the century” hits Eastport",
      "The council’s “Harbour First” strategy was published on Monday.",
      "Residents have nicknamed the new wall “the Great Barrier”.",
      "The film “Tides of Eastport” opens on Friday.",
    )).toEqual([]);
  });
});
