/**
 * What the engine decides for one request (engine/engine.ts, evaluate): the answer, the deny
 * message and what it is made of. The types live here, below the engine, so that audit (which
 * logs decisions) and the engine (whose messages use audit's redaction) do not import each other.
 */
import type { RequestProblem } from '../request/problems.js';
import type { Mode } from './policy.js';
import type { Finding, RuleAction, Severity } from './rule.js';

export interface Violation {
  readonly rule: string;
  readonly action: Exclude<RuleAction, 'off'>;
  readonly severity: Severity;
  readonly cis: string | undefined;
  readonly finding: Finding;
  /** The exemption that lifted this finding, if any. */
  readonly exemptedBy?: string;
}

export interface Decision {
  /**
   * Short unique id (`dg-...`, ./decision-id.ts), in the deny message and in the decision's log
   * line, so support can find the line from a user's screenshot. Set by evaluate().
   */
  readonly id?: string;
  readonly allow: boolean;
  /** What the daemon shows the user (one line). */
  readonly msg: string;
  /** True when the request breaks the policy, whether or not the mode enforces it. */
  readonly wouldDeny: boolean;
  readonly violations: readonly Violation[];
  readonly problems: readonly RequestProblem[];
  readonly mode: Mode;
  /** The profile whose rule actions and options applied (by the request's TLS user), if any. */
  readonly profile?: string;
}
