/**
 * Table-driven rule tests in the style of ESLint's RuleTester: `valid` requests give no
 * finding, each `invalid` request gives exactly the findings listed.
 *
 * A case whose request is a captured CLI request (`cli(id, operation)`) runs once per fixture
 * set (`<name> [1.50]`); `options` and `findings` may then depend on the set (a function of it)
 * for values that differ between captures (IDs, names). A set that lacks the fixture gets a test
 * that checks it is a named exception (NOT_IN_SET), never a silent skip.
 */
import { expect } from 'chai';
import type { AnyRule, Finding } from '../../src/engine/types.js';
import { CliRequest, decode, FIXTURE_SETS, hasFixture, NOT_IN_SET, type FixtureSet, type RawEnvelope } from './fixtures.js';

type PerSet<T> = T | ((set: FixtureSet) => T);

export interface ValidCase {
  readonly name: string;
  readonly request: RawEnvelope | CliRequest;
  readonly options?: PerSet<object>;
}

export interface InvalidCase extends ValidCase {
  readonly findings: PerSet<readonly Partial<Finding>[]>;
}

const resolve = <T>(v: PerSet<T>, set: FixtureSet): T => (typeof v === 'function' ? (v as (set: FixtureSet) => T)(set) : v);

/**
 * The runs of one case: one for a hand-made request; one per set for a captured one (the
 * 1.41 set for resolving a set-dependent value of a hand-made case).
 */
function expand(c: ValidCase, test: (name: string, request: RawEnvelope, set: FixtureSet) => void): void {
  if (!(c.request instanceof CliRequest)) {
    test(c.name, c.request, '1.41');
    return;
  }
  const req = c.request;
  for (const set of FIXTURE_SETS) {
    if (hasFixture(req.id, set)) {
      test(`${c.name} [${set}]`, req.in(set), set);
      continue;
    }
    const why = NOT_IN_SET[set][req.id];
    it(`${c.name} [${set}]: no ${req.id} in this set: ${why ?? 'NOT a named exception'}`, () => {
      if (why === undefined) throw new Error(`fixture set ${set} lacks ${req.id}, which is not a named exception in NOT_IN_SET`);
    });
  }
}

export function testRule(rule: AnyRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    const run = (raw: RawEnvelope, options: object | undefined): readonly Finding[] => {
      const request = decode(raw);
      expect(request.problems, `request problems: ${JSON.stringify(request.problems)}`).to.deep.equal([]);
      return rule.check(request, { ...rule.defaultOptions, ...options });
    };
    describe('valid', () => {
      for (const c of cases.valid) {
        expand(c, (name, raw, set) => {
          it(name, () => {
            expect(run(raw, c.options === undefined ? undefined : resolve(c.options, set))).to.deep.equal([]);
          });
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        expand(c, (name, raw, set) => {
          it(name, () => {
            const findings = run(raw, c.options === undefined ? undefined : resolve(c.options, set));
            const want = resolve(c.findings, set);
            expect(findings).to.have.length(want.length);
            want.forEach((w, i) => {
              expect(findings[i]).to.include(w);
            });
          });
        });
      }
    });
  });
}
