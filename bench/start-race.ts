/**
 * The race that remains after dockgate's start check (issue 12, "create, swap, start").
 *
 *   npx tsx bench/start-race.ts [--daemon 28.5] [--runs 30] [--race-runs N] [--swap-pause-us 0] [--time-limit 300] [--strace FILE]
 *
 * Run by hand, as root; not part of `npm test`. For each daemon (--daemon, repeatable; default
 * every entry of test/e2e/daemons/versions.sh, one after the other, each in a process of its
 * own) it starts the e2e suite's private dockerd (test/e2e/helpers) with dockgate as a socket
 * plugin on the default policy (config/policy.json, its state folder in the run's temp dir),
 * and measures:
 *
 * 1. The window. A container `-v /srv/dockgate-race-<id>/w/d:/x ... true` is started --runs
 *    times (after 2 warm-up starts), one at a time, nothing else touching the folder. A small
 *    proxy sits between dockerd and dockgate's socket (the spec file names the proxy), so the
 *    moment dockgate's answer to the start's AuthZReq is handed to dockerd is known exactly:
 *      t_answer      performance.now() (CLOCK_MONOTONIC, this process) right after the proxy
 *                    wrote dockgate's answer to dockerd's connection;
 *      t_mountpoint  performance.now() in the inotify callback (fs.watch on the container's
 *                    vfs rootfs folder) for the creation of the mount point `x`: runc init
 *                    (1.1) stat()s the bind source, mkdir()s the mount point and mount()s the
 *                    source, in that order, so the kernel resolves the source within
 *                    microseconds of this event; the callback runs after the event (an upper
 *                    bound). The script removes the empty `x` after each run so runc makes it
 *                    again;
 *      StartedAt     the daemon's State.StartedAt (dockerd's CLOCK_REALTIME, ns), compared with
 *                    t_answer as realtime (performance.timeOrigin + t_answer). NOT an upper
 *                    bound of the mount: dockerd 28.5 sets it before containerd even starts the
 *                    shim (--strace shows it); the table says in how many starts it came first.
 *    dockgate's own share (its decision time for the start, `durationUs` of the decision line,
 *    the start check's path resolution included) is reported beside them.
 * 2. The race in practice. A second container `-v <data>/r/d:/x ... cat /x/who` (a plain
 *    folder whose `who` says "plain") is created (allowed), then a swapper process flips
 *    `<data>/r/d` with a prepared symlink `<data>/r/d.swap -> <run tmp>/marker` (outside the
 *    data roots; its `who` holds a random token) as fast as it can, with renameat2
 *    RENAME_EXCHANGE (rename(2) cannot put a symlink over a folder nor a folder over a link,
 *    and two renames leave a moment with no path at all: the exchange is what an attacker
 *    uses). While it runs, `docker start -a` is repeated --race-runs times; each start is
 *    denied by dockgate (its check saw the link), shows "plain", or shows the token (the race
 *    was won: the check saw the folder, runc mounted the link's target). The swapper is
 *    python3 (ctypes renameat2; node has no renameat2), bounded by count and time.
 *
 * Every loop is bounded by count and by --time-limit seconds. Everything is removed by what
 * this script started: containers, the daemon and its containerd (by pid), the plugin, the
 * proxy, the swapper, the spec file, the /srv folder (refused while anything is mounted
 * under it). Figures are printed and written to .bench/start-race-<time>.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmdirSync, symlinkSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import net from 'node:net';
import { cpus, loadavg, release } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PrivateDaemon } from '../test/e2e/helpers/daemon.js';
import { ensureBuilt, REPO, SocketPlugin } from '../test/e2e/helpers/dockgate.js';
import { checkEngine } from '../test/e2e/helpers/engine.js';
import { SPEC_DIR } from '../test/e2e/helpers/host.js';
import { HostArtifacts } from '../test/e2e/helpers/host-attacks.js';
import { IMAGE, importBusybox } from '../test/e2e/helpers/image.js';
import { matrixEntries } from '../test/e2e/helpers/matrix.js';
import { poll, procCmdline, sleep, stopPid } from '../test/e2e/helpers/proc.js';
import { E2eRun } from '../test/e2e/helpers/run.js';
import { which } from '../test/e2e/helpers/which.js';
import { percentile, round } from './stats.js';

const { values: flags } = parseArgs({
  options: {
    daemon: { type: 'string', multiple: true },
    runs: { type: 'string', default: '30' },
    'race-runs': { type: 'string' },
    'swap-pause-us': { type: 'string', default: '0' },
    'time-limit': { type: 'string', default: '300' },
    /** strace (-f, -tt) containerd and its children during the last window start, into this file: shows runc's stat, mkdir and mount of the source. */
    strace: { type: 'string' },
    /** Internal: measure the one --daemon and write its result here (one process per daemon). */
    'result-file': { type: 'string' },
  },
});

const RUNS = Number(flags.runs);
const RACE_RUNS = Number(flags['race-runs'] ?? flags.runs);
const SWAP_PAUSE_US = Number(flags['swap-pause-us']);
const TIME_LIMIT_MS = Number(flags['time-limit']) * 1000;
const WARMUP = 2;
for (const [k, v] of [['--runs', RUNS], ['--race-runs', RACE_RUNS], ['--swap-pause-us', SWAP_PAUSE_US], ['--time-limit', TIME_LIMIT_MS]] as const) {
  if (!Number.isInteger(v) || v < 0 || (k !== '--swap-pause-us' && v === 0)) throw new Error(`${k}: a positive integer, please`);
}

/** Compliant with the default policy's other rules (memory-limit, restart-policy, network). */
const BASE = ['--network', 'none', '--memory', '64m', '--restart', 'no'] as const;

const log = (line: string): void => {
  process.stderr.write(`[${new Date().toISOString().slice(11, 23)}] ${line}\n`);
};

// ---------------------------------------------------------------------------------------
// The timing proxy: dockerd <-> proxy socket <-> dockgate's socket.

interface StartAnswer {
  /** The container as the start URI names it. */
  readonly name: string;
  /** performance.now() right after the answer's first bytes were written to dockerd. */
  readonly t: number;
  /** The answer (first bytes and any that follow before the next request). */
  body: string;
}

/** The start's URI in an AuthZReq (the daemon writes the key as `RequestUri`). */
const START_URI = /"RequestUri":"(?:\/v[\d.]+)?\/containers\/([^/"?]+)\/start(?:\?[^"]*)?"/;

/**
 * Passes bytes both ways unchanged. dockerd's plugin client sends one request at a time per
 * connection, so the first bytes from dockgate after a request are that request's answer.
 */
class TimingProxy {
  readonly answers: StartAnswer[] = [];
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();

  constructor(
    readonly socket: string,
    readonly upstream: string,
  ) {}

  async start(): Promise<void> {
    const server = net.createServer((client) => {
      const up = net.connect(this.upstream);
      this.sockets.add(client).add(up);
      let request = '';
      let current: StartAnswer | undefined;
      client.on('data', (c: Buffer) => {
        current = undefined;
        request += c.toString('latin1');
        up.write(c);
      });
      up.on('data', (c: Buffer) => {
        if (request === '') {
          client.write(c);
          if (current !== undefined) current.body += c.toString('latin1');
          return;
        }
        // dockgate may answer an AuthZRes before reading all of its body (the daemon's
        // response, base64): the rest then comes after the answer, before the next request.
        const at = request.lastIndexOf('POST /AuthZPlugin.');
        const req = at < 0 ? '' : request.slice(at);
        request = '';
        client.write(c);
        const t = performance.now();
        const m = req.startsWith('POST /AuthZPlugin.AuthZReq') && req.includes('"RequestMethod":"POST"') ? START_URI.exec(req) : null;
        if (m?.[1] !== undefined) {
          current = { name: decodeURIComponent(m[1]), t, body: c.toString('latin1') };
          this.answers.push(current);
        }
      });
      const end = (): void => {
        client.destroy();
        up.destroy();
        this.sockets.delete(client);
        this.sockets.delete(up);
      };
      client.on('close', end).on('error', end);
      up.on('close', end).on('error', end);
    });
    this.server = server;
    await new Promise<void>((res, rej) => {
      server.once('error', rej);
      server.listen(this.socket, () => {
        res();
      });
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server !== undefined) {
      await new Promise<void>((res) => {
        server.close(() => {
          res();
        });
      });
    }
  }
}

// ---------------------------------------------------------------------------------------
// The swapper: renameat2(RENAME_EXCHANGE) of the folder and the link, bounded.

const SWAPPER = String.raw`
import ctypes, signal, sys, time
libc = ctypes.CDLL(None, use_errno=True)
a, b = sys.argv[1].encode(), sys.argv[2].encode()
max_n, max_s, pause = int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]) / 1e6
AT_FDCWD, RENAME_EXCHANGE = -100, 2
stop = False
def on_term(*_):
    global stop
    stop = True
signal.signal(signal.SIGTERM, on_term)
def swap():
    if libc.renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE) != 0:
        e = ctypes.get_errno()
        raise OSError(e, "renameat2")
n = 0
start = time.monotonic()
deadline = start + max_s
print("ready", flush=True)
while not stop and n < max_n:
    swap()
    n += 1
    if pause > 0:
        time.sleep(pause)
    if n & 1023 == 0 and time.monotonic() > deadline:
        break
if n % 2 == 1:
    swap()
    n += 1
print("swaps %d seconds %.3f" % (n, time.monotonic() - start), flush=True)
`;

class Swapper {
  private child: ChildProcess | undefined;
  private out = '';
  private exited: Promise<void> | undefined;

  async start(folder: string, link: string, maxSwaps: number, maxSeconds: number): Promise<void> {
    const python = which('python3');
    if (python === undefined) throw new Error('the swapper needs python3 (ctypes renameat2)');
    const child = spawn(python, ['-c', SWAPPER, folder, link, String(maxSwaps), String(maxSeconds), String(SWAP_PAUSE_US)], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.exited = new Promise((r) => child.once('exit', () => {
      r();
    }));
    child.stdout.on('data', (c: Buffer) => (this.out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (this.out += c.toString('utf8')));
    await poll('the swapper to start', () => {
      if (child.exitCode !== null) throw new Error(`swapper exited ${String(child.exitCode)}: ${this.out}`);
      return this.out.includes('ready') ? true : undefined;
    }, 10_000, 20);
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Stops it (SIGTERM by pid: it finishes on an even count, the folder back in place). */
  async stop(): Promise<{ swaps: number; seconds: number; exit: string }> {
    const child = this.child;
    if (child?.pid !== undefined && this.running) await stopPid(child.pid, 10_000);
    await this.exited;
    this.child = undefined;
    const m = /swaps (\d+) seconds ([\d.]+)/.exec(this.out);
    return { swaps: Number(m?.[1] ?? NaN), seconds: Number(m?.[2] ?? NaN), exit: `${String(child?.exitCode)}${child?.signalCode === null || child === undefined ? '' : ` ${child.signalCode}`}${m === null ? `: ${this.out.trim()}` : ''}` };
  }
}

// ---------------------------------------------------------------------------------------

/** RFC 3339 with up to nanoseconds to Unix milliseconds with the fraction kept. */
function rfc3339Ms(s: string): number {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(s);
  if (m === null) return NaN;
  const frac = m[2] === undefined ? 0 : Number(`0.${m[2]}`) * 1000;
  return Date.parse(`${m[1] ?? ''}${m[3] ?? ''}`) + frac;
}

interface Stat {
  readonly n: number;
  readonly min: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

function stat(values: readonly number[]): Stat {
  const s = Float64Array.from(values).sort();
  return { n: s.length, min: s[0] ?? NaN, median: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] ?? NaN };
}

function fmt(v: number, digits = 2): string {
  return Number.isFinite(v) ? v.toFixed(digits) : 'n/a';
}

interface DaemonResult {
  readonly daemon: string;
  readonly build: string;
  readonly containerd: string;
  readonly runc: string;
  readonly date: string;
  readonly load: readonly number[];
  readonly window: {
    readonly runs: number;
    readonly answerToMountpointMs: Stat;
    readonly answerToStartedAtMs: Stat;
    readonly answerToApiReturnMs: Stat;
    readonly dockgateDecisionUs: Stat;
    readonly clockDriftMs: number;
    /** Starts whose State.StartedAt came before the mount point was made. */
    readonly startedAtBeforeMount: number;
    readonly missing: readonly string[];
  };
  readonly race: {
    readonly runs: number;
    readonly denied: number;
    readonly plain: number;
    readonly marker: number;
    readonly other: readonly string[];
    readonly swaps: number;
    readonly swapSeconds: number;
    readonly swapPauseUs: number;
    readonly startDecisions: { readonly allow: number; readonly deny: number };
  };
  readonly cleanup: readonly string[];
}

/** The folder runc uses as the container's rootfs (vfs: a plain folder under the data-root). */
function vfsRootfs(daemon: PrivateDaemon, id: string): string | undefined {
  try {
    const mountId = readFileSync(join(daemon.data, 'image/vfs/layerdb/mounts', id, 'mount-id'), 'utf8').trim();
    const dir = join(daemon.data, 'vfs/dir', mountId);
    return lstatSync(dir).isDirectory() ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** rmdir; whether it removed something. */
function rmdirQuiet(p: string): boolean {
  try {
    rmdirSync(p);
    return true;
  } catch {
    return false;
  }
}

async function measureDaemon(name: string): Promise<DaemonResult> {
  process.env.DOCKGATE_E2E_DAEMON = name;
  const check = await checkEngine();
  if (!check.ok) throw new Error(`dockerd ${name}: ${check.reason}`);
  const engine = check.engine;
  const run = new E2eRun('race');
  const host = new HostArtifacts();
  const deadline = Date.now() + TIME_LIMIT_MS;
  const pluginName = `dockgate-race-${run.id}`;
  let result: Omit<DaemonResult, 'cleanup'> | undefined;
  let failure: unknown;
  try {
    // removed last, after the daemon (and every mount it made) is gone
    run.defer('remove the host folders', () => {
      const left = host.remove();
      if (left.length > 0) throw new Error(`could not remove from the host: ${left.join('; ')}`);
    });
    const DATA = host.tree(`/srv/dockgate-race-${run.id}`);
    const MARKER = join(run.tmp, 'marker');
    const TOKEN = `dockgate-race-marker-${randomBytes(6).toString('hex')}`;
    for (const d of [DATA, join(DATA, 'w/d'), join(DATA, 'r/d'), MARKER]) mkdirSync(d, { recursive: true, mode: 0o755 });
    writeFileSync(join(DATA, 'r/d/who'), 'plain\n');
    writeFileSync(join(MARKER, 'who'), `${TOKEN}\n`);
    symlinkSync(MARKER, join(DATA, 'r/d.swap'));

    mkdirSync(join(run.tmp, 'plugin'), { mode: 0o700 });
    const plugin = new SocketPlugin(join(run.tmp, 'plugin/dockgate.sock'), join(run.tmp, 'dockgate.log'), join(run.tmp, 'plugin/state'));
    const proxy = new TimingProxy(join(run.tmp, 'plugin/proxy.sock'), plugin.socket);
    const swapper = new Swapper();
    // stopped after dockerd (a daemon whose plugin is gone hangs every call)
    run.defer('stop dockgate', () => plugin.stop());
    run.defer('stop the proxy', () => proxy.stop());
    const daemon = new PrivateDaemon(engine, join(run.tmp, 'daemon'), `dgrace${run.id}`);
    run.defer('stop dockerd', () => daemon.stop());
    run.defer('remove containers', () => daemon.removeAllContainers());
    run.defer('stop the swapper', async () => {
      if (swapper.running) await swapper.stop();
    });

    log(`dockerd ${name}: ${engine.dockerd}; run ${run.tmp}`);
    await daemon.start({ cwd: '/' });
    const v = JSON.parse((await daemon.api({ path: '/version' })).body) as { Version: string; Components?: { Name: string; Version: string; Details?: { GitCommit?: string } }[] };
    const component = (n: string): string => {
      const c = v.Components?.find((x) => x.Name.toLowerCase() === n);
      return c === undefined ? '?' : c.Version;
    };
    await importBusybox(daemon, run.tmp);
    await daemon.stop();

    try {
      await ensureBuilt();
    } catch (e) {
      log(`npm run build failed (${e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e)}): using the dist/ already built`);
    }
    await plugin.start([], { DOCKGATE_STATE_DIR: plugin.stateDir });
    await proxy.start();
    mkdirSync(SPEC_DIR, { recursive: true });
    const spec = join(SPEC_DIR, `${pluginName}.spec`);
    run.deleteLater(spec);
    writeFileSync(spec, `unix://${proxy.socket}\n`);
    await daemon.start({ cwd: '/', authz: [pluginName] });
    log(`dockerd ${v.Version} (containerd ${component('containerd')}, runc ${component('runc')}) with dockgate (default policy) behind the timing proxy`);

    // ----- 1. the window -----
    const W = 'dgrace-w';
    await daemon.dockerOk(['create', '--name', W, ...BASE, '-v', `${join(DATA, 'w/d')}:/x`, IMAGE, 'true']);
    const wid = (await daemon.dockerOk(['inspect', '--format', '{{.Id}}', W])).trim();
    const rootfs = vfsRootfs(daemon, wid);
    const missing: string[] = [];
    if (rootfs === undefined) missing.push('no vfs rootfs folder found: no mount point times');
    /** When the mount point `x` appeared (set by the watcher). */
    const made = new Map<string, number>();
    let watcher: FSWatcher | undefined;
    if (rootfs !== undefined) {
      rmdirQuiet(join(rootfs, 'x'));
      watcher = watch(rootfs, (event, file) => {
        if (file === 'x' && event === 'rename' && !made.has(file) && existsSync(join(rootfs, 'x'))) made.set(file, performance.now());
      });
      run.defer('close the watcher', () => watcher?.close());
    }
    const toMount: number[] = [];
    const toStarted: number[] = [];
    const toReturn: number[] = [];
    const decisionUs: number[] = [];
    let done = 0;
    let startedBeforeMount = 0;
    for (let i = 0; i < WARMUP + RUNS && Date.now() < deadline; i++) {
      if (rootfs !== undefined && rmdirQuiet(join(rootfs, 'x'))) await sleep(50); // the deletion's own inotify event, before clearing
      made.clear();
      let tracer: ChildProcess | undefined;
      if (flags.strace !== undefined && i === WARMUP + RUNS - 1) {
        const ctrd = daemon.leftovers().find((p) => /containerd --config/.test(procCmdline(p) ?? ''));
        if (ctrd !== undefined) {
          const t = spawn('strace', ['-f', '-tt', '-e', 'trace=mkdirat,mkdir,mount,newfstatat,stat,execve', '-o', flags.strace, '-p', String(ctrd)], { stdio: 'ignore' });
          tracer = t;
          run.defer('stop strace', async () => {
            if (t.pid !== undefined) await stopPid(t.pid, 5_000);
          });
          await sleep(1500);
        }
      }
      const seenAnswers = proxy.answers.length;
      const seenDecisions = plugin.decisions().length;
      const r = await daemon.api({ method: 'POST', path: `/containers/${W}/start` });
      const returned = performance.now();
      if (r.status !== 204) throw new Error(`start ${W} answered ${r.status}: ${r.body}`);
      const w = await daemon.api({ method: 'POST', path: `/containers/${W}/wait` });
      if (w.status !== 200) throw new Error(`wait ${W} answered ${w.status}: ${w.body}`);
      const info = JSON.parse((await daemon.api({ path: `/containers/${W}/json` })).body) as { State: { StartedAt: string } };
      const answer = proxy.answers.slice(seenAnswers).find((a) => a.name === W);
      const decision = await poll('the start decision line', () => plugin.decisions().slice(seenDecisions).find((d) => d.operation === 'container.start'), 5_000, 10);
      if (answer === undefined || !answer.body.includes('"Allow":true')) throw new Error(`start ${i + 1}: no allowing answer to the start AuthZReq seen by the proxy (${answer?.body ?? "none"}; ${proxy.answers.length - seenAnswers} new answers: ${proxy.answers.slice(-3).map((a) => a.name).join(", ")})`);
      if (tracer?.pid !== undefined) {
        await stopPid(tracer.pid, 5_000);
        const iso = (t: number | undefined): string => (t === undefined ? 'none' : new Date(performance.timeOrigin + t).toISOString().replace('Z', `${((performance.timeOrigin + t) % 1).toFixed(3).slice(2)}Z`));
        log(`strace (this start traced, so slower) in ${flags.strace ?? ''}: t0 ${iso(answer.t)}, mount point event ${iso(made.get('x'))}, StartedAt ${info.State.StartedAt}, API returned ${iso(returned)}`);
      }
      if (i < WARMUP) continue;
      done++;
      const startedAt = rfc3339Ms(info.State.StartedAt);
      toStarted.push(startedAt - (performance.timeOrigin + answer.t));
      toReturn.push(returned - answer.t);
      decisionUs.push(decision.durationUs);
      const madeAt = made.get('x');
      if (madeAt !== undefined) {
        toMount.push(madeAt - answer.t);
        if (startedAt < performance.timeOrigin + madeAt) startedBeforeMount++;
      }
      else if (rootfs !== undefined) missing.push(`start ${i - WARMUP + 1}: no mount point event`);
    }
    watcher?.close();
    const clockDriftMs = Date.now() - (performance.timeOrigin + performance.now());
    log(`window: ${done} starts measured`);

    // ----- 2. the race -----
    const R = 'dgrace-r';
    const folder = join(DATA, 'r/d');
    const link = join(DATA, 'r/d.swap');
    await daemon.dockerOk(['create', '--name', R, ...BASE, '-v', `${folder}:/x`, IMAGE, 'cat', '/x/who']);
    const first = await daemon.dockerOk(['start', '-a', R]);
    if (first.trim() !== 'plain') throw new Error(`the race container printed ${JSON.stringify(first)} without the swapper (expected "plain")`);
    const seenRaceDecisions = plugin.decisions().length;
    let denied = 0;
    let plain = 0;
    let marker = 0;
    const other: string[] = [];
    const raceSeconds = Math.max(5, (deadline - Date.now()) / 1000);
    await swapper.start(folder, link, 1_000_000_000, raceSeconds);
    let raced = 0;
    let swaps: Awaited<ReturnType<Swapper['stop']>> | undefined;
    try {
      for (; raced < RACE_RUNS && Date.now() < deadline && swapper.running; raced++) {
        const r = await daemon.docker(['start', '-a', R], { timeoutMs: 60_000 });
        const out = r.stdout.trim();
        if (r.code === 0 && out === TOKEN) marker++;
        else if (r.code === 0 && out === 'plain') plain++;
        else if (r.code !== 0 && /authorization denied by plugin/.test(r.stderr)) denied++;
        else other.push(`exit ${String(r.code)}: ${(out + r.stderr).trim().slice(0, 200)}`);
        // an exited container again before the next start (start -a returns when it exits)
        await daemon.api({ method: 'POST', path: `/containers/${R}/wait` });
      }
    } finally {
      swaps = await swapper.stop();
    }
    if (!lstatSync(folder).isDirectory() || readlinkSync(link) !== MARKER) throw new Error(`after the swapper (${swaps.exit}), ${folder} is not the folder again`);
    const startDecisions = plugin.decisions().slice(seenRaceDecisions).filter((d) => d.operation === 'container.start');
    log(`race: ${raced} starts, ${swaps.swaps} swaps in ${swaps.seconds} s`);

    result = {
      daemon: name,
      build: v.Version,
      containerd: component('containerd'),
      runc: component('runc'),
      date: new Date().toISOString(),
      load: loadavg().map((x) => round(x, 2)),
      window: {
        runs: done,
        answerToMountpointMs: stat(toMount),
        answerToStartedAtMs: stat(toStarted),
        answerToApiReturnMs: stat(toReturn),
        dockgateDecisionUs: stat(decisionUs),
        clockDriftMs: round(clockDriftMs, 3),
        startedAtBeforeMount: startedBeforeMount,
        missing,
      },
      race: {
        runs: raced,
        denied,
        plain,
        marker,
        other,
        swaps: swaps.swaps,
        swapSeconds: swaps.seconds,
        swapPauseUs: SWAP_PAUSE_US,
        startDecisions: { allow: startDecisions.filter((d) => d.decision === 'allow').length, deny: startDecisions.filter((d) => d.decision === 'deny').length },
      },
    };
  } catch (e) {
    failure = e;
  }
  const cleanup = await run.cleanup();
  if (cleanup.length > 0) log(`cleanup of ${run.tmp}: ${cleanup.join('; ')}`);
  if (result === undefined) throw failure instanceof Error ? failure : new Error(String(failure));
  return { ...result, cleanup };
}

function report(results: readonly DaemonResult[]): string {
  const lines: string[] = [];
  const c = cpus();
  lines.push(`dockgate start race  ${new Date().toISOString()}  ${c.length} × ${c[0]?.model ?? '?'}, Linux ${release()}, node ${process.version}`);
  lines.push(`window: ${RUNS} starts per daemon after ${WARMUP} warm-up starts, one at a time, nothing else touching the folder; race: ${RACE_RUNS} starts while the swapper runs${SWAP_PAUSE_US > 0 ? ` (pausing ${SWAP_PAUSE_US} µs between swaps)` : ' (no pause)'}`);
  lines.push('t0 = dockgate\'s answer to the start AuthZReq handed to dockerd (proxy, CLOCK_MONOTONIC); ms after t0:');
  lines.push('');
  const D = Math.max(8, ...results.map((r) => r.build.length + 2));
  lines.push(`${'daemon'.padEnd(D)}${'from t0 to'.padEnd(38)}${'n'.padStart(4)}${'min'.padStart(9)}${'median'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}`);
  for (const r of results) {
    const rows: [string, Stat, number][] = [
      ['mount point made (inotify; = mount)', r.window.answerToMountpointMs, 2],
      [`State.StartedAt (before mount: ${r.window.startedAtBeforeMount})`, r.window.answerToStartedAtMs, 2],
      ['start API call returned', r.window.answerToApiReturnMs, 2],
    ];
    for (const [label, s, d] of rows) lines.push(`${r.build.padEnd(D)}${label.padEnd(38)}${String(s.n).padStart(4)}${fmt(s.min, d).padStart(9)}${fmt(s.median, d).padStart(9)}${fmt(s.p95, d).padStart(9)}${fmt(s.max, d).padStart(9)}`);
    const u = r.window.dockgateDecisionUs;
    lines.push(`${r.build.padEnd(D)}${'dockgate start decision (µs)'.padEnd(38)}${String(u.n).padStart(4)}${fmt(u.min, 0).padStart(9)}${fmt(u.median, 0).padStart(9)}${fmt(u.p95, 0).padStart(9)}${fmt(u.max, 0).padStart(9)}`);
  }
  lines.push('');
  const C = Math.max(12, ...results.map((r) => r.containerd.length + 2));
  const R = Math.max(6, ...results.map((r) => r.runc.length + 2));
  lines.push(`${'daemon'.padEnd(D)}${'containerd'.padEnd(C)}${'runc'.padEnd(R)}${'starts'.padStart(7)}${'denied'.padStart(8)}${'plain'.padStart(7)}${'MARKER'.padStart(8)}${'other'.padStart(7)}${'swaps/s'.padStart(10)}  load`);
  for (const r of results) {
    const rate = r.race.swaps / r.race.swapSeconds;
    lines.push(`${r.build.padEnd(D)}${r.containerd.padEnd(C)}${r.runc.padEnd(R)}${String(r.race.runs).padStart(7)}${String(r.race.denied).padStart(8)}${String(r.race.plain).padStart(7)}${String(r.race.marker).padStart(8)}${String(r.race.other.length).padStart(7)}${fmt(rate, 0).padStart(10)}  ${r.load.join(' ')}`);
  }
  for (const r of results) {
    for (const o of r.race.other) lines.push(`  ${r.build} other: ${o}`);
    for (const m of r.window.missing) lines.push(`  ${r.build} window: ${m}`);
    lines.push(`  ${r.build}: dockgate's start decisions during the race: ${r.race.startDecisions.allow} allow, ${r.race.startDecisions.deny} deny; monotonic vs realtime drift ${r.window.clockDriftMs} ms${r.cleanup.length > 0 ? `; cleanup: ${r.cleanup.join('; ')}` : ''}`);
  }
  return lines.join('\n');
}

/**
 * One daemon per process: the e2e helpers' engine check is probed once per process
 * (DOCKGATE_E2E_DAEMON is read then). Runs this script again for `daemon`, one at a time.
 */
function measureInChild(daemon: string, out: string): Promise<DaemonResult> {
  const script = process.argv[1];
  if (script === undefined) throw new Error('no script path in process.argv');
  const args = [...process.execArgv, script, '--daemon', daemon, '--runs', String(RUNS), '--race-runs', String(RACE_RUNS), '--swap-pause-us', String(SWAP_PAUSE_US), '--time-limit', String(TIME_LIMIT_MS / 1000), '--result-file', out];
  if (flags.strace !== undefined) args.push('--strace', `${flags.strace}.${daemon}`);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((res, rej) => {
    child.once('error', rej);
    child.once('exit', (code, sig) => {
      if (code !== 0) {
        rej(new Error(`dockerd ${daemon}: the measuring process exited ${String(code ?? sig)}`));
        return;
      }
      try {
        res(JSON.parse(readFileSync(out, 'utf8')) as DaemonResult);
      } catch (e) {
        rej(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}

async function main(): Promise<void> {
  if (process.getuid?.() !== 0) throw new Error('run as root (a private dockerd)');
  const daemons = flags.daemon ?? matrixEntries().map((e) => e.name);
  if (flags['result-file'] !== undefined) {
    // a child of measureInChild: one daemon, its result as JSON
    const [only] = daemons;
    if (daemons.length !== 1 || only === undefined) throw new Error('--result-file: exactly one --daemon');
    writeFileSync(flags['result-file'], JSON.stringify(await measureDaemon(only)));
    return;
  }
  const out = resolve(REPO, '.bench');
  mkdirSync(out, { recursive: true });
  const results: DaemonResult[] = [];
  for (const d of daemons) {
    results.push(daemons.length === 1 ? await measureDaemon(d) : await measureInChild(d, join(out, `start-race-${d}.part.json`)));
  }
  const text = report(results);
  process.stdout.write(`${text}\n`);
  const file = join(out, `start-race-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ runs: RUNS, raceRuns: RACE_RUNS, swapPauseUs: SWAP_PAUSE_US, results }, null, 2)}\n`);
  process.stdout.write(`results: ${file}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`start-race: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
