/**
 * `npm run new-rule <id>`: scaffolds a rule, its test and its doc and registers it in
 * src/rules/index.ts, then runs `npm run gen` (scripts/gen.ts), which writes everything derived
 * from the registered rules: the schema and validator, the doc's header rows, the rule's README
 * row and its entry in every shipped policy. What it writes is a start, not a rule: the test it
 * writes fails until the rule finds what its first invalid case expects, and every TODO is to be
 * replaced (CONTRIBUTING.md, "Add a rule"); run `npm run gen` again after filling in the metadata.
 *
 *   npm run new-rule -- no-host-time     (or: tsx scripts/new-rule.ts no-host-time)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `no-host-time` → `noHostTime`. */
export function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

export function ruleSource(id: string): string {
  return `import { defineRule } from '../core/rule.js';

/** TODO: what this rule protects against, in one sentence. */
export default defineRule({
  meta: {
    id: '${id}',
    title: 'TODO: a short imperative title',
    summary: 'TODO: what it checks, one line of Markdown (the README rule table: npm run gen writes it)',
    cis: undefined, // TODO: the CIS Docker Benchmark recommendation, e.g. '5.5', or undefined
    severity: 'medium',
    description: 'TODO: what the rule finds and why it matters.',
    remediation: 'TODO: what to do instead, in docker CLI terms.',
    defaultAction: 'warn',
    operations: ['container.create'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  // Called once per compiled policy (and profile) with the validated options: compute what they
  // imply here; each handler gets the request with its body already narrowed to its operation.
  create() {
    return {
      // TODO: (request) => its findings: read request.body (the create view: hostConfig, config...)
      // and return one finding per thing found: { field, found, fix, compose?, note?, summary? }.
      'container.create': () => [],
    };
  },
});
`;
}

export function ruleTest(id: string): string {
  return `import rule from '../../../src/rules/${id}.js';
import { cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

// Each case runs through the policy loader and the engine (test/helpers/rule-tester.ts). Use
// captured requests (test/fixtures/cli*/) for every operation the rule declares.
testRule(rule, {
  valid: [
    { name: 'hardened run', request: cli('run-hardened', 'container.create') },
  ],
  invalid: [
    // TODO: a request the rule must find, and the finding it gives.
    { name: 'TODO', request: cli('run-plain', 'container.create'), findings: [{ field: 'TODO' }] },
  ],
});
`;
}

export function ruleDoc(id: string): string {
  return `# ${id}

| | |
|---|---|
| CIS Docker Benchmark | none |
| Severity | medium |
| Default action | warn |
| Operations | \`container.create\` |
| Options | none |

## What it checks
TODO

## What users see
TODO: the deny message, from a test.

## How to fix it
TODO: the docker CLI flag, and the compose key where it differs.
`;
}

/** src/rules/index.ts with the rule imported (in order) and appended to RULES. */
export function registered(index: string, id: string): string {
  const name = camel(id);
  const line = `import ${name} from './${id}.js';`;
  const lines = index.split('\n');
  const imports = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^import [a-zA-Z]+ from '\.\/[a-z0-9-]+\.js';$/.test(l));
  // In the order of the imported names (code-unit order, as the registry keeps them).
  const before = imports.filter(({ l }) => l < line).at(-1);
  const first = imports[0];
  if (first === undefined) throw new Error('src/rules/index.ts: no rule import found');
  lines.splice(before === undefined ? first.i : before.i + 1, 0, line);
  const text = lines.join('\n');
  const end = text.indexOf('\n];\n', text.indexOf('export const RULES'));
  if (end < 0) throw new Error('src/rules/index.ts: the end of RULES was not found');
  return `${text.slice(0, end)}\n  ${name},${text.slice(end)}`;
}

/**
 * Writes the rule's files under `root` and registers it; returns the paths written (relative to
 * root). The README row and the shipped policies' entries are not written here: `npm run gen`
 * derives them from the registered rules.
 */
export function scaffoldRule(root: string, id: string): string[] {
  if (!ID.test(id)) throw new Error(`"${id}" is not a rule id: lower-case words joined by "-", e.g. no-host-time`);
  const files: [string, string][] = [
    [`src/rules/${id}.ts`, ruleSource(id)],
    [`test/unit/rules/${id}.test.ts`, ruleTest(id)],
    [`docs/rules/${id}.md`, ruleDoc(id)],
  ];
  for (const [path] of files) if (existsSync(join(root, path))) throw new Error(`${path} exists already: rule ids are never reused`);
  const index = registered(readFileSync(join(root, 'src/rules/index.ts'), 'utf8'), id);
  for (const [path, text] of files) writeFileSync(join(root, path), text);
  writeFileSync(join(root, 'src/rules/index.ts'), index);
  return [...files.map(([p]) => p), 'src/rules/index.ts'];
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const id = process.argv[2];
  if (id === undefined) {
    process.stderr.write('usage: npm run new-rule -- <id>\n');
    process.exit(2);
  }
  const root = fileURLToPath(new URL('../', import.meta.url));
  try {
    for (const path of scaffoldRule(root, id)) process.stdout.write(`wrote ${path}\n`);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  const gen = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/gen.ts')], { cwd: root, stdio: 'inherit' });
  process.stdout.write(`\nnext: write the rule, its test and its doc (every TODO), then npm run gen (the README row and the shipped policies follow the metadata) and npm run test:unit (CONTRIBUTING.md, "Add a rule")\n`);
  process.exitCode = gen.status ?? 1;
}
