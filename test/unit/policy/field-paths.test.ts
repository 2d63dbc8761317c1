/**
 * The public custom-rule field paths (src/policy/field-paths.ts): the version 1 list is pinned
 * here, each entry's accessor reads what it says on real captured requests, and the table's
 * resolver finds exactly what the reflective walk over the request view found before the table
 * existed (kept below as the reference), on every captured request and every path.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { buildPolicySchema } from '../../../src/policy/schema.js';
import {
  expandFieldPaths,
  FIELD_PATHS,
  FIELD_PATHS_DOC,
  FIELD_PATHS_VERSION,
  fieldReader,
  hasOperation,
  lookupFieldPath,
  missingFieldReason,
  routeParams,
  type FieldPath,
} from '../../../src/policy/field-paths.js';
import type { DecodedRequest } from '../../../src/request/decode-request.js';
import { ROUTES, type Operation } from '../../../src/request/routes.js';
import { apiRequest, decode, fixture, fixtureIds, FIXTURE_SETS } from '../../helpers/fixtures.js';

const OPERATIONS: readonly Operation[] = [...new Set(ROUTES.map((r) => r.operation))].sort();

/**
 * Version 1, as released: each public root or prefix, the operations it exists for, and every
 * path below it (relative, space-separated; `<key>` is any map key, `<name>` a route parameter).
 * Users' policy files name these paths: a path may be added (add it here too), never removed or
 * renamed, and an entry's operations may grow, never shrink, while FIELD_PATHS_VERSION is 1.
 */
const V1: readonly (readonly [string, string, readonly string[]])[] = [
  ['method', 'all', []],
  ['uri', 'all', []],
  ['path', 'all', []],
  ['apiVersion', 'all', []],
  ['operation', 'all', []],
  ['user', 'all', []],
  ['userAuthNMethod', 'all', []],
  ['params', 'all', ['<name>']],
  ['query', 'all', ['<key>']],
  ['body', 'all', []],
  ['body.kind', 'all', []],
  ['body.name', 'container.create', []],
  ['body.config', 'container.create', [
    'Hostname Domainname User AttachStdin AttachStdout AttachStderr ExposedPorts ExposedPorts.<key> Tty',
    'OpenStdin StdinOnce Cmd Healthcheck Healthcheck.Test Healthcheck.Interval Healthcheck.Timeout',
    'Healthcheck.StartPeriod Healthcheck.StartInterval Healthcheck.Retries ArgsEscaped Image Volumes',
    'Volumes.<key> WorkingDir Entrypoint NetworkDisabled MacAddress OnBuild Labels Labels.<key> StopSignal',
    'StopTimeout Shell',
  ]],
  ['body.hostConfig', 'container.create', [
    'Binds ContainerIDFile LogConfig LogConfig.Type LogConfig.Config LogConfig.Config.<key> NetworkMode',
    'PortBindings PortBindings.<key> RestartPolicy RestartPolicy.Name RestartPolicy.MaximumRetryCount',
    'AutoRemove VolumeDriver VolumesFrom ConsoleSize Annotations Annotations.<key> CapAdd CapDrop CgroupnsMode',
    'Dns DnsOptions DnsSearch ExtraHosts GroupAdd IpcMode Cgroup Links OomScoreAdj PidMode Privileged',
    'PublishAllPorts ReadonlyRootfs SecurityOpt StorageOpt StorageOpt.<key> Tmpfs Tmpfs.<key> UTSMode',
    'UsernsMode ShmSize Sysctls Sysctls.<key> Runtime Isolation CpuShares Memory NanoCpus CgroupParent',
    'BlkioWeight BlkioWeightDevice BlkioWeightDevice.Path BlkioWeightDevice.Weight BlkioDeviceReadBps',
    'BlkioDeviceReadBps.Path BlkioDeviceReadBps.Rate BlkioDeviceWriteBps BlkioDeviceWriteBps.Path',
    'BlkioDeviceWriteBps.Rate BlkioDeviceReadIOps BlkioDeviceReadIOps.Path BlkioDeviceReadIOps.Rate',
    'BlkioDeviceWriteIOps BlkioDeviceWriteIOps.Path BlkioDeviceWriteIOps.Rate CpuPeriod CpuQuota',
    'CpuRealtimePeriod CpuRealtimeRuntime CpusetCpus CpusetMems Devices Devices.PathOnHost',
    'Devices.PathInContainer Devices.CgroupPermissions DeviceCgroupRules DeviceRequests DeviceRequests.Driver',
    'DeviceRequests.Count DeviceRequests.DeviceIDs DeviceRequests.Capabilities DeviceRequests.Options',
    'DeviceRequests.Options.<key> KernelMemory KernelMemoryTCP MemoryReservation MemorySwap MemorySwappiness',
    'OomKillDisable PidsLimit Ulimits Ulimits.Name Ulimits.Hard Ulimits.Soft CpuCount CpuPercent IOMaximumIOps',
    'IOMaximumBandwidth Mounts Mounts.Type Mounts.Source Mounts.Target Mounts.ReadOnly Mounts.Consistency',
    'Mounts.BindOptions Mounts.BindOptions.Propagation Mounts.BindOptions.NonRecursive',
    'Mounts.BindOptions.CreateMountpoint Mounts.BindOptions.ReadOnlyNonRecursive',
    'Mounts.BindOptions.ReadOnlyForceRecursive Mounts.VolumeOptions Mounts.VolumeOptions.NoCopy',
    'Mounts.VolumeOptions.Labels Mounts.VolumeOptions.Labels.<key> Mounts.VolumeOptions.Subpath',
    'Mounts.VolumeOptions.DriverConfig Mounts.VolumeOptions.DriverConfig.Name',
    'Mounts.VolumeOptions.DriverConfig.Options Mounts.VolumeOptions.DriverConfig.Options.<key>',
    'Mounts.ImageOptions Mounts.ImageOptions.Subpath Mounts.TmpfsOptions Mounts.TmpfsOptions.SizeBytes',
    'Mounts.TmpfsOptions.Mode Mounts.TmpfsOptions.Options Mounts.ClusterOptions MaskedPaths ReadonlyPaths Init',
  ]],
  ['body.container', 'container.update container.exec', []],
  ['body.update', 'container.update', [
    'CpuShares Memory NanoCpus CgroupParent BlkioWeight BlkioWeightDevice BlkioWeightDevice.Path',
    'BlkioWeightDevice.Weight BlkioDeviceReadBps BlkioDeviceReadBps.Path BlkioDeviceReadBps.Rate',
    'BlkioDeviceWriteBps BlkioDeviceWriteBps.Path BlkioDeviceWriteBps.Rate BlkioDeviceReadIOps',
    'BlkioDeviceReadIOps.Path BlkioDeviceReadIOps.Rate BlkioDeviceWriteIOps BlkioDeviceWriteIOps.Path',
    'BlkioDeviceWriteIOps.Rate CpuPeriod CpuQuota CpuRealtimePeriod CpuRealtimeRuntime CpusetCpus CpusetMems',
    'Devices Devices.PathOnHost Devices.PathInContainer Devices.CgroupPermissions DeviceCgroupRules',
    'DeviceRequests DeviceRequests.Driver DeviceRequests.Count DeviceRequests.DeviceIDs',
    'DeviceRequests.Capabilities DeviceRequests.Options DeviceRequests.Options.<key> KernelMemory',
    'KernelMemoryTCP MemoryReservation MemorySwap MemorySwappiness OomKillDisable PidsLimit Ulimits',
    'Ulimits.Name Ulimits.Hard Ulimits.Soft CpuCount CpuPercent IOMaximumIOps IOMaximumBandwidth RestartPolicy',
    'RestartPolicy.Name RestartPolicy.MaximumRetryCount',
  ]],
  ['body.exec', 'container.exec', ['User Privileged Tty ConsoleSize AttachStdin AttachStderr AttachStdout Detach DetachKeys WorkingDir Cmd']],
  ['body.action', 'service.create service.update', []],
  ['body.service', 'service.create service.update', []],
  ['body.spec', 'service.create service.update', [
    'Name Labels Labels.<key> TaskTemplate TaskTemplate.ContainerSpec TaskTemplate.ContainerSpec.Image',
    'TaskTemplate.ContainerSpec.Labels TaskTemplate.ContainerSpec.Labels.<key>',
    'TaskTemplate.ContainerSpec.Command TaskTemplate.ContainerSpec.Args TaskTemplate.ContainerSpec.Hostname',
    'TaskTemplate.ContainerSpec.Dir TaskTemplate.ContainerSpec.User TaskTemplate.ContainerSpec.Groups',
    'TaskTemplate.ContainerSpec.Privileges TaskTemplate.ContainerSpec.Privileges.CredentialSpec',
    'TaskTemplate.ContainerSpec.Privileges.CredentialSpec.Config',
    'TaskTemplate.ContainerSpec.Privileges.CredentialSpec.File',
    'TaskTemplate.ContainerSpec.Privileges.CredentialSpec.Registry',
    'TaskTemplate.ContainerSpec.Privileges.SELinuxContext',
    'TaskTemplate.ContainerSpec.Privileges.SELinuxContext.Disable',
    'TaskTemplate.ContainerSpec.Privileges.SELinuxContext.User',
    'TaskTemplate.ContainerSpec.Privileges.SELinuxContext.Role',
    'TaskTemplate.ContainerSpec.Privileges.SELinuxContext.Type',
    'TaskTemplate.ContainerSpec.Privileges.SELinuxContext.Level TaskTemplate.ContainerSpec.Privileges.Seccomp',
    'TaskTemplate.ContainerSpec.Privileges.Seccomp.Mode TaskTemplate.ContainerSpec.Privileges.Seccomp.Profile',
    'TaskTemplate.ContainerSpec.Privileges.AppArmor TaskTemplate.ContainerSpec.Privileges.AppArmor.Mode',
    'TaskTemplate.ContainerSpec.Privileges.NoNewPrivileges TaskTemplate.ContainerSpec.Init',
    'TaskTemplate.ContainerSpec.StopSignal TaskTemplate.ContainerSpec.TTY TaskTemplate.ContainerSpec.OpenStdin',
    'TaskTemplate.ContainerSpec.ReadOnly TaskTemplate.ContainerSpec.Mounts',
    'TaskTemplate.ContainerSpec.Mounts.Type TaskTemplate.ContainerSpec.Mounts.Source',
    'TaskTemplate.ContainerSpec.Mounts.Target TaskTemplate.ContainerSpec.Mounts.ReadOnly',
    'TaskTemplate.ContainerSpec.Mounts.Consistency TaskTemplate.ContainerSpec.Mounts.BindOptions',
    'TaskTemplate.ContainerSpec.Mounts.BindOptions.Propagation',
    'TaskTemplate.ContainerSpec.Mounts.BindOptions.NonRecursive',
    'TaskTemplate.ContainerSpec.Mounts.BindOptions.CreateMountpoint',
    'TaskTemplate.ContainerSpec.Mounts.BindOptions.ReadOnlyNonRecursive',
    'TaskTemplate.ContainerSpec.Mounts.BindOptions.ReadOnlyForceRecursive',
    'TaskTemplate.ContainerSpec.Mounts.VolumeOptions TaskTemplate.ContainerSpec.Mounts.VolumeOptions.NoCopy',
    'TaskTemplate.ContainerSpec.Mounts.VolumeOptions.Labels',
    'TaskTemplate.ContainerSpec.Mounts.VolumeOptions.Labels.<key>',
    'TaskTemplate.ContainerSpec.Mounts.VolumeOptions.Subpath',
    'TaskTemplate.ContainerSpec.Mounts.VolumeOptions.DriverConfig',
    'TaskTemplate.ContainerSpec.Mounts.VolumeOptions.DriverConfig.Name',
    'TaskTemplate.ContainerSpec.Mounts.VolumeOptions.DriverConfig.Options',
    'TaskTemplate.ContainerSpec.Mounts.VolumeOptions.DriverConfig.Options.<key>',
    'TaskTemplate.ContainerSpec.Mounts.ImageOptions TaskTemplate.ContainerSpec.Mounts.ImageOptions.Subpath',
    'TaskTemplate.ContainerSpec.Mounts.TmpfsOptions TaskTemplate.ContainerSpec.Mounts.TmpfsOptions.SizeBytes',
    'TaskTemplate.ContainerSpec.Mounts.TmpfsOptions.Mode',
    'TaskTemplate.ContainerSpec.Mounts.TmpfsOptions.Options TaskTemplate.ContainerSpec.Mounts.ClusterOptions',
    'TaskTemplate.ContainerSpec.StopGracePeriod TaskTemplate.ContainerSpec.Healthcheck',
    'TaskTemplate.ContainerSpec.Healthcheck.Test TaskTemplate.ContainerSpec.Healthcheck.Interval',
    'TaskTemplate.ContainerSpec.Healthcheck.Timeout TaskTemplate.ContainerSpec.Healthcheck.StartPeriod',
    'TaskTemplate.ContainerSpec.Healthcheck.StartInterval TaskTemplate.ContainerSpec.Healthcheck.Retries',
    'TaskTemplate.ContainerSpec.Hosts TaskTemplate.ContainerSpec.DNSConfig',
    'TaskTemplate.ContainerSpec.DNSConfig.Nameservers TaskTemplate.ContainerSpec.DNSConfig.Search',
    'TaskTemplate.ContainerSpec.DNSConfig.Options TaskTemplate.ContainerSpec.Secrets',
    'TaskTemplate.ContainerSpec.Secrets.File TaskTemplate.ContainerSpec.Secrets.File.Name',
    'TaskTemplate.ContainerSpec.Secrets.File.UID TaskTemplate.ContainerSpec.Secrets.File.GID',
    'TaskTemplate.ContainerSpec.Secrets.File.Mode TaskTemplate.ContainerSpec.Secrets.SecretID',
    'TaskTemplate.ContainerSpec.Secrets.SecretName TaskTemplate.ContainerSpec.Configs',
    'TaskTemplate.ContainerSpec.Configs.File TaskTemplate.ContainerSpec.Configs.File.Name',
    'TaskTemplate.ContainerSpec.Configs.File.UID TaskTemplate.ContainerSpec.Configs.File.GID',
    'TaskTemplate.ContainerSpec.Configs.File.Mode TaskTemplate.ContainerSpec.Configs.Runtime',
    'TaskTemplate.ContainerSpec.Configs.ConfigID TaskTemplate.ContainerSpec.Configs.ConfigName',
    'TaskTemplate.ContainerSpec.Isolation TaskTemplate.ContainerSpec.Sysctls',
    'TaskTemplate.ContainerSpec.Sysctls.<key> TaskTemplate.ContainerSpec.CapabilityAdd',
    'TaskTemplate.ContainerSpec.CapabilityDrop TaskTemplate.ContainerSpec.Ulimits',
    'TaskTemplate.ContainerSpec.Ulimits.Name TaskTemplate.ContainerSpec.Ulimits.Hard',
    'TaskTemplate.ContainerSpec.Ulimits.Soft TaskTemplate.ContainerSpec.OomScoreAdj TaskTemplate.PluginSpec',
    'TaskTemplate.PluginSpec.name TaskTemplate.PluginSpec.remote TaskTemplate.PluginSpec.privileges',
    'TaskTemplate.PluginSpec.privileges.name TaskTemplate.PluginSpec.privileges.description',
    'TaskTemplate.PluginSpec.privileges.value TaskTemplate.PluginSpec.disabled',
    'TaskTemplate.NetworkAttachmentSpec TaskTemplate.NetworkAttachmentSpec.ContainerID TaskTemplate.Resources',
    'TaskTemplate.Resources.Limits TaskTemplate.Resources.Limits.NanoCPUs',
    'TaskTemplate.Resources.Limits.MemoryBytes TaskTemplate.Resources.Limits.Pids',
    'TaskTemplate.Resources.Reservations TaskTemplate.Resources.Reservations.NanoCPUs',
    'TaskTemplate.Resources.Reservations.MemoryBytes TaskTemplate.Resources.Reservations.GenericResources',
    'TaskTemplate.Resources.Reservations.GenericResources.NamedResourceSpec',
    'TaskTemplate.Resources.Reservations.GenericResources.NamedResourceSpec.Kind',
    'TaskTemplate.Resources.Reservations.GenericResources.NamedResourceSpec.Value',
    'TaskTemplate.Resources.Reservations.GenericResources.DiscreteResourceSpec',
    'TaskTemplate.Resources.Reservations.GenericResources.DiscreteResourceSpec.Kind',
    'TaskTemplate.Resources.Reservations.GenericResources.DiscreteResourceSpec.Value',
    'TaskTemplate.Resources.SwapBytes TaskTemplate.Resources.MemorySwappiness TaskTemplate.RestartPolicy',
    'TaskTemplate.RestartPolicy.Condition TaskTemplate.RestartPolicy.Delay',
    'TaskTemplate.RestartPolicy.MaxAttempts TaskTemplate.RestartPolicy.Window TaskTemplate.Placement',
    'TaskTemplate.Placement.Constraints TaskTemplate.Placement.Preferences',
    'TaskTemplate.Placement.Preferences.Spread TaskTemplate.Placement.Preferences.Spread.SpreadDescriptor',
    'TaskTemplate.Placement.MaxReplicas TaskTemplate.Placement.Platforms',
    'TaskTemplate.Placement.Platforms.Architecture TaskTemplate.Placement.Platforms.OS TaskTemplate.Networks',
    'TaskTemplate.Networks.Target TaskTemplate.Networks.Aliases TaskTemplate.Networks.DriverOpts',
    'TaskTemplate.Networks.DriverOpts.<key> TaskTemplate.LogDriver TaskTemplate.LogDriver.Name',
    'TaskTemplate.LogDriver.Options TaskTemplate.LogDriver.Options.<key> TaskTemplate.ForceUpdate',
    'TaskTemplate.Runtime Mode Mode.Replicated Mode.Replicated.Replicas Mode.Global Mode.ReplicatedJob',
    'Mode.ReplicatedJob.MaxConcurrent Mode.ReplicatedJob.TotalCompletions Mode.GlobalJob UpdateConfig',
    'UpdateConfig.Parallelism UpdateConfig.Delay UpdateConfig.FailureAction UpdateConfig.Monitor',
    'UpdateConfig.MaxFailureRatio UpdateConfig.Order RollbackConfig RollbackConfig.Parallelism',
    'RollbackConfig.Delay RollbackConfig.FailureAction RollbackConfig.Monitor RollbackConfig.MaxFailureRatio',
    'RollbackConfig.Order Networks Networks.Target Networks.Aliases Networks.DriverOpts',
    'Networks.DriverOpts.<key> EndpointSpec EndpointSpec.Mode EndpointSpec.Ports EndpointSpec.Ports.Name',
    'EndpointSpec.Ports.Protocol EndpointSpec.Ports.TargetPort EndpointSpec.Ports.PublishedPort',
    'EndpointSpec.Ports.PublishMode',
  ]],
  ['body.rollback', 'service.create service.update', []],
  ['body.volume', 'volume.create', ['Name Driver DriverOpts DriverOpts.<key> Labels Labels.<key> ClusterVolumeSpec']],
  ['body.network', 'network.create', [
    'Name CheckDuplicate Driver Scope EnableIPv4 EnableIPv6 IPAM IPAM.Driver IPAM.Options IPAM.Options.<key>',
    'IPAM.Config IPAM.Config.Subnet IPAM.Config.IPRange IPAM.Config.Gateway IPAM.Config.AuxiliaryAddresses',
    'IPAM.Config.AuxiliaryAddresses.<key> Internal Attachable Ingress ConfigOnly ConfigFrom ConfigFrom.Network',
    'Options Options.<key> Labels Labels.<key>',
  ]],
  ['body.init', 'swarm.init', [
    'ListenAddr AdvertiseAddr DataPathAddr DataPathPort ForceNewCluster Spec Spec.Name Spec.Labels',
    'Spec.Labels.<key> Spec.Orchestration Spec.Orchestration.TaskHistoryRetentionLimit Spec.Raft',
    'Spec.Raft.SnapshotInterval Spec.Raft.KeepOldSnapshots Spec.Raft.LogEntriesForSlowFollowers',
    'Spec.Raft.ElectionTick Spec.Raft.HeartbeatTick Spec.Dispatcher Spec.Dispatcher.HeartbeatPeriod',
    'Spec.CAConfig Spec.CAConfig.NodeCertExpiry Spec.CAConfig.ExternalCAs Spec.CAConfig.ExternalCAs.Protocol',
    'Spec.CAConfig.ExternalCAs.URL Spec.CAConfig.ExternalCAs.Options Spec.CAConfig.ExternalCAs.Options.<key>',
    'Spec.CAConfig.ExternalCAs.CACert Spec.CAConfig.SigningCACert Spec.CAConfig.SigningCAKey',
    'Spec.CAConfig.ForceRotate Spec.TaskDefaults Spec.TaskDefaults.LogDriver Spec.TaskDefaults.LogDriver.Name',
    'Spec.TaskDefaults.LogDriver.Options Spec.TaskDefaults.LogDriver.Options.<key> Spec.EncryptionConfig',
    'Spec.EncryptionConfig.AutoLockManagers AutoLockManagers Availability DefaultAddrPool SubnetSize',
  ]],
  ['body.join', 'swarm.join', ['ListenAddr AdvertiseAddr DataPathAddr RemoteAddrs JoinToken Availability']],
];

const BREAKS = 'breaks users\' policy files (they name it): keep the path, or publish a new FIELD_PATHS_VERSION with a migration note';

/** A concrete path for a pinned one: a map key or a route parameter filled in. */
function concrete(path: string, operations: readonly Operation[]): string[] {
  if (path === 'params.<name>') return [...new Set(operations.flatMap(routeParams))].map((p) => `params.${p}`);
  return [path.replaceAll('<key>', 'some.key')];
}

describe('custom-rule field paths (src/policy/field-paths.ts)', () => {
  it('is version 1', () => {
    expect(FIELD_PATHS_VERSION).to.equal(1);
  });

  describe('every version 1 path is still public, for at least its version 1 operations', () => {
    for (const [prefix, ops, below] of V1) {
      it(prefix, () => {
        const entry = FIELD_PATHS.find((e) => e.path === prefix);
        expect(entry, `the public path ${prefix} is gone from FIELD_PATHS: that ${BREAKS}`).to.not.equal(undefined);
        if (entry === undefined) return;
        const operations = ops === 'all' ? OPERATIONS : (ops.split(' ') as Operation[]);
        const lost = operations.filter((op) => !hasOperation(entry, op));
        expect(lost, `${prefix} no longer exists for these operations: that ${BREAKS}`).to.deep.equal([]);
        const gone = [prefix, ...below.join(' ').split(' ').filter((p) => p !== '').map((p) => `${prefix}.${p}`)]
          .flatMap((p) => concrete(p, operations).map((c) => [p, c] as const))
          .filter(([, c]) => lookupFieldPath(c)?.entry !== entry || missingFieldReason(c, operations) !== undefined)
          .map(([p, c]) => `${p} (${missingFieldReason(c, operations) ?? 'read by another entry'})`);
        expect(gone, `public paths that no longer resolve: that ${BREAKS}`).to.deep.equal([]);
      });
    }
  });

  it('the pinned list is the whole table (a new path is added to V1 in the same change)', () => {
    const pinned = V1.flatMap(([prefix, , below]) => [prefix, ...below.join(' ').split(' ').filter((p) => p !== '').map((p) => `${prefix}.${p}`)]);
    const now = expandFieldPaths().filter((p) => !p.secret).map((p) => p.path);
    expect(now.filter((p) => !pinned.includes(p)), 'paths not in V1: add them').to.deep.equal([]);
  });

  describe('validation', () => {
    const cases: [string, readonly Operation[], string | undefined][] = [
      ['body.hostConfig.NetworkMode', ['container.create'], undefined],
      ['body.config.Labels.com.example.team', ['container.create'], undefined],
      ['body.hostConfig.Mounts.BindOptions.Propagation', ['container.create'], undefined],
      ['body.spec.TaskTemplate.ContainerSpec.Mounts.Source', ['service.create', 'service.update'], undefined],
      ['body.network.Driver', ['network.create'], undefined],
      ['query.name', ['container.create'], undefined],
      ['params.name', ['container.start'], undefined],
      ['body', ['container.create'], undefined],
      ['body.kind', ['image.create'], undefined],
      ['body.network.Driver', ['container.create'], "body.network is only in network.create requests, and this rule's operations are container.create"],
      ['body.rollback.x', ['service.update'], 'body.rollback is a boolean: it has no field "x"'],
      ['user.name', ['container.create'], 'user is a string: it has no field "name"'],
      ['params.id', ['container.start'], 'no route of container.start has the parameter "id" (they have: name)'],
      ['body.hostconfig', ['container.create'], 'body has no field "hostconfig"; did you mean "hostConfig"?'],
    ];
    for (const [field, operations, want] of cases) {
      it(`${field} on ${operations.join(', ')}`, () => {
        const reason = missingFieldReason(field, operations);
        if (want === undefined) expect(reason).to.equal(undefined);
        else expect(reason).to.be.a('string').and.satisfy((r: string) => r.startsWith(want));
      });
    }
  });

  describe('each body entry reads its own view (the accessor), on a request of each of its operations', () => {
    // A hand-made request per operation (swarm.join has no captured one); the body's own fields decode to zero values.
    const uris: Partial<Record<Operation, string>> = {
      'container.create': '/v1.41/containers/create?name=web',
      'container.update': '/v1.41/containers/web/update',
      'container.exec': '/v1.41/containers/web/exec',
      'service.create': '/v1.41/services/create',
      'service.update': '/v1.41/services/svc/update?version=1',
      'volume.create': '/v1.41/volumes/create',
      'network.create': '/v1.41/networks/create',
      'swarm.init': '/v1.41/swarm/init',
      'swarm.join': '/v1.41/swarm/join',
    };
    const scalars: Readonly<Record<string, Partial<Record<Operation, unknown>>>> = {
      'body.name': { 'container.create': 'web' },
      'body.container': { 'container.update': 'web', 'container.exec': 'web' },
      'body.action': { 'service.create': 'create', 'service.update': 'update' },
      'body.service': { 'service.create': undefined, 'service.update': 'svc' },
      'body.rollback': { 'service.create': false, 'service.update': false },
    };
    const bodyEntries = FIELD_PATHS.filter((e): e is FieldPath & { operations: readonly Operation[] } => e.path.startsWith('body.') && e.operations !== 'all');
    for (const entry of bodyEntries) {
      for (const op of entry.operations) {
        it(`${entry.path} on ${op}`, () => {
          const uri = uris[op];
          expect(uri, `a request for ${op}`).to.be.a('string');
          const request = decode(apiRequest('POST', uri ?? '', {}));
          expect(request.operation).to.equal(op);
          expect(request.problems).to.deep.equal([]);
          const values = fieldReader(entry.path, op)(request);
          if (entry.schema !== 'group' && entry.schema.kind === 'struct') {
            expect(values).to.have.length(1);
            expect(values[0]).to.be.an('object');
          } else {
            expect(values).to.deep.equal([scalars[entry.path]?.[op]]);
          }
        });
      }
    }
  });

  describe('finds what the walk over the request view found before the table (every captured request, every path)', () => {
    /** The resolver before the table: the path's segments walked over the request object itself. */
    function reflective(value: unknown, segments: readonly string[], i: number, out: unknown[]): void {
      if (Array.isArray(value)) {
        for (const element of value) reflective(element, segments, i, out);
        return;
      }
      if (i === segments.length) {
        out.push(value);
        return;
      }
      const segment = segments[i] ?? '';
      if (value instanceof Map) {
        const key = segments.slice(i).join('.');
        if (value.has(key)) reflective(value.get(key), segments, segments.length, out);
      } else if (typeof value === 'object' && value !== null && Object.hasOwn(value, segment)) {
        reflective((value as Record<string, unknown>)[segment], segments, i + 1, out);
      }
    }
    const paths = expandFieldPaths()
      .filter((p) => !p.secret)
      .flatMap((p) => (p.path === 'params.<name>' ? ['params.name', 'params.id', 'params.checkpoint'] : [p.path.replaceAll('<key>', 'com.docker.compose.project').replace('query.com.docker.compose.project', 'query.name')]))
      // body.network was not readable before the table (new in version 1), body.kind, body and the scalars were.
      .filter((p) => !p.startsWith('body.network'));
    // Every captured request of every set, decoded once.
    const requests = FIXTURE_SETS.flatMap((set) =>
      fixtureIds(set).flatMap((id) =>
        fixture(id, set).requests.flatMap((raw, n) => {
          const request = decode(raw);
          return request.operation === 'unknown' || request.operation === 'unknown.read' ? [] : [{ at: `${set}/${id} #${String(n)}`, op: request.operation, request }];
        }),
      ),
    );
    it('on every captured request', () => {
      const readers = new Map<string, (request: DecodedRequest) => unknown[]>();
      let compared = 0;
      let found = 0;
      const mismatches: string[] = [];
      for (const { at, op, request } of requests) {
        for (const path of paths) {
          const before: unknown[] = [];
          reflective(request, path.split('.'), 0, before);
          let read = readers.get(`${op} ${path}`);
          if (read === undefined) readers.set(`${op} ${path}`, (read = fieldReader(path, op)));
          const now = read(request);
          compared++;
          if (now.length > 0) found++;
          // The same values, the same objects: what the finding shows and what the operator tests.
          if (now.length !== before.length || now.some((v, i) => v !== before[i])) mismatches.push(`${at} (${op}): ${path}`);
        }
      }
      expect(mismatches).to.deep.equal([]);
      expect(compared).to.be.greaterThan(50_000);
      expect(found).to.be.greaterThan(5_000);
    });
  });

  it('the policy schema\'s field and the docs come from the table', () => {
    const schema = buildPolicySchema() as { properties: { customRules: { items: { properties: { field: { description: string; pattern: string } } } } } };
    const field = schema.properties.customRules.items.properties.field;
    expect(field.description).to.include(`version ${String(FIELD_PATHS_VERSION)}`).and.include(FIELD_PATHS_DOC);
    for (const e of FIELD_PATHS.filter((p) => p.path.startsWith('body.'))) expect(field.description).to.include(e.path);
    const doc = readFileSync(new URL(`../../../${FIELD_PATHS_DOC}`, import.meta.url), 'utf8');
    expect(doc).to.include(`version ${String(FIELD_PATHS_VERSION)}`);
    for (const p of expandFieldPaths()) {
      // An entry by its name (a heading, or a row of the table of every operation), a field below a body entry relative to it.
      const shown = p.path === p.entry.path ? p.path : p.entry.path.startsWith('body.') ? `\`${p.path.slice(p.entry.path.length)}\`` : `\`${p.path}\``;
      expect(doc, p.path).to.include(shown);
    }
  });
});
