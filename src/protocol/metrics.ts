/**
 * Prometheus metrics for the plugin socket (`GET /metrics`, text format 0.0.4). Recording is on
 * the decision path, so it is a few integer increments into Maps keyed by a label string built
 * once per label set; all formatting happens on scrape.
 */
import type { Decision } from '../engine/engine.js';
import type { Policy } from '../policy/load.js';

export type DecisionResult = 'allow' | 'deny' | 'would_deny';

/** Upper bounds in seconds: 50 µs to 1 s. */
export const DURATION_BUCKETS: readonly number[] = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

/** A label value escaped as the text format wants it: backslash, double quote and newline. */
export function escapeLabel(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n');
}

/** Counters for the three results of one operation; the label strings are built once. */
interface OperationCounters {
  readonly labels: Readonly<Record<DecisionResult, string>>;
  readonly counts: Record<DecisionResult, number>;
}

export class Metrics {
  private readonly decisions = new Map<string, OperationCounters>();
  private readonly findings = new Map<string, { readonly labels: string; count: number }>();
  /** Per bucket (not cumulative), plus +Inf at the end; cumulated on scrape. */
  private readonly buckets = new Array<number>(DURATION_BUCKETS.length + 1).fill(0);
  private durationSum = 0;
  private durationCount = 0;
  private reloadSuccess = 0;
  private reloadFailure = 0;
  private logWriteErrors = 0;

  /** Records one AuthZReq answer. `seconds` is the time spent deciding. */
  recordDecision(operation: string, result: DecisionResult, seconds: number): void {
    let op = this.decisions.get(operation);
    if (op === undefined) {
      const o = escapeLabel(operation);
      op = {
        labels: { allow: `operation="${o}",result="allow"`, deny: `operation="${o}",result="deny"`, would_deny: `operation="${o}",result="would_deny"` },
        counts: { allow: 0, deny: 0, would_deny: 0 },
      };
      this.decisions.set(operation, op);
    }
    op.counts[result] += 1;
    let i = 0;
    while (i < DURATION_BUCKETS.length && seconds > (DURATION_BUCKETS[i] ?? Infinity)) i++;
    this.buckets[i] = (this.buckets[i] ?? 0) + 1;
    this.durationSum += seconds;
    this.durationCount += 1;
  }

  recordFinding(rule: string, action: string): void {
    const key = `${rule}\u0000${action}`;
    const entry = this.findings.get(key);
    if (entry === undefined) this.findings.set(key, { labels: `rule="${escapeLabel(rule)}",action="${escapeLabel(action)}"`, count: 1 });
    else entry.count += 1;
  }

  /** Records an evaluated decision: its result and every rule finding (`exempt` when an exemption lifted it). */
  recordEvaluated(operation: string, decision: Decision, seconds: number): void {
    this.recordDecision(operation, resultOf(decision), seconds);
    for (const v of decision.violations) this.recordFinding(v.rule, v.exemptedBy === undefined ? v.action : 'exempt');
  }

  /** A write to the log's stream failed (its reader went away): the line is lost, deciding goes on. */
  recordLogWriteError(): void {
    this.logWriteErrors += 1;
  }

  recordReload(ok: boolean): void {
    if (ok) this.reloadSuccess += 1;
    else this.reloadFailure += 1;
  }

  /** The Prometheus text exposition (format 0.0.4). */
  render(policy: Pick<Policy, 'version' | 'mode'>): string {
    const out: string[] = [];
    out.push('# HELP dockgate_decisions_total AuthZReq decisions by operation and result.', '# TYPE dockgate_decisions_total counter');
    for (const op of this.decisions.values()) {
      for (const r of ['allow', 'deny', 'would_deny'] as const) {
        if (op.counts[r] > 0) out.push(`dockgate_decisions_total{${op.labels[r]}} ${String(op.counts[r])}`);
      }
    }
    out.push('# HELP dockgate_rule_findings_total Rule findings by rule and action (exempt: lifted by an exemption).', '# TYPE dockgate_rule_findings_total counter');
    for (const f of this.findings.values()) out.push(`dockgate_rule_findings_total{${f.labels}} ${String(f.count)}`);
    out.push('# HELP dockgate_decision_duration_seconds Time spent deciding an AuthZReq.', '# TYPE dockgate_decision_duration_seconds histogram');
    let cumulative = 0;
    DURATION_BUCKETS.forEach((le, i) => {
      cumulative += this.buckets[i] ?? 0;
      out.push(`dockgate_decision_duration_seconds_bucket{le="${String(le)}"} ${String(cumulative)}`);
    });
    cumulative += this.buckets[DURATION_BUCKETS.length] ?? 0;
    out.push(`dockgate_decision_duration_seconds_bucket{le="+Inf"} ${String(cumulative)}`);
    out.push(`dockgate_decision_duration_seconds_sum ${String(this.durationSum)}`, `dockgate_decision_duration_seconds_count ${String(this.durationCount)}`);
    out.push('# HELP dockgate_policy_reloads_total Policy reloads (SIGHUP or file change) by result.', '# TYPE dockgate_policy_reloads_total counter');
    out.push(`dockgate_policy_reloads_total{result="success"} ${String(this.reloadSuccess)}`, `dockgate_policy_reloads_total{result="failure"} ${String(this.reloadFailure)}`);
    out.push('# HELP dockgate_log_write_errors_total Failed writes to the log stream (stdout); those lines are lost.', '# TYPE dockgate_log_write_errors_total counter', `dockgate_log_write_errors_total ${String(this.logWriteErrors)}`);
    out.push('# HELP dockgate_policy_info The policy in force.', '# TYPE dockgate_policy_info gauge');
    out.push(`dockgate_policy_info{version="${escapeLabel(policy.version)}",mode="${escapeLabel(policy.mode)}"} 1`);
    return `${out.join('\n')}\n`;
  }
}

export function resultOf(decision: Pick<Decision, 'allow' | 'wouldDeny'>): DecisionResult {
  if (!decision.allow) return 'deny';
  return decision.wouldDeny ? 'would_deny' : 'allow';
}
