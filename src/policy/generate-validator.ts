/**
 * Generates src/policy/validate-policy.generated.ts: the policy JSON Schema (buildPolicySchema,
 * the source of truth) compiled ahead of time by ajv's standalone code generation, so the
 * plugin never compiles the schema at run time (compiling it costs about 16 MB of RSS).
 *
 *   npm run generate:validator         (= tsx src/policy/generate-validator.ts)
 *
 * Run it after changing src/policy/schema.ts, src/policy/custom-rules.ts or a rule's
 * optionsSchema (as with `dockgate schema > config/policy.schema.json`);
 * test/unit/policy/validator-sync.test.ts fails while the committed file differs from what this
 * generates. Only this script and the tests import it: the plugin imports the generated file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type Options } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { buildPolicySchema } from './schema.js';

/** The validation options (what the validator accepts and reports): chosen once, here. */
export const POLICY_AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true } as const satisfies Options;

/** The committed file, from src/policy/ or from dist/policy/ alike. */
export const GENERATED_FILE = fileURLToPath(new URL('../../src/policy/validate-policy.generated.ts', import.meta.url));

const HEADER = `// @ts-nocheck
// GENERATED FILE, do not edit: the policy JSON Schema (src/policy/schema.ts, buildPolicySchema)
// compiled ahead of time by ajv's standalone code generation (ajv/dist/standalone), so the plugin
// never compiles the schema at run time. Regenerate it with
//
//   npm run generate:validator        (src/policy/generate-validator.ts)
//
// test/unit/policy/validator-sync.test.ts fails while this file differs from what that generates.
// Not type-checked (@ts-nocheck above) and not linted (eslint.config.js ignores *.generated.ts);
// its export is typed unknown (src/policy/load.ts gives it its type).
`;

/**
 * The generated module's text: ajv's ESM standalone code, with two changes. ajv's ESM output still
 * loads its runtime helpers (ajv/dist/runtime/*, CommonJS) with require(): the module gets one,
 * resolving from wherever the file is (src/ or dist/). And its one export is typed `unknown` (ajv's
 * default export is dropped): inferring the return type of the validate function (thousands of
 * lines) takes TypeScript past its control-flow depth limit, after which the checker turns flow
 * analysis off for the whole program (typescript-eslint then resolves almost no type: thousands
 * of lint errors). load.ts gives the export its type.
 */
export function policyValidatorSource(): string {
  // code: how the code is written out (ESM, one statement a line), not what it checks.
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
  return `${HEADER}${lines.join('\n')}\n${body}${body.endsWith('\n') ? '' : '\n'}`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = policyValidatorSource();
  writeFileSync(GENERATED_FILE, text);
  process.stdout.write(`wrote ${GENERATED_FILE} (${String(text.length)} characters)\n`);
}
