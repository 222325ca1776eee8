// One size, in a process of its own (started by bench/run.ts), so its memory figures owe nothing to the
// size measured before it. Usage: measure-child.ts <corpus dir> <result file>
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusTruth } from "./generate/corpus.js";
import { measureCorpus } from "./measure.js";

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error("usage: measure-child.ts <bench/corpora/SIZE> <result.json>");
  process.exit(2);
}
const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as CorpusTruth;
const started = performance.now();
const figures = await measureCorpus(join(dir, "corpus"), truth, {
  onPhase: (phase) => console.error(`  ${truth.articles} articles, ${((performance.now() - started) / 1000).toFixed(0)} s: ${phase}…`),
});
writeFileSync(out, JSON.stringify(figures, null, 2));
