/**
 * The end-to-end figure: median latency of `GET /v1.41/containers/json` on a private dockerd
 * (keep-alive connection, sequential calls) with no AuthZ plugin, with the Go allow-all
 * reference plugin (bench/goplugin, when Go is installed), with the floor server as the plugin,
 * and with dockgate. Each allowed call costs the daemon two plugin round trips (AuthZReq and
 * AuthZRes). Configurations alternate (none, go, floor, dockgate, twice) so slow drift of the
 * machine falls on all of them. dockgate's own share is its added median minus the Go plugin's.
 *
 * The private daemon is the end-to-end suite's (test/e2e/helpers): daemon-facts section 7,
 * its own data-root, exec-root, socket, pidfile and daemon.json, inside `unshare --net`,
 * stopped by its pid, its folders unmounted. Spec files are unique to this run and removed.
 */
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Connection, encodeRequest } from './client.js';
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
      for (const plugin of plugins) {
        await daemon.start({ authz: plugin === 'none' ? [] : [names[plugin]] });
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        const countSocket = plugin === 'floor' ? opts.floorSocket : plugin === 'go' ? goSocket : undefined;
        const counted = countSocket === undefined ? undefined : await pluginCounts(countSocket);
        const before = counted?.decided ?? (plugin === 'dockgate' ? opts.dockgateDecisions() : 0);
        try {
          for (let i = 0; i < opts.warmup + opts.calls; i++) {
            const t0 = performance.now();
            const r = await daemon.api({ path: '/v1.41/containers/json', agent });
            const ms = performance.now() - t0;
            if (r.status !== 200) throw new Error(`GET /containers/json with plugin ${plugin}: HTTP ${r.status}: ${r.body.slice(0, 200)}`);
            if (i >= opts.warmup) samples[plugin].push(ms);
          }
        } finally {
          agent.destroy();
        }
        if ((plugin === 'floor' || plugin === 'go') && countSocket !== undefined && counted !== undefined) {
          const after = await pluginCounts(countSocket);
          pluginCalls[plugin] += after.decided - before;
          // Less the one connection the count query itself opened.
          pluginConnections[plugin] += after.connections - counted.connections - 1;
        }
        if (plugin === 'dockgate') {
          // The decision log is written asynchronously: give it a moment to reach the file.
          await procMod.sleep(200);
          pluginCalls.dockgate += opts.dockgateDecisions() - before;
        }
        opts.log(`  e2e cycle ${cycle + 1}/${opts.cycles}, plugin ${plugin}: median ${round(summarize(samples[plugin]).p50, 3)} ms so far`);
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
  const results: E2EConfigResult[] = plugins.map((plugin) => {
    const s = summarize(samples[plugin]);
    return {
      plugin,
      calls: s.samples,
      medianMs: round(s.p50, 4),
      p90Ms: round(s.p90, 4),
      meanMs: round(s.mean, 4),
      ...(plugin === 'none' ? {} : { pluginCalls: pluginCalls[plugin] }),
      ...(plugin === 'floor' || plugin === 'go' ? { pluginConnections: pluginConnections[plugin] } : {}),
    };
  });
  const med = (p: Plugin): number => results.find((r) => r.plugin === p)?.medianMs ?? NaN;
  return {
    available: true,
    daemon: version.stdout.trim(),
    netns: engine.unshare !== undefined,
    results,
    addedMedianMs: { ...(goSocket === undefined ? {} : { go: round(med('go') - med('none'), 4) }), floor: round(med('floor') - med('none'), 4), dockgate: round(med('dockgate') - med('none'), 4) },
    ...(goSocket === undefined ? { goReason: 'reason' in opts.go ? opts.go.reason : '' } : { dockgateShareMs: round(med('dockgate') - med('go'), 4) }),
    cleanup: left,
  };
}
