/**
 * A compiled policy with its rule list replaced (hand-made rules in engine and robustness tests),
 * made ready for evaluation as the policy loader does (engine/compile.ts), with the live context.
 */
import type { CompiledRule, Policy } from '../../src/core/policy.js';
import { indexHandlers } from '../../src/engine/compile.js';
import { liveContext } from '../../src/rules/lib/context.js';

export function withRules(policy: Policy, rules: readonly CompiledRule[]): Policy {
  return { ...policy, rules, handlers: indexHandlers(rules, liveContext), profiles: [] };
}
