/**
 * `dockgate check` decides what the daemon with dockgate decides (issue 16). A corpus of real
 * `docker run` lines and compose files goes twice through the same docker CLI (and compose
 * plugin): once through `dockgate check --format json` (the built CLI, its stand-in daemon), once
 * against a real private dockerd with dockgate as its socket plugin (the default policy, as
 * check uses). Per container (compose: per service) the verdicts must be equal: allow or deny,
 * and the same set of denying rule ids. The daemon's verdict is read from the plugin's decision
 * lines (every request it decided for that container), and for `docker run` also from the CLI's
 * "authorization denied by plugin ...: ... [rule-id]" (which must name the same rules). What
 * check allows must really run on the daemon.
 *
 * Compose cases need the compose plugin that goes with the daemon (its DOCKER_CONFIG) and a
 * network namespace of its own (they create a user bridge network); without them they are
 * pending, or failures with DOCKGATE_E2E_REQUIRED=1.
 */
import { expect } from 'chai';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrivateDaemon } from './helpers/daemon.js';
import { CLI, ensureBuilt, REPO, type DecisionLine, type SocketPlugin } from './helpers/dockgate.js';
import { REQUIRED, requireEngine } from './helpers/engine.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import { poll, run as runProcess, type RunResult } from './helpers/proc.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';
import { ruleIds } from './helpers/scenarios.js';
import { runDaemon, runSocketPlugin } from './helpers/setup.js';

const POLICY = join(REPO, 'config/policy.json');
/** What every container of the corpus prints when it really runs. */
const RAN = 'dge2e-ran';

/** allow, or deny with the (sorted) rule ids and problem codes that deny. */
interface Verdict {
  readonly allow: boolean;
  readonly rules: readonly string[];
}

const show = (v: Verdict | undefined): string => (v === undefined ? 'not decided' : v.allow ? 'allow' : `deny [${v.rules.join(', ')}]`);
const VERBOSE = process.env.DOCKGATE_E2E_VERBOSE === '1';

/** The parts of check's JSON report this suite reads (src/cli/check-client.ts ClientReport). */
interface CheckViolation {
  readonly rule: string;
  readonly action: string;
  readonly exemptedBy?: string;
}
interface CheckRequest {
  readonly operation: string;
  readonly allow: boolean;
  readonly violations: readonly CheckViolation[];
  readonly problems: readonly { readonly code: string }[];
}
interface CheckReport {
  readonly allow: boolean;
  readonly containers: readonly { readonly name: string; readonly service?: string; readonly allow: boolean; readonly requests: readonly CheckRequest[] }[];
  readonly denied: readonly CheckRequest[];
  readonly error?: string;
}

/** A decision line as the plugin writes it (src/audit/logger.ts DecisionRecord). */
interface Decided extends DecisionLine {
  readonly path: string;
  readonly containerName?: string;
  readonly violations: readonly { readonly rule: string; readonly action: string; readonly exemptedBy?: string }[];
}

function denying(requests: readonly { readonly violations: readonly CheckViolation[]; readonly problems: readonly (string | { readonly code: string })[] }[]): string[] {
  const ids = new Set<string>();
  for (const r of requests) {
    for (const v of r.violations) if (v.action === 'deny' && v.exemptedBy === undefined) ids.add(v.rule);
    for (const p of r.problems) ids.add(typeof p === 'string' ? p : p.code);
  }
  return [...ids].sort();
}

/** check's verdict per container (keyed by `key`: its name, or its compose service). */
function checkVerdicts(report: CheckReport, key: (c: CheckReport['containers'][number]) => string): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const c of report.containers) out.set(key(c), { allow: c.allow, rules: c.allow ? [] : denying(c.requests.filter((r) => !r.allow)) });
  return out;
}

interface RunCase {
  readonly id: string;
  readonly what: string;
  /** docker run flags (before the image). */
  readonly flags: (dataDir: () => string) => readonly string[];
  /** The command after the image (default: print RAN). */
  readonly command?: (dataDir: string) => readonly string[];
}

/** Everything else compliant with the default policy's deny rules. */
const BASE = ['--memory', '64m', '--network', 'none'] as const;

const RUN_CASES: readonly RunCase[] = [
  {
    id: 'hardened', what: 'a hardened docker run with a data bind under /srv',
    flags: (data) => ['--memory', '64m', '--memory-swap', '64m', '--cpus', '0.5', '--pids-limit', '100', '--restart', 'on-failure:5', '--read-only', '--security-opt', 'no-new-privileges',
      '--cap-drop', 'ALL', '--cap-add', 'NET_BIND_SERVICE', '--network', 'none', '-v', `${data()}:/data`],
    command: () => ['sh', '-c', `echo ${RAN} > /data/ran && echo ${RAN}`],
  },
  { id: 'privileged', what: '--privileged', flags: () => ['--privileged', ...BASE] },
  { id: 'host-network', what: '--network host', flags: () => ['--memory', '64m', '--network', 'host'] },
  { id: 'docker-socket', what: '-v /var/run/docker.sock:/var/run/docker.sock', flags: () => [...BASE, '-v', '/var/run/docker.sock:/var/run/docker.sock'] },
  { id: 'no-memory', what: 'no --memory', flags: () => ['--network', 'none'] },
  { id: 'restart-always', what: '--restart always', flags: () => [...BASE, '--restart', 'always'] },
  { id: 'cap-sys-admin', what: '--cap-add SYS_ADMIN', flags: () => [...BASE, '--cap-add', 'SYS_ADMIN'] },
  {
    id: 'runbook', what: 'a runbook line (--label --init --hostname --add-host --shm-size --log-driver --log-opt --memory-reservation --stop-signal --group-add --dns --pull never)',
    flags: () => ['--label', 'team=payments', '--label', 'com.example.tier=web', '--init', '--hostname', 'app1', '--add-host', 'db.internal:10.0.0.2', '--shm-size', '64m',
      '--log-driver', 'json-file', '--log-opt', 'max-size=1m', '--memory-reservation', '32m', '--stop-signal', 'SIGTERM', '--group-add', '1000', '--dns', '10.0.0.53',
      '--pull', 'never', ...BASE],
  },
];

/** The compose project of the capture fixtures (test/fixtures/capture/compose/), on this suite's image, without published ports. */
interface ComposeService { [key: string]: unknown }
function composeProject(change: (services: { db: ComposeService; web: ComposeService }) => void): string {
  const db: ComposeService = {
    image: IMAGE, pull_policy: 'never',
    command: ['sh', '-c', 'echo ready > /var/lib/db/state && exec sleep 3600'],
    volumes: ['dbdata:/var/lib/db'], networks: ['backend'], mem_limit: '128m', restart: 'on-failure:3',
    healthcheck: { test: ['CMD', 'test', '-f', '/var/lib/db/state'], interval: '1s', timeout: '2s', retries: 10, start_period: '1s' },
  };
  const web: ComposeService = {
    image: IMAGE, pull_policy: 'never',
    command: ['httpd', '-f', '-p', '8080', '-h', '/tmp'],
    depends_on: { db: { condition: 'service_healthy' } },
    networks: ['backend'], read_only: true, security_opt: ['no-new-privileges:true'], cap_drop: ['ALL'],
    healthcheck: { test: ['CMD-SHELL', 'wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1'], interval: '5s', timeout: '2s', retries: 3 },
    deploy: { resources: { limits: { memory: '64M', cpus: '0.5', pids: 100 } }, restart_policy: { condition: 'on-failure', max_attempts: 5 } },
  };
  change({ db, web });
  // JSON is YAML: compose reads it as it is
  return `${JSON.stringify({ services: { db, web }, networks: { backend: {} }, volumes: { dbdata: {} } }, null, 2)}\n`;
}

interface ComposeCase {
  readonly id: string;
  readonly what: string;
  readonly file: string;
}

/** The bad variants break the web service: compose creates db first, so the daemon is asked about both. */
const COMPOSE_CASES: readonly ComposeCase[] = [
  { id: 'ok', what: 'web + db with memory limits, healthchecks, a named volume and a user network', file: composeProject(() => undefined) },
  { id: 'privileged', what: 'web privileged: true', file: composeProject(({ web }) => { web.privileged = true; }) },
  { id: 'host', what: 'web network_mode: host', file: composeProject(({ web }) => { delete web.networks; web.network_mode = 'host'; }) },
  { id: 'socket', what: 'web binds the docker socket', file: composeProject(({ web }) => { web.volumes = ['/var/run/docker.sock:/var/run/docker.sock']; }) },
  { id: 'nomem', what: 'web without a memory limit', file: composeProject(({ web }) => { web.deploy = { resources: { limits: { cpus: '0.5', pids: 100 } } }; }) },
];

describe('e2e: dockgate check decides what the daemon with dockgate decides (issue 16)', function () {
  let r: E2eRun | undefined;
  let daemon: PrivateDaemon;
  let plugin: SocketPlugin;
  let name: string;
  /** Why the compose cases cannot run here, if they cannot. */
  let composeMissing: string | undefined;

  before(async function () {
    const engine = await requireEngine(this);
    this.timeout(240_000);
    await ensureBuilt();
    r = new E2eRun('cvd');
    const run = r;
    // no --policy: the default policy (config/policy.json), the one check is given
    ({ plugin, name } = await runSocketPlugin(run));
    daemon = runDaemon(run, engine);
    await daemon.start({ authz: [name] });
    await importBusybox(daemon, run.tmp);
    if (!existsSync(join(daemon.cliConfig, 'cli-plugins/docker-compose'))) composeMissing = `no compose plugin goes with dockerd ${daemon.version.version} (${engine.cliPlugins ?? 'no cli-plugins folder'})`;
    else if (engine.unshare === undefined) composeMissing = 'the daemon has no network namespace of its own (a user bridge network would be made on the host)';
    mkdirSync(join(run.tmp, 'compose'));
  });

  cleanupAfterAll(() => r);

  /** `dockgate check --format json -- ARGS` with the daemon's own docker CLI and compose plugin. */
  async function check(args: readonly string[]): Promise<{ result: RunResult; report: CheckReport }> {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: daemon.root, DOCKER_CONFIG: daemon.cliConfig };
    const result = await runProcess(process.execPath, [CLI, 'check', '--policy', POLICY, '--format', 'json', '--docker', daemon.engine.docker, '--', ...args], { env, timeoutMs: 60_000 });
    const what = `dockgate check -- ${args.join(' ')}`;
    expect(result.code, `${what}: exit ${String(result.code)}\n${result.stderr}${result.stdout}`).to.be.oneOf([0, 1]);
    const report = JSON.parse(result.stdout) as CheckReport;
    expect(report.error, `${what}: ${result.stdout}`).to.equal(undefined);
    expect(result.code, `${what}: exit code and report`).to.equal(report.allow ? 0 : 1);
    return { result, report };
  }

  let barriers = 0;
  /**
   * The plugin's request decision lines from index `from` up to a barrier: once the command has
   * exited, the test sends one request of its own through the daemon (a privileged create named
   * dge2e-cvd-barrier-N: denied, so always logged, and never created). dockgate writes a
   * request's decision line before it answers, and every request of the command was answered
   * before the command exited, so all of the command's lines come before the barrier's. No quiet
   * period is guessed (issue 15); the test's timeout is the only bound.
   */
  async function decisionsSince(from: number, timeoutMs: number): Promise<Decided[]> {
    const barrier = `dge2e-cvd-barrier-${String(++barriers)}`;
    const res = await daemon.api({ method: 'POST', path: `/v1.41/containers/create?name=${barrier}`, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ Image: IMAGE, Cmd: ['true'], HostConfig: { Privileged: true } }) });
    expect(res.status, `the barrier request ${barrier}: ${res.body}`).to.equal(403);
    expect(res.body, `the barrier request ${barrier}`).to.include(`authorization denied by plugin ${name}: `);
    const isBarrier = (d: DecisionLine): boolean => (d as Decided).containerName?.replace(/^\//, '') === barrier;
    const at = await poll(`the decision line of ${barrier}`, () => {
      const i = plugin.decisions().findIndex((d, j) => j >= from && isBarrier(d));
      return i < 0 ? undefined : i;
    }, timeoutMs, 50);
    return (plugin.decisions().slice(from, at) as Decided[]).filter((d) => d.phase === 'request');
  }

  /** Container IDs to names, as the daemon has them now. */
  async function namesById(): Promise<Map<string, string>> {
    const out = await daemon.dockerOk(['ps', '-a', '--no-trunc', '--format', '{{.ID}} {{.Names}}']);
    return new Map(out.split('\n').filter((l) => l !== '').map((l) => l.split(' ') as [string, string]));
  }

  /**
   * The daemon's verdict per container name, from the decisions dockgate made for it (its
   * create, by ?name=; its start and the rest, by ID); and the denied requests of no container.
   */
  async function daemonVerdicts(from: number, timeoutMs: number): Promise<{ containers: Map<string, Verdict>; other: string[] }> {
    const decided = await decisionsSince(from, timeoutMs);
    const names = await namesById();
    const per = new Map<string, Decided[]>();
    const other: string[] = [];
    for (const d of decided) {
      const id = /^\/containers\/([^/]+)\//.exec(d.path)?.[1];
      const container = d.operation === 'container.create' ? d.containerName?.replace(/^\//, '') : id === undefined ? undefined : (names.get(id) ?? [...names.entries()].find(([full]) => full.startsWith(id))?.[1] ?? id);
      if (container === undefined) {
        if (d.decision === 'deny') other.push(d.operation);
        continue;
      }
      per.set(container, [...(per.get(container) ?? []), d]);
    }
    const containers = new Map<string, Verdict>();
    for (const [c, ds] of per) {
      const denied = ds.filter((d) => d.decision === 'deny');
      containers.set(c, { allow: denied.length === 0, rules: denying(denied) });
    }
    return { containers, other: other.sort() };
  }

  describe('docker run lines', () => {
    for (const c of RUN_CASES) {
      it(`${c.what}: check and the daemon agree`, async function () {
        this.timeout(60_000);
        const container = `dge2e-cvd-${c.id}`;
        let data: string | undefined;
        const dataDir = (): string => {
          data ??= r!.dataDir(c.id);
          return data;
        };
        const args = ['run', '--name', container, ...c.flags(dataDir), IMAGE, ...(c.command?.(dataDir()) ?? ['echo', RAN])];
        const line = `docker ${args.join(' ')}`;

        const { report } = await check(args);
        expect(report.containers.map((x) => x.name), `${line}: check's containers`).to.deep.equal([container]);
        const fromCheck = checkVerdicts(report, (x) => x.name).get(container);

        const from = plugin.decisions().length;
        const before = await daemon.containerIds();
        const res = await daemon.docker(args, { timeoutMs: 60_000 });
        const { containers, other } = await daemonVerdicts(from, this.timeout());
        const fromDaemon = containers.get(container);
        const cliSays: Verdict = res.code === 0 ? { allow: true, rules: [] } : { allow: false, rules: [...new Set(ruleIds(res.stderr))].sort() };
        if (res.code !== 0) expect(res.stderr, `${line}: the daemon refused it, but not through dockgate`).to.include(`authorization denied by plugin ${name}: `);

        expect(show(fromDaemon), `${line}: the CLI's error and dockgate's decision lines`).to.equal(show(cliSays));
        if (VERBOSE) process.stdout.write(`        check: ${show(fromCheck)}; daemon: ${show(fromDaemon)} (exit ${String(res.code)})\n`);
        expect(show(fromCheck), `${line}: dockgate check (report ${JSON.stringify(report.containers)}) vs the daemon (${res.stderr.trim()})`).to.equal(show(fromDaemon));
        expect([...report.denied.map((d) => d.operation)].sort(), `${line}: other requests denied`).to.deep.equal(other);

        if (fromCheck?.allow === true) {
          // it really ran
          expect(res.stdout, `${line}: ${res.stderr}`).to.include(RAN);
          if (data !== undefined) expect(existsSync(join(data, 'ran')), `${line}: the data bind`).to.equal(true);
        } else {
          expect(await daemon.inspect(container), `${line}: denied, yet created`).to.equal(undefined);
          expect(await daemon.containerIds(), `${line}: docker ps -a changed`).to.have.members(before);
        }
        await daemon.docker(['rm', '-f', container]);
      });
    }
  });

  describe('compose files', () => {
    for (const c of COMPOSE_CASES) {
      it(`${c.what}: check and the daemon agree per service`, async function () {
        if (composeMissing !== undefined) {
          if (REQUIRED) throw new Error(`DOCKGATE_E2E_REQUIRED=1: ${composeMissing}`);
          process.stdout.write(`      (pending: ${composeMissing})\n`);
          this.skip();
        }
        this.timeout(90_000);
        const project = `dge2e-cvd-${c.id}`;
        const file = join(r!.tmp, 'compose', `${c.id}.yaml`);
        writeFileSync(file, c.file);
        const args = ['compose', '-p', project, '-f', file, 'up', '-d'];
        const line = `docker ${args.join(' ')} (${c.what})`;
        const service = (containerName: string): string => new RegExp(`^${project}[-_](.+)[-_]\\d+$`).exec(containerName)?.[1] ?? containerName;

        const { report } = await check(args);
        const fromCheck = checkVerdicts(report, (x) => x.service ?? x.name);
        expect([...fromCheck.keys()].sort(), `${line}: check's services`).to.deep.equal(['db', 'web']);

        const from = plugin.decisions().length;
        const res = await daemon.docker(args, { timeoutMs: 60_000 });
        try {
          const { containers, other } = await daemonVerdicts(from, this.timeout());
          const fromDaemon = new Map([...containers].map(([n, v]) => [service(n), v]));
          const daemonDenied = [...fromDaemon.values()].some((v) => !v.allow);
          expect(res.code === 0, `${line}: exit ${String(res.code)}: ${res.stderr.trim()}`).to.equal(!daemonDenied);
          if (daemonDenied) {
            expect(res.stderr, line).to.include(`authorization denied by plugin ${name}: `);
            expect([...new Set(ruleIds(res.stderr))].sort(), `${line}: the CLI's error and dockgate's decision lines`).to.deep.equal([...new Set([...fromDaemon.values()].flatMap((v) => v.rules))].sort());
          }
          if (VERBOSE) for (const [svc, v] of fromCheck) process.stdout.write(`        ${svc}: check: ${show(v)}; daemon: ${show(fromDaemon.get(svc))} (exit ${String(res.code)}, ${String(res.ms)} ms)\n`);
          // every service check decided: the daemon was asked about it too (the bad one is the last compose creates)
          for (const [svc, v] of fromCheck) {
            expect(show(v), `${line}: service ${svc}: dockgate check vs the daemon (${res.stderr.trim()})`).to.equal(show(fromDaemon.get(svc)));
          }
          expect([...report.denied.map((d) => d.operation)].sort(), `${line}: other requests denied`).to.deep.equal(other);
          if (report.allow) {
            // it really runs: both containers up (web started once db was healthy)
            for (const svc of ['db', 'web']) {
              const state = (await daemon.dockerOk(['inspect', '--format', '{{.State.Status}}', `${project}-${svc}-1`])).trim();
              expect(state, `${line}: ${svc}`).to.equal('running');
            }
          } else {
            for (const [svc, v] of fromCheck) if (!v.allow) expect(await daemon.inspect(`${project}-${svc}-1`), `${line}: ${svc} denied, yet created`).to.equal(undefined);
          }
        } finally {
          await daemon.docker(['compose', '-p', project, '-f', file, 'down', '-v', '-t', '1'], { timeoutMs: 60_000 });
        }
      });
    }
  });
});
