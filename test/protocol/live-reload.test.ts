/**
 * Live policy reload in the real `dockgate serve` process: the policy file is replaced (write +
 * rename, as editors and config tools do) or damaged while the plugin serves, with and without
 * a load loop running on its unix socket. Decisions switch to the new policy with no failed
 * request; an invalid file is rejected, logged with its problems, and the last good policy stays.
 */
import { expect } from 'chai';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { get } from '../helpers/plugin-client.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authzReq, COMPLIANT, PRIVILEGED, startServe, until, type ServeProcess } from '../robustness/helpers/harness.js';

interface LogLine {
  readonly event?: string;
  readonly message?: string;
  readonly trigger?: string;
  readonly policyVersion?: string;
  readonly mode?: string;
  readonly issues?: readonly { path: string; message: string }[];
  readonly operation?: string;
  readonly decision?: string;
}

function logLines(out: string): LogLine[] {
  return out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as LogLine);
}

const policyText = (mode: 'enforce' | 'audit', note: string): string => `${JSON.stringify({ description: note, mode, rules: {} }, null, 2)}\n`;

describe('live policy reload (dockgate serve, file and folder watch)', function () {
  /** The suite's timeout, and the only bound of every wait below (issue 15: no shorter clock). */
  const TIMEOUT = 60_000;
  this.timeout(TIMEOUT);
  let dir: string;
  let file: string;
  let socket: string;
  let proc: ServeProcess;
  let seq = 0;

  /** Replaces the policy the way editors and config tools do: write a temporary file, rename it over. */
  const replace = (text: string): void => {
    const tmp = join(dir, `.policy.json.${String(seq++)}.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  };
  const events = (name: string): LogLine[] => logLines(proc.output()).filter((l) => l.event === name);
  const privilegedAllowed = async (): Promise<boolean> => {
    const res = await authzReq(socket, PRIVILEGED());
    expect(res.status).to.equal(200);
    return (res.json as { Allow: boolean }).Allow;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-live-'));
    file = join(dir, 'policy.json');
    socket = join(dir, 'dg.sock');
    writeFileSync(file, policyText('enforce', 'first'));
    proc = startServe(['--socket', socket, '--policy', file]);
    await until(() => proc.output().includes('"event":"listening"'), TIMEOUT, 'the plugin to listen');
  });
  afterEach(async () => {
    if (proc.child.exitCode === null) {
      proc.child.kill('SIGKILL');
      await proc.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('picks up a file replaced by rename and one written in place, with the new version in the log, /healthz and /metrics', async () => {
    const first = logLines(proc.output()).find((l) => l.event === 'listening')!.policyVersion!;
    expect(await privilegedAllowed()).to.equal(false);

    replace(policyText('audit', 'second'));
    await until(() => events('policy-reloaded').length === 1, TIMEOUT, 'the replaced policy to load');
    const reloaded = events('policy-reloaded')[0]!;
    expect(reloaded.trigger).to.equal('file-change');
    expect(reloaded.mode).to.equal('audit');
    expect(reloaded.policyVersion).to.be.a('string').and.not.equal(first);
    expect(await privilegedAllowed()).to.equal(true);
    const decisions = logLines(proc.output()).filter((l) => l.event === 'decision');
    expect(decisions.at(-1)?.policyVersion).to.equal(reloaded.policyVersion);
    expect(JSON.parse((await get(socket, '/healthz')).body)).to.include({ status: 'ok', policyVersion: reloaded.policyVersion, mode: 'audit' });

    writeFileSync(file, policyText('enforce', 'third, in place'));
    await until(() => events('policy-reloaded').length === 2, TIMEOUT, 'the rewritten policy to load');
    expect(await privilegedAllowed()).to.equal(false);

    const metrics = await get(socket, '/metrics');
    expect(metrics.status).to.equal(200);
    expect(metrics.body).to.include('dockgate_policy_reloads_total{result="success"} 2\n');
    expect(metrics.body).to.include(`dockgate_policy_info{version="${events('policy-reloaded')[1]!.policyVersion!}",mode="enforce"} 1\n`);
    expect(metrics.body).to.match(/dockgate_decisions_total\{operation="container.create",result="deny"\} 2\n/);
  });

  it('skips events that change nothing (same content rewritten, other files in the folder), then picks up a real change', async () => {
    // A plugin at debug level with its socket outside the policy folder: it logs each check of an
    // event that found the file unchanged (policy-unchanged), and only this test's writes touch
    // the folder. No fixed sleep (issue 15): each no-op is followed until the plugin has checked
    // it, and a real change afterwards shows the watch still works and is the only reload.
    proc.child.kill('SIGKILL');
    await proc.exited;
    const sockDir = mkdtempSync(join(tmpdir(), 'dockgate-live-sock-'));
    try {
      socket = join(sockDir, 'dg.sock');
      proc = startServe(['--socket', socket, '--policy', file, '--log-level', 'debug']);
      await until(() => proc.output().includes('"event":"listening"'), TIMEOUT, 'the plugin to listen');
      const first = logLines(proc.output()).find((l) => l.event === 'listening')!.policyVersion!;
      // The watch checks the file once when it starts: that check, too, finds it unchanged.
      await until(() => events('policy-unchanged').length >= 1 || events('policy-reloaded').length > 0, TIMEOUT, 'the first check of the watch');
      const noOps: [string, () => void][] = [
        ['the same content rewritten by rename', () => {
          replace(policyText('enforce', 'first'));
        }],
        ['the same content written in place', () => {
          writeFileSync(file, policyText('enforce', 'first'));
        }],
        ['another file in the folder', () => {
          writeFileSync(join(dir, 'notes.txt'), 'unrelated');
        }],
      ];
      for (const [what, write] of noOps) {
        const before = events('policy-unchanged').length;
        write();
        // the plugin checked the file after this write (or, if it were broken, reloaded it)
        await until(() => events('policy-unchanged').length > before || events('policy-reloaded').length > 0 || events('policy-reload-failed').length > 0, TIMEOUT, `${what}: the plugin to check the file`);
        expect(events('policy-reloaded'), what).to.have.length(0);
        expect(events('policy-reload-failed'), what).to.have.length(0);
      }
      // A real change after them is picked up: it is the one and only reload, with the new content.
      replace(policyText('audit', 'second'));
      await until(() => events('policy-reloaded').length > 0, TIMEOUT, 'the changed policy to load');
      const reloaded = events('policy-reloaded');
      expect(reloaded).to.have.length(1);
      expect(reloaded[0]).to.include({ trigger: 'file-change', mode: 'audit' });
      expect(reloaded[0]!.policyVersion).to.be.a('string').and.not.equal(first);
      expect(events('policy-reload-failed')).to.have.length(0);
      expect(await privilegedAllowed()).to.equal(true);
    } finally {
      rmSync(sockDir, { recursive: true, force: true });
    }
  });

  it('rejects garbage and an invalid policy, naming the problems, and keeps the last good policy', async () => {
    const good = logLines(proc.output()).find((l) => l.event === 'listening')!.policyVersion!;
    writeFileSync(file, '{garbage');
    await until(() => events('policy-reload-failed').length === 1, TIMEOUT, 'the garbage to be rejected');
    const failed = events('policy-reload-failed')[0]!;
    expect(failed.message).to.include('last good policy stays in force');
    expect(failed.trigger).to.equal('file-change');
    expect(failed.policyVersion).to.equal(good);
    expect(failed.issues?.[0]?.message).to.match(/^not valid JSON/);
    expect(await privilegedAllowed()).to.equal(false);

    replace(JSON.stringify({ mode: 'audit', rules: { 'restart-policy': { action: 'deny', options: { maxRetries: 'five' } } } }));
    await until(() => events('policy-reload-failed').length === 2, TIMEOUT, 'the invalid policy to be rejected');
    expect(events('policy-reload-failed')[1]!.issues).to.deep.include({ path: '/rules/restart-policy/options/maxRetries', message: 'must be integer (found "five")' });
    expect(await privilegedAllowed()).to.equal(false);
    expect(JSON.parse((await get(socket, '/healthz')).body)).to.have.property('policyVersion', good);
    expect((await get(socket, '/metrics')).body).to.include('dockgate_policy_reloads_total{result="failure"} 2\n');
    expect(events('policy-reloaded')).to.have.length(0);
  });

  it('under load: no failed request while the file is replaced several times, decisions switch, an invalid file changes nothing', async () => {
    let stop = false;
    let sent = 0;
    let answered = 0;
    const failures: string[] = [];
    /** Waits for `n` more requests to end (answered or failed): requests run before, during and after each switch (no fixed sleep). */
    const moreAnswers = async (n: number, what: string): Promise<void> => {
      const mark = answered;
      await until(() => answered >= mark + n, TIMEOUT, what);
    };
    const worker = async (): Promise<void> => {
      // Bounded: stops when asked, or after 5,000 requests per worker.
      for (let i = 0; i < 5_000 && !stop; i++) {
        sent++;
        try {
          const res = await authzReq(socket, i % 2 === 0 ? PRIVILEGED() : COMPLIANT());
          if (res.status !== 200 || typeof (res.json as { Allow?: unknown } | undefined)?.Allow !== 'boolean') failures.push(`HTTP ${String(res.status)}: ${res.body.slice(0, 200)}`);
        } catch (err) {
          failures.push(String(err));
        }
        answered++;
      }
    };
    const load = Promise.all([worker(), worker(), worker(), worker()]);
    try {
      await moreAnswers(20, 'the load to start');
      const plan: ('enforce' | 'audit' | 'invalid')[] = ['audit', 'enforce', 'invalid', 'audit', 'invalid', 'enforce'];
      let expectPrivileged = false;
      for (const [round, step] of plan.entries()) {
        const okBefore = events('policy-reloaded').length;
        const failBefore = events('policy-reload-failed').length;
        if (step === 'invalid') {
          replace(round % 2 === 0 ? '{"mode": "audit", "rules": {' : JSON.stringify({ mode: 'audit', rules: { privileged: 'maybe' } }));
          await until(() => events('policy-reload-failed').length > failBefore, TIMEOUT, `round ${String(round)}: the invalid file to be rejected`);
        } else {
          replace(policyText(step, `round ${String(round)}`));
          await until(() => events('policy-reloaded').length > okBefore, TIMEOUT, `round ${String(round)}: the new policy to load`);
          expectPrivileged = step === 'audit';
        }
        // The next request decides with the policy now in force (an invalid file changed nothing).
        expect(await privilegedAllowed(), `round ${String(round)} (${step})`).to.equal(expectPrivileged);
        await moreAnswers(20, `round ${String(round)}: requests under the new policy`);
      }
    } finally {
      stop = true;
      await load;
    }
    expect(failures, failures.slice(0, 3).join('\n')).to.deep.equal([]);
    expect(sent).to.be.greaterThan(100);
    expect(events('policy-reloaded')).to.have.length(4);
    expect(events('policy-reload-failed')).to.have.length(2);
    expect(proc.child.exitCode).to.equal(null);
    // Every decision line names the policy that decided, and only versions that were in force decided.
    const versions = new Set([logLines(proc.output()).find((l) => l.event === 'listening')!.policyVersion, ...events('policy-reloaded').map((l) => l.policyVersion)]);
    const decisions = logLines(proc.output()).filter((l) => l.event === 'decision');
    expect(decisions.length).to.be.at.least(sent);
    for (const d of decisions) expect(versions.has(d.policyVersion), String(d.policyVersion)).to.equal(true);
  });
});
