/**
 * The shared constructor of simple field rules (hadolint's tier of small rules): a rule that
 * reads one field per operation and finds a value wrong is its metadata plus, per operation, the
 * field's name, how to read its values, which value is bad and what the finding says. The
 * custom-rule compiler (policy/custom-rules.ts) builds the policy's `customRules` with it too.
 */
import type { Operation } from '../request/routes.js';
import type { RequestOf } from '../request/decode-request.js';
import type { Finding, Handler, Handlers, RuleMeta, AnyRule } from './rule.js';
import { defineRule } from './rule.js';

/** What a field rule says about a bad value: the finding without its field (and `found`, the value as text, by default). */
export type FieldFinding = Omit<Finding, 'field' | 'found'> & { readonly found?: string };

/** One operation's field test. */
export interface FieldTest<Op extends Operation, V> {
  /** The field as the Docker API names it (`HostConfig.Privileged`), in the finding. */
  readonly field: string;
  /** The field's values in the request: one, or several when the field fans out (a list). */
  readonly values: (request: RequestOf<Op>) => Iterable<V>;
  /** Whether a value breaks the rule. */
  readonly bad: (value: V) => boolean;
  /** The finding for the first bad value. */
  readonly finding: FieldFinding | ((value: V) => FieldFinding);
}

/** Per declared operation, its field test. */
export type FieldTests<Ops extends Operation> = { readonly [Op in Ops]: FieldTest<Op, unknown> };

/** The value as a finding's `found` text when the finding does not say it. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'set';
}

/** The handler of one field test: the finding of the first bad value, or none. */
export function fieldHandler<Op extends Operation, V>(test: FieldTest<Op, V>): Handler<Op> {
  return (request) => {
    for (const value of test.values(request)) {
      if (!test.bad(value)) continue;
      const f = typeof test.finding === 'function' ? test.finding(value) : test.finding;
      return [{ ...f, field: test.field, found: f.found ?? shownValue(value) }];
    }
    return [];
  };
}

/**
 * A rule of field tests. `tests` gets the rule's options (validated, merged over the defaults)
 * once per compiled policy; a rule without options ignores them.
 */
export function defineFieldRule<O extends object, Ops extends Operation>(rule: {
  readonly meta: RuleMeta<Ops>;
  readonly defaultOptions: Readonly<O>;
  readonly tests: (options: Readonly<O>) => FieldTests<Ops>;
}): AnyRule {
  return defineRule<O, Ops>({
    meta: rule.meta,
    defaultOptions: rule.defaultOptions,
    create(options) {
      const tests = rule.tests(options);
      const handlers: Partial<Record<Ops, unknown>> = {};
      for (const op of rule.meta.operations) handlers[op] = fieldHandler<typeof op, unknown>(tests[op]);
      return handlers as Handlers<Ops>;
    },
  });
}
