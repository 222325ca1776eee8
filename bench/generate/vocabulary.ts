// The words articles are made of. Real text has a small core of very common words and a long tail of rare
// ones (names, jargon, places): search cost and quality both depend on that shape, so the generator keeps
// it. Half the content words are a few hundred real common English words, drawn by Zipf rank; the other
// half come from a Zipf tail of invented words built from syllables (100,000+ distinct at 10,000 articles).
import { STOP_WORDS } from "../../src/text/stop-words.js";
import { createRng, ZipfSampler, type Rng } from "./prng.js";

/** The most common content words of news copy, in order: the words people also ask with. */
const HEAD = `government people year police new city plan report council minister company week country public
  money time former group family school story talk decision local official month national state support`;

const COMMON_NOUNS = `government council people year plan police report court minister company city country week
  month service money time group family school law health public issue price week decision support case
  part number problem community state board agency report data business office campaign program job cost
  market policy security member worker system history officer figure budget election vote party leader
  investigation evidence tax rate house home road water energy power project deal agreement contract union
  strike hospital patient doctor student teacher child parent area region town village county border
  industry bank loan debt growth crisis change risk safety rule standard review inquiry hearing committee
  proposal bill measure reform fund grant investment development building site land farm food weather
  storm flood fire damage response team player season match club coach fan league title record result
  interview statement comment question answer claim concern warning threat attack incident accident
  protest demand pressure debate meeting talk visit trip flight airport station train bus traffic
  network phone internet technology software device privacy encryption message account user customer
  coverage story article newspaper journalist editor broadcaster audience source document letter
  official spokesman director chairman president secretary manager analyst expert researcher scientist
  study survey figure percent share profit revenue sale trade export import tariff currency economy
  inflation wage salary pension benefit scheme access care funding shortage delay backlog target goal
  future past period decade century summer winter spring autumn morning evening night day hour minute
  river coast island mountain park street bridge port harbour dock factory plant mine field forest`;

const COMMON_ADJECTIVES = `new former local national public private big small large major important
  senior general early late recent final full open free high low long short strong clear serious key
  political economic social financial legal federal regional international foreign domestic military
  official independent common critical significant further additional current previous annual possible
  likely difficult simple direct wide central northern southern eastern western rural urban digital
  online human natural medical royal criminal environmental historic rare detailed controversial
  temporary permanent popular vulnerable successful`;

/** Past tense: news reports what happened. */
export const VERBS_PAST = `approved rejected announced reported confirmed denied criticised welcomed launched closed opened
  raised cut increased reduced delayed expanded signed blocked backed opposed questioned reviewed
  published released warned promised demanded proposed introduced discussed ended started completed
  won lost hit faced reached passed revealed described defended challenged suspended cancelled replaced
  funded built moved sold bought joined left supported accused praised ordered investigated found
  examined recorded tracked shared ignored accepted refused extended lifted imposed restored`;

export const VERBS_BASE = `help change stop improve protect reduce increase delay end build open close support replace
  review cut raise affect limit speed slow fund expand address tackle resolve meet`;

const SPEECH_PREPOSITIONS = ["in", "for", "over", "with", "across", "against", "after", "before", "during", "under", "near", "around", "without", "between"];
export const PREPOSITIONS = SPEECH_PREPOSITIONS;
export const DETERMINERS = ["the", "the", "the", "the", "a", "a", "its", "their", "this", "that", "every", "some", "no"];

const ONSETS = ["b", "br", "c", "ch", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "pr", "qu", "r", "s", "sh", "sk", "st", "t", "th", "tr", "v", "w", "z"];
const NUCLEI = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ou", "y"];
const CODAS = ["", "", "", "", "", "n", "r", "l", "m", "s", "t", "nd", "rt", "st", "x", "ck", "ng"];

function syllable(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(NUCLEI) + rng.pick(CODAS);
}

/** An invented word of 2-4 syllables: pronounceable, so hard-wrapping and stemming treat it like a real word. */
export function pseudoWord(rng: Rng, minSyllables = 2, maxSyllables = 4): string {
  for (;;) {
    let w = "";
    const n = rng.int(minSyllables, maxSyllables);
    for (let i = 0; i < n; i++) w += syllable(rng);
    if (!UNPRINTABLE.test(w)) return w;
  }
}

// Random syllables now and then spell a word no newsroom prints; those are drawn again.
const UNPRINTABLE = /shit|fuck|cunt|nigg|fag|rape|cock|dick|twat|wank|slut|whore|piss|tits/;

function words(list: string): string[] {
  return [...new Set(list.split(/\s+/).filter(Boolean))];
}

/** Share of content words drawn from the real common words. */
const REAL_SHARE = 0.5;

export interface Vocabulary {
  /** Content words (nouns and adjectives alike): the real ones first, then the invented tail by Zipf rank. */
  words: readonly string[];
  /** How many of the first ranks are real English words. */
  realCount: number;
  /** Whether a word was invented (so it can stand for a rare term in a query). */
  isInvented(word: string): boolean;
  /** A content word: a real common one or one from the invented tail, each by Zipf rank. */
  draw(rng: Rng): string;
  /** A word from the rare tail (rank beyond `minRank`): what a query's key word or a planted topic is. */
  drawRare(rng: Rng, minRank?: number): string;
  verbPast(rng: Rng): string;
  verbBase(rng: Rng): string;
}

/**
 * `size` distinct content words. Exponent 1.05 over a few hundred thousand invented ranks gives a corpus of
 * 10,000 articles well over 100,000 distinct terms while "government" stays in thousands of articles.
 */
export function buildVocabulary(seed: number, size = 300_000, exponent = 1.05, offset = 40): Vocabulary {
  const rng = createRng(seed);
  const head = words(HEAD);
  const rest = [...words(COMMON_NOUNS), ...words(COMMON_ADJECTIVES)].filter((w) => !head.includes(w));
  // Shuffle the rest so nouns and adjectives share the ranks after the head.
  for (let i = rest.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [rest[i], rest[j]] = [rest[j] as string, rest[i] as string];
  }
  const real = [...head, ...rest];
  const taken = new Set<string>([...real, ...words(VERBS_PAST), ...words(VERBS_BASE), ...STOP_WORDS]);
  const list = [...real];
  while (list.length < size) {
    const w = pseudoWord(rng);
    // Real words run 4-11 letters; longer invented ones would look (and tokenize) like noise.
    if (w.length < 4 || w.length > 11 || taken.has(w)) continue;
    taken.add(w);
    list.push(w);
  }
  const realSet = new Set(real);
  // Two draws in one: half the content words come from the real core (so "people" is in a good share of
  // passages, as in news copy), half from the invented long tail (so the vocabulary keeps growing).
  const realZipf = new ZipfSampler(real.length, 1.0, 5);
  const tailZipf = new ZipfSampler(size - real.length, exponent, offset);
  const verbsPast = words(VERBS_PAST);
  const verbsBase = words(VERBS_BASE);
  const verbZipf = new ZipfSampler(verbsPast.length, 0.9);
  return {
    words: list,
    realCount: real.length,
    isInvented: (w) => !realSet.has(w),
    draw: (r) => (r.chance(REAL_SHARE) ? (real[realZipf.draw(r)] as string) : (list[real.length + tailZipf.draw(r)] as string)),
    drawRare: (r, minRank = 20_000) => list[r.int(minRank, size - 1)] as string,
    verbPast: (r) => verbsPast[verbZipf.draw(r)] as string,
    verbBase: (r) => r.pick(verbsBase),
  };
}
