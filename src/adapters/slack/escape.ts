// Slack reads `&`, `<` and `>` as control characters: `<!channel>` pings everyone, `<@U123>` mentions,
// `<https://x|here>` links. Corpus and user text must reach Slack with them escaped.
// https://docs.slack.dev/messaging/formatting-message-text#escaping

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escaped text of at most `max` characters, ending in "…" when cut, never in half an entity. */
export function clipEscaped(text: string, max: number): string {
  return clipMarkup(escapeText(text), max);
}

/** Cuts text that is already Slack markup, never inside an entity (`&amp;`). */
export function clipMarkup(markup: string, max: number): string {
  if (markup.length <= max) return markup;
  const cut = markup.slice(0, Math.max(0, max - 1)).replace(/&[a-z]*$/, "");
  return `${cut}…`;
}

/** A link Slack shows as `label`; an address that cannot be written safely stays plain text. */
export function link(url: string | undefined, label: string): string {
  const text = escapeText(label);
  if (!url || !/^https?:\/\//i.test(url)) return text;
  // Inside <…|…>, "|" and ">" would end the address early; percent-encoding keeps it the same address.
  const address = escapeText(url.replace(/[|<>\s]/g, (c) => encodeURIComponent(c)));
  return `<${address}|${text}>`;
}

/** A user id from Slack written as a mention; anything that is not a plain id is dropped. */
export function mention(userId: string | undefined): string | undefined {
  return userId && /^[UW][A-Z0-9]{2,}$/.test(userId) ? `<@${userId}>` : undefined;
}

/** Inline code for an echoed command line: markup inside stays text. */
export function inlineCode(text: string): string {
  // A backtick would end the code span early.
  return `\`${escapeText(text.replace(/`/g, "'"))}\``;
}
