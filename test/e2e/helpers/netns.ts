/**
 * A network namespace several processes of one run share (two private daemons and a loopback
 * registry): a holder process made with `unshare --net` (busybox brings `lo` up, then sleeps),
 * and `nsenter --net=/proc/<holder>/ns/net` to start the others inside it. 127.0.0.1 there is
 * the namespace's own loopback: a registry on 127.0.0.1:5000 is reachable by every daemon in it
 * and by nothing on the host. The namespace lives as long as one process is in it; stop() stops
 * the holder (by its pid) after the processes started in it.
 */
import type { ChildProcess } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import type { Engine } from './engine.js';
import { which } from './engine.js';
import { awaitReady, procCmdline, run, spawnOwned, stopOwned, type RunResult } from './proc.js';
import type { E2eRun } from './run.js';

/** What PrivateDaemon.start({ netns }) and Registry need to start a process inside the namespace. */
export interface NetnsEntry {
  /** `nsenter` binary. */
  readonly nsenter: string;
  /** `/proc/<holder pid>/ns/net`. */
  readonly path: string;
}

export class SharedNetns implements NetnsEntry {
  readonly nsenter: string;
  private child: ChildProcess | undefined;
  private holderPid = 0;

  private constructor(
    private readonly engine: Engine,
    nsenter: string,
  ) {
    this.nsenter = nsenter;
  }

  /**
   * Creates the namespace (loopback up) and, with `r`, registers its stop at the run's cleanup:
   * create it BEFORE the daemons and the registry that join it, so that it is stopped after them.
   */
  static async create(engine: Engine, r?: E2eRun): Promise<SharedNetns> {
    if (engine.unshare === undefined) throw new Error('shared network namespace: no usable unshare (or DOCKGATE_E2E_NETNS=0); refusing to put the daemons in the host network');
    const nsenter = which('nsenter');
    if (nsenter === undefined) throw new Error('shared network namespace: no nsenter binary (util-linux)');
    const ns = new SharedNetns(engine, nsenter);
    r?.defer('stop the network namespace holder', () => ns.stop());
    await ns.start();
    return ns;
  }

  get pid(): number {
    return this.holderPid;
  }

  get path(): string {
    if (this.holderPid === 0) throw new Error('the network namespace holder is not running');
    return `/proc/${this.holderPid}/ns/net`;
  }

  private async start(): Promise<void> {
    const bb = this.engine.busybox;
    // unshare execs busybox sh, which execs sleep after `ip link set lo up`: the pid is the holder's
    const child = spawnOwned(this.engine.unshare!, ['--net', '--', bb, 'sh', '-c', '"$0" ip link set lo up && exec "$0" sleep 2147483647', bb], { stdio: 'ignore' });
    this.child = child;
    const pid = child.pid;
    if (pid === undefined) throw new Error('unshare --net did not start');
    this.holderPid = pid;
    const own = readlinkSync('/proc/self/ns/net');
    await awaitReady(
      child,
      'the network namespace holder (loopback up, then sleep)',
      async () => {
        if (readlinkSync(`/proc/${pid}/ns/net`) === own) return false;
        // the sleep is there once `lo` is up
        if (!/ sleep /.test(`${procCmdline(pid) ?? ''} `)) return false;
        const r = await this.exec(bb, ['ip', 'addr', 'show', 'lo']);
        return r.code === 0 && /inet 127\.0\.0\.1\//.test(r.stdout) && /\bUP\b/.test(r.stdout);
      },
      { name: 'the holder', stop: () => this.stop(), timeoutMs: 10_000, intervalMs: 50 },
    );
  }

  /** `[nsenter, ['--net=<path>', '--', cmd, ...args]]`: a command line that runs `cmd` in the namespace. */
  wrap(cmd: string, args: readonly string[]): [string, string[]] {
    return [this.nsenter, [`--net=${this.path}`, '--', cmd, ...args]];
  }

  /** Runs a command to completion inside the namespace. */
  exec(cmd: string, args: readonly string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
    const [c, a] = this.wrap(cmd, args);
    return run(c, a, { timeoutMs: opts.timeoutMs ?? 30_000, ...(opts.env === undefined ? {} : { env: opts.env }) });
  }

  /**
   * An HTTP GET from inside the namespace (node's http, run under nsenter; busybox 1.35's wget
   * crashes with -q -T): status and body, or status 0 when nothing answered.
   */
  async httpGet(url: string, timeoutMs = 10_000): Promise<{ status: number; body: string }> {
    const script = [
      "const u = process.argv[1];",
      "require('node:http').get(u, { timeout: 5000 }, (res) => { let b = ''; res.setEncoding('utf8'); res.on('data', (c) => { b += c; }); res.on('end', () => { process.stdout.write(JSON.stringify({ status: res.statusCode, body: b })); }); })",
      ".on('error', (e) => { process.stdout.write(JSON.stringify({ status: 0, body: String(e.message) })); })",
      ".on('timeout', function () { this.destroy(new Error('timeout')); });",
    ].join('');
    const r = await this.exec(process.execPath, ['-e', script, url], { timeoutMs, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    if (r.code !== 0) return { status: 0, body: r.stderr.trim() };
    return JSON.parse(r.stdout) as { status: number; body: string };
  }

  /** Stops the holder by its pid (the namespace goes away with the last process in it). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    await stopOwned(child, 5_000);
    this.holderPid = 0;
  }
}
