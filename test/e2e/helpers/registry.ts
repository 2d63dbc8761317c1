/**
 * A real Docker registry (Debian 12's docker-registry, distribution 2.8.2, extracted by
 * test/e2e/daemons/install.sh) for the suites that push and pull: plain HTTP on
 * 127.0.0.1:<port>, no auth, storage in the run's temp dir, inside a network namespace the
 * run's daemons share (helpers/netns.ts). dockerd treats 127.0.0.0/8 as an insecure registry by
 * default, so `docker plugin push 127.0.0.1:5000/dockgate:0.1.0` uses HTTP with no daemon option
 * (expectLoopbackInsecure() checks that on each daemon).
 *
 *   const ns = await SharedNetns.create(engine, run);          // first: stopped last
 *   const registry = await Registry.start(run, ns);            // 127.0.0.1:5000 in ns
 *   const a = runDaemon(run, engine); await a.start({ netns: ns });
 *   const b = new PrivateDaemon(...); await b.start({ netns: ns });
 *   await expectLoopbackInsecure(a); ... registry.ref('dockgate', '0.1.0') ...
 */
import type { ChildProcess } from 'node:child_process';
import { accessSync, closeSync, constants, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrivateDaemon } from './daemon.js';
import { REQUIRED, type Engine } from './engine.js';
import { SharedNetns } from './netns.js';
import { awaitReady, lastLines, readLog, spawnOwned, stopOwned } from './proc.js';
import type { E2eRun } from './run.js';

export const REGISTRY_DIR = process.env.DOCKGATE_REGISTRY_DIR ?? '/opt/dockgate-e2e/registry';
export const REGISTRY_BIN = join(REGISTRY_DIR, 'root/usr/bin/docker-registry');

/** The registry binary, or why it is missing (for a suite's pending reason). */
export function registryBinary(): { ok: true; path: string } | { ok: false; reason: string } {
  try {
    accessSync(REGISTRY_BIN, constants.X_OK);
    return { ok: true, path: REGISTRY_BIN };
  } catch {
    return { ok: false, reason: `no docker-registry at ${REGISTRY_BIN} (run: bash test/e2e/daemons/install.sh)` };
  }
}

export interface RegistryOptions {
  /** Port on the namespace's 127.0.0.1 (default 5000: the namespace is the run's own). */
  readonly port?: number;
  /** Folder for config, storage and log (default `<run tmp>/registry`). */
  readonly dir?: string;
}

export class Registry {
  /** `127.0.0.1:<port>`: the host part of every reference pushed here. */
  readonly address: string;
  readonly configFile: string;
  readonly storage: string;
  readonly logFile: string;
  private child: ChildProcess | undefined;

  private constructor(
    readonly netns: SharedNetns,
    readonly dir: string,
    readonly port: number,
  ) {
    this.address = `127.0.0.1:${port}`;
    this.configFile = join(dir, 'config.yml');
    this.storage = join(dir, 'storage');
    this.logFile = join(dir, 'registry.log');
  }

  /**
   * Writes the config, starts `docker-registry serve` inside `netns` and waits until GET /v2/
   * answers 200. Registers its stop (by pid) at the run's cleanup: start it after the
   * namespace and before the daemons that use it.
   */
  static async start(r: E2eRun, netns: SharedNetns, opts: RegistryOptions = {}): Promise<Registry> {
    const bin = registryBinary();
    if (!bin.ok) throw new Error(bin.reason);
    const reg = new Registry(netns, opts.dir ?? join(r.tmp, 'registry'), opts.port ?? 5000);
    r.defer(`stop the registry on ${reg.address}`, () => reg.stop());
    await reg.run(bin.path);
    return reg;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child?.pid !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** `127.0.0.1:<port>/<repo>:<tag>`. */
  ref(repo: string, tag: string): string {
    return `${this.address}/${repo}:${tag}`;
  }

  private async run(bin: string): Promise<void> {
    mkdirSync(this.storage, { recursive: true, mode: 0o700 });
    // distribution 2.8 configuration (YAML; JSON is YAML): filesystem storage, deletes allowed,
    // HTTP only on the namespace's loopback, no auth, no access log noise
    const config = {
      version: 0.1,
      log: { level: 'info', formatter: 'text', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: this.storage }, delete: { enabled: true }, maintenance: { uploadpurging: { enabled: false } } },
      http: { addr: this.address, headers: { 'X-Content-Type-Options': ['nosniff'] } },
    };
    writeFileSync(this.configFile, `${JSON.stringify(config, null, 2)}\n`);
    const fd = openSync(this.logFile, 'a');
    const [cmd, argv] = this.netns.wrap(bin, ['serve', this.configFile]);
    // nsenter execs the registry: the pid is the registry's. No proxy variables: it serves only.
    const child = spawnOwned(cmd, argv, { stdio: ['ignore', fd, fd], env: { PATH: '/usr/bin:/bin' }, cwd: this.dir });
    closeSync(fd);
    this.child = child;
    await awaitReady(child, `the registry to answer GET http://${this.address}/v2/`, async () => (await this.get('/v2/')) !== undefined, {
      name: 'docker-registry',
      detail: () => this.logTail(20),
      stop: () => this.stop(),
      timeoutMs: 20_000,
      intervalMs: 100,
    });
  }

  /** GET http://127.0.0.1:<port><path> from inside the namespace: the body, or undefined unless 2xx. */
  async get(path: string): Promise<string | undefined> {
    const r = await this.netns.httpGet(`http://${this.address}${path}`);
    return r.status >= 200 && r.status < 300 ? r.body : undefined;
  }

  /** The repositories the registry holds (GET /v2/_catalog). */
  async repositories(): Promise<string[]> {
    const body = await this.get('/v2/_catalog');
    if (body === undefined) throw new Error(`GET /v2/_catalog on ${this.address} failed`);
    return (JSON.parse(body) as { repositories?: string[] | null }).repositories ?? [];
  }

  /** The tags of one repository (GET /v2/<repo>/tags/list); [] when the repository is unknown. */
  async tags(repo: string): Promise<string[]> {
    const body = await this.get(`/v2/${repo}/tags/list`);
    if (body === undefined) return [];
    return (JSON.parse(body) as { tags?: string[] | null }).tags ?? [];
  }

  /** Stops the registry by its pid. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    await stopOwned(child, 10_000);
  }

  log(): string {
    return readLog(this.logFile);
  }

  logTail(lines: number): string {
    return lastLines(this.log(), lines);
  }
}

/**
 * Throws unless the daemon treats 127.0.0.0/8 as insecure (GET /info RegistryConfig): pushes
 * and pulls to the loopback registry then use plain HTTP without any daemon option.
 */
export async function expectLoopbackInsecure(daemon: PrivateDaemon): Promise<void> {
  const r = await daemon.api({ path: '/info' });
  if (r.status !== 200) throw new Error(`GET /info answered ${r.status}: ${r.body.slice(0, 200)}`);
  const info = JSON.parse(r.body) as { RegistryConfig?: { InsecureRegistryCIDRs?: string[] | null } };
  const cidrs = info.RegistryConfig?.InsecureRegistryCIDRs ?? [];
  if (!cidrs.includes('127.0.0.0/8')) throw new Error(`dockerd ${daemon.version.version} does not list 127.0.0.0/8 as an insecure registry (InsecureRegistryCIDRs: ${JSON.stringify(cidrs)})`);
}

/**
 * What a registry suite needs before it starts anything: the registry binary and a usable
 * unshare. Without one the suite is pending (`(<suite> suite pending: <reason>)`), or fails
 * under DOCKGATE_E2E_REQUIRED=1 (`the <what> suite needs ...`).
 */
export function requireRegistrySetup(ctx: Mocha.Context, engine: Engine, suite: string, what: string): void {
  const bin = registryBinary();
  if (!bin.ok) {
    if (REQUIRED) throw new Error(`DOCKGATE_E2E_REQUIRED=1: ${bin.reason}`);
    process.stdout.write(`      (${suite} suite pending: ${bin.reason})\n`);
    ctx.skip();
  }
  if (engine.unshare === undefined) {
    if (REQUIRED) throw new Error(`DOCKGATE_E2E_REQUIRED=1: the ${what} suite needs a network namespace of its own (unshare)`);
    process.stdout.write(`      (${suite} suite pending: no usable unshare for a shared network namespace)\n`);
    ctx.skip();
  }
}

/** The shared namespace, its registry and two private daemons A and B started in it. */
export interface RegistryFleet {
  readonly ns: SharedNetns;
  readonly registry: Registry;
  readonly a: PrivateDaemon;
  readonly b: PrivateDaemon;
}

/**
 * Creates the run's shared namespace, starts the registry in it, then daemons A and B
 * (`<run tmp>/a`, `/b`) in it, each stopped, after its containers are removed, at the run's
 * cleanup (before the registry and the namespace).
 */
export async function startRegistryFleet(r: E2eRun, engine: Engine): Promise<RegistryFleet> {
  const ns = await SharedNetns.create(engine, r);
  const registry = await Registry.start(r, ns);
  const a = new PrivateDaemon(engine, join(r.tmp, 'a'), `dge2e${r.id}a`);
  r.defer('stop dockerd A', () => a.stop());
  r.defer('remove containers of A', () => a.removeAllContainers());
  const b = new PrivateDaemon(engine, join(r.tmp, 'b'), `dge2e${r.id}b`);
  r.defer('stop dockerd B', () => b.stop());
  r.defer('remove containers of B', () => b.removeAllContainers());
  await a.start({ netns: ns });
  await b.start({ netns: ns });
  return { ns, registry, a, b };
}
