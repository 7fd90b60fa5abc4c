// The project's import graph, as the two local lint rules see it: every static import, export-from and
// dynamic import() of a project file, type-only ones included (a type-only cycle still ties two modules
// together for whoever reads or moves them). Specifiers resolve like tsconfig's "@/*" paths and
// TypeScript's bundler resolution; packages are not followed.
import fs from "node:fs";
import path from "node:path";

const IMPORT_PATTERN =
  /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//g;
const LINE_COMMENT = /(^|[^:"'`])\/\/.*$/gm;
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/** Specifiers of the project files a source imports (comments removed first, so examples in them do not count). */
export function importSpecifiers(source) {
  const code = source.replace(BLOCK_COMMENT, "").replace(LINE_COMMENT, "$1");
  const found = [];
  for (const match of code.matchAll(IMPORT_PATTERN)) {
    const specifier = match[1] ?? match[2];
    if (specifier.startsWith("@/") || specifier.startsWith(".")) found.push(specifier);
  }
  return found;
}

export function resolveSpecifier(root, fromFile, specifier) {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : path.resolve(path.dirname(fromFile), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** One cache per lint run: each file is read and parsed once, however many files reach it. */
export function createImportGraph(root) {
  const edges = new Map();
  function importsOf(file, sourceText) {
    if (sourceText === undefined && edges.has(file)) return edges.get(file);
    let source = sourceText;
    if (source === undefined) {
      try {
        source = fs.readFileSync(file, "utf8");
      } catch {
        source = "";
      }
    }
    const targets = [];
    for (const specifier of importSpecifiers(source)) {
      const target = resolveSpecifier(root, file, specifier);
      if (target && /\.tsx?$/.test(target) && !target.includes(`${path.sep}node_modules${path.sep}`))
        targets.push({ specifier, target });
    }
    if (sourceText === undefined) edges.set(file, targets);
    return targets;
  }
  /** A path of files from `start` back to `file`, or null: breadth first, so the shortest cycle is named. */
  function cycleThrough(file, start) {
    const previous = new Map([[start, null]]);
    const queue = [start];
    while (queue.length > 0) {
      const current = queue.shift();
      for (const { target } of importsOf(current)) {
        if (target === file) {
          const chain = [];
          for (let at = current; at !== null; at = previous.get(at)) chain.unshift(at);
          return chain;
        }
        if (!previous.has(target)) {
          previous.set(target, current);
          queue.push(target);
        }
      }
    }
    return null;
  }
  return { importsOf, cycleThrough };
}
