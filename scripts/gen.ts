/**
 * `npm run gen`: regenerates every file derived from the rule metadata and the policy schema.
 *
 * - config/policy.schema.json: the policy JSON Schema (src/policy/schema.ts, buildPolicySchema),
 *   as `dockgate schema` prints it.
 * - src/policy/validate-policy.generated.ts: that schema compiled ahead of time by ajv's
 *   standalone code generation, so the plugin never compiles it at run time (compiling it costs
 *   about 16 MB of RSS). Each rule's entry is a shared definition ($ref from rules and profiles),
 *   compiled once.
 * - docs/rules/<id>.md: the Severity, Default action and Operations rows of each rule doc's
 *   header table, from the rule's metadata (the CIS and Options rows are prose, checked only).
 * - README.md: the rule table (between its two marker comments), one row per registered rule in
 *   the registry's order: id, CIS, severity, default action, what it checks (meta.summary) and
 *   the doc, linked by its title.
 * - config/policy.json, config/audit.json, config/strict.json: every registered rule with its
 *   action and options, from its metadata and defaultOptions plus each policy's own choices
 *   (scripts/shipped-policies.ts).
 *
 * Run it after changing a rule's metadata or optionsSchema, src/policy/schema.ts or
 * src/policy/custom-rules.ts, or after adding or removing a rule. test/unit/scripts/gen.test.ts
 * fails while any derived file differs from what this writes, and when a rule doc or rule test has no rule.
 * `npm run gen -- --check` writes nothing and exits 1 when a file is stale.
 *
 * Not part of the plugin: it lives outside src/, so it is not built into dist/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type Options } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import type { AnyRule } from '../src/core/rule.js';
import { RULES } from '../src/rules/index.js';
import { buildPolicySchema } from '../src/policy/schema.js';
import { SHIPPED_POLICIES, type ShippedPolicy } from './shipped-policies.js';
import { fieldPathFiles } from './gen-field-paths.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The validation options (what the validator accepts and reports): chosen once, here.
 * inlineRefs false: a $ref'd definition (each rule's entry, referenced from rules and from every
 * profile) is compiled once, as its own function, instead of copied into every place that refers to it.
 */
export const POLICY_AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, inlineRefs: false } as const satisfies Options;

export const GENERATED_VALIDATOR = 'src/policy/validate-policy.generated.ts';

const HEADER = `// @ts-nocheck
// GENERATED FILE, do not edit: the policy JSON Schema (src/policy/schema.ts, buildPolicySchema)
// compiled ahead of time by ajv's standalone code generation (ajv/dist/standalone), so the plugin
// never compiles the schema at run time. Regenerate it with
//
//   npm run gen        (scripts/gen.ts)
//
// test/unit/scripts/gen.test.ts fails while this file differs from what that generates.
// One compiled schema function (or constant) a line. Not type-checked (@ts-nocheck above) and
// not linted (eslint.config.js ignores *.generated.ts); its export is typed unknown
// (src/policy/load.ts gives it its type).
`;

/**
 * ajv writes one statement a line (code.lines); joined here into one line per top-level
 * declaration (each compiled schema function, each schema constant), so that the file is a few
 * hundred lines and a change to one rule's options changes the lines of that rule's function.
 * Safe because every line ajv writes ends a statement or a block (checked: a line that does not
 * is an error) and no line starts with a token that would continue the previous one.
 */
function oneDeclarationALine(body: string): string {
  const out: string[] = [];
  for (const line of body.split('\n')) {
    if (line === '') continue;
    if (!/[;{}]$/.test(line) && !line.startsWith('/*#')) throw new Error(`ajv standalone code: a line that does not end a statement or a block: ${line.slice(0, 120)}`);
    if (/^[([`+-]/.test(line)) throw new Error(`ajv standalone code: a line that would continue the previous one: ${line.slice(0, 120)}`);
    const last = out.length - 1;
    if (last < 0 || /^(?:function |const (?:schema|func|pattern|formats)\d+ = |export |import |\/\*# )/.test(line)) out.push(line);
    else out[last] = `${out[last] ?? ''} ${line}`;
  }
  return `${out.join('\n')}\n`;
}

/**
 * The generated validator's text: ajv's ESM standalone code, with three changes. ajv's ESM output
 * still loads its runtime helpers (ajv/dist/runtime/*, CommonJS) with require(): the module gets
 * one, resolving from wherever the file is (src/ or dist/). Its one export is typed `unknown`
 * (ajv's default export is dropped): inferring the return type of the validate function takes
 * TypeScript past its control-flow depth limit, after which the checker turns flow analysis off
 * for the whole program (typescript-eslint then resolves almost no type). And one declaration a line.
 */
export function policyValidatorSource(): string {
  // code: how the code is written out (ESM, one statement a line before joining), not what it checks.
  const ajv = new Ajv({ ...POLICY_AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  const code = standalone.default(ajv, ajv.compile(buildPolicySchema()));
  const head = /^"use strict";\nexport const validate = (validate\d+);\nexport default \1;\n/.exec(code);
  if (!head) throw new Error('ajv standalone code does not start as expected ("use strict", then the exports)');
  const body = code.slice(head[0].length);
  const lines = [
    '"use strict";',
    ...(body.includes('require(') ? ['import { createRequire } from "node:module";', 'const require = createRequire(import.meta.url);'] : []),
    `export const validate: unknown = ${head[1] ?? ''};`,
  ];
  return `${HEADER}${lines.join('\n')}\n${oneDeclarationALine(body)}`;
}

/** config/policy.schema.json, as `dockgate schema` prints it. */
export function policySchemaText(): string {
  return `${JSON.stringify(buildPolicySchema(), null, 2)}\n`;
}

/** The header-table rows of a rule doc that are derived from the rule's metadata, by row name. */
export function derivedDocRows(rule: AnyRule): ReadonlyMap<string, string> {
  return new Map([
    ['Severity', rule.meta.severity],
    ['Default action', rule.meta.defaultAction],
    ['Operations', rule.meta.operations.map((o) => `\`${o}\``).join(', ')],
  ]);
}

export const ruleDocPath = (id: string): string => `docs/rules/${id}.md`;

/** A rule doc with its derived header rows rewritten (a row that is missing is an error: the doc's header is hand-made). */
export function ruleDocText(rule: AnyRule, text: string): string {
  const rows = derivedDocRows(rule);
  const seen = new Set<string>();
  const lines = text.split('\n');
  // The header table: the first table of the doc.
  const start = lines.findIndex((l) => l.startsWith('|'));
  for (let i = start; i >= 0 && i < lines.length && (lines[i] ?? '').startsWith('|'); i++) {
    const m = /^\| ([^|]+?) \| .* \|$/.exec(lines[i] ?? '');
    const value = m?.[1] === undefined ? undefined : rows.get(m[1]);
    if (m?.[1] === undefined || value === undefined) continue;
    lines[i] = `| ${m[1]} | ${value} |`;
    seen.add(m[1]);
  }
  const missing = [...rows.keys()].filter((k) => !seen.has(k));
  if (missing.length > 0) throw new Error(`${ruleDocPath(rule.meta.id)}: the header table has no ${missing.join(', ')} row`);
  return lines.join('\n');
}

export const README_TABLE_START = '<!-- rule table: written by npm run gen (scripts/gen.ts) from each rule\'s metadata; edit the rule, not this table -->';
export const README_TABLE_END = '<!-- end of the rule table -->';

/** The README's "checks" cell of a rule: its metadata's summary. */
export function ruleChecks(rule: AnyRule): string {
  return rule.meta.summary;
}

/** A rule's README row. */
export function readmeRow(rule: AnyRule): string {
  const { id, cis, severity, defaultAction } = rule.meta;
  const allCis = [...(cis === undefined ? [] : [cis]), ...(rule.meta.alsoCis ?? [])];
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return `| \`${id}\` | ${allCis.length === 0 ? '-' : allCis.join(', ')} | ${severity} | ${defaultAction} | ${cell(ruleChecks(rule))} | [${cell(rule.meta.title)}](${ruleDocPath(id)}) |`;
}

/** README.md with the text between the rule table's markers replaced by the table of `rules`. */
export function readmeText(text: string, rules: readonly AnyRule[] = RULES): string {
  const start = text.indexOf(`${README_TABLE_START}\n`);
  const end = text.indexOf(`\n${README_TABLE_END}`, start);
  if (start < 0 || end < 0) throw new Error(`README.md: the rule table's markers were not found (${README_TABLE_START} ... ${README_TABLE_END})`);
  const table = ['| id | CIS | severity | default | checks | doc |', '|---|---|---|---|---|---|', ...rules.map(readmeRow)];
  return `${text.slice(0, start + README_TABLE_START.length + 1)}${table.join('\n')}${text.slice(end)}`;
}

/** JSON on one line, with a space after each colon and comma (the shipped policies' style). */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')}}`;
  return JSON.stringify(value);
}

/** A shipped policy's entry for a rule: the action alone, or the action and its options. */
export function policyEntry(policy: ShippedPolicy, rule: AnyRule): unknown {
  const action = policy.action === 'default' ? rule.meta.defaultAction : policy.action;
  const options = { ...(policy.showDefaults.includes(rule.meta.id) ? rule.defaultOptions : {}), ...policy.options[rule.meta.id] };
  return Object.keys(options).length === 0 ? action : { action, options };
}

/** A shipped policy's text: its head fields, every rule one a line, its tail fields. */
export function policyText(policy: ShippedPolicy, rules: readonly AnyRule[] = RULES): string {
  const ids = new Set(rules.map((r) => r.meta.id));
  const unknown = [...policy.showDefaults, ...Object.keys(policy.options)].filter((id) => !ids.has(id));
  if (unknown.length > 0) throw new Error(`scripts/shipped-policies.ts: ${policy.path} names rules that do not exist: ${unknown.join(', ')}`);
  const field = ([k, v]: [string, unknown]): string => `  ${JSON.stringify(k)}: ${inlineJson(v)}`;
  const ruleLines = rules.map((r) => `    ${JSON.stringify(r.meta.id)}: ${inlineJson(policyEntry(policy, r))}`);
  const lines = [...Object.entries(policy.head).map(field), `  "rules": {\n${ruleLines.join(',\n')}\n  }`, ...Object.entries(policy.tail).map(field)];
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Every derived file, by path from the repository root, with the text it should have. */
export function derivedFiles(read: (path: string) => string = (p) => readFileSync(resolve(ROOT, p), 'utf8')): ReadonlyMap<string, string> {
  const files = new Map<string, string>([
    ['config/policy.schema.json', policySchemaText()],
    [GENERATED_VALIDATOR, policyValidatorSource()],
  ]);
  for (const rule of RULES) files.set(ruleDocPath(rule.meta.id), ruleDocText(rule, read(ruleDocPath(rule.meta.id))));
  files.set('README.md', readmeText(read('README.md')));
  for (const policy of SHIPPED_POLICIES) files.set(policy.path, policyText(policy));
  for (const [path, text] of fieldPathFiles()) files.set(path, text);
  return files;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, text] of derivedFiles()) {
    const file = resolve(ROOT, path);
    let onDisk: string | undefined;
    try {
      onDisk = readFileSync(file, 'utf8');
    } catch {
      onDisk = undefined;
    }
    if (onDisk === text) continue;
    stale++;
    if (check) {
      process.stderr.write(`stale: ${path} (run npm run gen)\n`);
      continue;
    }
    writeFileSync(file, text);
    process.stdout.write(`wrote ${path}\n`);
  }
  if (check && stale > 0) process.exitCode = 1;
  if (!check && stale === 0) process.stdout.write('every derived file is up to date\n');
}
