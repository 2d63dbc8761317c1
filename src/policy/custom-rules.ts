/**
 * Custom rules without code: `customRules` entries of the policy file, each a public field path
 * (field-paths.ts, version FIELD_PATHS_VERSION), an operator and a value. They are checked
 * (field path, regex) and compiled once at load into field rules (core/field-rule.ts, the
 * constructor built-in field rules use), so that the engine runs them with the built-in rules:
 * same exemptions, profiles, audit mode and deny message.
 */
import { defineFieldRule, type FieldTest, type FieldTests } from '../core/field-rule.js';
import type { AnyRule, RuleAction, Severity } from '../core/rule.js';
import { globMatcher } from '../rules/lib/glob.js';
import { ROUTES, type Operation } from '../request/routes.js';
import type { PolicyCode } from './codes.js';
import { FIELD_PATHS_DOC, FIELD_PATHS_VERSION, FIELD_ROOTS, FORBIDDEN_SEGMENT, fieldPathSchema, fieldReader, lookupFieldPath, missingFieldReason } from './field-paths.js';
import { didYouMean } from './suggest.js';

export type CustomOperator = 'equals' | 'in' | 'glob' | 'regex' | 'exists' | 'greater-than';
type Scalar = string | number | boolean;

export interface CustomRuleEntry {
  readonly id: string;
  readonly description?: string;
  readonly operations: readonly Operation[];
  readonly field: string;
  readonly operator: CustomOperator;
  readonly value?: Scalar | readonly Scalar[];
  readonly message: string;
  readonly fix?: string;
  readonly action: RuleAction;
  readonly severity?: Severity;
}

interface Issue {
  readonly path: string;
  readonly message: string;
  readonly code: PolicyCode;
}

/** Custom rule ids live under `custom/`: built-in ids never contain a slash, so they never collide. */
export const CUSTOM_ID_PATTERN = '^custom/[a-z0-9][a-z0-9._-]*$';
export const CUSTOM_OPERATORS: readonly CustomOperator[] = ['equals', 'in', 'glob', 'regex', 'exists', 'greater-than'];
/** Longest regex source accepted (compiled once, at load). */
export const MAX_REGEX_LENGTH = 256;
export const OPERATIONS: readonly Operation[] = [...new Set(ROUTES.map((r) => r.operation))].sort();

const SCALAR = { type: ['string', 'number', 'boolean'] } as const;

const valueIs = (operator: CustomOperator, value: Record<string, unknown>): Record<string, unknown> => ({
  if: { type: 'object', required: ['operator'], properties: { operator: { const: operator } } },
  then: { type: 'object', required: ['value'], properties: { value } },
});

/** JSON Schema of `customRules`. */
export function customRulesSchema(action: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return {
    description: `Rules without code: a public field path (version ${String(FIELD_PATHS_VERSION)}, ${FIELD_PATHS_DOC}), an operator and a value. Run with the built-in rules (same exemptions, profiles and audit mode).`,
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'operations', 'field', 'operator', 'message', 'action'],
      properties: {
        id: { type: 'string', pattern: CUSTOM_ID_PATTERN, description: 'custom/<name>: the custom/ prefix keeps custom ids apart from built-in ones.' },
        description: { type: 'string' },
        operations: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: OPERATIONS } },
        field: fieldPathSchema(),
        operator: { type: 'string', enum: CUSTOM_OPERATORS },
        value: { description: 'equals: a string, number or boolean; in: a list of them; glob, regex: a string; greater-than: a number; exists: none.' },
        message: { type: 'string', minLength: 1, maxLength: 300 },
        fix: { type: 'string', minLength: 1, maxLength: 300 },
        action: action,
        severity: { type: 'string', enum: ['critical', 'high', 'medium', 'low'] },
      },
      allOf: [
        valueIs('equals', SCALAR),
        valueIs('in', { type: 'array', minItems: 1, items: SCALAR }),
        valueIs('glob', { type: 'string', minLength: 1 }),
        valueIs('regex', { type: 'string', minLength: 1, maxLength: MAX_REGEX_LENGTH }),
        valueIs('greater-than', { type: 'number' }),
      ],
    },
  };
}

/**
 * Why a regex could backtrack exponentially on a requester-chosen value, or undefined. The
 * requester controls the string a custom regex runs on: a pattern with a quantified group that
 * itself holds a quantifier or an alternation (`(a+)+`, `(a|a)*`), or a backreference, could
 * stall the plugin and with it every docker command. Such patterns are refused at load.
 */
export function unsafeRegexReason(source: string): string | undefined {
  // Per open group: whether it holds a quantifier or an alternation.
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return 'backreferences are not allowed';
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      groups.push(false);
      // Group syntax, not quantifiers: (?: (?= (?! (?<= (?<! (?<name>
      if (source[i + 1] === '?') {
        i++;
        const kind = source[i + 1] ?? '';
        if (kind === ':' || kind === '=' || kind === '!') i++;
        else if (kind === '<') {
          const close = source.indexOf('>', i);
          i = source[i + 2] === '=' || source[i + 2] === '!' ? i + 2 : close < 0 ? i + 1 : close;
        }
      }
    } else if (ch === ')') {
      const risky = groups.pop() ?? false;
      const after = source[i + 1] ?? '';
      const quantified = after === '*' || after === '+' || after === '?' || after === '{';
      if (risky && quantified) return 'a repeated group holds a quantifier or an alternation (exponential backtracking)';
      // A group that holds one makes its enclosing group risky too.
      if ((risky || quantified) && groups.length > 0) groups[groups.length - 1] = true;
    } else if (ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === '|') {
      if (groups.length > 0) groups[groups.length - 1] = true;
    }
  }
  return undefined;
}

function compileRegex(source: string): RegExp | string {
  try {
    return new RegExp(source, 'u');
  } catch (err) {
    return (err as Error).message;
  }
}

/** What the schema cannot check: the field path (root, Env, whether it exists for the operations), the regex, an `exists` with a value. */
export function customRuleIssues(entry: CustomRuleEntry, at: string): Issue[] {
  const issues: Issue[] = [];
  const segments = entry.field.split('.');
  const root = segments[0] ?? '';
  if (lookupFieldPath(entry.field) === undefined) {
    issues.push({ path: `${at}/field`, code: 'DG_POLICY_UNKNOWN_FIELD', message: `must start with one of ${FIELD_ROOTS.join(', ')} (found ${JSON.stringify(entry.field)})${didYouMean(root, FIELD_ROOTS)}` });
  } else if (segments.some((s) => FORBIDDEN_SEGMENT.test(s))) {
    issues.push({ path: `${at}/field`, code: 'DG_POLICY_SECRET_FIELD', message: `Env values are secrets and cannot be read by a custom rule (found ${JSON.stringify(entry.field)})` });
  } else {
    const operations = entry.operations.filter((op) => OPERATIONS.includes(op));
    const missing = operations.length > 0 ? missingFieldReason(entry.field, operations) : undefined;
    if (missing !== undefined) issues.push({ path: `${at}/field`, code: 'DG_POLICY_UNKNOWN_FIELD', message: `${missing}: the rule would never fire (found ${JSON.stringify(entry.field)})` });
  }
  if (entry.operator === 'regex' && typeof entry.value === 'string') {
    const re = compileRegex(entry.value);
    const unsafe = unsafeRegexReason(entry.value);
    if (typeof re === 'string') issues.push({ path: `${at}/value`, code: 'DG_POLICY_BAD_REGEX', message: `not a valid regular expression: ${re}` });
    else if (unsafe !== undefined) issues.push({ path: `${at}/value`, code: 'DG_POLICY_UNSAFE_REGEX', message: `regular expression refused: ${unsafe} (found ${JSON.stringify(entry.value)})` });
  }
  if (entry.operator === 'exists' && entry.value !== undefined) {
    issues.push({ path: `${at}/value`, code: 'DG_POLICY_BAD_VALUE', message: 'exists takes no value' });
  }
  return issues;
}

/** Set in Go's omitempty sense: zero values (the decoder fills every absent field with one) are not. */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false || value === 0) return false;
  if (value instanceof Map) return value.size > 0;
  return true;
}

function tester(entry: CustomRuleEntry): (leaf: unknown) => boolean {
  const value = entry.value;
  switch (entry.operator) {
    case 'equals':
      return (leaf) => leaf === value;
    case 'in': {
      const set = new Set<unknown>(Array.isArray(value) ? value : [value]);
      return (leaf) => set.has(leaf);
    }
    case 'glob': {
      const match = globMatcher([String(value)]);
      return (leaf) => typeof leaf === 'string' && match(leaf);
    }
    case 'regex': {
      const re = compileRegex(String(value));
      if (typeof re === 'string') throw new Error(`custom rule ${entry.id}: ${re}`);
      return (leaf) => typeof leaf === 'string' && re.test(leaf);
    }
    case 'exists':
      return isSet;
    case 'greater-than': {
      const limit = Number(value);
      return (leaf) => typeof leaf === 'number' && leaf > limit;
    }
  }
}

/**
 * Compiles a validated custom rule into a field rule the engine runs like a built-in one: per
 * operation, the field's values are read through the public table (field-paths.ts).
 */
export function compileCustomRule(entry: CustomRuleEntry): AnyRule {
  const bad = tester(entry);
  const fix = entry.fix === undefined ? entry.message : `${entry.message}; ${entry.fix}`;
  const test = (operation: Operation): FieldTest<Operation, unknown> => ({ field: entry.field, values: fieldReader(entry.field, operation), bad, finding: { fix } });
  // Built once here: the regex and the readers are compiled at load, not per policy or profile.
  // One test per declared operation (defineFieldRule reads exactly meta.operations' keys).
  const tests = Object.fromEntries(entry.operations.map((op) => [op, test(op)])) as FieldTests<Operation>;
  return defineFieldRule<object, Operation>({
    meta: {
      id: entry.id,
      title: entry.message,
      summary: entry.message,
      cis: undefined,
      severity: entry.severity ?? 'medium',
      description: entry.description ?? entry.message,
      remediation: entry.fix ?? entry.message,
      defaultAction: entry.action,
      operations: entry.operations,
      optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    },
    defaultOptions: {},
    tests: () => tests,
  });
}
