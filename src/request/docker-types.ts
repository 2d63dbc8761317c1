/**
 * The Docker Engine API request types that dockgate decodes, written as Go-type schemas
 * (see gojson/schema.ts). Field names are the JSON names the daemon's Go structs declare
 * (moby api/types/container, mount, network, swarm, volume, plugin, runconfig); the shapes
 * are the union of daemon 20.10 and current releases (checked against moby v20.10.24,
 * v23.0.0 … v28.5.2, docker-v29.x and master; see docs/dev/go-types.md). Fields no rule
 * reads are still declared when they could make a duplicate-key trick change a field that
 * rules do read.
 *
 * Where the Go type changed between versions, or has a shape the DSL cannot say exactly,
 * the schema uses the type that accepts at least everything any daemon accepts, so that
 * dockgate never predicts a decode error the daemon would not raise:
 *
 * - Go arrays (`[2]uint`) and `struct{}` set members are `any`;
 * - `[]byte` is `bytes` (standard base64 in a string, or an array of numbers 0-255);
 * - `float32` is `float64`;
 * - `netip.Addr`, `netip.Prefix`, `network.HardwareAddr` (daemon 29+) are `string`: Go
 *   parses them with UnmarshalText, so a bad address makes the daemon reject the request
 *   (an error dockgate does not predict, which is harmless), and JSON `null` leaves them
 *   unchanged as for a string, except HardwareAddr, which `null` resets to empty;
 * - `strslice.StrSlice` is `strslice`: up to daemon 28 it has a custom UnmarshalJSON
 *   (string or array, always replaced whole); from daemon 29 it is a plain `[]string`.
 *   See docs/dev/go-types.md for the one case where the two decode differently.
 *
 * Map keys of `PortBindings` / `ExposedPorts` are kept as sent. Daemon 29+ parses them as
 * `network.Port` (UnmarshalText: "80", "80/tcp" and "80/TCP" are the same key, the later
 * one wins; an invalid key fails the whole request); older daemons keep the raw string.
 */
import {
  any, bool, bytes, float32, int, int64, map, ptr, slice, string, strslice, struct, uint16, uint32, uint64,
  type Infer,
} from './gojson/schema.js';

// ---------------------------------------------------------------------------------------
// api/types/container, mount, blkiodev, go-units, go-connections/nat (network.PortBinding)
// ---------------------------------------------------------------------------------------

export const RestartPolicy = struct('container.RestartPolicy', {
  Name: string,
  MaximumRetryCount: int,
});

/** nat.PortBinding (≤ 28), network.PortBinding (29+, HostIp is a netip.Addr). */
export const PortBinding = struct('nat.PortBinding', { HostIp: string, HostPort: string });

export const DeviceMapping = struct('container.DeviceMapping', {
  PathOnHost: string,
  PathInContainer: string,
  CgroupPermissions: string,
});

export const DeviceRequest = struct('container.DeviceRequest', {
  Driver: string,
  Count: int,
  DeviceIDs: slice(string),
  Capabilities: slice(slice(string)),
  Options: map(string),
});

/** units.Ulimit (also container.Ulimit, an alias, in newer trees). */
export const Ulimit = struct('units.Ulimit', { Name: string, Hard: int64, Soft: int64 });

export const WeightDevice = struct('blkiodev.WeightDevice', { Path: string, Weight: uint16 });
export const ThrottleDevice = struct('blkiodev.ThrottleDevice', { Path: string, Rate: uint64 });

export const Driver = struct('mount.Driver', { Name: string, Options: map(string) });

export const Mount = struct('mount.Mount', {
  Type: string,
  Source: string,
  Target: string,
  ReadOnly: bool,
  Consistency: string,
  BindOptions: ptr(struct('mount.BindOptions', {
    Propagation: string,
    NonRecursive: bool,
    CreateMountpoint: bool,
    ReadOnlyNonRecursive: bool,
    ReadOnlyForceRecursive: bool,
  })),
  VolumeOptions: ptr(struct('mount.VolumeOptions', {
    NoCopy: bool,
    Labels: map(string),
    Subpath: string,
    DriverConfig: ptr(Driver),
  })),
  ImageOptions: ptr(struct('mount.ImageOptions', { Subpath: string })),
  /** Mode is an os.FileMode (uint32). */
  TmpfsOptions: ptr(struct('mount.TmpfsOptions', { SizeBytes: int64, Mode: uint32, Options: slice(slice(string)) })),
  ClusterOptions: ptr(struct('mount.ClusterOptions', {})),
});

/** container.Resources: embedded (non-pointer) in HostConfig and in UpdateConfig. */
export const resourcesFields = {
  CpuShares: int64,
  Memory: int64,
  NanoCpus: int64,
  CgroupParent: string,
  BlkioWeight: uint16,
  BlkioWeightDevice: slice(ptr(WeightDevice)),
  BlkioDeviceReadBps: slice(ptr(ThrottleDevice)),
  BlkioDeviceWriteBps: slice(ptr(ThrottleDevice)),
  BlkioDeviceReadIOps: slice(ptr(ThrottleDevice)),
  BlkioDeviceWriteIOps: slice(ptr(ThrottleDevice)),
  CpuPeriod: int64,
  CpuQuota: int64,
  CpuRealtimePeriod: int64,
  CpuRealtimeRuntime: int64,
  CpusetCpus: string,
  CpusetMems: string,
  Devices: slice(DeviceMapping),
  DeviceCgroupRules: slice(string),
  DeviceRequests: slice(DeviceRequest),
  /** Removed in daemon 29. */
  KernelMemory: int64,
  /** Removed in daemon 29. */
  KernelMemoryTCP: int64,
  MemoryReservation: int64,
  MemorySwap: int64,
  MemorySwappiness: ptr(int64),
  OomKillDisable: ptr(bool),
  PidsLimit: ptr(int64),
  Ulimits: slice(ptr(Ulimit)),
  CpuCount: int64,
  CpuPercent: int64,
  IOMaximumIOps: uint64,
  IOMaximumBandwidth: uint64,
} as const;

export const LogConfig = struct('container.LogConfig', { Type: string, Config: map(string) });

export const HostConfig = struct('container.HostConfig', {
  Binds: slice(string),
  ContainerIDFile: string,
  LogConfig,
  NetworkMode: string,
  /** nat.PortMap / network.PortMap; see the note on map keys at the top of this file. */
  PortBindings: map(slice(PortBinding)),
  RestartPolicy,
  AutoRemove: bool,
  VolumeDriver: string,
  VolumesFrom: slice(string),
  /** [2]uint: a JSON array; extra elements are ignored by Go, so it is not checked here. */
  ConsoleSize: any,
  Annotations: map(string),
  /** StrSlice up to daemon 28, []string from 29. */
  CapAdd: strslice,
  /** StrSlice up to daemon 28, []string from 29. */
  CapDrop: strslice,
  CgroupnsMode: string,
  /** []string up to 28, []netip.Addr from 29. */
  Dns: slice(string),
  DnsOptions: slice(string),
  DnsSearch: slice(string),
  ExtraHosts: slice(string),
  GroupAdd: slice(string),
  IpcMode: string,
  Cgroup: string,
  Links: slice(string),
  OomScoreAdj: int,
  PidMode: string,
  Privileged: bool,
  PublishAllPorts: bool,
  ReadonlyRootfs: bool,
  SecurityOpt: slice(string),
  StorageOpt: map(string),
  Tmpfs: map(string),
  UTSMode: string,
  UsernsMode: string,
  ShmSize: int64,
  Sysctls: map(string),
  Runtime: string,
  Isolation: string,
  ...resourcesFields,
  Mounts: slice(Mount),
  MaskedPaths: slice(string),
  ReadonlyPaths: slice(string),
  Init: ptr(bool),
});

/** container.HealthConfig (an alias of docker-image-spec's HealthcheckConfig in newer trees). Durations are int64 nanoseconds. */
export const HealthConfig = struct('container.HealthConfig', {
  Test: slice(string),
  Interval: int64,
  Timeout: int64,
  StartPeriod: int64,
  StartInterval: int64,
  Retries: int,
});

export const Config = struct('container.Config', {
  Hostname: string,
  Domainname: string,
  User: string,
  AttachStdin: bool,
  AttachStdout: bool,
  AttachStderr: bool,
  /** nat.PortSet / network.PortSet: map[Port]struct{}. */
  ExposedPorts: map(struct('struct {}', {})),
  Tty: bool,
  OpenStdin: bool,
  StdinOnce: bool,
  Env: slice(string),
  /** StrSlice up to daemon 28, []string from 29. */
  Cmd: strslice,
  Healthcheck: ptr(HealthConfig),
  ArgsEscaped: bool,
  Image: string,
  /** map[string]struct{} */
  Volumes: map(struct('struct {}', {})),
  WorkingDir: string,
  /** StrSlice up to daemon 28, []string from 29. */
  Entrypoint: strslice,
  NetworkDisabled: bool,
  /** Removed in daemon 29 (API < 1.52 still reads it from the raw body, see docs/dev/go-types.md). */
  MacAddress: string,
  OnBuild: slice(string),
  Labels: map(string),
  StopSignal: string,
  StopTimeout: ptr(int),
  /** StrSlice up to daemon 28, []string from 29. */
  Shell: strslice,
});

// ---------------------------------------------------------------------------------------
// api/types/network
// ---------------------------------------------------------------------------------------

/** network.EndpointIPAMConfig (netip.Addr fields from daemon 29). */
export const EndpointIPAMConfig = struct('network.EndpointIPAMConfig', {
  IPv4Address: string,
  IPv6Address: string,
  LinkLocalIPs: slice(string),
});

export const EndpointSettings = struct('network.EndpointSettings', {
  IPAMConfig: ptr(EndpointIPAMConfig),
  Links: slice(string),
  Aliases: slice(string),
  DriverOpts: map(string),
  /** Daemon 28+. */
  GwPriority: int,
  NetworkID: string,
  EndpointID: string,
  Gateway: string,
  IPAddress: string,
  IPPrefixLen: int,
  IPv6Gateway: string,
  GlobalIPv6Address: string,
  GlobalIPv6PrefixLen: int,
  /** string up to 28, network.HardwareAddr (parsed MAC; `null` resets it) from 29. */
  MacAddress: string,
  /** Daemon 25+. */
  DNSNames: slice(string),
});

export const NetworkingConfig = struct('network.NetworkingConfig', {
  EndpointsConfig: map(ptr(EndpointSettings)),
});

export const IPAMConfig = struct('network.IPAMConfig', {
  Subnet: string,
  IPRange: string,
  Gateway: string,
  AuxiliaryAddresses: map(string),
});

export const IPAM = struct('network.IPAM', {
  Driver: string,
  Options: map(string),
  Config: slice(IPAMConfig),
});

export const NetworkConfigReference = struct('network.ConfigReference', { Network: string });

// ---------------------------------------------------------------------------------------
// Container endpoints
// ---------------------------------------------------------------------------------------

/**
 * The body of POST /containers/create.
 *
 * Daemons up to 26.x decode into runconfig.ContainerConfigWrapper: the container Config
 * embedded (`*Config`), the HostConfig under its key, a deprecated top-level `Cpuset`, and a
 * second embedded `*HostConfig` whose fields are read from the top level of the body
 * (`LegacyHostConfig` here). The same wrapper decodes the body of
 * POST /containers/{id}/start on those daemons for API < 1.24.
 * Daemons 27+ decode into container.CreateRequest (`*Config`, `HostConfig`,
 * `NetworkingConfig`): `Cpuset` and the top-level HostConfig fields are unknown keys there.
 */
export const ContainerCreateBody = struct(
  'runconfig.ContainerConfigWrapper',
  { HostConfig: ptr(HostConfig), Cpuset: string, NetworkingConfig: ptr(NetworkingConfig) },
  { Config, LegacyHostConfig: HostConfig },
);

/** The body of POST /containers/{id}/update (container.UpdateConfig: Resources embedded). */
export const ContainerUpdateBody = struct('container.UpdateConfig', { ...resourcesFields, RestartPolicy });

/** The body of POST /containers/{id}/exec (types.ExecConfig ≤ 26, container.ExecOptions 27–28, container.ExecCreateRequest 29+). */
export const ContainerExecBody = struct('container.ExecOptions', {
  User: string,
  Privileged: bool,
  Tty: bool,
  /** *[2]uint, daemon 23+. */
  ConsoleSize: any,
  AttachStdin: bool,
  AttachStderr: bool,
  AttachStdout: bool,
  /** Unused by the daemon; removed in 29. */
  Detach: bool,
  DetachKeys: string,
  Env: slice(string),
  WorkingDir: string,
  /** A plain []string in every version (not a StrSlice). */
  Cmd: slice(string),
});

// ---------------------------------------------------------------------------------------
// Networks: POST /networks/create, POST /networks/{id}/connect
// ---------------------------------------------------------------------------------------

/**
 * The body of POST /networks/create: types.NetworkCreateRequest (20.10: NetworkCreate
 * embedded plus Name), network.CreateRequest in newer trees.
 */
export const NetworkCreateBody = struct('network.CreateRequest', {
  Name: string,
  /** bool up to daemon 26, *bool in 27–28, removed in 29. */
  CheckDuplicate: ptr(bool),
  Driver: string,
  Scope: string,
  /** Daemon 28+ (API 1.48). */
  EnableIPv4: ptr(bool),
  /** bool up to daemon 26, *bool from 27. */
  EnableIPv6: ptr(bool),
  IPAM: ptr(IPAM),
  Internal: bool,
  Attachable: bool,
  Ingress: bool,
  ConfigOnly: bool,
  ConfigFrom: ptr(NetworkConfigReference),
  Options: map(string),
  Labels: map(string),
});

/** The body of POST /networks/{id}/connect (types.NetworkConnect / networkbackend.ConnectRequest). */
export const NetworkConnectBody = struct('network.ConnectRequest', {
  Container: string,
  EndpointConfig: ptr(EndpointSettings),
});

// ---------------------------------------------------------------------------------------
// Volumes: POST /volumes/create
// ---------------------------------------------------------------------------------------

/**
 * The body of POST /volumes/create (volume.VolumeCreateBody in 20.10, volume.CreateOptions /
 * CreateRequest later). ClusterVolumeSpec (daemon 23+, API 1.42) is a struct whose content
 * is not described: the schema keeps only whether it is set (non-nil sends the request to
 * the swarm cluster-volume backend).
 */
export const VolumeCreateBody = struct('volume.CreateOptions', {
  Name: string,
  Driver: string,
  DriverOpts: map(string),
  Labels: map(string),
  ClusterVolumeSpec: ptr(struct('volume.ClusterVolumeSpec', {})),
});

// ---------------------------------------------------------------------------------------
// Plugins: POST /plugins/pull, POST /plugins/{name}/upgrade
// ---------------------------------------------------------------------------------------

/**
 * One element of the body of POST /plugins/pull and /plugins/{name}/upgrade. The body
 * itself is a JSON array (types.PluginPrivileges / plugin.Privileges = []PluginPrivilege),
 * which decodeGoJSON (struct bodies only) cannot take as a whole: decode it as
 * `PluginPrivileges` once the decoder accepts a top-level slice, or element by element.
 */
export const PluginPrivilege = struct('types.PluginPrivilege', {
  Name: string,
  Description: string,
  Value: slice(string),
});
export const PluginPrivileges = slice(PluginPrivilege);

// ---------------------------------------------------------------------------------------
// Swarm: api/types/swarm
// ---------------------------------------------------------------------------------------

/** swarm.Driver */
export const SwarmDriver = struct('swarm.Driver', { Name: string, Options: map(string) });

export const SELinuxContext = struct('swarm.SELinuxContext', {
  Disable: bool,
  User: string,
  Role: string,
  Type: string,
  Level: string,
});

export const CredentialSpec = struct('swarm.CredentialSpec', { Config: string, File: string, Registry: string });

export const SeccompOpts = struct('swarm.SeccompOpts', {
  Mode: string,
  /** []byte: the profile's JSON text, base64 in a string (or an array of numbers 0-255). */
  Profile: bytes,
});

export const AppArmorOpts = struct('swarm.AppArmorOpts', { Mode: string });

export const Privileges = struct('swarm.Privileges', {
  CredentialSpec: ptr(CredentialSpec),
  SELinuxContext: ptr(SELinuxContext),
  /** Daemon 25+ (API 1.44). */
  Seccomp: ptr(SeccompOpts),
  /** Daemon 25+ (API 1.44). */
  AppArmor: ptr(AppArmorOpts),
  /** Daemon 25+ (API 1.44). */
  NoNewPrivileges: bool,
});

export const SwarmDNSConfig = struct('swarm.DNSConfig', {
  /** []string up to 28, []netip.Addr from 29. */
  Nameservers: slice(string),
  Search: slice(string),
  Options: slice(string),
});

const fileTargetFields = { Name: string, UID: string, GID: string, /** os.FileMode */ Mode: uint32 } as const;

export const SecretReference = struct('swarm.SecretReference', {
  File: ptr(struct('swarm.SecretReferenceFileTarget', fileTargetFields)),
  SecretID: string,
  SecretName: string,
});

export const ConfigReference = struct('swarm.ConfigReference', {
  File: ptr(struct('swarm.ConfigReferenceFileTarget', fileTargetFields)),
  Runtime: ptr(struct('swarm.ConfigReferenceRuntimeTarget', {})),
  ConfigID: string,
  ConfigName: string,
});

export const ContainerSpec = struct('swarm.ContainerSpec', {
  Image: string,
  Labels: map(string),
  Command: slice(string),
  Args: slice(string),
  Hostname: string,
  Env: slice(string),
  Dir: string,
  User: string,
  Groups: slice(string),
  Privileges: ptr(Privileges),
  Init: ptr(bool),
  StopSignal: string,
  TTY: bool,
  OpenStdin: bool,
  ReadOnly: bool,
  Mounts: slice(Mount),
  /** *time.Duration */
  StopGracePeriod: ptr(int64),
  Healthcheck: ptr(HealthConfig),
  Hosts: slice(string),
  DNSConfig: ptr(SwarmDNSConfig),
  Secrets: slice(ptr(SecretReference)),
  Configs: slice(ptr(ConfigReference)),
  Isolation: string,
  Sysctls: map(string),
  CapabilityAdd: slice(string),
  CapabilityDrop: slice(string),
  Ulimits: slice(ptr(Ulimit)),
  /** Daemon 27+ (API 1.46). */
  OomScoreAdj: int64,
});

/** swarm.RuntimeSpec (runtime.PluginSpec in 20.10; protobuf-generated, lower-case JSON names). */
export const SwarmPluginSpec = struct('swarm.RuntimeSpec', {
  name: string,
  remote: string,
  privileges: slice(ptr(struct('swarm.RuntimePrivilege', { name: string, description: string, value: slice(string) }))),
  disabled: bool,
  env: slice(string),
});

export const GenericResource = struct('swarm.GenericResource', {
  NamedResourceSpec: ptr(struct('swarm.NamedGenericResource', { Kind: string, Value: string })),
  DiscreteResourceSpec: ptr(struct('swarm.DiscreteGenericResource', { Kind: string, Value: int64 })),
});

export const SwarmLimit = struct('swarm.Limit', { NanoCPUs: int64, MemoryBytes: int64, Pids: int64 });

export const SwarmResources = struct('swarm.Resources', {
  NanoCPUs: int64,
  MemoryBytes: int64,
  GenericResources: slice(GenericResource),
});

export const ResourceRequirements = struct('swarm.ResourceRequirements', {
  Limits: ptr(SwarmLimit),
  Reservations: ptr(SwarmResources),
  /** Daemon 29+ (API 1.52). */
  SwapBytes: ptr(int64),
  /** Daemon 29+ (API 1.52). */
  MemorySwappiness: ptr(int64),
});

/** swarm.RestartPolicy: Delay and Window are *time.Duration (int64 ns), MaxAttempts *uint64. */
export const SwarmRestartPolicy = struct('swarm.RestartPolicy', {
  Condition: string,
  Delay: ptr(int64),
  MaxAttempts: ptr(uint64),
  Window: ptr(int64),
});

export const Placement = struct('swarm.Placement', {
  Constraints: slice(string),
  Preferences: slice(struct('swarm.PlacementPreference', {
    Spread: ptr(struct('swarm.SpreadOver', { SpreadDescriptor: string })),
  })),
  MaxReplicas: uint64,
  Platforms: slice(struct('swarm.Platform', { Architecture: string, OS: string })),
});

export const NetworkAttachmentConfig = struct('swarm.NetworkAttachmentConfig', {
  Target: string,
  Aliases: slice(string),
  DriverOpts: map(string),
});

export const TaskSpec = struct('swarm.TaskSpec', {
  ContainerSpec: ptr(ContainerSpec),
  PluginSpec: ptr(SwarmPluginSpec),
  NetworkAttachmentSpec: ptr(struct('swarm.NetworkAttachmentSpec', { ContainerID: string })),
  Resources: ptr(ResourceRequirements),
  RestartPolicy: ptr(SwarmRestartPolicy),
  Placement: ptr(Placement),
  Networks: slice(NetworkAttachmentConfig),
  LogDriver: ptr(SwarmDriver),
  ForceUpdate: uint64,
  Runtime: string,
});

export const ServiceMode = struct('swarm.ServiceMode', {
  Replicated: ptr(struct('swarm.ReplicatedService', { Replicas: ptr(uint64) })),
  Global: ptr(struct('swarm.GlobalService', {})),
  ReplicatedJob: ptr(struct('swarm.ReplicatedJob', { MaxConcurrent: ptr(uint64), TotalCompletions: ptr(uint64) })),
  GlobalJob: ptr(struct('swarm.GlobalJob', {})),
});

/** swarm.UpdateConfig (service update/rollback settings); Delay/Monitor are time.Duration. */
export const SwarmUpdateConfig = struct('swarm.UpdateConfig', {
  Parallelism: uint64,
  Delay: int64,
  FailureAction: string,
  Monitor: int64,
  /** float32 in Go. */
  MaxFailureRatio: float32,
  Order: string,
});

export const PortConfig = struct('swarm.PortConfig', {
  Name: string,
  Protocol: string,
  TargetPort: uint32,
  PublishedPort: uint32,
  PublishMode: string,
});

export const EndpointSpec = struct('swarm.EndpointSpec', {
  Mode: string,
  Ports: slice(PortConfig),
});

/**
 * The body of POST /services/create and POST /services/{id}/update: swarm.ServiceSpec
 * (Annotations embedded: Name, Labels). The deprecated top-level `Networks` is a
 * ServiceSpec field up to daemon 28 (passed on to swarmkit as the service's networks);
 * from 29 it is a field of the router's serviceWithLegacy wrapper, copied into
 * TaskTemplate.Networks for API < 1.44 when TaskTemplate.Networks is empty, else ignored.
 */
export const ServiceSpecBody = struct('swarm.ServiceSpec', {
  Name: string,
  Labels: map(string),
  TaskTemplate: TaskSpec,
  Mode: ServiceMode,
  UpdateConfig: ptr(SwarmUpdateConfig),
  RollbackConfig: ptr(SwarmUpdateConfig),
  Networks: slice(NetworkAttachmentConfig),
  EndpointSpec: ptr(EndpointSpec),
});

/** swarm.Spec (Annotations embedded). */
export const SwarmSpec = struct('swarm.Spec', {
  Name: string,
  Labels: map(string),
  Orchestration: struct('swarm.OrchestrationConfig', { TaskHistoryRetentionLimit: ptr(int64) }),
  Raft: struct('swarm.RaftConfig', {
    SnapshotInterval: uint64,
    KeepOldSnapshots: ptr(uint64),
    LogEntriesForSlowFollowers: uint64,
    ElectionTick: int,
    HeartbeatTick: int,
  }),
  Dispatcher: struct('swarm.DispatcherConfig', { HeartbeatPeriod: int64 }),
  CAConfig: struct('swarm.CAConfig', {
    NodeCertExpiry: int64,
    ExternalCAs: slice(ptr(struct('swarm.ExternalCA', {
      Protocol: string,
      URL: string,
      Options: map(string),
      CACert: string,
    }))),
    SigningCACert: string,
    SigningCAKey: string,
    ForceRotate: uint64,
  }),
  TaskDefaults: struct('swarm.TaskDefaults', { LogDriver: ptr(SwarmDriver) }),
  EncryptionConfig: struct('swarm.EncryptionConfig', { AutoLockManagers: bool }),
});

/** The body of POST /swarm/init (swarm.InitRequest). */
export const SwarmInitBody = struct('swarm.InitRequest', {
  ListenAddr: string,
  AdvertiseAddr: string,
  DataPathAddr: string,
  DataPathPort: uint32,
  ForceNewCluster: bool,
  Spec: SwarmSpec,
  AutoLockManagers: bool,
  Availability: string,
  /** []string up to 28, []netip.Prefix from 29. */
  DefaultAddrPool: slice(string),
  SubnetSize: uint32,
});

/** The body of POST /swarm/join (swarm.JoinRequest). */
export const SwarmJoinBody = struct('swarm.JoinRequest', {
  ListenAddr: string,
  AdvertiseAddr: string,
  DataPathAddr: string,
  RemoteAddrs: slice(string),
  JoinToken: string,
  Availability: string,
});

export type RestartPolicyValue = Infer<typeof RestartPolicy>;
export type MountValue = Infer<typeof Mount>;
export type HostConfigValue = Infer<typeof HostConfig>;
export type ConfigValue = Infer<typeof Config>;
export type HealthConfigValue = Infer<typeof HealthConfig>;
export type UlimitValue = Infer<typeof Ulimit>;
export type EndpointSettingsValue = Infer<typeof EndpointSettings>;
export type ContainerCreateValue = Infer<typeof ContainerCreateBody>;
export type ContainerUpdateValue = Infer<typeof ContainerUpdateBody>;
export type ContainerExecValue = Infer<typeof ContainerExecBody>;
export type ContainerSpecValue = Infer<typeof ContainerSpec>;
export type TaskSpecValue = Infer<typeof TaskSpec>;
export type ServiceSpecBodyValue = Infer<typeof ServiceSpecBody>;
export type NetworkAttachmentConfigValue = Infer<typeof NetworkAttachmentConfig>;
export type VolumeCreateBodyValue = Infer<typeof VolumeCreateBody>;
export type SwarmInitBodyValue = Infer<typeof SwarmInitBody>;
export type SwarmJoinBodyValue = Infer<typeof SwarmJoinBody>;
export type NetworkCreateBodyValue = Infer<typeof NetworkCreateBody>;
export type NetworkConnectBodyValue = Infer<typeof NetworkConnectBody>;
export type PluginPrivilegeValue = Infer<typeof PluginPrivilege>;
export type PluginPrivilegesValue = Infer<typeof PluginPrivileges>;
