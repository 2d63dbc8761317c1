/**
 * Issue 13 on a real registry: two private daemons and a loopback Docker registry in ONE network
 * namespace (helpers/netns.ts, helpers/registry.ts). Daemon A builds dockgate's managed plugin and
 * pushes it (two tags); daemon B, fresh, installs it from the registry under an alias, runs with it
 * as its authorization plugin and must refuse disable, rm -f, set and upgrade of it under every
 * reference it has, while authorizing on.
 */
import { expect } from 'chai';
import { copyFileSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrivateDaemon } from './helpers/daemon.js';
import { buildManagedPlugin, isDecision, managedPluginLines, REPO, type DecisionLine, type PluginInspect as PluginView } from './helpers/dockgate.js';
import { requireEngine, type Engine } from './helpers/engine.js';
import { PLUGIN_RUN_DIR } from './helpers/host.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import type { SharedNetns } from './helpers/netns.js';
import { run as runCmd, type RunResult } from './helpers/proc.js';
import { expectLoopbackInsecure, requireRegistrySetup, startRegistryFleet, type Registry } from './helpers/registry.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';
import { COMPLIANT, ruleIds } from './helpers/scenarios.js';

describe('e2e plugin-registry (issue 13): dockgate pushed to and installed from a real registry', function () {
  let run: E2eRun | undefined;
  let engine: Engine;
  let ns: SharedNetns;
  let registry: Registry;
  let a: PrivateDaemon;
  let b: PrivateDaemon;
  let pluginDir: string;
  /** 127.0.0.1:5000/dockgate:0.1.0 and :0.2.0 */
  let v1 = '';
  let v2 = '';
  /** The settings every install on B gets: a policy file (config/policy.json, the default policy) and B's daemon.json. */
  let settings: string[] = [];

  before(async function () {
    this.timeout(300_000);
    engine = await requireEngine(this);
    requireRegistrySetup(this, engine, 'plugin-registry', 'registry');
    pluginDir = await buildManagedPlugin();
    run = new E2eRun('reg');
    const r = run;
    ({ ns, registry, a, b } = await startRegistryFleet(r, engine));
    v1 = registry.ref('dockgate', '0.1.0');
    v2 = registry.ref('dockgate', '0.2.0');
    copyFileSync(join(REPO, 'config/policy.json'), join(r.tmp, 'policy.json'));
    // host paths, read by the plugin through its read-only host-root mount (/host)
    settings = [`DOCKGATE_POLICY=/host${join(r.tmp, 'policy.json')}`, `DOCKGATE_DAEMON_CONFIG=${b.configFile}`];
  });

  cleanupAfterAll(() => run);

  describe('the shared network namespace and the registry', () => {
    it('both daemons and the registry run in one network namespace, not the host one', () => {
      const host = readlinkSync('/proc/self/ns/net');
      const shared = readlinkSync(ns.path);
      expect(shared).to.not.equal(host);
      for (const pid of [a.pid, b.pid, registry.pid]) expect(readlinkSync(`/proc/${String(pid)}/ns/net`)).to.equal(shared);
    });

    it('each daemon treats 127.0.0.0/8 as an insecure registry (no daemon option)', async () => {
      await expectLoopbackInsecure(a);
      await expectLoopbackInsecure(b);
    });

    it('an image pushed by daemon A to 127.0.0.1:5000 is pulled and run by daemon B', async function () {
      this.timeout(180_000);
      await importBusybox(a, run!.tmp);
      const ref = registry.ref('dge2e/busybox', '1.36');
      await a.dockerOk(['tag', IMAGE, ref]);
      await a.dockerOk(['push', ref], { timeoutMs: 120_000 });
      expect(await registry.repositories()).to.include('dge2e/busybox');
      expect(await registry.tags('dge2e/busybox')).to.deep.equal(['1.36']);
      await b.dockerOk(['pull', ref], { timeoutMs: 120_000 });
      const out = await b.dockerOk(['run', '--rm', '--network', 'none', ref, 'echo', 'pulled']);
      expect(out.trim()).to.equal('pulled');
    });
  });

  // ---------------------------------------------------------------------------------------------
  const inspect = async (d: PrivateDaemon, ref: string): Promise<PluginView | undefined> => {
    const r = await d.docker(['plugin', 'inspect', ref]);
    if (r.code !== 0) return undefined;
    return (JSON.parse(r.stdout) as PluginView[])[0];
  };
  const install = async (ref: string, alias?: string): Promise<PluginView> => {
    await b.dockerOk(['plugin', 'install', '--grant-all-permissions', ...(alias === undefined ? [] : ['--alias', alias]), ref, ...settings], { timeoutMs: 180_000 });
    const p = await inspect(b, alias ?? ref);
    if (p === undefined) throw new Error(`${alias ?? ref} not installed`);
    run!.removeDirLater(join(PLUGIN_RUN_DIR, p.Id));
    return p;
  };
  /**
   * A real upgrade request to the tag 0.2.0, as `docker plugin upgrade --grant-all-permissions`
   * sends it after its checks (GET /plugins/privileges?remote=, then POST
   * /plugins/{name}/upgrade?remote= with the privileges): raw, because the CLI refuses an enabled
   * plugin by itself ("the plugin must be disabled before upgrading") and never sends the call.
   */
  const rawUpgrade = async (target: string): Promise<{ status: number; body: string }> => {
    const remote = encodeURIComponent(v2);
    const priv = await b.api({ path: `/plugins/privileges?remote=${remote}`, timeoutMs: 60_000 });
    if (priv.status !== 200) throw new Error(`GET /plugins/privileges: ${priv.status} ${priv.body}`);
    const r = await b.api({ method: 'POST', path: `/plugins/${target}/upgrade?remote=${remote}`, headers: { 'Content-Type': 'application/json' }, body: priv.body, timeoutMs: 180_000 });
    return { status: r.status, body: r.body };
  };
  const privilegedCreate = (d: PrivateDaemon, name: string): Promise<RunResult> => d.docker(['create', '--name', name, '--privileged', ...COMPLIANT, IMAGE, 'true']);
  const decisionsOf = (pluginId: string): DecisionLine[] => managedPluginLines(b.log(), pluginId).filter(isDecision);

  describe('dockgate pushed to the registry by daemon A', () => {
    it('docker plugin create + push 127.0.0.1:5000/dockgate:0.1.0, and a real second tag 0.2.0 (same build, its description changed, a marker file added)', async function () {
      this.timeout(600_000);
      await a.dockerOk(['plugin', 'create', v1, pluginDir], { timeoutMs: 300_000 });
      await a.dockerOk(['plugin', 'push', v1], { timeoutMs: 300_000 });
      // 0.2.0: the same root filesystem (hard links) and a config.json of its own (a new file, not the linked one)
      const dir2 = join(run!.tmp, 'plugin-0.2.0');
      const cp = await runCmd('cp', ['-al', pluginDir, dir2], { timeoutMs: 120_000 });
      expect(cp.code, cp.stderr).to.equal(0);
      const config = JSON.parse(readFileSync(join(pluginDir, 'config.json'), 'utf8')) as { description: string };
      rmSync(join(dir2, 'config.json'));
      writeFileSync(join(dir2, 'config.json'), JSON.stringify({ ...config, description: `${config.description} (e2e 0.2.0)` }, null, 2));
      // and a layer of its own: the daemon refuses a second plugin whose rootfs layer it already holds ("content ... already exists")
      writeFileSync(join(dir2, 'rootfs/opt/dockgate/E2E_TAG'), '0.2.0\n');
      await a.dockerOk(['plugin', 'create', v2, dir2], { timeoutMs: 300_000 });
      await a.dockerOk(['plugin', 'push', v2], { timeoutMs: 300_000 });
      rmSync(dir2, { recursive: true, force: true });
      expect(await registry.repositories()).to.include('dockgate');
      expect((await registry.tags('dockgate')).sort()).to.deep.equal(['0.1.0', '0.2.0']);
    });
  });

  describe('control on daemon B, no authorization plugin: the same plugin operations really work there', () => {
    it('install from the registry under an alias; the daemon refuses to upgrade it while enabled; disable, set, a real upgrade to 0.2.0 and rm -f succeed', async function () {
      this.timeout(600_000);
      const p = await install(v1, 'dge2e-control');
      expect(p.Enabled).to.equal(true);
      expect(p.PluginReference).to.equal(v1);
      // enabled, the daemon itself refuses the upgrade (after authorization, so dockgate answers first when it is in the chain)
      const enabled = await rawUpgrade('dge2e-control');
      expect(enabled.status, enabled.body).to.not.equal(200);
      expect(enabled.body).to.match(/must be disabled/i);
      expect(enabled.body).to.not.match(/authorization denied/);
      await b.dockerOk(['plugin', 'disable', 'dge2e-control']);
      await b.dockerOk(['plugin', 'set', 'dge2e-control', 'DOCKGATE_MODE=audit']);
      expect((await inspect(b, 'dge2e-control'))?.Settings.Env).to.include('DOCKGATE_MODE=audit');
      const up0 = await rawUpgrade('dge2e-control');
      expect(up0.status, up0.body).to.equal(200);
      expect(up0.body).to.not.match(/"error"/i);
      const up = await inspect(b, 'dge2e-control');
      expect(up?.PluginReference, 'upgraded to the second tag').to.equal(v2);
      expect(up?.Id).to.equal(p.Id);
      await b.dockerOk(['plugin', 'rm', '-f', 'dge2e-control']);
      expect(await inspect(b, 'dge2e-control')).to.equal(undefined);
    });
  });

  describe('daemon B with dockgate from the registry in its chain (default policy): disable, rm -f, set and upgrade denied under every reference', () => {
    let blue: PluginView;
    let green: PluginView;

    it('install 127.0.0.1:5000/dockgate:0.1.0 (its registry name) and, with --alias dockgate-green, 0.2.0; daemon.json names both; the daemon authorizes through them', async function () {
      this.timeout(600_000);
      blue = await install(v1);
      green = await install(v2, 'dockgate-green');
      expect(blue.Name).to.equal(v1);
      expect(green.Name).to.equal('dockgate-green:latest');
      await b.restart({ netns: ns, config: { 'authorization-plugins': [v1, 'dockgate-green'] } });
      const r = await privilegedCreate(b, 'dge2e-reg-priv');
      expect(r.code).to.not.equal(0);
      expect(r.stderr).to.include(`authorization denied by plugin ${v1}: `);
      expect(ruleIds(r.stderr)).to.deep.equal(['privileged']);
    });

    const targets = (): [string, string][] => [
      [v1, 'the full registry reference with tag'],
      [blue.Id, 'the full ID'],
      [blue.Id.slice(0, 12), 'an ID prefix'],
      ['dockgate-green', 'the alias'],
      ['dockgate-green:latest', 'the alias with its tag'],
      [green.Id, "the alias plugin's full ID"],
      [green.Id.slice(0, 7), "the alias plugin's ID prefix"],
    ];
    it('a real upgrade request to the tag 0.2.0 (raw: GET /plugins/privileges then POST /plugins/{name}/upgrade) is denied by self-protection under each reference, before the daemon\'s own checks', async function () {
      this.timeout(300_000);
      for (const [t, what] of targets()) {
        const r = await rawUpgrade(t);
        const call = `POST /plugins/${t}/upgrade (${what})`;
        expect(r.status, `${call}: ${r.body}`).to.equal(403);
        expect(r.body, call).to.match(/authorization denied by plugin (127\.0\.0\.1:5000\/dockgate:0\.1\.0|dockgate-green:latest): /);
        // the default policy's plugin-install denies upgrades too; self-protection must be among the reasons
        expect(ruleIds(r.body), `${call}: ${r.body}`).to.include('self-protection');
      }
    });

    for (const [op, args] of [
      ['disable', (t: string) => ['plugin', 'disable', t]],
      ['rm -f', (t: string) => ['plugin', 'rm', '-f', t]],
      ['set', (t: string) => ['plugin', 'set', t, 'DOCKGATE_MODE=audit']],
    ] as const) {
      it(`docker plugin ${op} is denied by self-protection under each reference`, async function () {
        this.timeout(300_000);
        for (const [t, what] of targets()) {
          const r = await b.docker(args(t), { timeoutMs: 120_000 });
          const cmd = `docker ${args(t).join(' ')} (${what})`;
          expect(r.code, cmd).to.not.equal(0);
          expect(r.stderr, cmd).to.match(/authorization denied by plugin (127\.0\.0\.1:5000\/dockgate:0\.1\.0|dockgate-green:latest): /);
          expect(ruleIds(r.stderr), `${cmd}: ${r.stderr}`).to.include('self-protection');
        }
      });
    }

    it('both plugins are still enabled, unchanged, and the daemon keeps authorizing', async function () {
      this.timeout(120_000);
      for (const [p, ref] of [[blue, v1], [green, v2]] as const) {
        const now = await inspect(b, p.Id);
        expect(now?.Enabled).to.equal(true);
        expect(now?.PluginReference).to.equal(ref);
        expect(now?.Settings.Env).to.not.include('DOCKGATE_MODE=audit');
      }
      await b.dockerOk(['ps', '-a']);
      const r = await privilegedCreate(b, 'dge2e-reg-still');
      expect(r.stderr).to.include(`authorization denied by plugin ${v1}: `);
      expect(await b.inspect('dge2e-reg-still')).to.equal(undefined);
      // the alias plugin decides too (second in the chain)
      expect(decisionsOf(green.Id).some((d) => d.operation === 'container.list' && d.decision === 'allow')).to.equal(true);
    });

    describe('blue/green: the old plugin leaves the chain by a reload and can then be disabled and removed (self-protection knows the chain)', () => {
      it('the daemon restarts with blue (0.1.0) alone in daemon.json, green joins by a reload, then blue leaves by another', async function () {
        this.timeout(180_000);
        // fresh plugin processes: neither knows anything of the daemon's plugins or chain
        await b.restart({ netns: ns, config: { 'authorization-plugins': [v1] } });
        await b.reload({ 'authorization-plugins': [v1, 'dockgate-green'] });
        const both = await privilegedCreate(b, 'dge2e-reg-both');
        expect(both.stderr).to.include(`authorization denied by plugin ${v1}: `);
        await b.reload({ 'authorization-plugins': ['dockgate-green'] });
        const r = await privilegedCreate(b, 'dge2e-reg-green');
        expect(r.stderr, 'green alone decides now').to.include('authorization denied by plugin dockgate-green:latest: ');
      });

      it('GET /info still reports the chain the daemon started with (blue): a reload does not change it', async () => {
        const info = await b.api({ path: '/info' });
        expect((JSON.parse(info.body) as { Plugins: { Authorization: string[] | null } }).Plugins.Authorization).to.deep.equal([v1]);
      });

      it('before docker plugin ls, disabling blue is denied (its type is unknown to dockgate)', async () => {
        // the GET /info above went through green: it knows the start chain, not the plugins
        const r = await b.docker(['plugin', 'disable', blue.Id]);
        expect(r.code).to.not.equal(0);
        expect(r.stderr).to.include('authorization denied by plugin dockgate-green:latest: ');
        // the summary is cut at 120 characters (the full ID is 64); the fix says what to run
        expect(r.stderr).to.include(`disable of plugin "${blue.Id}"`);
        expect(r.stderr).to.include('run `docker plugin ls` first');
        expect(ruleIds(r.stderr)).to.deep.equal(['self-protection']);
      });

      it('after docker plugin ls, blue (an authorization plugin out of daemon.json, in the start chain, while green joined by a reload) is disabled and removed', async function () {
        this.timeout(120_000);
        await b.dockerOk(['plugin', 'ls']);
        await b.dockerOk(['plugin', 'disable', v1]);
        expect((await inspect(b, v1))?.Enabled).to.equal(false);
        await b.dockerOk(['plugin', 'rm', v1]);
        expect(await inspect(b, blue.Id)).to.equal(undefined);
      });

      it('green, in the chain, cannot be disabled or removed, and keeps authorizing', async function () {
        this.timeout(120_000);
        await b.dockerOk(['info']);
        await b.dockerOk(['plugin', 'ls']);
        for (const t of ['dockgate-green', green.Id, green.Id.slice(0, 12)]) {
          for (const args of [['plugin', 'disable', t], ['plugin', 'rm', '-f', t]]) {
            const r = await b.docker(args);
            expect(r.code, args.join(' ')).to.not.equal(0);
            expect(r.stderr).to.include('authorization denied by plugin dockgate-green:latest: ');
            expect(ruleIds(r.stderr), r.stderr).to.deep.equal(['self-protection']);
          }
        }
        expect((await inspect(b, 'dockgate-green'))?.Enabled).to.equal(true);
        const r = await privilegedCreate(b, 'dge2e-reg-green2');
        expect(ruleIds(r.stderr), r.stderr).to.deep.equal(['privileged']);
      });
    });
  });
});
