// "@corpus-bot who said …?" → "/who-said …": what a question in plain words asks for, as the command
// line every adapter already knows how to answer. Platform-neutral: Slack and Discord strip their own
// mention markup first, then call this.

/** Whether a command exists in this bot; a mapping to a missing command falls back to /ask. */
export type KnownCommand = (name: string) => boolean;

const QUOTES = /^["'“”‘’«»]+|["'“”‘’«»]+$/g;

/** Trailing punctuation and quotation marks around a fragment: `"a secret place"?` → `a secret place`. */
function fragment(text: string): string {
  let out = text.trim();
  for (let previous = ""; previous !== out; ) {
    previous = out;
    out = out.replace(/[\s?!.,;:]+$/, "").replace(QUOTES, "").trim();
  }
  return out;
}

interface Rule {
  command: string;
  match: RegExp;
  /** The command's free text, from the match. */
  args: (m: RegExpExecArray) => string;
}

// First match wins; each pattern reads the whole message.
const RULES: Rule[] = [
  { command: "help", match: /^(?:help|commands|what can you do)\W*$/i, args: () => "" },
  { command: "who-said", match: /^who (?:said|says|wrote)\b[\s:,]*(.+)$/is, args: (m) => fragment(m[1] ?? "") },
  {
    command: "quotes",
    match: /^what (?:did|does|has|have) (.+?) (?:say|said|says)\b(?:\s+(?:about|on)\s+.*)?\W*$/is,
    args: (m) => fragment(m[1] ?? ""),
  },
  {
    command: "timeline",
    match: /^(?:(?:show me |give me )?(?:a |the )?timeline|chronology)(?:\s+(?:of|for|on|about))?\s*(.*)$/is,
    args: (m) => fragment(m[1] ?? ""),
  },
  {
    command: "timeline",
    match: /^when\s+(?:(?:did|was|were|is|are|will|does|do|has|had|have)\s+)?(.+)$/is,
    args: (m) => fragment((m[1] ?? "").replace(/\s+(?:happen|take place|occur|start|begin)\W*$/i, "")),
  },
];

/**
 * The command line for a message addressed to the bot, its mention already removed.
 * A message that is already a command ("/sources") stays as it is; anything else is a question for /ask.
 */
export function mentionToCommand(text: string, known: KnownCommand = () => true): string {
  const message = text.trim();
  if (message === "") return "/help";
  if (message.startsWith("/")) return message;
  for (const rule of RULES) {
    const m = rule.match.exec(message);
    if (!m || !known(rule.command)) continue;
    const args = rule.args(m);
    // "who said?" with nothing after it is better answered by /ask than by a usage error.
    if (args === "" && rule.command !== "help" && rule.command !== "timeline") continue;
    return args ? `/${rule.command} ${args}` : `/${rule.command}`;
  }
  return `/ask ${message}`;
}
