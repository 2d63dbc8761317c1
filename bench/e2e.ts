/**
 * The end-to-end figure: median latency of `GET /v1.41/containers/json` on a private dockerd
 * (keep-alive connection, sequential calls) with no AuthZ plugin, with the Go allow-all
 * reference plugin (bench/goplugin, when Go is installed), with the floor server as the plugin,
 * and with dockgate. Each allowed call costs the daemon two plugin round trips (AuthZReq and
 * AuthZRes). Configurations alternate (none, go, floor, dockgate, then the reverse) so slow
 * drift of the machine falls on all of them. dockgate's own share is its added median minus the Go plugin's.
 *
 * The same daemon starts also time `POST /v1.41/containers/create` with the hardened body the
 * docker 28 CLI sent for `docker run` (test/fixtures/cli-1.51/run-hardened.json, its image
 * replaced by a two-file image imported once without network, see BENCH_IMAGE, and no name). Only the
 * create is timed: each container is removed (DELETE ?force=1, through the plugin as well)
 * after its timing, outside it, for every configuration alike.
 *
 * The private daemon is the end-to-end suite's (test/e2e/helpers): daemon-facts section 7,
 * its own data-root, exec-root, socket, pidfile and daemon.json, inside `unshare --net`,
 * stopped by its pid, its folders unmounted. Spec files are unique to this run and removed.
 */
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Connection, encodeRequest } from './client.js';
import { ROOT } from './servers.js';
import { round, summarize } from './stats.js';

type EngineModule = typeof import('../test/e2e/helpers/engine.js');
type DaemonModule = typeof import('../test/e2e/helpers/daemon.js');
type HostModule = typeof import('../test/e2e/helpers/host.js');
type ProcModule = typeof import('../test/e2e/helpers/proc.js');

type Plugin = 'none' | 'go' | 'floor' | 'dockgate';

export interface E2EConfigResult {
  readonly plugin: Plugin;
  readonly calls: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly meanMs: number;
  /** Plugin calls counted by the plugin during this configuration's calls (checks it was in the path). */
  readonly pluginCalls?: number;
  /** Connections the daemon opened to the plugin during them (floor and Go plugin): 1-2 means kept alive. */
  readonly pluginConnections?: number;
}

/** The create figures: same shape as the GET's. */
export interface E2ECreateResult {
  readonly body: string;
  readonly bodyBytes: number;
  readonly results: readonly E2EConfigResult[];
  readonly addedMedianMs: { readonly go?: number; readonly floor: number; readonly dockgate: number };
  readonly dockgateShareMs?: number;
}

export interface E2EResult {
  readonly available: boolean;
  readonly reason?: string;
  readonly daemon?: string;
  readonly netns?: boolean;
  readonly results?: readonly E2EConfigResult[];
  /** Median with the plugin minus median without (ms). */
  readonly addedMedianMs?: { readonly go?: number; readonly floor: number; readonly dockgate: number };
  /** dockgate's added median minus the Go allow-all plugin's (ms): its own share of the call. */
  readonly dockgateShareMs?: number;
  /** Why the Go plugin was not measured, when it was not. */
  readonly goReason?: string;
  /** `POST /containers/create` (hardened CLI body), when measured (createCalls > 0). */
  readonly create?: E2ECreateResult;
  readonly cleanup?: readonly string[];
}

export interface E2EOptions {
  readonly dockgateSocket: string;
  readonly dockgateDecisions: () => number;
  readonly floorSocket: string;
  /** The Go allow-all plugin's socket (it answers /bench.count like the floor), or why there is none. */
  readonly go: { readonly socket: string } | { readonly reason: string };
  readonly calls: number;
  readonly warmup: number;
  readonly cycles: number;
  /** Timed creates per configuration and cycle (0: none), after createWarmup untimed ones. */
  readonly createCalls: number;
  readonly createWarmup: number;
  readonly log: (line: string) => void;
}

/** What the floor and the Go plugin counted: decisions, and connections accepted (this query's own included). */
async function pluginCounts(socket: string): Promise<{ readonly decided: number; readonly connections: number }> {
  const c = await Connection.open(socket);
  try {
    return await new Promise((resolve, reject) => {
      c.send(encodeRequest('/bench.count', Buffer.from('{}')), (err, _status, body) => {
        if (err) reject(err);
        else {
          const r = JSON.parse(body.toString('utf8')) as { decided: number; connections?: number };
          resolve({ decided: r.decided, connections: r.connections ?? NaN });
        }
      });
    });
  } finally {
    c.close();
  }
}

/** The hardened create body the docker 28 CLI sent for `docker run` (real capture), for the given image, with its URI's query dropped. */
function hardenedCreateBody(image: string): { readonly body: Buffer; readonly source: string } {
  const source = 'test/fixtures/cli-1.51/run-hardened.json';
  const f = JSON.parse(readFileSync(join(ROOT, source), 'utf8')) as { requests: readonly Record<string, unknown>[] };
  const req = f.requests.find((r) => r.RequestMethod === 'POST' && String(r.RequestUri).includes('/containers/create'));
  if (req === undefined || typeof req.RequestBody !== 'string') throw new Error(`${source} has no create body`);
  const body = JSON.parse(Buffer.from(req.RequestBody, 'base64').toString('utf8')) as Record<string, unknown>;
  body.Image = image;
  // The CLI's encoder: compact JSON and a newline.
  return { body: Buffer.from(`${JSON.stringify(body)}\n`, 'utf8'), source };
}

/**
 * The create's image: a rootfs of two small files, imported like the e2e suite's busybox
 * (test/e2e/helpers/image.ts, `docker import`, no network). The daemon's vfs driver copies the
 * whole image into every container's init and own layer: with the 1 MB busybox and its applet
 * links that copy took most of a create (median 550 ms on a loaded machine), hiding the plugins.
 */
export const BENCH_IMAGE = 'dockgate-bench/tiny:1';

async function importTiny(daemon: { dockerOk: (args: readonly string[], opts?: { input?: string | Buffer; timeoutMs?: number }) => Promise<string> }, workdir: string): Promise<void> {
  const rootfs = join(workdir, 'bench-rootfs');
  mkdirSync(join(rootfs, 'etc'), { recursive: true });
  writeFileSync(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n');
  writeFileSync(join(rootfs, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n');
  const tar = spawnSync('tar', ['-C', rootfs, '-c', '.'], { maxBuffer: 16 * 1024 * 1024 });
  if (tar.status !== 0) throw new Error(`tar exited ${String(tar.status)}: ${tar.stderr.toString('utf8')}`);
  await daemon.dockerOk(['import', '--change', 'CMD ["sleep","60"]', '-', BENCH_IMAGE], { input: tar.stdout, timeoutMs: 120_000 });
  rmSync(rootfs, { recursive: true, force: true });
}

function summarizeConfigs(plugins: readonly Plugin[], samples: Record<Plugin, number[]>, calls: Record<string, number>, conns: Record<string, number>): E2EConfigResult[] {
  return plugins.map((plugin) => {
    const s = summarize(samples[plugin]);
    return {
      plugin,
      calls: s.samples,
      medianMs: round(s.p50, 4),
      p90Ms: round(s.p90, 4),
      meanMs: round(s.mean, 4),
      ...(plugin === 'none' ? {} : { pluginCalls: calls[plugin] ?? NaN }),
      ...(plugin === 'floor' || plugin === 'go' ? { pluginConnections: conns[plugin] ?? NaN } : {}),
    };
  });
}

export async function runE2E(opts: E2EOptions): Promise<E2EResult> {
  let engineMod: EngineModule;
  let daemonMod: DaemonModule;
  let hostMod: HostModule;
  let procMod: ProcModule;
  try {
    [engineMod, daemonMod, hostMod, procMod] = await Promise.all([
      import('../test/e2e/helpers/engine.js'),
      import('../test/e2e/helpers/daemon.js'),
      import('../test/e2e/helpers/host.js'),
      import('../test/e2e/helpers/proc.js'),
    ]);
  } catch (err) {
    return { available: false, reason: `the end-to-end helpers (test/e2e/helpers) cannot be loaded: ${err instanceof Error ? err.message : String(err)}` };
  }
  const check = await engineMod.checkEngine();
  if (!check.ok) return { available: false, reason: check.reason };
  const engine = check.engine;
  const version = await procMod.run(engine.dockerd, ['--version'], { timeoutMs: 20_000 });

  const host = new hostMod.HostState();
  const root = mkdtempSync(join(tmpdir(), 'dgbench-'));
  const token = basename(root);
  const daemon = new daemonMod.PrivateDaemon(engine, root, token);
  const names = { go: `${token}-go`, floor: `${token}-floor`, dockgate: `${token}-dockgate` };
  const specs: string[] = [];
  const samples: Record<Plugin, number[]> = { none: [], go: [], floor: [], dockgate: [] };
  const pluginCalls = { go: 0, floor: 0, dockgate: 0 };
  const pluginConnections = { go: 0, floor: 0 };
  const createSamples: Record<Plugin, number[]> = { none: [], go: [], floor: [], dockgate: [] };
  const createPluginCalls = { go: 0, floor: 0, dockgate: 0 };
  const createPluginConnections = { go: 0, floor: 0 };
  const create = opts.createCalls > 0 ? hardenedCreateBody(BENCH_IMAGE) : undefined;
  let imported = false;
  const goSocket = 'socket' in opts.go ? opts.go.socket : undefined;
  const plugins: readonly Plugin[] = goSocket === undefined ? ['none', 'floor', 'dockgate'] : ['none', 'go', 'floor', 'dockgate'];
  const left: string[] = [];
  try {
    mkdirSync(hostMod.SPEC_DIR, { recursive: true });
    const sockets: [Exclude<Plugin, 'none'>, string][] = [['floor', opts.floorSocket], ['dockgate', opts.dockgateSocket]];
    if (goSocket !== undefined) sockets.push(['go', goSocket]);
    for (const [which, socket] of sockets) {
      const spec = join(hostMod.SPEC_DIR, `${names[which]}.spec`);
      writeFileSync(spec, `unix://${socket}\n`);
      specs.push(spec);
    }
    for (let cycle = 0; cycle < opts.cycles; cycle++) {
      // Every other cycle in reverse order (none, go, floor, dockgate, dockgate, floor, go, none):
      // a drift of the daemon over the run (its metadata grows with every container) then falls
      // on all configurations alike instead of on the last ones.
      for (const plugin of cycle % 2 === 0 ? plugins : [...plugins].reverse()) {
        await daemon.start({ authz: plugin === 'none' ? [] : [names[plugin]] });
        if (create !== undefined && !imported) {
          // Once, into this daemon's data-root (kept across its restarts); untimed.
          await importTiny(daemon, root);
          imported = true;
        }
        const countSocket = plugin === 'floor' ? opts.floorSocket : plugin === 'go' ? goSocket : undefined;
        const timed = async (
          what: string,
          n: number,
          warmup: number,
          into: number[],
          calls: Record<'go' | 'floor' | 'dockgate', number>,
          conns: Record<'go' | 'floor', number>,
          call: (agent: http.Agent) => Promise<number>,
        ): Promise<void> => {
          const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
          const counted = countSocket === undefined ? undefined : await pluginCounts(countSocket);
          const before = counted?.decided ?? (plugin === 'dockgate' ? opts.dockgateDecisions() : 0);
          try {
            for (let i = 0; i < warmup + n; i++) {
              const ms = await call(agent);
              if (i >= warmup) into.push(ms);
            }
          } finally {
            agent.destroy();
          }
          if ((plugin === 'floor' || plugin === 'go') && countSocket !== undefined && counted !== undefined) {
            const after = await pluginCounts(countSocket);
            calls[plugin] += after.decided - before;
            // Less the one connection the count query itself opened.
            conns[plugin] += after.connections - counted.connections - 1;
          }
          if (plugin === 'dockgate') {
            // The decision log is written asynchronously: give it a moment to reach the file.
            await procMod.sleep(200);
            calls.dockgate += opts.dockgateDecisions() - before;
          }
          opts.log(`  e2e cycle ${cycle + 1}/${opts.cycles}, plugin ${plugin}, ${what}: median ${round(summarize(into).p50, 3)} ms so far`);
        };
        await timed('GET /containers/json', opts.calls, opts.warmup, samples[plugin], pluginCalls, pluginConnections, async (agent) => {
          const t0 = performance.now();
          const r = await daemon.api({ path: '/v1.41/containers/json', agent });
          const ms = performance.now() - t0;
          if (r.status !== 200) throw new Error(`GET /containers/json with plugin ${plugin}: HTTP ${r.status}: ${r.body.slice(0, 200)}`);
          return ms;
        });
        if (create !== undefined) {
          await timed('POST /containers/create', opts.createCalls, opts.createWarmup, createSamples[plugin], createPluginCalls, createPluginConnections, async (agent) => {
            const t0 = performance.now();
            const r = await daemon.api({ method: 'POST', path: '/v1.41/containers/create', headers: { 'Content-Type': 'application/json' }, body: create.body, agent });
            const ms = performance.now() - t0;
            if (r.status !== 201) throw new Error(`POST /containers/create with plugin ${plugin}: HTTP ${r.status}: ${r.body.slice(0, 200)}`);
            const id = (JSON.parse(r.body) as { Id?: unknown }).Id;
            if (typeof id !== 'string' || !/^[0-9a-f]{64}$/.test(id)) throw new Error(`POST /containers/create with plugin ${plugin}: no Id in ${r.body.slice(0, 200)}`);
            // Removed outside the timed part, on the same connection.
            const d = await daemon.api({ method: 'DELETE', path: `/v1.41/containers/${id}?force=1`, agent });
            if (d.status !== 204) throw new Error(`DELETE /containers/${id} with plugin ${plugin}: HTTP ${d.status}: ${d.body.slice(0, 200)}`);
            return ms;
          });
        }
        await daemon.stop();
      }
    }
  } finally {
    await daemon.stop().catch((e: unknown) => left.push(`daemon stop: ${e instanceof Error ? e.message : String(e)}`));
    for (const s of specs) {
      try {
        unlinkSync(s);
      } catch {
        left.push(s);
      }
    }
    const mounts = procMod.mountsUnder(root);
    if (mounts.length === 0) rmSync(root, { recursive: true, force: true });
    else left.push(...mounts.map((m) => `still mounted: ${m}`));
    left.push(...host.cleanup());
  }
  const results = summarizeConfigs(plugins, samples, pluginCalls, pluginConnections);
  const med = (p: Plugin): number => results.find((r) => r.plugin === p)?.medianMs ?? NaN;
  const createResults = create === undefined ? undefined : summarizeConfigs(plugins, createSamples, createPluginCalls, createPluginConnections);
  const cmed = (p: Plugin): number => createResults?.find((r) => r.plugin === p)?.medianMs ?? NaN;
  const createFigures: E2ECreateResult | undefined =
    create === undefined || createResults === undefined
      ? undefined
      : {
          body: `${create.source} (POST /containers/create, Image ${BENCH_IMAGE}, no name)`,
          bodyBytes: create.body.length,
          results: createResults,
          addedMedianMs: { ...(goSocket === undefined ? {} : { go: round(cmed('go') - cmed('none'), 4) }), floor: round(cmed('floor') - cmed('none'), 4), dockgate: round(cmed('dockgate') - cmed('none'), 4) },
          ...(goSocket === undefined ? {} : { dockgateShareMs: round(cmed('dockgate') - cmed('go'), 4) }),
        };
  return {
    available: true,
    daemon: version.stdout.trim(),
    netns: engine.unshare !== undefined,
    results,
    addedMedianMs: { ...(goSocket === undefined ? {} : { go: round(med('go') - med('none'), 4) }), floor: round(med('floor') - med('none'), 4), dockgate: round(med('dockgate') - med('none'), 4) },
    ...(goSocket === undefined ? { goReason: 'reason' in opts.go ? opts.go.reason : '' } : { dockgateShareMs: round(med('dockgate') - med('go'), 4) }),
    ...(createFigures === undefined ? {} : { create: createFigures }),
    cleanup: left,
  };
}
