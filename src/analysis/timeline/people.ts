// People an event names, found with a deliberately simple rule: a run of two or more capitalised words
// that is not a title, an organisation or a place ("Prime Minister Theresa May" → "Theresa May"). A
// surname alone ("Rudd said", "Ms Rudd") is the full name the same article used for it.
import { BoundedCache } from "../../text/bounded-cache.js";

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}’']+(?:[-’']\p{Lu}?\p{Ll}+)*|\p{Lu}\.|Mc\p{Lu}\p{Ll}+|Mac\p{Lu}\p{Ll}+|O’\p{Lu}\p{Ll}+|O'\p{Lu}\p{Ll}+)$/u;
const PARTICLES = new Set(["de", "van", "von", "der", "den", "bin", "al", "la", "le", "da", "di", "du", "del", "dos", "ter"]);

// Titles and roles that stand before a name without being part of it: "Prime Minister Theresa May".
const TITLES = new Set(
  `mr mrs ms miss dr prof sir dame lord lady pc sgt det insp supt cllr rev president prime minister secretary
  home foreign interior justice defence defense chancellor general major colonel captain lieutenant admiral
  commander chief constable officer director executive senator sen rep representative governor gov mayor
  judge attorney ambassador king queen prince princess pope archbishop bishop deputy acting former
  assistant spokesman spokeswoman spokesperson leader chairman chairwoman chair editor professor lawyer
  security labour labor conservative democrat democratic republican british american european german french
  russian chinese australian canadian irish scottish welsh english indian israeli`.split(/\s+/).filter(Boolean),
);

// Words capitalised only because a sentence starts with them, and calendar words.
const OPENERS = new Set(
  `the a an but and or so on in at by for from to of with after before when while as if however meanwhile
  also then yet still this that these those there here it he she they we i his her their its our my your
  january february march april june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/).filter(Boolean),
);

// A run ending in one of these names an organisation, a place or a thing, not a person.
const NOT_PERSON_HEAD = new Set(
  `office council agency act bill law ministry department police service services news times post mail
  telegraph guardian independent radio tv court party union kingdom states republic nations valley street
  road square bridge yard house hall city town county state island islands market international group
  company corporation inc ltd plc bank university college school hospital parliament government commission
  committee association organisation organization foundation institute centre center network networks
  messenger media army navy force forces guard church airport station square kong york angeles francisco
  jersey zealand africa america europe asia east west north south day week month year`.split(/\s+/).filter(Boolean),
);

// Two or more capitalised words in a row, possibly with a particle between ("Catherine de Bolle"), not
// right after a letter. Tried only where RUN_START finds a capital letter (or the start of a character
// outside ASCII): a Unicode pattern tried at every position of an article costs more than all the rest.
const CAPITALISED_RUN =
  /\p{Lu}(?<!\p{L}\p{Lu})[\p{L}’'.-]*(?: (?:(?:de|van|von|der|den|bin|al|la|le|da|di|du|del|dos|ter) )?\p{Lu}[\p{L}’'.-]*)+/uy;
// Every \p{Lu} is A–Z or above U+00BF; a low surrogate is never the start of a character.
const RUN_START = /[A-Z\u00C0-\uDBFF\uE000-\uFFFF]/g;

/** The runs of capitalised words of a text, in order, as one global search for CAPITALISED_RUN would give them. */
function capitalisedRuns(text: string): string[] {
  const runs: string[] = [];
  RUN_START.lastIndex = 0;
  for (let start = RUN_START.exec(text); start; start = RUN_START.exec(text)) {
    CAPITALISED_RUN.lastIndex = start.index;
    const run = CAPITALISED_RUN.exec(text);
    if (!run) continue;
    runs.push(run[0]);
    RUN_START.lastIndex = start.index + run[0].length;
  }
  return runs;
}

/** Full names (two words or more) a text spells out, in order of first appearance. */
export function fullNamesIn(text: string): string[] {
  const names = new Set<string>();
  // An article repeats its names ("Donald Trump" a dozen times): a run read once gives the same names again.
  const read = new Set<string>();
  for (const run of capitalisedRuns(text)) {
    if (read.has(run)) continue;
    read.add(run);
    for (const name of namesOfRun(run)) names.add(name);
  }
  return [...names];
}

// The article is read whole, then again sentence by sentence: each run of capitals is read once.
const RUN_NAMES = new BoundedCache<readonly string[]>();

/** The names one run of capitalised words holds: "Prime Minister Theresa May’s" → "Theresa May". */
function namesOfRun(runText: string): readonly string[] {
  return RUN_NAMES.get(runText, () => readRun(runText));
}

function readRun(runText: string): readonly string[] {
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const name = trimRun(run);
    if (name) names.push(name);
    run = [];
  };
  for (const token of runText.split(" ")) {
    const initial = /^\p{Lu}\.$/u.test(token);
    const word = initial ? token : token.replace(/\.$/, "").replace(/[’']s$/, "");
    if (NAME_WORD.test(word) || (run.length > 0 && PARTICLES.has(word))) {
      run.push(word);
      // A possessive or a full stop ends the name: "Rudd’s comments", "…said Amber Rudd."
      if (/[’']s$/.test(token) || (!initial && token.endsWith("."))) flush();
    } else {
      flush();
    }
  }
  flush();
  return names;
}

// A title's last word: whatever stands before it is part of the title ("Transport Secretary", "Chief Executive").
const TITLE_HEADS = new Set(
  `secretary minister director executive officer chief president chancellor general spokesman spokeswoman
  spokesperson commissioner governor mayor senator judge constable editor leader chairman chairwoman chair
  ambassador attorney correspondent analyst`.split(/\s+/).filter(Boolean),
);

function trimRun(run: string[]): string | null {
  const lastTitle = run.map((w) => w.toLowerCase()).findLastIndex((w) => TITLE_HEADS.has(w));
  let words = lastTitle >= 0 ? run.slice(lastTitle + 1) : run;
  const lead = (w: string | undefined) => (w ?? "").toLowerCase().replace(/\.$/, "");
  while (words.length > 0 && (TITLES.has(lead(words[0])) || OPENERS.has(lead(words[0])) || lead(words[0]) === "may")) words = words.slice(1);
  while (words.length > 0 && PARTICLES.has(words[words.length - 1] ?? "")) words = words.slice(0, -1);
  if (words.length < 2 || words.length > 4) return null;
  if (words.some((w) => NOT_PERSON_HEAD.has(w.toLowerCase()) || OPENERS.has(w.toLowerCase()))) return null;
  return words.join(" ");
}

// A capitalised word standing alone, with what comes right before and after it.
const CAPITALISED_WORD = /(?<![\p{L}])\p{Lu}[\p{L}’'-]*/gu;
const MONTH_CUE_BEFORE = /\b(?:in|since|until|by|of|last|next|this|early|late|mid)[ -]$/;

/** Capitalised words of a sentence that may be a surname: "in May" or "May 5" is the month, not Theresa May. */
function surnameCandidates(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const m of sentence.matchAll(CAPITALISED_WORD)) {
    const at = m.index ?? 0;
    const after = sentence.slice(at + m[0].length, at + m[0].length + 4);
    if (/^\s*\d/.test(after) || MONTH_CUE_BEFORE.test(sentence.slice(Math.max(0, at - 8), at))) continue;
    words.add(m[0].replace(/[’']s$/, ""));
  }
  return words;
}

/**
 * The people a sentence names: full names written in it, and surnames standing alone that the article
 * spelled out in full elsewhere (`known`, from `fullNamesIn` over the whole article).
 */
export function peopleIn(sentence: string, known: readonly string[]): string[] {
  const found = new Set(fullNamesIn(sentence));
  const candidates = surnameCandidates(sentence);
  for (const name of known) {
    if (!found.has(name) && candidates.has(name.slice(name.lastIndexOf(" ") + 1))) found.add(name);
  }
  // A surname already covered by a fuller name of the same person adds nothing.
  return [...found].filter((n) => ![...found].some((m) => m !== n && m.endsWith(` ${n}`)));
}
