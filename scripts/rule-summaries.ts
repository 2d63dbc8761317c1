/**
 * The "checks" column of the README rule table (and the CIS numbers some findings cite besides
 * the rule's own), by rule id, for the rules whose metadata has no `summary` yet.
 *
 * Transitional: moved here from README.md when `npm run gen` began to write the rule table
 * (issue 15), while the rule files were being converted to `create` and could not be edited.
 * A rule's `meta.summary` wins over its line here; once every rule has one, this file goes.
 * test/unit/scripts/gen.test.ts fails on a line here for a rule that does not exist, on a line
 * for a rule whose metadata already has a summary, and on a rule with neither.
 */
export interface ReadmeLine {
  /** What the rule checks, one line of Markdown. */
  readonly checks: string;
  /** CIS recommendations some of the rule's findings cite (Finding.cis), shown after the rule's own. */
  readonly alsoCis?: readonly string[];
}

export const RULE_SUMMARIES: Readonly<Record<string, ReadmeLine>> = {
  'privileged': { checks: "`HostConfig.Privileged` on create, `Privileged` on exec", alsoCis: ['5.23'] },
  'host-network': { checks: "`NetworkMode` `host`; `container:<id>` unless `allowContainerMode`; service network targets that are (or may be) the host network: IDs learned from the daemon's answers to the CLI's network lookups (overlay networks pass), `hostNetworkIds`, unknown IDs denied" },
  'seccomp-unconfined': { checks: "`SecurityOpt` `seccomp=unconfined` / `seccomp:unconfined`; inline profiles that let through any syscall Docker's default profile blocks for the container (by name, argument condition or default action; `allowedSyscalls` adds names), empty or unreadable profiles; service seccomp mode `unconfined`, and `custom` profiles judged the same way (API 1.44+: older API versions and 20.10 ignore the field), unknown modes" },
  'apparmor-unconfined': { checks: "`SecurityOpt` `apparmor=unconfined` / `apparmor:unconfined`, and any host profile outside `allowedProfiles` (default `docker-default`); service AppArmor mode `disabled` or unknown (API 1.44+: older API versions and 20.10 ignore the field)" },
  'memory-limit': { checks: "create without `Memory` > 0; above `max`; update to a negative or above-`max` value; service without `Limits.MemoryBytes`" },
  'restart-policy': { checks: "`always`, `unless-stopped`, `on-failure` with no limit or more than `maxRetries` (5), on create and update; service restart condition `any`/`on-failure` unlimited or windowed" },
  'host-pid': { checks: "`PidMode` `host`; `container:<id>` unless `allowContainerMode`" },
  'host-ipc': { checks: "`IpcMode` `host`; `container:<id>` unless `allowContainerMode`" },
  'host-uts': { checks: "`UTSMode` `host`" },
  'host-userns': { checks: "`UsernsMode` `host`" },
  'host-cgroupns': { checks: "`CgroupnsMode` `host`" },
  'capabilities': { checks: "`CapAdd` / service `CapabilityAdd` outside `allowed` (Docker's default set), normalised like the daemon; `ALL` always" },
  'sensitive-mounts': { checks: "host paths outside the data roots (`/home`, `/srv`, `/data`, `/mnt`, `/media`), as written and where they resolve on the host (symlinks followed), in `Binds`, `Mounts`, service mounts and local-driver volumes (bind `device`, overlay folders, disk filesystems only on listed block devices; create, services, `POST /volumes/create`), again at start; unresolvable paths; kernel-filesystem volumes; `VolumesFrom`; strict mode" },
  'docker-socket': { checks: "the Docker or containerd socket, or a folder above it, mounted in any of those ways, as written, where the path resolves, or the same socket file under another name" },
  'mount-propagation': { checks: "bind propagation `shared` / `rshared`" },
  'host-devices': { checks: "`Devices`, `DeviceCgroupRules`, `DeviceRequests` (`--gpus`)" },
  'selinux-unconfined': { checks: "`label=disable` (`label:disable`, bare `disable`), `label=type:spc_t`; service SELinux `Disable`" },
  'systempaths-unconfined': { checks: "`MaskedPaths` / `ReadonlyPaths` set to `[]` (`systempaths=unconfined`) or missing a default path" },
  'security-opt-allowlist': { checks: "every `SecurityOpt` entry: only `seccomp`, `apparmor`, `label` (`disable`, or options in `allowedLabels`), `no-new-privileges[=bool]`, `writable-cgroups=false`; bare or true `writable-cgroups` and unknown keys are named; service `SELinuxContext` user/role/type/level outside `allowedLabels`", alsoCis: ['5.25'] },
  'build-options': { checks: "`POST /build?networkmode=host` (or `container:`), `cgroupparent`" },
  'buildkit-entitlements': { checks: "BuildKit (`POST /session`, `POST /grpc`) unless the daemon's daemon.json (read by dockgate: `--daemon-config`, default `/etc/docker/daemon.json` under the host root) sets `\"builder\": {\"entitlements\": {\"network-host\": false}}` and grants no insecure entitlement" },
  'plugin-install': { checks: "plugin pull, upgrade, enable outside the `allowed` list; plugin create; service `PluginSpec`" },
  'self-protection': { checks: "disable, rm, set, upgrade of dockgate itself under any reference (its names, the authorization plugins daemon.json names, ID, ID prefix), of any authorization plugin that may be in the daemon's chain, and of plugins dockgate knows nothing of (learned from `docker plugin ls`, `docker info` and daemon.json; `otherPlugins` lifts unknown ones), except by `adminUsers`" },
  'swarm-join': { checks: "`POST /swarm/join` to managers outside `allowedManagers`" },
  'swarm-init': { checks: "`POST /swarm/init`" },
  'service-rollback': { checks: "`POST /services/{id}/update?rollback=previous` (applies a spec dockgate cannot see)" },
  'exec-root-user': { checks: "exec `User` root, `0`, `0:0`, `root:grp`, `:grp`" },
  'read-only-rootfs': { checks: "no `ReadonlyRootfs` (service `ReadOnly`)" },
  'pids-limit': { checks: "no `PidsLimit` (create, update to unlimited, service `Limits.Pids`)" },
  'no-new-privileges': { checks: "`SecurityOpt` without `no-new-privileges` (service `NoNewPrivileges`)" },
  'health-check': { checks: "`Healthcheck.Test` `[\"NONE\"]` (`--no-healthcheck`)" },
  'image-tag': { checks: "image without a tag or with `latest` (and no digest); any tag with `requireDigest`" },
  'privileged-ports': { checks: "host ports below 1024 (`PortBindings`, service `PublishedPort`)" },
  'port-all-interfaces': { checks: "published ports on `0.0.0.0` / `::` / empty `HostIp`; service ports" },
  'publish-all-ports': { checks: "`PublishAllPorts` (`-P`)" },
  'cpu-limit': { checks: "no `NanoCpus`, `CpuQuota` or `CpuShares` (service `Limits.NanoCPUs`)" },
  'ulimits': { checks: "`Ulimits` not in `allowed`" },
  'default-bridge': { checks: "`NetworkMode` empty, `default` or `bridge`" },
  'sysctls': { checks: "`Sysctls` outside a safe list (Kubernetes' safe set)" },
  'network-parent': { checks: "`POST /networks/create` with a `parent` driver option (macvlan/ipvlan on a host interface), or macvlan/ipvlan `--config-from` a network dockgate cannot see" },
  'sshd': { checks: "`sshd` in `Cmd` / `Entrypoint` (heuristic)" },
  'cgroup-parent': { checks: "`CgroupParent` not in `allowed`" },
  'unverified-start': { checks: "start or restart of a container dockgate did not see created (its host paths were never judged)" },
};
