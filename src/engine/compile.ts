/**
 * Makes a compiled rule list ready for evaluation: each rule that is not off is created once
 * with its options and the context (core/rule.ts), and its handlers are indexed by operation.
 * The policy loader calls this at load for the policy and for each profile; nothing of it is
 * rebuilt per request.
 */
import type { RuleContext } from '../core/context.js';
import type { ActiveRule, CompiledRule, HandlerIndex } from '../core/policy.js';
import type { Operation } from '../request/routes.js';

export function indexHandlers(rules: readonly CompiledRule[], context: RuleContext): HandlerIndex {
  const index = new Map<Operation, ActiveRule[]>();
  for (const { rule, action, options } of rules) {
    if (action === 'off') continue;
    for (const [op, handler] of rule.create(options, context)) {
      let list = index.get(op);
      if (!list) index.set(op, (list = []));
      list.push({ rule, action, handler });
    }
  }
  return index;
}
