// What an event shows in chat: the sentence that reports it, or, when that runs long, the clauses
// around the date, so the line stays readable in a Slack message or a Discord embed.

export const MAX_EVENT_TEXT = 320;

// Clause boundaries: commas, semicolons, colons and dashes between words.
const CLAUSE_BREAK = /[,;:]\s+|\s+[–—-]\s+/g;

export function eventText(sentence: string, dateStart: number, dateEnd: number, max = MAX_EVENT_TEXT): string {
  if (sentence.length <= max) return sentence;
  const cuts = [0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => (m.index ?? 0) + m[0].length), sentence.length];
  // Grow outwards from the clauses holding the date, one clause at a time, while it fits.
  let from = cuts.filter((c) => c <= dateStart).at(-1) ?? 0;
  let to = cuts.find((c) => c >= dateEnd) ?? sentence.length;
  for (;;) {
    const earlier = cuts.filter((c) => c < from).at(-1);
    const later = cuts.find((c) => c > to);
    if (later !== undefined && later - from <= max) to = later;
    else if (earlier !== undefined && to - earlier <= max) from = earlier;
    else break;
  }
  let text = sentence.slice(from, to).trim().replace(/[,;:–—-]$/, "").trim();
  if (text.length > max) {
    // One clause longer than a message: keep a window around the date itself.
    const centre = Math.max(0, Math.min(sentence.length - max, Math.round((dateStart + dateEnd - max) / 2)));
    from = centre;
    to = centre + max;
    text = sentence.slice(from, to).trim();
  }
  return `${from > 0 ? "…" : ""}${text}${to < sentence.length ? "…" : ""}`;
}
