// Text bound for a terminal. Corpus text and file names are anybody's: an ESC or OSC sequence in them
// could move the cursor, retitle the window or hide lines, and a bidi override could make a line read
// differently from what it holds. Each such character is shown as a visible stand-in instead.

// C0 controls but tab and newline, DEL, C1 controls; bidi embeddings, overrides and isolates, and marks.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\u0080-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every terminal control shown as a stand-in: ␛ for ESC and the like, � for the rest. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    // The Unicode "control pictures" (␀ … ␟, ␡) say which control it was.
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return "\uFFFD";
  });
}
