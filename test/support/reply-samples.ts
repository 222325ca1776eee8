// Replies of the moderators' newer commands with hostile words in them (markup, mentions, a long first
// paragraph), shared by every platform's render tests: each must show them inert and within its limits.
import type { OkReplyOf } from "../../src/core/reply.js";

export const ADD_SAMPLE: OkReplyOf<"add"> = {
  command: "add",
  status: "ok",
  article: {
    docId: "d",
    title: "Ferry <b>strike</b> ends @here **now**",
    publisher: "Gazette",
    published: "2025-03-14",
    url: "https://news.example/ferry",
    passages: 3,
    file: "2025-03-14-ferry.html",
    firstParagraph: "Crews <!channel> @everyone returned to work. ".repeat(40),
    quotations: 2,
    events: 1,
  },
};

export const STATS_SAMPLE: OkReplyOf<"stats"> = {
  command: "stats",
  status: "ok",
  stats: {
    days: 7,
    asked: 12,
    unanswered: 3,
    surfaces: [{ name: "slack", n: 9 }, { name: "discord", n: 3 }],
    commands: [{ name: "who-said", n: 8, unanswered: 2 }],
    unansweredQuestions: [{ name: "who said <!channel> @everyone **ferries**", n: 2 }],
    people: [{ name: "Maria Okafor", n: 4 }],
    openCorrections: 1,
  },
  corpus: { documents: 5, quotations: 60, events: 20 },
};

export const CORRECTIONS_SAMPLE: OkReplyOf<"corrections"> = {
  command: "corrections",
  status: "ok",
  total: 7,
  page: 1,
  open: [
    {
      id: 12,
      verdict: "wrong-speaker",
      command: "who-said",
      question: "who said <!here> the ferry runs @everyone",
      answer: "“The ferry runs” — Ana Ruiz ".repeat(30),
      note: "It was **Bo Lee** <@U123> ".repeat(60),
      platform: "slack",
      at: "2026-12-01T10:00:00.000Z",
    },
  ],
};
