// What people typed, back from Slack's wire format: Slack sends `&`, `<`, `>` as entities, and in
// messages writes mentions and links as <…> markup. The core wants the words as typed.
// https://docs.slack.dev/messaging/formatting-message-text#retrieving-messages

/** Slash command text: Slack escaped the three control characters; nothing else to undo. */
export function slashCommandText(text: string): string {
  return unescapeEntities(text);
}

/**
 * A message that mentions the bot: the leading mention goes, other markup becomes the words it shows
 * (`<@U1|ann>` → "@ann", `<!channel>` → "@channel", `<https://x|site>` → "site").
 */
export function mentionText(text: string): string {
  const withoutBot = text.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*/i, "");
  const words = withoutBot.replace(/<([^<>|]*)(?:\|([^<>]*))?>/g, (_all, target: string, label?: string) => {
    if (label) return target.startsWith("@") || target.startsWith("#") ? `${target[0]}${label}` : label;
    if (target.startsWith("!")) return `@${target.slice(1).split("^")[0]}`;
    return target;
  });
  return unescapeEntities(words).trim();
}

function unescapeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
