/**
 * The structure rules of src/ (run by `npm run lint`; ARCHITECTURE.md explains the layers):
 *
 * 1. Layers import downwards only. Each top-level folder of src/ has a layer (LAYERS, lowest
 *    first); a file may import from its own folder or from a folder of a lower layer, never from
 *    a folder of its own layer or above. A folder with no layer is an error (give it one).
 * 2. No import cycle between files, type-only imports included (they are dependencies too).
 * 3. No file over MAX_LINES lines, generated ones included: split it by what its parts own.
 * 4. Rules do no I/O (issue 15): no file of src/rules/ except RULE_CONTEXT imports node:fs,
 *    node:os or node:child_process (IO_MODULES), nor any value from src/host/ or src/state/
 *    (FACT_FOLDERS); type-only imports are fine. Facts about the host and the daemon reach a rule
 *    through its context (core/context.ts), which RULE_CONTEXT, the live one, fills.
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

/** Node modules that reach the host (files, the system, processes): no rule imports them. */
export const IO_MODULES: ReadonlySet<string> = new Set(['fs', 'fs/promises', 'os', 'child_process'].flatMap((m) => [m, `node:${m}`]));
/** Folders of src/ that read the host or hold dockgate's memory of the daemon: rules import only their types. */
export const FACT_FOLDERS: readonly string[] = ['host', 'state'];
/** The one file of src/rules/ that may reach them: the live rule context. */
export const RULE_CONTEXT = 'rules/lib/context.ts';

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

/** One import of a file: the module as written, and whether it brings in values (not only types). */
export interface ModuleImport {
  readonly specifier: string;
  readonly value: boolean;
}

/**
 * Every import and re-export of a file's text, with whether it imports a value: `import type`,
 * `export type`, and import lists whose every name is `type X` import only types; a default or
 * namespace import, a side-effect import (`import 'x'`), `export *` and `import()` bring values.
 */
export function moduleImports(fileName: string, text: string): ModuleImport[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: ModuleImport[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      let value = true;
      if (clause !== undefined) {
        const named = clause.namedBindings;
        value = clause.phaseModifier !== ts.SyntaxKind.TypeKeyword && (clause.name !== undefined || (named !== undefined && (ts.isNamespaceImport(named) || named.elements.length === 0 || named.elements.some((e) => !e.isTypeOnly))));
      }
      out.push({ specifier: node.moduleSpecifier.text, value });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const value = !node.isTypeOnly && (clause === undefined || !ts.isNamedExports(clause) || clause.elements.some((e) => !e.isTypeOnly));
      out.push({ specifier: node.moduleSpecifier.text, value });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      out.push({ specifier: node.moduleReference.expression.text, value: !node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      // import(expression): whatever it loads is a value; an unknown target is reported as written
      out.push({ specifier: arg !== undefined && ts.isStringLiteralLike(arg) ? arg.text : '<dynamic import>', value: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * Rule 4 for one file of src/ (`file` relative to src/, `/`-separated) and its text: the
 * imports of I/O modules and of values from the fact folders, one line each.
 */
export function ruleIoProblems(file: string, text: string): string[] {
  if (folderOf(file) !== 'rules' || file === RULE_CONTEXT) return [];
  const problems: string[] = [];
  for (const { specifier, value } of moduleImports(file, text)) {
    if (!value) continue;
    if (IO_MODULES.has(specifier)) {
      problems.push(`${file} imports ${specifier}: rules do no I/O (ask the rule context, core/context.ts; the live one, ${RULE_CONTEXT}, reads the host)`);
      continue;
    }
    if (specifier === '<dynamic import>') {
      problems.push(`${file} imports a module named at run time: rules import only modules named in the source`);
      continue;
    }
    if (!specifier.startsWith('.')) continue;
    const target = normalize(join(dirname(file), specifier)).split(sep).join('/');
    if (FACT_FOLDERS.includes(folderOf(target))) {
      problems.push(`${file} imports values from ${target.replace(/\.js$/, '.ts')}: rules read the host and dockgate's state only through the rule context (core/context.ts; type-only imports are fine)`);
    }
  }
  return problems;
}

/** Rule 4 over every file of `srcDir`. */
export function ioProblems(srcDir: string): string[] {
  return tsFiles(srcDir).sort().flatMap((f) => ruleIoProblems(relative(srcDir, f).split(sep).join('/'), readFileSync(f, 'utf8')));
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
  const problems = [...importProblems(readImportGraph(srcDir)), ...ioProblems(srcDir), ...sizeProblems(srcDir)];
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
