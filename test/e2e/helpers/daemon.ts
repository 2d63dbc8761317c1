/**
 * A private dockerd (daemon-facts section 7): its own data-root, exec-root, unix socket,
 * pidfile and daemon.json under a temp dir, vfs, no iptables, no bridge, its own containerd
 * namespaces, and (when `unshare` works) its own network namespace. It touches no global
 * daemon state; stop() stops it by the pid this suite started, then anything it left behind
 * (containerd, shims: found by this daemon's folder or containerd namespace), and unmounts its folders.
 */
import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readlinkSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { which, type Engine } from './engine.js';
import { api, type ApiResponse, type ApiRequest } from './api.js';
import { behaviourOf, parseVersion, type DaemonBehaviour, type DaemonVersion } from './behaviour.js';
import { DAEMONS_DIR } from './matrix.js';
import { idFromMountinfo } from '../../../src/host/self-identity.js';
import type { NetnsEntry } from './netns.js';
import { allPids, awaitReady, lastLines, poll, procCmdline, procStat, readLog, run, signal, spawnOwned, stopOwned, unmountUnder, type RunResult } from './proc.js';

export interface StartOptions {
  /** --authorization-plugin flags. */
  readonly authz?: readonly string[];
  /** Extra daemon.json keys (e.g. "authorization-plugins"). */
  readonly config?: Readonly<Record<string, unknown>>;
  readonly timeoutMs?: number;
  /**
   * Bring the loopback interface of the daemon's own network namespace up (a fresh namespace
   * has it down, so 127.0.0.1 does not exist there; `docker swarm init --advertise-addr
   * 127.0.0.1` needs it). Refused when the daemon would run in the host's namespace.
   */
  readonly loopback?: boolean;
  /**
   * Join this existing network namespace (helpers/netns.ts SharedNetns: its loopback is up)
   * instead of a new one: dockerd runs under `nsenter --net=<path>`. Several daemons and a
   * registry (helpers/registry.ts) started this way reach each other on 127.0.0.1. Not with
   * `loopback`.
   */
  readonly netns?: NetnsEntry;
  /**
   * The daemon's working directory: `/` by default, as under systemd (the kernel resolves a
   * local volume's relative device and overlay folders from it).
   */
  readonly cwd?: string;
}

export class PrivateDaemon {
  readonly sock: string;
  readonly data: string;
  readonly exec: string;
  readonly pidfile: string;
  readonly configFile: string;
  readonly cliConfig: string;
  readonly logFile: string;
  private child: ChildProcess | undefined;
  /** The system containerd this daemon used (its namespaces there outlive it), if any. */
  private systemContainerd: string | undefined;
  private starts = 0;
  /** Byte offset of the log where the current daemon process started writing. */
  private logStart = 0;
  private learned: { version: DaemonVersion; behaviour: DaemonBehaviour; containerd: string } | undefined;

  /**
   * `root`: a fresh private folder for this daemon only; `namespace`: a containerd namespace
   * unique to this run. Together they identify what this daemon started (see leftovers()).
   */
  constructor(
    readonly engine: Engine,
    readonly root: string,
    readonly namespace: string,
  ) {
    this.sock = join(root, 'docker.sock');
    this.data = join(root, 'data');
    this.exec = join(root, 'exec');
    this.pidfile = join(root, 'docker.pid');
    this.configFile = join(root, 'daemon.json');
    this.cliConfig = join(root, 'cli');
    this.logFile = join(root, 'dockerd.log');
    for (const d of [this.data, this.exec, this.cliConfig]) mkdirSync(d, { recursive: true, mode: 0o700 });
    // the CLI plugins (compose, buildx) that go with this daemon, as the CLI finds them
    if (engine.cliPlugins !== undefined && existsSync(engine.cliPlugins)) {
      mkdirSync(join(this.cliConfig, 'cli-plugins'), { mode: 0o700 });
      for (const p of readdirSync(engine.cliPlugins)) symlinkSync(join(engine.cliPlugins, p), join(this.cliConfig, 'cli-plugins', p));
    }
  }

  /** The daemon's version (GET /version), learned at its first start. */
  get version(): DaemonVersion {
    if (this.learned === undefined) throw new Error('the daemon has not been started yet');
    return this.learned.version;
  }

  /** What this daemon build does where builds differ (helpers/behaviour.ts). */
  get behaviour(): DaemonBehaviour {
    if (this.learned === undefined) throw new Error('the daemon has not been started yet');
    return this.learned.behaviour;
  }

  /** The containerd binary this daemon runs on (its own). */
  get containerdBinary(): string {
    if (this.learned === undefined) throw new Error('the daemon has not been started yet');
    return this.learned.containerd;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child?.pid !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  writeConfig(extra: Readonly<Record<string, unknown>> = {}): void {
    // deprecated-key-path: 20.10 would otherwise write its trust key to /etc/docker/key.json.
    writeFileSync(this.configFile, `${JSON.stringify({ 'deprecated-key-path': join(this.root, 'key.json'), ...extra }, null, 2)}\n`);
  }

  async start(opts: StartOptions = {}): Promise<void> {
    if (this.running) throw new Error('daemon already running');
    this.writeConfig(opts.config);
    const args = [
      '--data-root', this.data,
      '--exec-root', this.exec,
      '-H', `unix://${this.sock}`,
      '--pidfile', this.pidfile,
      '--config-file', this.configFile,
      '--iptables=false',
      '--ip-forward=false',
      '--bridge=none',
      '--storage-driver=vfs',
      // a system containerd (if any) is shared: keep this daemon's objects apart
      `--containerd-namespace=${this.namespace}`,
      `--containerd-plugins-namespace=${this.namespace}-plugins`,
      ...(opts.authz ?? []).map((n) => `--authorization-plugin=${n}`),
    ];
    if (opts.loopback === true && this.engine.unshare === undefined) throw new Error('loopback: the daemon has no network namespace of its own (no usable unshare, or DOCKGATE_E2E_NETNS=0); refusing to touch the host network');
    // busybox sh execs dockerd after `ip link set lo up`, inside the new namespace
    const inNetns = opts.loopback === true ? [this.engine.busybox, 'sh', '-c', '"$0" ip link set lo up && exec "$@"', this.engine.busybox, this.engine.dockerd, ...args] : [this.engine.dockerd, ...args];
    if (opts.netns !== undefined && opts.loopback === true) throw new Error('netns and loopback exclude each other (a shared namespace has its loopback up already)');
    const [cmd, argv] =
      opts.netns !== undefined
        ? [opts.netns.nsenter, [`--net=${opts.netns.path}`, '--', this.engine.dockerd, ...args]]
        : this.engine.unshare === undefined
          ? [this.engine.dockerd, args]
          : [this.engine.unshare, ['--net', '--', ...inNetns]];
    try {
      this.logStart = readFileSync(this.logFile).length;
    } catch {
      this.logStart = 0;
    }
    const fd = openSync(this.logFile, 'a');
    this.starts++;
    writeFileSync(fd, `\n===== dockgate e2e: dockerd start #${this.starts} ${new Date().toISOString()} ${argv.join(' ')}\n`);
    // unshare, nsenter (and busybox sh) exec dockerd: the pid we get is the daemon's.
    const child = spawnOwned(cmd, argv, { stdio: ['ignore', fd, fd], cwd: opts.cwd ?? '/' });
    closeSync(fd);
    this.child = child;
    await awaitReady(child, 'dockerd to answer /_ping', async () => (await api(this.sock, { path: '/_ping', timeoutMs: 5_000 })).status === 200, {
      name: 'dockerd',
      detail: () => this.logTail(25),
      stop: () => this.stop(),
      timeoutMs: opts.timeoutMs ?? 45_000,
      intervalMs: 100,
    });
    const address = this.containerdAddress();
    if (!address.startsWith(`${this.root}/`)) this.systemContainerd = address;
    try {
      const v = await this.api({ path: '/version' });
      if (v.status !== 200) throw new Error(`GET /version answered ${v.status}: ${v.body.slice(0, 200)}`);
      const version = parseVersion(JSON.parse(v.body) as Record<string, unknown>);
      const name = this.engine.matrixName;
      if (name !== undefined && !version.version.startsWith(`${name}.`)) throw new Error(`DOCKGATE_E2E_DAEMON=${name} but ${this.engine.dockerd} reports ${version.version}`);
      this.learned = { version, behaviour: behaviourOf(version), containerd: this.whichContainerd(version) };
    } catch (e) {
      await this.stop();
      throw e;
    }
  }

  /**
   * Which containerd this daemon runs on. dockerd 26 and later connect to a system containerd
   * (/run/containerd/containerd.sock) when one runs, and the suite would then test 28.5 on
   * containerd 1.6: such a daemon must run its own, and a matrix daemon installed side by side
   * must run the containerd installed with it; otherwise the start fails with the reason.
   */
  private whichContainerd(version: DaemonVersion): string {
    if (this.systemContainerd !== undefined) {
      if (version.major >= 26) throw new Error(`dockerd ${version.version} connected to the system containerd at ${this.systemContainerd} instead of starting its own: stop the system containerd (the suite would test another containerd release)`);
      return `system containerd at ${this.systemContainerd}`;
    }
    const own = this.leftovers().find((p) => /(^|\/)containerd$/.test((procCmdline(p) ?? '').split(' ')[0] ?? ''));
    let exe: string | undefined;
    try {
      exe = own === undefined ? undefined : readlinkSync(`/proc/${own}/exe`);
    } catch {
      exe = undefined;
    }
    if (exe === undefined) throw new Error(`dockerd ${version.version}: no containerd process of its own found`);
    const name = this.engine.matrixName;
    const installed = name === undefined ? undefined : `${DAEMONS_DIR}/${name}/`;
    if (installed !== undefined && this.engine.dockerd.startsWith(installed) && !exe.startsWith(installed)) {
      throw new Error(`dockerd ${version.version} runs containerd ${exe}, not the one installed with it under ${installed}`);
    }
    return exe;
  }

  /** Stops the daemon (by pid), kills what it left behind, unmounts its folders. */
  async stop(): Promise<void> {
    const child = this.child;
    await stopOwned(child, 25_000, 5_000);
    this.child = undefined;
    let left = this.leftovers();
    for (const p of left) signal(p, 'SIGTERM');
    if (left.length > 0) {
      await poll('leftover processes to exit', () => (this.leftovers().length === 0 ? true : undefined), 10_000).catch(() => undefined);
      left = this.leftovers();
      for (const p of left) signal(p, 'SIGKILL');
    }
    await unmountUnder(this.root);
    if (this.systemContainerd !== undefined) await this.removeNamespaces(this.systemContainerd);
  }

  /** Deletes this daemon's (empty) namespaces from a system containerd. */
  private async removeNamespaces(address: string): Promise<void> {
    const ctr = which('ctr');
    if (ctr === undefined) throw new Error(`no ctr binary: cannot remove namespaces ${this.namespace}* from the system containerd at ${address}`);
    for (const ns of [this.namespace, `${this.namespace}-plugins`]) {
      const r = await run(ctr, ['--address', address, 'namespaces', 'remove', ns], { timeoutMs: 30_000 });
      if (r.code !== 0 && !/not found/i.test(r.stderr)) throw new Error(`ctr namespaces remove ${ns}: ${r.stderr.trim()}`);
    }
    this.systemContainerd = undefined;
  }

  /** The IDs of the managed plugins in this daemon's data root. */
  private pluginIds(): ReadonlySet<string> {
    try {
      return new Set(readdirSync(join(this.data, 'plugins')).filter((n) => /^[0-9a-f]{64}$/.test(n)));
    } catch {
      return new Set();
    }
  }

  /**
   * Processes started for this daemon that outlived it: its containerd (command line names
   * this daemon's folder) and shims (they name its containerd socket, or its namespace when a
   * system containerd is used), its managed plugins' processes (even when their shim is gone),
   * and the descendants of all these.
   */
  leftovers(): number[] {
    const inRoot = `${this.root}/`;
    const ns = `-namespace ${this.namespace}`;
    const pids = allPids().filter((p) => p !== process.pid);
    const found = new Set(
      pids.filter((p) => {
        const cmd = procCmdline(p) ?? '';
        return cmd.includes(inRoot) || cmd.includes(ns);
      }),
    );
    // a managed plugin of this daemon whose shim is already gone (re-parented to pid 1): it has
    // its plugin's runtime folder mounted at /run/docker/plugins, as dockgate finds its own ID
    const plugins = this.pluginIds();
    if (plugins.size > 0) {
      for (const p of pids) {
        if (found.has(p)) continue;
        let mountinfo: string;
        try {
          mountinfo = readFileSync(`/proc/${p}/mountinfo`, 'utf8');
        } catch {
          continue;
        }
        const id = idFromMountinfo(mountinfo);
        if (id !== undefined && plugins.has(id)) found.add(p);
      }
    }
    // and their descendants (a managed plugin's process under its shim)
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of pids) {
        const parent = procStat(p)?.ppid;
        if (!found.has(p) && parent !== undefined && found.has(parent)) {
          found.add(p);
          grew = true;
        }
      }
    }
    return [...found];
  }

  /**
   * The containerd this daemon uses: its own (started under its exec-root) or, when a system
   * containerd was running at start, that one (dockerd 20.10 prefers it).
   */
  containerdAddress(): string {
    const own = join(this.exec, 'containerd/containerd.sock');
    return existsSync(own) ? own : '/run/containerd/containerd.sock';
  }

  /**
   * Pids of a managed plugin's dockgate process(es) started by THIS daemon: `node
   * dist/cli/index.js serve`, child of the shim that runs the plugin (`-id <plugin id>`),
   * found through this daemon's folder or namespace.
   */
  managedPluginPids(pluginId: string): number[] {
    const mine = new Set(this.leftovers());
    return [...mine].filter((p) => {
      if (!(procCmdline(p) ?? '').includes('dist/cli/index.js serve')) return false;
      const parent = procStat(p)?.ppid;
      if (parent === undefined || !mine.has(parent)) return false;
      const parentCmd = procCmdline(parent) ?? '';
      return /containerd-shim/.test(parentCmd) && parentCmd.includes(`-id ${pluginId}`);
    });
  }

  async restart(opts: StartOptions = {}): Promise<void> {
    await this.stop();
    await this.start(opts);
  }

  /** SIGHUP: the daemon reloads daemon.json (e.g. authorization-plugins). */
  async reload(config: Readonly<Record<string, unknown>>): Promise<void> {
    const pid = this.pid;
    if (pid === undefined || !this.running) throw new Error('daemon not running');
    this.writeConfig(config);
    const before = this.log().split('\n').filter((l) => l.includes('Reloaded configuration')).length;
    process.kill(pid, 'SIGHUP');
    await poll('dockerd to reload its configuration', () => (this.log().split('\n').filter((l) => l.includes('Reloaded configuration')).length > before ? true : undefined), 20_000);
  }

  env(): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: this.root,
      DOCKER_HOST: `unix://${this.sock}`,
      DOCKER_CONFIG: this.cliConfig,
      DOCKER_CLI_HINTS: 'false',
    };
  }

  /** Runs the real docker CLI against this daemon. */
  docker(args: readonly string[], opts: { input?: string | Buffer; timeoutMs?: number } = {}): Promise<RunResult> {
    return run(this.engine.docker, args, { env: this.env(), timeoutMs: opts.timeoutMs ?? 90_000, ...(opts.input === undefined ? {} : { input: opts.input }) });
  }

  /** Like docker(), but throws with the CLI's stderr unless it exits 0. */
  async dockerOk(args: readonly string[], opts: { input?: string | Buffer; timeoutMs?: number } = {}): Promise<string> {
    const r = await this.docker(args, opts);
    if (r.code !== 0) throw new Error(`docker ${args.join(' ')} exited ${String(r.code)}${r.timedOut ? ' (timeout)' : ''}: ${r.stderr.trim()}`);
    return r.stdout;
  }

  api(req: ApiRequest): Promise<ApiResponse> {
    return api(this.sock, req);
  }

  /** Ids of every container (`docker ps -a`). */
  async containerIds(): Promise<string[]> {
    const out = await this.dockerOk(['ps', '-a', '--no-trunc', '--format', '{{.ID}}']);
    return out.split('\n').filter((l) => l !== '');
  }

  /** `docker inspect` of a container, or undefined when it does not exist. */
  async inspect(nameOrId: string): Promise<Record<string, unknown> | undefined> {
    const r = await this.docker(['container', 'inspect', nameOrId]);
    if (r.code !== 0) {
      if (/no such (object|container)/i.test(r.stderr)) return undefined;
      throw new Error(`docker inspect ${nameOrId}: ${r.stderr.trim()}`);
    }
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    return list[0];
  }

  /** Removes every container (best effort). */
  async removeAllContainers(): Promise<void> {
    if (!this.running) return;
    const ids = await this.containerIds().catch(() => []);
    if (ids.length > 0) await this.docker(['rm', '-f', '-v', ...ids], { timeoutMs: 120_000 });
  }

  /** The whole daemon log (every start). */
  log(): string {
    return readLog(this.logFile);
  }

  /** The log of the current (or last) daemon process only. */
  currentLog(): string {
    try {
      return readFileSync(this.logFile).subarray(this.logStart).toString('utf8');
    } catch {
      return '';
    }
  }

  logTail(lines: number): string {
    return lastLines(this.currentLog(), lines);
  }
}
