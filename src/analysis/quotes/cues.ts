// The words that tie a quotation to its speaker: reporting verbs ("said", "warned"), the phrases that
// work like them ("went on to say", "according to"), and the words that mark a term rather than a quote.
// To teach the extractor a new cue, add its forms to a line of CUE_VERBS; nothing else needs to change.

/**
 * One line per reporting verb: every form a news story uses. The -ing form matters: "…, adding: “…”"
 * hands the quote to the subject of the sentence, not to a word before "adding". A form that is more
 * often a noun is left out ("pressed" is a cue, "press" is the press secretary's).
 */
const CUE_VERBS = `
say said says saying
tell told tells telling
add added adds adding
write wrote writes writing written
warn warned warns warning
urge urged urges urging
agree agreed agrees agreeing
call called calls calling
claim claimed claims claiming
insist insisted insists insisting
argue argued argues arguing
explain explained explains explaining
note noted notes noting
state stated states stating
declare declared declares declaring
announce announced announces announcing
admit admitted admits admitting
acknowledge acknowledged acknowledges acknowledging
concede conceded concedes conceding
continue continued continues continuing
recall recalled recalls recalling
reply replied replies replying
respond responded responds responding
answer answered answers answering
ask asked asks asking
tweet tweeted tweets tweeting
post posted posts posting
comment commented comments commenting
remark remarked remarks remarking
suggest suggested suggests suggesting
stress stressed stresses stressing
emphasise emphasised emphasises emphasising
emphasize emphasized emphasizes emphasizing
observe observed observes observing
predict predicted predicts predicting
promise promised promises promising
vow vowed vows vowing
pledge pledged pledges pledging
boast boasted boasts boasting
complain complained complains complaining
charge charged charges charging
contend contended contends contending
maintain maintained maintains maintaining
assert asserted asserts asserting
allege alleged alleges alleging
describe described describes describing
quip quipped quips quipping
joke joked jokes joking
shout shouted shouts shouting
yell yelled yells yelling
exclaim exclaimed exclaims exclaiming
proclaim proclaimed proclaims proclaiming
confirm confirmed confirms confirming
deny denied denies denying
reveal revealed reveals revealing
testify testified testifies testifying
report reported reports reporting
recount recounted recounts recounting
conclude concluded concludes concluding
caution cautioned cautions cautioning
lament lamented laments lamenting
demand demanded demands demanding
wonder wondered wonders wondering
counter countered counters countering
retort retorted retorts retorting
retaliate retaliated retaliates retaliating
pressed
snap snapped snaps snapping
fume fumed fumes fuming
thunder thundered thunders thundering
mock mocked mocks mocking
praise praised praises praising
blast blasted blasts blasting
slam slammed slams slamming
reiterate reiterated reiterates reiterating
repeat repeated repeats repeating
whisper whispered whispers whispering
murmur murmured murmurs murmuring
sigh sighed sighs sighing
scoff scoffed scoffs scoffing
chant chanted chants chanting
plead pleaded pleads pleading
implore implored implores imploring
beg begged begs begging
advise advised advises advising
sing sang sings singing
scold scolded scolds scolding
question questioned questions questioning
bark barked barks barking
remember remembered remembers remembering
echo echoed echoes echoing
interject interjected interjects interjecting
muse mused muses musing
opine opined opines opining
gush gushed gushes gushing
rant ranted rants ranting
grumble grumbled grumbles grumbling
chide chided chides chiding
taunt taunted taunts taunting
tease teased teases teasing
hint hinted hints hinting
scream screamed screams screaming
marvel marveled marvelled marvels marveling marvelling
reason reasoned reasons reasoning
elaborate elaborated elaborates elaborating
assure assured assures assuring
reassure reassured reassures reassuring
swear swore swears swearing sworn
tout touted touts touting
begin began begins
start started starts
think thinks
believe believes
`;

/** Phrases that work as one cue. Checked before single verbs, longest first. */
const CUE_PHRASES = [
  "went on to say", "went on to add", "goes on to say", "went on", "goes on", "pointed out", "points out",
  "chimed in", "summed up", "put it", "puts it", "made clear", "makes clear", "spelled out", "spelt out",
  "shot back", "fired back", "hit back", "hits back", "fires back", "shoots back",
];

const FORMS = new Map<string, { lemma: string; participle: boolean }>();
for (const line of CUE_VERBS.trim().split("\n")) {
  const forms = line.trim().split(/\s+/);
  const lemma = forms[0] ?? "";
  for (const f of forms) FORMS.set(f, { lemma, participle: f.endsWith("ing") });
}

const phrasePattern = new RegExp(
  `\\b(?:${[...CUE_PHRASES].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, "\\s+")).join("|")})\\b`,
  "gi",
);

// Verbs that only report when the quote follows them ("think", "believe" are cues in
// "“…,” he thinks" but not in "many believe the “deal” is dead"): accepted after a quote only.
const WEAK_LEMMAS = new Set(["think", "believe", "continue", "begin", "start", "post", "charge", "state", "report", "call", "describe", "answer", "question", "remember", "echo", "reason", "hint", "tease", "assure", "swear"]);

export function isWeakCue(lemma: string): boolean {
  return WEAK_LEMMAS.has(lemma);
}

export interface CueHit {
  start: number;
  end: number;
  lemma: string;
  /** "adding", "saying": the quote belongs to the subject of the sentence, found further back. */
  participle: boolean;
}

/** Every cue in `text` (which has its quotations masked out), in order. */
export function findCues(text: string): CueHit[] {
  // One regex scan finds the words that may be cues (every form, and every first word of a phrase), each
  // a whole run of letters; the words between them cannot be cues and are never sliced or lower-cased.
  const hits: CueHit[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const start = m.index;
    const word = m[0].toLowerCase();
    if (PHRASE_LEADS.has(word)) {
      phraseAt.lastIndex = start;
      const p = phraseAt.exec(text);
      if (p) {
        const parts = p[0].toLowerCase().split(/\s+/);
        hits.push({ start, end: start + p[0].length, lemma: parts[0] === "went" || parts[0] === "goes" ? "continue" : parts.join(" "), participle: false });
        CANDIDATE.lastIndex = start + p[0].length;
        continue;
      }
    }
    const cue = FORMS.get(word);
    // "State spokesman Ana Ruiz", "Post reporters": a weak cue written with a capital is a name or a noun.
    if (cue && isWeakCue(cue.lemma) && isUpperAscii(text.charCodeAt(start)) && !isUpperAscii(text.charCodeAt(start + 1))) continue;
    if (cue && !isNotACue(text, start)) hits.push({ start, end: start + m[0].length, ...cue });
  }
  return hits;
}

// "so-called", "this state", "the report", "his answer": a compound or a noun, not a reporting verb;
// "to say": an infinitive;
// "the Washington Post", "RED STATES OUTNUMBER": part of a name or a heading.
const DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "its", "his", "their", "our", "my", "your", "every", "each", "no", "any", "another"]);

function isNotACue(text: string, start: number): boolean {
  if (text[start - 1] === "-") return true;
  let end = start;
  while (end > 0 && text[end - 1] === " ") end--;
  if (end === start) return false;
  let from = end;
  // The whole word before, accented letters included: the "a" that ends "García" is no determiner.
  while (from > 0 && isLetter(text, from - 1)) from--;
  const before = text.slice(from, end);
  // "The Washington Post", "United States": a capitalised word after a capitalised word is part of a name,
  // and a word in capitals after another ("RED STATES OUTNUMBER BLUE") part of a heading. A word in
  // capitals after a name ("Rudd ADDED") is only shouted.
  if (before.length > 0 && isUpperAscii(text.charCodeAt(start)) && isUpperAscii(before.charCodeAt(0))) {
    const shouted = (at: number) => isUpperAscii(text.charCodeAt(at + 1));
    if (shouted(start) === shouted(from)) return true;
  }
  if (DETERMINERS.has(before.toLowerCase())) return true;
  // "it's safe to say", "declined to say": an infinitive that reports nothing ("had this to say:" does).
  if (before === "to" && NOT_SAYING.test(text.slice(Math.max(0, from - 24), from))) return true;
  // "a Trump-style retort", "a well-timed reply": a compound adjective after a determiner makes a noun of
  // the word after it. ("the vice-president said": a compound ending in a job is the subject.)
  if (before.length > 0 && text[from - 1] === "-") {
    let wordStart = from - 1;
    while (wordStart > 0 && /[\p{L}\-]/u.test(text[wordStart - 1]!)) wordStart--;
    const compound = text.slice(wordStart, end);
    let detEnd = wordStart;
    while (detEnd > 0 && text[detEnd - 1] === " ") detEnd--;
    let detStart = detEnd;
    while (detStart > 0 && isLetter(text, detStart - 1)) detStart--;
    const determiner = text.slice(detStart, detEnd).toLowerCase();
    if (DETERMINERS.has(determiner) && !JOB_END.test(compound)) return true;
  }
  return false;
}

const NOT_SAYING = /\b(?:safe|fair|needless|hard|easy|sad|true|accurate|declined|declines|decline|refused|refuses|refuse|hesitate|hesitated|wants|wanted|want|like|ready|unable)\s+$/i;

const JOB_END = /(?:president|minister|chairman|chairwoman|chair|secretary|governor|mayor|leader|director|officer|general|spokesman|spokeswoman|spokesperson)$/i;

const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isAsciiLetter = (c: number) => isUpperAscii(c) || (c >= 97 && c <= 122);
const NON_ASCII_LETTER = /\p{L}/u;
const isLetter = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiLetter(c) : NON_ASCII_LETTER.test(text[i]!);
};
const PHRASE_LEADS = new Set(CUE_PHRASES.map((p) => p.split(" ")[0]!));
const phraseAt = new RegExp(phrasePattern.source, "iy");
// A cue form or a phrase's first word standing as a whole run of ASCII letters, as the scan above reads words.
const CANDIDATE = new RegExp(`(?<![A-Za-z])(?:${[...new Set([...FORMS.keys(), ...PHRASE_LEADS])].sort((a, b) => b.length - a.length).join("|")})(?![A-Za-z])`, "gi");

/** "According to X, …" and "…, according to X": the speaker follows the phrase. */
export const ACCORDING_TO = /\baccording\s+to\s+/i;

/**
 * Words right before a quote that announce a term, a name or a title rather than someone's words:
 * so-called “end-to-end” encryption, a law known as the “Cloud Act”, the film “Selma”.
 */
export const TERM_MARKERS =
  /\b(?:so-called|so called|known as|dubbed|termed|nicknamed|labelled|labeled|branded|entitled|titled|named|the words?|the phrase|the term|the slogan|the hashtag|the headline|the book|the film|the movie|the show|the song|the album|the programme|the program|the series|the article|the report|the op-ed|the essay|the column|the play|the poem|the motto|the label|the name|a so-called|brand|the acronym)\s*[,:]?\s*$/i;
