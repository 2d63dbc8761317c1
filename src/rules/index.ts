/** Every built-in rule, by id. A rule's file, test and doc are named by its id. */
import type { AnyRule } from '../core/rule.js';
import apparmorUnconfined from './apparmor-unconfined.js';
import buildOptions from './build-options.js';
import buildkitEntitlements from './buildkit-entitlements.js';
import capabilities from './capabilities.js';
import cgroupParent from './cgroup-parent.js';
import cpuLimit from './cpu-limit.js';
import defaultBridge from './default-bridge.js';
import dockerSocket from './docker-socket.js';
import execRootUser from './exec-root-user.js';
import healthCheck from './health-check.js';
import hostCgroupns from './host-cgroupns.js';
import hostDevices from './host-devices.js';
import hostIpc from './host-ipc.js';
import hostNetwork from './host-network.js';
import hostPid from './host-pid.js';
import hostUserns from './host-userns.js';
import hostUts from './host-uts.js';
import imageTag from './image-tag.js';
import memoryLimit from './memory-limit.js';
import mountPropagation from './mount-propagation.js';
import networkParent from './network-parent.js';
import noNewPrivileges from './no-new-privileges.js';
import pidsLimit from './pids-limit.js';
import pluginInstall from './plugin-install.js';
import portAllInterfaces from './port-all-interfaces.js';
import privileged from './privileged.js';
import privilegedPorts from './privileged-ports.js';
import publishAllPorts from './publish-all-ports.js';
import readOnlyRootfs from './read-only-rootfs.js';
import restartPolicy from './restart-policy.js';
import seccompUnconfined from './seccomp-unconfined.js';
import securityOptAllowlist from './security-opt-allowlist.js';
import selfProtection from './self-protection.js';
import selinuxUnconfined from './selinux-unconfined.js';
import sensitiveMounts from './sensitive-mounts.js';
import serviceRollback from './service-rollback.js';
import sshd from './sshd.js';
import swarmInit from './swarm-init.js';
import swarmJoin from './swarm-join.js';
import sysctls from './sysctls.js';
import systempathsUnconfined from './systempaths-unconfined.js';
import ulimits from './ulimits.js';
import unverifiedStart from './unverified-start.js';

export const RULES: readonly AnyRule[] = [
  // What gives a container (or a plugin, or another cluster) the host: deny by default.
  privileged,
  hostNetwork,
  seccompUnconfined,
  apparmorUnconfined,
  memoryLimit,
  restartPolicy,
  hostPid,
  hostIpc,
  hostUts,
  hostUserns,
  hostCgroupns,
  capabilities,
  sensitiveMounts,
  dockerSocket,
  mountPropagation,
  hostDevices,
  selinuxUnconfined,
  systempathsUnconfined,
  securityOptAllowlist,
  buildOptions,
  buildkitEntitlements,
  pluginInstall,
  selfProtection,
  swarmJoin,
  // Hardening and visibility: warn by default.
  swarmInit,
  serviceRollback,
  execRootUser,
  readOnlyRootfs,
  pidsLimit,
  noNewPrivileges,
  healthCheck,
  imageTag,
  privilegedPorts,
  portAllInterfaces,
  publishAllPorts,
  cpuLimit,
  ulimits,
  defaultBridge,
  sysctls,
  networkParent,
  sshd,
  cgroupParent,
  unverifiedStart,
];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.meta.id, r]));
