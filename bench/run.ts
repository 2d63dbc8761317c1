/**
 * `npm run bench`: dockgate against a floor server, side by side, on this machine.
 *
 *   npm run bench [-- --quick] [-- --no-e2e] [-- --profile] [-- --duration MS] [-- --reps N] [-- --round N]
 *   npm run bench -- --only hardened,get,get-pair,huge,e2e,memory,stages,nesting [--profile]   # just those parts
 *   npm run bench -- --dist DIR    # benchmark another build of dockgate (a dist/ folder), e.g. a branch's
 *   npm run bench -- --log-pipe    # dockgate's stdout (the decision log) is a pipe, as in a managed plugin, not a file
 *
 * Runs dockgate as deployed (`node dist/cli/index.js serve`, default policy, decision log
 * on stdout into a file) and the floor (bench/floor.ts) as child processes, drives both
 * with the same daemon-like load, and writes .bench/results.json (every figure), .bench/
 * results.md (the tables for bench/RESULTS.md) and a one-screen summary. Decisions are
 * checked; a wrong decision or a lost log line makes the run exit 1. Targets are reported,
 * never asserted in the test suite.
 */
import { cpus, loadavg, release, totalmem } from 'node:os';
import { closeSync, mkdirSync, openSync, readdirSync, readSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Connection, expectedLines, runLoad, type LoadResult, type Workload } from './client.js';
import { runE2E, type E2EResult } from './e2e.js';
import type { EldFigures } from './probe.js';
import { formatProfile, summarizeProfile, type ProfileSummary } from './profile.js';
import { machineBusySeconds, OUT, ROOT, ServerProcess, transpileChildren } from './servers.js';
import { median, round, summarize, type LatencySummary } from './stats.js';
import { formatStages, measureStages, type StageTimes } from './stages.js';
import { formatNesting, measureNesting, type NestingFigures } from './nesting.js';
import { buildGoPlugin, startGoPlugin, stopGoPlugin } from './goplugin.js';
import { buildWorkloads } from './workloads.js';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-e2e': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    duration: { type: 'string' },
    round: { type: 'string' },
    only: { type: 'string' },
    reps: { type: 'string' },
    dist: { type: 'string' },
    'log-pipe': { type: 'boolean', default: false },
  },
});

const QUICK = flags.quick;
const WARMUP_MS = QUICK ? 300 : 500;
const DURATION_MS = Number(flags.duration ?? (QUICK ? 700 : 1500));
/** Each (workload, concurrency) is measured as REPS back-to-back floor/dockgate pairs. */
const REPS = Number(flags.reps ?? (QUICK ? 1 : 3));
const ROUND = Number(flags.round ?? (QUICK ? 20_000 : 100_000));
const HUGE_REPS = QUICK ? 3 : 10;
const CONCURRENCY = [1, 16] as const;
const DIST = resolve(flags.dist ?? join(ROOT, 'dist'));
const MB = 1024 * 1024;

const started = Date.now();
const log = (line: string): void => {
  process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`);
};

// ---------------------------------------------------------------------------------------
// Decision log accounting: every answered AuthZReq must have produced one log line.

class LogCounter {
  private offset = 0;
  constructor(private readonly file: string) {}

  /** Counts decision lines written since the last call, then truncates the file. */
  take(): number {
    const size = statSync(this.file).size;
    const fd = openSync(this.file, 'r');
    const buf = Buffer.alloc(1 << 20);
    const needle = Buffer.from('"event":"decision"');
    let count = 0;
    let carry = Buffer.alloc(0);
    try {
      for (let pos = this.offset; pos < size; ) {
        const n = readSync(fd, buf, 0, buf.length, pos);
        if (n <= 0) break;
        const chunk = Buffer.concat([carry, buf.subarray(0, n)]);
        let at = chunk.indexOf(needle);
        let last = -1;
        while (at >= 0) {
          count++;
          last = at;
          at = chunk.indexOf(needle, at + needle.length);
        }
        const keepFrom = Math.max(last + needle.length, chunk.length - needle.length);
        carry = chunk.subarray(keepFrom);
        pos += n;
      }
    } finally {
      closeSync(fd);
    }
    truncateSync(this.file, 0);
    this.offset = 0;
    return count;
  }
}

async function settle(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------------------------------
// One measured run.

interface RunFigures {
  readonly server: 'floor' | 'dockgate';
  readonly workload: string;
  readonly concurrency: number;
  readonly requests: number;
  readonly throughput: number;
  readonly latencyMs: LatencySummary;
  readonly cpuUsPerRequest: number;
  readonly clientCpuUsPerRequest: number;
  readonly rssMB: number;
  readonly eventLoopDelayMs: EldFigures | undefined;
  readonly wrong: number;
  readonly errors: number;
  readonly logLinesMissing?: number;
  /** Share of the machine's CPU used by processes other than the client and the server during the run. */
  readonly foreignCpu: number;
}

const problems: string[] = [];

async function measure(server: ServerProcess, workload: Workload, concurrency: number, check: Workload['check'], logs: LogCounter | undefined, count?: number): Promise<{ figures: RunFigures; load: LoadResult }> {
  let cpu0 = 0;
  let cpu1 = 0;
  let busy0 = 0;
  let busy1 = 0;
  let client0 = process.cpuUsage();
  let clientCpu = 0;
  let t0 = 0;
  let t1 = 0;
  await server.eldStart();
  const load = await runLoad({
    socket: server.socket,
    workload: { ...workload, check },
    concurrency,
    ...(count === undefined ? { warmupMs: WARMUP_MS, durationMs: DURATION_MS } : { count }),
    onWindowStart: () => {
      cpu0 = server.cpuSeconds();
      busy0 = machineBusySeconds();
      client0 = process.cpuUsage();
      t0 = performance.now();
    },
    onWindowEnd: () => {
      cpu1 = server.cpuSeconds();
      busy1 = machineBusySeconds();
      const c = process.cpuUsage(client0);
      clientCpu = (c.user + c.system) / 1e6;
      t1 = performance.now();
    },
  });
  const foreign = Math.max(0, busy1 - busy0 - (cpu1 - cpu0) - clientCpu) / Math.max(1e-3, ((t1 - t0) / 1000) * cpus().length);
  const eld = await server.eldStop();
  const rss = server.rssBytes();
  let missing: number | undefined;
  if (logs) {
    await settle(150);
    const expected = expectedLines(workload, load.answered);
    missing = expected - logs.take();
    if (missing !== 0) problems.push(`${workload.id} c${concurrency}: ${expected} decisions but ${expected - missing} decision log lines`);
  }
  if (load.wrong > 0 || load.errors > 0) problems.push(`${server.name} ${workload.id} c${concurrency}: ${load.wrong} wrong decisions, ${load.errors} errors; first: ${load.firstProblem ?? ''}`);
  const lat = summarize(load.latencies);
  const figures: RunFigures = {
    server: server.name as 'floor' | 'dockgate',
    workload: workload.id,
    concurrency,
    requests: load.completed,
    throughput: round(load.throughput, 1),
    latencyMs: { samples: lat.samples, p50: round(lat.p50, 4), p90: round(lat.p90, 4), p99: round(lat.p99, 4), max: round(lat.max, 3), mean: round(lat.mean, 4) },
    cpuUsPerRequest: round(((cpu1 - cpu0) * 1e6) / Math.max(1, load.completed), 1),
    clientCpuUsPerRequest: round(load.clientCpuUsPerRequest, 1),
    rssMB: round(rss / MB, 1),
    eventLoopDelayMs: eld && { max: round(eld.max, 2), p99: round(eld.p99, 2), mean: round(eld.mean, 3), count: eld.count },
    wrong: load.wrong,
    errors: load.errors,
    ...(missing === undefined ? {} : { logLinesMissing: missing }),
    foreignCpu: round(foreign, 3),
  };
  return { figures, load };
}

// ---------------------------------------------------------------------------------------
// A huge body decided while tiny requests keep coming on another connection.

interface HugeFigures {
  readonly server: 'floor' | 'dockgate';
  readonly workload: string;
  readonly bodyBytes: number;
  readonly envelopeBytes: number;
  readonly reps: number;
  readonly decisionMs: { readonly median: number; readonly max: number };
  /** Longest event-loop stall inside the server while the huge requests were decided. */
  readonly eventLoopMaxMs: number;
  /** The 99th percentile of the event-loop delay meanwhile (1 ms samples). */
  readonly eventLoopP99Ms: number;
  /** Share of the machine's CPU other processes used meanwhile (a stall is wall-clock time: a busy machine lengthens it). */
  readonly foreignCpu: number;
  /** Slowest tiny request sent while a huge one was in flight. */
  readonly tinyMaxMs: number;
  readonly tinyRequests: number;
  readonly rssMB: number;
}

function sendOne(conn: Connection, bytes: Buffer): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    conn.send(bytes, (err, status, body) => {
      if (err) reject(err);
      else resolve({ status, body });
    });
  });
}

async function measureHuge(server: ServerProcess, workload: Workload, tiny: Workload, check: Workload['check'], logs: LogCounter | undefined): Promise<HugeFigures> {
  const big = await Connection.open(server.socket);
  const small = await Connection.open(server.socket);
  const bigBytes = workload.requests[0] ?? Buffer.alloc(0);
  const tinyBytes = tiny.requests[0] ?? Buffer.alloc(0);
  const times: number[] = [];
  const tinyTimes: number[] = [];
  let answered = 0;
  // Warm-up: one of each, not measured.
  await sendOne(big, bigBytes);
  await sendOne(small, tinyBytes);
  answered += 2;
  await server.eldStart();
  const cpu0 = server.cpuSeconds();
  const busy0 = machineBusySeconds();
  const clientCpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let rep = 0; rep < HUGE_REPS; rep++) {
    let bigDone = false;
    // A call, not a narrowed variable: the prober must see the change made while it awaits.
    const bigInFlight = (): boolean => !bigDone;
    const prober = (async (): Promise<void> => {
      while (bigInFlight()) {
        // Sent while the huge request is in flight (checked just above): its latency counts.
        const t0 = performance.now();
        const r = await sendOne(small, tinyBytes);
        answered++;
        tinyTimes.push(performance.now() - t0);
        const bad = tiny.check(0, r.status, r.body);
        if (bad !== undefined) problems.push(`${server.name} tiny request during ${workload.id}: ${bad}`);
        await settle(1);
      }
    })();
    const t0 = performance.now();
    const r = await sendOne(big, bigBytes);
    times.push(performance.now() - t0);
    answered++;
    bigDone = true;
    await prober;
    const bad = check(0, r.status, r.body);
    if (bad !== undefined) problems.push(`${server.name} ${workload.id}: ${bad}`);
    await settle(20);
  }
  const eld = await server.eldStop();
  const clientCpu = process.cpuUsage(clientCpu0);
  const foreign = Math.max(0, machineBusySeconds() - busy0 - (server.cpuSeconds() - cpu0) - (clientCpu.user + clientCpu.system) / 1e6) / Math.max(1e-3, ((performance.now() - wall0) / 1000) * cpus().length);
  big.close();
  small.close();
  if (logs) {
    await settle(150);
    const lines = logs.take();
    if (lines !== answered) problems.push(`${workload.id}: ${answered} decisions but ${lines} decision log lines`);
  }
  const s = summarize(times);
  return {
    server: server.name as 'floor' | 'dockgate',
    workload: workload.id,
    bodyBytes: workload.bodyBytes,
    envelopeBytes: workload.envelopeBytes,
    reps: times.length,
    decisionMs: { median: round(s.p50, 2), max: round(s.max, 2) },
    eventLoopMaxMs: round(eld?.max ?? NaN, 2),
    eventLoopP99Ms: round(eld?.p99 ?? NaN, 2),
    foreignCpu: round(foreign, 3),
    tinyMaxMs: round(summarize(tinyTimes).max, 2),
    tinyRequests: tinyTimes.length,
    rssMB: round(server.rssBytes() / MB, 1),
  };
}

// ---------------------------------------------------------------------------------------

interface Aggregate {
  readonly server: 'floor' | 'dockgate';
  readonly workload: string;
  readonly concurrency: number;
  readonly reps: number;
  /** Median over the repetitions (requests per second). */
  readonly throughput: number;
  readonly throughputs: readonly number[];
  /** Percentiles over every request of every repetition. */
  readonly latencyMs: LatencySummary;
  /** Medians over the repetitions. */
  readonly cpuUsPerRequest: number;
  readonly clientCpuUsPerRequest: number;
  readonly rssMB: number;
  readonly eventLoopMaxMs: number;
  readonly wrong: number;
  readonly errors: number;
  readonly foreignCpu: number;
}

function aggregate(figs: readonly RunFigures[], latencies: readonly Float64Array[]): Aggregate {
  const first = figs[0];
  if (first === undefined) throw new Error('nothing to aggregate');
  const pooled = new Float64Array(latencies.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of latencies) {
    pooled.set(l, at);
    at += l.length;
  }
  const lat = summarize(pooled);
  return {
    server: first.server,
    workload: first.workload,
    concurrency: first.concurrency,
    reps: figs.length,
    throughput: round(median(figs.map((f) => f.throughput)), 1),
    throughputs: figs.map((f) => f.throughput),
    latencyMs: { samples: lat.samples, p50: round(lat.p50, 4), p90: round(lat.p90, 4), p99: round(lat.p99, 4), max: round(lat.max, 3), mean: round(lat.mean, 4) },
    cpuUsPerRequest: round(median(figs.map((f) => f.cpuUsPerRequest)), 1),
    clientCpuUsPerRequest: round(median(figs.map((f) => f.clientCpuUsPerRequest)), 1),
    rssMB: Math.max(...figs.map((f) => f.rssMB)),
    eventLoopMaxMs: round(Math.max(...figs.map((f) => f.eventLoopDelayMs?.max ?? NaN)), 2),
    wrong: figs.reduce((n, f) => n + f.wrong, 0),
    errors: figs.reduce((n, f) => n + f.errors, 0),
    foreignCpu: round(figs.reduce((n, f) => n + f.foreignCpu, 0) / figs.length, 3),
  };
}

interface MemoryRounds {
  readonly nodeFlags: readonly string[];
  readonly requestsPerRound: number;
  readonly concurrency: number;
  readonly rssMB: { readonly start: number; readonly rounds: readonly number[] };
  /** After the last round: RSS as anonymous memory and mapped files (the node executable, libraries). */
  readonly rssSplitMB: { readonly anonymous: number; readonly files: number };
  readonly heapUsedMB: readonly number[];
  readonly heapTotalMB: readonly number[];
  /** RSS after the last round minus after the first. */
  readonly growthMB: number;
  readonly throughput: readonly number[];
  readonly cpuUsPerRequest: readonly number[];
}

interface Target {
  readonly name: string;
  readonly goal: string;
  readonly value: string;
  readonly met: boolean | undefined;
}

function pad(s: string | number, n: number, left = false): string {
  const t = String(s);
  return left ? t.padEnd(n) : t.padStart(n);
}

const MiB = (bytes: number): number => round(bytes / MB, 1);

function startDockgate(name: string, socket: string, stdoutFile: string, probe: string, nodeFlags: readonly string[] = []): Promise<ServerProcess> {
  return ServerProcess.start({
    name,
    socket,
    args: [join(DIST, 'cli', 'index.js'), 'serve', '--socket', socket, '--policy', join(ROOT, 'config', 'policy.json')],
    probe,
    stdoutFile,
    nodeFlags,
    // --log-pipe: the decision log through a pipe the bench copies to the file, as a managed
    // plugin's stdout is a pipe; by default dockgate writes the file itself (an ext4 append per line).
    stdoutPipe: flags['log-pipe'],
  });
}

/** Rounds of ROUND requests (hardened, violations, GET in turn, c16) on a fresh dockgate process. */
async function memoryRounds(probe: string, rounds: number, nodeFlags: readonly string[], check: Workload, label: string): Promise<MemoryRounds> {
  const socket = join(OUT, 'dockgate-mem.sock');
  const logFile = join(OUT, 'dockgate-mem.log');
  const server = await startDockgate('dockgate', socket, logFile, probe, nodeFlags);
  const logs = new LogCounter(logFile);
  try {
    await settle(300);
    logs.take();
    const start = MiB(server.rssBytes());
    const rss: number[] = [];
    const heapUsed: number[] = [];
    const heapTotal: number[] = [];
    const rps: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const m = await measure(server, check, 16, check.check, logs, ROUND);
      await settle(200);
      const mem = await server.memory();
      rss.push(MiB(server.rssBytes()));
      heapUsed.push(MiB(mem?.heapUsed ?? NaN));
      heapTotal.push(MiB(mem?.heapTotal ?? NaN));
      rps.push(m.figures.throughput);
      cpu.push(m.figures.cpuUsPerRequest);
      log(`memory${label} round ${r + 1}: ${ROUND} requests at ${m.figures.throughput.toFixed(0)}/s, RSS ${rss[r] ?? NaN} MB, heap used ${heapUsed[r] ?? NaN} of ${heapTotal[r] ?? NaN} MB`);
    }
    const split = server.rssSplitBytes();
    return {
      nodeFlags,
      requestsPerRound: ROUND,
      concurrency: 16,
      rssMB: { start, rounds: rss },
      rssSplitMB: { anonymous: MiB(split.anonymous), files: MiB(split.files) },
      heapUsedMB: heapUsed,
      heapTotalMB: heapTotal,
      growthMB: round((rss[rss.length - 1] ?? NaN) - (rss[0] ?? NaN), 1),
      throughput: rps,
      cpuUsPerRequest: cpu,
    };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    kernel: release(),
    loadAverageAtStart: loadavg().map((v) => round(v, 2)),
  };
  log(`machine: ${machine.cpus} × ${machine.cpuModel}, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);
  const children = transpileChildren();
  const w = buildWorkloads();
  log(`workloads: ${w.main.map((x) => `${x.id} (${x.bodyBytes} B body, ${x.envelopeBytes} B envelope)`).join(', ')}; ${w.fidelity}`);

  const floorSocket = join(OUT, 'floor.sock');
  const dgSocket = join(OUT, 'dockgate.sock');
  const dgLog = join(OUT, 'dockgate.log');
  const profDir = join(OUT, 'prof');
  const floor = await ServerProcess.start({ name: 'floor', socket: floorSocket, args: [children.floor, floorSocket], probe: children.probe, stdoutFile: join(OUT, 'floor.log') });
  const dockgate = await startDockgate('dockgate', dgSocket, dgLog, children.probe, flags.profile ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []);
  const logs = new LogCounter(dgLog);
  await settle(300);
  logs.take();
  const rssStart = MiB(dockgate.rssBytes());

  const runs: Aggregate[] = [];
  const ratios: Record<string, number> = {};
  let rssAfterBursts: number | undefined;
  const memory: MemoryRounds[] = [];
  const huge: HugeFigures[] = [];
  let e2e: E2EResult | undefined;
  let profile: ProfileSummary | undefined;
  let stages: Record<string, StageTimes> | undefined;
  const only = flags.only?.split(',');
  const doPhase = (phase: string): boolean => only === undefined || only.includes(phase);
  try {
    // Throughput and latency: REPS back-to-back floor/dockgate pairs per workload and concurrency.
    for (const workload of w.main.filter((x) => only === undefined || only.includes(x.id))) {
      for (const c of CONCURRENCY) {
        const f: RunFigures[] = [];
        const d: RunFigures[] = [];
        const fl: Float64Array[] = [];
        const dl: Float64Array[] = [];
        const pairRatios: number[] = [];
        for (let rep = 0; rep < REPS; rep++) {
          const a = await measure(floor, workload, c, w.floorCheck, undefined);
          const b = await measure(dockgate, workload, c, workload.check, logs);
          f.push(a.figures);
          d.push(b.figures);
          fl.push(a.load.latencies);
          dl.push(b.load.latencies);
          pairRatios.push(b.figures.throughput / a.figures.throughput);
        }
        const fa = aggregate(f, fl);
        const da = aggregate(d, dl);
        runs.push(fa, da);
        ratios[`${workload.id}/c${c}`] = round(median(pairRatios), 2);
        log(`${pad(workload.id, 12, true)} c${pad(c, 2, true)}  floor ${pad(fa.throughput.toFixed(0), 6)}/s  dockgate ${pad(da.throughput.toFixed(0), 6)}/s  ratio ${ratios[`${workload.id}/c${c}`]?.toFixed(2) ?? ''}  p50 ${da.latencyMs.p50.toFixed(3)} p99 ${da.latencyMs.p99.toFixed(3)} ms  cpu ${da.cpuUsPerRequest}/${fa.cpuUsPerRequest} µs  foreign cpu ${(100 * da.foreignCpu).toFixed(0)}%`);
      }
    }

    // 4 MiB bodies, with a tiny request probing the event loop meanwhile.
    if (doPhase('huge')) {
      for (const workload of w.huge) {
        const f = await measureHuge(floor, workload, w.tiny, w.floorCheck, undefined);
        const d = await measureHuge(dockgate, workload, w.tiny, workload.check, logs);
        huge.push(f, d);
        log(`${workload.id}: dockgate median ${d.decisionMs.median} ms, max ${d.decisionMs.max} ms, event loop max ${d.eventLoopMaxMs} ms, tiny max ${d.tinyMaxMs} ms (floor median ${f.decisionMs.median} ms)`);
      }
      rssAfterBursts = MiB(dockgate.rssBytes());
    }

    if (doPhase('e2e')) {
      if (!flags['no-e2e']) {
        log('end to end: private dockerd, GET /containers/json and a hardened POST /containers/create, without and with a plugin');
        let decisions = 0;
        // The Go allow-all reference plugin, built here (bench/goplugin.ts).
        const built = buildGoPlugin();
        const goSocket = join(OUT, 'goplugin.sock');
        const goChild = built.ok ? await startGoPlugin(built.binary, goSocket) : undefined;
        if (!built.ok) log(`Go reference plugin not measured: ${built.reason}`);
        try {
          e2e = await runE2E({
            dockgateSocket: dgSocket,
            dockgateDecisions: () => (decisions += logs.take()),
            floorSocket,
            go: built.ok ? { socket: goSocket } : { reason: built.reason },
            // Many short cycles, every other one reversed: a create's time drifts by several ms
            // over a run (bench/RESULTS.md), and short alternations spread that over all systems.
            calls: QUICK ? 25 : 60,
            warmup: QUICK ? 10 : 20,
            cycles: QUICK ? 4 : 10,
            createCalls: QUICK ? 15 : 30,
            createWarmup: QUICK ? 3 : 5,
            log,
          });
        } finally {
          if (goChild !== undefined) await stopGoPlugin(goChild);
        }
        if (!e2e.available) log(`end to end skipped: ${e2e.reason ?? ''}`);
        else if ((e2e.cleanup ?? []).length > 0) problems.push(`e2e cleanup left: ${(e2e.cleanup ?? []).join(', ')}`);
      } else {
        e2e = { available: false, reason: 'skipped (--no-e2e)' };
      }
    }
  } finally {
    await floor.stop();
    await dockgate.stop();
  }

  if (doPhase('memory')) {
    // Memory: a fresh plugin process as deployed (with DOCKGATE_NODE_FLAGS), two rounds.
    memory.push(await memoryRounds(children.probe, 2, [], w.mix, ''));
  }
  let nesting: NestingFigures[] | undefined;
  if (doPhase('nesting')) {
    nesting = await measureNesting([0, 100, 1000], DIST);
    if (nesting.some((n) => !n.allowed)) problems.push('nesting: a decision was not the expected allow');
    log(formatNesting(nesting));
  }
  if (doPhase('stages')) stages = await measureStages(w.main.filter((x) => x.id !== 'create-1mib' && x.id !== 'get-pair'), QUICK ? 5000 : 20_000, DIST);

  if (flags.profile) {
    const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(profDir, f));
    const newest = files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    if (newest !== undefined) {
      profile = summarizeProfile(newest, 30);
      writeFileSync(join(OUT, 'profile.txt'), `${newest}\n${formatProfile(profile)}\n`);
      log(`profile: ${newest} (summary in .bench/profile.txt)`);
    }
  }

  // -------------------------------------------------------------------------------------
  const find = (server: string, workload: string, c: number): Aggregate | undefined => runs.find((r) => r.server === server && r.workload === workload && r.concurrency === c);
  const ratio = (workload: string, c: number): number => ratios[`${workload}/c${c}`] ?? NaN;
  const h16 = find('dockgate', 'hardened', 16);
  const h1 = find('dockgate', 'hardened', 1);
  const dgHuge = huge.filter((x) => x.server === 'dockgate');
  const worst = (f: (x: HugeFigures) => number): number => (dgHuge.length === 0 ? NaN : Math.max(...dgHuge.map(f)));
  const hugeWorst = worst((x) => x.decisionMs.max);
  const stallWorst = worst((x) => Math.max(x.eventLoopMaxMs, x.tinyMaxMs));
  const mem = memory[0];
  const rss1 = mem?.rssMB.rounds[0];
  const e2eAdded = e2e?.addedMedianMs?.dockgate;
  const foreign = runs.length === 0 ? 0 : runs.reduce((n, r) => n + r.foreignCpu, 0) / runs.length;
  const targets: Target[] = [
    { name: 'throughput c16 hardened', goal: '>= 0.6 of floor', value: `${ratio('hardened', 16)}`, met: ratio('hardened', 16) >= 0.6 },
    { name: 'p99 c16 hardened', goal: '< 5 ms', value: `${h16?.latencyMs.p99 ?? NaN} ms`, met: (h16?.latencyMs.p99 ?? Infinity) < 5 },
    { name: 'p50 c1 hardened', goal: '< 0.3 ms', value: `${h1?.latencyMs.p50 ?? NaN} ms`, met: (h1?.latencyMs.p50 ?? Infinity) < 0.3 },
    { name: `RSS after ${ROUND} requests`, goal: '< 80 MB', value: `${rss1 ?? NaN} MB`, met: (rss1 ?? Infinity) < 80 },
    { name: `RSS growth, round 2 vs 1`, goal: '< 4 MB (not growing)', value: `${mem?.growthMB ?? NaN} MB`, met: (mem?.growthMB ?? Infinity) < 4 },
    { name: '4 MiB body decided', goal: '< 50 ms (max)', value: `${hugeWorst} ms`, met: hugeWorst < 50 },
    { name: 'event loop stall, 4 MiB', goal: '<= 20 ms (max)', value: `${stallWorst} ms`, met: stallWorst <= 20 },
    {
      name: 'e2e dockgate share (vs Go)',
      goal: '<= 0.15 ms',
      value: e2e?.dockgateShareMs === undefined ? `n/a (${e2e?.goReason ?? e2e?.reason ?? ''})` : `${e2e.dockgateShareMs} ms`,
      met: e2e?.dockgateShareMs === undefined ? undefined : e2e.dockgateShareMs <= 0.15,
    },
    {
      name: 'e2e create share (vs Go)',
      goal: '<= 0.15 ms',
      value: e2e?.create?.dockgateShareMs === undefined ? `n/a (${e2e?.goReason ?? e2e?.reason ?? 'create not measured'})` : `${e2e.create.dockgateShareMs} ms`,
      met: e2e?.create?.dockgateShareMs === undefined ? undefined : e2e.create.dockgateShareMs <= 0.15,
    },
    {
      name: 'e2e added median',
      goal: '< 0.5 ms',
      value: e2eAdded === undefined ? `n/a (${e2e?.reason ?? ''})` : `${e2eAdded} ms`,
      met: e2eAdded === undefined ? undefined : e2eAdded < 0.5,
    },
  ];

  const results = {
    startedAt: new Date(started).toISOString(),
    elapsedSeconds: round((Date.now() - started) / 1000, 1),
    machine: { ...machine, loadAverageAtEnd: loadavg().map((v) => round(v, 2)), foreignCpuDuringRuns: round(foreign, 3) },
    dist: DIST,
    settings: { warmupMs: WARMUP_MS, durationMs: DURATION_MS, reps: REPS, roundRequests: ROUND, hugeReps: HUGE_REPS, quick: QUICK, profile: flags.profile, logPipe: flags['log-pipe'] },
    workloads: [...w.main, w.mix, ...w.huge].map((x) => ({ id: x.id, title: x.title, bodyBytes: x.bodyBytes, envelopeBytes: x.envelopeBytes })),
    fidelity: w.fidelity,
    runs,
    ratios,
    rssMB: { dockgateAtStart: rssStart, dockgateAfterBursts: rssAfterBursts },
    memory,
    huge,
    e2e,
    stages,
    nesting,
    targets,
    problems,
    ...(profile ? { profile } : {}),
  };
  const stamp = new Date(started).toISOString().replace(/[:.]/g, '-');
  // A partial run (--only, --dist, --quick) never replaces the last full results.
  const name = only !== undefined || flags.dist !== undefined || QUICK ? 'results-partial' : 'results';
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(OUT, `results-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);

  // One screen.
  const lines: string[] = [];
  lines.push(`dockgate benchmark  ${results.startedAt}  ${machine.cpus} × ${machine.cpuModel}, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);
  lines.push(`${REPS} × (${DURATION_MS / 1000} s after ${WARMUP_MS / 1000} s warm-up) per server, floor and dockgate alternating; client and servers share the cores; dockgate's decision log ${flags['log-pipe'] ? 'through a pipe (--log-pipe)' : 'written to a file'}`);
  if (foreign > 0.1) lines.push(`WARNING: other processes used ${(100 * foreign).toFixed(0)}% of the machine's CPU during the runs: absolute figures are low, ratios less affected`);
  lines.push('');
  lines.push(`${pad('workload', 12, true)} ${pad('c', 3)} ${pad('floor/s', 8)} ${pad('dockgate/s', 10)} ${pad('ratio', 6)}  ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('max ms', 7)}  ${pad('fl p50', 7)} ${pad('fl p99', 7)}  ${pad('CPU µs/req', 11)} ${pad('RSS MB', 7)}`);
  for (const x of w.main) {
    for (const c of CONCURRENCY) {
      const f = find('floor', x.id, c);
      const d = find('dockgate', x.id, c);
      if (!f || !d) continue;
      lines.push(
        `${pad(x.id, 12, true)} ${pad(c, 3)} ${pad(f.throughput.toFixed(0), 8)} ${pad(d.throughput.toFixed(0), 10)} ${pad(ratio(x.id, c).toFixed(2), 6)}  ${pad(d.latencyMs.p50.toFixed(3), 7)} ${pad(d.latencyMs.p99.toFixed(3), 7)} ${pad(d.latencyMs.max.toFixed(2), 7)}  ${pad(f.latencyMs.p50.toFixed(3), 7)} ${pad(f.latencyMs.p99.toFixed(3), 7)}  ${pad(`${d.cpuUsPerRequest.toFixed(0)}/${f.cpuUsPerRequest.toFixed(0)}`, 11)} ${pad(d.rssMB.toFixed(0), 7)}`,
      );
    }
  }
  lines.push('(latency, CPU and RSS columns: dockgate; "fl": floor; CPU µs/req: dockgate/floor process CPU time per request, /proc)');
  lines.push('');
  for (const m of memory) {
    lines.push(`memory${m.nodeFlags.length > 0 ? ` (${m.nodeFlags.join(' ')})` : ''}: fresh plugin ${m.rssMB.start} MB RSS; after each ${m.requestsPerRound} requests (mix, c16): ${m.rssMB.rounds.join(' / ')} MB${m.rssMB.rounds.length > 1 ? ` (growth ${m.growthMB} MB)` : ''}; heap used ${m.heapUsedMB.join(' / ')} MB`);
    lines.push(`  RSS after the last round = ${m.rssSplitMB.anonymous} MB anonymous (heap, code, buffers) + ${m.rssSplitMB.files} MB mapped files (the node executable and libraries, shared with other node processes)`);
  }
  if (rssAfterBursts !== undefined) lines.push(`the benchmark's long-running plugin: ${rssStart} MB at start, ${rssAfterBursts} MB after the 1 MiB (c16) and 4 MiB runs`);
  for (const x of w.huge) {
    const d = huge.find((y) => y.server === 'dockgate' && y.workload === x.id);
    const f = huge.find((y) => y.server === 'floor' && y.workload === x.id);
    if (d && f) lines.push(`${x.id}: decided in median ${d.decisionMs.median} ms, max ${d.decisionMs.max} ms; event loop max stall ${d.eventLoopMaxMs} ms (p99 ${d.eventLoopP99Ms} ms); tiny request max ${d.tinyMaxMs} ms (floor ${f.decisionMs.median} / ${f.decisionMs.max} ms, stall ${f.eventLoopMaxMs} ms); other processes ${(100 * d.foreignCpu).toFixed(0)}% of the CPU`);
  }
  if (nesting !== undefined) {
    lines.push(formatNesting(nesting));
  }
  lines.push('');
  if (e2e?.available && e2e.results) {
    const e2eResults = e2e.results;
    const r = (p: string): string => {
      const x = e2eResults.find((y) => y.plugin === p);
      return x ? `${x.medianMs.toFixed(3)} ms` : 'n/a';
    };
    const go = e2e.addedMedianMs?.go === undefined ? `Go allow-all not measured (${e2e.goReason ?? ''})` : `Go allow-all ${r('go')} (+${e2e.addedMedianMs.go})`;
    lines.push(`end to end (${e2e.daemon ?? 'dockerd'}${e2e.netns ? ', own netns' : ''}), GET /containers/json median of ${e2e.results[0]?.calls ?? 0} calls: no plugin ${r('none')}, ${go}, floor ${r('floor')} (+${e2e.addedMedianMs?.floor ?? NaN}), dockgate ${r('dockgate')} (+${e2e.addedMedianMs?.dockgate ?? NaN})`);
    if (e2e.dockgateShareMs !== undefined) lines.push(`  dockgate's own share (its added median minus the Go allow-all plugin's): ${e2e.dockgateShareMs} ms`);
    const conns = e2eResults.filter((x) => x.pluginConnections !== undefined).map((x) => `${x.plugin} ${x.pluginConnections ?? NaN} for ${x.pluginCalls ?? NaN} plugin calls`);
    if (conns.length > 0) lines.push(`  connections the daemon opened to the plugin (warm-up included): ${conns.join(', ')}`);
    const cr = e2e.create;
    if (cr !== undefined) {
      const c = (p: string): string => {
        const x = cr.results.find((y) => y.plugin === p);
        return x ? `${x.medianMs.toFixed(3)} ms` : 'n/a';
      };
      const cgo = cr.addedMedianMs.go === undefined ? 'Go allow-all not measured' : `Go allow-all ${c('go')} (+${cr.addedMedianMs.go})`;
      lines.push(`end to end, POST /containers/create (hardened CLI body, ${cr.bodyBytes} bytes; each container removed after, untimed) median of ${cr.results[0]?.calls ?? 0} calls: no plugin ${c('none')}, ${cgo}, floor ${c('floor')} (+${cr.addedMedianMs.floor}), dockgate ${c('dockgate')} (+${cr.addedMedianMs.dockgate})`);
      if (cr.dockgateShareMs !== undefined) lines.push(`  dockgate's own share on the create: ${cr.dockgateShareMs} ms`);
      const p90 = cr.results.map((x) => `${x.plugin} ${x.p90Ms.toFixed(3)}`).join(', ');
      lines.push(`  create p90 (ms): ${p90}`);
      const cconns = cr.results.filter((x) => x.pluginConnections !== undefined).map((x) => `${x.plugin} ${x.pluginConnections ?? NaN} for ${x.pluginCalls ?? NaN} plugin calls`);
      if (cconns.length > 0) lines.push(`  create phase (creates and removes, warm-up included): connections opened to the plugin ${cconns.join(', ')}`);
    }
  } else {
    lines.push(`end to end: not measured (${e2e?.reason ?? 'unknown'})`);
  }
  lines.push('');
  lines.push('targets:');
  for (const t of targets) lines.push(`  ${t.met === undefined ? '[n/a]' : t.met ? '[met]' : '[MISS]'} ${pad(t.name, 28, true)} ${pad(t.goal, 22, true)} ${t.value}`);
  if (problems.length > 0) {
    lines.push('');
    lines.push('PROBLEMS:');
    for (const p of problems) lines.push(`  ${p}`);
  }
  lines.push('');
  lines.push(`results: .bench/${name}.json (and results-${stamp}.json, ${name}.md); ${results.elapsedSeconds} s`);
  const screen = lines.join('\n');
  process.stdout.write(`\n${screen}\n`);
  writeFileSync(join(OUT, `${name}.md`), markdown(results.startedAt, machine, screen, stages));
  process.exitCode = problems.length > 0 ? 1 : 0;
}

function markdown(at: string, machine: { cpus: number; cpuModel: string; node: string; kernel: string }, screen: string, stages: Record<string, StageTimes> | undefined): string {
  const st = stages ? `\nIn-process CPU time per decision stage (bench/stages.ts):\n\n\`\`\`text\n${formatStages(stages)}\n\`\`\`\n` : '';
  return `# dockgate benchmark results\n\n${at}, ${machine.cpus} × ${machine.cpuModel}, node ${machine.node}, Linux ${machine.kernel}.\n\n\`\`\`text\n${screen}\n\`\`\`\n${st}`;
}

await main();
