/**
 * Fail-safe start (issue 14), on the real `dockgate serve` process: the policy never stops it
 * from serving. A policy deleted before a restart is replaced by the last-known-good copy; with
 * no copy, by the shipped default (enforce); either way the fallback is logged (JSON, error),
 * shown by /healthz and the metrics, and named in every deny, until the file loads again. A bad
 * flag still stops it (non-zero, as a JSON line). The daemon's empty retry envelope is denied
 * with "run the command again". The version is the package's, everywhere.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastKnownGoodPath } from '../../src/policy/fallback.js';
import { apiRequest } from '../helpers/fixtures.js';
import { get } from '../helpers/plugin-client.js';
import { authzReq, COMPLIANT, DEFAULT_POLICY, postRaw, PRIVILEGED, ROOT, startServe, until, type ServeProcess } from './helpers/harness.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Line {
  readonly level?: string;
  readonly message?: string;
  readonly event?: string;
  readonly source?: string;
  readonly policySource?: string;
  readonly error?: string;
  readonly fix?: string;
  readonly host?: string;
  readonly version?: string;
  readonly reason?: string;
}

/** Every line the process wrote, each parsed as JSON (a line that is not JSON fails the test). */
function lines(p: ServeProcess): Line[] {
  return p.output().split('\n').filter((l) => l !== '').map((l) => {
    try {
      return JSON.parse(l) as Line;
    } catch {
      throw new Error(`a line that is not JSON: ${l}`);
    }
  });
}

interface Health {
  readonly status: string;
  readonly version: string;
  readonly mode: string;
  readonly policyVersion: string;
  readonly policy: { readonly source: string; readonly file: string; readonly configured?: string; readonly fallback?: { readonly reason: string; readonly fix: string } };
  readonly lastGoodLoad: string | null;
  readonly lastDecision: string | null;
}

async function health(socket: string): Promise<Health> {
  const res = await get(socket, '/healthz');
  expect(res.status).to.equal(200);
  return JSON.parse(res.body) as Health;
}

async function metric(socket: string, sample: string): Promise<number | undefined> {
  const text = (await get(socket, '/metrics')).body;
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line === undefined ? undefined : Number(line.slice(sample.length + 1));
}

async function ask(socket: string, envelope: Parameters<typeof authzReq>[1]): Promise<{ Allow: boolean; Msg: string }> {
  const res = await authzReq(socket, envelope);
  expect(res.status).to.equal(200);
  return res.json as { Allow: boolean; Msg: string };
}

/** The default policy with read-only-rootfs denied: a policy whose answers differ from the shipped one. */
function customPolicy(): string {
  const doc = JSON.parse(readFileSync(DEFAULT_POLICY, 'utf8')) as { rules: Record<string, unknown> };
  doc.rules['read-only-rootfs'] = 'deny';
  return JSON.stringify(doc, null, 2);
}

describe('robustness: fail-safe start (the real dockgate serve)', function () {
  this.timeout(60_000);
  let dir: string;
  const procs: ServeProcess[] = [];

  const serve = (args: string[]): ServeProcess => {
    const p = startServe(args);
    procs.push(p);
    return p;
  };
  const listening = async (p: ServeProcess): Promise<void> => {
    await until(() => p.output().includes('"event":"listening"') || p.child.exitCode !== null, 15_000, 'the plugin to listen');
    expect(p.child.exitCode, p.output()).to.equal(null);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-failsafe-'));
  });
  afterEach(async () => {
    for (const p of procs.splice(0)) {
      if (p.child.exitCode === null) {
        p.child.kill('SIGKILL');
        await p.exited;
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('an unreadable host root and an unusable state folder do not stop it: it serves, logs each at error level, and denies host paths it cannot resolve', async () => {
    const socket = join(dir, 'dg.sock');
    const aFile = join(dir, 'a-file');
    writeFileSync(aFile, 'not a folder\n');
    const p = serve(['--socket', socket, '--policy', DEFAULT_POLICY, '--host-root', join(dir, 'no-such-root'), '--state-dir', join(aFile, 'state')]);
    await listening(p);
    const all = lines(p);
    const root = all.find((l) => l.event === 'host-root-unreadable');
    expect(root?.level, p.output()).to.equal('error');
    expect(root?.fix).to.include('host root');
    const state = all.find((l) => l.event === 'state-dir-unusable');
    expect(state?.level, p.output()).to.equal('error');
    expect(state?.fix).to.include('DOCKGATE_STATE_DIR');
    expect((await ask(socket, PRIVILEGED())).Allow).to.equal(false);
    const bind = apiRequest('POST', '/v1.41/containers/create', { Image: 'busybox:1.36', Cmd: ['true'], HostConfig: { Memory: 67108864, NetworkMode: 'none', Binds: ['/srv/app-data:/data'] } });
    const answer = await ask(socket, bind);
    expect(answer.Allow).to.equal(false);
    expect(answer.Msg).to.include('/srv/app-data').and.to.include('cannot be resolved');
  });

  it('policy deleted, then the plugin restarts: serves with the last-known-good copy, says so everywhere, and a fixed file ends the fallback', async () => {
    const policyDir = join(dir, 'etc');
    mkdirSync(policyDir);
    const file = join(policyDir, 'policy.json');
    const state = join(dir, 'state');
    const socket = join(dir, 'dg.sock');
    writeFileSync(file, customPolicy());
    const args = ['--socket', socket, '--policy', file, '--state-dir', state];

    const first = serve(args);
    await listening(first);
    expect((await health(socket)).policy.source).to.equal('configured');
    const copy = lastKnownGoodPath(state);
    expect(readFileSync(copy, 'utf8'), 'the copy is the policy file, byte for byte').to.equal(readFileSync(file, 'utf8'));
    expect(statSync(copy).mode & 0o777).to.equal(0o600);
    expect(readFileSync(copy, 'utf8')).to.include('"read-only-rootfs": "deny"');
    const configuredVersion = (await health(socket)).policyVersion;
    first.child.kill('SIGKILL');
    await first.exited;

    // config management deletes the policy; the plugin restarts (crash, daemon restart, upgrade)
    unlinkSync(file);
    const second = serve(args);
    await listening(second);
    const all = lines(second);
    const fallback = all.find((l) => l.event === 'policy-fallback');
    expect(fallback, second.output()).to.not.equal(undefined);
    expect(fallback?.level).to.equal('error');
    expect(fallback?.source).to.equal('last-known-good');
    expect(fallback?.error).to.include('ENOENT');
    expect(fallback?.fix).to.include(file);
    expect(all.find((l) => l.event === 'listening')?.policySource).to.equal('last-known-good');

    const h = await health(socket);
    expect(h.status).to.equal('degraded');
    expect(h.policy.source).to.equal('last-known-good');
    expect(h.policy.file).to.equal(copy);
    expect(h.policy.configured).to.equal(file);
    expect(h.policy.fallback?.reason).to.include('ENOENT');
    expect(h.policyVersion, 'the same policy as before the restart').to.equal(configuredVersion);
    expect(h.lastGoodLoad).to.equal(null);
    expect(await metric(socket, 'dockgate_policy_fallback{source="last-known-good"}')).to.equal(1);
    expect(await metric(socket, 'dockgate_policy_fallback{source="shipped-default"}')).to.equal(0);
    expect(await metric(socket, 'dockgate_policy_last_load_timestamp_seconds')).to.equal(0);

    // the copy decides (read-only-rootfs: deny is not the shipped default), and every deny names the fallback
    const privileged = await ask(socket, PRIVILEGED());
    expect(privileged.Allow).to.equal(false);
    expect(privileged.Msg).to.include('[privileged]').and.include('[DG_POLICY_FALLBACK]').and.include('last-known-good');
    const compliant = await ask(socket, COMPLIANT());
    expect(compliant.Allow).to.equal(false);
    expect(compliant.Msg).to.include('[read-only-rootfs]').and.include('[DG_POLICY_FALLBACK]');
    const ping = await ask(socket, { RequestMethod: 'GET', RequestUri: '/_ping' });
    expect(ping).to.deep.equal({ Allow: true, Msg: '' });

    // the file comes back (fixed): the watch reloads it and the fallback ends
    writeFileSync(`${file}.tmp`, customPolicy());
    rmSync(file, { force: true });
    writeFileSync(file, readFileSync(`${file}.tmp`));
    await until(() => lines(second).some((l) => l.event === 'policy-fallback-ended'), 10_000, 'the fallback to end');
    const after = await health(socket);
    expect(after.status).to.equal('ok');
    expect(after.policy.source).to.equal('configured');
    expect(after.lastGoodLoad).to.be.a('string');
    expect(await metric(socket, 'dockgate_policy_fallback{source="last-known-good"}')).to.equal(0);
    expect(await metric(socket, 'dockgate_policy_last_load_timestamp_seconds')).to.be.greaterThan(0);
    const denied = await ask(socket, PRIVILEGED());
    expect(denied.Allow).to.equal(false);
    expect(denied.Msg).to.not.include('DG_POLICY_FALLBACK');
    expect(second.child.exitCode).to.equal(null);
  });

  it('no policy and no last-known-good copy: the shipped default, enforcing', async () => {
    const socket = join(dir, 'dg.sock');
    const missing = join(dir, 'no-such-folder', 'policy.json');
    const p = serve(['--socket', socket, '--policy', missing, '--state-dir', join(dir, 'state')]);
    await listening(p);
    const fallback = lines(p).find((l) => l.event === 'policy-fallback');
    expect(fallback?.level).to.equal('error');
    expect(fallback?.source).to.equal('shipped-default');
    const h = await health(socket);
    expect(h.status).to.equal('degraded');
    expect(h.mode).to.equal('enforce');
    expect(h.policy.source).to.equal('shipped-default');
    expect(h.policy.file).to.equal(DEFAULT_POLICY);
    expect(await metric(socket, 'dockgate_policy_fallback{source="shipped-default"}')).to.equal(1);
    const privileged = await ask(socket, PRIVILEGED());
    expect(privileged.Allow).to.equal(false);
    expect(privileged.Msg).to.include('[privileged]').and.include('[DG_POLICY_FALLBACK]').and.include('shipped default');
    expect((await ask(socket, COMPLIANT())).Allow, 'the shipped default allows the compliant run').to.equal(true);
    // the folder and the file appear later: picked up, the fallback ends
    mkdirSync(join(dir, 'no-such-folder'));
    writeFileSync(missing, customPolicy());
    await until(() => lines(p).some((l) => l.event === 'policy-fallback-ended'), 15_000, 'the fallback to end');
    expect((await health(socket)).policy.source).to.equal('configured');
    expect((await ask(socket, COMPLIANT())).Msg).to.include('[read-only-rootfs]');
    // a folder that stays missing is reported once, not every second
    expect(lines(p).filter((l) => l.event === 'policy-watch-error').length).to.be.at.most(1);
  });

  it('a policy folder replaced while serving (rm -rf + mkdir, as config management does) is watched again: the new file loads without SIGHUP', async () => {
    const policyDir = join(dir, 'etc');
    const file = join(policyDir, 'policy.json');
    const socket = join(dir, 'dg.sock');
    mkdirSync(policyDir);
    writeFileSync(file, readFileSync(DEFAULT_POLICY));
    const p = serve(['--socket', socket, '--policy', file, '--state-dir', join(dir, 'state')]);
    await listening(p);
    rmSync(policyDir, { recursive: true, force: true });
    await until(() => lines(p).some((l) => l.event === 'policy-reload-failed'), 10_000, 'the deletion to be seen');
    mkdirSync(policyDir);
    writeFileSync(file, customPolicy());
    await until(() => lines(p).some((l) => l.event === 'policy-reloaded'), 10_000, 'the new folder\'s policy to load');
    expect((await ask(socket, COMPLIANT())).Msg).to.include('[read-only-rootfs]');
  });

  it('an invalid policy at start (and a copy that is no longer valid): the shipped default; dockgate validate stays strict', async () => {
    const socket = join(dir, 'dg.sock');
    const state = join(dir, 'state');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ mode: 'enforce', rules: { 'restart-policy': { action: 'deny', options: { maxRetries: 'five' } } } }));
    mkdirSync(join(state, 'policy'), { recursive: true });
    writeFileSync(lastKnownGoodPath(state), '{"mode":"enforce","rules":{"no-such-rule":"deny"}}');
    const p = serve(['--socket', socket, '--policy', bad, '--state-dir', state]);
    await listening(p);
    const fallback = lines(p).find((l) => l.event === 'policy-fallback');
    expect(fallback?.source).to.equal('shipped-default');
    expect(fallback?.error).to.include('/rules/restart-policy/options/maxRetries: must be integer (found "five")');
    expect((await ask(socket, PRIVILEGED())).Allow).to.equal(false);

    const validate = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), 'validate', bad], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    validate.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => validate.once('exit', resolve));
    expect(code).to.equal(1);
    expect(out).to.include('maxRetries');
  });

  it('a bad flag or setting still stops it: non-zero exit, said as a JSON line', async () => {
    for (const args of [['--mode', 'bogus'], ['--metrics-interval', '0'], ['--no-such-flag']]) {
      const p = serve(['--socket', join(dir, 'dg.sock'), '--state-dir', join(dir, 'state'), ...args]);
      const code = await p.exited;
      expect(code, `${args.join(' ')}: ${p.output()}`).to.not.equal(0);
      const all = lines(p);
      expect(all, args.join(' ')).to.have.length.greaterThan(0);
      expect(all[0]?.level).to.equal('error');
      expect(all[0]?.event).to.equal('start-failed');
      expect(existsSync(join(dir, 'dg.sock'))).to.equal(false);
    }
  });

  it('the empty envelope of the daemon\'s retry after a plugin restart is denied with "run the command again"', async () => {
    const socket = join(dir, 'dg.sock');
    const p = serve(['--socket', socket, '--state-dir', join(dir, 'state')]);
    await listening(p);
    for (const body of ['', '{}']) {
      const res = await postRaw(socket, '/AuthZPlugin.AuthZReq', body);
      expect(res.status).to.equal(200);
      const r = res.json as { Allow: boolean; Msg: string };
      expect(r.Allow).to.equal(false);
      expect(r.Msg).to.include('[DG_ENVELOPE_EMPTY]').and.include('run the command again');
      expect(r.Msg).to.not.include('protocol mismatch');
    }
    // a real mismatch is still called one
    expect((await ask(socket, { RequestMethod: 'GET' })).Msg).to.include('DG_ENVELOPE_INVALID');
    expect(await metric(socket, 'dockgate_decisions_total{operation="envelope.empty",result="deny"}')).to.equal(2);
    expect(lines(p).filter((l) => l.event === 'envelope-empty')).to.have.length(2);
  });

  it('shows the package version in --version, the listening line, /healthz and dockgate_build_info; every line names the host', async () => {
    const v = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), '--version'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    v.stdout.on('data', (c: Buffer) => (out += c.toString()));
    expect(await new Promise((resolve) => v.once('exit', resolve))).to.equal(0);
    expect(out.trim()).to.equal(VERSION);

    const socket = join(dir, 'dg.sock');
    const p = serve(['--socket', socket, '--state-dir', join(dir, 'state')]);
    await listening(p);
    expect(lines(p).find((l) => l.event === 'listening')?.version).to.equal(VERSION);
    const h = await health(socket);
    expect(h.version).to.equal(VERSION);
    expect(h.status).to.equal('ok');
    expect(h.lastDecision).to.equal(null);
    const text = (await get(socket, '/metrics')).body;
    expect(text).to.match(new RegExp(`^dockgate_build_info\\{version="${VERSION.replaceAll('.', '\\.')}",node="v\\d+\\.\\d+\\.\\d+"\\} 1$`, 'm'));
    for (const name of ['process_resident_memory_bytes', 'process_cpu_seconds_total', 'process_start_time_seconds', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_p99_seconds', 'dockgate_last_decision_timestamp_seconds']) {
      expect(text, name).to.match(new RegExp(`^${name} \\d`, 'm'));
    }
    expect(await metric(socket, 'dockgate_last_decision_timestamp_seconds')).to.equal(0);
    const before = Date.now();
    await ask(socket, PRIVILEGED());
    const after = Date.now();
    // Set while the request was answered (same clock): no tolerance to outgrow under load.
    expect(await metric(socket, 'dockgate_last_decision_timestamp_seconds')).to.be.within(before / 1000, after / 1000);
    expect((await health(socket)).lastDecision).to.be.a('string');
    await until(() => lines(p).some((l) => l.message === 'decision'), 5_000, 'the decision line');
    const host = (await import('node:os')).hostname();
    for (const l of lines(p)) expect(l.host, JSON.stringify(l)).to.equal(host);
  });

  it('--metrics-textfile: the same metrics, rewritten atomically every interval, for a plugin without network', async () => {
    const socket = join(dir, 'dg.sock');
    const prom = join(dir, 'textfile', 'dockgate.prom');
    const p = serve(['--socket', socket, '--state-dir', join(dir, 'state'), '--metrics-textfile', prom, '--metrics-interval', '1']);
    await listening(p);
    await until(() => existsSync(prom), 5_000, 'the textfile');
    expect(statSync(prom).mode & 0o777).to.equal(0o644);
    expect(readFileSync(prom, 'utf8')).to.match(/^dockgate_build_info\{version="[^"]+",node="[^"]+"\} 1$/m);
    expect(readFileSync(prom, 'utf8')).to.not.include('dockgate_decisions_total{');
    await ask(socket, PRIVILEGED());
    await until(() => readFileSync(prom, 'utf8').includes('dockgate_decisions_total{operation="container.create",result="deny"} 1'), 5_000, 'the textfile to show the decision');
    expect(readFileSync(prom, 'utf8').endsWith('\n')).to.equal(true);
  });
});
