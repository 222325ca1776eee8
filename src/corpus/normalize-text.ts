// What readers don't see goes; what they read stays, curly quotes and dashes included.

export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060\u00AD]/g, "")
    .replace(/\t/g, " ")
    .replace(/[ ]{2,}/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
}
