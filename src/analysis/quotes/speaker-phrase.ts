// Reads the words an article uses for a speaker ("Rob Wainwright, Europol director", "a Home Office
// spokesperson", "she", "the Home Secretary") into who they are, before any coreference.
import {
  GROUP_NOUNS, HONORIFICS, NOT_NAME, ORG_WORDS, PARTICLES, PRONOUNS, ROLE_ADJECTIVES, ROLE_NOUNS, ROLE_WORDS, SENTENCE_ADVERBS, SPOKES_NOUNS,
  TITLE_EXPANSIONS,
} from "./lexicon.js";
import { isSpaceChar } from "../../text/whitespace.js";

export type PhraseKind = "person" | "organization" | "spokesperson" | "group" | "pronoun" | "role";

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** The words as written, without leading "the"/"a". */
  text: string;
  /** Person: name without title; organisation: its name; spokesperson/group/role: the phrase. */
  name: string;
  honorific?: string;
  role?: string;
  organization?: string;
  /** Spokesperson of a person ("May's spokesman"): whose. */
  possessor?: string;
  /** "a senior adviser", "one official": someone new, never a person named elsewhere. */
  indefinite?: boolean;
  pronoun?: string;
}

const DETERMINER = /^(?:the|a|an|one|its|his|her|their|our)\s+/i;
const LEADING_NOISE = /^(?:(?:but|and|yet|so|still|however|meanwhile|later|earlier|also|instead|now|then|today|yesterday|separately|similarly|likewise|indeed|moreover|finally|again|here|there|while|when|as|because|although|though|if)\s+)+/i;
const TIME_LEAD = /^(?:on|in|at|during|by|last|this|late|early)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|morning|afternoon|evening|night|week|weekend|month|year|\d+)\s*)+/i;
// Words that trail a subject before its verb ("Rudd has also", "she then"), read from the end of a piece.
const AUX_WORD = /^(?:has|have|had|also|later|then|previously|earlier|repeatedly|again|once|reportedly|recently|publicly|privately|famously|further|first|last|quickly|simply|flatly|bluntly|angrily|will|would|could|can|may|might|must|should|did|does|do|is|was|were|are|been|being|once|even|only|just|always|often|never|not|already|subsequently|eventually|finally|initially|immediately|later|then|too|herself|himself|themselves|itself)$/i;
// Any other adverb in -ly, in lower case: a capitalised "Kelly", "Emily" or "Batremly" is a name.
const ADVERB_LY = /^[a-z]+ly$/;

/** A capitalised word ("Rudd", "O’Brien", "J."). Plain ASCII words are read without the Unicode pattern. */
function isCap(t: string): boolean {
  const first = t.charCodeAt(0);
  if (first < 128) {
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
const isInitial = (t: string) => /^[\p{Lu}]\.$/u.test(t);

/** The word lower-cased, without a possessive "’s" and then a trailing comma, semicolon or colon. */
function bare(t: string): string {
  let w = t.toLowerCase();
  if (w.endsWith("’s") || w.endsWith("'s")) w = w.slice(0, -2);
  const last = w.charCodeAt(w.length - 1);
  return last === 44 || last === 59 || last === 58 ? w.slice(0, -1) : w;
}
const isAcronym = (t: string) => /^[A-Z][A-Z0-9&.\-]{1,9}$/.test(t) && !HONORIFICS.has(t.toLowerCase());

/**
 * The words of a phrase one space apart, without brackets, quote marks or masked quotations ("Xxxx xx"):
 * what splitting on spaces and commas reads from then on.
 */
function cleanPhrase(text: string): string {
  let t = text;
  if (t.includes("(")) t = t.replace(/\([^)]*\)/g, " ");
  if (QUOTE_GLYPH.test(t)) t = t.replace(QUOTE_GLYPHS, " ");
  if (t.includes("''")) t = t.replace(/''/g, " ");
  // Masked quotations ("Xxxx xx xxx") are not words of the speaker phrase.
  if (t.includes("X")) t = t.replace(/(^|\s)Xx*(?=[\s,.!?]|$)/g, "$1 ");
  // Most phrases are already spaced one space apart: testing is cheaper than rebuilding the string.
  return UNEVEN_SPACING.test(t) ? t.replace(/\s+/g, " ").trim() : t;
}

// Any space but " ", two spaces in a row, or a space at either end: what `replace(/\s+/g, " ").trim()` changes.
const UNEVEN_SPACING = /[^\S ]| {2}|^ | $/;

const QUOTE_GLYPH = /[“”"‘]/;
const QUOTE_GLYPHS = /[“”"‘]/g;

function stripEdges(piece: string): string {
  let p = piece.trim().replace(/^[—–\-:;]+\s*/, "").replace(/[—–\-:;.]+$/, "").trim();
  for (let i = 0; i < 3; i++) {
    const before = p;
    p = p.replace(LEADING_NOISE, "").replace(TIME_LEAD, "").replace(/^,\s*/, "").trim();
    if (p === before) break;
  }
  return withoutTrailingAux(p);
}

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
    if (k === end || !(AUX_WORD.test(word) || ADVERB_LY.test(word) || SENTENCE_ADVERBS.has(word.toLowerCase()))) break;
    while (k > 0 && isSpaceChar(p.charCodeAt(k - 1))) k--;
    end = k;
  }
  return end === p.length ? p : p.slice(0, end).trim();
}

// States as news copy abbreviates them after a home town ("of Springfield, Va."), full stops already dropped.
const US_STATES = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\.?$/;

/** Pieces that are not the speaker: relative clauses, participle phrases and openers ("Speaking to …"). */
function isAside(piece: string): boolean {
  return /^(?:who|which|whose|whom|where|when|that|including|according|speaking|asked|writing|responding|referring|appearing|interviewed|talking|in|on|at|during|after|before|since|as|like|with|without|despite|for|from|by|to|of|unlike|though|although|while|if|because)\b/i.test(piece)
    || /^[a-z]+(?:ing|ed)\b/.test(piece)
    // "Johnnie Wilson, 72, of Springfield, Va.": an age, or a state written short, after a name.
    || /^\d{1,3}$/.test(piece)
    || US_STATES.test(piece)
    // "one of the states suing the EPA": a description of the speaker; a name inside it is not them.
    || /^(?:one|some|many|most|each|all|several|both|none|part|members?)\s+of\b/i.test(piece)
    || /^[A-Z][a-z]+ing\s+(?:a|an|the|to|on|in|at|with|for|from|about|after|his|her|their|its|this|that|up|out)\b/.test(piece)
    // Party and state after a name: "Paul Ryan, R-Wis.", "Jim Clyburn (D-S.C.)".
    || /^(?:[RDI]|Rep|Dem|Ind)[-–][A-Z][\w.\-]*$/.test(piece);
}

/** A job description with no name in it: "general counsel for Privacy International", "the Labour leader". */
function looksLikeRole(piece: string): boolean {
  const tokens = piece.split(/\s+/);
  return tokens.some((t) => ROLE_NOUNS.has(bare(t)) || ROLE_WORDS.has(bare(t))) || DETERMINER.test(piece);
}

/** Splits a run of capitalised words into the title in front and the name. */
function splitTitle(run: string[]): { title: string[]; name: string[] } {
  for (let i = run.length - 2; i >= 0; i--) {
    const t = run[i] ?? "";
    if (ROLE_WORDS.has(bare(t)) || HONORIFICS.has(t.toLowerCase())) {
      return { title: run.slice(0, i + 1), name: run.slice(i + 1) };
    }
  }
  return { title: [], name: run };
}

/** The run of capitalised words (with particles and initials) that ends the token list, if any. */
function trailingRun(tokens: string[]): number {
  let i = tokens.length;
  while (i > 0) {
    const t = tokens[i - 1] ?? "";
    const inside = i < tokens.length && i - 1 > 0 && isCap(tokens[i - 2] ?? "");
    if (isCap(t) && !/[’']s$/.test(t) || isInitial(t) || /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(t)) i--;
    else if (inside && PARTICLES.has(t)) i--;
    else break;
  }
  // A possessive ends the run: "Clinton’s campaign chairman John Podesta" keeps only "John Podesta".
  return i;
}

/** The words right before a name that describe its bearer ("NCA director", "Trump campaign spokesman"). */
function rolePrefix(before: string[]): string[] {
  let i = before.length;
  while (i > 0) {
    const t = before[i - 1] ?? "";
    if (isCap(t) || ROLE_WORDS.has(bare(t)) || ROLE_NOUNS.has(bare(t)) || ROLE_ADJECTIVES.has(bare(t)) || /^[\d/]+$/.test(t) || /-/.test(t)) i--;
    else break;
  }
  return before.slice(i);
}

function isOrgRun(run: string[]): boolean {
  return run.some((t) => ORG_WORDS.has(bare(t))) || (run.length <= 2 && run.some(isAcronym));
}

function nameOf(tokens: string[]): string {
  const name = tokens.join(" ").replace(/[,;:]$/, "");
  // "the Shortgro Foundation.": a sentence's full stop is no part of a name; "Jr." and "J." keep theirs.
  const last = tokens[tokens.length - 1] ?? "";
  return name.endsWith(".") && !/^(?:\p{Lu}|Jr|Sr|St|Inc|Corp|Co|Ltd|Bros)\.$/u.test(last) && !/\.\p{L}/u.test(last) ? name.slice(0, -1) : name;
}

/** One comma-free piece: "Home Secretary Amber Rudd", "a spokesman for WhatsApp", "May’s spokesman". */
function parsePiece(piece: string): SpeakerPhrase | undefined {
  const phrase = readPiece(piece);
  if (phrase?.kind !== "role") return phrase;
  if (!headedByRole(phrase.text)) return undefined;
  if (/^(?:a|an|one)\s/i.test(piece)) return { ...phrase, indefinite: true };
  return phrase;
}

/**
 * A role names someone by what they do, so its head is a job noun: "senior fellow at the Brookings
 * Institution", "the Indiana governor". "a ritual that marks …" or "compared to 11% of Democrats" is no role.
 */
function headedByRole(text: string): boolean {
  const head = text.split(/\s+(?:of|for|at|with|to|in|from|on|that|who|which|whose|under|behind)\s+/i)[0] ?? "";
  const last = bare(head.split(/\s+/).pop() ?? "");
  return ROLE_NOUNS.has(last) || ROLE_WORDS.has(last) || SPOKES_NOUNS.has(last) || GROUP_NOUNS.has(last) || TITLE_EXPANSIONS[last + "."] !== undefined;
}

function readPiece(piece: string): SpeakerPhrase | undefined {
  const text = piece.replace(DETERMINER, "").trim();
  if (!text) return undefined;
  const lower = text.toLowerCase();
  const pronoun = PRONOUNS.get(lower);
  if (pronoun) return { kind: "pronoun", text, name: lower, pronoun: lower };
  const tokens = text.split(/\s+/);
  if (tokens.length > 14) return undefined;
  const first = tokens[0] ?? "";
  if (NOT_NAME.has(first.toLowerCase()) && !/^(?:the|a|an)$/i.test(first)) {
    // "In a Bloomberg interview Trump": an opener without a comma; the name that ends it may still speak.
    const run = trailingRun(tokens);
    if (run > 0 && run < tokens.length && !/^(?:which|that|who|what|where|when|how|why|it|this|these|those)$/i.test(first)) {
      const inner = parsePiece(tokens.slice(run).join(" "));
      return inner?.kind === "person" || inner?.kind === "organization" ? inner : undefined;
    }
    return undefined;
  }

  // "X of/for/at Y": the head names the speaker, the rest their organisation.
  const pp = /^(.+?)\s+(?:of|for|at|from|with)\s+(.+)$/.exec(text);
  if (pp && pp[1] && pp[2]) {
    const head = parsePiece(pp[1]);
    const org = pp[2].replace(DETERMINER, "").trim();
    if (head?.kind === "person") return { ...head, organization: org };
    if (head?.kind === "spokesperson" || head?.kind === "group") {
      return { ...head, name: text, organization: org };
    }
    if (head?.kind === "role") {
      // "Secretary of State John F. Kerry": the title runs on into the name.
      const tail = parsePiece(pp[2]);
      if (tail?.kind === "person" && tail.role && !/^(?:a|an|the)\s/i.test(pp[2])) return { ...tail, text, role: `${pp[1]} of ${tail.role}` };
      return { ...head, name: text, role: text };
    }
    if (head === undefined && (looksLikeRole(pp[1]) || /^(?:a|an)\s/i.test(piece))) return { kind: "role", text, name: text, role: text };
  }

  // "A statement endorsed by …", "Officials at …": the first noun is the speaker.
  const headNoun = bare(first);
  const second = tokens[1] ?? "";
  // Only when a preposition or participle follows: "council leader" is a leader, not a council.
  const postmodified = /^(?:of|at|for|from|in|with|on|by|to|close|familiar|[a-z]+ed)$/.test(second);
  if ((SPOKES_NOUNS.has(headNoun) || GROUP_NOUNS.has(headNoun)) && postmodified && !/[’']s$/.test(first) && (!isCap(first) || !isCap(second))) {
    const kind = SPOKES_NOUNS.has(headNoun) && !headNoun.endsWith("s") ? "spokesperson" : "group";
    return { kind, text, name: tokens.slice(0, 8).join(" "), role: headNoun };
  }

  const runStart = trailingRun(tokens);
  const last = tokens[tokens.length - 1] ?? "";
  if (runStart < tokens.length) {
    const run = tokens.slice(runStart);
    const before = tokens.slice(0, runStart);
    const { title, name } = splitTitle(run);
    const lastWord = bare(name[name.length - 1] ?? "");
    const definite = /^the\s/i.test(piece) && before.length === 0;
    // "Mr. King" names a man called King; "the King" is a role.
    const personal = title.some((t) => HONORIFICS.has(t.toLowerCase()) && !TITLE_EXPANSIONS[t.toLowerCase()]);
    if ((!personal && name.every((t) => ROLE_WORDS.has(bare(t)))) || (definite && (ROLE_NOUNS.has(lastWord) || ROLE_WORDS.has(lastWord)) && !isOrgRun(name))) {
      // "the Home Secretary": a role standing for a person the article may name elsewhere.
      return { kind: "role", text, name: text, role: text };
    }
    if (/^(?:a|an|one)\s/i.test(piece) && before.length > 0) return { kind: "role", text, name: text, role: text };
    // "the Commission on Presidential Debates": the end of an organisation's name, not a person.
    const prep = before[before.length - 1] ?? "";
    const owner = before[before.length - 2] ?? "";
    if (/^(?:on|of|for)$/.test(prep) && isCap(owner) && ORG_WORDS.has(bare(owner))) {
      return { kind: "organization", text, name: nameOf([owner, prep, ...name]) };
    }
    if (isOrgRun(name) || (DETERMINER.test(piece) && before.length === 0 && title.length === 0 && name.length > 0 && !name.some(isInitial) && /^the\s/i.test(piece))) {
      return { kind: "organization", text, name: nameOf(name) };
    }
    if (name.some((t) => NOT_NAME.has(t.toLowerCase()))) return undefined;
    if (name.length === 1 && GROUP_NOUNS.has(bare(name[0] ?? ""))) return { kind: "group", text, name: text };
    // "a prominent New York Democrat" describes someone; it does not name them.
    if (/^(?:a|an|one)\s/i.test(piece)) return { kind: "role", text, name: text, role: text };
    const honorific = title.find((t) => HONORIFICS.has(t.toLowerCase()));
    const roleWords = [...rolePrefix(before), ...title.filter((t) => t !== honorific)];
    const role = roleWords.join(" ").replace(/[’']s$/, "").trim();
    return {
      kind: "person",
      text,
      name: nameOf(name),
      ...(honorific && { honorific }),
      ...(role && { role }),
    };
  }
  // No name at the end: a spokesperson, a group, a role or a thing ("the statement").
  const head = bare(last);
  const possessive = tokens.find((t) => /[’']s$/.test(t) && isCap(t));
  const capRun = tokens.filter((t) => isCap(t) && !/[’']s$/.test(t)).join(" ");
  if (SPOKES_NOUNS.has(head)) {
    return {
      kind: head.endsWith("s") && head !== "spokesperson" ? "group" : "spokesperson",
      text,
      name: text,
      role: head,
      ...(capRun && { organization: capRun }),
      ...(possessive && { possessor: possessive.replace(/[’']s$/, "") }),
    };
  }
  if (ROLE_NOUNS.has(head) && (DETERMINER.test(piece) || possessive || capRun)) {
    return { kind: "role", text, name: text, role: text, ...(possessive && { possessor: possessive.replace(/[’']s$/, "") }) };
  }
  if (GROUP_NOUNS.has(head)) return { kind: "group", text, name: text, ...(capRun && { organization: capRun }) };
  return undefined;
}

/**
 * Who a speaker phrase names. Commas split it into pieces: asides are dropped, and a name beside a
 * job description is read as one person with a role ("Jeremy Corbyn, the Labour leader").
 * Undefined when the words do not look like a speaker at all.
 */
export function parseSpeakerPhrase(raw: string, head: "last" | "first" = "last"): Readonly<SpeakerPhrase> | undefined {
  // The same words recur all through an article ("Mr. Trump", "the senator"): read each once.
  const key = head === "last" ? raw : `\u0001${raw}`;
  const cached = PARSED.get(key);
  if (cached !== undefined || PARSED.has(key)) return cached;
  if (PARSED.size >= PARSED_MAX) PARSED.clear();
  const phrase = parseUncached(raw, head);
  PARSED.set(key, phrase);
  return phrase;
}

// Bounded so that a corpus of any size keeps the memory flat; a full reset is cheap and rare.
const PARSED = new Map<string, SpeakerPhrase | undefined>();
const PARSED_MAX = 50_000;

/** Forgets every phrase read so far: for benchmarks that must measure a cold start. */
export function clearSpeakerPhraseCache(): void {
  PARSED.clear();
  PIECES.clear();
  LEADS.clear();
}

const isNamed = (x: { phrase: SpeakerPhrase | undefined }) => x.phrase !== undefined && x.phrase.kind !== "role";
const isRole = (x: { piece: string; phrase: SpeakerPhrase | undefined } | undefined) =>
  x !== undefined && (x.phrase?.kind === "role" || (x.phrase === undefined && looksLikeRole(x.piece)));

// Pieces recur even more than whole phrases ("he", "Mr. Trump", "the Republican nominee").
const PIECES = new Map<string, SpeakerPhrase | undefined>();

function parsePieceOnce(piece: string): SpeakerPhrase | undefined {
  const cached = PIECES.get(piece);
  if (cached !== undefined || PIECES.has(piece)) return cached;
  if (PIECES.size >= PARSED_MAX) PIECES.clear();
  const phrase = parsePiece(piece);
  PIECES.set(piece, phrase);
  return phrase;
}

function parseUncached(raw: string, head: "last" | "first"): SpeakerPhrase | undefined {
  const cleaned = cleanPhrase(raw);
  const pieces = cleaned.split(/\s*,\s*/).map(stripEdges).filter((p) => p !== "");
  const kept = pieces.filter((p, i) => (i === 0 && pieces.length === 1) || !isAside(p));
  if (kept.length === 0) return undefined;
  const parsed = kept.map((piece) => ({ piece, phrase: parsePieceOnce(piece) }));
  // Before a cue the speaker is the last name ("Asked about Apple, Ms Rudd said"); after an inverted
  // cue, the first ("said Don Fowler, who …, during Bill Clinton’s presidency").
  const order = head === "last" ? [...parsed.keys()].reverse() : [...parsed.keys()];
  // "Minyon Moore, a senior adviser to the Clinton campaign": a piece opening with "a" describes the
  // speaker another piece names.
  const describes = (i: number) => parsed.length > 1 && /^(?:a|an)\s/i.test(parsed[i]!.piece);
  const at = order.find((i) => isNamed(parsed[i]!) && !describes(i)) ?? order.find((i) => isNamed(parsed[i]!));
  if (at === undefined) {
    const roles = parsed.filter((x) => x.phrase?.kind === "role");
    return kept.length <= 2 ? roles[roles.length - 1]?.phrase : undefined;
  }
  const found = parsed[at]!.phrase!;
  if (found.kind === "person" && found.name.split(" ").length > 5) return undefined;
  if (found.kind === "pronoun") return found;
  // "NAME, ROLE" or "ROLE, NAME": the name speaks, the role describes.
  const next = parsed[at + 1];
  const prev = parsed[at - 1];
  // "Deborah Smith, spokeswoman at the Port Union": a spokesperson beside a person's name is that
  // person's job, not another speaker.
  if (found.kind === "spokesperson" && !found.possessor) {
    const named = [next, prev].find((x) => x?.phrase?.kind === "person" && !/^(?:a|an)\s/i.test(x.piece));
    if (named) return withAppositive(named.phrase!, parsed[at]!);
  }
  const appositive = isAppositive(next) ? next! : isAppositive(prev) ? prev! : undefined;
  return appositive ? withAppositive(found, appositive) : found;
}

/** A job beside a name: a role, or a spokesperson's title ("Smith, a spokesman for the union"). */
function isAppositive(x: { piece: string; phrase: SpeakerPhrase | undefined } | undefined): boolean {
  return isRole(x) || (x?.phrase?.kind === "spokesperson" && !x.phrase.possessor);
}

/** The named speaker, given the job the appositive describes and the organisation it names. */
function withAppositive(found: SpeakerPhrase, appositive: { piece: string; phrase: SpeakerPhrase | undefined }): SpeakerPhrase {
  const role = appositive.piece.replace(DETERMINER, "");
  const named = appositive.phrase?.organization;
  // "a spokesman for the company" names no organisation; "for the Port Union" does.
  const organization = found.organization ?? (named && /^\p{Lu}/u.test(named) ? named : organizationIn(role));
  return { ...found, role: found.role ? `${found.role}, ${role}` : role, ...(organization && { organization }) };
}

/** "chief economist at the Ministry of Harbours" → "Ministry of Harbours": the body a job is held at or for. */
function organizationIn(role: string): string | undefined {
  const m = /\s(?:at|for|with)\s+(?:the\s+)?(\p{Lu}[^,;:]*?)[.]?$/u.exec(role);
  return m?.[1] && /^\p{Lu}/u.test(m[1]) ? m[1] : undefined;
}

const NP_GLUE = new Set(["of", "for", "at", "the", "a", "an", "and", "&", "to"]);

/**
 * The noun phrase a sentence opens with ("A Home Office spokeswoman reinforced …" → the spokeswoman):
 * the subject of a participle cue when no reporting verb precedes it.
 */
export function leadingSpeaker(sentence: string): SpeakerPhrase | undefined {
  // Asked once per sentence for its subject, and again for each "it said" or "adding:" in it.
  const cached = LEADS.get(sentence);
  if (cached !== undefined || LEADS.has(sentence)) return cached;
  if (LEADS.size >= PARSED_MAX) LEADS.clear();
  const phrase = readLeadingSpeaker(sentence);
  LEADS.set(sentence, phrase);
  return phrase;
}

const LEADS = new Map<string, SpeakerPhrase | undefined>();

function readLeadingSpeaker(sentence: string): SpeakerPhrase | undefined {
  // Openers ("Following a late meeting, …", "On Tuesday, …") are skipped, a piece at a time. The cleaned
  // words stand one space apart, so a piece ends at ", ": most sentences are settled by their first piece.
  const cleaned = cleanPhrase(firstPieces(sentence, 4));
  let from = 0;
  for (let n = 0; n < 4 && from <= cleaned.length; n++) {
    const comma = cleaned.indexOf(", ", from);
    const end = comma < 0 ? cleaned.length : comma + 1;
    const text = cleaned.slice(from, end).replace(LEADING_NOISE, "").replace(TIME_LEAD, "").trim();
    from = comma < 0 ? cleaned.length + 1 : comma + 2;
    if (isAside(text)) continue;
    const found = nounPhraseAt(text);
    if (found) return found;
  }
  return undefined;
}

/**
 * The sentence up to the comma that ends its `n`th piece (commas in brackets do not count, as
 * `cleanPhrase` drops brackets): the rest of a long sentence cannot hold its opening noun phrase.
 */
function firstPieces(sentence: string, n: number): string {
  // From comma to comma with indexOf: most sentences hold few commas and fewer brackets.
  let count = 0;
  let i = 0;
  let paren = sentence.indexOf("(");
  for (;;) {
    const comma = sentence.indexOf(",", i);
    if (comma < 0) return sentence;
    if (paren >= 0 && paren < i) paren = sentence.indexOf("(", i);
    if (paren >= 0 && paren < comma) {
      const close = sentence.indexOf(")", paren);
      i = close > 0 ? close + 1 : paren + 1;
      continue;
    }
    if (isSpaceChar(sentence.charCodeAt(comma + 1)) && ++count === n) return sentence.slice(0, comma + 1);
    i = comma + 1;
  }
}

/** The speaker a piece opens with; `text` holds words one space apart (see `cleanPhrase`). */
function nounPhraseAt(text: string): SpeakerPhrase | undefined {
  // A heading in capitals ("CONGRESS HAS INVESTIGATED HIM —") names nobody.
  if (TWO_CAPITALS.test(text) && hasTwoShoutedWords(text)) return undefined;
  // The phrase runs while its words can belong to one; the longest reading that names a speaker wins,
  // so readings are tried from the longest down. Only the first 14 words can be part of it.
  const ends: number[] = [];
  let start = 0;
  for (let n = 1; n <= 14; n++) {
    const space = text.indexOf(" ", start);
    const end = space < 0 ? text.length : space;
    const t = text.slice(start, end);
    const word = bare(t);
    const fits = isCap(t) || /[’']s$/.test(t) || NP_GLUE.has(word) || PARTICLES.has(word) || ROLE_NOUNS.has(word) || ROLE_WORDS.has(word) || SPOKES_NOUNS.has(word) || GROUP_NOUNS.has(word) || PRONOUN_WORD.test(word);
    if (!fits) break;
    // A phrase never ends on "of", "the" or "van": no need to read it there.
    if (!(t === word && (NP_GLUE.has(word) || PARTICLES.has(word)))) ends.push(end);
    if (/[,;:]$/.test(t) || space < 0) break;
    start = space + 1;
  }
  for (let i = ends.length - 1; i >= 0; i--) {
    const phrase = parseSpeakerPhrase(text.slice(0, ends[i]));
    if (phrase && phrase.kind !== "role") return phrase;
  }
  return undefined;
}

const TWO_CAPITALS = /[A-Z]{2}/;

/** Whether two words are written in capitals only (two letters or more), counted without splitting. */
function hasTwoShoutedWords(text: string): boolean {
  let shouted = 0;
  let letters = 0;
  let onlyCapitals = true;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      if (onlyCapitals && letters >= 2 && ++shouted === 2) return true;
      letters = 0;
      onlyCapitals = true;
    } else if (c >= 65 && c <= 90) letters++;
    else onlyCapitals = false;
  }
  return false;
}

const PRONOUN_WORD = /^(?:he|she|they|we|it)$/i;
