/**
 * `dockgate doctor` (issue 14): each check against a host made of files (daemon.json, a /proc with
 * a dockerd command line), a stand-in Docker API (GET /info, /plugins) and a stand-in dockgate
 * (/healthz), all on unix sockets in a temporary folder.
 */
import { expect } from 'chai';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { DEFAULT_DOCTOR, doctorExitCode, formatDoctor, isPluginRef, runDoctor, type DoctorCheck, type DoctorOptions } from '../../../src/cli/doctor.js';

function serveJson(socket: string, routes: Record<string, unknown>): Promise<Server> {
  const server = createServer((req, res) => {
    const body = routes[req.url ?? ''];
    res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body ?? { message: 'not found' }));
  });
  return new Promise((resolve) => server.listen(socket, () => { resolve(server); }));
}

const byId = (checks: readonly DoctorCheck[]): Record<string, DoctorCheck> => Object.fromEntries(checks.map((c) => [c.id, c]));

describe('dockgate doctor', () => {
  let dir: string;
  const servers: Server[] = [];
  beforeEach(() => {
    // short: a managed plugin's socket path (plugins/<64 hex>/dockgate.sock) must stay under 108 bytes
    dir = mkdtempSync('/tmp/dgd-');
    mkdirSync(join(dir, 'proc', '4242'), { recursive: true });
    mkdirSync(join(dir, 'plugins'));
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
    rmSync(dir, { recursive: true, force: true });
  });

  const options = (extra: Partial<DoctorOptions> = {}): DoctorOptions => ({
    ...DEFAULT_DOCTOR,
    daemonConfig: join(dir, 'daemon.json'),
    host: `unix://${join(dir, 'docker.sock')}`,
    pluginSocket: undefined,
    procRoot: join(dir, 'proc'),
    pluginsDir: join(dir, 'plugins'),
    env: {},
    ...extra,
  });

  it('matches plugin references by name, name:tag and registry path', () => {
    expect(isPluginRef('dockgate', 'dockgate')).to.equal(true);
    expect(isPluginRef('dockgate:latest', 'dockgate')).to.equal(true);
    expect(isPluginRef('registry.example.com:5000/ops/dockgate:0.1.0', 'dockgate')).to.equal(true);
    expect(isPluginRef('dockgate2:latest', 'dockgate')).to.equal(false);
  });

  it('a well-configured host: every check ok, exit 0', async () => {
    writeFileSync(join(dir, 'daemon.json'), JSON.stringify({ 'authorization-plugins': ['dockgate:latest'], 'live-restore': true, builder: { entitlements: { 'network-host': false } }, 'userns-remap': 'default' }));
    writeFileSync(join(dir, 'proc', '4242', 'cmdline'), ['/usr/sbin/dockerd', '-H', 'fd://', '--containerd=/run/containerd/containerd.sock', ''].join('\0'));
    servers.push(await serveJson(join(dir, 'docker.sock'), {
      '/info': { ServerVersion: '28.5.2', LiveRestoreEnabled: true, SecurityOptions: ['name=seccomp,profile=builtin', 'name=userns'], Plugins: { Authorization: ['dockgate:latest'] } },
      '/plugins': [{ Name: 'dockgate:latest', Enabled: true, Id: 'a'.repeat(64) }],
    }));
    chmodSync(join(dir, 'docker.sock'), 0o660);
    mkdirSync(join(dir, 'plugins', 'a'.repeat(64)));
    // dockgate decided the doctor's own GET /info: its last decision is when /healthz is asked
    servers.push(await serveJson(join(dir, 'plugins', 'a'.repeat(64), 'dockgate.sock'), { '/healthz': { status: 'ok', version: '0.1.0', get lastDecision() { return new Date().toISOString(); } } }));
    const checks = await runDoctor(options());
    const c = byId(checks);
    for (const id of ['daemon-api', 'plugin-configured', 'plugin-active', 'plugin-enabled', 'live-restore', 'buildkit-network-host', 'userns-remap', 'tcp-socket', 'socket-permissions', 'policy-fallback', 'decisions']) {
      expect(c[id]?.state, `${id}: ${JSON.stringify(c[id])}`).to.equal('ok');
    }
    expect(doctorExitCode(checks)).to.equal(0);
    const text = formatDoctor(checks, 'text').split('\n');
    expect(text, 'one line per check').to.have.length(checks.length);
    expect(text[0]).to.match(/^OK {4}daemon-api /);
  });

  it('a host with every problem: each check fails or warns with its fix, exit 1, JSON output', async () => {
    writeFileSync(join(dir, 'daemon.json'), JSON.stringify({ hosts: ['unix:///var/run/docker.sock'] }));
    writeFileSync(join(dir, 'proc', '4242', 'cmdline'), ['/usr/bin/dockerd', '-H', 'tcp://0.0.0.0:2375', ''].join('\0'));
    servers.push(await serveJson(join(dir, 'docker.sock'), {
      '/info': { ServerVersion: '26.1.5', LiveRestoreEnabled: false, SecurityOptions: ['name=seccomp,profile=builtin'], Plugins: { Authorization: null } },
      '/plugins': [{ Name: 'dockgate:latest', Enabled: false }],
    }));
    chmodSync(join(dir, 'docker.sock'), 0o666);
    servers.push(await serveJson(join(dir, 'dg.sock'), { '/healthz': { status: 'degraded', policy: { source: 'last-known-good', fallback: { reason: 'ENOENT', fix: 'fix /etc/dockgate/policy.json' } }, lastDecision: null } }));
    const checks = await runDoctor(options({ pluginSocket: join(dir, 'dg.sock') }));
    const c = byId(checks);
    const want: Record<string, string> = {
      'plugin-configured': 'fail', 'plugin-active': 'fail', 'plugin-enabled': 'fail', 'live-restore': 'warn', 'buildkit-network-host': 'fail',
      'userns-remap': 'warn', 'tcp-socket': 'fail', 'socket-permissions': 'fail', 'policy-fallback': 'fail', decisions: 'warn',
    };
    for (const [id, state] of Object.entries(want)) {
      expect(c[id]?.state, `${id}: ${JSON.stringify(c[id])}`).to.equal(state);
      expect(c[id]?.fix, `${id} has a fix`).to.be.a('string').and.not.equal('');
    }
    expect(c['tcp-socket']?.message).to.include('tcp://0.0.0.0:2375');
    expect(c['policy-fallback']?.fix).to.equal('fix /etc/dockgate/policy.json');
    expect(doctorExitCode(checks)).to.equal(1);
    const json = JSON.parse(formatDoctor(checks, 'json')) as { ok: boolean; checks: DoctorCheck[] };
    expect(json.ok).to.equal(false);
    expect(json.checks).to.have.length(checks.length);
  });

  it('several daemons: only the one serving --host counts (tcp sockets, command-line plugins); a dockgate that did not decide the doctor\'s request is reported', async () => {
    writeFileSync(join(dir, 'daemon.json'), JSON.stringify({ 'live-restore': true }));
    mkdirSync(join(dir, 'proc', '4343'));
    writeFileSync(join(dir, 'proc', '4242', 'cmdline'), ['/usr/bin/dockerd', '-H', 'tcp://0.0.0.0:2375', '--authorization-plugin=other', ''].join('\0'));
    writeFileSync(join(dir, 'proc', '4343', 'cmdline'), ['/opt/d/dockerd', '-H', `unix://${join(dir, 'docker.sock')}`, '--authorization-plugin=dockgate', ''].join('\0'));
    servers.push(await serveJson(join(dir, 'docker.sock'), {
      '/info': { ServerVersion: '28.5.2', LiveRestoreEnabled: true, SecurityOptions: [], Plugins: { Authorization: ['dockgate'] } },
      '/plugins': [],
    }));
    chmodSync(join(dir, 'docker.sock'), 0o660);
    servers.push(await serveJson(join(dir, 'dg.sock'), { '/healthz': { status: 'ok', version: '0.1.0', lastDecision: new Date(Date.now() - 60_000).toISOString() } }));
    const c = byId(await runDoctor(options({ pluginSocket: join(dir, 'dg.sock') })));
    expect(c['tcp-socket']?.state, 'the other daemon\'s tcp socket is not this one\'s').to.equal('ok');
    expect(c['plugin-active']?.state).to.equal('ok');
    expect(c['plugin-configured']?.state).to.equal('fail');
    expect(c['plugin-configured']?.message).to.include('only dockerd\'s command line names dockgate').and.include('next reload');
    expect(c['plugin-configured']?.fix).to.include('drop the --authorization-plugin flag');
    expect(c.decisions?.state).to.equal('warn');
    expect(c.decisions?.message).to.include('did not decide this doctor\'s GET /info');
    // asked about the other daemon's socket: its tcp socket counts
    writeFileSync(join(dir, 'proc', '4343', 'cmdline'), ['/opt/d/dockerd', '-H', 'unix:///elsewhere.sock', ''].join('\0'));
    const all = byId(await runDoctor(options({ pluginSocket: join(dir, 'dg.sock') })));
    expect(all['tcp-socket']?.state).to.equal('fail');
    expect(all['tcp-socket']?.message).to.include('tcp://0.0.0.0:2375 (dockerd 4242 -H)');
    expect(all['plugin-configured']?.message).to.not.include('command line');
  });

  it('no daemon, no daemon.json, no dockgate: says so, with fixes', async () => {
    const checks = await runDoctor(options());
    const c = byId(checks);
    expect(c['daemon-config']?.state).to.equal('fail');
    expect(c['daemon-api']?.state).to.equal('warn');
    expect(c['dockgate-health']?.state).to.equal('warn');
    expect(doctorExitCode(checks)).to.equal(1);
  });
});
