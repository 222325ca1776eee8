// Whether one word is a typo of another: what the alignment of a fragment, the word index and the
// polarity check all forgive in what people type.

/** The most edits a typo may hold (in a long word). */
export const MAX_EDITS = 2;

/** Whether one word is a typo of the other: one edit, two for long words; never for very short ones. */
export function typoOf(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  return longest >= 4 && withinEdits(a, b, longest >= 8 ? MAX_EDITS : 1);
}

/** Edit distance with swapped letters as one edit ("concren"), stopping once it exceeds `max`. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Letters one word has and the other lacks can only be edited in: a cheap bound that rejects most pairs.
  if (bagDistance(a, b) > max) return false;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
    before = prev;
    prev = cur;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

const BAG = new Int32Array(128);

/** How many letters of the one word the other lacks (the larger side): never more than their edit distance. */
function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) BAG[a.charCodeAt(i) & 127]!++;
  for (let i = 0; i < b.length; i++) BAG[b.charCodeAt(i) & 127]!--;
  let extra = 0;
  let missing = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    if (BAG[c]! > 0) extra += BAG[c]!;
    BAG[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 127;
    if (BAG[c]! < 0) missing -= BAG[c]!;
    BAG[c] = 0;
  }
  return Math.max(extra, missing);
}
