// Whether a passage says where something happened: a preposition of place before a capitalised name
// ("at the Home Office", "in Brussels", "outside Parliament"). Months and weekdays are capitalised too
// ("in November", "on Thursday") and say when, not where. "From" counts ("the debate from Detroit"): a
// "where" answer only ranks by this, so a statement "from Facebook" costs less than a missed city.
const PLACE = /(?<![\p{L}\p{N}])(?:at|in|near|outside|inside|across|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/gu;

const CALENDAR = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
   monday tuesday wednesday thursday friday saturday sunday easter christmas spring summer autumn winter`.split(/\s+/),
);

/** The first place a text names ("Home Office"), or undefined when it names none. */
export function placeNamedIn(text: string): string | undefined {
  for (const m of text.matchAll(PLACE)) {
    const name = m[1] ?? "";
    if (CALENDAR.has((name.split(" ")[0] ?? "").toLowerCase().replace(/[.'’-]+$/, ""))) continue;
    return name.replace(/[.'’-]+$/, "");
  }
  return undefined;
}
