/**
 * Where a create's rule time goes, in process: each rule's handler for container.create of the
 * default policy, run on its own in a loop (each call in its own host-file snapshot, as one
 * decision has one), on the built code (dist/). In evaluate() the rules of one decision share
 * that snapshot and the per-request parses, so the sum here is an upper bound of the rules' part.
 *
 *   npm run build && node --import tsx bench/rules.ts [DIST]
 */
import { join } from 'node:path';
import type { Workload } from './client.js';
import { loadDist } from './dist.js';
import { ROOT } from './servers.js';
import { cpuPerCall, round } from './stats.js';


/** CPU µs per call of each container.create rule handler, for the first request of each workload, most expensive first. */
export async function measureRules(workloads: readonly Workload[], iterations = 20_000, distDir = join(ROOT, 'dist')): Promise<Record<string, readonly (readonly [string, number])[]>> {
  const dist = await loadDist(distDir);
  const policy = dist.policy.loadPolicyFile(join(ROOT, 'config', 'policy.json'));
  const active = policy.handlers.get('container.create') ?? [];
  const out: Record<string, (readonly [string, number])[]> = {};
  for (const w of workloads) {
    const raw = w.requests[0] ?? Buffer.alloc(0);
    const parsed = dist.envelope.parseEnvelope(JSON.parse(raw.subarray(raw.indexOf('\r\n\r\n') + 4).toString('utf8')) as unknown);
    if (!parsed.ok) throw new Error(parsed.reason);
    const request = dist.decode.decodeRequest(parsed.envelope);
    if (request.operation !== 'container.create') throw new Error(`${w.id}: not a container create`);
    const rows = active.map(({ rule, handler }) => [rule.meta.id, round(cpuPerCall(() => dist.resolve.withLookupCache(() => handler(request)), iterations), 2)] as const);
    out[w.id] = rows.sort((a, b) => b[1] - a[1]);
  }
  return out;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const { buildWorkloads } = await import('./workloads.js');
  const creates = buildWorkloads().main.filter((x) => x.id === 'hardened' || x.id === 'violations');
  const result = await measureRules(creates, 20_000, process.argv[2] ?? join(ROOT, 'dist'));
  for (const [id, rows] of Object.entries(result)) {
    const sum = rows.reduce((s, [, us]) => s + us, 0);
    process.stdout.write(`${id} (µs per call, sum ${round(sum, 1)}): ${rows.slice(0, 8).map(([rule, us]) => `${rule} ${us}`).join(', ')}\n`);
  }
}
