/**
 * Process, polling and mount helpers for the end-to-end suite. Everything here acts only on
 * processes this suite started (by pid) or on paths under its own temp dirs.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly ms: number;
}

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly input?: string | Buffer;
  readonly timeoutMs?: number;
}

/** Runs a command to completion (never through a shell), killing it (by its pid) after timeoutMs. */
export function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const spawnOpts: SpawnOptions = { stdio: ['pipe', 'pipe', 'pipe'], env: opts.env ?? process.env };
    if (opts.cwd !== undefined) spawnOpts.cwd = opts.cwd;
    const child = spawn(cmd, args, spawnOpts);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 60_000);
    child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut, ms: Date.now() - started });
    });
    child.stdin?.on('error', () => {
      // the command may exit before reading its input
    });
    child.stdin?.end(opts.input);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Calls `probe` until it returns something other than undefined, or throws after timeoutMs
 * with the last error/result in the message.
 */
export async function poll<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt';
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
      last = 'not yet';
    } catch (e) {
      last = e instanceof Error ? e.message : String(e);
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${last})`);
    await sleep(intervalMs);
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends SIGTERM, waits up to graceMs, then SIGKILL. Returns whether SIGKILL was needed. */
export async function stopPid(pid: number, graceMs = 20_000): Promise<boolean> {
  if (!pidAlive(pid)) return false;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!pidAlive(pid) || isZombie(pid)) return false;
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone meanwhile
  }
  return true;
}

function isZombie(pid: number): boolean {
  return procStat(pid)?.state === 'Z';
}

export function procCmdline(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

export function procStat(pid: number): { ppid: number; state: string } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // pid (comm) state ppid ...: comm may hold spaces and parentheses
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: rest[0] ?? '?', ppid: Number(rest[1]) };
}

export function allPids(): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number);
}

/** Pids (other than ours) whose command line contains `token`. */
export function pidsMentioning(token: string): number[] {
  return allPids().filter((p) => p !== process.pid && (procCmdline(p) ?? '').includes(token));
}

/** Mount points at or under `dir`, deepest first (from /proc/self/mountinfo). */
export function mountsUnder(dir: string): string[] {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  const text = readFileSync('/proc/self/mountinfo', 'utf8');
  const points = new Set<string>();
  for (const line of text.split('\n')) {
    const target = line.split(' ')[4];
    if (target === undefined) continue;
    const decoded = target.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
    if (decoded === dir || decoded.startsWith(prefix)) points.add(decoded);
  }
  return [...points].sort((a, b) => b.length - a.length);
}

/** Unmounts everything at or under `dir` (recursive, lazily as a last resort). Returns what is left. */
export async function unmountUnder(dir: string): Promise<string[]> {
  for (let round = 0; round < 4; round++) {
    const points = mountsUnder(dir);
    if (points.length === 0) return [];
    for (const p of points) {
      const r = await run('umount', ['-R', p], { timeoutMs: 20_000 });
      if (r.code !== 0 && mountsUnder(dir).includes(p)) await run('umount', ['-l', p], { timeoutMs: 20_000 });
    }
  }
  return mountsUnder(dir);
}

/** A log file's text, or '' when it is not there (yet). */
export function readLog(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The last `lines` lines of a text. */
export function lastLines(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n');
}

/** Median of a list of numbers (NaN for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Spawns a long-running process the suite owns (a daemon, a registry, a namespace holder). A
 * failed spawn shows as a process that is not running (awaitReady reports it), not as an
 * unhandled 'error' event.
 */
export function spawnOwned(cmd: string, args: readonly string[], opts: SpawnOptions): ChildProcess {
  const child = spawn(cmd, args, opts);
  child.on('error', () => {
    // reported by awaitReady (the process is not running)
  });
  return child;
}

function childRunning(child: ChildProcess): boolean {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

export interface AwaitReadyOptions {
  /** Names the process in the error when it exits: `<name> exited (<code or signal>)`. */
  readonly name: string;
  /** Appended to that error after a line break (a log tail). */
  readonly detail?: () => string;
  /** Called when the wait fails, before the error is thrown again (stops the process). */
  readonly stop: () => Promise<void>;
  readonly timeoutMs: number;
  readonly intervalMs: number;
}

/**
 * Polls `ready` (poll()) until it answers true for a process spawnOwned() just started; while the
 * process is not running, the attempt fails with `<name> exited (...)`, the last error poll()
 * reports when the time is up. On that failure calls opts.stop(), then throws.
 */
export async function awaitReady(child: ChildProcess, what: string, ready: () => Promise<boolean>, opts: AwaitReadyOptions): Promise<void> {
  try {
    await poll(
      what,
      async () => {
        if (!childRunning(child)) throw new Error(`${opts.name} exited (${String(child.exitCode ?? child.signalCode)})${opts.detail === undefined ? '' : `:\n${opts.detail()}`}`);
        return (await ready()) ? true : undefined;
      },
      opts.timeoutMs,
      opts.intervalMs,
    );
  } catch (e) {
    await opts.stop();
    throw e;
  }
}

/**
 * Stops a process spawnOwned() started, by its pid (SIGTERM, SIGKILL after graceMs), and waits for
 * its exit event: at most exitWaitMs after the stop when given. Nothing when it is not running.
 */
export async function stopOwned(child: ChildProcess | undefined, graceMs: number, exitWaitMs?: number): Promise<void> {
  if (child === undefined || !childRunning(child)) return;
  const exited = new Promise<void>((r) => {
    child.once('exit', () => {
      r();
    });
  });
  await stopPid(child.pid!, graceMs);
  await (exitWaitMs === undefined ? exited : Promise.race([exited, sleep(exitWaitMs)]));
}

/** process.kill that ignores a process that is already gone. */
export function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // exited meanwhile
  }
}

/** One unix stream socket as `ss -xanp` shows it. */
export interface UnixSocketRow {
  readonly state: string;
  /** Listening: connections waiting to be accepted; otherwise bytes received and not yet read. */
  readonly recvQ: number;
  /** Bytes written that the peer has not read yet (not for listening sockets). */
  readonly sendQ: number;
  readonly local: string;
  readonly inode: number;
  /** The peer's inode; 0 while the peer is a connection its listener has not accepted yet. */
  readonly peer: number;
  /** The processes holding it. */
  readonly pids: readonly number[];
}

/**
 * The unix stream sockets of the network namespace `pid` is in (`nsenter --net ss -xanpH`; as
 * root). Read-only: how a test sees that a request reached a stopped process, which cannot say so.
 */
export async function unixSockets(pid: number): Promise<UnixSocketRow[]> {
  const r = await run('nsenter', [`--net=/proc/${String(pid)}/ns/net`, 'ss', '-xanpH'], { timeoutMs: 30_000 });
  if (r.code !== 0) throw new Error(`ss in the network namespace of ${String(pid)}: exit ${String(r.code)}: ${r.stderr.trim()}`);
  const rows: UnixSocketRow[] = [];
  for (const line of r.stdout.split('\n')) {
    const [netid, state, recvQ, sendQ, local, inode, , peer, ...rest] = line.trim().split(/\s+/);
    if (netid !== 'u_str' || state === undefined || peer === undefined) continue;
    const pids = [...rest.join(' ').matchAll(/pid=(\d+)/g)].map((m) => Number(m[1]));
    rows.push({ state, recvQ: Number(recvQ), sendQ: Number(sendQ), local: local ?? '', inode: Number(inode), peer: Number(peer), pids });
  }
  return rows;
}
