// Abbreviations and initials that end in a full stop without ending a sentence ("Mr. Barr",
// "U.S. officials", "Sen. Warren"). Both sentence splitters use this one list, so they agree on news copy.

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

const ABBREVIATION_END = /(?:^|[\s(“"‘'])((?:[A-Za-z]\.){2,}|[A-Za-z]{1,5}\.)[\s”"’')]*$/;

/** Whether `segment` ends with an abbreviation or an initial, so that its full stop ends no sentence. */
export function endsWithAbbreviation(segment: string): boolean {
  const m = ABBREVIATION_END.exec(segment);
  if (!m || !m[1]) return false;
  const word = m[1].slice(0, -1).toLowerCase();
  // Initials and dotted acronyms: "J.", "U.S.", "D.C."
  if (/^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word);
}
