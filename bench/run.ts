// npm run bench [-- --sizes 100,1000]: generates (or reuses) the synthetic corpora, measures each size in
// a fresh child process, one after another (they would compete for the CPU), prints a table and writes
// bench/results.json.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchResults, SizeFigures } from "./figures.js";
import { ensureCorpus, GENERATOR_VERSION } from "./generate/corpus.js";
import { formatTable } from "./report.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..");
const DEFAULT_SIZES = [100, 1_000, 10_000];

function parseSizes(argv: readonly string[]): number[] {
  const at = argv.indexOf("--sizes");
  const raw = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith("--sizes="))?.slice("--sizes=".length);
  if (raw === undefined) return DEFAULT_SIZES;
  const sizes = raw.split(",").map((s) => Number(s.trim().replace(/_/g, "")));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    console.error(`--sizes must be whole numbers separated by commas, such as --sizes 100,1000 (got "${raw}")`);
    process.exit(2);
  }
  return sizes;
}

/** Runs bench/measure-child.ts for one size; --expose-gc so "after load" is measured after a full GC. */
function measureInChild(dir: string): Promise<SizeFigures> {
  const scratch = mkdtempSync(join(tmpdir(), "corpus-bot-bench-"));
  const out = join(scratch, "figures.json");
  return new Promise<SizeFigures>((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", join(ROOT, "bin/run-ts.js"), join(HERE, "measure-child.ts"), dir, out], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      try {
        if (code !== 0) throw new Error(`the measuring process ended with ${signal ?? `exit code ${code}`}`);
        resolve(JSON.parse(readFileSync(out, "utf8")) as SizeFigures);
      } catch (error) {
        reject(error);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  });
}

const sizes = parseSizes(process.argv.slice(2));
const cpu = cpus();
const results: BenchResults = {
  date: new Date().toISOString(),
  generatorVersion: GENERATOR_VERSION,
  machine: {
    cpus: cpu.length,
    model: cpu[0]?.model ?? "unknown",
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  },
  sizes: earlierSizes(),
};

/**
 * A run of some sizes keeps the figures of the others from the last run (same generator), so that
 * `--sizes 10000` alone does not erase the 100 and 1,000 columns. Each size records its own date.
 */
function earlierSizes(): BenchResults["sizes"] {
  try {
    const earlier = JSON.parse(readFileSync(join(HERE, "results.json"), "utf8")) as BenchResults;
    return earlier.generatorVersion === GENERATOR_VERSION ? earlier.sizes : {};
  } catch {
    return {};
  }
}

for (const size of sizes) {
  const started = performance.now();
  const corpus = ensureCorpus(join(HERE, "corpora"), size);
  const made = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`${size} articles: ${corpus.regenerated ? `generated in ${made} s` : "cached corpus"} (${(corpus.truth.bytes / 1024 / 1024).toFixed(1)} MB); measuring…`);
  try {
    const figures = await measureInChild(dirname(corpus.folder));
    results.sizes[String(size)] = { ...figures, measuredAt: new Date().toISOString() };
    console.error(`${size} articles: measured in ${(figures.totalMeasureMs / 1000).toFixed(1)} s`);
  } catch (error) {
    results.sizes[String(size)] = { error: error instanceof Error ? error.message : String(error) };
    console.error(`${size} articles: ${String(error)}`);
  }
}

writeFileSync(join(HERE, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(results));
console.log(`\nFigures: ${join("bench", "results.json")}`);
