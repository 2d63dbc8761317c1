/**
 * Added latency per Docker API call with dockgate as a socket plugin.
 *
 *   npx tsx test/e2e/latency.ts [--calls N] [--warmup N]     (as root; builds dist/ if stale)
 *
 * Starts a private dockerd (as the e2e suite does) with no AuthZ plugin, times N calls of
 * `GET /v1.41/containers/json` on one keep-alive connection, then restarts the daemon with
 * dockgate (node dist/cli/index.js serve, default policy) as its AuthZ plugin and times the
 * same calls. Prints the medians (and p90), their difference, and the median durationUs
 * dockgate logged for those calls (its own decision time, without HTTP and JSON transport),
 * and for 50 compliant container creates.
 * Each allowed call costs two plugin round trips (AuthZReq and AuthZRes).
 * Not a test: numbers depend on the machine. Leaves nothing behind (same cleanup as the suite).
 */
import http from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { api } from './helpers/api.js';
import { PrivateDaemon } from './helpers/daemon.js';
import { ensureBuilt, SocketPlugin } from './helpers/dockgate.js';
import { checkEngine } from './helpers/engine.js';
import { SPEC_DIR } from './helpers/host.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import { median } from './helpers/proc.js';
import { E2eRun } from './helpers/run.js';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '400' }, warmup: { type: 'string', default: '50' } } });
const CALLS = Number(values.calls);
const WARMUP = Number(values.warmup);
const PATH = '/v1.41/containers/json';

function percentile(v: readonly number[], p: number): number {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function measure(sock: string): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (let i = 0; i < WARMUP; i++) await api(sock, { path: PATH, agent });
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t0 = process.hrtime.bigint();
      const r = await api(sock, { path: PATH, agent });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (r.status !== 200) throw new Error(`GET ${PATH}: ${r.status} ${r.body}`);
    }
    return times;
  } finally {
    agent.destroy();
  }
}

const fmt = (ms: number): string => `${ms.toFixed(3)} ms`;

async function main(): Promise<void> {
  const check = await checkEngine();
  if (!check.ok) throw new Error(`no usable engine: ${check.reason}`);
  await ensureBuilt();
  const run = new E2eRun('lat');
  try {
    const name = `dockgate-lat-${run.id}`;
    mkdirSync(join(run.tmp, 'plugin'), { mode: 0o700 });
    const plugin = new SocketPlugin(join(run.tmp, 'plugin/dockgate.sock'), join(run.tmp, 'dockgate.log'));
    run.defer('stop dockgate', () => plugin.stop());
    const daemon = new PrivateDaemon(check.engine, join(run.tmp, 'daemon'), `dge2e${run.id}`);
    run.defer('stop dockerd', () => daemon.stop());

    await daemon.start();
    const without = await measure(daemon.sock);

    await plugin.start();
    const spec = join(SPEC_DIR, `${name}.spec`);
    mkdirSync(SPEC_DIR, { recursive: true });
    run.deleteLater(spec);
    writeFileSync(spec, `unix://${plugin.socket}\n`);
    await daemon.restart({ authz: [name] });
    const seen = plugin.decisions().length;
    const withPlugin = await measure(daemon.sock);
    const decisions = plugin.decisions().slice(seen).filter((d) => d.operation === 'container.list' || d.path === '/containers/json');
    const decisionUs = decisions.map((d) => d.durationUs);

    // dockgate's decision time for container creates (the biggest bodies it decodes)
    await importBusybox(daemon, run.tmp);
    const createsSeen = plugin.decisions().length;
    const body = JSON.stringify({ Image: IMAGE, Cmd: ['true'], HostConfig: { Memory: 64 * 1024 * 1024, NetworkMode: 'none' } });
    for (let i = 0; i < 50; i++) {
      const r = await api(daemon.sock, { method: 'POST', path: '/v1.41/containers/create', headers: { 'Content-Type': 'application/json' }, body });
      if (r.status !== 201) throw new Error(`create: ${r.status} ${r.body}`);
    }
    const createUs = plugin.decisions().slice(createsSeen).filter((d) => d.operation === 'container.create').map((d) => d.durationUs);
    await daemon.removeAllContainers();

    const m0 = median(without);
    const m1 = median(withPlugin);
    const lines = [
      `GET ${PATH} on one keep-alive connection, ${CALLS} calls after ${WARMUP} warm-up calls (dockerd ${(await api(daemon.sock, { path: '/version' })).body.match(/"Version":"([^"]+)"/)?.[1] ?? '?'}, node ${process.version})`,
      `  without AuthZ plugin:      median ${fmt(m0)}   p90 ${fmt(percentile(without, 90))}`,
      `  with dockgate (socket):    median ${fmt(m1)}   p90 ${fmt(percentile(withPlugin, 90))}`,
      `  added per call:            median ${fmt(m1 - m0)}  (two plugin round trips: AuthZReq + AuthZRes)`,
      `  dockgate decision time:    median ${median(decisionUs).toFixed(0)} us over ${decisionUs.length} AuthZReq decisions of those calls (durationUs in its log)`,
      `                             median ${median(createUs).toFixed(0)} us over ${createUs.length} compliant container creates`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    const problems = await run.cleanup();
    if (problems.length > 0) process.stderr.write(`cleanup problems: ${problems.join('; ')}\n`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
