/**
 * Fail-safe (issue 14): dockgate as a managed plugin never takes the daemon down, on a real
 * dockerd. The states an operator meets, each with what docker commands do and that the
 * daemon stays up:
 *
 * - the policy file deleted, then the plugin process killed (the daemon restarts it): it
 *   serves with its last-known-good copy (kept in the plugin's root filesystem), compliant
 *   commands work, dangerous ones are denied and the deny names the fallback; a SIGHUP of the
 *   daemon is harmless; the file put back ends the fallback;
 * - a crash while a request is in flight: the daemon restarts the plugin and retries the
 *   request with an empty envelope, denied with "run the command again";
 * - the policy folder replaced on the host (rm + mkdir, as config management does): the
 *   plugin reads the host's files through its host-root mount, so the new folder's policy
 *   loads without a restart;
 * - the policy folder missing when the daemon starts (the default setting, DOCKGATE_POLICY
 *   under /host; no policy mount whose missing source would stop the plugin): the daemon and
 *   the plugin start, the fallback decides, and the folder coming back is picked up;
 * - the metrics textfile, written inside the plugin's root filesystem, read from the host.
 */
import { expect } from 'chai';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrivateDaemon } from './helpers/daemon.js';
import { buildManagedPlugin, managedPluginLines, REPO, type LogLine } from './helpers/dockgate.js';
import { requireEngine } from './helpers/engine.js';
import { PLUGIN_RUN_DIR } from './helpers/host.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import { poll, procStat, signal, unixSockets, type UnixSocketRow } from './helpers/proc.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';
import { COMPLIANT, ruleIds } from './helpers/scenarios.js';

/** The shipped default with pids-limit denied: what this policy decides differs from the shipped default's answer. */
function customPolicy(): string {
  const doc = JSON.parse(readFileSync(join(REPO, 'config/policy.json'), 'utf8')) as { rules: Record<string, unknown> };
  doc.rules['pids-limit'] = 'deny';
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const RUN_OK = [...COMPLIANT, '--pids-limit', '64'];

describe('e2e fail-safe: the managed plugin never takes the daemon down (issue 14)', function () {
  let run: E2eRun | undefined;
  let daemon: PrivateDaemon;
  let pluginDir: string;
  const ref = 'dockgate:latest';
  let pluginId = '';
  let policyDir: string;
  let names = 0;

  before(async function () {
    const engine = await requireEngine(this);
    this.timeout(300_000);
    pluginDir = await buildManagedPlugin();
    run = new E2eRun('fsafe');
    const r = run;
    policyDir = join(r.tmp, 'policy');
    daemon = new PrivateDaemon(engine, join(r.tmp, 'daemon'), `dge2e${r.id}`);
    r.defer('stop dockerd', () => daemon.stop());
    r.defer('remove containers', () => daemon.removeAllContainers());
    await daemon.start({ config: { 'live-restore': true } });
    await importBusybox(daemon, r.tmp);
    await daemon.dockerOk(['plugin', 'create', ref, pluginDir], { timeoutMs: 170_000 });
    pluginId = (await daemon.dockerOk(['plugin', 'inspect', '--format', '{{.Id}}', ref])).trim();
    r.removeDirLater(join(PLUGIN_RUN_DIR, pluginId));
    mkdirSync(policyDir);
    writeFileSync(join(policyDir, 'policy.json'), customPolicy());
    // the default setting (/host/etc/dockgate/policy.json) pointed at a private folder: the host's /etc/dockgate is not this test's
    await daemon.dockerOk(['plugin', 'set', ref, `DOCKGATE_POLICY=/host${policyDir}/policy.json`]);
    await daemon.dockerOk(['plugin', 'enable', ref]);
    await daemon.restart({ config: { 'live-restore': true, 'authorization-plugins': [ref] } });
  });

  cleanupAfterAll(() => run);

  const lines = (): LogLine[] => (pluginId === '' ? [] : managedPluginLines(daemon.log(), pluginId));
  const pluginPid = (): number | undefined => {
    const pids = daemon.managedPluginPids(pluginId);
    return pids.length === 1 ? pids[0] : undefined;
  };
  const name = (what: string): string => `dge2e-fs-${what}-${String(++names)}`;
  /** docker run of a compliant container: must work. */
  const runsOk = async (): Promise<void> => {
    await daemon.dockerOk(['run', '--rm', '--name', name('ok'), ...RUN_OK, IMAGE, 'true'], { timeoutMs: 60_000 });
  };
  const privileged = (): Promise<{ code: number | null; stderr: string }> => daemon.docker(['run', '--rm', '--name', name('priv'), '--privileged', ...RUN_OK, IMAGE, 'true'], { timeoutMs: 60_000 });
  /** Kills the plugin process; the daemon starts a new one. Returns once it listens. */
  const killPlugin = async (sig: NodeJS.Signals = 'SIGKILL'): Promise<void> => {
    const before = pluginPid();
    expect(before, 'the plugin process').to.be.a('number');
    const listened = lines().filter((l) => l.event === 'listening').length;
    signal(before!, sig);
    await poll('a new plugin process that listens', () => (lines().filter((l) => l.event === 'listening').length > listened && pluginPid() !== before ? true : undefined), 60_000, 100);
  };
  const rootfs = (): string => join(daemon.data, 'plugins', pluginId, 'rootfs');

  it('enforces the configured policy, and keeps a last-known-good copy in the plugin\'s root filesystem', async function () {
    this.timeout(120_000);
    await runsOk();
    const r = await privileged();
    expect(ruleIds(r.stderr), r.stderr).to.deep.equal(['privileged']);
    const noPids = await daemon.docker(['run', '--rm', '--name', name('nopids'), ...COMPLIANT, IMAGE, 'true']);
    expect(ruleIds(noPids.stderr), noPids.stderr).to.deep.equal(['pids-limit']);
    const copy = join(rootfs(), 'var/lib/dockgate/policy/last-known-good.json');
    expect(readFileSync(copy, 'utf8')).to.equal(customPolicy());
    const listening = lines().filter((l) => l.event === 'listening').at(-1);
    expect(listening?.policySource).to.equal('configured');
    expect(listening?.version).to.equal((JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version);
    expect(listening?.host, 'lines name the host').to.be.a('string').and.not.equal('');
  });

  it('the policy file deleted, then the plugin killed: the daemon restarts it, it serves with the last-known-good copy, and the daemon stays up (SIGHUP included)', async function () {
    this.timeout(180_000);
    rmSync(join(policyDir, 'policy.json'));
    await killPlugin();
    const fallback = await poll('the policy-fallback line', () => lines().find((l) => l.event === 'policy-fallback'), this.timeout());
    expect(fallback.level).to.equal('error');
    expect(fallback.source).to.equal('last-known-good');
    expect(String(fallback.error)).to.include('ENOENT');
    // docker commands keep working: allowed ones pass, denied ones are denied, and say why the fallback
    await poll('docker ps to work', async () => ((await daemon.docker(['ps'], { timeoutMs: 60_000 })).code === 0 ? true : undefined), 60_000, 200);
    await runsOk();
    const r = await privileged();
    expect(r.code).to.not.equal(0);
    expect(ruleIds(r.stderr), r.stderr).to.include('privileged');
    expect(r.stderr).to.include('[DG_POLICY_FALLBACK]').and.include('last-known-good');
    const noPids = await daemon.docker(['run', '--rm', '--name', name('nopids'), ...COMPLIANT, IMAGE, 'true']);
    expect(ruleIds(noPids.stderr), `the copy decides, not the shipped default: ${noPids.stderr}`).to.include('pids-limit');
    // a routine reload of the daemon does not take it down (the plugin is enabled and answering)
    await daemon.reload({ 'live-restore': true, 'authorization-plugins': [ref] });
    // reload() returns once dockerd logged "Reloaded configuration"; a command through the plugin
    // afterwards shows both still serve (no fixed sleep, issue 15)
    await runsOk();
    expect(daemon.running, 'dockerd still running after SIGHUP').to.equal(true);
    // the file put back: the fallback ends
    writeFileSync(join(policyDir, 'policy.json'), customPolicy());
    await poll('the fallback to end', () => lines().find((l) => l.event === 'policy-fallback-ended'), this.timeout());
    const after = await privileged();
    expect(ruleIds(after.stderr)).to.deep.equal(['privileged']);
    expect(after.stderr).to.not.include('DG_POLICY_FALLBACK');
    expect(daemon.running).to.equal(true);
  });

  it('a crash while a request is in flight: the daemon restarts the plugin and retries with an empty envelope, denied with "run the command again"', async function () {
    this.timeout(180_000);
    const pid = pluginPid();
    expect(pid).to.be.a('number');
    // the plugin stops answering (stopped, not dead) while a container create waits for it; then it dies.
    // (The API call itself, not `docker run`: the CLI's first call is a ping, whose failure it ignores.)
    signal(pid!, 'SIGSTOP');
    // Whatever happens below, the plugin is not left stopped: a stopped plugin hangs every later
    // docker command of this file (and made its later tests time out once, on a slow machine).
    let killed = false;
    try {
      const body = JSON.stringify({ Image: IMAGE, Cmd: ['true'], HostConfig: { Memory: 64 * 1024 * 1024, PidsLimit: 64, NetworkMode: 'none' } });
      let answered: string | undefined;
      const pending = daemon.api({ method: 'POST', path: `/v1.41/containers/create?name=${name('inflight')}`, headers: { 'Content-Type': 'application/json' }, body, timeoutMs: 90_000 });
      pending.then((a) => { answered = `${String(a.status)} ${a.body.slice(0, 300)}`; }, (e: unknown) => { answered = `error: ${e instanceof Error ? e.message : String(e)}`; });
      // The create has reached the stopped plugin (no fixed sleep, issue 15): the kernel holds the
      // daemon's request for it, unread, either on a connection the plugin accepted before it
      // stopped, or on a new one waiting in its listen queue while the daemon's side of that not
      // yet accepted connection holds written bytes. A connection's accepted end lives in the
      // network namespace of the side that connected (the daemon's), the listener in the plugin's;
      // both are looked at. Nothing else talks to the plugin meanwhile.
      const daemonPid = daemon.pid!;
      // Seen or not within 10 s, the plugin is then killed: the request was sent to a stopped
      // plugin and not answered, so it is in flight either way, and the answer below (403 with an
      // empty envelope, not 201) is what proves it; what the kernel showed goes into the messages.
      // Not later: the daemon's plugin client retries a failed call only within 30 s of its start
      // (measured on 20.10: a kill after 30 s gets the API caller a 500, "connection reset by peer").
      let unseen = '';
      const reached = await poll('the create to reach the stopped plugin', async () => {
        if (answered !== undefined) return `answered before it reached the plugin: ${answered}`;
        const inPlugin = await unixSockets(pid!);
        const inDaemon = await unixSockets(daemonPid);
        const accepted = [...inPlugin, ...inDaemon].some((s) => s.state === 'ESTAB' && s.recvQ > 0 && s.pids.includes(pid!));
        const queued = inPlugin.some((s) => s.state === 'LISTEN' && s.recvQ > 0 && s.pids.includes(pid!)) && inDaemon.some((s) => s.state === 'ESTAB' && s.peer === 0 && s.sendQ > 0 && s.pids.includes(daemonPid));
        if (accepted || queued) return 'reached';
        // not yet: what the kernel shows, for the timeout's message
        const mine = (rows: UnixSocketRow[], who: number): string => rows.filter((s) => s.pids.includes(who)).map((s) => `${s.state} r${String(s.recvQ)} s${String(s.sendQ)} ${s.local} ${String(s.inode)}>${String(s.peer)}`).join('; ');
        throw new Error(`plugin ${String(pid)} (${procStat(pid!)?.state ?? 'gone'}): [${mine(inPlugin, pid!)}] [${mine(inDaemon, pid!)}]; dockerd: [${mine(inDaemon, daemonPid).slice(0, 1500)}]`);
      }, 10_000, 50).catch((e: unknown) => {
        unseen = e instanceof Error ? e.message : String(e);
        return 'unseen';
      });
      expect(reached, 'the daemon answered while the plugin was stopped').to.be.oneOf(['reached', 'unseen']);
      if (unseen !== '') console.warn(`      (the create was not seen reaching the stopped plugin: ${unseen})`);
      const listened = lines().filter((l) => l.event === 'listening').length;
      signal(pid!, 'SIGKILL');
      killed = true;
      const r = await pending;
      await poll('the restarted plugin', () => (lines().filter((l) => l.event === 'listening').length > listened ? true : undefined), 90_000, 100);
      expect(r.status, `${r.body}${unseen === '' ? '' : ` (${unseen})`}`).to.equal(403);
      expect(r.body).to.include('[DG_ENVELOPE_EMPTY]').and.include('run the command again');
      expect(r.body).to.not.include('protocol mismatch');
      // the plugin's line reaches the daemon's log through containerd's pipe, after the answer
      await poll('the envelope-empty line', () => lines().find((l) => l.event === 'envelope-empty'), 30_000, 100);
      // and running it again works
      await runsOk();
      expect(daemon.running).to.equal(true);
    } finally {
      if (!killed) {
        const listened = lines().filter((l) => l.event === 'listening').length;
        signal(pid!, 'SIGKILL');
        await poll('the plugin restarted after a failed attempt', () => (lines().filter((l) => l.event === 'listening').length > listened ? true : undefined), 60_000, 100).catch(() => undefined);
      }
    }
  });

  it('the metrics textfile is written inside the plugin\'s root filesystem, where a node-exporter on the host can read it', async function () {
    this.timeout(60_000);
    const prom = join(rootfs(), 'var/lib/dockgate/metrics/dockgate.prom');
    await runsOk(); // an allowed create for the running plugin process to count, whatever the tests before did
    await poll('the metrics textfile', () => (existsSync(prom) ? true : undefined), this.timeout(), 200);
    await poll('the textfile to count a decision', () => (/^dockgate_decisions_total\{operation="container.create",result="allow"\} [1-9]/m.test(readFileSync(prom, 'utf8')) ? true : undefined), this.timeout(), 500);
    const text = readFileSync(prom, 'utf8');
    expect(text).to.match(/^dockgate_build_info\{version="[^"]+",node="v20\.[^"]+"\} 1$/m);
    expect(text).to.match(/^dockgate_policy_fallback\{source="last-known-good"\} 0$/m);
    expect(text).to.match(/^dockgate_last_decision_timestamp_seconds [1-9]/m);
    expect(text).to.match(/^process_resident_memory_bytes [1-9]/m);
  });

  it('the policy folder replaced on the host (rm + mkdir): the new folder\'s policy loads without a restart (read through /host, no stale mount)', async function () {
    this.timeout(180_000);
    const n = lines().length;
    const pid = pluginPid();
    rmSync(policyDir, { recursive: true, force: true });
    mkdirSync(policyDir);
    const audit = JSON.parse(customPolicy()) as { mode: string };
    audit.mode = 'audit';
    writeFileSync(join(policyDir, 'policy.json'), JSON.stringify(audit));
    await poll('the replaced folder\'s policy to load', () => lines().slice(n).find((l) => l.event === 'policy-reloaded' && l.mode === 'audit'), this.timeout());
    expect(pluginPid(), 'the same plugin process').to.equal(pid);
    const audited = await daemon.docker(['run', '--rm', '--name', name('audited'), ...COMPLIANT, IMAGE, 'true']);
    expect(audited.code, `audit mode allows what pids-limit would deny: ${audited.stderr}`).to.equal(0);
    writeFileSync(join(policyDir, 'policy.json'), customPolicy());
    await poll('the enforcing policy to load', () => lines().slice(n).find((l) => l.event === 'policy-reloaded' && l.mode === 'enforce'), this.timeout());
    expect(ruleIds((await privileged()).stderr)).to.deep.equal(['privileged']);
    expect(lines().slice(n).some((l) => l.event === 'policy-reload-failed' && String(l.fix).includes('was deleted on the host')), 'no stale mount').to.equal(false);
  });

  it('the policy folder missing when the daemon starts (the default setting: DOCKGATE_POLICY read through /host): the daemon and the plugin start, the fallback decides, the folder coming back ends it', async function () {
    this.timeout(300_000);
    expect(lines().filter((l) => l.event === 'listening').at(-1)?.policy).to.equal(`/host${policyDir}/policy.json`);
    const noPids = await daemon.docker(['run', '--rm', '--name', name('nopids'), ...COMPLIANT, IMAGE, 'true']);
    expect(ruleIds(noPids.stderr), noPids.stderr).to.deep.equal(['pids-limit']);

    // the daemon stops; the policy folder goes away; the daemon starts again
    await daemon.stop();
    rmSync(policyDir, { recursive: true, force: true });
    const n = lines().length;
    await daemon.start({ config: { 'live-restore': true, 'authorization-plugins': [ref] } });
    const fallback = await poll('the policy-fallback line', () => lines().slice(n).find((l) => l.event === 'policy-fallback'), this.timeout());
    expect(fallback.source).to.equal('last-known-good');
    await runsOk();
    const r = await privileged();
    expect(ruleIds(r.stderr), r.stderr).to.include('privileged');
    expect(r.stderr).to.include('[DG_POLICY_FALLBACK]');
    // the folder and the file come back (rm + mkdir is what config management does): seen through /host
    mkdirSync(policyDir);
    writeFileSync(join(policyDir, 'policy.json'), customPolicy());
    await poll('the fallback to end', () => lines().slice(n).find((l) => l.event === 'policy-fallback-ended'), this.timeout());
    const after = await privileged();
    expect(ruleIds(after.stderr)).to.deep.equal(['privileged']);
    expect(after.stderr).to.not.include('DG_POLICY_FALLBACK');
    expect(daemon.running).to.equal(true);
  });
});
