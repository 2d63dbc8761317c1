/**
 * Table-driven rule tests in the style of ESLint's RuleTester: `valid` requests give no
 * finding, each `invalid` request gives exactly the findings listed.
 */
import { expect } from 'chai';
import type { AnyRule, Finding } from '../../src/engine/types.js';
import { decode, type RawEnvelope } from './fixtures.js';

export interface ValidCase {
  readonly name: string;
  readonly request: RawEnvelope;
  readonly options?: object;
}

export interface InvalidCase extends ValidCase {
  readonly findings: readonly Partial<Finding>[];
}

export function testRule(rule: AnyRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    const run = (c: ValidCase): readonly Finding[] => {
      const request = decode(c.request);
      expect(request.problems, `request problems: ${JSON.stringify(request.problems)}`).to.deep.equal([]);
      return rule.check(request, { ...rule.defaultOptions, ...c.options });
    };
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(c)).to.deep.equal([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const findings = run(c);
          expect(findings).to.have.length(c.findings.length);
          c.findings.forEach((want, i) => {
            expect(findings[i]).to.include(want);
          });
        });
      }
    });
  });
}
