// Who the words a reporting verb points at name ("Rob Wainwright, Europol director", "a Home Office
// spokesperson", "she", "the Home Secretary"), before any coreference. The words may run over several
// comma-separated pieces: asides are dropped, and a name beside a job is one person with that role.
import { BoundedCache } from "../../text/bounded-cache.js";
import { cleanPhrase, isAside, stripEdges } from "./phrase-noise.js";
import { DETERMINER } from "./phrase-words.js";
import { headedByRole, looksLikeRole } from "./role-phrase.js";
import { parsePiece, type SpeakerPhrase } from "./speaker-piece.js";

/**
 * Who a speaker phrase names. Commas split it into pieces: asides are dropped, and a name beside a
 * job description is read as one person with a role ("Jeremy Corbyn, the Labour leader").
 * Undefined when the words do not look like a speaker at all.
 */
export function parseSpeakerPhrase(raw: string, head: "last" | "first" = "last"): Readonly<SpeakerPhrase> | undefined {
  // The same words recur all through an article ("Mr. Trump", "the senator"): read each once.
  return PARSED.get(head === "last" ? raw : `\u0001${raw}`, () => parseUncached(raw, head));
}

const PARSED = new BoundedCache<SpeakerPhrase | undefined>();

const isNamed = (x: { phrase: SpeakerPhrase | undefined }) => x.phrase !== undefined && x.phrase.kind !== "role";
// "The chairman, Mr. Bush, said" gives Bush a job; "The museum, Mr. Bush said, …" does not: a piece
// known by "the" alone must be headed by a job noun.
const isRole = (x: { piece: string; phrase: SpeakerPhrase | undefined } | undefined) =>
  x !== undefined && (x.phrase?.kind === "role" || (x.phrase === undefined && looksLikeRole(x.piece) && (!/^the\s/i.test(x.piece) || headedByRole(x.piece))));

// Pieces recur even more than whole phrases ("he", "Mr. Trump", "the Republican nominee").
const PIECES = new BoundedCache<SpeakerPhrase | undefined>();

function parseUncached(raw: string, head: "last" | "first"): SpeakerPhrase | undefined {
  const cleaned = cleanPhrase(raw);
  // "10,000 supporters": a comma inside a number splits nothing.
  // "As a summer associate at the firm, Ana Ruiz said": a capacity she spoke from once is an aside, even
  // though stripping openers would leave a fine-looking role.
  const pieces = cleaned.split(/\s*,(?!\d{3}\b)\s*/).filter((p) => !CAPACITY_PIECE.test(p)).map(stripEdges).filter((p) => p !== "");
  const kept = pieces.filter((p, i) => (i === 0 && pieces.length === 1) || (!isAside(p) && !isRegionOfPlace(pieces, i, raw)));
  if (kept.length === 0) return undefined;
  const parsed = kept.map((piece) => ({ piece, phrase: PIECES.get(piece, () => parsePiece(piece)) }));
  // Before a cue the speaker is the last name ("Asked about Apple, Ms Rudd said"); after an inverted
  // cue, the first ("said Don Fowler, who …, during Bill Clinton’s presidency").
  const order = head === "last" ? [...parsed.keys()].reverse() : [...parsed.keys()];
  // "Minyon Moore, a senior adviser to the Clinton campaign": a piece opening with "a" describes the
  // speaker another piece names.
  // So does one opening with "the" and a word in lower case ("Dennis Ross, the former adviser to Mr. Ruiz").
  const describes = (i: number) => parsed.length > 1 && /^(?:[Aa]n?\s|[Tt]he\s+\p{Ll})/u.test(parsed[i]!.piece);
  // A person named in one piece speaks before an organisation named in another ("Ana Ruiz, co-founder of
  // the Harbour Trust, said").
  const isPerson = (i: number) => parsed[i]!.phrase?.kind === "person";
  const at = order.find((i) => isPerson(i) && !describes(i)) ?? order.find((i) => isNamed(parsed[i]!) && !describes(i)) ?? order.find((i) => isNamed(parsed[i]!));
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

const CAPACITY_PIECE = /^as\s+(?:a|an)\s/i;

// A place written in a piece: "… in Columbus", "at the Mercer Arena".
const ENDS_IN_PLACE = /\b(?:in|at|near|from|outside)\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*$/u;
const LONE_RUN = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}$/u;

/**
 * "Ruiz, at a rally in Columbus, Ohio, said": the last piece, closed by a comma before the verb, is the
 * region of the place before it, not the speaker. (Without the comma, "in Columbus, Ruiz said", it is.)
 */
function isRegionOfPlace(pieces: readonly string[], i: number, raw: string): boolean {
  return i === pieces.length - 1 && i > 0 && /,\s*$/.test(raw) && LONE_RUN.test(pieces[i]!) && ENDS_IN_PLACE.test(pieces[i - 1]!);
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
  // "Rob Jones, its director of threat leadership": "its" is the body the article has just named.
  const atNamedBody = !organization && /^(?:its|their)\s/i.test(appositive.piece);
  return { ...found, role: found.role ? `${found.role}, ${role}` : role, ...(organization && { organization }), ...(atNamedBody && { atNamedBody: true as const }) };
}

/** "chief economist at the Ministry of Harbours" → "Ministry of Harbours": the body a job is held at or for. */
function organizationIn(role: string): string | undefined {
  // "director of the Center for Disaster Studies at Aldwin University": where the job is held comes after the last "at".
  const at = /.*\sat\s+(?:the\s+)?(\p{Lu}[^,;:]*?)[.]?$/u.exec(role);
  const m = at ?? /\s(?:for|with)\s+(?:the\s+)?(\p{Lu}[^,;:]*?)[.]?$/u.exec(role);
  return m?.[1] && /^\p{Lu}/u.test(m[1]) ? m[1] : undefined;
}
