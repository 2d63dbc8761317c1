/**
 * The structure rules of src/ (run by `npm run lint`; ARCHITECTURE.md explains the layers):
 *
 * 1. Layers import downwards only. Each top-level folder of src/ has a layer (LAYERS, lowest
 *    first); a file may import from its own folder or from a folder of a lower layer, never from
 *    a folder of its own layer or above. A folder with no layer is an error (give it one).
 * 2. No import cycle between files, type-only imports included (they are dependencies too).
 * 3. No file over MAX_LINES lines, generated ones included: split it by what its parts own.
 *
 * Every import form counts: `import`, `import type`, `export ... from`, `import()`.
 *
 *   tsx scripts/check-imports.ts          (exit 1 and one line per problem when broken)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The layers of src/, lowest first: a folder may import only from the folders of the layers before its own. */
export const LAYERS: readonly (readonly string[])[] = [
  ['request', 'version.ts'], // the decoded view of a Docker request, as the daemon decodes it
  ['host', 'state'], // the host's filesystem; what dockgate remembers of the daemon's objects
  ['core'], // the contracts between layers: rule, rule context, compiled policy, decision
  ['audit'], // redaction and decision log lines
  ['engine'], // evaluate(): a decoded request against a compiled policy
  ['rules'], // the built-in rules
  ['policy'], // policy files: schema, validation, compilation
  ['protocol'], // the AuthZ plugin HTTP server
  ['standin'], // the stand-in daemon of `dockgate check`
  ['cli'], // the commands
];

/** The most lines a file of src/ may have. */
export const MAX_LINES = 1000;

/** A graph of src/: file (relative to src/, `/`-separated) to the files it imports. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

function layerOf(file: string): number | undefined {
  const top = file.split('/')[0] ?? file;
  const i = LAYERS.findIndex((l) => l.includes(top));
  return i < 0 ? undefined : i;
}

const folderOf = (file: string): string => file.split('/')[0] ?? file;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Reads the relative imports of every .ts file under `srcDir` (imports of .json and packages are left out). */
export function readImportGraph(srcDir: string): ImportGraph {
  const graph = new Map<string, string[]>();
  const files = new Set(tsFiles(srcDir).map((f) => relative(srcDir, f).split(sep).join('/')));
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(srcDir, file), 'utf8'), true, true);
    const targets: string[] = [];
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const target = normalize(join(dirname(file), ref.fileName)).split(sep).join('/').replace(/\.js$/, '.ts');
      if (files.has(target)) targets.push(target);
      else if (!target.endsWith('.json')) throw new Error(`${file}: cannot resolve ${ref.fileName}`);
    }
    graph.set(file, [...new Set(targets)].sort());
  }
  return graph;
}

/** Every broken rule, one line each (empty when the graph keeps them all). */
export function importProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const [file, targets] of [...graph].sort(([a], [b]) => a.localeCompare(b))) {
    const from = layerOf(file);
    if (from === undefined) {
      problems.push(`${file}: src/${folderOf(file)} has no layer: add it to LAYERS in scripts/check-imports.ts (and to ARCHITECTURE.md)`);
      continue;
    }
    for (const target of targets) {
      if (folderOf(target) === folderOf(file)) continue;
      const to = layerOf(target);
      if (to === undefined || to >= from) {
        problems.push(`${file} imports ${target}: ${folderOf(file)} may not import ${folderOf(target)} (layers import downwards only; move what both need into a lower layer, e.g. src/core/)`);
      }
    }
  }
  for (const cycle of cycles(graph)) problems.push(`import cycle: ${[...cycle, cycle[0] ?? ''].join(' -> ')}`);
  return problems;
}

/** The import cycles: one per strongly connected component of more than one file (or a file importing itself). */
function cycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { node: string; i: number }[] = [{ node: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      if (top === undefined) break;
      const targets = graph.get(top.node) ?? [];
      const target = targets[top.i++];
      if (target !== undefined) {
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, i: 0 });
        } else if (onStack.has(target)) {
          low.set(top.node, Math.min(low.get(top.node) ?? 0, index.get(target) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(top.node) ?? 0));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        for (;;) {
          const n = stack.pop();
          if (n === undefined) break;
          onStack.delete(n);
          component.push(n);
          if (n === top.node) break;
        }
        if (component.length > 1 || (graph.get(top.node) ?? []).includes(top.node)) out.push(component.sort());
      }
    }
  }
  return out;
}

/** The files of `srcDir` over MAX_LINES lines, one line each. */
export function sizeProblems(srcDir: string): string[] {
  return tsFiles(srcDir).sort().flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    return lines > MAX_LINES ? [`${relative(srcDir, f).split(sep).join('/')}: ${String(lines)} lines, more than ${String(MAX_LINES)}: split it by what its parts own`] : [];
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
  const problems = [...importProblems(readImportGraph(srcDir)), ...sizeProblems(srcDir)];
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
