// What readers don't see goes; what they read stays, curly quotes and dashes included.

export function normalizeText(raw: string): string {
  // Composed first: a misread "Ã" may arrive as "A" and a combining tilde.
  return repairMojibake(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC"))
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\u00AD]/g, "")
    .replace(/\t/g, " ")
    .replace(/[ ]{2,}/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
}

// UTF-8 read as Latin-1 somewhere upstream ("PeÃ±a" for "Peña", "JesÃÂºs" after two passes): a lead
// byte's letter followed by its continuation bytes' characters. Decoded again, such a run is one letter.
const MISDECODED = /[\u00C2-\u00F4][\u0080-\u00BF]{1,3}/g;
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * `text` with runs of UTF-8 that were read as Latin-1 turned back into their letters (twice at most: a
 * page passed through two such mistakes). A run that is not valid UTF-8 as bytes is left as written.
 */
export function repairMojibake(text: string): string {
  let repaired = text;
  for (let pass = 0; pass < 2 && MISDECODED.test(repaired); pass++) {
    MISDECODED.lastIndex = 0;
    repaired = repaired.replace(MISDECODED, (run) => {
      try {
        return UTF8.decode(Uint8Array.from(run, (c) => c.charCodeAt(0)));
      } catch {
        return run;
      }
    });
  }
  MISDECODED.lastIndex = 0;
  return repaired;
}
