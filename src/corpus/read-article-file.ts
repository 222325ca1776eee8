// Reads one article file, refusing what is not an article: empty, binary, not UTF-8, too large.
import { readFile, stat } from "node:fs/promises";
import type { CorpusProblem } from "./problem.js";

/** Larger than any news article; a file this big is a mistake (a dump, a log), not a story. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ArticleFile = { ok: true; text: string; bytes: Buffer } | { ok: false; problem: CorpusProblem };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export async function readArticleFile(path: string, file: string, docId: string): Promise<ArticleFile> {
  const fail = (code: CorpusProblem["code"], message: string): ArticleFile => ({
    ok: false,
    problem: { code, severity: "error", file, docId, message },
  });
  try {
    const info = await stat(path);
    if (info.size > MAX_ARTICLE_BYTES) {
      return fail("file-too-large", `is ${(info.size / 1024 / 1024).toFixed(1)} MB; articles may be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`);
    }
    const bytes = await readFile(path);
    if (bytes.includes(0)) return fail("binary-file", "is a binary file, not text");
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      return fail("invalid-utf8", `is not valid UTF-8 (first bad byte at offset ${at}, line ${lineOf(bytes, at)}); save it as UTF-8`);
    }
    if (text.trim() === "") return fail("empty-file", "is empty");
    return { ok: true, text, bytes };
  } catch (error) {
    return fail("unreadable-file", `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Decode growing prefixes cut at character starts; the first one that fails holds the bad byte.
  let ok = 0;
  for (let i = 1; i <= bytes.length; i++) {
    const next = bytes[i];
    if (i < bytes.length && next !== undefined && (next & 0xc0) === 0x80) continue;
    try {
      utf8.decode(bytes.subarray(ok, i));
      ok = i;
    } catch {
      return ok;
    }
  }
  return ok;
}

function lineOf(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
