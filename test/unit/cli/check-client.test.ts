/**
 * `dockgate check -- run|create|compose ...`: the real docker CLIs of this machine (28.2, and
 * the 28.5.2 and 26.1.5 builds of the daemon matrix with their compose plugins) run against the
 * stand-in daemon; every request they send is decided as the plugin would decide it.
 * A CLI that is missing makes its tests pending, or with DOCKGATE_E2E_REQUIRED=1 (CI) fails them.
 */
import { expect } from 'chai';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runCheckCommand, type CheckCommandOptions } from '../../../src/cli/check.js';
import { clientArgs } from '../../../src/cli/check-client.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = new URL('../../../', import.meta.url).pathname;
const POLICY = join(root, 'config/policy.json');
const REQUIRED = process.env.DOCKGATE_E2E_REQUIRED === '1';
const DAEMONS = '/opt/dockgate-e2e/daemons';

interface Cli {
  readonly name: string;
  readonly docker: string;
  /** A folder holding docker-compose, for the compose form. */
  readonly plugins: string | undefined;
}

const CLIS: readonly Cli[] = [
  { name: 'docker 28.2 (machine)', docker: '/usr/local/bin/docker', plugins: undefined },
  { name: 'docker 28.5.2 + compose 2.40.3', docker: `${DAEMONS}/28.5/bin/docker`, plugins: `${DAEMONS}/28.5/cli-plugins` },
  { name: 'docker 26.1.5 + compose 2.26.1', docker: `${DAEMONS}/26.1/bin/docker`, plugins: `${DAEMONS}/26.1/cli-plugins` },
];

/** The flags issue 16 lists as rejected by the old emulation, in one runbook line. */
const ISSUE_FLAGS = [
  '--label', 'team=web', '--init', '--hostname', 'web1', '--add-host', 'db:10.0.0.5', '--shm-size', '64m', '--log-driver', 'json-file', '--log-opt', 'max-size=10m',
  '--memory-reservation', '32m', '--platform', 'linux/amd64', '--stop-signal', 'SIGTERM', '--group-add', '100', '--dns', '1.1.1.1', '--pull', 'always',
];

interface Report {
  allow: boolean;
  containers: { name: string; service?: string; allow: boolean; requests: { operation: string; uri: string; violations: { rule: string; action: string }[] }[] }[];
  denied: { operation: string; violations: { rule: string; action: string }[] }[];
  client: { command: string };
  user: string;
  profile?: string;
}

function denyRules(r: Report['containers'][number]): string[] {
  return [...new Set(r.requests.flatMap((q) => q.violations.filter((v) => v.action === 'deny').map((v) => v.rule)))].sort();
}

const WEB_DB = join(root, 'test/fixtures/capture/compose/compose.yaml');

const BAD_COMPOSE = `services:
  admin:
    image: registry.example.com/tools:1.0
    privileged: true
    mem_limit: 64m
  pkgs:
    image: registry.example.com/tools:1.0
    volumes:
      - /var/lib/dpkg:/dpkg:ro
    mem_limit: 64m
  forever:
    image: registry.example.com/tools:1.0
    restart: always
    mem_limit: 64m
  fine:
    image: registry.example.com/tools:1.0
    mem_limit: 64m
    environment:
      DB_PASSWORD: hunter2-compose
`;

const SYSTEM_PLUGIN_DIRS = ['/usr/local/lib/docker/cli-plugins', '/usr/local/libexec/docker/cli-plugins', '/usr/lib/docker/cli-plugins', '/usr/libexec/docker/cli-plugins'];

const PROFILE_POLICY = JSON.stringify({ mode: 'enforce', rules: {}, profiles: [{ id: 'ci', users: ['ci-*'], rules: { privileged: 'off' } }] });

describe('dockgate check -- run|create|compose: the real docker CLI against the stand-in daemon', function () {
  this.timeout(60_000);
  const tmp = useTempDir('dockgate-check-client-');

  for (const cli of CLIS) {
    describe(cli.name, () => {
      let env: NodeJS.ProcessEnv = {};
      const opts = (extra: Partial<CheckCommandOptions> = {}): CheckCommandOptions & { env?: NodeJS.ProcessEnv } => ({
        policy: POLICY, method: 'POST', user: '', json: true, docker: cli.docker, emulate: false, timeoutSeconds: 45, ...extra,
      });
      const check = async (args: string[], extra: Partial<CheckCommandOptions> = {}): Promise<{ exitCode: number; text: string; report: Report | undefined }> => {
        const saved = process.env.DOCKER_CONFIG;
        if (env.DOCKER_CONFIG !== undefined) process.env.DOCKER_CONFIG = env.DOCKER_CONFIG;
        try {
          const out = await runCheckCommand(args, opts(extra));
          let report: Report | undefined;
          try {
            report = JSON.parse(out.text) as Report;
          } catch {
            report = undefined;
          }
          return { ...out, report };
        } finally {
          if (saved === undefined) delete process.env.DOCKER_CONFIG;
          else process.env.DOCKER_CONFIG = saved;
        }
      };

      before(function () {
        if (!existsSync(cli.docker)) {
          if (REQUIRED) throw new Error(`DOCKGATE_E2E_REQUIRED=1 but ${cli.docker} is missing (bash test/e2e/daemons/install.sh installs the matrix CLIs)`);
          this.skip();
        }
        if (cli.plugins !== undefined) {
          // The user's DOCKER_CONFIG with its cli-plugins: check links them into its private config.
          const config = tmp.path(`config-${cli.name.replace(/\W+/g, '-')}`);
          mkdirSync(join(config, 'cli-plugins'), { recursive: true });
          const compose = join(cli.plugins, 'docker-compose');
          if (existsSync(compose)) symlinkSync(compose, join(config, 'cli-plugins', 'docker-compose'));
          env = { DOCKER_CONFIG: config };
        }
      });

      it('takes every flag of the issue (a runbook line) and allows it with a memory limit', async () => {
        const out = await check(['run', '-d', ...ISSUE_FLAGS, '--env-file', tmp.file('app.env', 'API_TOKEN=hunter2-envfile\n'), '--memory', '64m', '--network', 'none', 'busybox:1.36', 'true']);
        expect(out.exitCode, out.text).to.equal(0);
        expect(out.report?.containers).to.have.length(1);
        expect(out.text).to.not.include('hunter2');
      });

      it('denies --gpus all (host-devices) among the same flags, with exit 1', async () => {
        const out = await check(['run', ...ISSUE_FLAGS, '--gpus', 'all', '--memory', '64m', 'busybox:1.36', 'true']);
        expect(out.exitCode, out.text).to.equal(1);
        const [c] = out.report?.containers ?? [];
        expect(c && denyRules(c)).to.deep.equal(['host-devices']);
      });

      it('denies --privileged -v /etc:/host-etc and no memory limit in text form, on create and again at start', async () => {
        const out = await check(['run', '--privileged', '-v', '/etc:/host-etc', 'busybox:1.36', 'true'], { json: false });
        expect(out.exitCode).to.equal(1);
        expect(out.text).to.match(/^DENY {2}container /);
        expect(out.text).to.include('deny  [privileged] HostConfig.Privileged=true (CIS 5.5)');
        expect(out.text).to.include('[memory-limit]');
        expect(out.text).to.match(/ {2}start: POST \/v[\d.]+\/containers\/[0-9a-f]{64}\/start\n {4}deny {2}\[sensitive-mounts\]/);
      });

      it('docker create: decides the create, starts nothing', async () => {
        const out = await check(['create', '--name', 'box', '--memory', '64m', '--cap-add', 'SYS_ADMIN', 'busybox:1.36']);
        expect(out.exitCode).to.equal(1);
        const [c] = out.report?.containers ?? [];
        expect(c?.name).to.equal('box');
        expect(c?.requests.map((r) => r.operation)).to.deep.equal(['container.create']);
        expect(c && denyRules(c)).to.deep.equal(['capabilities']);
      });

      it('--user applies the profile of that TLS user; without it the policy denies', async () => {
        const policy = tmp.file('profiles.json', PROFILE_POLICY);
        const args = ['run', '--privileged', '--memory', '64m', 'busybox:1.36', 'true'];
        const ci = await check(args, { policy, user: 'ci-runner' });
        expect(ci.exitCode, ci.text).to.equal(0);
        expect(ci.report?.profile).to.equal('ci');
        const anon = await check(args, { policy });
        expect(anon.exitCode).to.equal(1);
      });

      it('--format json: allow, containers with their requests, denied, client', async () => {
        const out = await check(['run', '--memory', '64m', 'busybox:1.36'], { json: false, format: 'json' });
        expect(out.report).to.include.keys('allow', 'wouldDeny', 'mode', 'user', 'client', 'requests', 'containers', 'denied', 'unanswered');
        expect(out.report?.containers[0]?.requests.map((r) => r.operation)).to.include.members(['container.create', 'container.start']);
      });

      it('audit mode: would deny, exit 0', async () => {
        const out = await check(['run', '--privileged', 'busybox:1.36'], { policy: join(root, 'config/audit.json'), json: false });
        expect(out.exitCode).to.equal(0);
        expect(out.text).to.match(/^ALLOW \(audit mode: would deny\) container/);
      });

      if (cli.plugins === undefined) {
        it('compose without the compose plugin: says so, exit 2', async function () {
          // The CLI also finds plugins in system folders, which a private DOCKER_CONFIG does not hide.
          if (SYSTEM_PLUGIN_DIRS.some((d) => existsSync(join(d, 'docker-compose')))) this.skip();
          const saved = process.env.DOCKER_CONFIG;
          process.env.DOCKER_CONFIG = tmp.path('no-plugins');
          try {
            const out = await runCheckCommand(['compose', '-f', WEB_DB, 'up'], opts({ json: false }));
            expect(out.exitCode).to.equal(2);
            expect(out.text).to.match(/has no compose plugin/);
          } finally {
            if (saved === undefined) delete process.env.DOCKER_CONFIG;
            else process.env.DOCKER_CONFIG = saved;
          }
        });
        return;
      }

      it('compose up of a realistic web + db project: every service allowed (warnings only)', async () => {
        const out = await check(['compose', '-f', WEB_DB, '-p', 'dgshop', 'up']);
        expect(out.exitCode, out.text).to.equal(0);
        expect(out.report?.client.command).to.equal('docker compose up');
        expect(out.report?.containers.map((c) => [c.service, c.allow])).to.deep.equal([['db', true], ['web', true]]);
      });

      it('compose up of a bad project: a verdict per service, exit 1, no environment value printed', async () => {
        const file = tmp.file('bad-compose.yaml', BAD_COMPOSE);
        for (const json of [true, false]) {
          const out = await check(['compose', '-f', file, '-p', 'badproj', 'up', '-d'], { json });
          expect(out.exitCode, out.text).to.equal(1);
          expect(out.text).to.not.include('hunter2');
          if (!json) continue;
          const verdicts = Object.fromEntries((out.report?.containers ?? []).map((c): [string, string[]] => [c.service ?? c.name, denyRules(c)]));
          expect(verdicts).to.deep.equal({ admin: ['privileged'], pkgs: ['sensitive-mounts'], forever: ['restart-policy'], fine: [] });
        }
      });

      it('compose create and compose run SERVICE', async () => {
        const created = await check(['compose', '-f', WEB_DB, '-p', 'dgshop', 'create']);
        expect(created.exitCode, created.text).to.equal(0);
        expect(created.report?.containers.map((c) => c.service)).to.deep.equal(['db', 'web']);
        const file = tmp.file('run-compose.yaml', BAD_COMPOSE);
        const ran = await check(['compose', '-f', file, '-p', 'runproj', 'run', '--rm', 'admin', 'true']);
        expect(ran.exitCode, ran.text).to.equal(1);
        expect(ran.report?.containers.map((c) => [c.service, c.allow])).to.deep.equal([['admin', false]]);
      });
    });
  }

  describe('without a docker CLI', () => {
    it('says so and exits 2; --emulate still decides `-- run`', async () => {
      const out = await runCheckCommand(['run', 'busybox:1.36'], { policy: POLICY, method: 'POST', user: '', json: false, docker: tmp.path('no-such-docker/docker'), emulate: false, timeoutSeconds: 5 });
      expect(out.exitCode).to.equal(2);
      expect(out.text).to.match(/no docker CLI found/);
      const emulated = await runCheckCommand(['run', '--privileged', '--memory', '64m', 'busybox:1.36'], { policy: POLICY, method: 'POST', user: '', json: false, emulate: true, timeoutSeconds: 5 });
      expect(emulated.exitCode).to.equal(1);
      expect(emulated.text).to.include('[privileged]');
    });

    it('--emulate applies --user profiles too', async () => {
      const policy = tmp.file('profiles-emulate.json', PROFILE_POLICY);
      const out = await runCheckCommand(['run', '--privileged', '--memory', '64m', 'busybox:1.36'], { policy, method: 'POST', user: 'ci-runner', json: false, emulate: true, timeoutSeconds: 5 });
      expect(out.exitCode, out.text).to.equal(0);
    });
  });

  describe('clientArgs', () => {
    const table: [string[], string[] | RegExp][] = [
      [['run', '-it', 'x'], ['run', '-it', 'x']],
      [['create', 'x'], ['create', 'x']],
      [['compose', 'up'], ['compose', 'up', '-d']],
      [['compose', '-f', 'a.yml', '-p', 'p', 'up', 'web'], ['compose', '-f', 'a.yml', '-p', 'p', 'up', '-d', 'web']],
      [['compose', 'up', '--detach'], ['compose', 'up', '--detach']],
      [['compose', '--file', 'up', 'create'], ['compose', '--file', 'up', 'create']],
      [['compose', 'run', 'web'], ['compose', 'run', 'web']],
      [['compose', 'down'], /compose up/],
      [['exec', 'x'], /-- run/],
    ];
    for (const [argv, want] of table) {
      it(argv.join(' '), () => {
        const r = clientArgs(argv);
        if (want instanceof RegExp) expect(r.ok ? '' : r.error).to.match(want);
        else expect(r.ok ? r.args : r.error).to.deep.equal(want);
      });
    }
  });
});
