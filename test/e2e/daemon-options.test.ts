/**
 * Issue 13: options the daemon grows, with dockgate as a socket plugin enforcing the DEFAULT
 * policy in front of a real private dockerd, through the real docker CLI. Each case has a control
 * first (without the plugin the daemon honours the option, or refuses it), then the same step
 * denied by dockgate:
 *
 * - `--security-opt writable-cgroups=true` (dockerd 28.0+): the control rewrites the container's
 *   own memory limit from inside; on daemons that do not know the key, the control checks that
 *   the daemon refuses it. Denied by security-opt-allowlist on every daemon.
 * - a seccomp profile that allows every syscall by name (defaultAction ERRNO): the control creates
 *   a user namespace and mounts a tmpfs inside it (Docker's default profile blocks unshare), then
 *   dockgate denies it (seccomp-unconfined) and still allows a copy of Docker's default profile.
 * - a plugin created under a registry-style reference (`127.0.0.1:5000/...:0.1.0`): its disable,
 *   set, rm (by name and by ID prefix) are denied by self-protection with no policy edit.
 * - swarm services: one on a user overlay network is allowed by the default policy, one on the
 *   host network still denied (the ID the CLI sends is learned from the daemon's own answer).
 * - BuildKit (daemons with buildx in the matrix): denied while the daemon's daemon.json grants the
 *   network-host entitlement, allowed once it sets it to false (and the daemon then refuses a
 *   --network host build itself).
 */
import { expect } from 'chai';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_VERSION } from './helpers/attacks.js';
import { PrivateDaemon } from './helpers/daemon.js';
import { ensureBuilt, REPO, SocketPlugin } from './helpers/dockgate.js';
import { requireEngine } from './helpers/engine.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';
import { runDaemon, runSocketPlugin } from './helpers/setup.js';
import { deniedBy, expectCliDenied, ruleIds, waitForDecision, type PassContext } from './helpers/scenarios.js';

/** Compliant with the default policy's deny rules. */
const BASE = ['--memory', '64m', '--network', 'none'] as const;

/**
 * Raises the container's own 64 MiB memory limit to 100 MiB from inside (cgroup v2 memory.max, or
 * v1 memory.limit_in_bytes, which must stay below the 128 MiB memory+swap limit) and prints it.
 */
const RAISE_MEMORY = 'f=/sys/fs/cgroup/memory.max; [ -f $f ] || f=/sys/fs/cgroup/memory/memory.limit_in_bytes; echo 104857600 > $f && cat $f';
/** A user namespace with a mount namespace, and a tmpfs mounted inside: blocked by Docker's default seccomp profile. */
const USERNS_MOUNT = 'mkdir -p /mnt && unshare -U -r -m sh -c "mount -t tmpfs none /mnt && echo mounted-in-userns"';

interface DefaultProfileData {
  readonly defaultAction: string;
  readonly defaultErrnoRet: number;
  readonly syscalls: readonly { readonly names: readonly string[] }[];
}

describe('e2e daemon options (issue 13): security options, seccomp profiles, plugin names, BuildKit', function () {
  let run: E2eRun | undefined;
  let daemon: PrivateDaemon;
  let plugin: SocketPlugin;
  let name: string;
  let allowByName = '';
  let dockerDefault = '';
  let pluginDir = '';
  const PLUGIN_REF = '127.0.0.1:5000/dge2e/gatekeeper:0.1.0';
  let pluginId = '';

  before(async function () {
    const engine = await requireEngine(this);
    this.timeout(240_000);
    await ensureBuilt();
    run = new E2eRun('opts');
    const r = run;
    // the profiles, as files the CLI reads (it sends their JSON text inline)
    const data = JSON.parse(readFileSync(join(REPO, 'src/rules/lib/seccomp-default.json'), 'utf8')) as DefaultProfileData & Record<string, unknown>;
    const names = [...new Set(data.syscalls.flatMap((s) => s.names))];
    allowByName = join(r.tmp, 'allow-by-name.json');
    writeFileSync(allowByName, JSON.stringify({ defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names, action: 'SCMP_ACT_ALLOW' }] }));
    dockerDefault = join(r.tmp, 'docker-default.json');
    writeFileSync(dockerDefault, JSON.stringify({ defaultAction: data.defaultAction, defaultErrnoRet: data.defaultErrnoRet, syscalls: data.syscalls }));
    // a plugin manifest that is never enabled: only its reference matters
    pluginDir = join(r.tmp, 'plugin-src');
    mkdirSync(join(pluginDir, 'rootfs'), { recursive: true });
    writeFileSync(join(pluginDir, 'rootfs/placeholder'), 'x\n');
    writeFileSync(join(pluginDir, 'config.json'), JSON.stringify({ description: 'dockgate e2e: an authorization plugin under a registry-style reference', documentation: 'https://example.invalid', entrypoint: ['/placeholder'], interface: { types: ['docker.authz/1.0'], socket: 'authz.sock' }, network: { type: 'none' } }));

    // The default policy; the daemon's own daemon.json (runDaemon's folder) is the one the
    // BuildKit gate reads. Given in the environment: the daemon helper's stop() ends every
    // process whose command line names a path under the daemon's folder.
    ({ plugin, name } = await runSocketPlugin(r, [], { DOCKGATE_DAEMON_CONFIG: join(r.tmp, 'daemon/daemon.json') }));
    daemon = runDaemon(r, engine);
    if (daemon.configFile !== join(r.tmp, 'daemon/daemon.json')) throw new Error(`the daemon's config file moved to ${daemon.configFile}`);
    r.defer('remove the test plugin', async () => {
      if (daemon.running) await daemon.docker(['plugin', 'rm', '-f', PLUGIN_REF]);
    });
    // first without dockgate, for the controls
    await daemon.start();
    await importBusybox(daemon, r.tmp);
  });

  cleanupAfterAll(() => run);

  const ctx = (): PassContext => ({ daemon, pluginName: name, decisions: () => plugin.decisions() });
  /** dockerd 28.0 added writable-cgroups (moby e3cdd59a82); older daemons fail the create. */
  const knowsWritableCgroups = (): boolean => daemon.version.major >= 28;

  describe('controls: without dockgate the daemon honours each option (or the denials below prove nothing)', () => {
    it('--security-opt writable-cgroups=true: the container raises its own memory limit (28.x), or the daemon refuses the key (older)', async function () {
      this.timeout(60_000);
      const args = ['run', '--rm', ...BASE, '--security-opt', 'writable-cgroups=true', IMAGE, 'sh', '-c', RAISE_MEMORY];
      const r = await daemon.docker(args);
      if (!knowsWritableCgroups()) {
        expect(r.code, `dockerd ${daemon.version.version} should refuse writable-cgroups: ${r.stdout}`).to.not.equal(0);
        expect(r.stderr).to.match(/invalid --security-opt 2: "writable-cgroups=true"/);
        return;
      }
      expect(r.code, `dockerd ${daemon.version.version}: ${r.stderr}`).to.equal(0);
      expect(r.stdout.trim(), 'the 64 MiB limit rewritten from inside the container').to.equal('104857600');
      // and without the option the same write fails: the cgroup filesystem is read-only
      const plain = await daemon.docker(['run', '--rm', ...BASE, IMAGE, 'sh', '-c', RAISE_MEMORY]);
      expect(plain.code, plain.stdout).to.not.equal(0);
      expect(plain.stderr).to.match(/read-only file system/i);
    });

    it("a seccomp profile allowing every syscall by name lets the container unshare and mount (Docker's default profile does not)", async function () {
      this.timeout(60_000);
      const blocked = await daemon.docker(['run', '--rm', ...BASE, IMAGE, 'sh', '-c', USERNS_MOUNT]);
      expect(blocked.code, `default profile: ${blocked.stdout}`).to.not.equal(0);
      expect(blocked.stderr).to.match(/unshare: .*operation not permitted/i);
      const allowed = await daemon.docker(['run', '--rm', ...BASE, '--security-opt', `seccomp=${allowByName}`, IMAGE, 'sh', '-c', USERNS_MOUNT]);
      expect(allowed.code, allowed.stderr).to.equal(0);
      expect(allowed.stdout).to.include('mounted-in-userns');
      const copy = await daemon.docker(['run', '--rm', ...BASE, '--security-opt', `seccomp=${dockerDefault}`, IMAGE, 'sh', '-c', USERNS_MOUNT]);
      expect(copy.code, `a copy of Docker's default profile: ${copy.stdout}`).to.not.equal(0);
    });

    it(`docker plugin create ${PLUGIN_REF}, then rm works (and it is created again for the denials)`, async function () {
      this.timeout(60_000);
      await daemon.dockerOk(['plugin', 'create', PLUGIN_REF, pluginDir]);
      await daemon.dockerOk(['plugin', 'rm', PLUGIN_REF]);
      expect((await daemon.dockerOk(['plugin', 'ls', '--format', '{{.Name}}'])).trim()).to.equal('');
      await daemon.dockerOk(['plugin', 'create', PLUGIN_REF, pluginDir]);
      pluginId = (await daemon.dockerOk(['plugin', 'inspect', '--format', '{{.Id}}', PLUGIN_REF])).trim();
      expect(pluginId).to.match(/^[0-9a-f]{64}$/);
    });
  });

  describe('enforcing the default policy (config/policy.json)', () => {
    before(async function () {
      this.timeout(120_000);
      if (!existsSync(plugin.socket)) throw new Error(`dockgate's socket is gone: ${plugin.pid ?? 'no pid'}: ${readFileSync(plugin.logFile, 'utf8').slice(-3000)}`);
      await daemon.restart({ authz: [name] });
      await daemon.dockerOk(['version']);
    });

    describe('SecurityOpt by allowlist [security-opt-allowlist]', () => {
      // (the CLI itself refuses the bare word writable-cgroups: that one is sent raw below)
      for (const opt of ['writable-cgroups=true', 'writable-cgroups=T', 'writable-cgroups=True', 'writable-cgroups:1', 'some-future-option=on']) {
        it(`docker run --security-opt ${opt} is denied, naming it`, async () => {
          const stderr = await expectCliDenied(ctx(), ['run', '--name', 'dge2e-secopt', ...BASE, '--security-opt', opt, IMAGE, 'true'], ['security-opt-allowlist'], 'dge2e-secopt');
          expect(stderr).to.include(opt);
        });
      }

      it('a raw API create with the bare word writable-cgroups (the daemon accepts it, 28.0+) is denied and creates nothing', async () => {
        const before = await daemon.containerIds();
        const body = JSON.stringify({ Image: IMAGE, Cmd: ['true'], HostConfig: { Memory: 64 * 1024 * 1024, NetworkMode: 'none', SecurityOpt: ['writable-cgroups'] } });
        const res = await daemon.api({ method: 'POST', path: `/${API_VERSION}/containers/create?name=dge2e-secopt-bare`, headers: { 'Content-Type': 'application/json' }, body });
        expect(res.status, res.body).to.equal(403);
        expect(ruleIds(res.body), res.body).to.deep.equal(['security-opt-allowlist']);
        expect(await daemon.containerIds()).to.have.members(before);
      });

      it('docker run --security-opt writable-cgroups=false is allowed (the daemons that know it keep the mount read-only)', async function () {
        this.timeout(60_000);
        const r = await daemon.docker(['run', '--rm', ...BASE, '--security-opt', 'writable-cgroups=false', IMAGE, 'sh', '-c', RAISE_MEMORY]);
        expect(deniedBy(ctx(), r.stderr), r.stderr).to.equal(false);
        expect(r.code, r.stdout).to.not.equal(0);
        expect(r.stderr).to.match(knowsWritableCgroups() ? /read-only file system/i : /invalid --security-opt 2/);
      });
    });

    describe('seccomp profiles judged by what they allow [seccomp-unconfined]', () => {
      it('docker run --security-opt seccomp=<every syscall allowed by name> is denied', async () => {
        const stderr = await expectCliDenied(ctx(), ['run', '--name', 'dge2e-seccomp-names', ...BASE, '--security-opt', `seccomp=${allowByName}`, IMAGE, 'sh', '-c', USERNS_MOUNT], ['seccomp-unconfined'], 'dge2e-seccomp-names');
        expect(stderr).to.match(/lets through syscalls Docker's default profile blocks/);
      });

      it("a copy of Docker's default profile is allowed, and still blocks unshare", async function () {
        this.timeout(60_000);
        const r = await daemon.docker(['run', '--rm', ...BASE, '--security-opt', `seccomp=${dockerDefault}`, IMAGE, 'sh', '-c', USERNS_MOUNT]);
        expect(deniedBy(ctx(), r.stderr), r.stderr).to.equal(false);
        expect(r.code).to.not.equal(0);
        expect(r.stderr).to.match(/unshare: .*operation not permitted/i);
      });
    });

    describe('self-protection under every name [self-protection]', () => {
      const plugins = async (): Promise<string> => (await daemon.dockerOk(['plugin', 'ls', '--format', '{{.Name}}'])).trim();
      for (const args of [['plugin', 'disable', PLUGIN_REF], ['plugin', 'set', PLUGIN_REF, 'X=1'], ['plugin', 'rm', '-f', PLUGIN_REF]]) {
        it(`docker ${args.join(' ')} is denied with no policy edit`, async () => {
          const r = await daemon.docker(args);
          expect(r.code, r.stdout).to.not.equal(0);
          expect(deniedBy(ctx(), r.stderr), r.stderr).to.equal(true);
          expect(ruleIds(r.stderr), r.stderr).to.deep.equal(['self-protection']);
          // an authorization plugin outside daemon.json: denied while dockgate does not know what it is (before
          // docker plugin ls) or which chain the daemon started with (no docker info yet; see self-protection-chain tests)
          expect(r.stderr).to.match(/may be an authorization plugin|: chain unknown, no docker info seen yet/);
          expect(await plugins()).to.include('dge2e/gatekeeper');
        });
      }

      it('docker plugin rm -f <ID prefix> is denied', async () => {
        const r = await daemon.docker(['plugin', 'rm', '-f', pluginId.slice(0, 12)]);
        expect(deniedBy(ctx(), r.stderr), r.stderr).to.equal(true);
        expect(ruleIds(r.stderr), r.stderr).to.deep.equal(['self-protection']);
        expect(await plugins()).to.include('dge2e/gatekeeper');
      });
    });

    describe('services on user overlay networks [host-network]', () => {
      const swarmState = async (): Promise<string> => (await daemon.dockerOk(['info', '--format', '{{.Swarm.LocalNodeState}}'])).trim();
      const SERVICE = ['--detach', '--limit-memory', '64m', '--restart-condition', 'on-failure', '--restart-max-attempts', '3'];
      before(async function () {
        // swarm advertises 127.0.0.1 in the daemon's own network namespace (as pass 3)
        if (daemon.engine.unshare === undefined) this.skip();
        this.timeout(120_000);
        await daemon.restart({ authz: [name], loopback: true });
        await daemon.dockerOk(['swarm', 'init', '--advertise-addr', '127.0.0.1'], { timeoutMs: 60_000 });
        run!.defer('leave the swarm', async () => {
          if (daemon.running && (await swarmState()) !== 'inactive') await daemon.docker(['swarm', 'leave', '--force'], { timeoutMs: 60_000 });
        });
        await daemon.dockerOk(['network', 'create', '-d', 'overlay', 'dge2e-app']);
      });
      after(async function () {
        this.timeout(120_000);
        if (daemon.running && (await swarmState()) !== 'inactive') await daemon.dockerOk(['swarm', 'leave', '--force'], { timeoutMs: 60_000 });
      });

      it('docker service create --network <overlay> is allowed with the default policy (the CLI looked the network up: dockgate learned it is an overlay)', async function () {
        this.timeout(60_000);
        const r = await daemon.docker(['service', 'create', ...SERVICE, '--name', 'dge2e-svc-app', '--network', 'dge2e-app', IMAGE, 'sleep', '60']);
        expect(deniedBy(ctx(), r.stderr), r.stderr).to.equal(false);
        expect(r.code, r.stderr).to.equal(0);
        const target = (await daemon.dockerOk(['service', 'inspect', '--format', '{{(index .Spec.TaskTemplate.Networks 0).Target}}', 'dge2e-svc-app'])).trim();
        expect((await daemon.dockerOk(['network', 'inspect', '--format', '{{.Driver}}', target])).trim()).to.equal('overlay');
        await daemon.dockerOk(['service', 'rm', 'dge2e-svc-app']);
      });

      it('docker service create --network host is still denied', async function () {
        this.timeout(60_000);
        const r = await daemon.docker(['service', 'create', ...SERVICE, '--name', 'dge2e-svc-host', '--network', 'host', IMAGE, 'sleep', '60']);
        expect(r.code, r.stdout).to.not.equal(0);
        expect(deniedBy(ctx(), r.stderr), r.stderr).to.equal(true);
        expect(ruleIds(r.stderr), r.stderr).to.deep.equal(['host-network']);
        expect(r.stderr).to.include('is the ID of the host network');
        expect((await daemon.dockerOk(['service', 'ls', '--format', '{{.Name}}'])).trim()).to.equal('');
      });
    });

    describe('BuildKit [buildkit-entitlements]', () => {
      let context = '';
      const buildx = async (extra: readonly string[]) => daemon.docker(['buildx', 'build', '--progress', 'plain', ...extra, '-t', 'dge2e-bk:1', context], { timeoutMs: 120_000 });
      before(function () {
        if (daemon.engine.cliPlugins === undefined) this.skip();
        context = join(run!.tmp, 'build-context');
        mkdirSync(context, { recursive: true });
        writeFileSync(join(context, 'Dockerfile'), `FROM ${IMAGE}\nRUN true\n`);
      });

      it('docker buildx build is denied while daemon.json grants the network-host entitlement (the default), with the daemon.json fix', async function () {
        this.timeout(120_000);
        const r = await buildx(['--network', 'none']);
        expect(r.code, r.stdout).to.not.equal(0);
        const d = await waitForDecision(ctx(), 'a BuildKit request denied', (x) => (x.operation === 'grpc' || x.operation === 'session') && x.decision === 'deny');
        expect(d.violations.map((v) => v.rule)).to.deep.equal(['buildkit-entitlements']);
      });

      it('with "network-host": false in daemon.json the build is allowed, and the daemon itself refuses --network host', async function () {
        this.timeout(240_000);
        await daemon.restart({ authz: [name], config: { builder: { entitlements: { 'network-host': false } } } });
        const ok = await buildx(['--network', 'none']);
        expect(ok.code, `${ok.stdout}\n${ok.stderr}`).to.equal(0);
        const host = await buildx(['--network', 'host']);
        expect(host.code, host.stdout).to.not.equal(0);
        expect(deniedBy(ctx(), host.stderr), host.stderr).to.equal(false);
        expect(host.stderr + host.stdout).to.match(/network\.host is not allowed/i);
      });
    });
  });
});
