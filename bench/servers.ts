/**
 * The processes under test: dockgate (`node --max-semi-space-size=4 dist/cli/index.js serve`,
 * exactly as deployed) and the floor server, each a child process of the harness with the
 * probe preloaded, and what /proc says about them (CPU time, resident memory).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, createWriteStream, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { EldFigures, ProbeCommand, ProbeReply } from './probe.js';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const OUT = join(ROOT, '.bench');

/** Clock ticks per second for /proc/<pid>/stat utime and stime. */
export const CLK_TCK = ((): number => {
  try {
    const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(n) && n > 0 ? n : 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process (all its threads, GC and libuv workers included), in seconds. */
export function cpuSeconds(pid: number): number {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // pid (comm) state ppid ...: fields after the comm; utime and stime are fields 14 and 15.
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(rest[11]) + Number(rest[12])) / CLK_TCK;
}

/** Resident set size in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/**
 * RSS split in two (/proc/PID/smaps_rollup): anonymous memory (the JS heap, compiled code,
 * buffers, malloc: this process's own) and mapped files (the node executable and shared
 * libraries, shared with every node process on the machine).
 */
export function rssSplitBytes(pid: number): { anonymous: number; files: number } {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(text)?.[1] ?? NaN) * 1024;
  const rss = kb('Rss');
  const anonymous = kb('Anonymous');
  return { anonymous, files: rss - anonymous };
}

/** The probe and floor run as plain JavaScript: transpile them once into .bench/. */
export function transpileChildren(): { probe: string; floor: string } {
  mkdirSync(OUT, { recursive: true });
  const out: Record<string, string> = {};
  for (const name of ['probe', 'floor']) {
    const src = readFileSync(join(ROOT, 'bench', `${name}.ts`), 'utf8');
    const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const file = join(OUT, `${name}.mjs`);
    writeFileSync(file, js);
    out[name] = file;
  }
  return { probe: out.probe ?? '', floor: out.floor ?? '' };
}

function canConnect(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = connect(path);
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => {
      resolve(false);
    });
  });
}

/**
 * The node flags dockgate is deployed with: the managed plugin's entrypoint (config.json), the
 * Dockerfile, the systemd unit and `npm start` (test/unit/cli/entrypoints.test.ts keeps them all
 * in sync). Every dockgate process the benchmark starts gets them, before any extra nodeFlags.
 */
export const DOCKGATE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];

/** Whether a server runs dockgate's command line (its script is .../cli/index.js), not the floor. */
function isDockgate(args: readonly string[]): boolean {
  return /(^|\/)cli\/index\.js$/.test(args[0] ?? '');
}

export interface ServerOptions {
  readonly name: string;
  readonly socket: string;
  /** node arguments: the script and its arguments. */
  readonly args: readonly string[];
  readonly probe: string;
  /** Extra node flags (e.g. --cpu-prof), after DOCKGATE_NODE_FLAGS for dockgate. */
  readonly nodeFlags?: readonly string[];
  /** Where the child's stdout goes (the plugin's decision log). */
  readonly stdoutFile: string;
  /**
   * The child writes to a pipe, which this process copies to stdoutFile (as a managed plugin's
   * stdout is a pipe that containerd reads), instead of to the file itself.
   */
  readonly stdoutPipe?: boolean;
}

export class ServerProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (r: ProbeReply) => void>();
  private stderr = '';

  private constructor(
    readonly name: string,
    readonly socket: string,
    readonly stdoutFile: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (m: ProbeReply) => {
      const done = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      done?.(m);
    });
    child.stderr?.on('data', (c: Buffer) => {
      this.stderr = (this.stderr + c.toString('utf8')).slice(-4000);
    });
  }

  static async start(opts: ServerOptions): Promise<ServerProcess> {
    mkdirSync(dirname(opts.stdoutFile), { recursive: true });
    // O_APPEND: the harness may truncate the file between phases.
    writeFileSync(opts.stdoutFile, '');
    const fd = openSync(opts.stdoutFile, 'a');
    const deployed = isDockgate(opts.args) ? DOCKGATE_NODE_FLAGS : [];
    const child = spawn(process.execPath, [...deployed, ...(opts.nodeFlags ?? []), '--import', pathToFileURL(opts.probe).href, ...opts.args], {
      cwd: ROOT,
      stdio: ['ignore', opts.stdoutPipe === true ? 'pipe' : fd, 'pipe', 'ipc'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (opts.stdoutPipe === true) child.stdout?.pipe(createWriteStream(opts.stdoutFile, { fd, flags: 'a' }));
    else closeSync(fd);
    const server = new ServerProcess(opts.name, opts.socket, opts.stdoutFile, child);
    const deadline = Date.now() + 15_000;
    while (!(await canConnect(opts.socket))) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${opts.name} exited during start-up: ${server.stderr}`);
      if (Date.now() > deadline) throw new Error(`${opts.name} did not listen on ${opts.socket} within 15 s: ${server.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return server;
  }

  get pid(): number {
    const pid = this.child.pid;
    if (pid === undefined) throw new Error(`${this.name} has no pid`);
    return pid;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  cpuSeconds(): number {
    return cpuSeconds(this.pid);
  }

  rssBytes(): number {
    return rssBytes(this.pid);
  }

  rssSplitBytes(): { anonymous: number; files: number } {
    return rssSplitBytes(this.pid);
  }

  private ask(cmd: ProbeCommand): Promise<ProbeReply> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`${this.name}: no probe reply to ${cmd}`));
      }, 10_000);
      this.waiting.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.child.send({ probe: true, id, cmd });
    });
  }

  async eldStart(): Promise<void> {
    await this.ask('eld-start');
  }

  async eldStop(): Promise<EldFigures | undefined> {
    return (await this.ask('eld-stop')).eld;
  }

  async memory(): Promise<NodeJS.MemoryUsage | undefined> {
    return (await this.ask('mem')).mem;
  }

  /** SIGTERM (the plugin finishes in-flight requests and exits; a --cpu-prof profile is written). */
  async stop(): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise<void>((r) => {
      this.child.once('exit', () => {
        r();
      });
    });
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => {
      this.child.kill('SIGKILL');
    }, 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Busy CPU time of the whole machine (all cores, every process), in seconds, from /proc/stat. */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal guest guest_nice: guest time is inside user.
  const busy = (f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0) + (f[7] ?? 0);
  return busy / CLK_TCK;
}
