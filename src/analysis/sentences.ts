// Sentence boundaries for English news text. Intl.Segmenter does the Unicode work; on top of it we
// undo the breaks it makes after abbreviations and initials ("Mr. Barr", "U.S. officials", "Sen. Warren").

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// A break right after one of these is not a sentence end when the next word starts with a capital or digit.
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
    "rev", "st", "jr", "sr", "hon", "pres", "supt", "insp", "det", "cmdr", "adm", "brig", "atty", "amb",
    "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "plc", "dept", "univ", "approx", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
    "va", "vt", "wash", "wis", "wyo", "r", "d", "i", "e.g", "i.e", "a.m", "p.m",
  ].map((a) => a.toLowerCase()),
);

function endsWithAbbreviation(segment: string): boolean {
  const m = /(?:^|[\s(“"‘'])((?:[A-Za-z]\.){2,}|[A-Za-z]{1,5}\.)[\s”"’')]*$/.exec(segment);
  if (!m || !m[1]) return false;
  const word = m[1].slice(0, -1).toLowerCase();
  // Initials and dotted acronyms: "J.", "U.S.", "D.C."
  if (/^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word);
}

/** Splits `text` into sentences with offsets; `text.slice(s.start, s.end) === s.text` (trimmed). */
export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  for (const seg of segmenter.segment(text)) {
    const start = seg.index;
    const end = seg.index + seg.segment.length;
    const prev = pieces[pieces.length - 1];
    const nextStartsLikeName = /^\s*[A-Z0-9“"‘']/.test(seg.segment);
    if (prev && nextStartsLikeName && endsWithAbbreviation(text.slice(prev.start, prev.end))) {
      prev.end = end;
    } else if (prev && /^\s*[a-z]/.test(seg.segment)) {
      // A lower-case start is a continuation ("…said Mr. smith" typos, "e.g. this"), never a new sentence.
      prev.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  const sentences: Sentence[] = [];
  for (const p of pieces) {
    const raw = text.slice(p.start, p.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    sentences.push({ start: p.start + lead, end: p.start + lead + trimmed.length, text: trimmed });
  }
  return sentences;
}
