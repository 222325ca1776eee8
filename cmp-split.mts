import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "./src/analysis/sentences.js";
import { quickSentences } from "./src/analysis/quotes/sentence-split.js";
const dirs = ["/work/main/seeds", "/work/shared/polnear-dev/text", "/work/shared/polnear-train/text"];
let paras = 0, diff = 0; const examples: string[] = [];
for (const d of dirs) for (const f of readdirSync(d)) {
  if (!/\.(txt|md)$/.test(f)) continue;
  for (const p of readFileSync(join(d, f), "utf8").split(/\n\s*\n/)) {
    const t = p.replace(/\s*\n\s*/g, " ").trim(); if (!t) continue; paras++;
    const a = JSON.stringify(splitSentences(t)), b = JSON.stringify(quickSentences(t));
    if (a !== b) { diff++; if (examples.length < 8) examples.push(JSON.stringify(splitSentences(t).map(s=>s.text)) + "\n  VS " + JSON.stringify(quickSentences(t).map(s=>s.text))); }
  }
}
console.log({ paras, diff }); console.log(examples.join("\n\n"));
