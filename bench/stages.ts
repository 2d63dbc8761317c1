/**
 * Where one decision's time goes, in-process and without HTTP: the stages of
 * /AuthZPlugin.AuthZReq run in a loop on the built code (dist/), each timed on its own.
 *
 *   node --import tsx bench/stages.ts [DIST]     # after npm run build; DIST defaults to dist/
 */
import { Writable } from 'node:stream';
import { join } from 'node:path';
import type { Workload } from './client.js';
import { loadDist } from './dist.js';
import { ROOT } from './servers.js';
import { cpuPerCall, round } from './stats.js';


export type StageTimes = Readonly<Record<string, number>>;

const STAGES = ['JSON.parse envelope', 'parseEnvelope (base64)', 'decodeRequest', 'evaluate', 'decisionRecord', 'log line', 'reply JSON'] as const;

/**
 * CPU µs per call of each stage of a decision, for the first request of each workload.
 * Each stage runs in its own loop on the previous stage's output, timed with
 * process.cpuUsage (CPU time, so other processes on the machine disturb it little).
 */
export async function measureStages(workloads: readonly Workload[], iterations = 20_000, distDir = join(ROOT, 'dist')): Promise<Record<string, StageTimes>> {
  const dist = await loadDist(distDir);
  const policy = dist.policy.loadPolicyFile(join(ROOT, 'config', 'policy.json'));
  const sink = new Writable({
    write(_chunk, _enc, cb) {
      cb();
    },
  });
  const logger = dist.logger.createLogger('info', sink);
  const out: Record<string, StageTimes> = {};
  for (const w of workloads) {
    const raw = w.requests[0] ?? Buffer.alloc(0);
    const payload = raw.subarray(raw.indexOf('\r\n\r\n') + 4);
    const json = JSON.parse(payload.toString('utf8')) as unknown;
    const parsed = dist.envelope.parseEnvelope(json);
    if (!parsed.ok) throw new Error(parsed.reason);
    const request = dist.decode.decodeRequest(parsed.envelope);
    const decision = dist.engine.evaluate(request, policy);
    const record = dist.logger.decisionRecord(request, decision, policy.version, 1);
    const n = iterations;
    const decodeUs = cpuPerCall(() => dist.decode.decodeRequest(parsed.envelope), n);
    // The rules share parses per decoded request (a WeakMap on its body): a fresh request for
    // each call, as in the plugin, and the decode time taken off.
    const decodeAndEvaluateUs = cpuPerCall(() => dist.engine.evaluate(dist.decode.decodeRequest(parsed.envelope), policy), n);
    const times = [
      cpuPerCall(() => JSON.parse(payload.toString('utf8')) as unknown, n),
      cpuPerCall(() => dist.envelope.parseEnvelope(json), n),
      decodeUs,
      Math.max(0, decodeAndEvaluateUs - decodeUs),
      cpuPerCall(() => dist.logger.decisionRecord(request, decision, policy.version, 1), n),
      cpuPerCall(() => {
        dist.logger.writeDecision(logger, 'info', 'decision', record);
      }, n),
      cpuPerCall(() => JSON.stringify({ Allow: decision.allow, Msg: decision.msg }), n),
    ];
    const stages: Record<string, number> = {};
    let total = 0;
    STAGES.forEach((name, s) => {
      const us = times[s] ?? NaN;
      stages[name] = round(us, 2);
      total += us;
    });
    stages.total = round(total, 2);
    out[w.id] = stages;
    // Let the log buffer flush between workloads.
    await new Promise((r) => setImmediate(r));
  }
  return out;
}

export function formatStages(stages: Record<string, StageTimes>): string {
  const ids = Object.keys(stages);
  const names = [...STAGES, 'total'];
  const lines = [`${'stage (µs per decision, in-process)'.padEnd(28)}${ids.map((id) => id.padStart(13)).join('')}`];
  for (const n of names) lines.push(`${n.padEnd(28)}${ids.map((id) => String(stages[id]?.[n] ?? '').padStart(13)).join('')}`);
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const { buildWorkloads } = await import('./workloads.js');
  const w = buildWorkloads();
  const small = w.main.filter((x) => x.id !== 'create-1mib');
  const dir = process.argv[2] ?? join(ROOT, 'dist');
  process.stdout.write(`${formatStages(await measureStages(small, 20_000, dir))}\n`);
  process.stdout.write(`${formatStages(await measureStages([...w.main.filter((x) => x.id === 'create-1mib'), ...w.huge], 10, dir))}\n`);
}
