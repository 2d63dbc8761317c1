/**
 * The plugin over a real unix socket, as dockerd talks to it: in-process for the protocol
 * cases, and as the real `dockgate serve` process for start-up and shutdown behaviour.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/audit/logger.js';
import { createApp } from '../../src/protocol/app.js';
import { closeServer, listenUnix } from '../../src/protocol/listen.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { apiRequest, captured } from '../helpers/fixtures.js';
import { get, postRaw } from '../helpers/plugin-client.js';
import { startServe, type ServeProcess } from '../robustness/helpers/harness.js';

const root = new URL('../../', import.meta.url).pathname;
const policy = loadPolicyFile(join(root, 'config/policy.json'));
const quiet = new Writable({ write: (_c, _e, cb) => { cb(); } });

describe('plugin over a unix socket', () => {
  let dir: string;
  let socket: string;
  let server: Server;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-sock-'));
    socket = join(dir, 'dockgate.sock');
    server = await listenUnix(createApp({ current: () => policy }, createLogger('error', quiet)), socket);
  });
  after(async () => {
    await closeServer(server, socket);
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the socket with mode 0600', () => {
    expect(statSync(socket).mode & 0o777).to.equal(0o600);
  });

  it('parses envelopes sent with no Content-Type, base64 body and all', async () => {
    const res = await postRaw(socket, '/AuthZPlugin.AuthZReq', JSON.stringify(captured('run-net-host', 'container.create')));
    expect(res.status).to.equal(200);
    expect(res.json).to.have.property('Allow', false);
    expect((res.json as { Msg: string }).Msg).to.include('[host-network] HostConfig.NetworkMode=host (CIS 5.10)');
  });

  it('answers oversized, garbage and truncated envelopes, then a normal request', async () => {
    const big = JSON.stringify(apiRequest('POST', '/v1.41/containers/create', { Image: 'x', Pad: 'x'.repeat(7 * 1024 * 1024) }));
    for (const body of [big, 'garbage', '{"RequestMethod":"POST","RequestUri":"/containers/create","RequestBody":"!!"}', Buffer.from([0xff, 0xfe, 0x00])]) {
      const res = await postRaw(socket, '/AuthZPlugin.AuthZReq', body);
      expect(res.status).to.equal(200);
      expect(res.json).to.have.property('Allow', false);
    }
    const ok = await postRaw(socket, '/AuthZPlugin.AuthZReq', JSON.stringify(captured('run-compliant', 'container.create')));
    expect(ok.json).to.deep.equal({ Allow: true, Msg: '' });
  });

  it('answers Plugin.Activate and 404s the rest', async () => {
    expect((await postRaw(socket, '/Plugin.Activate', '')).json).to.deep.equal({ Implements: ['authz'] });
    expect((await postRaw(socket, '/VolumeDriver.Create', '{}')).status).to.equal(404);
  });
});

describe('dockgate serve (the real process)', function () {
  /** The suite's timeout, and the only bound of its waits (issue 15: no shorter clock). */
  const TIMEOUT = 30_000;
  this.timeout(TIMEOUT);
  let dir: string;
  const children: ChildProcess[] = [];

  function start(args: string[], env: Record<string, string> = {}): ServeProcess {
    const p = startServe(args, [], env);
    children.push(p.child);
    return p;
  }

  async function until(cond: () => boolean, ms = TIMEOUT): Promise<void> {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-serve-'));
  });
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens, says where, removes a stale socket, and shuts down cleanly on SIGTERM', async () => {
    const socket = join(dir, 'plugins', 'dg.sock');
    // A stale socket: its owner killed without a chance to remove it.
    mkdirSync(join(dir, 'plugins'));
    const owner = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(socket)}, () => console.log('up'))`], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(owner);
    await new Promise((r) => owner.stdout.once('data', r));
    owner.kill('SIGKILL');
    await new Promise((r) => owner.once('exit', r));
    expect(statSync(socket).isSocket()).to.equal(true);
    const proc = start(['--socket', socket]);
    await until(() => proc.output().includes('"event":"listening"'));
    expect(proc.output()).to.include(`dockgate listening on ${socket}`);
    expect(statSync(socket).mode & 0o777).to.equal(0o600);
    // A request in flight when SIGTERM arrives is still answered.
    const inflight = postRaw(socket, '/AuthZPlugin.AuthZReq', JSON.stringify(captured('run-privileged', 'container.create')));
    proc.child.kill('SIGTERM');
    expect((await inflight).json).to.have.property('Allow', false);
    expect(await proc.exited).to.equal(0);
    expect(existsSync(socket)).to.equal(false);
  });

  it('keeps deciding when whatever reads its log (stdout) goes away, and counts the lost lines', async () => {
    const socket = join(dir, 'dg.sock');
    const proc = start(['--socket', socket]);
    await until(() => proc.output().includes('"event":"listening"'));
    // dockerd or journald stops reading: the next log write fails with EPIPE.
    proc.child.stdout?.destroy();
    const privileged = JSON.stringify(captured('run-privileged', 'container.create'));
    for (let i = 0; i < 3; i++) {
      const res = await postRaw(socket, '/AuthZPlugin.AuthZReq', privileged);
      expect(res.status).to.equal(200);
      expect(res.json).to.have.property('Allow', false);
    }
    await until(() => proc.output().includes('cannot write the log to stdout'));
    const metrics = await get(socket, '/metrics');
    expect(Number(/^dockgate_log_write_errors_total (\d+)$/m.exec(metrics.body)?.[1])).to.be.greaterThan(0);
    expect(proc.child.exitCode).to.equal(null);
  });

  it('treats empty DOCKGATE_* values (docker plugin set NAME=) as unset', async () => {
    const socket = join(dir, 'dg.sock');
    const proc = start([], { DOCKGATE_SOCKET: socket, DOCKGATE_MODE: '', DOCKGATE_LOG_LEVEL: '', DOCKGATE_POLICY: '' });
    await until(() => proc.output().includes('"event":"listening"'));
    expect(proc.output()).to.include('"mode":"enforce"');
    expect((await postRaw(socket, '/Plugin.Activate', '')).json).to.deep.equal({ Implements: ['authz'] });
  });

  it('refuses to start when another instance answers on the socket', async () => {
    const socket = join(dir, 'dg.sock');
    const first = start(['--socket', socket]);
    await until(() => first.output().includes('"event":"listening"'));
    const second = start(['--socket', socket]);
    expect(await second.exited).to.equal(2);
    expect(second.output()).to.include('another process already answers');
    expect((await postRaw(socket, '/Plugin.Activate', '')).json).to.deep.equal({ Implements: ['authz'] });
  });

  it('with an invalid policy, still serves (the shipped default: no copy in this state folder) and names the bad field and value', async () => {
    const bad = join(dir, 'bad.json');
    const socket = join(dir, 'dg.sock');
    writeFileSync(bad, JSON.stringify({ mode: 'enforce', rules: { 'restart-policy': { action: 'deny', options: { maxRetries: 'five' } } } }));
    const proc = start(['--socket', socket, '--policy', bad, '--state-dir', join(dir, 'state')]);
    await until(() => proc.output().includes('"event":"listening"'));
    expect(proc.output()).to.include('"event":"policy-fallback"').and.include('/rules/restart-policy/options/maxRetries: must be integer (found \\"five\\")');
    expect((await postRaw(socket, '/AuthZPlugin.AuthZReq', JSON.stringify(captured('run-privileged', 'container.create')))).json).to.have.property('Allow', false);
  });

  it('reloads the policy on SIGHUP, and keeps the last good one when the new file is invalid', async () => {
    const file = join(dir, 'policy.json');
    const socket = join(dir, 'dg.sock');
    writeFileSync(file, JSON.stringify({ mode: 'enforce', rules: {} }));
    const proc = start(['--socket', socket, '--policy', file]);
    await until(() => proc.output().includes('"event":"listening"'));
    const ask = async () => (await postRaw(socket, '/AuthZPlugin.AuthZReq', JSON.stringify(captured('run-privileged', 'container.create')))).json;
    expect(await ask()).to.have.property('Allow', false);
    writeFileSync(file, JSON.stringify({ mode: 'audit', rules: {} }));
    proc.child.kill('SIGHUP');
    await until(() => proc.output().includes('"event":"policy-reloaded"'));
    expect(await ask()).to.have.property('Allow', true);
    writeFileSync(file, '{not json');
    proc.child.kill('SIGHUP');
    await until(() => proc.output().includes('"event":"policy-reload-failed"'));
    expect(await ask()).to.have.property('Allow', true);
  });
});
