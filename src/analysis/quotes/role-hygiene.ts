// A role as readers see it: the job the article states beside a name ("professor of history at Aldwin
// University"), never the clause that goes on about the person, a second job, the next sentence, or the
// masked words of a quotation. Every role and organisation a person is given passes through here.

// "…, who has predicted every election", "…, whose firm represents …": what follows describes the person.
const RELATIVE = /\s(?:who|whose|whom|which|that|who[’']s)\s/;
// "… is disavowing remarks", "… are vetted": a verb of its own makes the rest a clause, not a job.
const FINITE = /\s(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\s/;
// "professor at Aldwin University and a former adviser to …": a second job, joined on.
const SECOND_ROLE = /\s+and\s+(?:a|an|the|one|now|is|was|has|had)\s/;
// "council voted 6-1 for …", "spokesman for the firm declined to …", "campaign shelled out …": a verb in
// the past before a particle, a preposition or a number is the sentence going on, not the description.
const PAST_VERB = /\s\p{Ll}+ed\s+(?:to|out|down|up|in|on|off|for|at|by|with|from|into|\d)/u;
// "Boos rained down when …", "… because they appeared …": a subordinate clause ends it too.
const SUBORDINATE = /\s(?:when|because|until|unless|although|though|whereas)\s/;
// A bracket, a semicolon or a colon ends the phrase that states the role.
const PHRASE_END = /\s\(|[;:]\s|[;:]$/;
// A masked quotation ("Xxxx xx x xxx"): words of x's only; a lone lower-case "x" is a masked "a" or "I".
const MASKED = /(?:^|\s)['‘’"“]*(?:[Xx]x+|x)['’]?[,.;:!?]?(?=\s|$)/;
// A role cut before a name ends on the name's title ("adviser to Mr") or a preposition: both go.
const DANGLING = /(?:\s+(?:of|to|at|for|in|on|with|by|from|the|a|an|and|or|Mr|Mrs|Ms|Dr))+$/i;
/** The longest role a person is given in one phrase; a longer one is a sentence read as a role. */
const MAX_WORDS = 14;

/** `role` cut to the phrase that states it; undefined when nothing of a role is left. */
export function tidyRole(written: string): string | undefined {
  // A dash or a cue left at the front by the phrase reader is no part of it.
  const role = written.replace(/^[\s―—–-]+/, "").replace(/^(?:said|says|told|added)\s+/i, "");
  let end = role.length;
  for (const pattern of [RELATIVE, FINITE, SECOND_ROLE, PHRASE_END, MASKED, PAST_VERB, SUBORDINATE]) {
    const m = pattern.exec(role);
    if (m && m.index < end) end = m.index;
  }
  const sentenceEnd = endOfSentence(role);
  if (sentenceEnd >= 0 && sentenceEnd < end) end = sentenceEnd;
  const tidy = role
    .slice(0, end)
    .replace(/[\s,;:—–-]+$/, "")
    .replace(/(\p{Ll}{3,})\.$/u, "$1")
    // "author of" (before the title in quote marks), "senior fellow at the": words left hanging.
    .replace(DANGLING, "")
    .trim();
  // "he", "her": a pronoun says who, never what they do.
  if (tidy === "" || tidy.split(/\s+/).length > MAX_WORDS || PRONOUN_ONLY.test(tidy)) return undefined;
  // "State" (of "Secretary of State"), "former", "rival": words that qualify a job are no job alone.
  if (tidy.split(/\s+/).every((w) => QUALIFIERS_ONLY.has(w.toLowerCase().replace(/[.,]$/, "")))) return undefined;
  return tidy;
}

const QUALIFIERS_ONLY = new Set(
  `state labor labour defense defence interior health education treasury energy transport transportation commerce
   environment security homeland trade culture business finance cabinet press communications campaign former acting
   shadow then late interim senior top minority majority rival vice home foreign deputy country nation
   national federal local city county`.split(/\s+/),
);

const PRONOUN_ONLY = /^(?:he|she|they|it|we|i|you|him|her|them|his|hers|their|its|one)$/i;

/**
 * Where a full stop ends a sentence inside `role` ("… Alzheimer's. He oversees …"), or -1. The full stop
 * of a short abbreviation ("Sen. Ana Ruiz", "U.S. District Judge") ends nothing.
 */
function endOfSentence(role: string): number {
  const re = /(\S+)\.\s+\p{Lu}/gu;
  for (let m = re.exec(role); m; m = re.exec(role)) {
    const word = m[1] ?? "";
    if (word.length >= 4 && !word.includes(".")) return m.index + word.length;
  }
  return -1;
}

/** Whether `organization` only repeats what `role` already says ("general counsel for Aldwin Trust", "Aldwin Trust"). */
export function roleNames(role: string | undefined, organization: string): boolean {
  return role !== undefined && role.toLowerCase().includes(organization.toLowerCase());
}

// Words that say what kind of body follows its name: "the law firm Mayer Brown", "think tank Chatham House".
const BODY_DESCRIPTION = /^(?:(?:the|a|an|law|think|tank|firm|consulting|research|nonprofit|non-profit|advocacy|lobbying|polling|media|news|conservative|liberal|progressive|watchdog|group|company|agency|outlet|newspaper|website|network|union|charity)\s+){1,3}(?=\p{Lu})/u;

// Lower-case words that join the words of a body's name ("Bank of England", "Mayer & Brown").
const NAME_JOINERS = new Set(["of", "for", "and", "&", "on", "the", "de", "du", "la", "le", "des", "del", "van", "von", "y", "at"]);

/**
 * An organisation as readers see it: the capitalised name of a body ("Washington Institute for Near East
 * Policy"), without the words around it ("law firm Mayer Brown" → "Mayer Brown", "Nova University in
 * Fort Lauderdale" → "Nova University"); undefined when the words name no body ("time", "taking and").
 */
export function tidyOrganization(written: string): string | undefined {
  const role = tidyRole(written);
  if (!role) return undefined;
  const tokens = role.replace(BODY_DESCRIPTION, "").split(/\s+/);
  if (!/^\p{Lu}/u.test(tokens[0] ?? "")) return undefined;
  let end = tokens.findIndex((t) => !/^[\p{Lu}\d]/u.test(t) && !NAME_JOINERS.has(t));
  if (end < 0) end = tokens.length;
  while (end > 0 && NAME_JOINERS.has(tokens[end - 1]!)) end--;
  const name = tokens.slice(0, end).join(" ").replace(/[,.;:]+$/, "");
  // "Gore’s 2000 (campaign)": a name cut before its noun ends on an owner or a number.
  if (name === "" || /[’']s?$/.test(name) || /\d$/.test(name)) return undefined;
  return name;
}
