/**
 * Prometheus metrics for the plugin socket (`GET /metrics`, text format 0.0.4). Recording is on
 * the decision path, so it is a few integer increments into Maps keyed by a label string built
 * once per label set; all formatting happens on scrape.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { Decision } from '../engine/engine.js';
import { FALLBACK_ORIGINS, type FallbackOrigin } from '../policy/holder.js';
import type { Policy } from '../policy/load.js';
import { VERSION } from '../version.js';

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

/** What the process knows beyond the decisions: the policy's fallback state and its last good load. */
export interface MetricsStatus {
  readonly fallback: FallbackOrigin | undefined;
  readonly lastGoodLoad: Date | undefined;
}

const seconds = (ms: number): string => String(ms / 1000);

/** The event-loop sampling timer; each sample is the time between two ticks, so the lag is that minus this. */
const EVENT_LOOP_RESOLUTION_MS = 20;

export class Metrics {
  private lastDecisionMs = 0;
  private status: (() => MetricsStatus) | undefined;
  private eventLoop: IntervalHistogram | undefined;

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
    this.lastDecisionMs = Date.now();
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

  /** Where the policy's fallback state and last good load are read from, on scrape. */
  attachStatus(status: () => MetricsStatus): void {
    this.status = status;
  }

  /** Samples the event loop's delay (a 20 ms timer in libuv), for nodejs_eventloop_lag_*; off in tests. */
  monitorEventLoop(): void {
    if (this.eventLoop !== undefined) return;
    this.eventLoop = monitorEventLoopDelay({ resolution: EVENT_LOOP_RESOLUTION_MS });
    this.eventLoop.enable();
  }

  /** When the last AuthZReq was answered (epoch ms; 0: none yet). */
  lastDecision(): number {
    return this.lastDecisionMs;
  }

  /** Build, process, heap and event-loop metrics (names as prom-client's default metrics), and the fleet gauges. */
  private renderProcess(out: string[]): void {
    out.push('# HELP dockgate_build_info dockgate\'s version and the Node.js it runs on.', '# TYPE dockgate_build_info gauge');
    out.push(`dockgate_build_info{version="${escapeLabel(VERSION)}",node="${escapeLabel(process.version)}"} 1`);
    out.push('# HELP dockgate_last_decision_timestamp_seconds When the last AuthZReq was answered (Unix time; 0: none since start).', '# TYPE dockgate_last_decision_timestamp_seconds gauge');
    out.push(`dockgate_last_decision_timestamp_seconds ${seconds(this.lastDecisionMs)}`);
    const status = this.status?.();
    if (status !== undefined) {
      out.push('# HELP dockgate_policy_last_load_timestamp_seconds When the configured policy file last loaded (Unix time; 0: not since start).', '# TYPE dockgate_policy_last_load_timestamp_seconds gauge');
      out.push(`dockgate_policy_last_load_timestamp_seconds ${seconds(status.lastGoodLoad?.getTime() ?? 0)}`);
      out.push('# HELP dockgate_policy_fallback 1 for the fallback policy in force (the configured file could not be loaded), 0 for the others.', '# TYPE dockgate_policy_fallback gauge');
      for (const origin of FALLBACK_ORIGINS) out.push(`dockgate_policy_fallback{source="${origin}"} ${status.fallback === origin ? '1' : '0'}`);
    }
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    out.push('# HELP process_cpu_user_seconds_total User CPU time spent in seconds.', '# TYPE process_cpu_user_seconds_total counter', `process_cpu_user_seconds_total ${String(cpu.user / 1e6)}`);
    out.push('# HELP process_cpu_system_seconds_total System CPU time spent in seconds.', '# TYPE process_cpu_system_seconds_total counter', `process_cpu_system_seconds_total ${String(cpu.system / 1e6)}`);
    out.push('# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.', '# TYPE process_cpu_seconds_total counter', `process_cpu_seconds_total ${String((cpu.user + cpu.system) / 1e6)}`);
    out.push('# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.', '# TYPE process_start_time_seconds gauge', `process_start_time_seconds ${String(Math.round(Date.now() / 1000 - process.uptime()))}`);
    out.push('# HELP process_resident_memory_bytes Resident memory size in bytes.', '# TYPE process_resident_memory_bytes gauge', `process_resident_memory_bytes ${String(mem.rss)}`);
    out.push('# HELP nodejs_heap_size_total_bytes Process heap size from Node.js in bytes.', '# TYPE nodejs_heap_size_total_bytes gauge', `nodejs_heap_size_total_bytes ${String(mem.heapTotal)}`);
    out.push('# HELP nodejs_heap_size_used_bytes Process heap size used from Node.js in bytes.', '# TYPE nodejs_heap_size_used_bytes gauge', `nodejs_heap_size_used_bytes ${String(mem.heapUsed)}`);
    out.push('# HELP nodejs_external_memory_bytes Node.js external memory size in bytes.', '# TYPE nodejs_external_memory_bytes gauge', `nodejs_external_memory_bytes ${String(mem.external)}`);
    const h = this.eventLoop;
    if (h !== undefined) {
      // Since the previous scrape (as prom-client does); nanoseconds in the histogram, each the
      // time between two ticks of the sampling timer: the lag is what exceeds its period.
      const lag = (v: number): string => String(Number.isFinite(v) ? Math.max(0, v / 1e6 - EVENT_LOOP_RESOLUTION_MS) / 1000 : 0);
      out.push('# HELP nodejs_eventloop_lag_p50_seconds The 50th percentile of the event loop delay since the previous scrape.', '# TYPE nodejs_eventloop_lag_p50_seconds gauge', `nodejs_eventloop_lag_p50_seconds ${lag(h.percentile(50))}`);
      out.push('# HELP nodejs_eventloop_lag_p99_seconds The 99th percentile of the event loop delay since the previous scrape.', '# TYPE nodejs_eventloop_lag_p99_seconds gauge', `nodejs_eventloop_lag_p99_seconds ${lag(h.percentile(99))}`);
      out.push('# HELP nodejs_eventloop_lag_max_seconds The maximum event loop delay since the previous scrape.', '# TYPE nodejs_eventloop_lag_max_seconds gauge', `nodejs_eventloop_lag_max_seconds ${lag(h.max)}`);
      h.reset();
    }
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
    this.renderProcess(out);
    return `${out.join('\n')}\n`;
  }
}

export function resultOf(decision: Pick<Decision, 'allow' | 'wouldDeny'>): DecisionResult {
  if (!decision.allow) return 'deny';
  return decision.wouldDeny ? 'would_deny' : 'allow';
}
