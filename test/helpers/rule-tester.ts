/**
 * Table-driven rule tests in the style of ESLint's RuleTester: `valid` requests give no
 * finding, each `invalid` request gives exactly the findings listed.
 *
 * Every case goes through the real path, as `serve` would run it: the case's options become a
 * one-rule policy (this rule at `deny` with the options, every other built-in rule `off`) that
 * the policy loader parses, validates against the policy schema (the generated validator) and
 * compiles; the request is a captured (or hand-made) envelope parsed and decoded as the server
 * does; the engine's evaluate() decides, and the findings are those of its violations. So
 * options the schema rejects fail the case, and a case whose operation the rule does not declare
 * (the engine would never run the rule on it) fails instead of passing as "valid".
 *
 * A case whose request is a captured CLI request (`cli(id, operation)`) runs once per fixture
 * set (`<name> [1.50]`); `options` and `findings` may then depend on the set (a function of it)
 * for values that differ between captures (IDs, names). A set that lacks the fixture gets a test
 * that checks it is a named exception (NOT_IN_SET), never a silent skip.
 *
 * The rule context (core/context.ts: the host, dockgate's memory of the daemon's objects, its
 * own plugin ID, daemon.json) is the live one unless the test gives its own (test/helpers/context.ts).
 */
import { expect } from 'chai';
import { evaluate } from '../../src/engine/engine.js';
import type { RuleContext } from '../../src/core/context.js';
import type { AnyRule, Finding } from '../../src/core/rule.js';
import { parsePolicy, type Policy } from '../../src/policy/load.js';
import { liveContext } from '../../src/rules/lib/context.js';
import { RULES } from '../../src/rules/index.js';
import { CliRequest, decode, FIXTURE_SETS, hasFixture, NOT_IN_SET, type FixtureSet, type RawEnvelope } from './fixtures.js';

type PerSet<T> = T | ((set: FixtureSet) => T);

export interface ValidCase {
  readonly name: string;
  readonly request: RawEnvelope | CliRequest;
  readonly options?: PerSet<object>;
  /**
   * The request's operation is one the rule does not look at (`exec is not a create`): the case
   * checks that the rule does not declare it, so the engine never runs the rule there. Without
   * this flag such a case fails.
   */
  readonly unhandled?: true;
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

/**
 * The policy text of a one-rule policy: `rule` at deny with `options` (its defaults when
 * undefined), every other built-in rule off, enforce mode.
 */
export function oneRulePolicyText(rule: AnyRule, options: object | undefined): string {
  const rules: Record<string, unknown> = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off']));
  rules[rule.meta.id] = options === undefined ? { action: 'deny' } : { action: 'deny', options };
  return JSON.stringify({ mode: 'enforce', rules });
}

/** Compiled one-rule policies by context and text: a compiled policy is immutable, and many cases share one. */
const policies = new WeakMap<RuleContext, Map<string, Policy>>();

/** The findings the engine reports for `raw` under the one-rule policy of `rule` with `options`, compiled with `context`. */
export function findingsThroughEngine(rule: AnyRule, raw: RawEnvelope, options: object | undefined, unhandled = false, context: RuleContext = liveContext): readonly Finding[] {
  const text = oneRulePolicyText(rule, options);
  let byText = policies.get(context);
  if (byText === undefined) policies.set(context, (byText = new Map<string, Policy>()));
  let policy = byText.get(text);
  if (policy === undefined) {
    // The loader throws PolicyError (every schema error, with its path) for options the schema rejects.
    policy = parsePolicy(text, `rule-tester:${rule.meta.id}`, context);
    byText.set(text, policy);
  }
  const request = decode(raw);
  expect(request.problems, `request problems: ${JSON.stringify(request.problems)}`).to.deep.equal([]);
  if (unhandled) expect(rule.meta.operations, `rule ${rule.meta.id} handles ${request.operation}: drop \`unhandled\` from the case`).not.to.include(request.operation);
  else expect(rule.meta.operations, `rule ${rule.meta.id} does not handle ${request.operation}: the engine never runs it on this request, so this case tests nothing (mark it \`unhandled: true\` if that is the point)`).to.include(request.operation);
  const decision = evaluate(request, policy);
  // A rule that throws shows as a DG_INTERNAL problem (the engine denies, fail closed).
  expect(decision.problems, `decision problems: ${JSON.stringify(decision.problems)}`).to.deep.equal([]);
  expect(decision.violations.every((v) => v.rule === rule.meta.id && v.action === 'deny' && v.exemptedBy === undefined)).to.equal(true);
  return decision.violations.map((v) => v.finding);
}

export function testRule(rule: AnyRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }, context: RuleContext = liveContext): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('is a registered built-in rule (the policy loader only knows those)', () => {
      expect(RULES).to.include(rule);
    });
    describe('valid', () => {
      for (const c of cases.valid) {
        expand(c, (name, raw, set) => {
          it(name, () => {
            expect(findingsThroughEngine(rule, raw, c.options === undefined ? undefined : resolve(c.options, set), c.unhandled === true, context)).to.deep.equal([]);
          });
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        expand(c, (name, raw, set) => {
          it(name, () => {
            const findings = findingsThroughEngine(rule, raw, c.options === undefined ? undefined : resolve(c.options, set), false, context);
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
