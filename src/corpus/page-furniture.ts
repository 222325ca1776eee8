// Lines that belong to the web page around an article, not to the article. Each pattern is matched
// against a whole line, trimmed of bullets; extend the list when a new site's furniture shows up.

const FURNITURE: RegExp[] = [
  /^(skip|jump|go) to (the )?(main )?(content|navigation|article)$/i,
  /^read more\b.*$/i,
  /^(show|view|see) (the )?full (article|story)$/i,
  /^print( this)? (article|page|story)$/i,
  /^(next|previous) (story|article|page)$/i,
  /^(more|related|top|recommended) (stories|articles|news|content|videos?)$/i,
  /^(most (read|popular|viewed))$/i,
  /^advertisements?$/i,
  /^(sponsored|promoted)( content| stories)?$/i,
  /^(post|leave|add) a comment$/i,
  /^no comments:?$/i,
  /^(\d+ )?comments?( \(\d+\))?:?$/i,
  /^(view|show|hide|load) (all |more )?comments$/i,
  /^(share|share this|share this (article|story|page))( on \w+)?:?$/i,
  /^(facebook|twitter|x|whatsapp|email|linkedin|reddit|pinterest|copy link)$/i,
  /^(sign up|subscribe)\b.*\bnewsletters?\b.*$/i,
  /^(highlights|key points|in brief|summary)$/i,
  /^(image|photo|picture|video) (caption|copyright|credit)\b.*$/i,
  /^(reporting|additional reporting|writing|editing) by\b.*$/i,
  /^\((reuters|ap|afp|pa|bloomberg|upi)\)$/i,
  /^(advertisement - )?(story|article) continues below( advertisement)?$/i,
  /^(follow us|follow)\b.{0,40}\bon (twitter|facebook|instagram|x)\.?$/i,
  /^(all rights reserved|copyright ©?|©).{0,80}$/i,
  /^(log ?in|sign ?in|register|menu|search|home|close|back to top)$/i,
  // A page's buttons, left as words when the page is copied as text.
  /^(save|saved|listen|play|pause|watch|bookmark|print|gift( this)? article|listen to (this )?(article|story)|\d+ min(ute)?s? (read|listen))$/i,
  // "Jane Doe 2 months ago": a site's author-and-age stamp.
  /^\S.{0,40}\b\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$/i,
];

const BULLETS = /^[\s•·▪◦*>|–—-]+/;

export function isFurniture(line: string): boolean {
  const bare = line.replace(BULLETS, "").trim();
  // A lone glyph or letter ("x", "•", "|"): a close button or an icon's alt text. "A" and "I" are words.
  if (bare.length <= 1) return !/^[AI]$/.test(bare);
  return FURNITURE.some((pattern) => pattern.test(bare)) || isNavigation(bare);
}

// "Home | News | Technology | Business", "News › UK › Politics": a site's menu or breadcrumb trail.
const NAV_SEPARATOR = /\s+[|›»>•·]\s+|\s*[|›»]\s*/;

/** Three or more short items joined by a menu's separators, none of them a sentence. */
export function isNavigation(line: string): boolean {
  const items = line.split(NAV_SEPARATOR).map((i) => i.trim()).filter(Boolean);
  if (items.length < 3 || line.split(/\s+/).length > 24) return false;
  // Digits or "By" make it a byline with its stamp ("By Jo Bell | 26 March 2017 | 10:04"), not a menu.
  return items.every((item) => item.split(/\s+/).length <= 4 && !/[.!?;:,"“”]$/.test(item) && /^[\p{L}&]/u.test(item) && !/\d/.test(item) && !/^by\s/i.test(item));
}

/** Lines such as "Read more" that announce links to other stories: the headlines after them go too. */
export function announcesRelatedLinks(line: string): boolean {
  return /^(read more|related|more on this story|see also|you may also like|recommended)\b:?$/i.test(line.replace(BULLETS, "").trim());
}
