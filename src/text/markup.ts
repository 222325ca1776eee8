// Markup that chat platforms and web pages wrap around words: Slack's <@U123>, <!here> and
// <https://…|text>, Discord's <@!1>, HTML tags, code fences, [b]…[/b] and {{templates}}. People's
// questions are read without it; a fragment or a name that holds it is turned away before any search.

/** A tag: anything between angle brackets, up to a length no tag of ours exceeds. */
const TAG = /<[^<>]{0,300}>/;
const TAGS = new RegExp(TAG.source, "g");
const OTHER_MARKUP = /```|\[\/?\w+\]|\{\{|\}\}/;

/** Whether `text` holds tags or other markup. */
export function holdsMarkup(text: string): boolean {
  return TAG.test(text) || OTHER_MARKUP.test(text);
}

/** `text` with every tag replaced by a space. */
export function withoutTags(text: string): string {
  return text.replace(TAGS, " ");
}
