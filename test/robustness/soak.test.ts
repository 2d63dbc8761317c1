/**
 * Soak: 30 s of mixed load at concurrency 64 on the plugin's unix socket, with the plugin in a
 * child process (as `dockgate serve` composes it, audit log on). Every answer must be a 200
 * with the decision the engine gives in-process; the plugin's heap after a full GC must not
 * grow between the first and the last 10 s. Slowloris clients stall headers the whole time:
 * they must not slow the others, and the server must drop them (headersTimeout).
 *
 * DOCKGATE_SOAK_SECONDS changes the duration (default 30).
 */
import { expect } from 'chai';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixture, FIXTURE_SETS, NOT_IN_SET, type RawEnvelope } from '../helpers/fixtures.js';
import { apiRequest, DEFAULT_POLICY, defaultPolicy, expectedAllow, rawConnection, sleep, until } from './helpers/harness.js';

const SECONDS = Number(process.env.DOCKGATE_SOAK_SECONDS ?? 30);
const CONCURRENCY = 64;
const MiB = 1024 * 1024;

interface Job {
  readonly name: string;
  readonly path: string;
  readonly body: string;
  /** The exact reply expected. */
  readonly want: unknown;
}

interface MemSample {
  readonly t: number;
  readonly heapUsed: number;
  readonly rss: number;
  readonly vmRss: number;
}

/** What the load is made of: real CLI envelopes, tricky and broken ones, the other endpoints. */
function jobs(): Job[] {
  const policy = defaultPolicy();
  const out: Job[] = [];
  const authz = (name: string, env: RawEnvelope): void => {
    out.push({ name, path: '/AuthZPlugin.AuthZReq', body: JSON.stringify(env), want: expectedAllow(env, policy) });
  };
  // every fixture set's envelopes (compose and buildx where the set has them: NOT_IN_SET names the exceptions)
  const ids = ['run-compliant', 'run-privileged', 'run-net-host', 'run-caps', 'run-bind-root', 'run-memory-only', 'run-seccomp-unconfined', 'run-restart-always', 'exec-privileged', 'exec-plain', 'update-memory', 'ps', 'inspect', 'plugin-disable', 'service-create-host', 'api-create-toplevel', 'create-plain', 'compose-up', 'buildx-build'];
  for (const set of FIXTURE_SETS) {
    for (const id of ids.filter((x) => NOT_IN_SET[set][x] === undefined)) {
      fixture(id, set).requests.forEach((env, i) => {
        authz(`${set}/${id}#${i}`, env);
      });
    }
  }
  authz('folded keys', apiRequest('POST', '/v1.41/containers/create', '{"Image":"x","HostConfig":{"Memory":67108864},"hostconfig":{"privi\u017fleged":true},"Ho\\u0073tConfig":{"NetworkMode":"none"}}'));
  authz('strslice ambiguity', apiRequest('POST', '/v1.41/containers/create', '{"Image":"x","HostConfig":{"Memory":67108864,"CapAdd":["SYS_ADMIN"],"CapAdd":[null]}}'));
  authz('stale slot', apiRequest('POST', '/v1.41/containers/create', '{"Image":"x","HostConfig":{"Memory":67108864,"Binds":["a:/a","/:/host"],"Binds":["b:/b"],"Binds":["c:/c",null]}}'));
  authz('encoded path', apiRequest('POST', '/v1.41/containers/%63reate', { Image: 'x', HostConfig: { Privileged: true } }));
  authz('type error', apiRequest('POST', '/v1.41/containers/create', '{"Image":"x","HostConfig":{"Memory":"1g"}}'));
  authz('256 KiB body', apiRequest('POST', '/v1.41/containers/create', { Image: 'x', Labels: { pad: 'p'.repeat(256 * 1024) }, HostConfig: { Memory: 67108864, NetworkMode: 'none' } }));
  out.push({ name: 'garbage envelope', path: '/AuthZPlugin.AuthZReq', body: 'garbage', want: false });
  out.push({ name: 'bad base64', path: '/AuthZPlugin.AuthZReq', body: JSON.stringify({ RequestMethod: 'POST', RequestUri: '/containers/create', RequestBody: '!!' }), want: false });
  out.push({ name: 'AuthZRes', path: '/AuthZPlugin.AuthZRes', body: JSON.stringify({ ...fixture('run-compliant').requests[1], ResponseStatusCode: 201 }), want: { Allow: true, Msg: '' } });
  out.push({ name: 'Activate', path: '/Plugin.Activate', body: '', want: { Implements: ['authz'] } });
  return out;
}

function vmRss(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s[Math.floor(s.length / 2)]!;
}

const mib = (n: number): string => `${(n / MiB).toFixed(1)} MiB`;

describe('robustness: soak (mixed load, concurrency 64)', function () {
  this.timeout((SECONDS + 60) * 1000);
  let dir: string;
  let child: ChildProcess | undefined;
  after(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((r) => child!.once('exit', r));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${SECONDS} s: 0 failed requests, 0 wrong decisions, no heap growth, stalled clients dropped`, async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-soak-'));
    const socket = join(dir, 'dockgate.sock');
    const server = fork(new URL('./fixtures/soak-server.ts', import.meta.url).pathname, [socket, DEFAULT_POLICY], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child = server;
    let stderr = '';
    server.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    let listening = false;
    const memWaiters: ((m: { heapUsed: number; rss: number }) => void)[] = [];
    server.on('message', (m: { type: string; heapUsed: number; rss: number }) => {
      if (m.type === 'listening') listening = true;
      if (m.type === 'mem') memWaiters.shift()?.(m);
    });
    await until(() => listening || server.exitCode !== null, 20_000, 'the soak server to listen');
    expect(server.exitCode, stderr).to.equal(null);
    const pid = server.pid!;
    const mem = (): Promise<{ heapUsed: number; rss: number }> =>
      new Promise((resolve) => {
        memWaiters.push(resolve);
        server.send({ type: 'mem' });
      });

    // Slowloris clients: headers trickling a byte every 2 s, connections that send nothing,
    // and requests stuck halfway through their body.
    const stalled = await Promise.all(Array.from({ length: 20 }, () => rawConnection(socket)));
    const closedAt: (number | undefined)[] = stalled.map(() => undefined);
    const t0 = performance.now();
    stalled.forEach(({ conn, closed }, i) => {
      void closed.then(() => (closedAt[i] = performance.now() - t0));
      if (i < 8) conn.write('POST /AuthZPlugin.AuthZReq HTTP/1.1\r\nHost: p');
      else if (i >= 16) conn.write('POST /AuthZPlugin.AuthZReq HTTP/1.1\r\nHost: p\r\nContent-Length: 1000\r\n\r\n{"Req');
    });
    const trickle = setInterval(() => {
      for (const { conn } of stalled.slice(0, 8)) if (!conn.destroyed) conn.write('x');
    }, 2000);

    const mix = jobs();
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    let total = 0;
    let failed = 0;
    let wrong = 0;
    const problems: string[] = [];
    const latencies: number[] = [];
    let next = 0;
    const deadline = t0 + SECONDS * 1000;
    const send = (job: Job): Promise<void> =>
      new Promise((resolve) => {
        const start = performance.now();
        const req = request({ socketPath: socket, path: job.path, method: 'POST', agent, headers: { 'Content-Length': Buffer.byteLength(job.body) } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - start);
            total++;
            const text = Buffer.concat(chunks).toString();
            let json: unknown;
            try {
              json = JSON.parse(text);
            } catch {
              json = undefined;
            }
            if (res.statusCode !== 200 || json === undefined) {
              failed++;
              if (problems.length < 5) problems.push(`${job.name}: ${res.statusCode ?? 0} ${text.slice(0, 200)}`);
            } else {
              const ok = typeof job.want === 'boolean' ? (json as { Allow?: unknown }).Allow === job.want : JSON.stringify(json) === JSON.stringify(job.want);
              if (!ok) {
                wrong++;
                if (problems.length < 5) problems.push(`${job.name}: wrong answer ${text.slice(0, 200)}`);
              }
            }
            resolve();
          });
          res.on('error', () => {
            failed++;
            resolve();
          });
        });
        req.on('error', (err) => {
          total++;
          failed++;
          if (problems.length < 5) problems.push(`${job.name}: ${err.message}`);
          resolve();
        });
        req.end(job.body);
      });
    const worker = async (): Promise<void> => {
      while (performance.now() < deadline) await send(mix[next++ % mix.length]!);
    };

    const samples: MemSample[] = [];
    const sampler = (async () => {
      while (performance.now() < deadline) {
        const m = await mem();
        samples.push({ t: (performance.now() - t0) / 1000, heapUsed: m.heapUsed, rss: m.rss, vmRss: vmRss(pid) });
        await sleep(1000);
      }
    })();
    await Promise.all([...Array.from({ length: CONCURRENCY }, worker), sampler]);
    clearInterval(trickle);
    agent.destroy();

    // Stalled headers are dropped at Node's first connection check after headersTimeout (10 s);
    // checks run every 30 s from listen, i.e. by t0 + 30 s. Allow a little slack past the load.
    if (SECONDS >= 30) await until(() => closedAt.slice(0, 16).every((t) => t !== undefined), Math.max(0, t0 + 45_000 - performance.now()), 'the stalled clients to be dropped').catch(() => undefined);
    const first = samples.filter((s) => s.t < 10);
    const last = samples.filter((s) => s.t >= SECONDS - 10);
    const heapFirst = median(first.map((s) => s.heapUsed));
    const heapLast = median(last.map((s) => s.heapUsed));
    const rssFirst = median(first.map((s) => s.vmRss));
    const rssLast = median(last.map((s) => s.vmRss));
    const sorted = [...latencies].sort((a, b) => a - b);
    const p = (q: number): string => `${(sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(1)} ms`;
    const dropped = closedAt.slice(0, 16).filter((t) => t !== undefined).length;
    console.log(
      `      ${total} requests in ${SECONDS} s (${Math.round(total / SECONDS)}/s), ${failed} failed, ${wrong} wrong; latency p50 ${p(0.5)} p99 ${p(0.99)} max ${p(1)}\n` +
        `      heap after GC: first 10 s ${mib(heapFirst)}, last 10 s ${mib(heapLast)}; VmRSS: first 10 s ${mib(rssFirst)}, last 10 s ${mib(rssLast)} (max ${mib(Math.max(...samples.map((s) => s.vmRss)))})\n` +
        `      stalled clients dropped by the server: ${dropped}/16 header-stalled (at ${closedAt.slice(0, 16).map((t) => (t === undefined ? '-' : `${(t / 1000).toFixed(0)}s`)).join(' ')}), ${closedAt.slice(16).filter((t) => t !== undefined).length}/4 body-stalled`,
    );
    for (const { conn } of stalled) conn.destroy();

    expect(problems, problems.join('\n')).to.have.length(0);
    expect(failed).to.equal(0);
    expect(wrong).to.equal(0);
    expect(total).to.be.greaterThan(SECONDS * 100);
    // No growth: the live heap after a full GC in the last 10 s is within 4 MiB of the first
    // 10 s (a leak of 100 bytes per request would add more than that). RSS also holds freed
    // pages the allocator keeps; it may not grow by more than 32 MiB.
    expect(heapLast - heapFirst, `heap ${mib(heapFirst)} -> ${mib(heapLast)}`).to.be.below(4 * MiB);
    expect(rssLast - rssFirst, `VmRSS ${mib(rssFirst)} -> ${mib(rssLast)}`).to.be.below(32 * MiB);
    // Header-stalled and silent clients exceed headersTimeout (10 s) and Node drops them at its
    // next connection check (every 30 s from listen): all are gone by the end of 30 s.
    if (SECONDS >= 30) expect(dropped, 'header-stalled connections dropped').to.equal(16);
    expect(server.exitCode, stderr).to.equal(null);
  });
});
