// Discord's size limits, in one place, each linked to where Discord states it.
// Lengths are counted in UTF-16 code units, never fewer than Discord's own count, so we stay inside.

export const DISCORD = {
  // https://discord.com/developers/docs/resources/message#create-message-jsonform-params
  content: 2000,
  embeds: 10,
  // https://discord.com/developers/docs/resources/message#embed-object-embed-limits
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author of every embed of one message, together. */
  embedTotal: 6000,
  // https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
  commandName: 32,
  // https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-structure
  commandDescription: 100,
  commandOptions: 25,
  // https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-structure
  optionDescription: 100,
  optionChoices: 25,
  optionMaxLength: 6000,
  // https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-choice-structure
  choiceName: 100,
  choiceValue: 100,
  // https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete
  autocompleteChoices: 25,
  // https://discord.com/developers/docs/components/reference#button
  customId: 100,
  buttonLabel: 80,
  // https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
  /** Milliseconds Discord waits for the first response to an interaction. */
  responseWindowMs: 3000,
} as const;

/**
 * Cuts `text` to at most `max` characters, at a word boundary when one is near, and says how much was cut:
 * "…the agreement … (1,904 more characters)". Never leaves half an escape (`\`) or half a surrogate pair.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  for (let keep = max - 24; keep > 0; keep -= 8) {
    let head = text.slice(0, keep);
    const space = head.search(/\s\S*$/);
    if (space > keep * 0.8) head = head.slice(0, space);
    head = safeEnd(head).trimEnd();
    const note = `… (${(text.length - head.length).toLocaleString("en-GB")} more characters)`;
    if (head.length + note.length <= max) return head + note;
  }
  return safeEnd(text.slice(0, Math.max(0, max - 1))) + "…";
}

/** Cuts without a count, for short texts (names, descriptions, labels); `mark` ends what was cut. */
export function cut(text: string, max: number, mark = "…"): string {
  if (text.length <= max) return text;
  return `${safeEnd(text.slice(0, max - mark.length)).trimEnd()}${mark}`;
}

/**
 * Joins as many `lines` as fit in `max` characters and, when some do not fit, ends with
 * "… and N more" so a reader knows the list goes on.
 */
export function fitLines(lines: readonly string[], max: number, separator = "\n"): string {
  let text = "";
  for (const [i, line] of lines.entries()) {
    const next = text === "" ? line : `${text}${separator}${line}`;
    const left = lines.length - i - 1;
    const note = left > 0 ? `${separator}${moreNote(left)}` : "";
    if (next.length + note.length > max) {
      const rest = lines.length - i;
      if (text === "") {
        const tail = rest > 1 ? `${separator}${moreNote(rest - 1)}` : "";
        return clip(line, max - tail.length) + tail;
      }
      // The previous round checked that `text` and this note fit together.
      return `${text}${separator}${moreNote(rest)}`;
    }
    text = next;
  }
  return text;
}

export function moreNote(n: number): string {
  return `… and ${n.toLocaleString("en-GB")} more`;
}

function safeEnd(text: string): string {
  let out = text;
  // A lone high surrogate at the end is half an emoji.
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  // An odd run of trailing backslashes would escape whatever comes after the cut.
  const slashes = /\\+$/.exec(out)?.[0].length ?? 0;
  if (slashes % 2 === 1) out = out.slice(0, -1);
  return out;
}
