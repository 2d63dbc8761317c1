/**
 * `dockgate scan` against a real private dockerd (no authorization plugin): a mix of compliant
 * and non-compliant containers is created with the real docker CLI, then
 * `node --import tsx src/cli/index.ts scan --host unix://<daemon socket>` must report exactly the
 * non-compliant ones, each with the rule ids of the default policy (config/policy.json) that
 * would deny it, and exit 1. Reads the inspect documents the daemon itself fills in (its default
 * MaskedPaths, cgroup namespace, label=disable...), which no fake can stand in for.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { PrivateDaemon } from './helpers/daemon.js';
import { REPO } from './helpers/dockgate.js';
import { requireEngine } from './helpers/engine.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import { run, type RunResult } from './helpers/proc.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';

const BASE = ['--memory', '64m', '--network', 'none'] as const;

/** Container name -> docker create flags, and the deny rules the default policy must report (none: compliant). */
const CONTAINERS: readonly { readonly name: string; readonly args: readonly string[]; readonly deny: readonly string[] }[] = [
  { name: 'dge2e-scan-ok', args: [...BASE], deny: [] },
  {
    name: 'dge2e-scan-hardened',
    args: [...BASE, '--restart', 'on-failure:3', '--read-only', '--security-opt', 'no-new-privileges', '--cap-drop', 'ALL', '--cap-add', 'NET_BIND_SERVICE', '--pids-limit', '100', '--cpus', '0.5', '--user', '1000:1000'],
    deny: [],
  },
  { name: 'dge2e-scan-privileged', args: ['--privileged', ...BASE], deny: ['privileged'] },
  { name: 'dge2e-scan-hostnet', args: ['--network', 'host', '--memory', '64m'], deny: ['host-network'] },
  { name: 'dge2e-scan-nomem', args: ['--network', 'none'], deny: ['memory-limit'] },
  { name: 'dge2e-scan-restart', args: [...BASE, '--restart', 'always'], deny: ['restart-policy'] },
  { name: 'dge2e-scan-pid', args: [...BASE, '--pid', 'host'], deny: ['host-pid'] },
  { name: 'dge2e-scan-etc', args: [...BASE, '-v', '/etc:/etc-host:ro'], deny: ['sensitive-mounts'] },
  { name: 'dge2e-scan-caps', args: [...BASE, '--cap-add', 'SYS_ADMIN'], deny: ['capabilities'] },
];

interface ScanEntry {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly decision: string;
  readonly violations: readonly { readonly rule: string; readonly action: string; readonly field: string; readonly found: string }[];
}

describe('e2e: dockgate scan of a real dockerd holding compliant and non-compliant containers', function () {
  let r: E2eRun | undefined;
  let daemon: PrivateDaemon;

  const scan = (args: readonly string[]): Promise<RunResult> =>
    run(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/index.ts'), 'scan', '--host', `unix://${daemon.sock}`, ...args], {
      cwd: REPO,
      env: { ...process.env, DOCKER_HOST: 'tcp://127.0.0.1:1' }, // --host wins over DOCKER_HOST
      timeoutMs: 60_000,
    });

  before(async function () {
    const engine = await requireEngine(this);
    this.timeout(240_000);
    r = new E2eRun('scan');
    daemon = new PrivateDaemon(engine, join(r.tmp, 'daemon'), `dge2e${r.id}`);
    r.defer('stop dockerd', () => daemon.stop());
    r.defer('remove containers', () => daemon.removeAllContainers());
    // no authorization plugin: every container below must really exist
    await daemon.start();
    await importBusybox(daemon, r.tmp);
    for (const c of CONTAINERS) await daemon.dockerOk(['create', '--name', c.name, ...c.args, IMAGE, 'sleep', '60']);
    // one of them running, as on a real host
    await daemon.dockerOk(['start', 'dge2e-scan-ok']);
  });

  cleanupAfterAll(() => r);

  it('the daemon holds every container (created without any plugin)', async () => {
    for (const c of CONTAINERS) expect(await daemon.inspect(c.name), c.name).to.not.equal(undefined);
  });

  it('--format json: exactly the non-compliant containers are denied, each by its rule; exit 1', async function () {
    this.timeout(60_000);
    const res = await scan(['--format', 'json']);
    expect(res.code, res.stderr).to.equal(1);
    const entries = JSON.parse(res.stdout) as ScanEntry[];
    expect(entries.map((e) => e.name).sort()).to.deep.equal(CONTAINERS.map((c) => c.name).sort());
    for (const c of CONTAINERS) {
      const e = entries.find((x) => x.name === c.name)!;
      const denied = e.violations.filter((v) => v.action === 'deny').map((v) => v.rule).sort();
      expect(denied, `${c.name}: ${JSON.stringify(e.violations)}`).to.deep.equal([...c.deny].sort());
      expect(e.decision, c.name).to.equal(c.deny.length > 0 ? 'deny' : e.violations.length > 0 ? 'warn' : 'allow');
      expect(e.image).to.equal(IMAGE);
      expect(e.id).to.match(/^[0-9a-f]{64}$/);
    }
  });

  it('table: one line per container with its decision and rules; exit 1', async function () {
    this.timeout(60_000);
    const res = await scan([]);
    expect(res.code, res.stderr).to.equal(1);
    const lines = res.stdout.split('\n');
    expect(lines[0]).to.match(/^CONTAINER\s+IMAGE\s+DECISION\s+RULES$/);
    for (const c of CONTAINERS) {
      const line = lines.find((l) => l.startsWith(`${c.name} `));
      expect(line, c.name).to.not.equal(undefined);
      expect(line, c.name).to.match(c.deny.length > 0 ? new RegExp(`\\sDENY\\s+${c.deny.join(',')}(\\s|$)`) : /\s(WARN|ALLOW)\s/);
    }
    const denied = CONTAINERS.filter((c) => c.deny.length > 0).length;
    expect(res.stdout).to.include(`${CONTAINERS.length} container(s), ${denied} would be denied by the policy`);
  });

  it('exit 0 once the non-compliant containers are gone', async function () {
    this.timeout(120_000);
    const bad = CONTAINERS.filter((c) => c.deny.length > 0).map((c) => c.name);
    await daemon.dockerOk(['rm', '-f', ...bad]);
    const res = await scan(['--format', 'json']);
    expect(res.code, `${res.stdout}\n${res.stderr}`).to.equal(0);
    expect((JSON.parse(res.stdout) as ScanEntry[]).map((e) => e.decision)).to.not.include('deny');
  });

  it('exit 2 with a tcp:// host', async () => {
    const res = await run(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/index.ts'), 'scan', '--host', 'tcp://127.0.0.1:2375'], { cwd: REPO, timeoutMs: 60_000 });
    expect(res.code).to.equal(2);
    expect(res.stderr).to.match(/only unix:\/\/ sockets/);
  });
});
