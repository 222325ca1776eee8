// The floors written down in layout.json, held: every import in src/ and commands/ goes to its own part
// or to a part its floor lists, platform packages stay in their adapters, no circle of files anywhere,
// and README.md's Architecture section shows the same table.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

interface Floor {
  part: string;
  holds: string;
  /** The parts right below it; it may import them and whatever they may import. */
  standsOn: string[];
}

interface Layout {
  parts: Floor[];
  packages: Record<string, string[] | string>;
}

const root = resolve(import.meta.dirname, "..");
const layout = JSON.parse(readFileSync(join(root, "layout.json"), "utf8")) as Layout;

/** The paths a part names: folders end in "/", files do not; one part may name several, space-separated. */
const pathsOf = (part: string) => part.split(/\s+/);

function partOf(file: string): string | undefined {
  // The longest matching path wins: src/adapters/slack/ before a part that would hold all of src/.
  let best: { part: string; length: number } | undefined;
  for (const { part } of layout.parts) {
    for (const path of pathsOf(part)) {
      const hit = path.endsWith("/") ? file.startsWith(path) : file === path;
      if (hit && (!best || path.length > best.length)) best = { part, length: path.length };
    }
  }
  return best?.part;
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder)).sort()) {
      const path = `${folder}/${entry}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (/\.(ts|js)$/.test(entry)) out.push(path);
    }
  };
  walk("src");
  walk("commands");
  return out;
}

interface Import {
  from: string;
  /** A file of ours (relative to the root), or a package name. */
  to: string;
  ours: boolean;
}

/** Every import, export-from, dynamic import and worker URL of `file`, type-only ones included. */
function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), "utf8");
  const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  // A worker thread's entry is loaded by URL, not imported, but it is a dependency all the same.
  for (const m of text.matchAll(/new URL\(\s*["'](\.[^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)) specifiers.push(m[1]!);
  return specifiers.map((specifier) => {
    if (!specifier.startsWith(".")) return { from: file, to: specifier, ours: false };
    const target = relative(root, resolve(root, dirname(file), specifier)).split("\\").join("/");
    // Imports name the .js a .ts file becomes.
    const existing = [target, target.replace(/\.js$/, ".ts")].find((t) => {
      try {
        return statSync(join(root, t)).isFile();
      } catch {
        return false;
      }
    });
    return { from: file, to: existing ?? target, ours: true };
  });
}

const files = sourceFiles();
const imports = files.flatMap(importsOf);

describe("the floors in layout.json", () => {
  it("place every source file in exactly one part", () => {
    expect(files.filter((f) => !partOf(f))).toEqual([]);
  });

  it("stand each part only on parts listed before it", () => {
    const seen = new Set<string>();
    for (const floor of layout.parts) {
      expect(floor.standsOn.filter((p) => !seen.has(p)), `${floor.part} stands on a part that is not below it`).toEqual([]);
      seen.add(floor.part);
    }
  });

  it("hold for every import in src/ and commands/", () => {
    const allowed = mayImport();
    const broken = imports
      .filter((i) => i.ours)
      .filter((i) => {
        const from = partOf(i.from)!;
        const to = partOf(i.to);
        return !to || !allowed.get(from)!.has(to);
      })
      .map((i) => `${i.from} (${partOf(i.from)}) imports ${i.to} (${partOf(i.to) ?? "no part"})`);
    expect(broken).toEqual([]);
  });

  it("keep Slack and Discord in their adapters", () => {
    const broken: string[] = [];
    for (const [name, parts] of Object.entries(layout.packages)) {
      if (!Array.isArray(parts)) continue; // the "about" note
      for (const i of imports.filter((i) => !i.ours && (name.endsWith("/") ? i.to.startsWith(name) : i.to === name))) {
        if (!parts.includes(partOf(i.from)!)) broken.push(`${i.from} imports ${i.to}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("leave no circle of files", () => {
    const edges = new Map<string, string[]>(files.map((f) => [f, []]));
    for (const i of imports) if (i.ours && edges.has(i.to)) edges.get(i.from)!.push(i.to);
    expect(circles(edges).map((c) => c.join(" → "))).toEqual([]);
  });

  it("are the table README.md's Architecture section shows", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const shown = /<!-- layout:start -->\n([\s\S]*?)\n<!-- layout:end -->/.exec(readme)?.[1];
    expect(shown, `README.md's Architecture section should hold, between its layout markers:\n${layoutTable()}`).toBe(layoutTable());
  });
});

/** Each part's own files, the parts it stands on, and what those may import. */
function mayImport(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // Parts are listed lowest first, so everything a part stands on is already worked out.
  for (const floor of layout.parts) {
    out.set(floor.part, new Set([floor.part, ...floor.standsOn.flatMap((p) => [...(out.get(p) ?? [])])]));
  }
  return out;
}

/** The README's table, highest floor first as a reader meets them. */
function layoutTable(): string {
  const code = (part: string) => pathsOf(part).map((p) => `\`${p}\``).join(" ");
  const rows = [...layout.parts].reverse().map((f) => `| ${code(f.part)} | ${f.holds} | ${f.standsOn.length ? f.standsOn.map(code).join(", ") : "nothing of ours"} |`);
  return ["| part | holds | stands on |", "| --- | --- | --- |", ...rows].join("\n");
}

/** The strongly connected groups of more than one file, or a file importing itself (Tarjan's algorithm). */
function circles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}
