// Looking things up in lists kept in order (quote marks, spans, sentences, speech events by position):
// a binary search, so that a paragraph of thousands of them costs its length, not its length squared.

/** The first index from `from` whose item is at or past the point sought (`before(i)` false), or `length`. */
export function firstNotBefore(length: number, before: (i: number) => boolean, from = 0): number {
  let a = from;
  let b = length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (before(mid)) a = mid + 1;
    else b = mid;
  }
  return a;
}
