/**
 * The policy file goes missing, unreadable or garbage while `dockgate serve` runs, and SIGHUP
 * asks for a reload: the plugin keeps deciding with the last good policy and says so in its
 * log; a good file is then picked up again.
 */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authzReq, DEFAULT_POLICY, PRIVILEGED, startServe, until, type ServeProcess } from './helpers/harness.js';

interface LogLine {
  readonly event?: string;
  readonly message?: string;
  readonly error?: string;
  readonly policyVersion?: string;
}

function logLines(out: string): LogLine[] {
  return out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as LogLine);
}

describe('robustness: policy reload faults (dockgate serve + SIGHUP)', function () {
  this.timeout(60_000);
  let dir: string;
  let proc: ServeProcess | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-reload-'));
  });
  afterEach(async () => {
    if (proc && proc.child.exitCode === null) {
      proc.child.kill('SIGKILL');
      await proc.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the last good policy through a missing, unreadable and garbage file, and says so', async () => {
    const file = join(dir, 'policy.json');
    const socket = join(dir, 'dg.sock');
    writeFileSync(file, readFileSync(DEFAULT_POLICY));
    proc = startServe(['--socket', socket, '--policy', file, '--log-level', 'info']);
    await until(() => proc!.output().includes('"event":"listening"'), 15_000, 'the plugin to listen');
    const p = proc;
    const listening = logLines(p.output()).find((l) => l.event === 'listening')!;
    const goodVersion = listening.policyVersion;
    expect(goodVersion).to.be.a('string');
    const privilegedDenied = async (): Promise<void> => {
      const res = await authzReq(socket, PRIVILEGED());
      expect(res.status).to.equal(200);
      expect(res.json).to.have.property('Allow', false);
    };
    await privilegedDenied();

    const faults: [string, () => void][] = [
      ['missing', () => { unlinkSync(file); }],
      ['a directory (unreadable)', () => { mkdirSync(file); }],
      ['not JSON', () => { rmSync(file, { recursive: true, force: true }); writeFileSync(file, '{not json'); }],
      ['empty', () => { writeFileSync(file, ''); }],
      ['binary junk', () => { writeFileSync(file, Buffer.from([0x00, 0xff, 0xfe, 0x7b, 0x80])); }],
      ['valid JSON, invalid policy', () => { writeFileSync(file, JSON.stringify({ mode: 'enforce', rules: { 'restart-policy': { action: 'deny', options: { maxRetries: 'five' } } } })); }],
      ['a JSON array', () => { writeFileSync(file, '[]'); }],
      ['an audit policy cut in half', () => { writeFileSync(file, JSON.stringify({ mode: 'audit', rules: {} }).slice(0, 15)); }],
    ];
    for (const [name, damage] of faults) {
      damage();
      const before = logLines(p.output()).filter((l) => l.event === 'policy-reload-failed').length;
      p.child.kill('SIGHUP');
      await until(() => logLines(p.output()).filter((l) => l.event === 'policy-reload-failed').length > before, 10_000, `the reload of a ${name} policy to fail`);
      const line = logLines(p.output()).filter((l) => l.event === 'policy-reload-failed').at(-1)!;
      expect(line.message, name).to.include('last good policy stays in force');
      expect(line.error, name).to.be.a('string').and.not.equal('');
      expect(line.policyVersion, name).to.equal(goodVersion);
      // Still enforcing the last good policy, and still serving.
      await privilegedDenied();
    }
    expect(p.child.exitCode).to.equal(null);

    // A good file is picked up again.
    rmSync(file, { recursive: true, force: true });
    writeFileSync(file, JSON.stringify({ mode: 'audit', rules: {} }));
    p.child.kill('SIGHUP');
    await until(() => p.output().includes('"event":"policy-reloaded"'), 10_000, 'the good policy to load');
    const res = await authzReq(socket, PRIVILEGED());
    expect(res.json).to.have.property('Allow', true);
  });

  it('answers requests while reloads are requested in a burst', async () => {
    const file = join(dir, 'policy.json');
    const socket = join(dir, 'dg.sock');
    writeFileSync(file, readFileSync(DEFAULT_POLICY));
    proc = startServe(['--socket', socket, '--policy', file]);
    await until(() => proc!.output().includes('"event":"listening"'), 15_000, 'the plugin to listen');
    const p = proc;
    const answers: Promise<unknown>[] = [];
    for (let i = 0; i < 50; i++) {
      if (i % 5 === 0) p.child.kill('SIGHUP');
      if (i === 25) writeFileSync(file, 'garbage');
      answers.push(authzReq(socket, PRIVILEGED()).then((r) => r.json));
    }
    for (const a of await Promise.all(answers)) expect(a).to.have.property('Allow', false);
    expect(p.child.exitCode).to.equal(null);
  });
});
