// The words around a speaker that are no part of them: brackets, quote marks and masked quotations,
// openers ("But", "On Tuesday"), auxiliaries trailing a subject ("Rudd has also"), and whole asides
// ("who …", "speaking to …", "72"). Dropped before a phrase is read, so no reader mistakes them for a name.
import { OPENERS, SENTENCE_ADVERBS } from "./lexicon.js";
import { isSpaceChar } from "../../text/whitespace.js";

// Openers, a word at a time, before the speaker: "But on Tuesday the minister …".
const LEADING_NOISE = new RegExp(`^(?:(?:${[...OPENERS].join("|")})\\s+)+`, "i");
const TIME_LEAD = /^(?:on|in|at|during|by|last|this|late|early)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|week|weekend|month|year|\d+)\s*)+/i;
// Words that trail a subject before its verb ("Rudd has also", "she then"), read from the end of a piece.
const AUX_WORD = /^(?:has|have|had|also|later|then|previously|earlier|repeatedly|again|once|reportedly|recently|publicly|privately|famously|further|first|last|quickly|simply|flatly|bluntly|angrily|will|would|could|can|may|might|must|should|did|does|do|is|was|were|are|been|being|once|even|only|just|always|often|never|not|already|subsequently|eventually|finally|initially|immediately|later|then|too|herself|himself|themselves|itself)$/i;
// Any other adverb in -ly, in lower case: a capitalised "Kelly", "Emily" or "Batremly" is a name.
const ADVERB_LY = /^[a-z]+ly$/;

/**
 * The words of a phrase one space apart, without brackets, quote marks or masked quotations ("Xxxx xx"):
 * what splitting on spaces and commas reads from then on.
 */
export function cleanPhrase(text: string): string {
  let t = text;
  if (t.includes("(")) t = t.replace(/\([^)]*\)/g, " ");
  if (QUOTE_GLYPH.test(t)) t = t.replace(QUOTE_GLYPHS, " ");
  if (t.includes("''")) t = t.replace(/''/g, " ");
  // Masked quotations ("Xxxx xx xxx") are not words of the speaker phrase.
  if (t.includes("X") || t.includes("xx")) t = t.replace(/(^|\s)['‘’]*(?:Xx*|xx+)['’]?(?=[\s,.!?;:]|$)/g, "$1 ");
  // Most phrases are already spaced one space apart: testing is cheaper than rebuilding the string.
  return UNEVEN_SPACING.test(t) ? t.replace(/\s+/g, " ").trim() : t;
}

// Any space but " ", two spaces in a row, or a space at either end: what `replace(/\s+/g, " ").trim()` changes.
const UNEVEN_SPACING = /[^\S ]| {2}|^ | $/;

const QUOTE_GLYPH = /[“”"‘]/;
const QUOTE_GLYPHS = /[“”"‘]/g;

/** `text` without the connectives and the time ("But on Tuesday") that open it. */
export function withoutOpeners(text: string): string {
  const rest = text.replace(LEADING_NOISE, "").replace(TIME_LEAD, "");
  // A sentence adverb capitalised by its place ("Ironically Mike Darrow …") is no part of a name.
  const space = rest.indexOf(" ");
  return space > 0 && SENTENCE_ADVERBS.has(rest.slice(0, space).toLowerCase()) ? withoutOpeners(rest.slice(space + 1)) : rest;
}

/** One comma-free piece without the dashes and stops at its edges, its openers and its trailing auxiliaries. */
export function stripEdges(piece: string): string {
  let p = piece.trim().replace(/^[—–\-:;]+\s*/, "").replace(/[—–\-:;.]+$/, "").trim();
  for (let i = 0; i < 3; i++) {
    const before = p;
    p = withoutOpeners(p).replace(/^,\s*/, "").trim();
    if (p === before) break;
  }
  return withoutTrailingAux(withoutTrailingAux(p).replace(TIME_TAIL, "").replace(PARTICIPLE_TAIL, ""));
}

// "Another source speaking to Fox News": the participle's object is who they spoke to, not who spoke.
const PARTICIPLE_TAIL = /(?<!\b(?:is|was|are|were|be|been|being|am))\s+(?:speaking|talking|writing|responding|appearing|referring)\s+(?:to|on|at|in|with|for|about)\s.*$/i;

// The time a subject's verb happened, between the subject and the verb: "President Ana Ruiz on Friday
// declared", "the minister last week said". The day or the week is no part of who spoke.
const TIME_TAIL = /\s+(?:(?:on|last|this|early|late|earlier|later|that)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year)|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?$/i;

/**
 * A trimmed `p` without the auxiliaries and adverbs that end it, read a word at a time from the end
 * (a pattern anchored at the end is tried from every position of the phrase).
 */
function withoutTrailingAux(p: string): string {
  let end = p.length;
  for (;;) {
    let k = end;
    while (k > 0 && !isSpaceChar(p.charCodeAt(k - 1))) k--;
    const word = p.slice(k, end);
    // After a subject, a capitalised "Will" or "May" is a name ("which Will claims"), not a modal.
    if (k === end || !((AUX_WORD.test(word) && !/^(?:Will|May)$/.test(word)) || ADVERB_LY.test(word) || SENTENCE_ADVERBS.has(word.toLowerCase()))) break;
    while (k > 0 && isSpaceChar(p.charCodeAt(k - 1))) k--;
    end = k;
  }
  return end === p.length ? p : p.slice(0, end).trim();
}

// States as news copy abbreviates them after a home town ("of Springfield, Va."), full stops already dropped.
const US_STATES = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\.?$/;

// Words of description in lower case, no preposition among them, then a capitalised name.
const DESCRIBED_NAME = /^[a-z]+ed(?:\s+(?!(?:about|by|to|for|with|from|on|in|at|of|as)\b)[a-z-]+)*\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*$/u;

/** Pieces that are not the speaker: relative clauses, participle phrases and openers ("Speaking to …"). */
export function isAside(piece: string): boolean {
  return /^(?:who|which|whose|whom|where|when|that|including|according|speaking|asked|based|pressed|questioned|reached|contacted|confronted|challenged|compared|given|faced|flanked|surrounded|joined|backed|quoted|cited|writing|responding|referring|appearing|interviewed|talking|in|on|at|during|after|before|since|as|like|with|without|despite|for|from|by|to|of|unlike|though|although|while|if|because|amid|amidst|among|amongst|following|citing|regarding|concerning|upon|throughout|within|toward|towards|against|beyond|through|across|around|behind|via)\b/i.test(piece)
    // "asked about Apple", "speaking at the port" are asides; "retired neurosurgeon Ben Carson" describes a name.
    || (/^[a-z]+(?:ing|ed)\b/.test(piece) && !DESCRIBED_NAME.test(piece))
    // "Johnnie Wilson, 72, of Springfield, Va.": an age, or a state written short, after a name.
    || /^\d{1,3}$/.test(piece)
    || US_STATES.test(piece)
    // "one of the states suing the EPA": a description of the speaker; a name inside it is not them.
    || /^(?:one|some|many|most|each|all|several|both|none|part|members?)\s+of\b/i.test(piece)
    || /^[A-Z][a-z]+ing\s+(?:a|an|the|to|on|in|at|with|for|from|about|after|his|her|their|its|this|that|up|out)\b/.test(piece)
    // Party and state after a name: "Paul Ryan, R-Wis.", "Jim Clyburn (D-S.C.)".
    || /^(?:[RDI]|Rep|Dem|Ind)[-–][A-Z][\w.\-]*$/.test(piece);
}
