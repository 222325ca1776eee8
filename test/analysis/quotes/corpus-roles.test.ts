import { describe, expect, it } from "vitest";
import { QuoteIndex } from "../../../src/analysis/quotes/quote-index.js";
import { article } from "./article.js";

// Invented people: one article gives the role, another only uses it.
const GIVES_ROLE = article("role-given",
  "Harbour board meets",
  "Harbour Commissioner Lena Ostrova opened the new quay on Monday.",
  "Ostrova said the works were on time.",
);

function speakerOf(index: QuoteIndex, fragment: string): string | undefined {
  const q = index.quotations.find((x) => x.text.includes(fragment));
  return q?.speaker ? index.speakers.get(q.speaker.key)?.name ?? q.speaker.name : undefined;
}

describe("a role noun the article leaves open", () => {
  it("is the person named in the article whom another article gives that role", () => {
    const index = QuoteIndex.build([GIVES_ROLE, article("role-used",
      "Dredging plan",
      "Lena Ostrova has vowed to clear the channel before winter.",
      "The Harbour Commissioner said: “The dredging starts in June and ends in September.”",
    )]);
    expect(speakerOf(index, "dredging starts")).toBe("Lena Ostrova");
    expect(index.speakerSummaries().map((s) => s.name)).not.toContain("Harbour Commissioner");
    const r = index.quotesBy("harbour commissioner");
    expect(r.status === "ok" && r.speaker.name).toBe("Lena Ostrova");
  });

  it("stays a role when the article names nobody who holds it", () => {
    const index = QuoteIndex.build([GIVES_ROLE, article("other-year",
      "Dredging plan",
      "The council met on Tuesday to discuss the channel.",
      "The Harbour Commissioner said: “The dredging starts in June and ends in September.”",
    )]);
    expect(speakerOf(index, "dredging starts")).toBe("Harbour Commissioner");
  });

  it("stays a role when two people named in the article could hold it", () => {
    const index = QuoteIndex.build([GIVES_ROLE,
      article("second-holder", "The old quay closes after ninety years", "Harbour Commissioner Tomas Brandt retired in May.", "Brandt said he would fish more."),
      article("both-named", "Dredging plan",
        "Lena Ostrova and Tomas Brandt toured the channel.",
        "The Harbour Commissioner said: “The dredging starts in June and ends in September.”",
      ),
    ]);
    expect(speakerOf(index, "dredging starts")).toBe("Harbour Commissioner");
  });

  it("takes no evidence from a former holder", () => {
    const index = QuoteIndex.build([
      article("former", "The old quay closes after ninety years", "Former Harbour Commissioner Tomas Brandt retired in May.", "Brandt said he would fish more."),
      article("now", "Dredging plan",
        "Tomas Brandt toured the channel on Friday.",
        "The Harbour Commissioner said: “The dredging starts in June and ends in September.”",
      ),
    ]);
    expect(speakerOf(index, "dredging starts")).toBe("Harbour Commissioner");
  });

  it("never gives “a senior adviser” to a named adviser", () => {
    const index = QuoteIndex.build([article("adviser", "Ferry plan",
      "Senior adviser Pavel Rusu drew up the ferry plan.",
      "“The timetable is a fantasy and everyone knows it,” a senior adviser said.",
    )]);
    expect(speakerOf(index, "timetable")).not.toBe("Pavel Rusu");
  });
});

describe("an organisation noun", () => {
  it("is the organisation the article names in that role", () => {
    const index = QuoteIndex.build([article("ferry", "Ferry cuts",
      "Harbourline, the ferry company owned by the council, cut the night crossing.",
      "“We are sorry for the disruption to the islands,” the company said.",
    )]);
    expect(speakerOf(index, "disruption")).toBe("Harbourline");
  });

  it("reads “the agency” as the agency the article named", () => {
    const index = QuoteIndex.build([article("agency", "Coast report",
      "The Coastal Safety Agency published its report on Monday.",
      "“Three quays are unsafe for small boats,” the agency said.",
    )]);
    expect(speakerOf(index, "unsafe")).toBe("Coastal Safety Agency");
  });

  it("stays unresolved when two companies fit", () => {
    const index = QuoteIndex.build([article("two-firms", "Ferry cuts",
      "Harbourline, the ferry company, and Bayferries, a rival company, both cut crossings.",
      "“We are sorry for the disruption to the islands,” the company said.",
    )]);
    expect(speakerOf(index, "disruption")).not.toBe("Harbourline");
    expect(speakerOf(index, "disruption")).not.toBe("Bayferries");
  });
});
