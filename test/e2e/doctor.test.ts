/**
 * `dockgate doctor` against a real private dockerd with dockgate as a socket plugin (issue 14),
 * JSON output parsed, the way an operator runs it:
 *
 * 1. before enforcing: the daemon runs without dockgate; the checks that must fail (dockgate not
 *    in daemon.json, not in the running chain, the BuildKit entitlement) fail with their fixes,
 *    live-restore and userns-remap warn, exit 1;
 * 2. the daemon started with `--authorization-plugin` only: dockgate is in the chain and decides
 *    the doctor's own request, but daemon.json does not name it (a reload would drop it): exit 1;
 * 3. after: daemon.json names dockgate, live-restore and the BuildKit entitlement set: every
 *    check passes but userns-remap (a warning), exit 0.
 *
 * And the daemon's identity on dockgate's lines: started before the daemon's first start, dockgate
 * logs `"daemonId":"unknown"`, finds the ID once the daemon has written it (engine-id on 23+, the
 * trust key on 20.10), and every later line carries the ID `docker info` shows.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import type { PrivateDaemon } from './helpers/daemon.js';
import { CLI, ensureBuilt, type SocketPlugin } from './helpers/dockgate.js';
import { requireEngine } from './helpers/engine.js';
import { poll, run as runCmd } from './helpers/proc.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';
import { runDaemonRoot, runPluginAndDaemon } from './helpers/setup.js';

interface Check {
  readonly id: string;
  readonly state: 'ok' | 'warn' | 'fail' | 'skip';
  readonly message: string;
  readonly fix?: string;
}

const ALL_CHECKS = ['daemon-api', 'plugin-configured', 'plugin-active', 'plugin-enabled', 'live-restore', 'buildkit-network-host', 'userns-remap', 'tcp-socket', 'socket-permissions', 'policy-fallback', 'decisions'];

describe('e2e: dockgate doctor against a real dockerd, before and after enforcing (issue 14)', function () {
  let run: E2eRun | undefined;
  let daemon: PrivateDaemon;
  let plugin: SocketPlugin;
  let name: string;

  before(async function () {
    const engine = await requireEngine(this);
    this.timeout(240_000);
    await ensureBuilt();
    run = new E2eRun('doc');
    const r = run;
    // the daemon's files, known before it starts (runDaemon's layout): dockgate reads its daemon.json and data root.
    // Given as settings, not flags: the daemon's stop kills every process whose command line names its folder.
    const root = runDaemonRoot(r);
    ({ plugin, name, daemon } = await runPluginAndDaemon(r, engine, [], { DOCKGATE_DAEMON_CONFIG: join(root, 'daemon.json'), DOCKGATE_DAEMON_ROOT: join(root, 'data') }));
    expect(daemon.configFile).to.equal(join(root, 'daemon.json'));
    expect(daemon.data).to.equal(join(root, 'data'));
    await daemon.start();
  });

  cleanupAfterAll(() => run);

  const doctor = async (format: 'json' | 'text' = 'json'): Promise<{ code: number | null; checks: Record<string, Check>; ok: boolean; text: string }> => {
    const r = await runCmd(process.execPath, [CLI, 'doctor', '--daemon-config', daemon.configFile, '--host', `unix://${daemon.sock}`, '--plugin', name, '--plugin-socket', plugin.socket, '--format', format], { timeoutMs: 60_000, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    expect(r.stderr, 'doctor writes nothing to stderr').to.equal('');
    if (format === 'text') return { code: r.code, checks: {}, ok: r.code === 0, text: r.stdout };
    const out = JSON.parse(r.stdout) as { ok: boolean; checks: Check[] };
    expect(out.checks.map((c) => c.id), 'one line per check, no unexpected one').to.deep.equal(ALL_CHECKS);
    for (const c of out.checks) if (c.state === 'fail' || c.state === 'warn') expect(c.fix, `${c.id} has a fix`).to.be.a('string').and.not.equal('');
    return { code: r.code, checks: Object.fromEntries(out.checks.map((c) => [c.id, c])), ok: out.ok, text: r.stdout };
  };
  const states = (checks: Record<string, Check>): Record<string, string> => Object.fromEntries(Object.values(checks).map((c) => [c.id, c.state]));

  it('before enforcing (dockgate running, not in the daemon\'s chain): plugin-configured, plugin-active and the BuildKit entitlement fail with their fixes; exit 1', async function () {
    this.timeout(60_000);
    const { code, ok, checks } = await doctor();
    expect(states(checks)).to.deep.equal({
      'daemon-api': 'ok', 'plugin-configured': 'fail', 'plugin-active': 'fail', 'plugin-enabled': 'skip', 'live-restore': 'warn', 'buildkit-network-host': 'fail',
      'userns-remap': 'warn', 'tcp-socket': 'ok', 'socket-permissions': 'ok', 'policy-fallback': 'ok', decisions: 'warn',
    });
    expect(code).to.equal(1);
    expect(ok).to.equal(false);
    expect(checks['daemon-api']?.message).to.include(`(dockerd ${daemon.version.version})`);
    expect(checks['plugin-configured']?.fix).to.include(`"${name}"`).and.include(daemon.configFile);
    expect(checks['plugin-active']?.message).to.include('every request is allowed');
    expect(checks['live-restore']?.fix).to.include('"live-restore": true');
    expect(checks['buildkit-network-host']?.fix).to.include('"network-host": false');
    expect(checks.decisions?.message).to.include('no decision since dockgate started');
    const text = await doctor('text');
    expect(text.code, 'the text output exits the same').to.equal(1);
    expect(text.text.trim().split('\n')).to.have.length(ALL_CHECKS.length);
    expect(text.text).to.match(/^FAIL {2}plugin-active /m);
  });

  it('the daemon started with --authorization-plugin only: dockgate decides the doctor\'s own request, but a reload would drop it (plugin-configured fails, naming the flag); exit 1', async function () {
    this.timeout(120_000);
    await daemon.restart({ authz: [name] });
    const { code, checks } = await doctor();
    expect(checks['plugin-active']?.state).to.equal('ok');
    expect(checks['plugin-configured']?.state).to.equal('fail');
    expect(checks['plugin-configured']?.message).to.include(`only dockerd's command line names ${name}`);
    expect(checks.decisions?.state).to.equal('ok');
    expect(checks.decisions?.message).to.include('dockgate decided this doctor\'s own GET /info');
    expect(plugin.decisions().some((d) => d.operation === 'system.info'), 'dockgate\'s line for it').to.equal(true);
    expect(code).to.equal(1);
  });

  it('every line names the daemon: "unknown" before its first start, then the ID docker info shows (found again every 5 s)', async function () {
    this.timeout(90_000);
    const first = plugin.lines().find((l) => l.event === 'listening');
    expect(first?.daemonId, 'dockgate started before the daemon had an ID').to.equal('unknown');
    expect(first?.dataRootFrom).to.equal('setting');
    expect(plugin.lines().find((l) => l.event === 'daemon-identity-unknown')?.fix).to.include('DOCKGATE_DAEMON_ROOT');
    const found = await poll('dockgate to find the daemon\'s identity', () => plugin.lines().find((l) => l.event === 'daemon-identity'), 20_000, 200);
    const info = JSON.parse((await daemon.api({ path: '/info' })).body) as { ID: string };
    expect(found.daemonId).to.equal(info.ID);
    // 23+: <data root>/engine-id; 20.10: its trust key (deprecated-key-path in the daemon.json the suite writes)
    expect(found.daemonIdSource).to.equal(daemon.version.major >= 23 ? join(daemon.data, 'engine-id') : join(daemon.root, 'key.json'));
    const n = plugin.lines().length;
    await daemon.dockerOk(['version']);
    const d = await poll('a decision after the identity was found', () => plugin.lines().slice(n).find((x) => x.event === 'decision' && x.operation === 'system.version'), 15_000, 50);
    expect(d.daemonId).to.equal(info.ID);
    expect(d.host).to.be.a('string').and.not.equal('');
  });

  it('after: daemon.json names dockgate, live-restore and the BuildKit entitlement set: every check passes but userns-remap (a warning); exit 0', async function () {
    this.timeout(120_000);
    await daemon.restart({ config: { 'authorization-plugins': [name], 'live-restore': true, builder: { entitlements: { 'network-host': false } } } });
    const { code, ok, checks } = await doctor();
    expect(states(checks)).to.deep.equal({
      'daemon-api': 'ok', 'plugin-configured': 'ok', 'plugin-active': 'ok', 'plugin-enabled': 'skip', 'live-restore': 'ok', 'buildkit-network-host': 'ok',
      'userns-remap': 'warn', 'tcp-socket': 'ok', 'socket-permissions': 'ok', 'policy-fallback': 'ok', decisions: 'ok',
    });
    expect(code).to.equal(0);
    expect(ok).to.equal(true);
    expect(checks['policy-fallback']?.message).to.include('decides with its configured policy');
  });
});
