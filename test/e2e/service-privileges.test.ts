/**
 * Issue 13: a swarm service's own seccomp and AppArmor settings (ContainerSpec.Privileges.Seccomp
 * {Mode, Profile} and .AppArmor {Mode}), which no docker CLI flag sets (API clients and SDKs do).
 * dockgate as a socket plugin with the DEFAULT policy in front of a real private dockerd in its own
 * network namespace (swarm advertises 127.0.0.1 there), services sent as raw API calls.
 *
 * The fields exist from API 1.44 (daemon 25). 20.10 (API 1.41) has no such fields and ignores
 * them; daemons 25+ clear them from a request made at an API version below 1.44. The controls,
 * without dockgate, show what each daemon really does with them: on 26.1 and 28.5 a custom
 * profile that allows every syscall by name lets the task create a user namespace and mount in
 * it (Docker's default profile blocks that), on 20.10 the same request leaves the task confined.
 * Then, enforcing: denied where the daemon honours the field, allowed (and still confined) where
 * it ignores it, and Docker's default profile copied as a custom profile allowed everywhere.
 *
 * Also here, since it needs the same swarm: the overlay networks dockgate learned from the
 * daemon's answers are kept in its state folder, so a service on a known overlay is still
 * allowed after a dockgate restart without the CLI looking the network up again.
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiResponse } from './helpers/api.js';
import type { PrivateDaemon } from './helpers/daemon.js';
import { ensureBuilt, REPO, type SocketPlugin } from './helpers/dockgate.js';
import { requireEngine } from './helpers/engine.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import { poll } from './helpers/proc.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';
import { runDaemon, runSocketPlugin } from './helpers/setup.js';
import { deniedBy, ruleIds, type PassContext } from './helpers/scenarios.js';

const MEMORY = 64 * 1024 * 1024;
const JSON_HEADERS = { 'Content-Type': 'application/json' };
/** A user namespace with a mount namespace, and a tmpfs mounted inside: blocked by Docker's default seccomp profile. */
const USERNS_MOUNT = 'mkdir -p /mnt && unshare -U -r -m sh -c "mount -t tmpfs none /mnt && echo mounted-in-userns"';

interface DefaultProfileData {
  readonly defaultAction: string;
  readonly defaultErrnoRet: number;
  readonly syscalls: readonly { readonly names: readonly string[] }[];
}

/** A one-shot job (replicated-job, no restart) that runs `cmd` under the given Privileges (on the given network IDs). */
function jobBody(name: string, privileges: object | undefined, cmd: string, networks: readonly string[] = []): string {
  return JSON.stringify({
    Name: name,
    TaskTemplate: {
      ContainerSpec: { Image: IMAGE, Args: ['sh', '-c', cmd], ...(privileges === undefined ? {} : { Privileges: privileges }) },
      Resources: { Limits: { MemoryBytes: MEMORY } },
      RestartPolicy: { Condition: 'none' },
      ...(networks.length === 0 ? {} : { Networks: networks.map((Target) => ({ Target })) }),
    },
    Mode: { ReplicatedJob: { MaxConcurrent: 1, TotalCompletions: 1 } },
  });
}

describe('e2e service privileges (issue 13): custom seccomp profiles and AppArmor modes on swarm services', function () {
  let run: E2eRun | undefined;
  let daemon: PrivateDaemon;
  let plugin: SocketPlugin;
  let name: string;
  let allowEverything: object = {};
  let dockerDefault: object = {};
  let unseenNetwork = '';

  before(async function () {
    const engine = await requireEngine(this);
    // swarm needs the daemon in a network namespace of its own (as pass 3)
    if (engine.unshare === undefined) this.skip();
    this.timeout(240_000);
    await ensureBuilt();
    run = new E2eRun('svcpriv');
    const r = run;
    const data = JSON.parse(readFileSync(join(REPO, 'src/rules/lib/seccomp-default.json'), 'utf8')) as DefaultProfileData;
    const names = [...new Set(data.syscalls.flatMap((s) => s.names))];
    allowEverything = { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names, action: 'SCMP_ACT_ALLOW' }] };
    dockerDefault = { defaultAction: data.defaultAction, defaultErrnoRet: data.defaultErrnoRet, syscalls: data.syscalls };
    ({ plugin, name } = await runSocketPlugin(r));
    daemon = runDaemon(r, engine);
    r.defer('leave the swarm', async () => {
      if (daemon.running && (await swarmState()) !== 'inactive') await daemon.docker(['swarm', 'leave', '--force'], { timeoutMs: 60_000 });
    });
    // first without dockgate, for the controls
    await daemon.start({ loopback: true });
    await importBusybox(daemon, r.tmp);
    await daemon.dockerOk(['swarm', 'init', '--advertise-addr', '127.0.0.1'], { timeoutMs: 60_000 });
    // an overlay network created before dockgate is in the chain: it never describes it to dockgate
    unseenNetwork = (await daemon.dockerOk(['network', 'create', '-d', 'overlay', 'dge2e-unseen'])).trim();
  });

  cleanupAfterAll(() => run);

  const ctx = (): PassContext => ({ daemon, pluginName: name, decisions: () => plugin.decisions() });
  const swarmState = async (): Promise<string> => (await daemon.dockerOk(['info', '--format', '{{.Swarm.LocalNodeState}}'])).trim();
  /** Daemon 25+ (API 1.44+) has ContainerSpec.Privileges.Seccomp and .AppArmor. */
  const knowsPrivileges = (): boolean => daemon.version.major >= 25;
  /** The daemon's own API version, as its CLI would send it. */
  const api = (): string => `v${daemon.version.apiVersion}`;
  const custom = (profile: object | string) => ({ Seccomp: { Mode: 'custom', Profile: Buffer.from(typeof profile === 'string' ? profile : JSON.stringify(profile)).toString('base64') } });
  const createService = (body: string, version: string): Promise<ApiResponse> => daemon.api({ method: 'POST', path: `/${version}/services/create`, headers: JSON_HEADERS, body });
  const services = async (): Promise<string[]> => (await daemon.dockerOk(['service', 'ls', '--format', '{{.Name}}'])).split('\n').filter((l) => l !== '');
  /** The job's one task, once it has ended: `Complete`, or `Failed` with the error. */
  const outcome = (service: string): Promise<string> =>
    poll(`the task of ${service} ends`, async () => {
      const line = (await daemon.dockerOk(['service', 'ps', '--no-trunc', '--format', '{{.CurrentState}}|{{.Error}}', service])).split('\n')[0] ?? '';
      return /^(Complete|Failed|Rejected)/.test(line) ? line : undefined;
    }, 90_000, 500);
  /** HostConfig.SecurityOpt of the task's container, as the daemon created it. */
  const taskSecurityOpt = async (service: string): Promise<string[]> => {
    const id = (await daemon.dockerOk(['ps', '-a', '-q', '--no-trunc', '--filter', `label=com.docker.swarm.service.name=${service}`])).trim().split('\n')[0] ?? '';
    expect(id, `the container of ${service}`).to.match(/^[0-9a-f]{64}$/);
    return (JSON.parse(await daemon.dockerOk(['inspect', '--format', '{{json .HostConfig.SecurityOpt}}', id])) as string[] | null) ?? [];
  };
  const removeService = async (service: string): Promise<void> => {
    await daemon.dockerOk(['service', 'rm', service]);
    // the ended task's container (20.10 keeps it after the service is gone)
    const ids = (await daemon.dockerOk(['ps', '-a', '-q', '--filter', `label=com.docker.swarm.service.name=${service}`])).split('\n').filter((l) => l !== '');
    if (ids.length > 0) await daemon.docker(['rm', '-f', ...ids]);
  };
  /** Runs the job at `version`: its ended state, the task container's SecurityOpt; the service is removed. */
  const runJob = async (service: string, privileges: object | undefined, version: string): Promise<{ state: string; securityOpt: string[] }> => {
    const res = await createService(jobBody(service, privileges, USERNS_MOUNT), version);
    expect(res.status, res.body).to.equal(201);
    const state = await outcome(service);
    const securityOpt = await taskSecurityOpt(service);
    await removeService(service);
    return { state, securityOpt };
  };
  const seccompOpts = (opts: readonly string[]): string[] => opts.filter((o) => o.startsWith('seccomp='));
  const CONFINED = /^Failed.*non-zero exit/;

  describe('controls: without dockgate, what each daemon does with Privileges.Seccomp and .AppArmor', () => {
    it('an allow-everything custom profile: the task can unshare -U -r and mount (25+); 20.10 ignores the field and the task stays confined', async function () {
      this.timeout(120_000);
      const r = await runJob('dge2e-ctl-allow', custom(allowEverything), api());
      if (knowsPrivileges()) {
        expect(r.state, `dockerd ${daemon.version.version}`).to.match(/^Complete/);
        expect(seccompOpts(r.securityOpt)).to.have.length(1);
        expect(seccompOpts(r.securityOpt)[0]).to.match(/^seccomp=\{"defaultAction":"SCMP_ACT_ERRNO"/);
      } else {
        expect(r.state, `dockerd ${daemon.version.version}`).to.match(CONFINED);
        expect(seccompOpts(r.securityOpt)).to.deep.equal([]);
      }
    });

    it('the same profile at API 1.43: daemons 25+ clear the field (the task stays confined); 20.10 refuses API 1.43', async function () {
      this.timeout(120_000);
      if (!knowsPrivileges()) {
        const res = await createService(jobBody('dge2e-ctl-143', custom(allowEverything), USERNS_MOUNT), 'v1.43');
        expect(res.status, res.body).to.equal(400);
        expect(res.body).to.match(/client version 1\.43 is too new/);
        return;
      }
      const r = await runJob('dge2e-ctl-143', custom(allowEverything), 'v1.43');
      expect(r.state).to.match(CONFINED);
      expect(seccompOpts(r.securityOpt)).to.deep.equal([]);
    });

    it("Docker's default profile copied as a custom profile: the task stays confined", async function () {
      this.timeout(120_000);
      const r = await runJob('dge2e-ctl-default', custom(dockerDefault), api());
      expect(r.state).to.match(CONFINED);
      expect(seccompOpts(r.securityOpt)).to.have.length(knowsPrivileges() ? 1 : 0);
    });

    it('AppArmor Mode disabled: the task container gets apparmor=unconfined (25+); 20.10 ignores the field', async function () {
      this.timeout(120_000);
      const r = await runJob('dge2e-ctl-apparmor', { AppArmor: { Mode: 'disabled' } }, api());
      expect(r.securityOpt.includes('apparmor=unconfined'), JSON.stringify(r.securityOpt)).to.equal(knowsPrivileges());
    });
  });

  describe('enforcing the default policy (config/policy.json)', () => {
    before(async function () {
      this.timeout(120_000);
      await daemon.restart({ authz: [name], loopback: true });
      await daemon.dockerOk(['version']);
      if ((await swarmState()) !== 'active') await daemon.dockerOk(['swarm', 'init', '--advertise-addr', '127.0.0.1'], { timeoutMs: 60_000 });
    });

    it('an allow-everything custom profile is denied by seccomp-unconfined (25+); on 20.10 (API 1.41) it is allowed, since the daemon ignores it, and the task stays confined', async function () {
      this.timeout(120_000);
      if (!knowsPrivileges()) {
        const r = await runJob('dge2e-svc-allow', custom(allowEverything), api());
        expect(r.state).to.match(CONFINED);
        expect(seccompOpts(r.securityOpt)).to.deep.equal([]);
        return;
      }
      const res = await createService(jobBody('dge2e-svc-allow', custom(allowEverything), USERNS_MOUNT), api());
      expect(res.status, res.body).to.equal(403);
      expect(deniedBy(ctx(), res.body), res.body).to.equal(true);
      expect(ruleIds(res.body), res.body).to.deep.equal(['seccomp-unconfined']);
      expect(res.body).to.include('Privileges.Seccomp.Profile seccomp profile is unconfined in effect');
      expect(await services()).to.deep.equal([]);
    });

    it('Mode unconfined, and a custom profile that is the word unconfined, are denied (25+); on 20.10 (API 1.41) allowed and ignored', async function () {
      this.timeout(120_000);
      if (!knowsPrivileges()) {
        const r = await runJob('dge2e-svc-unconfined', { Seccomp: { Mode: 'unconfined' } }, api());
        expect(r.state).to.match(CONFINED);
        expect(seccompOpts(r.securityOpt)).to.deep.equal([]);
        return;
      }
      for (const privileges of [{ Seccomp: { Mode: 'unconfined' } }, custom('unconfined')]) {
        const res = await createService(jobBody('dge2e-svc-unconfined', privileges, USERNS_MOUNT), api());
        expect(res.status, res.body).to.equal(403);
        expect(ruleIds(res.body), res.body).to.deep.equal(['seccomp-unconfined']);
      }
      expect(await services()).to.deep.equal([]);
    });

    it("Docker's default profile copied as a custom profile is allowed, and the task stays confined", async function () {
      this.timeout(120_000);
      const r = await runJob('dge2e-svc-default', custom(dockerDefault), api());
      expect(r.state).to.match(CONFINED);
      expect(seccompOpts(r.securityOpt)).to.have.length(knowsPrivileges() ? 1 : 0);
    });

    it('at API 1.43 the allow-everything profile passes dockgate: daemons 25+ clear the field (the task stays confined), 20.10 refuses the version', async function () {
      this.timeout(120_000);
      if (!knowsPrivileges()) {
        const res = await createService(jobBody('dge2e-svc-143', custom(allowEverything), USERNS_MOUNT), 'v1.43');
        expect(deniedBy(ctx(), res.body), res.body).to.equal(false);
        expect(res.status, res.body).to.equal(400);
        expect(res.body).to.match(/client version 1\.43 is too new/);
        return;
      }
      const r = await runJob('dge2e-svc-143', custom(allowEverything), 'v1.43');
      expect(r.state).to.match(CONFINED);
      expect(seccompOpts(r.securityOpt)).to.deep.equal([]);
    });

    it('AppArmor Mode disabled is denied by apparmor-unconfined (25+); on 20.10 (API 1.41) it is allowed, since the daemon ignores it', async function () {
      this.timeout(120_000);
      if (!knowsPrivileges()) {
        const r = await runJob('dge2e-svc-apparmor', { AppArmor: { Mode: 'disabled' } }, api());
        expect(r.securityOpt).to.not.include('apparmor=unconfined');
        return;
      }
      const res = await createService(jobBody('dge2e-svc-apparmor', { AppArmor: { Mode: 'disabled' } }, 'true'), api());
      expect(res.status, res.body).to.equal(403);
      expect(ruleIds(res.body), res.body).to.deep.equal(['apparmor-unconfined']);
      expect(await services()).to.deep.equal([]);
    });

    describe('networks dockgate learned survive its restart [host-network]', () => {
      it('a raw service create on an overlay ID dockgate was never told about is denied (fail closed)', async () => {
        const res = await createService(jobBody('dge2e-net-unseen', undefined, 'true', [unseenNetwork]), api());
        expect(res.status, res.body).to.equal(403);
        expect(ruleIds(res.body), res.body).to.deep.equal(['host-network']);
        expect(res.body).to.include('may be the ID of the host network');
      });

      it('an overlay the CLI looked up before a plugin restart is still known after it: a raw service create on its ID (no lookup) is allowed', async function () {
        this.timeout(120_000);
        await daemon.dockerOk(['network', 'create', '-d', 'overlay', 'dge2e-known']);
        // docker network inspect: the daemon describes the network to dockgate (AuthZRes)
        const id = (await daemon.dockerOk(['network', 'inspect', '--format', '{{.Id}}', 'dge2e-known'])).trim();
        const stateFile = join(plugin.stateDir, 'networks.json');
        await poll('networks.json names the overlay', () => (existsSync(stateFile) && readFileSync(stateFile, 'utf8').includes(id) ? true : undefined), 10_000);
        await plugin.stop();
        await plugin.start();
        const res = await createService(jobBody('dge2e-net-known', undefined, 'true', [id]), api());
        expect(deniedBy(ctx(), res.body), res.body).to.equal(false);
        expect(res.status, res.body).to.equal(201);
        expect(await outcome('dge2e-net-known')).to.match(/^Complete/);
        await removeService('dge2e-net-known');
      });
    });
  });
});
