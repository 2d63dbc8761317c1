/**
 * The nesting check's cost (sensitive-mounts, src/rules/lib/nested-mounts.ts): CPU per decision
 * of a create with one bind, and of a start, while dockgate remembers N containers, each with a
 * writable bind of its own folder. In process, on the built code (dist/), on a fake host root
 * (a temporary tree: /srv/data/c<i> for each container), so nothing on the machine is touched.
 *
 *   node --import tsx bench/nesting.ts [DIST]     # after npm run build
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDist } from './dist.js';
import { ROOT } from './servers.js';
import { cpuPerCall, round } from './stats.js';


export interface NestingFigures {
  readonly remembered: number;
  /** CPU µs per decision: a create with -v /srv/new/x:/x (nested below nothing). */
  readonly createUs: number;
  /** CPU µs per decision: a start of one remembered container. */
  readonly startUs: number;
  /** Whether the decisions were the expected ones (allow). */
  readonly allowed: boolean;
}

function envelopeOf(method: string, uri: string, body?: object): Record<string, unknown> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return {
    RequestMethod: method,
    RequestUri: uri,
    RequestHeaders: text === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) },
    ...(text === undefined ? {} : { RequestBody: Buffer.from(text).toString('base64') }),
  };
}

export async function measureNesting(counts: readonly number[] = [0, 100, 1000], distDir = join(ROOT, 'dist')): Promise<NestingFigures[]> {
  const dist = await loadDist(distDir);
  const policy = dist.policy.loadPolicyFile(join(ROOT, 'config', 'policy.json'));
  const host = mkdtempSync(join(tmpdir(), 'dg-nesting-'));
  const before = dist.root.currentHostRoot();
  const out: NestingFigures[] = [];
  try {
    mkdirSync(join(host, 'srv', 'new', 'x'), { recursive: true });
    dist.root.setHostRoot(host);
    const body = {
      Image: 'busybox:1.36',
      HostConfig: { Binds: ['/srv/new/x:/x'], Memory: 268435456, PidsLimit: 100, ReadonlyRootfs: true, RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 }, SecurityOpt: ['no-new-privileges'], CapDrop: ['ALL'] },
      Healthcheck: { Test: ['CMD', 'true'] },
      User: '1000',
    };
    const create = dist.envelope.parseEnvelope(envelopeOf('POST', '/v1.41/containers/create?name=bench', body));
    if (!create.ok) throw new Error(create.reason);
    for (const n of counts) {
      const registry = new dist.registry.HostPathRegistry(undefined);
      for (let i = 0; i < n; i++) {
        mkdirSync(join(host, 'srv', 'data', `c${i}`), { recursive: true });
        const id = i.toString(16).padStart(64, '0');
        const path = `/srv/data/c${i}`;
        registry.recordContainer(id, `c${i}`, [{ field: 'HostConfig.Binds[0]', path, raw: path, kernelPath: path, readOnly: false, role: 'bind' }], []);
      }
      // The container started: one more, with the request's own path.
      const startedId = 'f'.repeat(64);
      registry.recordContainer(startedId, 'started', [{ field: 'HostConfig.Binds[0]', path: '/srv/new/x', raw: '/srv/new/x', kernelPath: '/srv/new/x', readOnly: false, role: 'bind' }], []);
      dist.registry.setRegistry(registry);
      const start = dist.envelope.parseEnvelope(envelopeOf('POST', '/v1.41/containers/started/start'));
      if (!start.ok) throw new Error(start.reason);
      const reps = n >= 1000 ? 200 : 2000;
      let allowed = true;
      const createUs = cpuPerCall(() => {
        allowed &&= dist.engine.evaluate(dist.decode.decodeRequest(create.envelope), policy).allow;
      }, reps, 3, 50);
      const startUs = cpuPerCall(() => {
        allowed &&= dist.engine.evaluate(dist.decode.decodeRequest(start.envelope), policy).allow;
      }, reps, 3, 50);
      out.push({ remembered: n, createUs: round(createUs, 1), startUs: round(startUs, 1), allowed });
    }
  } finally {
    dist.root.setHostRoot(before);
    dist.registry.setRegistry(new dist.registry.HostPathRegistry(undefined));
    rmSync(host, { recursive: true, force: true });
  }
  return out;
}

export function formatNesting(figures: readonly NestingFigures[]): string {
  const lines = ['nesting check: CPU µs per decision (in-process) with N remembered containers, each with a writable bind /srv/data/c<i>'];
  lines.push(`${'remembered'.padStart(10)} ${'create -v'.padStart(10)} ${'start'.padStart(10)}`);
  for (const f of figures) lines.push(`${String(f.remembered).padStart(10)} ${String(f.createUs).padStart(10)} ${String(f.startUs).padStart(10)}${f.allowed ? '' : '  (NOT ALLOWED: wrong decision)'}`);
  return lines.join('\n');
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  process.stdout.write(`${formatNesting(await measureNesting([0, 100, 1000], process.argv[2] ?? join(ROOT, 'dist')))}\n`);
}
