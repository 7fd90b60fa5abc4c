import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The app's public entry points, found from the source files themselves: every export of every module that
 * starts with "use server" (each is a POST endpoint anyone can call) and every HTTP method of every route.ts.
 * The authorisation tests compare their tables with these lists, so a new endpoint without a test fails.
 * Keys are "path#export" relative to the repository, like the sample tables.
 */
const root = path.join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

function exportedNames(source: string): string[] {
  const names = [
    ...source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let)\s+([A-Za-z_$][\w$]*)/gm),
  ];
  const lists = [...source.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((m) =>
    m[1]!.split(",").map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)
        .pop()!,
    ),
  );
  return [...names.map((m) => m[1]!), ...lists.filter(Boolean)];
}

/** A module-level "use server" directive: the first statement, after comments. */
function isServerActionModule(source: string): boolean {
  const code = source.replace(/^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(code);
}

const codeDirs = ["app", "components", "lib"];

/** "app/…/file.ts#name" for every server action in the code. */
export function serverActionKeys(): string[] {
  return codeDirs.flatMap(sourceFiles).flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    return isServerActionModule(source) ? exportedNames(source).map((name) => `${file}#${name}`) : [];
  });
}

/**
 * Files that declare a server action inside a function ("use server" in a body): this inventory cannot
 * enumerate those, so they are not allowed — server actions live in "use server" modules.
 */
export function inlineServerActionFiles(): string[] {
  return codeDirs.flatMap(sourceFiles).filter((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const directives = source.match(/^\s*["']use server["'];?\s*$/gm)?.length ?? 0;
    return directives > (isServerActionModule(source) ? 1 : 0);
  });
}

const httpMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** "app/…/route.ts#GET" for every method of every route handler in the app. */
export function routeHandlerKeys(): string[] {
  return sourceFiles("app")
    .filter((file) => /\/route\.tsx?$/.test(file))
    .flatMap((file) =>
      exportedNames(readFileSync(path.join(root, file), "utf8"))
        .filter((name) => httpMethods.has(name))
        .map((name) => `${file}#${name}`),
    );
}
