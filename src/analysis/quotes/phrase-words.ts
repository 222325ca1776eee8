// How the readers of speaker phrases tell one word: a capitalised word (the stuff of names), an initial,
// a word's bare lower-case form, a leading determiner. Every reader must agree on these, so they live once.

/** "the", "a", "his" and the like before a phrase: what comes after is a description, not a name. */
export const DETERMINER = /^(?:the|a|an|one|its|his|her|their|our)\s+/i;

/** A capitalised word ("Rudd", "O’Brien", "J."). Plain ASCII words are read without the Unicode pattern. */
export function isCap(t: string): boolean {
  const first = t.charCodeAt(0);
  if (first < 128) {
    // "al-Awlaki", "el-Sisi", "bin-Talal": an Arabic article or patronymic joined to a capitalised name.
    if (first >= 97 && first <= 122) return ARABIC_PREFIXED.test(t);
    if (first < 65 || first > 90) return false;
    let ascii = true;
    for (let i = 1; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 128) {
        ascii = false;
        break;
      }
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45)) return false;
    }
    if (ascii) return true;
  }
  return CAP_WORD.test(t);
}
const CAP_WORD = /^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u;
const ARABIC_PREFIXED = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}[\p{L}\p{M}'’.\-]*$/u;
export const isInitial = (t: string) => /^[\p{Lu}]\.$/u.test(t);

/** "Rudd’s", and a plural's "Fox News’" or "the Smiths'": a possessive, so the end of an owner's name. */
export const isPossessive = (t: string) => /[’']s$|s[’']$/.test(t);

/** The word lower-cased, without a possessive "’s" and then a trailing comma, semicolon or colon. */
export function bare(t: string): string {
  let w = t.toLowerCase();
  if (w.endsWith("’s") || w.endsWith("'s")) w = w.slice(0, -2);
  const last = w.charCodeAt(w.length - 1);
  return last === 44 || last === 59 || last === 58 ? w.slice(0, -1) : w;
}

/** Words holding a letter or a digit; an ASCII one settles a word without the Unicode pattern. */
export function wordCount(s: string): number {
  let count = 0;
  for (const w of s.split(/\s+/)) {
    let found = false;
    let other = false;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        found = true;
        break;
      }
      if (c >= 128) other = true;
    }
    if (found || (other && LETTER_OR_DIGIT.test(w))) count++;
  }
  return count;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
