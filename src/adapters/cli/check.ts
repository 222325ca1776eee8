// `corpus-bot check`: validates a corpus folder offline, so a moderator can check before /reload
// and CI can check seeds/. Exits 1 when any file or manifest entry has an error.
import { terminalSafe } from "../console/terminal-text.js";
import { loadCorpus } from "../../corpus/load-corpus.js";
import { describeProblem } from "../../corpus/problem.js";
import { documentWarnings } from "../../corpus/document-checks.js";

export async function runCheck(folder: string, out: NodeJS.WritableStream = process.stdout, today = new Date()): Promise<number> {
  const loaded = await loadCorpus(folder);
  const { documents } = loaded;
  const problems = [...loaded.problems, ...documentWarnings(documents, today)];
  const errors = problems.filter((p) => p.severity === "error");
  out.write(terminalSafe(`${folder}: ${documents.length} readable article${documents.length === 1 ? "" : "s"}\n`));
  // File names are anybody's: one holding an escape sequence must not reach the terminal as one.
  for (const p of problems) out.write(`  ${p.severity}: ${terminalSafe(describeProblem(p))}\n`);
  out.write(errors.length === 0 ? "OK\n" : `${errors.length} error${errors.length === 1 ? "" : "s"}\n`);
  return errors.length === 0 ? 0 : 1;
}
