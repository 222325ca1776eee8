// Markup that chat platforms and web pages wrap around words: Slack's <@U123>, <!here> and
// <https://…|text>, Discord's <@!1>, HTML tags, code fences, [b]…[/b] and {{templates}}. People's
// questions are read without it; a fragment or a name that holds it is turned away before any search.

/** A tag: anything between angle brackets, up to a length no tag of ours exceeds. */
const TAG = /<[^<>]{0,300}>/;
const TAGS = new RegExp(TAG.source, "g");
// Forum markup is a closing tag or one of its few opening tags ("[b]", "[url=…]"); a word in square
// brackets is an editor's insertion in a quotation ("Everything [Comey] said"), which people paste as written.
const OTHER_MARKUP = /```|\[\/\w+\]|\[(?:b|i|u|s|url|img|code|quote|spoiler|color|size|list)(?:=[^\]]*)?\]|\{\{|\}\}/i;

/** Whether `text` holds tags or other markup. */
export function holdsMarkup(text: string): boolean {
  return TAG.test(text) || OTHER_MARKUP.test(text);
}

/** `text` with every tag replaced by a space. */
export function withoutTags(text: string): string {
  return text.replace(TAGS, " ");
}
