/**
 * `dockgate check -- run ...`: the body built from a fixture's `docker run` command decodes to
 * the same fields the rules read as the body the real docker CLI sent, in every fixture set
 * (CLI 28.2.2 at API 1.41 and 1.50, CLI 28.5.2 at 1.51).
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { buildEnvelope, runCheckRun } from '../../../src/cli/check.js';
import { parseRunFlags } from '../../../src/cli/run-flags.js';
import type { ContainerCreateView, DecodedRequest } from '../../../src/request/decode-request.js';
import { captured, decode, eachSet, fixture } from '../../helpers/fixtures.js';

const root = new URL('../../../', import.meta.url).pathname;
const policy = join(root, 'config/policy.json');

const HOST_FIELDS = [
  'Privileged', 'NetworkMode', 'SecurityOpt', 'Memory', 'MemorySwap', 'RestartPolicy', 'CapAdd', 'CapDrop', 'Binds', 'Mounts', 'PortBindings',
  'PublishAllPorts', 'PidMode', 'IpcMode', 'UTSMode', 'UsernsMode', 'CgroupnsMode', 'Devices', 'ReadonlyRootfs', 'PidsLimit', 'NanoCpus', 'CpuShares',
  'Ulimits', 'Sysctls', 'MaskedPaths', 'ReadonlyPaths', 'AutoRemove', 'Tmpfs', 'CgroupParent', 'DeviceCgroupRules', 'VolumesFrom',
] as const;
const CONFIG_FIELDS = ['Image', 'Cmd', 'Entrypoint', 'User', 'Healthcheck', 'Env', 'ExposedPorts', 'WorkingDir', 'Tty', 'OpenStdin', 'AttachStdout'] as const;

const FIXTURES = [
  'run-plain', 'run-privileged', 'run-hardened', 'run-caps', 'run-cap-all', 'run-bind-root', 'run-bind-etc-ro', 'run-docker-sock', 'run-ports',
  'run-publish-all', 'run-restart-on-failure-3', 'run-restart-on-failure', 'run-restart-always', 'run-restart-unless-stopped', 'run-restart-no',
  'run-net-host', 'run-net-container', 'run-pid-host', 'run-ipc-host', 'run-uts-host', 'run-userns-host', 'run-cgroupns-host', 'run-device',
  'run-mount-bind', 'run-mount-volume-opts', 'run-no-healthcheck', 'run-name', 'run-env', 'run-ulimit', 'run-sysctl', 'run-seccomp-unconfined',
  'run-seccomp-colon', 'run-seccomp-profile', 'run-apparmor-unconfined', 'run-label-disable', 'run-no-new-privileges', 'run-systempaths',
  'run-memory-only', 'run-compliant', 'run-latest', 'run-sshd', 'run-cgroup-parent', 'run-device-cgroup-rule', 'run-volumes-from',
];

function createView(req: DecodedRequest): ContainerCreateView {
  expect(req.operation).to.equal('container.create');
  expect(req.problems).to.deep.equal([]);
  if (req.body.kind !== 'container.create') throw new Error(`not a create: ${req.body.kind}`);
  return req.body;
}

function build(argv: readonly string[]): { env: Record<string, unknown>; name: string | undefined } {
  const r = parseRunFlags(argv, { cwd: root, env: {} });
  if (!r.ok) throw new Error(r.error);
  return { env: buildEnvelope(JSON.stringify(r.request.body), r.request.uri, 'POST', ''), name: r.request.name };
}

/** The URI without its /v<version> prefix: dockgate check builds /v1.41/ URIs, the CLI used its own version. */
const unversioned = (uri: string): string => uri.replace(/^\/v[\d.]+\//, '/');

describe('dockgate check -- run: docker run flags to the create body', () => {
  eachSet((set) => {
    for (const id of FIXTURES) {
      it(`${id}: ${fixture(id, set).command.slice(1).join(' ')}`, () => {
        const want = createView(decode(captured(id, 'container.create', set)));
        const argv = fixture(id, set).command.slice(1); // drop "docker"
        const got = createView(decode(build(argv).env));
        for (const f of HOST_FIELDS) expect(got.hostConfig[f], `HostConfig.${f}`).to.deep.equal(want.hostConfig[f]);
        for (const f of CONFIG_FIELDS) expect(got.config[f], `Config.${f}`).to.deep.equal(want.config[f]);
        expect(got.name, 'name').to.equal(want.name);
      });
    }

    it('builds the same JSON bytes and URI (but for the API version) as the CLI for every fixture above (modulo the trailing newline)', () => {
      for (const id of FIXTURES) {
        const r = parseRunFlags(fixture(id, set).command.slice(1), { cwd: root, env: {} });
        if (!r.ok) throw new Error(r.error);
        const env = captured(id, 'container.create', set);
        const sent = Buffer.from(String(env.RequestBody), 'base64').toString('utf8').trimEnd();
        expect(JSON.stringify(r.request.body), id).to.equal(sent);
        expect(unversioned(r.request.uri), id).to.equal(unversioned(String(env.RequestUri)));
        expect(String(env.RequestUri), id).to.match(new RegExp(`^/v${set.replace('.', '\\.')}/`));
      }
    });
  });

  it('accepts combined short flags, --flag=value, -m64m, --net, --rm, -it, --tmpfs, --entrypoint, -w', () => {
    const r = parseRunFlags(['run', '-dit', '--rm', '-m64m', '--net=none', '--tmpfs', '/run:size=1m', '--entrypoint', '/bin/sh', '-w', '/tmp', '--cpu-shares=512', 'img:1', '-c', 'true']);
    if (!r.ok) throw new Error(r.error);
    const b = r.request.body as { Tty: boolean; OpenStdin: boolean; AttachStdout: boolean; Entrypoint: string[]; WorkingDir: string; Cmd: string[]; HostConfig: Record<string, unknown> };
    expect([b.Tty, b.OpenStdin, b.AttachStdout]).to.deep.equal([true, true, false]);
    expect(b.Entrypoint).to.deep.equal(['/bin/sh']);
    expect(b.WorkingDir).to.equal('/tmp');
    expect(b.Cmd).to.deep.equal(['-c', 'true']);
    expect(b.HostConfig.AutoRemove).to.equal(true);
    expect(b.HostConfig.Memory).to.equal(64 * 1024 * 1024);
    expect(b.HostConfig.NetworkMode).to.equal('none');
    expect(b.HostConfig.Tmpfs).to.deep.equal({ '/run': 'size=1m' });
    expect(b.HostConfig.CpuShares).to.equal(512);
  });

  it('rejects an unknown flag, naming it', () => {
    expect(parseRunFlags(['run', '--gpus', 'all', 'img'])).to.deep.include({ ok: false });
    const r = parseRunFlags(['run', '--gpus', 'all', 'img']);
    expect(r.ok ? '' : r.error).to.match(/unknown flag: --gpus/);
    const s = parseRunFlags(['run', '-itx', 'img']);
    expect(s.ok ? '' : s.error).to.match(/unknown shorthand flag: 'x'/);
  });

  it('rejects a missing image, a bad memory size and a bad restart policy', () => {
    for (const argv of [['run', '--privileged'], ['run', '-m', 'lots', 'img'], ['run', '--restart', 'sometimes', 'img']]) {
      expect(parseRunFlags(argv).ok, argv.join(' ')).to.equal(false);
    }
  });

  describe('runCheckRun (dockgate check -- run ...)', () => {
    it('denies --privileged -v /:/host with exit 1 and the rule ids', () => {
      const out = runCheckRun(['run', '--privileged', '-v', '/:/host', 'nginx:1.27'], { policy, json: false });
      expect(out.exitCode).to.equal(1);
      expect(out.text).to.match(/^DENY container.create/);
      expect(out.text).to.include('[privileged]');
      expect(out.text).to.include('[sensitive-mounts]');
    });

    it('allows the compliant command with exit 0', () => {
      const out = runCheckRun(['run', '--memory', '64m', '--network', 'none', 'busybox:1.36', 'true'], { policy, json: true });
      expect(out.exitCode).to.equal(0);
      expect((JSON.parse(out.text) as { allow: boolean }).allow).to.equal(true);
    });

    it('exits 2 on an unknown flag, naming it, and never prints -e values', () => {
      const out = runCheckRun(['run', '-e', 'TOKEN=hunter2', '--frobnicate', 'img'], { policy, json: false });
      expect(out.exitCode).to.equal(2);
      expect(out.text).to.include('--frobnicate');
      const denied = runCheckRun(['run', '-e', 'TOKEN=hunter2', '--privileged', 'img'], { policy, json: true });
      expect(denied.exitCode).to.equal(1);
      expect(denied.text).to.not.include('hunter2');
    });
  });
});
