// Slack reads `&`, `<` and `>` as control characters: `<!channel>` pings everyone, `<@U123>` mentions,
// `<https://x|here>` links; and `*`, `_`, `~` and a backtick as formatting. Corpus and user text must
// reach Slack with all of them made inert.
// https://docs.slack.dev/messaging/formatting-message-text#escaping

export function escapeText(text: string): string {
  return escapeEntities(text).replace(FORMATTING, inert);
}

/** `&`, `<` and `>` as entities only: for a link's address and label and for inline code, where Slack formats nothing. */
function escapeEntities(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// mrkdwn has no escape for its formatting characters: "*x*" from an article would turn bold, "~x~" struck
// through. A date token with an invalid format always shows its fallback text, unformatted: the way the
// jsx-slack library keeps such characters as written. The formatting the bot adds itself is written
// around escaped text, never through it.
const FORMATTING = /[*_~`]/g;
const inert = (c: string) => `<!date^00000000^{_}|${c}>`;

/** Escaped text of at most `max` characters, ending in "…" when cut, never in half an entity. */
export function clipEscaped(text: string, max: number): string {
  return clipMarkup(escapeText(text), max);
}

/** Cuts text that is already Slack markup, never inside an entity (`&amp;`). */
export function clipMarkup(markup: string, max: number): string {
  if (markup.length <= max) return markup;
  // Never inside an entity (&amp;) or a token (<!date^…|*>): either would break the rest of the message.
  const cut = markup.slice(0, Math.max(0, max - 1)).replace(/&[a-z]*$|<[^>]*$/, "");
  return `${cut}…`;
}

/** A link Slack shows as `label`; an address that cannot be written safely stays plain text. */
export function link(url: string | undefined, label: string): string {
  if (!url || !/^https?:\/\//i.test(url)) return escapeText(label);
  // Inside <…|…>, "|" and ">" would end the address early; percent-encoding keeps it the same address.
  // No token may stand inside a link, so its label is escaped as entities alone.
  const address = escapeEntities(url.replace(/[|<>\s]/g, (c) => encodeURIComponent(c)));
  return `<${address}|${escapeEntities(label)}>`;
}

/** A user id from Slack written as a mention; anything that is not a plain id is dropped. */
export function mention(userId: string | undefined): string | undefined {
  return userId && /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : undefined;
}

/** Inline code for an echoed command line: markup inside stays text. */
export function inlineCode(text: string): string {
  // A backtick would end the code span early.
  return `\`${escapeEntities(text.replace(/`/g, "'"))}\``;
}
