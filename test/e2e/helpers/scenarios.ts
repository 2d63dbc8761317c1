/**
 * The checks both passes (socket plugin, managed plugin) run against a daemon guarded by
 * dockgate in enforce mode with the default policy: the six rules through the real docker
 * CLI, ordinary container work, exec and update, and the raw API attacks.
 */
import { expect } from 'chai';
import type { ApiResponse } from './api.js';
import { ATTACKS, type Attack } from './attacks.js';
import type { PrivateDaemon } from './daemon.js';
import type { DecisionLine } from './dockgate.js';
import { IMAGE } from './image.js';
import { poll } from './proc.js';

export interface PassContext {
  readonly daemon: PrivateDaemon;
  /** The name the daemon prints in "authorization denied by plugin <name>". */
  readonly pluginName: string;
  /** dockgate's decision log lines so far. */
  decisions(): DecisionLine[];
}

/** The `docker run` flags that break exactly one rule each (everything else compliant). */
export const RULE_CASES: readonly { readonly rule: string; readonly args: readonly string[] }[] = [
  { rule: 'privileged', args: ['--privileged', '--memory', '64m', '--network', 'none'] },
  { rule: 'host-network', args: ['--memory', '64m', '--network', 'host'] },
  { rule: 'seccomp-unconfined', args: ['--security-opt', 'seccomp=unconfined', '--memory', '64m', '--network', 'none'] },
  { rule: 'apparmor-unconfined', args: ['--security-opt', 'apparmor=unconfined', '--memory', '64m', '--network', 'none'] },
  { rule: 'memory-limit', args: ['--network', 'none'] },
  { rule: 'restart-policy', args: ['--restart', 'always', '--memory', '64m', '--network', 'none'] },
];

export const COMPLIANT = ['--memory', '64m', '--network', 'none'] as const;

/** Rule ids in a deny message: `[rule-id]` (problem codes are `[DG_...]`). */
export function ruleIds(text: string): string[] {
  return [...text.matchAll(/\[([a-z][a-z0-9-]*)\]/g)].map((m) => m[1]!);
}

export function deniedBy(ctx: PassContext, text: string): boolean {
  return text.includes(`authorization denied by plugin ${ctx.pluginName}: `);
}

/** Waits until dockgate has logged a decision matching `pred` (a managed plugin's log arrives via dockerd). */
export function waitForDecision(ctx: PassContext, what: string, pred: (d: DecisionLine) => boolean, timeoutMs = 10_000): Promise<DecisionLine> {
  return poll(`a dockgate decision line: ${what}`, () => ctx.decisions().find(pred), timeoutMs, 50);
}

/** Sends an attack and checks, through the daemon, that it created nothing. */
export async function expectAttackBlocked(ctx: PassContext, attack: Attack, name: string): Promise<ApiResponse> {
  const before = await ctx.daemon.containerIds();
  const res = await attack.send(ctx.daemon, name);
  const after = await ctx.daemon.containerIds();
  const created = await ctx.daemon.inspect(name);
  expect(created, `${attack.id}: the daemon created container ${name} (answer ${res.status} ${res.body.slice(0, 300)})`).to.equal(undefined);
  expect(after, `${attack.id}: docker ps -a changed`).to.have.members(before);
  const byDaemon = attack.refusedByDaemon?.(ctx.daemon.behaviour);
  if (byDaemon !== undefined) {
    // this daemon refuses it before asking any plugin (daemon-facts section 2)
    expect(res.status, `${attack.id} on dockerd ${ctx.daemon.version.version}: answer ${res.body.slice(0, 300)}`).to.equal(byDaemon.status);
    expect(res.body).to.match(byDaemon.body);
    return res;
  }
  expect(res.status, `${attack.id}: answer ${res.body.slice(0, 300)}`).to.equal(403);
  expect(deniedBy(ctx, res.body), `${attack.id}: not denied by ${ctx.pluginName}: ${res.body.slice(0, 300)}`).to.equal(true);
  return res;
}

/**
 * The control of an attack on a daemon without any plugin: it must create a privileged
 * container there, or, where the attack does not apply to this daemon build, the daemon must
 * create it unprivileged (the reason holds). Removes the container.
 */
export async function expectAttackControl(daemon: PrivateDaemon, attack: Attack, name: string): Promise<void> {
  const res = await attack.send(daemon, name);
  expect(res.status, res.body).to.equal(201);
  const info = await daemon.inspect(name);
  const privileged = (info!.HostConfig as { Privileged: boolean }).Privileged;
  const na = attack.notApplicable?.(daemon.behaviour);
  if (na === undefined) expect(privileged, `${attack.id} did not make a privileged container on dockerd ${daemon.version.version}`).to.equal(true);
  else expect(privileged, `${attack.id} is marked not applicable on dockerd ${daemon.version.version} (${na}), but it made a privileged container`).to.equal(false);
  await daemon.dockerOk(['rm', '-f', name]);
}

/**
 * `POST /v1.23/containers/{name}/start` with a HostConfig body asking for privileges: daemons
 * that honour start bodies (API < 1.24) replace the container's HostConfig with it. Creates the
 * (compliant) container first; returns the start's answer and whether the container ended up
 * privileged.
 */
export async function startWithHostConfigBody(daemon: PrivateDaemon, name: string): Promise<{ res: ApiResponse; privileged: boolean }> {
  await daemon.dockerOk(['create', '--name', name, ...COMPLIANT, IMAGE, 'true']);
  const res = await daemon.api({ method: 'POST', path: `/v1.23/containers/${name}/start`, headers: { 'Content-Type': 'application/json' }, body: '{"Privileged":true,"Memory":67108864,"NetworkMode":"none"}' });
  const info = await daemon.inspect(name);
  const privileged = (info!.HostConfig as { Privileged: boolean }).Privileged;
  await daemon.dockerOk(['rm', '-f', name]);
  return { res, privileged };
}

/** Defines the shared `it`s in the current `describe`. `get` is called when the tests run. */
export function enforcementTests(get: () => PassContext): void {
  const TARGET = 'dge2e-target';
  const COMPLIANT_NAME = 'dge2e-compliant';

  describe('docker run: each rule denies the flag that breaks it', () => {
    for (const c of RULE_CASES) {
      it(`docker run ${c.args.join(' ')} is denied by [${c.rule}]`, async () => {
        const ctx = get();
        const before = await ctx.daemon.containerIds();
        const r = await ctx.daemon.docker(['run', ...c.args, IMAGE, 'true']);
        expect(r.code, `docker run should fail; stdout ${r.stdout} stderr ${r.stderr}`).to.not.equal(0);
        expect(deniedBy(ctx, r.stderr), r.stderr).to.equal(true);
        expect(ruleIds(r.stderr), r.stderr).to.deep.equal([c.rule]);
        expect(await ctx.daemon.containerIds()).to.have.members(before);
        const d = await waitForDecision(ctx, `deny by ${c.rule}`, (x) => x.phase === 'request' && x.operation === 'container.create' && x.decision === 'deny' && x.violations.some((v) => v.rule === c.rule));
        expect(d.wouldDeny).to.equal(true);
      });
    }

    it('a compliant docker run works', async () => {
      const ctx = get();
      const r = await ctx.daemon.docker(['run', '--name', COMPLIANT_NAME, ...COMPLIANT, IMAGE, 'true']);
      expect(r.code, r.stderr).to.equal(0);
      const info = await ctx.daemon.inspect(COMPLIANT_NAME);
      expect(info).to.not.equal(undefined);
      expect((info!.State as { ExitCode: number }).ExitCode).to.equal(0);
    });
  });

  describe('ordinary container work is allowed', () => {
    it('docker run -d (compliant, long-running)', async () => {
      const out = await get().daemon.dockerOk(['run', '-d', '--name', TARGET, ...COMPLIANT, IMAGE, 'sh', '-c', 'echo dockgate-e2e-hello; exec sleep 3600']);
      expect(out.trim()).to.match(/^[0-9a-f]{64}$/);
    });

    it('docker ps', async () => {
      const out = await get().daemon.dockerOk(['ps', '--format', '{{.Names}}']);
      expect(out.split('\n')).to.include(TARGET);
    });

    it('docker inspect', async () => {
      const info = await get().daemon.inspect(TARGET);
      const hc = info!.HostConfig as { Memory: number; Privileged: boolean; NetworkMode: string };
      expect(hc.Memory).to.equal(64 * 1024 * 1024);
      expect(hc.Privileged).to.equal(false);
      expect(hc.NetworkMode).to.equal('none');
      expect((info!.State as { Running: boolean }).Running).to.equal(true);
    });

    it('docker logs', async () => {
      const ctx = get();
      const out = await poll('the container to log its greeting', async () => {
        const o = await ctx.daemon.dockerOk(['logs', TARGET]);
        return o.includes('dockgate-e2e-hello') ? o : undefined;
      });
      expect(out).to.include('dockgate-e2e-hello');
    });

    it('docker exec (not privileged)', async () => {
      const out = await get().daemon.dockerOk(['exec', TARGET, 'echo', 'exec-ok']);
      expect(out.trim()).to.equal('exec-ok');
    });

    it('docker update --cpu-shares', async () => {
      const ctx = get();
      await ctx.daemon.dockerOk(['update', '--cpu-shares', '512', TARGET]);
      const info = await ctx.daemon.inspect(TARGET);
      expect((info!.HostConfig as { CpuShares: number }).CpuShares).to.equal(512);
    });
  });

  describe('exec and update that break a rule are denied', () => {
    it('docker exec --privileged is denied by [privileged]', async () => {
      const ctx = get();
      const execIds = async (): Promise<unknown> => (await ctx.daemon.inspect(TARGET))!.ExecIDs;
      const before = await execIds();
      const r = await ctx.daemon.docker(['exec', '--privileged', TARGET, 'true']);
      expect(r.code).to.not.equal(0);
      expect(deniedBy(ctx, r.stderr), r.stderr).to.equal(true);
      expect(ruleIds(r.stderr), r.stderr).to.deep.equal(['privileged']);
      expect(await execIds(), 'no exec instance may have been created').to.deep.equal(before);
    });

    it('docker update --restart always is denied by [restart-policy], and nothing changes', async () => {
      const ctx = get();
      const r = await ctx.daemon.docker(['update', '--restart', 'always', TARGET]);
      expect(r.code).to.not.equal(0);
      expect(deniedBy(ctx, r.stderr), r.stderr).to.equal(true);
      expect(ruleIds(r.stderr), r.stderr).to.deep.equal(['restart-policy']);
      const info = await ctx.daemon.inspect(TARGET);
      expect((info!.HostConfig as { RestartPolicy: { Name: string } }).RestartPolicy.Name).to.be.oneOf(['', 'no']);
    });

    it('docker rm', async () => {
      const ctx = get();
      await ctx.daemon.dockerOk(['rm', '-f', TARGET, COMPLIANT_NAME]);
      expect(await ctx.daemon.inspect(TARGET)).to.equal(undefined);
      expect(await ctx.daemon.inspect(COMPLIANT_NAME)).to.equal(undefined);
    });
  });

  it('a start with a HostConfig body (API 1.23) is refused and the container stays unprivileged', async () => {
    const ctx = get();
    const { res, privileged } = await startWithHostConfigBody(ctx.daemon, 'dge2e-startbody');
    expect(privileged, `answer ${res.status} ${res.body}`).to.equal(false);
    // on every daemon, also those that refuse API 1.23 themselves (26.1, 28.5): the AuthZ
    // middleware runs before the daemon's API version check, so dockgate answers first
    expect(res.status, res.body).to.equal(403);
    expect(deniedBy(ctx, res.body), res.body).to.equal(true);
    expect(res.body).to.include('DG_START_BODY');
  });

  describe('raw API attacks through the daemon create nothing', () => {
    for (const attack of ATTACKS) {
      it(`${attack.id}: ${attack.what}`, async () => {
        const ctx = get();
        const res = await expectAttackBlocked(ctx, attack, `dge2e-atk-${attack.id}`);
        if (process.env.DOCKGATE_E2E_VERBOSE === '1') process.stdout.write(`        -> ${res.status} ${res.body.trim()}\n`);
      });
    }
  });
}

/**
 * Runs a docker CLI command that must be denied by exactly the rules `rules` (in any order,
 * as named in the CLI's stderr), and checks with `docker ps -a` (and `docker inspect` of
 * `name`, when given) that no container appeared. Returns the CLI's stderr.
 */
export async function expectCliDenied(ctx: PassContext, args: readonly string[], rules: readonly string[], name?: string): Promise<string> {
  const before = await ctx.daemon.containerIds();
  const r = await ctx.daemon.docker(args);
  const what = `docker ${args.join(' ')}`;
  expect(r.code, `${what} should fail; stdout ${r.stdout} stderr ${r.stderr}`).to.not.equal(0);
  expect(deniedBy(ctx, r.stderr), `${what}: ${r.stderr}`).to.equal(true);
  expect(ruleIds(r.stderr), `${what}: ${r.stderr}`).to.have.members([...rules]);
  expect(await ctx.daemon.containerIds(), `${what}: docker ps -a changed`).to.have.members(before);
  if (name !== undefined) expect(await ctx.daemon.inspect(name), `${what}: container ${name} exists`).to.equal(undefined);
  return r.stderr;
}
