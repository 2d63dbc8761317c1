/**
 * `dockgate scan` against a fake Docker API on a temp unix socket serving inspect documents
 * shaped like dockerd 20.10's (API 1.41) for a compliant and a non-compliant container.
 */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiVersionOf, createFromInspect, decideContainer, resolveDockerSocket, runScan } from '../../../src/cli/scan.js';
import { parsePolicy } from '../../../src/policy/load.js';
import { contextWith } from '../../helpers/context.js';

const root = new URL('../../../', import.meta.url).pathname;
const policy = join(root, 'config/policy.json');

const ID_OK = 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2';
const ID_BAD = 'f0e1d2c3b4a5f0e1d2c3b4a5f0e1d2c3b4a5f0e1d2c3b4a5f0e1d2c3b4a5f0e1';

/** `docker inspect` of a container, as dockerd 20.10 writes it (trimmed of State/GraphDriver noise). */
function inspectDoc(id: string, name: string, hostConfig: Record<string, unknown>, config: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Id: id,
    Created: '2026-11-28T15:00:00.000000000Z',
    Path: 'sleep',
    Args: ['3600'],
    State: { Status: 'running', Running: true, Paused: false, Restarting: false, OOMKilled: false, Dead: false, Pid: 4242, ExitCode: 0, Error: '', StartedAt: '2026-11-28T15:00:01Z', FinishedAt: '0001-01-01T00:00:00Z' },
    Image: 'sha256:3f57d9401f8d42f986df300f0c69192fc41da28ccc8d797829467780db3dd741',
    ResolvConfPath: `/var/lib/docker/containers/${id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${id}/hosts`,
    LogPath: `/var/lib/docker/containers/${id}/${id}-json.log`,
    Name: `/${name}`,
    RestartCount: 0,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    ExecIDs: null,
    HostConfig: {
      Binds: null, ContainerIDFile: '', LogConfig: { Type: 'json-file', Config: {} }, NetworkMode: 'default', PortBindings: {},
      RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, AutoRemove: false, VolumeDriver: '', VolumesFrom: null, CapAdd: null, CapDrop: null,
      CgroupnsMode: 'host', Dns: [], DnsOptions: [], DnsSearch: [], ExtraHosts: null, GroupAdd: null, IpcMode: 'private', Cgroup: '', Links: null,
      OomScoreAdj: 0, PidMode: '', Privileged: false, PublishAllPorts: false, ReadonlyRootfs: false, SecurityOpt: null, UTSMode: '', UsernsMode: '',
      ShmSize: 67108864, Runtime: 'runc', ConsoleSize: [0, 0], Isolation: '', CpuShares: 0, Memory: 0, NanoCpus: 0, CgroupParent: '', BlkioWeight: 0,
      BlkioWeightDevice: [], BlkioDeviceReadBps: null, BlkioDeviceWriteBps: null, BlkioDeviceReadIOps: null, BlkioDeviceWriteIOps: null, CpuPeriod: 0,
      CpuQuota: 0, CpuRealtimePeriod: 0, CpuRealtimeRuntime: 0, CpusetCpus: '', CpusetMems: '', Devices: [], DeviceCgroupRules: null, DeviceRequests: null,
      KernelMemory: 0, KernelMemoryTCP: 0, MemoryReservation: 0, MemorySwap: 0, MemorySwappiness: null, OomKillDisable: false, PidsLimit: null,
      Ulimits: null, CpuCount: 0, CpuPercent: 0, IOMaximumIOps: 0, IOMaximumBandwidth: 0,
      MaskedPaths: ['/proc/asound', '/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/proc/scsi', '/sys/firmware'],
      ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
      ...hostConfig,
    },
    GraphDriver: { Data: null, Name: 'overlay2' },
    Mounts: [],
    Config: {
      Hostname: id.slice(0, 12), Domainname: '', User: '', AttachStdin: false, AttachStdout: false, AttachStderr: false, Tty: false, OpenStdin: false,
      StdinOnce: false, Env: ['API_TOKEN=s3cr3t-value', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sleep', '3600'],
      Image: 'busybox:1.36', Volumes: null, WorkingDir: '', Entrypoint: null, OnBuild: null, Labels: {},
      ...config,
    },
    NetworkSettings: { Bridge: '', SandboxID: '', HairpinMode: false, Ports: {}, Networks: {} },
  };
}

const CONTAINERS: Record<string, Record<string, unknown>> = {
  [ID_OK]: inspectDoc(ID_OK, 'web-ok', { NetworkMode: 'none', Memory: 67108864, RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 } }),
  [ID_BAD]: inspectDoc(ID_BAD, 'debug-bad', {
    Privileged: true, NetworkMode: 'host', Binds: ['/:/host'], SecurityOpt: ['label=disable'], RestartPolicy: { Name: 'always', MaximumRetryCount: 0 },
    MaskedPaths: null, ReadonlyPaths: null,
  }),
};

describe('dockgate scan (fake Docker API on a unix socket)', () => {
  let dir: string;
  let server: Server;
  let socket: string;
  const seen: string[] = [];
  let failList = false;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-scan-'));
    socket = join(dir, 'docker.sock');
    server = createServer((req, res) => {
      seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
      const send = (status: number, body: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const url = req.url ?? '';
      const m = /^\/containers\/([0-9a-f]+)\/json$/.exec(url);
      const doc = m ? CONTAINERS[m[1]!] : undefined;
      if (url === '/info') send(200, { ID: 'X', Containers: 2, CgroupVersion: '1', ServerVersion: '20.10.24+dfsg1' });
      else if (url === '/version') send(200, { Version: '20.10.24+dfsg1', ApiVersion: '1.41', MinAPIVersion: '1.12' });
      else if (url === '/containers/json?all=1' && failList) send(500, { message: 'boom' });
      else if (url === '/containers/json?all=1') send(200, Object.keys(CONTAINERS).map((Id) => ({ Id, Names: [String(CONTAINERS[Id]!.Name)], Image: 'busybox:1.36', State: 'running' })));
      else if (doc) send(200, doc);
      else send(404, { message: `no such route ${url}` });
    });
    await new Promise<void>((resolve) => server.listen(socket, resolve));
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports exactly the non-compliant container as a JSON array, with the rules, and exits 1', async () => {
    const out = await runScan({ policy, format: 'json', host: `unix://${socket}`, env: {} });
    expect(out.exitCode, out.text).to.equal(1);
    const results = JSON.parse(out.text) as { id: string; name: string; image: string; decision: string; violations: { rule: string; action: string; field: string; found: string }[] }[];
    expect(results.map((r) => [r.name, r.decision])).to.deep.equal([['debug-bad', 'deny'], ['web-ok', 'warn']]);
    const bad = results[0]!;
    expect(bad.id).to.equal(ID_BAD);
    expect(bad.image).to.equal('busybox:1.36');
    const denied = bad.violations.filter((v) => v.action === 'deny').map((v) => v.rule).sort();
    expect(denied).to.deep.equal(['docker-socket', 'host-network', 'memory-limit', 'privileged', 'restart-policy', 'sensitive-mounts']);
    expect(bad.violations.find((v) => v.rule === 'privileged')).to.deep.include({ field: 'HostConfig.Privileged', found: 'true' });
    // the daemon's own label=disable (privileged) and cgroup v1's default host cgroupns are not reported
    expect(bad.violations.map((v) => v.rule)).to.not.include.members(['selinux-unconfined', 'host-cgroupns']);
    expect(results[1]!.violations.every((v) => v.action === 'warn')).to.equal(true);
    expect(out.text).to.not.include('s3cr3t-value');
    expect(seen).to.include(`GET /containers/${ID_BAD}/json`);
  });

  it('prints a table naming the container, image, decision and rules', async () => {
    const out = await runScan({ policy, format: 'table', host: undefined, env: { DOCKER_HOST: `unix://${socket}` } });
    expect(out.exitCode).to.equal(1);
    const lines = out.text.split('\n');
    expect(lines[0]).to.match(/^CONTAINER\s+IMAGE\s+DECISION\s+RULES$/);
    expect(lines[1]).to.match(/^debug-bad\s+busybox:1\.36\s+DENY\s+privileged,.*host-network/);
    expect(lines[2]).to.match(/^web-ok\s+busybox:1\.36\s+WARN\s+warn: /);
    expect(out.text).to.include('2 container(s), 1 would be denied');
  });

  describe('exit code: 1 when anything would be denied, whatever the policy mode', () => {
    // [policy, with the non-compliant container?, exit code, summary line]
    const table: [string, boolean, 0 | 1, string][] = [
      ['config/policy.json', true, 1, '2 container(s), 1 would be denied by the policy'],
      ['config/audit.json', true, 1, '2 container(s), 1 would be denied by the policy (the policy is in audit mode: the plugin lets them through and logs them now; they are denied once it enforces)'],
      ['config/policy.json', false, 0, '1 container(s), 0 would be denied by the policy'],
      ['config/audit.json', false, 0, '1 container(s), 0 would be denied by the policy'],
    ];
    for (const [file, withBad, exitCode, summary] of table) {
      it(`${file}, ${withBad ? 'a container it would deny' : 'compliant containers only'}: exit ${String(exitCode)}`, async () => {
        const saved = CONTAINERS[ID_BAD]!;
        if (!withBad) Reflect.deleteProperty(CONTAINERS, ID_BAD);
        try {
          const out = await runScan({ policy: join(root, file), format: 'table', host: `unix://${socket}`, env: {} });
          expect(out.exitCode, out.text).to.equal(exitCode);
          expect(out.text.split('\n').at(-1)).to.equal(summary);
          const json = await runScan({ policy: join(root, file), format: 'json', host: `unix://${socket}`, env: {} });
          expect(json.exitCode).to.equal(exitCode);
        } finally {
          CONTAINERS[ID_BAD] = saved;
        }
      });
    }
  });

  it('exits 2 on an API error, a missing socket and a tcp:// host', async () => {
    failList = true;
    try {
      const out = await runScan({ policy, format: 'table', host: `unix://${socket}`, env: {} });
      expect(out.exitCode).to.equal(2);
      expect(out.text).to.include('HTTP 500');
    } finally {
      failList = false;
    }
    const missing = await runScan({ policy, format: 'table', host: `unix://${join(dir, 'none.sock')}`, env: {} });
    expect(missing.exitCode).to.equal(2);
    expect(missing.text).to.include('cannot reach the Docker API');
    const tcp = await runScan({ policy, format: 'table', host: undefined, env: { DOCKER_HOST: 'tcp://10.0.0.1:2376' } });
    expect(tcp.exitCode).to.equal(2);
    expect(tcp.text).to.match(/DOCKER_HOST tcp:\/\/10\.0\.0\.1:2376: only unix:\/\/ sockets/);
  });

  it('resolves the socket: --host, then DOCKER_HOST, then /var/run/docker.sock', () => {
    expect(resolveDockerSocket('unix:///a.sock', { DOCKER_HOST: 'unix:///b.sock' })).to.deep.equal({ ok: true, socket: '/a.sock' });
    expect(resolveDockerSocket(undefined, { DOCKER_HOST: 'unix:///b.sock' })).to.deep.equal({ ok: true, socket: '/b.sock' });
    expect(resolveDockerSocket(undefined, {})).to.deep.equal({ ok: true, socket: '/var/run/docker.sock' });
    expect(resolveDockerSocket('ssh://me@host', {}).ok).to.equal(false);
  });

  it('decides each container at the daemon\'s API version (/version ApiVersion), 1.41 without one', async () => {
    expect(createFromInspect(inspectDoc(ID_OK, 'web', {}), { cgroupVersion: '2', apiVersion: '1.51' }).uri).to.equal('/v1.51/containers/create?name=web');
    expect(createFromInspect(inspectDoc(ID_OK, 'web', {}), { cgroupVersion: '2' }).uri).to.equal('/v1.41/containers/create?name=web');
    expect([{ ApiVersion: '1.51' }, { ApiVersion: '1.41' }, { ApiVersion: '1.51/x' }, { ApiVersion: 151 }, {}, null].map(apiVersionOf)).to.deep.equal(['1.51', '1.41', undefined, undefined, undefined, undefined]);
    await runScan({ policy, format: 'json', host: `unix://${socket}`, env: {} });
    expect(seen).to.include('GET /version');
  });

  it('a folder bound :ro above another bind of the same container: denied at 1.41 (read-only at its top only), allowed at 1.51 on kernel 5.12+ (rro)', () => {
    const p = parsePolicy(readFileSync(policy, 'utf8'), 'test', contextWith({ kernel: [6, 1] }));
    const doc = inspectDoc(ID_OK, 'nested', { Binds: ['/srv/dgscan-nest/a:/a:ro', '/srv/dgscan-nest/a/b:/b'], Memory: 67108864, RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 } });
    const nesting = (apiVersion: string | undefined): string[] =>
      decideContainer(doc, p, apiVersion === undefined ? { cgroupVersion: '2' } : { cgroupVersion: '2', apiVersion }).violations.filter((v) => v.rule === 'sensitive-mounts').map((v) => `${v.action} ${v.field}`);
    expect(nesting(undefined)).to.deep.equal(['deny HostConfig.Binds[1]']);
    expect(nesting('1.51')).to.deep.equal([]);
  });

  it('keeps an explicit label=disable and host cgroupns on cgroup v2', () => {
    const doc = inspectDoc(ID_OK, 'x', { SecurityOpt: ['label=disable'], CgroupnsMode: 'host' });
    const hc = createFromInspect(doc, { cgroupVersion: '2' }).body.HostConfig as Record<string, unknown>;
    expect(hc.SecurityOpt).to.deep.equal(['label=disable']);
    expect(hc.CgroupnsMode).to.equal('host');
  });

  it('reads the daemon\'s stored default MaskedPaths/ReadonlyPaths back as null, and keeps any other list', () => {
    const hc = (over: Record<string, unknown>): Record<string, unknown> => createFromInspect(inspectDoc(ID_OK, 'x', over), { cgroupVersion: '2' }).body.HostConfig as Record<string, unknown>;
    expect(hc({}).MaskedPaths).to.equal(null);
    expect(hc({}).ReadonlyPaths).to.equal(null);
    expect(hc({ MaskedPaths: [] }).MaskedPaths).to.deep.equal([]);
    expect(hc({ MaskedPaths: ['/proc/acpi'] }).MaskedPaths).to.deep.equal(['/proc/acpi']);
    expect(hc({ ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys'] }).ReadonlyPaths).to.have.length(4);
  });
});
