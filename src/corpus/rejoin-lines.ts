// Turns lines into paragraphs. Blank lines are not always there, and some articles are hard-wrapped at
// 60-80 columns (one even puts a paragraph's first word alone on a line), so a break is decided from the
// text's own evidence: how long its lines run, whether a line ends a sentence, what the next one starts with.

/** Ends a sentence, possibly followed by closing quotes or brackets; a colon introduces a quote. */
const ENDS_SENTENCE = /[.!?:…](?:["”’')\]]+)?$|["”]$/;
const STARTS_LOWER = /^[a-z]/;
const OPENS_QUOTE = /^["“‘']/;
const CONTINUES = /^[,;)\]–—-]|^(and|but|or|nor)\b/;

export interface WrapEvidence {
  hardWrapped: boolean;
  /** The column lines are wrapped at, when hard-wrapped. */
  width: number;
}

/**
 * A hard-wrapped text has many lines that stop mid-sentence and go on, in lower case, on the next line;
 * its width is the length its long lines cluster at.
 */
export function wrapEvidence(lines: readonly string[]): WrapEvidence {
  const nonBlank = lines.filter((l) => l !== "");
  let midSentence = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i] ?? "";
    const b = lines[i + 1] ?? "";
    if (a !== "" && b !== "" && !ENDS_SENTENCE.test(a) && STARTS_LOWER.test(b)) midSentence++;
  }
  const lengths = nonBlank.map((l) => l.length).sort((x, y) => x - y);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const hardWrapped = midSentence >= 3 && midSentence >= nonBlank.length * 0.15 && width <= 120;
  return { hardWrapped, width };
}

function firstWord(line: string): string {
  return line.split(" ")[0] ?? "";
}

/** Whether a wrapped line had room left for the first word of the line after it. */
function isFull(line: string, next: string, wrap: WrapEvidence): boolean {
  return line.length + 1 + firstWord(next).length > wrap.width;
}

/** Whether `a` and `b` (adjacent, non-blank; `c` the line after `b`) belong to one paragraph. */
function sameParagraph(a: string, b: string, c: string | undefined, wrap: WrapEvidence): boolean {
  if (STARTS_LOWER.test(b) || CONTINUES.test(b)) return true;
  if (/[-–—]$/.test(a) && !/\s[-–—]$/.test(a)) return true;
  if (!ENDS_SENTENCE.test(a)) return wrap.hardWrapped;
  if (!wrap.hardWrapped) return false;
  // A line in the middle of a wrapped paragraph is full. One that stops short mid-sentence and goes
  // on below ("British" / "officials have demanded…") can only be a paragraph's first line.
  if (c && !ENDS_SENTENCE.test(b) && !isFull(b, c, wrap)) return false;
  // The sentence ended; had the paragraph gone on, the next word would have fitted on this line
  // unless the line was already full.
  return isFull(a, b, wrap) && !OPENS_QUOTE.test(b);
}

/** One paragraph's lines as one line: "end-to-" + "end" stays one hyphenated word; others join with a space. */
function joinLines(lines: readonly string[]): string {
  const parts: string[] = [lines[0] ?? ""];
  for (let i = 1; i < lines.length; i++) parts.push(/\w-$/.test(lines[i - 1]!) ? "" : " ", lines[i]!);
  return parts.join("");
}

/**
 * The paragraphs of `text`, each a list of lines until it ends. Linear in the text: each line is
 * compared with the one before it, never with the paragraph grown so far.
 */
export function rejoinLines(text: string): string[] {
  const lines = text.split("\n");
  const wrap = wrapEvidence(lines);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const [i, line] of lines.entries()) {
    const last = current[current.length - 1];
    if (line === "") {
      if (last !== undefined) paragraphs.push(joinLines(current));
      current = [];
    } else if (last === undefined) {
      current = [line];
    } else {
      const after = lines[i + 1];
      if (sameParagraph(last, line, after === "" ? undefined : after, wrap)) {
        current.push(line);
      } else {
        paragraphs.push(joinLines(current));
        current = [line];
      }
    }
  }
  if (current.length > 0) paragraphs.push(joinLines(current));
  return paragraphs;
}
