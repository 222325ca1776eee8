// Three invented articles for the quotation commands: one person quoted in two of them under two forms of
// her name, a spokesperson, a distractor interviewer, a scare-quoted term, and a quotation only loosely tied
// to its speaker, by a pronoun that is the sentence's subject.
export const QUOTE_ARTICLES = {
  "harbour-storm": [
    "Eastport braces for the storms",
    "Harbour Master Nadia Okafor said on Monday the sea wall would not hold another winter.",
    "“The organisation of the protesters’ camp isn’t our concern; the sea wall is,” Okafor said.",
    "Speaking to the Courier’s Ben Alder, Ms Okafor said: “We need six more months and a bigger budget.”",
    "The harbour uses “end-to-end” tracking for every boat.",
  ].join("\n\n"),
  "council-vote": [
    "Council votes on the sea wall",
    "Ivo Marek, the council leader, replied: “The money is not there this year, and the town knows it.”",
    "“Every contract will be reviewed by an independent panel,” a Harbour Board spokesperson said.",
    "Harbour master Ilse Varga spoke at the quay on Monday.",
    "She welcomed the “chance to look again at the winter timetable” before leaving.",
  ].join("\n\n"),
  "ferry-plan": [
    "Ferries to run every hour",
    "The harbour master spoke at the ferry terminal.",
    "“The ferries will run every hour from May, whatever the weather,” Nadia Okafor said.",
  ].join("\n\n"),
};

export const QUOTE_MANIFEST = {
  documents: {
    "harbour-storm": { published: "2025-03-02" },
    "council-vote": { published: "2025-03-05" },
    "ferry-plan": { published: "2025-01-10" },
  },
};
