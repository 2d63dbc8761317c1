/**
 * Issue 14, the fleet rollout: a real registry (Debian's docker-registry 2.8 on loopback) in a
 * network namespace shared by two fresh private daemons. Daemon A pushes dockgate's managed
 * plugin as 0.1.0, 0.2.0 (the same build, version string changed) and a broken build whose
 * entrypoint exits at once. plugin/dockgate-plugin.sh then installs 0.1.0 on both (settings and a
 * policy folder applied), upgrades A in place and B blue/green to 0.2.0 with a new policy, and
 * tries the broken build on both: each attempt rolls back, the daemon keeps its pid, answers and
 * keeps authorizing. During the blue/green switches a probe loop sends privileged creates: every
 * one must be denied (no moment without authorization).
 */
import { expect } from 'chai';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { api } from './helpers/api.js';
import { PrivateDaemon } from './helpers/daemon.js';
import { ensureBuilt, REPO, type PluginInspect } from './helpers/dockgate.js';
import { requireEngine, type Engine } from './helpers/engine.js';
import { PLUGIN_RUN_DIR } from './helpers/host.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import { poll, run as runCmd, sleep, type RunResult } from './helpers/proc.js';
import { expectLoopbackInsecure, requireRegistrySetup, startRegistryFleet, type Registry } from './helpers/registry.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';
import { COMPLIANT } from './helpers/scenarios.js';

const SCRIPT = join(REPO, 'plugin/dockgate-plugin.sh');
const PRIVILEGED_CREATE = JSON.stringify({ Image: IMAGE, Cmd: ['true'], HostConfig: { Privileged: true, Memory: 64 * 1024 * 1024, NetworkMode: 'none' } });

interface Health {
  readonly status: string;
  readonly policyVersion: string;
  readonly version: string;
  readonly policy: { readonly file: string };
  readonly lastDecision: string | null;
}

interface PluginView extends PluginInspect {
  /** `docker plugin set M.source=` writes here: the mounts the plugin runs with. */
  readonly Config: { readonly Mounts: readonly { readonly Name: string; readonly Source: string | null; readonly Settable: readonly string[] | null }[] };
}

/** A privileged create sent again and again (raw API) while a script runs: every answer must be a dockgate deny. */
class DenyProbe {
  readonly answers: { status: number; body: string }[] = [];
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(private readonly daemon: PrivateDaemon) {}

  start(): void {
    this.loop = (async () => {
      while (!this.stopped) {
        const r = await this.daemon.api({ method: 'POST', path: '/containers/create', headers: { 'Content-Type': 'application/json' }, body: PRIVILEGED_CREATE, timeoutMs: 60_000 }).catch((e: unknown) => ({ status: 0, body: String(e) }));
        this.answers.push({ status: r.status, body: r.body.slice(0, 300) });
        await sleep(20);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
    if (process.env.DOCKGATE_E2E_VERBOSE === '1') {
      const by = new Map<string, number>();
      for (const a of this.answers) {
        const k = `${String(a.status)} ${/authorization denied by plugin ([^:]+):/.exec(a.body)?.[1] ?? a.body.slice(0, 80)}`;
        by.set(k, (by.get(k) ?? 0) + 1);
      }
      process.stdout.write(`      probe: ${String(this.answers.length)} privileged creates: ${JSON.stringify(Object.fromEntries(by))}\n`);
    }
  }

  /** Answers that are not a dockgate deny (403 "authorization denied by plugin <one of names>"). */
  notDenied(names: readonly string[]): { status: number; body: string }[] {
    return this.answers.filter((a) => a.status !== 403 || !names.some((n) => a.body.includes(`authorization denied by plugin ${n}:`)));
  }
}

describe('e2e fleet rollout (issue 14): install, upgrade in place, blue/green and failed upgrades through a real registry with plugin/dockgate-plugin.sh', function () {
  let run: E2eRun | undefined;
  let engine: Engine;
  let registry: Registry;
  let a: PrivateDaemon;
  let b: PrivateDaemon;
  let pidA = 0;
  let pidB = 0;
  const refs = { v1: '', v2: '', broken: '', mount: '' };
  const policy = { v1: '', v2: '' };
  /** How the built manifest takes a policy folder: its settable `policy` mount, or a path under its host-root mount. */
  let policyMount = true;
  /** The settings --policy-dir DIR gives, for this manifest. */
  const policySettings = (dir: string): Record<string, string> => (policyMount ? { 'policy.source': dir, DOCKGATE_POLICY: '/etc/dockgate/policy.json' } : { DOCKGATE_POLICY: `/host${dir}/policy.json` });

  before(async function () {
    this.timeout(600_000);
    engine = await requireEngine(this);
    requireRegistrySetup(this, engine, 'fleet-rollout', 'fleet');
    run = new E2eRun('flt');
    const r = run;
    // plugin/build.sh into the run's folder (not plugin/build: other suites build there at the same time)
    await ensureBuilt();
    const pluginDir = join(r.tmp, 'plugin-0.1.0');
    const built = await runCmd('bash', [join(REPO, 'plugin/build.sh'), '--out', pluginDir], { cwd: REPO, timeoutMs: 300_000 });
    if (built.code !== 0) throw new Error(`plugin/build.sh --out ${pluginDir} failed: ${built.stderr.slice(-2000)}`);
    ({ registry, a, b } = await startRegistryFleet(r, engine));
    pidA = a.pid!;
    pidB = b.pid!;
    await expectLoopbackInsecure(a);
    await importBusybox(a, r.tmp);
    await importBusybox(b, r.tmp);

    refs.v1 = registry.ref('dockgate', '0.1.0');
    refs.v2 = registry.ref('dockgate', '0.2.0');
    refs.broken = registry.ref('dockgate', '0.2.1-broken');
    refs.mount = registry.ref('dockgate', '0.1.9-policy-mount');
    // 0.2.0: the same build with another version string (src/version.ts reads package.json)
    const v2Dir = join(r.tmp, 'plugin-0.2.0');
    cpSync(pluginDir, v2Dir, { recursive: true, verbatimSymlinks: true });
    const pkgPath = join(v2Dir, 'rootfs/opt/dockgate/package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(pkgPath, `${JSON.stringify({ ...pkg, version: '0.2.0' }, null, 2)}\n`);
    // and a new default (the metrics interval 15 -> 30 s): an in-place upgrade must adopt it (moby keeps the old value)
    const v2CfgPath = join(v2Dir, 'config.json');
    const v2Cfg = JSON.parse(readFileSync(v2CfgPath, 'utf8')) as { env: { name: string; value?: string }[] };
    const interval = v2Cfg.env.find((e) => e.name === 'DOCKGATE_METRICS_INTERVAL');
    if (interval?.value !== '15') throw new Error(`config.json: DOCKGATE_METRICS_INTERVAL default is ${String(interval?.value)}, this suite expects 15`);
    interval.value = '30';
    writeFileSync(v2CfgPath, JSON.stringify(v2Cfg, null, 2));
    // broken: the same manifest (settings re-apply), an entrypoint that exits at once
    const brokenDir = join(r.tmp, 'plugin-broken');
    for (const d of ['bin', 'run/docker/plugins', 'etc/dockgate', 'host', 'var/lib/dockgate', 'tmp', 'opt/dockgate']) mkdirSync(join(brokenDir, 'rootfs', d), { recursive: true });
    copyFileSync(engine.busybox, join(brokenDir, 'rootfs/bin/busybox'));
    chmodSync(join(brokenDir, 'rootfs/bin/busybox'), 0o755);
    symlinkSync('busybox', join(brokenDir, 'rootfs/bin/false'));
    const cfg = JSON.parse(readFileSync(join(pluginDir, 'config.json'), 'utf8')) as { mounts?: { name?: string }[] };
    policyMount = (cfg.mounts ?? []).some((m) => m.name === 'policy');
    writeFileSync(join(brokenDir, 'config.json'), JSON.stringify({ ...cfg, entrypoint: ['/bin/false'] }, null, 2));

    // a version with the manifest before cf5a387: a settable "policy" bind mount at /etc/dockgate
    const mountDir = join(r.tmp, 'plugin-mount');
    mkdirSync(mountDir);
    const linked = await runCmd('cp', ['-al', join(pluginDir, 'rootfs'), join(mountDir, 'rootfs')], { timeoutMs: 120_000 });
    if (linked.code !== 0) throw new Error(`cp -al rootfs: ${linked.stderr}`);
    const mountCfg = JSON.parse(readFileSync(join(pluginDir, 'config.json'), 'utf8')) as { env: { name: string; value?: string }[]; mounts: Record<string, unknown>[] };
    const policyEnv = mountCfg.env.find((e) => e.name === 'DOCKGATE_POLICY');
    if (policyEnv === undefined) throw new Error('config.json has no DOCKGATE_POLICY');
    policyEnv.value = '/opt/dockgate/config/policy.json';
    mountCfg.mounts = [{ name: 'policy', description: 'host folder with the policy', source: '/etc/dockgate', destination: '/etc/dockgate', type: 'bind', options: ['rbind', 'ro'], settable: ['source'] }, ...mountCfg.mounts.filter((m) => m.name !== 'policy')];
    writeFileSync(join(mountDir, 'config.json'), JSON.stringify(mountCfg, null, 2));

    for (const [ref, dir] of [[refs.v1, pluginDir], [refs.v2, v2Dir], [refs.broken, brokenDir], [refs.mount, mountDir]] as const) {
      await a.dockerOk(['plugin', 'create', ref, dir], { timeoutMs: 240_000 });
      await a.dockerOk(['plugin', 'push', ref], { timeoutMs: 240_000 });
      await a.dockerOk(['plugin', 'rm', ref]);
    }
    for (const dir of [mountDir, pluginDir, v2Dir, brokenDir]) rmSync(dir, { recursive: true, force: true });

    // the operator's policies: the default one, with plugin-install allowing the registry's
    // dockgate and the names it runs under (what switch's install and enable need while the old
    // dockgate decides); self-protection as shipped
    const base = JSON.parse(readFileSync(join(REPO, 'config/policy.json'), 'utf8')) as { rules: Record<string, unknown> };
    const write = (name: string, extra: Record<string, unknown>): string => {
      const dir = join(r.tmp, name);
      mkdirSync(dir);
      const rules = {
        ...base.rules,
        'plugin-install': { action: 'deny', options: { allowed: [registry.ref('dockgate', '*'), 'dockgate', 'dockgate-blue', 'dockgate-green'], allowCreate: false } },
        ...extra,
      };
      writeFileSync(join(dir, 'policy.json'), `${JSON.stringify({ ...base, rules }, null, 2)}\n`);
      return dir;
    };
    policy.v1 = write('policy-v1', {});
    // the new policy: read-only root filesystems become mandatory
    policy.v2 = write('policy-v2', { 'read-only-rootfs': 'deny' });
  });

  cleanupAfterAll(() => run);

  /**
   * Runs the script against daemon D: its daemon.json, its exec-root, and its reload: A by
   * --dockerd-pid (SIGHUP), B by --reload-cmd (both ways an operator may choose).
   */
  const script = async (d: PrivateDaemon, args: readonly string[]): Promise<RunResult> => {
    const env = { ...d.env(), PATH: `${dirname(engine.docker)}:${d.env().PATH ?? ''}` };
    const reload = d === a ? ['--dockerd-pid', String(d.pid)] : ['--reload-cmd', `kill -HUP ${String(d.pid)}`];
    const res = await runCmd('bash', [SCRIPT, '--daemon-json', d.configFile, ...reload, '--exec-root', d.exec, '--timeout', '60', ...args], { env, timeoutMs: 400_000 });
    await trackPluginDirs(d);
    if (process.env.DOCKGATE_E2E_VERBOSE === '1') process.stdout.write(res.stderr);
    return res;
  };
  const trackPluginDirs = async (d: PrivateDaemon): Promise<void> => {
    const ids = (await d.docker(['plugin', 'ls', '-q', '--no-trunc'])).stdout.split('\n').filter((l) => l !== '');
    for (const id of ids) run!.removeDirLater(join(PLUGIN_RUN_DIR, id));
  };
  const plugins = async (d: PrivateDaemon): Promise<PluginView[]> => {
    const ids = (await d.dockerOk(['plugin', 'ls', '-q', '--no-trunc'])).split('\n').filter((l) => l !== '');
    return ids.length === 0 ? [] : (JSON.parse(await d.dockerOk(['plugin', 'inspect', ...ids])) as PluginView[]);
  };
  /** daemon.json's authorization-plugins (what the running chain follows after a reload). */
  const configured = (d: PrivateDaemon): unknown => (JSON.parse(readFileSync(d.configFile, 'utf8')) as Record<string, unknown>)['authorization-plugins'];
  /**
   * The names of the installed plugins that decide the daemon's requests: those whose /healthz
   * lastDecision follows a `docker version` (GET /info would show the chain the daemon started with).
   */
  const deciding = async (d: PrivateDaemon): Promise<string[]> => {
    const t0 = Date.now();
    await d.dockerOk(['version']);
    const out: string[] = [];
    for (const p of await plugins(d)) {
      if (!p.Enabled) continue;
      const h = await healthz(d, p.Id);
      if (h.lastDecision !== null && Date.parse(h.lastDecision) >= t0) out.push(p.Name);
    }
    return out;
  };
  const healthz = async (d: PrivateDaemon, id: string): Promise<Health> => {
    const sock = [join(d.exec, 'plugins', id, 'dockgate.sock'), join(PLUGIN_RUN_DIR, id, 'dockgate.sock')].find((s) => existsSync(s));
    if (sock === undefined) throw new Error(`no socket for plugin ${id}`);
    const h = await api(sock, { path: '/healthz', timeoutMs: 10_000 });
    expect(h.status).to.equal(200);
    return JSON.parse(h.body) as Health;
  };
  /** The daemon is the same process, answers /_ping, and denies a privileged create by NAME. */
  const expectAuthorizing = async (d: PrivateDaemon, pid: number, name: string): Promise<void> => {
    expect(d.pid, 'the daemon process').to.equal(pid);
    expect(d.running, 'dockerd still running').to.equal(true);
    expect((await d.api({ path: '/_ping' })).status).to.equal(200);
    const r = await d.docker(['create', '--pull', 'never', '--privileged', ...COMPLIANT, IMAGE, 'true']);
    expect(r.code, r.stdout).to.not.equal(0);
    expect(r.stderr).to.include(`authorization denied by plugin ${name}:`);
    expect(r.stderr).to.include('[privileged]');
  };
  /** A container without --read-only: allowed by the v1 policy (warn), denied by v2. */
  const writableRootfs = (d: PrivateDaemon, name: string): Promise<RunResult> => d.docker(['create', '--name', name, ...COMPLIANT, IMAGE, 'true']);
  const settingsOf = (p: PluginView): Record<string, string> => Object.fromEntries([...p.Settings.Env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]), ...p.Config.Mounts.filter((m) => (m.Settable ?? []).includes('source')).map((m) => [`${m.Name}.source`, m.Source ?? ''])]) as Record<string, string>;

  describe('the registry', () => {
    it('holds dockgate 0.1.0, 0.2.0 and the broken build, pushed by daemon A', async () => {
      expect(await registry.tags('dockgate')).to.have.members(['0.1.0', '0.2.0', '0.2.1-broken', '0.1.9-policy-mount']);
      expect(await plugins(a), 'A keeps no plugin after pushing').to.deep.equal([]);
    });
  });

  describe('install 0.1.0 from the registry with the script', () => {
    for (const [label, alias] of [['A', 'dockgate'], ['B (fresh)', 'dockgate-blue']] as const) {
      it(`on ${label} as ${alias}: settings applied, enabled, in daemon.json and the daemon's chain, a privileged create denied`, async function () {
        this.timeout(300_000);
        const d = label === 'A' ? a : b;
        const res = await script(d, ['install', refs.v1, '--alias', alias, '--policy-dir', policy.v1, '--set', `DOCKGATE_DAEMON_CONFIG=${d.configFile}`, '--set', 'DOCKGATE_LOG_LEVEL=info']);
        expect(res.code, res.stderr).to.equal(0);
        const [p, ...more] = await plugins(d);
        expect(more).to.deep.equal([]);
        expect(p!.Name).to.equal(`${alias}:latest`);
        expect(p!.Enabled).to.equal(true);
        expect(p!.PluginReference).to.equal(refs.v1);
        expect(settingsOf(p!)).to.deep.include({ ...policySettings(policy.v1), DOCKGATE_DAEMON_CONFIG: d.configFile, DOCKGATE_LOG_LEVEL: 'info' });
        expect(configured(d)).to.deep.equal([alias]);
        expect(await deciding(d)).to.deep.equal([`${alias}:latest`]);
        const h = await healthz(d, p!.Id);
        expect([h.status, h.version, h.policy.file]).to.deep.equal(['ok', '0.1.0', policySettings(policy.v1).DOCKGATE_POLICY]);
        await expectAuthorizing(d, d === a ? pidA : pidB, `${alias}:latest`);
        const w = await writableRootfs(d, `dge2e-v1-${alias}`);
        expect(w.code, `v1 policy: a writable root filesystem is only a warning: ${w.stderr}`).to.equal(0);
        const check = await script(d, ['check']);
        expect(check.code, check.stderr).to.equal(0);
        expect(check.stderr).to.include(`${alias}: installed, enabled, answering, in the daemon's chain`);
      });
    }

    it('refuses a second install under a name that exists, changing nothing', async () => {
      const res = await script(a, ['install', refs.v1, '--alias', 'dockgate']);
      expect(res.code).to.equal(2);
      expect(res.stderr).to.include('dockgate is already installed');
      await expectAuthorizing(a, pidA, 'dockgate:latest');
    });
  });

  describe('upgrade to 0.2.0 and a new policy', () => {
    it('A in place: out of the chain, upgrade --skip-remote-check (no prompt), every setting re-applied, back in the chain', async function () {
      this.timeout(300_000);
      const before = (await plugins(a))[0]!;
      const res = await script(a, ['upgrade', refs.v2, '--policy-dir', policy.v2]);
      expect(res.code, res.stderr).to.equal(0);
      expect(res.stderr).to.not.match(/images do not match|\[y\/N\]/i);
      expect(res.stderr).to.include('the daemon authorizes NOTHING');
      const [p, ...more] = await plugins(a);
      expect(more).to.deep.equal([]);
      expect([p!.Id, p!.Name, p!.Enabled, p!.PluginReference]).to.deep.equal([before.Id, 'dockgate:latest', true, refs.v2]);
      // the operator's settings survived the upgrade (which drops them); the policy folder is the new one
      expect(settingsOf(p!)).to.deep.include({ ...policySettings(policy.v2), DOCKGATE_DAEMON_CONFIG: a.configFile, DOCKGATE_LOG_LEVEL: 'info', DOCKGATE_METRICS_INTERVAL: '30' });
      expect(configured(a)).to.deep.equal(['dockgate']);
      expect(await deciding(a)).to.deep.equal(['dockgate:latest']);
      expect((await healthz(a, p!.Id)).version).to.equal('0.2.0');
      await expectAuthorizing(a, pidA, 'dockgate:latest');
      const w = await writableRootfs(a, 'dge2e-v2-a');
      expect(w.code).to.not.equal(0);
      expect(w.stderr).to.include('authorization denied by plugin dockgate:latest:').and.include('[read-only-rootfs]');
    });

    it('B blue/green (dockgate-blue -> dockgate-green): every privileged create during the switch is denied, the old plugin is removed', async function () {
      this.timeout(300_000);
      const probe = new DenyProbe(b);
      probe.start();
      let res: RunResult;
      try {
        res = await script(b, ['switch', refs.v2, '--policy-dir', policy.v2]);
      } finally {
        await probe.stop();
      }
      expect(res.code, res.stderr).to.equal(0);
      expect(probe.answers.length, 'probes sent during the switch').to.be.above(5);
      expect(probe.notDenied(['dockgate-blue:latest', 'dockgate-green:latest']), 'answers that were not a dockgate deny').to.deep.equal([]);
      const [p, ...more] = await plugins(b);
      expect(more.map((m) => m.Name), 'the old plugin is removed').to.deep.equal([]);
      expect([p!.Name, p!.Enabled, p!.PluginReference]).to.deep.equal(['dockgate-green:latest', true, refs.v2]);
      expect(settingsOf(p!)).to.deep.include({ ...policySettings(policy.v2), DOCKGATE_DAEMON_CONFIG: b.configFile, DOCKGATE_LOG_LEVEL: 'info', DOCKGATE_METRICS_INTERVAL: '30' });
      expect(configured(b)).to.deep.equal(['dockgate-green']);
      expect(await deciding(b)).to.deep.equal(['dockgate-green:latest']);
      expect((await healthz(b, p!.Id)).version).to.equal('0.2.0');
      await expectAuthorizing(b, pidB, 'dockgate-green:latest');
      const w = await writableRootfs(b, 'dge2e-v2-b');
      expect(w.stderr).to.include('authorization denied by plugin dockgate-green:latest:').and.include('[read-only-rootfs]');
    });
  });

  describe('a failed upgrade (the broken build) rolls back', () => {
    it('B blue/green to the broken build: exit 1, dockgate-green keeps deciding throughout, the daemon never exits', async function () {
      this.timeout(300_000);
      const before = await plugins(b);
      const probe = new DenyProbe(b);
      probe.start();
      let res: RunResult;
      try {
        res = await script(b, ['switch', refs.broken]);
      } finally {
        await probe.stop();
      }
      expect(res.code, res.stderr).to.equal(1);
      expect(res.stderr).to.include('ROLLBACK: dockgate-green stays');
      const check = await script(b, ['check']);
      expect(check.code, check.stderr).to.equal(0);
      expect(probe.answers.length).to.be.above(5);
      expect(probe.notDenied(['dockgate-green:latest']), 'answers that were not a dockgate deny').to.deep.equal([]);
      const after = await plugins(b);
      expect(after.map((p) => [p.Id, p.Name, p.Enabled, p.PluginReference]), 'only dockgate-green, enabled, unchanged').to.deep.equal(before.map((p) => [p.Id, p.Name, true, refs.v2]));
      expect(configured(b)).to.deep.equal(['dockgate-green']);
      expect(await deciding(b)).to.deep.equal(['dockgate-green:latest']);
      await expectAuthorizing(b, pidB, 'dockgate-green:latest');
    });

    it('B blue/green when the policy does not allow the new name: the old dockgate denies its enable ([plugin-install]), the script rolls back', async function () {
      this.timeout(300_000);
      const before = await plugins(b);
      const green = before.find((p) => p.Name === 'dockgate-green:latest')!;
      const file = join(policy.v2, 'policy.json');
      const original = readFileSync(file, 'utf8');
      /** Replaces the policy file (rename: never read half-written) and waits for green to load it. */
      const replacePolicy = async (text: string): Promise<void> => {
        const was = (await healthz(b, green.Id)).policyVersion;
        writeFileSync(`${file}.tmp`, text);
        renameSync(`${file}.tmp`, file);
        await poll('dockgate-green to load the changed policy', async () => ((await healthz(b, green.Id)).policyVersion !== was ? true : undefined), 20_000, 100);
      };
      const parsed = JSON.parse(original) as { rules: Record<string, { options: { allowed: string[] } }> };
      parsed.rules['plugin-install']!.options.allowed = parsed.rules['plugin-install']!.options.allowed.filter((n) => n !== 'dockgate-blue');
      await replacePolicy(JSON.stringify(parsed, null, 2));
      try {
        const res = await script(b, ['switch', refs.v1]);
        expect(res.code, res.stderr).to.equal(1);
        expect(res.stderr).to.include('authorization denied by plugin dockgate-green:latest').and.include('[plugin-install]').and.include('dockgate-blue');
        expect(res.stderr).to.include('ROLLBACK: dockgate-green stays');
      } finally {
        await replacePolicy(original);
      }
      const after = await plugins(b);
      expect(after.map((p) => [p.Id, p.Name, p.Enabled])).to.deep.equal(before.map((p) => [p.Id, p.Name, true]));
      expect(configured(b)).to.deep.equal(['dockgate-green']);
      await expectAuthorizing(b, pidB, 'dockgate-green:latest');
    });

    it('A in place to the broken build: exit 1, back to 0.2.0 with its settings, in the chain, the daemon never exits', async function () {
      this.timeout(300_000);
      const before = (await plugins(a))[0]!;
      const res = await script(a, ['upgrade', refs.broken]);
      expect(res.code, res.stderr).to.equal(1);
      expect(res.stderr).to.include(`rolled back: dockgate is ${refs.v2} again`);
      const [p, ...more] = await plugins(a);
      expect(more).to.deep.equal([]);
      expect([p!.Id, p!.Name, p!.Enabled, p!.PluginReference]).to.deep.equal([before.Id, 'dockgate:latest', true, refs.v2]);
      expect(settingsOf(p!)).to.deep.equal(settingsOf(before));
      expect(configured(a)).to.deep.equal(['dockgate']);
      expect(await deciding(a)).to.deep.equal(['dockgate:latest']);
      expect((await healthz(a, p!.Id)).version).to.equal('0.2.0');
      await expectAuthorizing(a, pidA, 'dockgate:latest');
    });

    it('A in place to 0.1.0 with a policy that does not load: the plugin enables but decides with a fallback, so it never joins the chain; back to 0.2.0 and its policy', async function () {
      this.timeout(300_000);
      const before = (await plugins(a))[0]!;
      const bad = join(run!.tmp, 'policy-bad');
      mkdirSync(bad);
      writeFileSync(join(bad, 'policy.json'), '{"version": 1, "rules": {"privileged": "maybe"}}\n');
      const res = await script(a, ['upgrade', refs.v1, '--policy-dir', bad]);
      expect(res.code, res.stderr).to.equal(1);
      expect(res.stderr).to.include('dockgate answers but decides with a fallback policy');
      expect(res.stderr).to.include(`rolled back: dockgate is ${refs.v2} again`);
      const [p, ...more] = await plugins(a);
      expect(more).to.deep.equal([]);
      expect([p!.Id, p!.Enabled, p!.PluginReference]).to.deep.equal([before.Id, true, refs.v2]);
      expect(settingsOf(p!)).to.deep.equal(settingsOf(before));
      expect(configured(a)).to.deep.equal(['dockgate']);
      expect(await deciding(a)).to.deep.equal(['dockgate:latest']);
      const h = await healthz(a, p!.Id);
      expect([h.status, h.version, h.policy.file]).to.deep.equal(['ok', '0.2.0', policySettings(policy.v2).DOCKGATE_POLICY]);
      await expectAuthorizing(a, pidA, 'dockgate:latest');
    });
  });

  describe('across a manifest change: from a version with the policy mount to the /host one', () => {
    it('A in place to a version with a "policy" mount (--policy-dir sets its source), then to 0.2.0 without --policy-dir: the policy folder is carried over as a /host path', async function () {
      this.timeout(300_000);
      const toMount = await script(a, ['upgrade', refs.mount, '--policy-dir', policy.v2]);
      expect(toMount.code, toMount.stderr).to.equal(0);
      let p = (await plugins(a))[0]!;
      expect(p.PluginReference).to.equal(refs.mount);
      expect(settingsOf(p)).to.deep.include({ 'policy.source': policy.v2, DOCKGATE_POLICY: '/etc/dockgate/policy.json' });
      expect((await healthz(a, p.Id)).policy.file).to.equal('/etc/dockgate/policy.json');
      await expectAuthorizing(a, pidA, 'dockgate:latest');

      const back = await script(a, ['upgrade', refs.v2]);
      expect(back.code, back.stderr).to.equal(0);
      expect(back.stderr).to.include('has no policy mount: DOCKGATE_POLICY now reads the folder');
      p = (await plugins(a))[0]!;
      expect(p.PluginReference).to.equal(refs.v2);
      expect(settingsOf(p).DOCKGATE_POLICY).to.equal(`/host${policy.v2}/policy.json`);
      const h = await healthz(a, p.Id);
      expect([h.status, h.version, h.policy.file]).to.deep.equal(['ok', '0.2.0', `/host${policy.v2}/policy.json`]);
      expect(await deciding(a)).to.deep.equal(['dockgate:latest']);
      await expectAuthorizing(a, pidA, 'dockgate:latest');
      const w = await writableRootfs(a, 'dge2e-v2-a-again');
      expect(w.stderr, 'the new policy decides').to.include('[read-only-rootfs]');
    });
  });
});
