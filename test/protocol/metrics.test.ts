/** GET /metrics (Prometheus text 0.0.4) and GET /healthz on the plugin app. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createLogger } from '../../src/audit/logger.js';
import { createApp } from '../../src/protocol/app.js';
import { DURATION_BUCKETS, escapeLabel, Metrics, resultOf } from '../../src/protocol/metrics.js';
import { loadPolicyFile, type Policy } from '../../src/policy/load.js';
import { captured, eachSet } from '../helpers/fixtures.js';

const root = new URL('../../', import.meta.url).pathname;
const enforce = loadPolicyFile(`${root}config/policy.json`);
const audit = loadPolicyFile(`${root}config/audit.json`);
const quiet = new Writable({ write: (_c, _e, cb) => { cb(); } });

interface Sample { readonly name: string; readonly labels: Record<string, string>; readonly value: number }

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\["\\n])*",?)*)\})? (-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|\+Inf|NaN))$/;

/** Parses the exposition strictly: every line is HELP, TYPE or a sample; throws on anything else. */
function parse(text: string): { samples: Sample[]; types: Map<string, string> } {
  expect(text.endsWith('\n'), 'ends with a newline').to.equal(true);
  const samples: Sample[] = [];
  const types = new Map<string, string>();
  for (const line of text.slice(0, -1).split('\n')) {
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      expect(types.has(type[1]!), `one TYPE per metric: ${line}`).to.equal(false);
      types.set(type[1]!, type[2]!);
      continue;
    }
    if (/^# HELP [a-zA-Z_:][a-zA-Z0-9_:]* .+$/.test(line)) continue;
    const m = SAMPLE.exec(line);
    expect(m, `a valid sample line: ${JSON.stringify(line)}`).to.not.equal(null);
    const labels: Record<string, string> = {};
    for (const l of (m?.[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    samples.push({ name: m![1]!, labels, value: Number(m![3]!.replace('+Inf', 'Infinity')) });
  }
  return { samples, types };
}

const find = (samples: Sample[], name: string, labels: Record<string, string>): number | undefined =>
  samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

describe('metrics and health on the plugin socket', () => {
  let policy: Policy;
  let metrics: Metrics;
  let app: ReturnType<typeof createApp>;
  const authz = (envelope: unknown) => request(app).post('/AuthZPlugin.AuthZReq').type('text/plain').send(typeof envelope === 'string' ? envelope : JSON.stringify(envelope));

  beforeEach(() => {
    policy = enforce;
    metrics = new Metrics();
    app = createApp({ current: () => policy }, createLogger('error', quiet), metrics);
  });

  it('GET /healthz answers 200 with the policy version and mode', async () => {
    const res = await request(app).get('/healthz');
    expect(res.status).to.equal(200);
    const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
    expect(res.body).to.deep.equal({ status: 'ok', version, policyVersion: enforce.version, mode: 'enforce', policy: { source: 'configured', file: enforce.source }, lastGoodLoad: null, lastDecision: null });
    policy = audit;
    expect((await request(app).get('/healthz')).body).to.include({ status: 'ok', version, policyVersion: audit.version, mode: 'audit' });
  });

  it('GET /metrics before any decision: valid text, zero histogram, policy info', async () => {
    const res = await request(app).get('/metrics');
    expect(res.status).to.equal(200);
    expect(res.headers['content-type']).to.match(/^text\/plain; version=0\.0\.4/);
    const { samples, types } = parse(res.text);
    expect(Object.fromEntries(types)).to.deep.equal({
      dockgate_decisions_total: 'counter',
      dockgate_rule_findings_total: 'counter',
      dockgate_decision_duration_seconds: 'histogram',
      dockgate_policy_reloads_total: 'counter',
      dockgate_log_write_errors_total: 'counter',
      dockgate_policy_info: 'gauge',
      // build, process, heap (the names of prom-client's default metrics); no event-loop or fallback gauges unless serve turns them on
      dockgate_build_info: 'gauge',
      dockgate_last_decision_timestamp_seconds: 'gauge',
      process_cpu_user_seconds_total: 'counter',
      process_cpu_system_seconds_total: 'counter',
      process_cpu_seconds_total: 'counter',
      process_start_time_seconds: 'gauge',
      process_resident_memory_bytes: 'gauge',
      nodejs_heap_size_total_bytes: 'gauge',
      nodejs_heap_size_used_bytes: 'gauge',
      nodejs_external_memory_bytes: 'gauge',
    });
    expect(find(samples, 'dockgate_log_write_errors_total', {})).to.equal(0);
    expect(find(samples, 'dockgate_decision_duration_seconds_count', {})).to.equal(0);
    expect(find(samples, 'dockgate_decision_duration_seconds_bucket', { le: '+Inf' })).to.equal(0);
    expect(find(samples, 'dockgate_policy_reloads_total', { result: 'success' })).to.equal(0);
    expect(find(samples, 'dockgate_policy_reloads_total', { result: 'failure' })).to.equal(0);
    expect(find(samples, 'dockgate_policy_info', { version: enforce.version, mode: 'enforce' })).to.equal(1);
    expect(samples.filter((s) => s.name === 'dockgate_decisions_total')).to.have.length(0);
  });

  eachSet((set) => {
    it('counts decisions by operation and result, findings by rule and action, and a cumulative latency histogram', async () => {
      for (let i = 0; i < 3; i++) expect((await authz(captured('run-privileged', 'container.create', set))).body).to.have.property('Allow', false);
      for (let i = 0; i < 2; i++) expect((await authz(captured('run-compliant', 'container.create', set))).body).to.have.property('Allow', true);
      expect((await authz(captured('exec-privileged', 'container.exec', set))).body).to.have.property('Allow', false);
      expect((await authz('garbage')).body).to.have.property('Allow', false);
      expect((await authz({ RequestMethod: 1 })).body).to.have.property('Allow', false);
      policy = audit;
      expect((await authz(captured('run-privileged', 'container.create', set))).body).to.have.property('Allow', true);
      metrics.recordReload(true);
      metrics.recordReload(false);
      metrics.recordReload(false);
      // The daemon never calls these; they must not count as decisions.
      await request(app).get('/healthz');
      await request(app).post('/AuthZPlugin.AuthZRes').type('text/plain').send(JSON.stringify(captured('run-compliant', 'container.create', set)));

      const { samples } = parse((await request(app).get('/metrics')).text);
      const decisions = (operation: string, result: string) => find(samples, 'dockgate_decisions_total', { operation, result });
      expect(decisions('container.create', 'deny')).to.equal(3);
      expect(decisions('container.create', 'allow')).to.equal(2);
      expect(decisions('container.create', 'would_deny')).to.equal(1);
      expect(decisions('container.exec', 'deny')).to.equal(1);
      expect(decisions('envelope.invalid', 'deny')).to.equal(2);
      const total = samples.filter((s) => s.name === 'dockgate_decisions_total').reduce((a, s) => a + s.value, 0);
      expect(total).to.equal(9);

      // 3 privileged creates in enforce + 1 in audit; exec --privileged is the same rule.
      expect(find(samples, 'dockgate_rule_findings_total', { rule: 'privileged', action: 'deny' })).to.equal(5);
      expect(find(samples, 'dockgate_rule_findings_total', { rule: 'read-only-rootfs', action: 'warn' })).to.be.at.least(4);
      for (const s of samples.filter((x) => x.name === 'dockgate_rule_findings_total')) expect(['deny', 'warn', 'exempt']).to.include(s.labels['action']);

      const buckets = samples.filter((s) => s.name === 'dockgate_decision_duration_seconds_bucket');
      expect(buckets.map((b) => b.labels['le'])).to.deep.equal([...DURATION_BUCKETS.map(String), '+Inf']);
      expect(buckets[0]?.labels['le']).to.equal('0.00005');
      expect(buckets.at(-2)?.labels['le']).to.equal('1');
      for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.value).to.be.at.least(buckets[i - 1]!.value);
      expect(buckets.at(-1)?.value).to.equal(9);
      expect(find(samples, 'dockgate_decision_duration_seconds_count', {})).to.equal(9);
      expect(find(samples, 'dockgate_decision_duration_seconds_sum', {})).to.be.greaterThan(0).and.lessThan(9);

      expect(find(samples, 'dockgate_policy_reloads_total', { result: 'success' })).to.equal(1);
      expect(find(samples, 'dockgate_policy_reloads_total', { result: 'failure' })).to.equal(2);
      expect(find(samples, 'dockgate_policy_info', { version: audit.version, mode: 'audit' })).to.equal(1);
    });
  });

  it('puts each duration in the first bucket whose bound holds it, and cumulates on scrape', () => {
    const m = new Metrics();
    for (const s of [0.00001, 0.00005, 0.00007, 0.003, 0.9, 1, 2.5]) m.recordDecision('container.create', 'allow', s);
    const { samples } = parse(m.render(enforce));
    const le = (b: string) => find(samples, 'dockgate_decision_duration_seconds_bucket', { le: b });
    expect(le('0.00005')).to.equal(2);
    expect(le('0.0001')).to.equal(3);
    expect(le('0.0025')).to.equal(3);
    expect(le('0.005')).to.equal(4);
    expect(le('0.5')).to.equal(4);
    expect(le('1')).to.equal(6);
    expect(le('+Inf')).to.equal(7);
    expect(find(samples, 'dockgate_decision_duration_seconds_sum', {})).to.be.closeTo(4.40313, 1e-9);
  });

  it('escapes label values and maps decisions to results', () => {
    expect(escapeLabel('a"b\\c\nd')).to.equal('a\\"b\\\\c\\nd');
    const m = new Metrics();
    m.recordDecision('we"ird\nop', 'deny', 0.001);
    expect(() => parse(m.render(enforce))).to.not.throw();
    expect(m.render(enforce)).to.include('dockgate_decisions_total{operation="we\\"ird\\nop",result="deny"} 1\n');
    expect(resultOf({ allow: true, wouldDeny: false })).to.equal('allow');
    expect(resultOf({ allow: true, wouldDeny: true })).to.equal('would_deny');
    expect(resultOf({ allow: false, wouldDeny: true })).to.equal('deny');
  });

  it('still 404s other GETs and unknown POSTs', async () => {
    expect((await request(app).get('/metricsx')).status).to.equal(404);
    expect((await request(app).post('/metrics').type('text/plain').send('{}')).status).to.equal(404);
  });
});
