// Who one comma-free piece of a speaker phrase names: "Home Secretary Amber Rudd" a person with a
// title, "a spokesman for WhatsApp" a spokesperson, "the Home Office" an organisation, "she" a pronoun,
// "the Labour leader" a role. Every reader of speaker words comes down to this, so the reading
// (`SpeakerPhrase`) is defined here.
import { GROUP_NOUNS, HONORIFICS, NOT_NAME, ORG_WORDS, PRONOUNS, ROLE_ADJECTIVES, ROLE_NOUNS, ROLE_WORDS, SPOKES_NOUNS, TITLE_EXPANSIONS } from "./lexicon.js";
import { isOrgRun, isPlaceName, nameOf, trailingRun } from "./name-run.js";
import { bare, DETERMINER, isCap, isInitial } from "./phrase-words.js";
import { headedByRole, looksLikeRole, rolePrefix, splitTitle } from "./role-phrase.js";

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
  /** "Phil Berger and Tim Moore": two people named in full who speak together (a group of two). */
  pair?: true;
  /** "Rob Jones, its director of threat leadership": the job is at the body the article has just named. */
  atNamedBody?: true;
}

const OFFICE = /^(?:secretary|governor|senator|president|minister|mayor|chancellor|commissioner|director|chairman|chairwoman|ambassador|representative|superintendent|treasurer|comptroller)$/i;
const QUANTIFIER = /^(?:only|another|other|one|two|three|four|five|some|several|many|most|each|every|both|all|any|no|this|that|these|those)$/i;

// -ing words that describe a job or a body rather than act on the name after them ("acting director").
const ADJECTIVE_ING = new Set(["leading", "ranking", "standing", "longstanding", "upcoming", "departing", "ruling", "governing", "outgoing", "incoming", "sitting", "visiting", "retiring", "founding", "managing", "presiding", "reigning", "opposing", "ongoing", "rising", "remaining", "striking", "commanding", "serving", "reporting", "polling", "fundraising", "campaigning", "training", "marketing", "publishing", "accounting", "engineering", "banking", "consulting", "advertising"]);

/** One comma-free piece: "Home Secretary Amber Rudd", "a spokesman for WhatsApp", "May’s spokesman". */
// Nouns for someone who does something: "committeeman", "treasurer", "director", "economist", "attendant".
const AGENT_NOUN = /(?:man|woman|er|or|ist|ent|ant|ee)$/;

/** Whether the piece ends on a job title in capitals and then a full name ("… Executive Director Ana Ruiz"). */
function titledName(tokens: string[]): boolean {
  const run = tokens.slice(trailingRun(tokens));
  const { title, name } = splitTitle(run);
  return name.length >= 2 && title.some((t) => ROLE_WORDS.has(bare(t))) && !isOrgRun(name) && !name.some((t) => ROLE_WORDS.has(bare(t)));
}

// Capitalised words that belong to a job title rather than to the body's name ("National Executive Director").
const JOB_QUALIFIERS = new Set(["national", "executive", "deputy", "assistant", "associate", "senior", "acting", "interim", "general", "managing", "regional", "state", "federal"]);

/** Where the job words at the end of a title start: "Relations National Executive Director" → 1. */
export function jobWordsFrom(title: readonly string[]): number {
  let i = title.length;
  while (i > 0 && (ROLE_WORDS.has(bare(title[i - 1]!)) || JOB_QUALIFIERS.has(bare(title[i - 1]!)))) i--;
  return i;
}

const PARTY = /^(?:republican|democrat|democratic|independent|libertarian|green|labour|conservative|tory|liberal)$/i;

/** "Attorneys", "aides": a job in the plural, which names a group rather than a person. */
function isPluralJob(word: string): boolean {
  const w = bare(word);
  return w.length > 3 && w.endsWith("s") && ROLE_NOUNS.has(w.slice(0, -1));
}

export function parsePiece(piece: string): SpeakerPhrase | undefined {
  const phrase = readPiece(piece);
  if (phrase?.kind !== "role") return phrase;
  if (!headedByRole(phrase.text)) return undefined;
  if (/^(?:a|an|one)\s/i.test(piece)) return { ...phrase, indefinite: true };
  return phrase;
}

function readPiece(piece: string): SpeakerPhrase | undefined {
  const text = piece.replace(DETERMINER, "").trim();
  if (!text) return undefined;
  const lower = text.toLowerCase();
  const pronoun = PRONOUNS.get(lower);
  if (pronoun) return { kind: "pronoun", text, name: lower, pronoun: lower };
  const tokens = text.split(/\s+/);
  // A long piece names nobody, unless it is a speaker and the body they belong to ("… of the Institute
  // for Science and International Security"): each part is read on its own below.
  if (tokens.length > 14 && !/\s(?:of|for|at|from|with)\s/.test(text)) return undefined;
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
  // "Citizens for Tax Justice", "Americans for Prosperity": one capitalised word, "for", a capitalised
  // name is an organisation's name, not a person and the body they work for.
  if (pp && /^\p{Lu}\p{L}+s\s+for\s+\p{Lu}/u.test(text) && !/\s/.test(pp[1]!) && !isPluralJob(bare(pp[1]!)) && !GROUP_NOUNS.has(bare(pp[1]!)) && pp[2]!.split(" ").every((w) => isCap(w) || /^(?:of|and|the|&)$/.test(w))) {
    return { kind: "organization", text, name: text };
  }
  if (pp && pp[1] && pp[2]) {
    // The head keeps its "the": "the Republican National Committeeman" is a description, not a name.
    const the = /^the\s+/i.exec(piece)?.[0] ?? "";
    const read = parsePiece(the + pp[1]);
    // "Ohio Secretary of State Jon Husted": a head ending on an office is the office, not a person.
    const head: SpeakerPhrase | undefined = read?.kind === "person" && OFFICE.test(read.name.split(" ").at(-1) ?? "") ? { kind: "role", text: pp[1], name: pp[1], role: pp[1] } : read;
    const org = pp[2].replace(DETERMINER, "").trim();
    // "Fair Fares for All organizing director Nadia Krol": an organisation's name runs through "for", and
    // the full name after a job at the end is the speaker.
    const tail = head?.kind === "person" && !head.honorific ? parsePiece(pp[2]) : undefined;
    if (tail?.kind === "person" && tail.name.split(" ").length >= 2 && /\s\p{Ll}[\p{L}-]*\s/u.test(pp[2].slice(0, pp[2].lastIndexOf(tail.name) + 1)) && !/^(?:a|an|the)\s/i.test(pp[2])) {
      return { ...tail, text, role: text.slice(0, text.lastIndexOf(tail.name)).trim() };
    }
    if (head?.kind === "person" && isPluralJob(head.name)) return { kind: "group", text, name: text, role: head.name.toLowerCase() };
    if (head?.kind === "person") return { ...head, organization: org };
    // "David Albright and Serena Kelleher of the Institute": the pair keeps its names.
    if (head?.pair) return { ...head, text, organization: org };
    if (head?.kind === "spokesperson" || head?.kind === "group") {
      return { ...head, name: text, organization: org };
    }
    if (head?.kind === "role") {
      // "Secretary of State John F. Kerry": the title runs on into the name.
      const tail = parsePiece(pp[2]);
      if (tail?.kind === "person" && tail.role && !/^(?:a|an|the)\s/i.test(pp[2])) return { ...tail, text, role: `${pp[1]} of ${tail.role}` };
      // "master of ceremonies Asab Tabchi": a full name after the job's own words ("Republican of West
      // Virginia" is a party and a state).
      if (tail?.kind === "person" && tail.name.split(" ").length >= 2 && !/^(?:a|an|the)\s/i.test(pp[2]) && !isPlaceName(tail.name.split(" ")) && !PARTY.test(pp[1])) {
        return { ...tail, text, role: text.slice(0, text.lastIndexOf(tail.name)).trim() };
      }
      return { ...head, name: text, role: text };
    }
    if (head === undefined && (looksLikeRole(pp[1]) || /^(?:a|an)\s/i.test(piece))) {
      // "master of ceremonies Asab Tabchi": a full name after the job's own words.
      // Only words of the job between it and the name: "director of research at Widmeyer Partners" names a firm.
      const named = looksLikeRole(pp[1]) && /^(?:\p{Ll}[\p{L}-]*\s+)+\p{Lu}/u.test(pp[2]) && !/\s(?:of|for|at|from|with|in|on)\s/.test(pp[2]) ? parsePiece(pp[2]) : undefined;
      if (named?.kind === "person" && named.name.split(" ").length >= 2 && !isPlaceName(named.name.split(" "))) {
        return { ...named, text, role: text.slice(0, text.lastIndexOf(named.name)).trim() };
      }
      return { kind: "role", text, name: text, role: text };
    }
  }

  // "A statement endorsed by …", "Officials at …": the first noun is the speaker.
  const headNoun = bare(first);
  const second = tokens[1] ?? "";
  // Only when a preposition or participle follows: "council leader" is a leader, not a council.
  const postmodified = /^(?:of|at|for|from|in|with|on|by|to|close|familiar|[a-z]+ed)$/.test(second);
  // "The Council on Harbour Relations Executive Director Ana Ruiz": a title and a full name end the piece,
  // and the body before them is where she works.
  const titled = titledName(tokens);
  // "aides to the mayor": a job in the plural names a group, by the whole phrase.
  if ((SPOKES_NOUNS.has(headNoun) || GROUP_NOUNS.has(headNoun) || isPluralJob(headNoun)) && postmodified && !/[’']s$/.test(first) && (!isCap(first) || !isCap(second)) && !titled) {
    const kind = SPOKES_NOUNS.has(headNoun) && !headNoun.endsWith("s") ? "spokesperson" : "group";
    return { kind, text, name: tokens.slice(0, 8).join(" "), role: headNoun };
  }

  const runStart = trailingRun(tokens);
  const last = tokens[tokens.length - 1] ?? "";
  const pair = namedPair(tokens, runStart);
  if (pair) return pair;
  // "White America embracing Obama": a name after a verb's -ing form is what the phrase does something
  // to, not who it is.
  const verbBefore = tokens[runStart - 1] ?? "";
  if (runStart >= 2 && runStart < tokens.length && /^\p{Ll}+ing$/u.test(verbBefore) && !ADJECTIVE_ING.has(verbBefore) && !ROLE_WORDS.has(verbBefore)) return undefined;
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
    // "the Republican National Committeeman": "the" before capitalised words never opens a person's name
    // (a title does: "the Rev. Ana Ruiz"); a word for someone who does something ends a role.
    if (definite && !title.some((t) => HONORIFICS.has(t.toLowerCase())) && AGENT_NOUN.test(lastWord) && !isOrgRun(name)) {
      return { kind: "role", text, name: text, role: text };
    }
    // "a smiling Ruiz", "an angry Okafor": words of manner before a name describe the person, who is named.
    const manner = before.length > 0 && before.every((t) => /^\p{Ll}+$/u.test(t) && !ROLE_WORDS.has(t) && !ROLE_NOUNS.has(t) && !ROLE_ADJECTIVES.has(t) && !GROUP_NOUNS.has(t) && !SPOKES_NOUNS.has(t));
    if (/^(?:a|an)\s/i.test(piece) && manner && name.length <= 2 && !name.every((t) => ROLE_WORDS.has(bare(t)))) {
      return { kind: "person", text, name: nameOf(name) };
    }
    // "A Reuters reporter Ana Ruiz": a job right before a full name is that person's, article or not.
    const job = bare(before[before.length - 1] ?? "");
    if (/^(?:a|an)\s/i.test(piece) && before.length >= 1 && (ROLE_NOUNS.has(job) || ROLE_WORDS.has(job)) && name.length >= 2 && !isOrgRun(name) && !name.some((t) => NOT_NAME.has(t.toLowerCase()))) {
      return { kind: "person", text, name: nameOf(name), role: [...before.filter((t, i) => i > 0 || !/^(?:a|an)$/i.test(t)), ...title].join(" ") };
    }
    if (/^(?:a|an|one)\s/i.test(piece) && before.length > 0) return { kind: "role", text, name: text, role: text };
    // "the Commission on Presidential Debates": the end of an organisation's name, not a person.
    const prep = before[before.length - 1] ?? "";
    const owner = before[before.length - 2] ?? "";
    if (/^(?:on|of|for)$/.test(prep) && isCap(owner) && ORG_WORDS.has(bare(owner)) && !titled) {
      return { kind: "organization", text, name: nameOf([owner, prep, ...name]) };
    }
    // "Atlantic City Mayor Don Guardian": an office before two names is held by a person, whatever the names.
    const officeHolder = name.length >= 2 && (OFFICE.test(title.at(-1) ?? "") || HONORIFICS.has((title.at(-1) ?? "").toLowerCase()));
    if ((isOrgRun(name) && !officeHolder) || isPlaceName(name) || (DETERMINER.test(piece) && before.length === 0 && title.length === 0 && name.length > 0 && !name.some(isInitial) && /^the\s/i.test(piece))) {
      // "United Nations Security Council": words that would be a title before a person's name are the
      // organisation's own.
      return { kind: "organization", text, name: nameOf(title.length > 0 && !titled && isOrgRun(name) && !OFFICE.test(title.at(-1) ?? "") ? [...title.filter((t) => isCap(t) && !HONORIFICS.has(t.toLowerCase())), ...name] : name) };
    }
    if (name.some((t, k) => NOT_NAME.has(t.toLowerCase()) && !/^['’]t$/.test(name[k + 1] ?? ""))) return undefined;
    if (name.length === 1 && GROUP_NOUNS.has(bare(name[0] ?? ""))) return { kind: "group", text, name: text };
    // "a prominent New York Democrat" describes someone; it does not name them.
    if (/^(?:a|an|one)\s/i.test(piece)) return { kind: "role", text, name: text, role: text };
    const honorific = title.find((t) => HONORIFICS.has(t.toLowerCase()));
    // "The Council on Harbour Relations National Executive Director Ana Ruiz": the job is the title words
    // before her name ("National Executive Director"), the body is everything before them.
    if (titled && !honorific) {
      const jobStart = jobWordsFrom(title);
      const body = [...before.filter((t, i) => i > 0 || !DETERMINER.test(`${t} `)), ...title.slice(0, jobStart)];
      if (jobStart > 0 && body.some((t) => ORG_WORDS.has(bare(t)))) {
        return { kind: "person", text, name: nameOf(name), role: title.slice(jobStart).join(" "), organization: body.join(" ") };
      }
    }
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
  // "Another source", "Several officials": a quantifier capitalised by its place is no organisation.
  const capRun = tokens.filter((t) => isCap(t) && !/[’']s$/.test(t) && !QUANTIFIER.test(t)).join(" ");
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
 * "state Senate leader Phil Berger and House Speaker Tim Moore": two people, each named in full, who
 * speak together. Both are the speaker; neither alone is.
 */
function namedPair(tokens: readonly string[], runStart: number): SpeakerPhrase | undefined {
  const and = tokens.lastIndexOf("and", runStart - 1);
  if (and <= 0 || runStart - and > 4) return undefined;
  const left = parsePiece(tokens.slice(0, and).join(" "));
  const right = parsePiece(tokens.slice(and + 1).join(" "));
  const fullName = (p: SpeakerPhrase | undefined) => p?.kind === "person" && p.name.split(" ").length >= 2 && !p.name.split(" ").some((t) => ROLE_WORDS.has(t.toLowerCase()) || ROLE_WORDS.has(`${bare(t)}.`) || ROLE_WORDS.has(bare(t)));
  if (!fullName(left) || !fullName(right)) return undefined;
  const text = tokens.join(" ");
  return { kind: "group", text, name: `${left!.name} and ${right!.name}`, pair: true };
}
