/**
 * The policy validator is generated ahead of time (src/policy/validate-policy.generated.ts, by
 * npm run gen; test/unit/scripts/gen.test.ts checks it is what the generator writes today): it
 * must decide and report exactly as the schema compiled at run time with the same ajv options would.
 */
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { POLICY_AJV_OPTIONS } from '../../../scripts/gen.js';
import { buildPolicySchema } from '../../../src/policy/schema.js';
import { validate as generated } from '../../../src/policy/validate-policy.generated.js';

const configDir = new URL('../../../config/', import.meta.url);

type Validator = ((doc: unknown) => boolean) & { errors?: ErrorObject[] | null };

describe('generated policy validator', () => {
  describe('decides and reports as the schema compiled at run time', () => {
    const compiled = new Ajv(POLICY_AJV_OPTIONS).compile(buildPolicySchema()) as Validator;
    const ahead = generated as Validator;
    const docs: [string, unknown][] = [
      ...readdirSync(configDir)
        .filter((f) => f.endsWith('.json') && f !== 'policy.schema.json')
        .map((f): [string, unknown] => [`config/${f}`, JSON.parse(readFileSync(new URL(f, configDir), 'utf8'))]),
      ['not an object', []],
      ['empty', {}],
      ['bad mode and unknown rule', { mode: 'enforcing', rules: { privileges: 'deny', privileged: 'block' } }],
      ['bad options', { mode: 'enforce', rules: { 'restart-policy': { action: 'deny', options: { maxRetries: -1 } }, 'memory-limit': { action: 'deny', options: { max: 'lots', maximum: 1 } } } }],
      ['bad exemptions', { mode: 'enforce', rules: {}, exemptions: [{ id: 'x', reason: '', rules: ['nope'] }, { id: 'Y', reason: 'r', rules: [], images: [''] }] }],
      ['bad profile and custom rule', { mode: 'audit', rules: {}, profiles: [{ id: 'p', users: [], rules: { 'custom/x': 'block' } }], customRules: [{ id: 'x' }] }],
      ['bad log', { mode: 'audit', rules: {}, log: { level: 'trace', decisions: 'some', sampleAllow: 0, extra: true } }],
    ];
    for (const [name, doc] of docs) {
      it(name, () => {
        const want = compiled(doc);
        expect(ahead(doc)).to.equal(want);
        expect(ahead.errors ?? null).to.deep.equal(compiled.errors ?? null);
      });
    }
  });
});
