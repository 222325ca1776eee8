// Whether an answer is right, per command. The same rule judges the bot and the bare MiniSearch yardstick,
// so a speed-up that loses answers shows up as a lower number beside a faster one.
import type { Reply } from "../src/core/reply.js";
import type { BenchQuery } from "./queries.js";

/** How many /ask results count: a person reads the first three. */
export const TOP = 3;

/** A passage answers when it is from the right article and holds every key word (whole words). */
export function passageAnswers(docIds: readonly string[], text: string, q: { docId: string; keyWords: readonly string[] }): boolean {
  if (!docIds.includes(q.docId)) return false;
  const lower = text.toLowerCase();
  return q.keyWords.every((w) => new RegExp(`\\b${w}\\b`).test(lower));
}

export function isRight(q: BenchQuery, reply: Reply): boolean {
  if (reply.status !== "ok") return false;
  switch (q.command) {
    case "ask":
      return reply.command === "ask" && reply.results.slice(0, TOP).some((r) => passageAnswers(r.sources.map((s) => s.docId), r.text, q));
    case "who-said": {
      if (reply.command !== "who-said") return false;
      const best = reply.matches[0];
      return !!best && hasSurname(best.speaker.name, q.surname) && best.sources.some((s) => s.docId === q.docId);
    }
    case "quotes":
      return (
        reply.command === "quotes" &&
        hasSurname(reply.speaker.name, q.surname) &&
        reply.quotes.some((quote) => quote.sources.some((s) => q.docIds.includes(s.docId)))
      );
    case "timeline":
      return reply.command === "timeline" && reply.events.some((e) => e.date === q.date && e.sources.some((s) => s.docId === q.docId));
  }
}

function hasSurname(name: string, surname: string): boolean {
  return name.toLowerCase().split(/\s+/).includes(surname.toLowerCase());
}
