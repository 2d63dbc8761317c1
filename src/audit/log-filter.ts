/**
 * Which decision lines are written: the policy's `log.decisions` (all, or deny-only) and
 * `log.sampleAllow` (the fraction of plain allow lines kept). Sampling is a counter, not
 * Math.random: with rate r, the n-th plain allow line is written when floor(n*r) steps up,
 * so 0.1 writes every 10th line and tests are repeatable.
 */
import type { Decision } from '../core/decision.js';
import type { LogOptions } from '../core/policy.js';

export type { LogOptions } from '../core/policy.js';

export const DEFAULT_LOG_OPTIONS: LogOptions = { decisions: 'all', sampleAllow: 1 };

/** An allow with nothing for an auditor: no warn finding, no would-deny, no exemption used, no problem. */
export function isPlainAllow(decision: Decision): boolean {
  return decision.allow && !decision.wouldDeny && decision.violations.length === 0 && decision.problems.length === 0;
}

/** Counts plain allow lines, one counter per place lines are written. */
export class AllowCounter {
  private seen = 0;

  /** Counts one plain allow; true when it falls in the sample. */
  take(rate: number): boolean {
    if (rate >= 1) return true;
    if (!(rate > 0)) return false;
    this.seen += 1;
    if (this.seen >= Number.MAX_SAFE_INTEGER / 2) this.seen = 1;
    return Math.floor(this.seen * rate) > Math.floor((this.seen - 1) * rate);
  }
}

/** Whether this decision's line is written. Denies and allows with findings always are. */
export function shouldLog(decision: Decision, options: LogOptions, counter: AllowCounter): boolean {
  if (!isPlainAllow(decision)) return true;
  if (options.decisions === 'deny-only') return false;
  return counter.take(options.sampleAllow);
}
