package main

// Docker Engine API request types, with the shapes moby declares them (api/types/container,
// mount, network, swarm, runconfig; docker 20.10 to 29.x, the union of fields, like
// src/request/docker-types.ts). Only the standard library is used, so named types such as
// container.NetworkMode, nat.Port or swarm.RuntimeType, which have no JSON methods, are
// written as their underlying types. The one type with an UnmarshalJSON method, StrSlice,
// is a type parameter S: StrSlice for daemons up to 28.x, []string for 29+.
//
// An embedded struct pointer carries a `dg` tag naming the holder property that
// src/request/gojson gives it (encoding/json ignores that tag).

import (
	"os"
	"time"
)

type RestartPolicy struct {
	Name              string
	MaximumRetryCount int
}

type PortBinding struct {
	HostIP   string `json:"HostIp"`
	HostPort string
}

type DeviceMapping struct {
	PathOnHost        string
	PathInContainer   string
	CgroupPermissions string
}

type DeviceRequest struct {
	Driver       string
	Count        int
	DeviceIDs    []string
	Capabilities [][]string
	Options      map[string]string
}

type Ulimit struct {
	Name string
	Hard int64
	Soft int64
}

type WeightDevice struct {
	Path   string
	Weight uint16
}

type ThrottleDevice struct {
	Path string
	Rate uint64
}

type MountDriver struct {
	Name    string            `json:",omitempty"`
	Options map[string]string `json:",omitempty"`
}

type BindOptions struct {
	Propagation            string `json:",omitempty"`
	NonRecursive           bool   `json:",omitempty"`
	CreateMountpoint       bool   `json:",omitempty"`
	ReadOnlyNonRecursive   bool   `json:",omitempty"`
	ReadOnlyForceRecursive bool   `json:",omitempty"`
}

type VolumeOptions struct {
	NoCopy       bool              `json:",omitempty"`
	Labels       map[string]string `json:",omitempty"`
	Subpath      string            `json:",omitempty"`
	DriverConfig *MountDriver      `json:",omitempty"`
}

type ImageOptions struct {
	Subpath string `json:",omitempty"`
}

type TmpfsOptions struct {
	SizeBytes int64       `json:",omitempty"`
	Mode      os.FileMode `json:",omitempty"`
	Options   [][]string  `json:",omitempty"`
}

type ClusterOptions struct{}

type Mount struct {
	Type           string          `json:",omitempty"`
	Source         string          `json:",omitempty"`
	Target         string          `json:",omitempty"`
	ReadOnly       bool            `json:",omitempty"`
	Consistency    string          `json:",omitempty"`
	BindOptions    *BindOptions    `json:",omitempty"`
	VolumeOptions  *VolumeOptions  `json:",omitempty"`
	ImageOptions   *ImageOptions   `json:",omitempty"`
	TmpfsOptions   *TmpfsOptions   `json:",omitempty"`
	ClusterOptions *ClusterOptions `json:",omitempty"`
}

type Resources struct {
	CPUShares            int64 `json:"CpuShares"`
	Memory               int64
	NanoCPUs             int64 `json:"NanoCpus"`
	CgroupParent         string
	BlkioWeight          uint16
	BlkioWeightDevice    []*WeightDevice
	BlkioDeviceReadBps   []*ThrottleDevice
	BlkioDeviceWriteBps  []*ThrottleDevice
	BlkioDeviceReadIOps  []*ThrottleDevice
	BlkioDeviceWriteIOps []*ThrottleDevice
	CPUPeriod            int64 `json:"CpuPeriod"`
	CPUQuota             int64 `json:"CpuQuota"`
	CPURealtimePeriod    int64 `json:"CpuRealtimePeriod"`
	CPURealtimeRuntime   int64 `json:"CpuRealtimeRuntime"`
	CpusetCpus           string
	CpusetMems           string
	Devices              []DeviceMapping
	DeviceCgroupRules    []string
	DeviceRequests       []DeviceRequest
	KernelMemory         int64
	KernelMemoryTCP      int64
	MemoryReservation    int64
	MemorySwap           int64
	MemorySwappiness     *int64
	OomKillDisable       *bool
	PidsLimit            *int64
	Ulimits              []*Ulimit
	CPUCount             int64 `json:"CpuCount"`
	CPUPercent           int64 `json:"CpuPercent"`
	IOMaximumIOps        uint64
	IOMaximumBandwidth   uint64
}

type LogConfig struct {
	Type   string
	Config map[string]string
}

type HostConfig[S any] struct {
	Binds           []string
	ContainerIDFile string
	LogConfig       LogConfig
	NetworkMode     string
	PortBindings    map[string][]PortBinding
	RestartPolicy   RestartPolicy
	AutoRemove      bool
	VolumeDriver    string
	VolumesFrom     []string
	ConsoleSize     [2]uint
	Annotations     map[string]string `json:",omitempty"`

	CapAdd          S
	CapDrop         S
	CgroupnsMode    string
	DNS             []string `json:"Dns"`
	DNSOptions      []string `json:"DnsOptions"`
	DNSSearch       []string `json:"DnsSearch"`
	ExtraHosts      []string
	GroupAdd        []string
	IpcMode         string
	Cgroup          string
	Links           []string
	OomScoreAdj     int
	PidMode         string
	Privileged      bool
	PublishAllPorts bool
	ReadonlyRootfs  bool
	SecurityOpt     []string
	StorageOpt      map[string]string `json:",omitempty"`
	Tmpfs           map[string]string `json:",omitempty"`
	UTSMode         string
	UsernsMode      string
	ShmSize         int64
	Sysctls         map[string]string `json:",omitempty"`
	Runtime         string            `json:",omitempty"`
	Isolation       string

	Resources

	Mounts        []Mount `json:",omitempty"`
	MaskedPaths   []string
	ReadonlyPaths []string
	Init          *bool `json:",omitempty"`
}

type HealthConfig struct {
	Test          []string      `json:",omitempty"`
	Interval      time.Duration `json:",omitempty"`
	Timeout       time.Duration `json:",omitempty"`
	StartPeriod   time.Duration `json:",omitempty"`
	StartInterval time.Duration `json:",omitempty"`
	Retries       int           `json:",omitempty"`
}

type Config[S any] struct {
	Hostname        string
	Domainname      string
	User            string
	AttachStdin     bool
	AttachStdout    bool
	AttachStderr    bool
	ExposedPorts    map[string]struct{} `json:",omitempty"`
	Tty             bool
	OpenStdin       bool
	StdinOnce       bool
	Env             []string
	Cmd             S
	Healthcheck     *HealthConfig `json:",omitempty"`
	ArgsEscaped     bool          `json:",omitempty"`
	Image           string
	Volumes         map[string]struct{}
	WorkingDir      string
	Entrypoint      S
	NetworkDisabled bool   `json:",omitempty"`
	MacAddress      string `json:",omitempty"`
	OnBuild         []string
	Labels          map[string]string
	StopSignal      string `json:",omitempty"`
	StopTimeout     *int   `json:",omitempty"`
	Shell           S      `json:",omitempty"`
}

type EndpointIPAMConfig struct {
	IPv4Address  string   `json:",omitempty"`
	IPv6Address  string   `json:",omitempty"`
	LinkLocalIPs []string `json:",omitempty"`
}

type EndpointSettings struct {
	IPAMConfig          *EndpointIPAMConfig
	Links               []string
	Aliases             []string
	DriverOpts          map[string]string
	GwPriority          int
	NetworkID           string
	EndpointID          string
	Gateway             string
	IPAddress           string
	IPPrefixLen         int
	IPv6Gateway         string
	GlobalIPv6Address   string
	GlobalIPv6PrefixLen int
	MacAddress          string
	DNSNames            []string
}

type NetworkingConfig struct {
	EndpointsConfig map[string]*EndpointSettings
}

// CreateBody is runconfig.ContainerConfigWrapper (daemons up to 26.x), the body of
// POST /containers/create.
type CreateBody[S any] struct {
	*Config[S]       `dg:"Config"`
	InnerHostConfig  *HostConfig[S]    `json:"HostConfig,omitempty"`
	Cpuset           string            `json:",omitempty"`
	NetworkingConfig *NetworkingConfig `json:"NetworkingConfig,omitempty"`
	*HostConfig[S]   `dg:"LegacyHostConfig"`
}

// UpdateBody is container.UpdateConfig, the body of POST /containers/{id}/update.
type UpdateBody struct {
	Resources
	RestartPolicy RestartPolicy
}

// ExecBody is types.ExecConfig / container.ExecOptions, the body of POST /containers/{id}/exec.
type ExecBody struct {
	User         string
	Privileged   bool
	Tty          bool
	ConsoleSize  *[2]uint `json:",omitempty"`
	AttachStdin  bool
	AttachStderr bool
	AttachStdout bool
	Detach       bool
	DetachKeys   string
	Env          []string
	WorkingDir   string
	Cmd          []string
}

// ---- swarm (api/types/swarm)

type SwarmDriver struct {
	Name    string            `json:",omitempty"`
	Options map[string]string `json:",omitempty"`
}

type SELinuxContext struct {
	Disable bool
	User    string
	Role    string
	Type    string
	Level   string
}

type CredentialSpec struct {
	Config   string
	File     string
	Registry string
}

type SeccompOpts struct {
	Mode    string `json:",omitempty"`
	Profile []byte `json:",omitempty"`
}

type AppArmorOpts struct {
	Mode string `json:",omitempty"`
}

type Privileges struct {
	CredentialSpec  *CredentialSpec
	SELinuxContext  *SELinuxContext
	Seccomp         *SeccompOpts  `json:",omitempty"`
	AppArmor        *AppArmorOpts `json:",omitempty"`
	NoNewPrivileges bool
}

type SwarmDNSConfig struct {
	Nameservers []string `json:",omitempty"`
	Search      []string `json:",omitempty"`
	Options     []string `json:",omitempty"`
}

type SecretReferenceFileTarget struct {
	Name string
	UID  string
	GID  string
	Mode os.FileMode
}

type SecretReference struct {
	File       *SecretReferenceFileTarget
	SecretID   string
	SecretName string
}

type ConfigReferenceRuntimeTarget struct{}

type ConfigReference struct {
	File       *SecretReferenceFileTarget    `json:",omitempty"`
	Runtime    *ConfigReferenceRuntimeTarget `json:",omitempty"`
	ConfigID   string
	ConfigName string
}

type ContainerSpec struct {
	Image           string             `json:",omitempty"`
	Labels          map[string]string  `json:",omitempty"`
	Command         []string           `json:",omitempty"`
	Args            []string           `json:",omitempty"`
	Hostname        string             `json:",omitempty"`
	Env             []string           `json:",omitempty"`
	Dir             string             `json:",omitempty"`
	User            string             `json:",omitempty"`
	Groups          []string           `json:",omitempty"`
	Privileges      *Privileges        `json:",omitempty"`
	Init            *bool              `json:",omitempty"`
	StopSignal      string             `json:",omitempty"`
	TTY             bool               `json:",omitempty"`
	OpenStdin       bool               `json:",omitempty"`
	ReadOnly        bool               `json:",omitempty"`
	Mounts          []Mount            `json:",omitempty"`
	StopGracePeriod *time.Duration     `json:",omitempty"`
	Healthcheck     *HealthConfig      `json:",omitempty"`
	Hosts           []string           `json:",omitempty"`
	DNSConfig       *SwarmDNSConfig    `json:",omitempty"`
	Secrets         []*SecretReference `json:",omitempty"`
	Configs         []*ConfigReference `json:",omitempty"`
	Isolation       string             `json:",omitempty"`
	Sysctls         map[string]string  `json:",omitempty"`
	CapabilityAdd   []string           `json:",omitempty"`
	CapabilityDrop  []string           `json:",omitempty"`
	Ulimits         []*Ulimit          `json:",omitempty"`
	OomScoreAdj     int64              `json:",omitempty"`
}

type RuntimePrivilege struct {
	Name        string   `json:"name,omitempty"`
	Description string   `json:"description,omitempty"`
	Value       []string `json:"value,omitempty"`
}

// RuntimeSpec is swarm.RuntimeSpec (runtime.PluginSpec in 20.10, protobuf-generated).
type RuntimeSpec struct {
	Name       string              `json:"name,omitempty"`
	Remote     string              `json:"remote,omitempty"`
	Privileges []*RuntimePrivilege `json:"privileges,omitempty"`
	Disabled   bool                `json:"disabled,omitempty"`
	Env        []string            `json:"env,omitempty"`
}

type NamedGenericResource struct {
	Kind  string `json:",omitempty"`
	Value string `json:",omitempty"`
}

type DiscreteGenericResource struct {
	Kind  string `json:",omitempty"`
	Value int64  `json:",omitempty"`
}

type GenericResource struct {
	NamedResourceSpec    *NamedGenericResource    `json:",omitempty"`
	DiscreteResourceSpec *DiscreteGenericResource `json:",omitempty"`
}

type SwarmLimit struct {
	NanoCPUs    int64 `json:",omitempty"`
	MemoryBytes int64 `json:",omitempty"`
	Pids        int64 `json:",omitempty"`
}

type SwarmResources struct {
	NanoCPUs         int64             `json:",omitempty"`
	MemoryBytes      int64             `json:",omitempty"`
	GenericResources []GenericResource `json:",omitempty"`
}

type ResourceRequirements struct {
	Limits           *SwarmLimit     `json:",omitempty"`
	Reservations     *SwarmResources `json:",omitempty"`
	SwapBytes        *int64          `json:",omitempty"`
	MemorySwappiness *int64          `json:",omitempty"`
}

type SwarmRestartPolicy struct {
	Condition   string         `json:",omitempty"`
	Delay       *time.Duration `json:",omitempty"`
	MaxAttempts *uint64        `json:",omitempty"`
	Window      *time.Duration `json:",omitempty"`
}

type SpreadOver struct {
	SpreadDescriptor string
}

type PlacementPreference struct {
	Spread *SpreadOver
}

type Platform struct {
	Architecture string `json:",omitempty"`
	OS           string `json:",omitempty"`
}

type Placement struct {
	Constraints []string              `json:",omitempty"`
	Preferences []PlacementPreference `json:",omitempty"`
	MaxReplicas uint64                `json:",omitempty"`
	Platforms   []Platform            `json:",omitempty"`
}

type NetworkAttachmentConfig struct {
	Target     string            `json:",omitempty"`
	Aliases    []string          `json:",omitempty"`
	DriverOpts map[string]string `json:",omitempty"`
}

type NetworkAttachmentSpec struct {
	ContainerID string
}

type TaskSpec struct {
	ContainerSpec         *ContainerSpec            `json:",omitempty"`
	PluginSpec            *RuntimeSpec              `json:",omitempty"`
	NetworkAttachmentSpec *NetworkAttachmentSpec    `json:",omitempty"`
	Resources             *ResourceRequirements     `json:",omitempty"`
	RestartPolicy         *SwarmRestartPolicy       `json:",omitempty"`
	Placement             *Placement                `json:",omitempty"`
	Networks              []NetworkAttachmentConfig `json:",omitempty"`
	LogDriver             *SwarmDriver              `json:",omitempty"`
	ForceUpdate           uint64
	Runtime               string `json:",omitempty"`
}

type ReplicatedService struct {
	Replicas *uint64 `json:",omitempty"`
}

type GlobalService struct{}

type ReplicatedJob struct {
	MaxConcurrent    *uint64 `json:",omitempty"`
	TotalCompletions *uint64 `json:",omitempty"`
}

type GlobalJob struct{}

type ServiceMode struct {
	Replicated    *ReplicatedService `json:",omitempty"`
	Global        *GlobalService     `json:",omitempty"`
	ReplicatedJob *ReplicatedJob     `json:",omitempty"`
	GlobalJob     *GlobalJob         `json:",omitempty"`
}

type SwarmUpdateConfig struct {
	Parallelism     uint64
	Delay           time.Duration `json:",omitempty"`
	FailureAction   string        `json:",omitempty"`
	Monitor         time.Duration `json:",omitempty"`
	MaxFailureRatio float32
	Order           string
}

type PortConfig struct {
	Name          string `json:",omitempty"`
	Protocol      string `json:",omitempty"`
	TargetPort    uint32 `json:",omitempty"`
	PublishedPort uint32 `json:",omitempty"`
	PublishMode   string `json:",omitempty"`
}

type EndpointSpec struct {
	Mode  string       `json:",omitempty"`
	Ports []PortConfig `json:",omitempty"`
}

type Annotations struct {
	Name   string            `json:",omitempty"`
	Labels map[string]string `json:"Labels"`
}

// ServiceBody is swarm.ServiceSpec, the body of POST /services/create and /services/{id}/update.
type ServiceBody struct {
	Annotations
	TaskTemplate   TaskSpec                  `json:",omitempty"`
	Mode           ServiceMode               `json:",omitempty"`
	UpdateConfig   *SwarmUpdateConfig        `json:",omitempty"`
	RollbackConfig *SwarmUpdateConfig        `json:",omitempty"`
	Networks       []NetworkAttachmentConfig `json:",omitempty"`
	EndpointSpec   *EndpointSpec             `json:",omitempty"`
}

// Floats checks dockgate's float64 and float32 parsing (schema.ts float64 / float32).
type Floats struct {
	F64 float64
	F32 float32
}
