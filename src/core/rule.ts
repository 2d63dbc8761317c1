/**
 * What a rule is: metadata (id, title, CIS mapping, severity, remediation, default action,
 * options schema) plus a check over the canonical request view. Severity describes the
 * risk; the action (deny, warn, off) is the policy's choice and is kept apart from it.
 */
import type { DecodedRequest } from '../request/decode-request.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type RuleAction = 'deny' | 'warn' | 'off';

/** One thing a rule found wrong in a request. */
export interface Finding {
  /** The field as the Docker API names it, e.g. `HostConfig.Privileged`. */
  readonly field: string;
  /** What was found, short and safe to log (never an Env value or a secret). */
  readonly found: string;
  /** What to change, in docker CLI terms where possible. */
  readonly fix: string;
  /**
   * The same fix in a compose file, where it differs from the CLI flag (`restart: on-failure:5`,
   * `mem_limit: 512m`): most containers on a host come from `docker compose up`. The deny message
   * shows it after the CLI form.
   */
  readonly compose?: string;
  /** What the user should know about the fix (a consequence, an alternative), shown after it. */
  readonly note?: string;
  /** A phrase that replaces `field=found` in the deny message, e.g. `no memory limit`. */
  readonly summary?: string;
  /** The CIS recommendation when it differs from the rule's (e.g. 5.23 for exec). */
  readonly cis?: string;
}

export interface RuleMeta {
  /** Stable id: never renamed, never reused once retired. */
  readonly id: string;
  readonly title: string;
  /** CIS Docker Benchmark v1.6.0 recommendation, e.g. `5.5`. */
  readonly cis: string | undefined;
  readonly severity: Severity;
  readonly description: string;
  /** General remediation, shown in docs and `dockgate rules`. */
  readonly remediation: string;
  readonly defaultAction: RuleAction;
  /** Operations the rule looks at. */
  readonly operations: readonly string[];
  /** JSON Schema of the rule's options (an object schema), used to validate the policy. */
  readonly optionsSchema: Readonly<Record<string, unknown>>;
}

export interface Rule<O extends object = object> {
  readonly meta: RuleMeta;
  readonly defaultOptions: Readonly<O>;
  /** Returns the findings for one request; an empty list means compliant. Must not throw. */
  check(request: DecodedRequest, options: Readonly<O>): readonly Finding[];
}

/** Erases a rule's option type, for the registry. */
export type AnyRule = Rule;

export function defineRule<O extends object>(rule: Rule<O>): AnyRule {
  return rule;
}
