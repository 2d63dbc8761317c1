// @ts-nocheck
// GENERATED FILE, do not edit: the policy JSON Schema (src/policy/schema.ts, buildPolicySchema)
// compiled ahead of time by ajv's standalone code generation (ajv/dist/standalone), so the plugin
// never compiles the schema at run time. Regenerate it with
//
//   npm run generate:validator        (src/policy/generate-validator.ts)
//
// test/unit/policy/validator-sync.test.ts fails while this file differs from what that generates.
// Not type-checked (@ts-nocheck above) and not linted (eslint.config.js ignores *.generated.ts);
// its export is typed unknown (src/policy/load.ts gives it its type).
"use strict";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
export const validate: unknown = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/dockgate/dockgate/config/policy.schema.json","title":"dockgate policy","type":"object","additionalProperties":false,"required":["mode","rules"],"properties":{"$schema":{"type":"string"},"description":{"type":"string"},"mode":{"description":"enforce: deny what the rules deny. audit: never deny, log what would have been denied.","type":"string","enum":["enforce","audit"]},"rules":{"description":"Action (deny, warn, off) and options per rule id. A rule left out keeps its default action and options.","type":"object","additionalProperties":false,"properties":{"privileged":{"description":"No privileged containers or exec sessions (CIS 5.5). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-network":{"description":"Do not share the host's network namespace (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow NetworkMode 'container:<id>'."},"hostNetworkIds":{"type":"array","items":{"type":"string","pattern":"^[0-9a-z]+$"},"description":"Full IDs of the host network, swarm-scoped and local (docker network ls --no-trunc --filter driver=host). With them, a service network Target is denied only when it is 'host' or a prefix of one of these IDs; without them, every Target that could be an ID (only lower-case letters and digits) is denied."}}}}}]},"seccomp-unconfined":{"description":"Do not disable seccomp (CIS 5.22). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"denyAllowByDefault":{"type":"boolean","description":"Judge custom profiles by what they let through (a profile that lets through any syscall Docker's default profile blocks is unconfined); false: only seccomp=unconfined is a finding. The name is historical."},"allowedSyscalls":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9_]+$"},"uniqueItems":true,"description":"Syscall names a custom profile may let through although Docker's default profile blocks them, e.g. ['userfaultfd']."}}}}}]},"apparmor-unconfined":{"description":"Do not disable AppArmor (CIS 5.2). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedProfiles":{"type":"array","items":{"type":"string","minLength":1},"description":"AppArmor profile names (micromatch globs) containers may run under with --security-opt apparmor=<name>, e.g. ['docker-default', 'acme-*']. 'unconfined' never passes."}}}}}]},"memory-limit":{"description":"Limit container memory (CIS 5.11). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"max":{"description":"Largest memory limit allowed: bytes, or a size like \"16g\"; null for none.","oneOf":[{"type":"null"},{"type":"integer","minimum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"}]}}}}}]},"restart-policy":{"description":"Restart on failure only, a bounded number of times (CIS 5.15). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"maxRetries":{"type":"integer","minimum":1,"maximum":1000,"description":"Most on-failure retries allowed."},"denySwarmDefault":{"type":"boolean","description":"Deny swarm services that set no RestartPolicy (swarm's default restarts on any exit, forever)."}}}}}]},"host-pid":{"description":"Do not share the host's process namespace (CIS 5.16). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow PidMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-ipc":{"description":"Do not share the host's IPC namespace (CIS 5.17). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow IpcMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-uts":{"description":"Do not share the host's UTS namespace (CIS 5.21). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-userns":{"description":"Do not share the host's user namespace (CIS 5.31). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-cgroupns":{"description":"Do not share the host's cgroup namespace (CIS 5.25). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"capabilities":{"description":"Add only allowed capabilities (CIS 5.4). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Capabilities that may be added, e.g. ['NET_BIND_SERVICE'] (with or without CAP_, any case). ALL is ignored: it is never allowed. Default: Docker's default set."}}}}}]},"sensitive-mounts":{"description":"Mount host paths only from data folders (CIS 5.6). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"dataRoots":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host folders that hold data: a bind source or overlay folder must lie in one, as written and as resolved. [\"/\"] gives the deny-list behaviour of dockgate before issue 12."},"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs (micromatch, dot: true) that must not be mounted even inside a data root; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too."},"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted although they are outside the data roots or deny covers them."},"allowReadOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted read-only although they are outside the data roots or deny covers them."},"volumeTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"Filesystem types the local volume driver may mount (its 'type' option)."},"blockDevices":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Block devices (absolute host paths, e.g. /dev/disk/by-label/data) that local volumes of a disk filesystem may mount; compared where they resolve."},"allowVolumesFrom":{"type":"boolean","description":"Allow --volumes-from (HostConfig.VolumesFrom)."},"strict":{"type":"boolean","description":"Sound mode: a bind source or overlay folder must be one of strictPaths exactly, with no symlink on the way, and every folder above it owned by root and writable by neither group nor others."},"strictPaths":{"type":"array","items":{"type":"string","pattern":"^/(?!.*\\*\\*)"},"description":"Strict mode's host paths: absolute, '*' stands for exactly one path component ('/srv/volumes/*'), no '**'."},"allowNestedBinds":{"type":"boolean","description":"Allow a host path strictly below a folder that another container dockgate knows of (or the same request) mounts writable: that container can swap a folder on the way for a symlink between dockgate's check and the kernel's mount. Strict mode ignores it."}}}}}]},"docker-socket":{"description":"Do not mount the Docker socket (CIS 5.32). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"sockets":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host paths of daemon sockets (add the socket of a dockerd started with -H unix://PATH)."}}}}}]},"mount-propagation":{"description":"Do not use shared mount propagation (CIS 5.20). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-devices":{"description":"Do not expose host devices (CIS 5.18). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedDevices":{"type":"array","items":{"type":"string","minLength":1},"description":"Host device paths (micromatch globs, e.g. '/dev/fuse') that --device may pass."},"allowCgroupRules":{"type":"boolean","description":"Allow --device-cgroup-rule."},"allowDeviceRequests":{"type":"boolean","description":"Allow DeviceRequests (--gpus)."}}}}}]},"selinux-unconfined":{"description":"Do not disable SELinux separation (CIS 5.3). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"deniedTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux types that mean unconfined (label=type:<type>)."}}}}}]},"systempaths-unconfined":{"description":"Do not unmask /proc and /sys. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"security-opt-allowlist":{"description":"Only security options dockgate knows. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux label options that may be set with --security-opt label=..., as micromatch globs on '<user|role|type|level|filetype>:<value>', e.g. 'level:s0:c100,c200'. label=disable is judged by selinux-unconfined."}}}}}]},"build-options":{"description":"No host access for image builds (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"buildkit-entitlements":{"description":"BuildKit only without host entitlements (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"plugin-install":{"description":"Install and enable only allowed plugins. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugin references (micromatch globs) that may be pulled, upgraded to and enabled, matched as sent and normalised ('vieux/sshfs:latest', 'docker.io/vieux/sshfs:latest')."},"allowCreate":{"type":"boolean","description":"Allow POST /plugins/create (docker plugin create), whose content dockgate cannot see."}}}}}]},"self-protection":{"description":"Do not let API users disable dockgate. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"description":"Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied."},"ids":{"type":"array","items":{"type":"string","pattern":"^[0-9a-f]{64}$"},"description":"dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start."},"detectId":{"type":"boolean","description":"Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup."},"adminUsers":{"type":"array","items":{"type":"string","minLength":1},"description":"TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match."},"otherPlugins":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugins known not to be authorization plugins, by name as installed (e.g. 'vieux/sshfs:latest'; ':latest' is implied): anyone may disable, remove, set or upgrade them. Every other plugin may be an authorization plugin and is admin-only."},"readDaemonConfig":{"type":"boolean","description":"Protect the plugins daemon.json's authorization-plugins names (the daemon configuration file buildkit-entitlements reads), even if otherPlugins lists them."}}}}}]},"swarm-join":{"description":"Do not join foreign swarms (CIS 5.1). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedManagers":{"type":"array","items":{"type":"string","minLength":1},"description":"Manager addresses this engine may join: micromatch globs on each RemoteAddrs entry as sent ('10.0.0.*:2377'). Every address in the request must match."}}}}}]},"swarm-init":{"description":"Enable swarm mode only where needed (CIS 5.1). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"service-rollback":{"description":"Service rollbacks apply a spec dockgate cannot see. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"exec-root-user":{"description":"Do not exec as root (CIS 5.24). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"read-only-rootfs":{"description":"Mount the container's root filesystem read-only (CIS 5.13). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pids-limit":{"description":"Limit the number of processes (CIS 5.29). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"no-new-privileges":{"description":"Run with no-new-privileges (CIS 5.26). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"health-check":{"description":"Do not disable health checks (CIS 5.27). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"image-tag":{"description":"Use pinned image versions (CIS 5.28). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"requireDigest":{"type":"boolean","description":"Only a digest (@sha256:...) pins an image; a version tag is a finding too."}}}}}]},"privileged-ports":{"description":"Do not publish privileged host ports (CIS 5.8). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"port-all-interfaces":{"description":"Bind published ports to one host interface (CIS 5.14). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"publish-all-ports":{"description":"Publish only the ports you need (CIS 5.9). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-limit":{"description":"Limit container CPU (CIS 5.12). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"ulimits":{"description":"Override ulimits only when needed (CIS 5.19). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Ulimit names that may be overridden, e.g. ['nofile']."}}}}}]},"default-bridge":{"description":"Do not use the default bridge network (CIS 5.30). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sysctls":{"description":"Set only safe sysctls. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Sysctl names (micromatch globs, dot-separated) that may be set, e.g. 'net.ipv4.tcp_*'."}}}}}]},"network-parent":{"description":"Networks on a host interface. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sshd":{"description":"Do not run sshd in containers (CIS 5.7). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cgroup-parent":{"description":"Keep containers in the daemon's cgroup (CIS 5.25). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Cgroup parents (micromatch globs) that may be used, e.g. '/docker-tenants/*' or 'tenant-*.slice'."}}}}}]},"unverified-start":{"description":"Start only containers whose host paths dockgate knows. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]}}},"profiles":{"description":"Per-user overrides of rule actions and options. The first profile (in file order) whose users glob matches the TLS client certificate CN applies; none applies over the unix socket (no user).","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","users","rules"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$","description":"Name of the profile, logged with each decision it applies to."},"description":{"type":"string"},"users":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the TLS client certificate CN (empty over the unix socket, never matched)."},"rules":{"description":"Action or { action, options } per rule id, on top of the policy's rules. self-protection cannot be changed by a profile.","type":"object","additionalProperties":false,"properties":{"privileged":{"description":"No privileged containers or exec sessions (CIS 5.5). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-network":{"description":"Do not share the host's network namespace (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow NetworkMode 'container:<id>'."},"hostNetworkIds":{"type":"array","items":{"type":"string","pattern":"^[0-9a-z]+$"},"description":"Full IDs of the host network, swarm-scoped and local (docker network ls --no-trunc --filter driver=host). With them, a service network Target is denied only when it is 'host' or a prefix of one of these IDs; without them, every Target that could be an ID (only lower-case letters and digits) is denied."}}}}}]},"seccomp-unconfined":{"description":"Do not disable seccomp (CIS 5.22). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"denyAllowByDefault":{"type":"boolean","description":"Judge custom profiles by what they let through (a profile that lets through any syscall Docker's default profile blocks is unconfined); false: only seccomp=unconfined is a finding. The name is historical."},"allowedSyscalls":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9_]+$"},"uniqueItems":true,"description":"Syscall names a custom profile may let through although Docker's default profile blocks them, e.g. ['userfaultfd']."}}}}}]},"apparmor-unconfined":{"description":"Do not disable AppArmor (CIS 5.2). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedProfiles":{"type":"array","items":{"type":"string","minLength":1},"description":"AppArmor profile names (micromatch globs) containers may run under with --security-opt apparmor=<name>, e.g. ['docker-default', 'acme-*']. 'unconfined' never passes."}}}}}]},"memory-limit":{"description":"Limit container memory (CIS 5.11). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"max":{"description":"Largest memory limit allowed: bytes, or a size like \"16g\"; null for none.","oneOf":[{"type":"null"},{"type":"integer","minimum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"}]}}}}}]},"restart-policy":{"description":"Restart on failure only, a bounded number of times (CIS 5.15). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"maxRetries":{"type":"integer","minimum":1,"maximum":1000,"description":"Most on-failure retries allowed."},"denySwarmDefault":{"type":"boolean","description":"Deny swarm services that set no RestartPolicy (swarm's default restarts on any exit, forever)."}}}}}]},"host-pid":{"description":"Do not share the host's process namespace (CIS 5.16). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow PidMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-ipc":{"description":"Do not share the host's IPC namespace (CIS 5.17). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow IpcMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-uts":{"description":"Do not share the host's UTS namespace (CIS 5.21). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-userns":{"description":"Do not share the host's user namespace (CIS 5.31). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-cgroupns":{"description":"Do not share the host's cgroup namespace (CIS 5.25). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"capabilities":{"description":"Add only allowed capabilities (CIS 5.4). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Capabilities that may be added, e.g. ['NET_BIND_SERVICE'] (with or without CAP_, any case). ALL is ignored: it is never allowed. Default: Docker's default set."}}}}}]},"sensitive-mounts":{"description":"Mount host paths only from data folders (CIS 5.6). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"dataRoots":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host folders that hold data: a bind source or overlay folder must lie in one, as written and as resolved. [\"/\"] gives the deny-list behaviour of dockgate before issue 12."},"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs (micromatch, dot: true) that must not be mounted even inside a data root; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too."},"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted although they are outside the data roots or deny covers them."},"allowReadOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted read-only although they are outside the data roots or deny covers them."},"volumeTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"Filesystem types the local volume driver may mount (its 'type' option)."},"blockDevices":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Block devices (absolute host paths, e.g. /dev/disk/by-label/data) that local volumes of a disk filesystem may mount; compared where they resolve."},"allowVolumesFrom":{"type":"boolean","description":"Allow --volumes-from (HostConfig.VolumesFrom)."},"strict":{"type":"boolean","description":"Sound mode: a bind source or overlay folder must be one of strictPaths exactly, with no symlink on the way, and every folder above it owned by root and writable by neither group nor others."},"strictPaths":{"type":"array","items":{"type":"string","pattern":"^/(?!.*\\*\\*)"},"description":"Strict mode's host paths: absolute, '*' stands for exactly one path component ('/srv/volumes/*'), no '**'."},"allowNestedBinds":{"type":"boolean","description":"Allow a host path strictly below a folder that another container dockgate knows of (or the same request) mounts writable: that container can swap a folder on the way for a symlink between dockgate's check and the kernel's mount. Strict mode ignores it."}}}}}]},"docker-socket":{"description":"Do not mount the Docker socket (CIS 5.32). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"sockets":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host paths of daemon sockets (add the socket of a dockerd started with -H unix://PATH)."}}}}}]},"mount-propagation":{"description":"Do not use shared mount propagation (CIS 5.20). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-devices":{"description":"Do not expose host devices (CIS 5.18). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedDevices":{"type":"array","items":{"type":"string","minLength":1},"description":"Host device paths (micromatch globs, e.g. '/dev/fuse') that --device may pass."},"allowCgroupRules":{"type":"boolean","description":"Allow --device-cgroup-rule."},"allowDeviceRequests":{"type":"boolean","description":"Allow DeviceRequests (--gpus)."}}}}}]},"selinux-unconfined":{"description":"Do not disable SELinux separation (CIS 5.3). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"deniedTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux types that mean unconfined (label=type:<type>)."}}}}}]},"systempaths-unconfined":{"description":"Do not unmask /proc and /sys. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"security-opt-allowlist":{"description":"Only security options dockgate knows. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux label options that may be set with --security-opt label=..., as micromatch globs on '<user|role|type|level|filetype>:<value>', e.g. 'level:s0:c100,c200'. label=disable is judged by selinux-unconfined."}}}}}]},"build-options":{"description":"No host access for image builds (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"buildkit-entitlements":{"description":"BuildKit only without host entitlements (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"plugin-install":{"description":"Install and enable only allowed plugins. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugin references (micromatch globs) that may be pulled, upgraded to and enabled, matched as sent and normalised ('vieux/sshfs:latest', 'docker.io/vieux/sshfs:latest')."},"allowCreate":{"type":"boolean","description":"Allow POST /plugins/create (docker plugin create), whose content dockgate cannot see."}}}}}]},"self-protection":{"description":"Do not let API users disable dockgate. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"description":"Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied."},"ids":{"type":"array","items":{"type":"string","pattern":"^[0-9a-f]{64}$"},"description":"dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start."},"detectId":{"type":"boolean","description":"Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup."},"adminUsers":{"type":"array","items":{"type":"string","minLength":1},"description":"TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match."},"otherPlugins":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugins known not to be authorization plugins, by name as installed (e.g. 'vieux/sshfs:latest'; ':latest' is implied): anyone may disable, remove, set or upgrade them. Every other plugin may be an authorization plugin and is admin-only."},"readDaemonConfig":{"type":"boolean","description":"Protect the plugins daemon.json's authorization-plugins names (the daemon configuration file buildkit-entitlements reads), even if otherPlugins lists them."}}}}}]},"swarm-join":{"description":"Do not join foreign swarms (CIS 5.1). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedManagers":{"type":"array","items":{"type":"string","minLength":1},"description":"Manager addresses this engine may join: micromatch globs on each RemoteAddrs entry as sent ('10.0.0.*:2377'). Every address in the request must match."}}}}}]},"swarm-init":{"description":"Enable swarm mode only where needed (CIS 5.1). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"service-rollback":{"description":"Service rollbacks apply a spec dockgate cannot see. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"exec-root-user":{"description":"Do not exec as root (CIS 5.24). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"read-only-rootfs":{"description":"Mount the container's root filesystem read-only (CIS 5.13). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pids-limit":{"description":"Limit the number of processes (CIS 5.29). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"no-new-privileges":{"description":"Run with no-new-privileges (CIS 5.26). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"health-check":{"description":"Do not disable health checks (CIS 5.27). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"image-tag":{"description":"Use pinned image versions (CIS 5.28). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"requireDigest":{"type":"boolean","description":"Only a digest (@sha256:...) pins an image; a version tag is a finding too."}}}}}]},"privileged-ports":{"description":"Do not publish privileged host ports (CIS 5.8). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"port-all-interfaces":{"description":"Bind published ports to one host interface (CIS 5.14). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"publish-all-ports":{"description":"Publish only the ports you need (CIS 5.9). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-limit":{"description":"Limit container CPU (CIS 5.12). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"ulimits":{"description":"Override ulimits only when needed (CIS 5.19). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Ulimit names that may be overridden, e.g. ['nofile']."}}}}}]},"default-bridge":{"description":"Do not use the default bridge network (CIS 5.30). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sysctls":{"description":"Set only safe sysctls. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Sysctl names (micromatch globs, dot-separated) that may be set, e.g. 'net.ipv4.tcp_*'."}}}}}]},"network-parent":{"description":"Networks on a host interface. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sshd":{"description":"Do not run sshd in containers (CIS 5.7). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cgroup-parent":{"description":"Keep containers in the daemon's cgroup (CIS 5.25). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Cgroup parents (micromatch globs) that may be used, e.g. '/docker-tenants/*' or 'tenant-*.slice'."}}}}}]},"unverified-start":{"description":"Start only containers whose host paths dockgate knows. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]}},"patternProperties":{"^custom/[a-z0-9][a-z0-9._-]*$":{"type":"string","enum":["deny","warn","off"]}}}}}},"customRules":{"description":"Rules without code: a field path in the canonical request view, an operator and a value. Run with the built-in rules (same exemptions, profiles and audit mode).","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","operations","field","operator","message","action"],"properties":{"id":{"type":"string","pattern":"^custom/[a-z0-9][a-z0-9._-]*$","description":"custom/<name>: the custom/ prefix keeps custom ids apart from built-in ones."},"description":{"type":"string"},"operations":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["build.cancel","build.prune","checkpoint.create","checkpoint.list","checkpoint.remove","config.create","config.inspect","config.list","config.remove","config.update","container.archive.get","container.archive.head","container.archive.put","container.attach","container.attach.ws","container.changes","container.commit","container.copy","container.create","container.exec","container.export","container.inspect","container.kill","container.list","container.logs","container.pause","container.prune","container.remove","container.rename","container.resize","container.restart","container.start","container.stats","container.stop","container.top","container.unpause","container.update","container.wait","debug.pprof.cmdline","debug.pprof.index","debug.pprof.lookup","debug.pprof.profile","debug.pprof.symbol","debug.pprof.trace","debug.vars","distribution.inspect","exec.inspect","exec.resize","exec.start","grpc","image.attestations","image.build","image.create","image.history","image.inspect","image.list","image.load","image.prune","image.push","image.remove","image.save","image.search","image.tag","network.connect","network.create","network.disconnect","network.inspect","network.list","network.prune","network.remove","node.inspect","node.list","node.remove","node.update","plugin.create","plugin.disable","plugin.enable","plugin.inspect","plugin.list","plugin.privileges","plugin.pull","plugin.push","plugin.remove","plugin.set","plugin.upgrade","secret.create","secret.inspect","secret.list","secret.remove","secret.update","service.create","service.inspect","service.list","service.logs","service.remove","service.update","session","swarm.init","swarm.inspect","swarm.join","swarm.leave","swarm.unlock","swarm.unlockkey","swarm.update","system.auth","system.df","system.events","system.info","system.options","system.ping","system.version","task.inspect","task.list","task.logs","volume.create","volume.inspect","volume.list","volume.prune","volume.remove","volume.update"]}},"field":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$","maxLength":300,"description":"Dot path in the request view, e.g. body.hostConfig.NetworkMode, body.config.Labels.team, query.name, user. Arrays match when any element matches; a map key takes the rest of the path. Env is never readable."},"operator":{"type":"string","enum":["equals","in","glob","regex","exists","greater-than"]},"value":{"description":"equals: a string, number or boolean; in: a list of them; glob, regex: a string; greater-than: a number; exists: none."},"message":{"type":"string","minLength":1,"maxLength":300},"fix":{"type":"string","minLength":1,"maxLength":300},"action":{"type":"string","enum":["deny","warn","off"]},"severity":{"type":"string","enum":["critical","high","medium","low"]}},"allOf":[{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"equals"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":["string","number","boolean"]}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"in"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"glob"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"string","minLength":1}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"regex"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"string","minLength":1,"maxLength":256}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"greater-than"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"number"}}}}]}},"exemptions":{"description":"Requests that some rules do not apply to. Every selector given must match.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason","rules"],"anyOf":[{"required":["users"]},{"required":["images"]},{"required":["containerNames"]}],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$","description":"Name of the exemption, logged with each request it exempts."},"reason":{"type":"string","minLength":1},"rules":{"description":"Rule ids this exemption lifts, or \"*\" for all. self-protection cannot be exempted (use its adminUsers option).","type":"array","minItems":1,"items":{"type":"string","anyOf":[{"enum":["*","privileged","host-network","seccomp-unconfined","apparmor-unconfined","memory-limit","restart-policy","host-pid","host-ipc","host-uts","host-userns","host-cgroupns","capabilities","sensitive-mounts","docker-socket","mount-propagation","host-devices","selinux-unconfined","systempaths-unconfined","security-opt-allowlist","build-options","buildkit-entitlements","plugin-install","swarm-join","swarm-init","service-rollback","exec-root-user","read-only-rootfs","pids-limit","no-new-privileges","health-check","image-tag","privileged-ports","port-all-interfaces","publish-all-ports","cpu-limit","ulimits","default-bridge","sysctls","network-parent","sshd","cgroup-parent","unverified-start"]},{"pattern":"^custom/[a-z0-9][a-z0-9._-]*$"}]}},"users":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the TLS client certificate CN (cannot be forged; empty over the unix socket, never matched)."},"images":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the image reference, as sent and normalised (docker.io/library/name:tag). Anyone with API access can re-tag an image: use requireDigest."},"requireDigest":{"type":"boolean","description":"Match images only when referenced by digest (@sha256:...)."},"containerNames":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the container name (chosen by the requester: weak)."}}}},"messages":{"description":"What every deny message ends with, so users know where to go: help text and a URL (e.g. your runbook, or how to ask for an exemption). Shown as \"Help: <help> <url>\" before the decision id.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"help":{"type":"string","minLength":1,"maxLength":300,"pattern":"^[^\\u0000-\\u001f\\u007f]*$","description":"One line of text, e.g. \"ask #platform-docker on Slack\"."},"url":{"type":"string","maxLength":300,"pattern":"^https?://[^\\s]+$","description":"An http(s) URL, e.g. https://wiki.example.com/dockgate."}}},"log":{"type":"object","additionalProperties":false,"properties":{"level":{"type":"string","enum":["error","warn","info","debug"],"description":"Decision lines are logged at info."},"decisions":{"type":"string","enum":["all","deny-only"],"description":"all (default): a line per decision. deny-only: allow lines are not written, except allows with findings (warn, would-deny in audit mode, exempted) or request problems."},"sampleAllow":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Fraction of plain allow lines written (default 1). Deterministic: 0.1 writes every 10th. Denies and allows with findings are always written."}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func4 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[0-9a-z]+$", "u");
const pattern1 = new RegExp("^[a-z0-9_]+$", "u");
const pattern2 = new RegExp("^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$", "u");
const pattern3 = new RegExp("^/", "u");
const pattern5 = new RegExp("^/(?!.*\\*\\*)", "u");
const pattern7 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern8 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
const pattern9 = new RegExp("^custom/[a-z0-9][a-z0-9._-]*$", "u");
const pattern20 = new RegExp("^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$", "u");
const pattern23 = new RegExp("^[^\\u0000-\\u001f\\u007f]*$", "u");
const pattern24 = new RegExp("^https?://[^\\s]+$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://github.com/dockgate/dockgate/config/policy.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rules === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mode !== undefined){
let data2 = data.mode;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data2 === "enforce") || (data2 === "audit"))){
const err6 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.rules !== undefined){
let data3 = data.rules;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(func2.call(schema11.properties.rules.properties, key1))){
const err7 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.privileged !== undefined){
let data4 = data3.privileged;
const _errs12 = errors;
let valid2 = false;
let passing0 = null;
const _errs13 = errors;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/rules/privileged",schemaPath:"#/properties/rules/properties/privileged/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data4 === "deny") || (data4 === "warn")) || (data4 === "off"))){
const err9 = {instancePath:instancePath+"/rules/privileged",schemaPath:"#/properties/rules/properties/privileged/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.privileged.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs15 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.action === undefined){
const err10 = {instancePath:instancePath+"/rules/privileged",schemaPath:"#/properties/rules/properties/privileged/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "action") || (key2 === "options"))){
const err11 = {instancePath:instancePath+"/rules/privileged",schemaPath:"#/properties/rules/properties/privileged/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.action !== undefined){
let data5 = data4.action;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/rules/privileged/action",schemaPath:"#/properties/rules/properties/privileged/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data5 === "deny") || (data5 === "warn")) || (data5 === "off"))){
const err13 = {instancePath:instancePath+"/rules/privileged/action",schemaPath:"#/properties/rules/properties/privileged/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.privileged.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.options !== undefined){
let data6 = data4.options;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
const err14 = {instancePath:instancePath+"/rules/privileged/options",schemaPath:"#/properties/rules/properties/privileged/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/rules/privileged/options",schemaPath:"#/properties/rules/properties/privileged/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/rules/privileged",schemaPath:"#/properties/rules/properties/privileged/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs15 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err17 = {instancePath:instancePath+"/rules/privileged",schemaPath:"#/properties/rules/properties/privileged/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-network"] !== undefined){
let data7 = data3["host-network"];
const _errs24 = errors;
let valid4 = false;
let passing1 = null;
const _errs25 = errors;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/rules/host-network",schemaPath:"#/properties/rules/properties/host-network/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data7 === "deny") || (data7 === "warn")) || (data7 === "off"))){
const err19 = {instancePath:instancePath+"/rules/host-network",schemaPath:"#/properties/rules/properties/host-network/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-network"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid1 = _errs25 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs27 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.action === undefined){
const err20 = {instancePath:instancePath+"/rules/host-network",schemaPath:"#/properties/rules/properties/host-network/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key4 in data7){
if(!((key4 === "action") || (key4 === "options"))){
const err21 = {instancePath:instancePath+"/rules/host-network",schemaPath:"#/properties/rules/properties/host-network/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.action !== undefined){
let data8 = data7.action;
if(typeof data8 !== "string"){
const err22 = {instancePath:instancePath+"/rules/host-network/action",schemaPath:"#/properties/rules/properties/host-network/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data8 === "deny") || (data8 === "warn")) || (data8 === "off"))){
const err23 = {instancePath:instancePath+"/rules/host-network/action",schemaPath:"#/properties/rules/properties/host-network/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-network"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.options !== undefined){
let data9 = data7.options;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key5 in data9){
if(!((key5 === "allowContainerMode") || (key5 === "hostNetworkIds"))){
const err24 = {instancePath:instancePath+"/rules/host-network/options",schemaPath:"#/properties/rules/properties/host-network/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.allowContainerMode !== undefined){
if(typeof data9.allowContainerMode !== "boolean"){
const err25 = {instancePath:instancePath+"/rules/host-network/options/allowContainerMode",schemaPath:"#/properties/rules/properties/host-network/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.hostNetworkIds !== undefined){
let data11 = data9.hostNetworkIds;
if(Array.isArray(data11)){
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err26 = {instancePath:instancePath+"/rules/host-network/options/hostNetworkIds/" + i0,schemaPath:"#/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-z]+$"},message:"must match pattern \""+"^[0-9a-z]+$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/rules/host-network/options/hostNetworkIds/" + i0,schemaPath:"#/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/rules/host-network/options/hostNetworkIds",schemaPath:"#/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/rules/host-network/options",schemaPath:"#/properties/rules/properties/host-network/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/rules/host-network",schemaPath:"#/properties/rules/properties/host-network/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid1 = _errs27 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err31 = {instancePath:instancePath+"/rules/host-network",schemaPath:"#/properties/rules/properties/host-network/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
if(data3["seccomp-unconfined"] !== undefined){
let data13 = data3["seccomp-unconfined"];
const _errs42 = errors;
let valid9 = false;
let passing2 = null;
const _errs43 = errors;
if(typeof data13 !== "string"){
const err32 = {instancePath:instancePath+"/rules/seccomp-unconfined",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(((data13 === "deny") || (data13 === "warn")) || (data13 === "off"))){
const err33 = {instancePath:instancePath+"/rules/seccomp-unconfined",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["seccomp-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid2 = _errs43 === errors;
if(_valid2){
valid9 = true;
passing2 = 0;
}
const _errs45 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.action === undefined){
const err34 = {instancePath:instancePath+"/rules/seccomp-unconfined",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key6 in data13){
if(!((key6 === "action") || (key6 === "options"))){
const err35 = {instancePath:instancePath+"/rules/seccomp-unconfined",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data13.action !== undefined){
let data14 = data13.action;
if(typeof data14 !== "string"){
const err36 = {instancePath:instancePath+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(((data14 === "deny") || (data14 === "warn")) || (data14 === "off"))){
const err37 = {instancePath:instancePath+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["seccomp-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data13.options !== undefined){
let data15 = data13.options;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key7 in data15){
if(!((key7 === "denyAllowByDefault") || (key7 === "allowedSyscalls"))){
const err38 = {instancePath:instancePath+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.denyAllowByDefault !== undefined){
if(typeof data15.denyAllowByDefault !== "boolean"){
const err39 = {instancePath:instancePath+"/rules/seccomp-unconfined/options/denyAllowByDefault",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/denyAllowByDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.allowedSyscalls !== undefined){
let data17 = data15.allowedSyscalls;
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(typeof data18 === "string"){
if(!pattern1.test(data18)){
const err40 = {instancePath:instancePath+"/rules/seccomp-unconfined/options/allowedSyscalls/" + i1,schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+$"},message:"must match pattern \""+"^[a-z0-9_]+$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/rules/seccomp-unconfined/options/allowedSyscalls/" + i1,schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let i2 = data17.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data17[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err42 = {instancePath:instancePath+"/rules/seccomp-unconfined/options/allowedSyscalls",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err43 = {instancePath:instancePath+"/rules/seccomp-unconfined/options/allowedSyscalls",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/rules/seccomp-unconfined",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid2 = _errs45 === errors;
if(_valid2 && valid9){
valid9 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid9 = true;
passing2 = 1;
}
}
if(!valid9){
const err46 = {instancePath:instancePath+"/rules/seccomp-unconfined",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
if(data3["apparmor-unconfined"] !== undefined){
let data19 = data3["apparmor-unconfined"];
const _errs60 = errors;
let valid15 = false;
let passing3 = null;
const _errs61 = errors;
if(typeof data19 !== "string"){
const err47 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(((data19 === "deny") || (data19 === "warn")) || (data19 === "off"))){
const err48 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["apparmor-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid3 = _errs61 === errors;
if(_valid3){
valid15 = true;
passing3 = 0;
}
const _errs63 = errors;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.action === undefined){
const err49 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key8 in data19){
if(!((key8 === "action") || (key8 === "options"))){
const err50 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data19.action !== undefined){
let data20 = data19.action;
if(typeof data20 !== "string"){
const err51 = {instancePath:instancePath+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!(((data20 === "deny") || (data20 === "warn")) || (data20 === "off"))){
const err52 = {instancePath:instancePath+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["apparmor-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data19.options !== undefined){
let data21 = data19.options;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key9 in data21){
if(!(key9 === "allowedProfiles")){
const err53 = {instancePath:instancePath+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data21.allowedProfiles !== undefined){
let data22 = data21.allowedProfiles;
if(Array.isArray(data22)){
const len2 = data22.length;
for(let i3=0; i3<len2; i3++){
let data23 = data22[i3];
if(typeof data23 === "string"){
if(func4(data23) < 1){
const err54 = {instancePath:instancePath+"/rules/apparmor-unconfined/options/allowedProfiles/" + i3,schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/properties/allowedProfiles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/rules/apparmor-unconfined/options/allowedProfiles/" + i3,schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/properties/allowedProfiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/rules/apparmor-unconfined/options/allowedProfiles",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/properties/allowedProfiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid3 = _errs63 === errors;
if(_valid3 && valid15){
valid15 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid15 = true;
passing3 = 1;
}
}
if(!valid15){
const err59 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
}
if(data3["memory-limit"] !== undefined){
let data24 = data3["memory-limit"];
const _errs76 = errors;
let valid20 = false;
let passing4 = null;
const _errs77 = errors;
if(typeof data24 !== "string"){
const err60 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!(((data24 === "deny") || (data24 === "warn")) || (data24 === "off"))){
const err61 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["memory-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid4 = _errs77 === errors;
if(_valid4){
valid20 = true;
passing4 = 0;
}
const _errs79 = errors;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.action === undefined){
const err62 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key10 in data24){
if(!((key10 === "action") || (key10 === "options"))){
const err63 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data24.action !== undefined){
let data25 = data24.action;
if(typeof data25 !== "string"){
const err64 = {instancePath:instancePath+"/rules/memory-limit/action",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!(((data25 === "deny") || (data25 === "warn")) || (data25 === "off"))){
const err65 = {instancePath:instancePath+"/rules/memory-limit/action",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["memory-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data24.options !== undefined){
let data26 = data24.options;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key11 in data26){
if(!(key11 === "max")){
const err66 = {instancePath:instancePath+"/rules/memory-limit/options",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data26.max !== undefined){
let data27 = data26.max;
const _errs88 = errors;
let valid23 = false;
let passing5 = null;
const _errs89 = errors;
if(data27 !== null){
const err67 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid5 = _errs89 === errors;
if(_valid5){
valid23 = true;
passing5 = 0;
}
const _errs91 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err68 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 1 || isNaN(data27)){
const err69 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
var _valid5 = _errs91 === errors;
if(_valid5 && valid23){
valid23 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid23 = true;
passing5 = 1;
}
const _errs93 = errors;
if(typeof data27 === "string"){
if(!pattern2.test(data27)){
const err70 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"+"\""};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid5 = _errs93 === errors;
if(_valid5 && valid23){
valid23 = false;
passing5 = [passing5, 2];
}
else {
if(_valid5){
valid23 = true;
passing5 = 2;
}
}
}
if(!valid23){
const err72 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
errors = _errs88;
if(vErrors !== null){
if(_errs88){
vErrors.length = _errs88;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err73 = {instancePath:instancePath+"/rules/memory-limit/options",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid4 = _errs79 === errors;
if(_valid4 && valid20){
valid20 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid20 = true;
passing4 = 1;
}
}
if(!valid20){
const err75 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
errors = _errs76;
if(vErrors !== null){
if(_errs76){
vErrors.length = _errs76;
}
else {
vErrors = null;
}
}
}
}
if(data3["restart-policy"] !== undefined){
let data28 = data3["restart-policy"];
const _errs96 = errors;
let valid24 = false;
let passing6 = null;
const _errs97 = errors;
if(typeof data28 !== "string"){
const err76 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!(((data28 === "deny") || (data28 === "warn")) || (data28 === "off"))){
const err77 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["restart-policy"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid6 = _errs97 === errors;
if(_valid6){
valid24 = true;
passing6 = 0;
}
const _errs99 = errors;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.action === undefined){
const err78 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
for(const key12 in data28){
if(!((key12 === "action") || (key12 === "options"))){
const err79 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data28.action !== undefined){
let data29 = data28.action;
if(typeof data29 !== "string"){
const err80 = {instancePath:instancePath+"/rules/restart-policy/action",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(!(((data29 === "deny") || (data29 === "warn")) || (data29 === "off"))){
const err81 = {instancePath:instancePath+"/rules/restart-policy/action",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["restart-policy"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data28.options !== undefined){
let data30 = data28.options;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key13 in data30){
if(!((key13 === "maxRetries") || (key13 === "denySwarmDefault"))){
const err82 = {instancePath:instancePath+"/rules/restart-policy/options",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data30.maxRetries !== undefined){
let data31 = data30.maxRetries;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err83 = {instancePath:instancePath+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 1000 || isNaN(data31)){
const err84 = {instancePath:instancePath+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err85 = {instancePath:instancePath+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
if(data30.denySwarmDefault !== undefined){
if(typeof data30.denySwarmDefault !== "boolean"){
const err86 = {instancePath:instancePath+"/rules/restart-policy/options/denySwarmDefault",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/denySwarmDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/rules/restart-policy/options",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid6 = _errs99 === errors;
if(_valid6 && valid24){
valid24 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid24 = true;
passing6 = 1;
}
}
if(!valid24){
const err89 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
else {
errors = _errs96;
if(vErrors !== null){
if(_errs96){
vErrors.length = _errs96;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-pid"] !== undefined){
let data33 = data3["host-pid"];
const _errs112 = errors;
let valid27 = false;
let passing7 = null;
const _errs113 = errors;
if(typeof data33 !== "string"){
const err90 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(!(((data33 === "deny") || (data33 === "warn")) || (data33 === "off"))){
const err91 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-pid"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid7 = _errs113 === errors;
if(_valid7){
valid27 = true;
passing7 = 0;
}
const _errs115 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.action === undefined){
const err92 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key14 in data33){
if(!((key14 === "action") || (key14 === "options"))){
const err93 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data33.action !== undefined){
let data34 = data33.action;
if(typeof data34 !== "string"){
const err94 = {instancePath:instancePath+"/rules/host-pid/action",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!(((data34 === "deny") || (data34 === "warn")) || (data34 === "off"))){
const err95 = {instancePath:instancePath+"/rules/host-pid/action",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-pid"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data33.options !== undefined){
let data35 = data33.options;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key15 in data35){
if(!(key15 === "allowContainerMode")){
const err96 = {instancePath:instancePath+"/rules/host-pid/options",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data35.allowContainerMode !== undefined){
if(typeof data35.allowContainerMode !== "boolean"){
const err97 = {instancePath:instancePath+"/rules/host-pid/options/allowContainerMode",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/rules/host-pid/options",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid7 = _errs115 === errors;
if(_valid7 && valid27){
valid27 = false;
passing7 = [passing7, 1];
}
else {
if(_valid7){
valid27 = true;
passing7 = 1;
}
}
if(!valid27){
const err100 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
else {
errors = _errs112;
if(vErrors !== null){
if(_errs112){
vErrors.length = _errs112;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-ipc"] !== undefined){
let data37 = data3["host-ipc"];
const _errs126 = errors;
let valid30 = false;
let passing8 = null;
const _errs127 = errors;
if(typeof data37 !== "string"){
const err101 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!(((data37 === "deny") || (data37 === "warn")) || (data37 === "off"))){
const err102 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-ipc"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid8 = _errs127 === errors;
if(_valid8){
valid30 = true;
passing8 = 0;
}
const _errs129 = errors;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.action === undefined){
const err103 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
for(const key16 in data37){
if(!((key16 === "action") || (key16 === "options"))){
const err104 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data37.action !== undefined){
let data38 = data37.action;
if(typeof data38 !== "string"){
const err105 = {instancePath:instancePath+"/rules/host-ipc/action",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(!(((data38 === "deny") || (data38 === "warn")) || (data38 === "off"))){
const err106 = {instancePath:instancePath+"/rules/host-ipc/action",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-ipc"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data37.options !== undefined){
let data39 = data37.options;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key17 in data39){
if(!(key17 === "allowContainerMode")){
const err107 = {instancePath:instancePath+"/rules/host-ipc/options",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data39.allowContainerMode !== undefined){
if(typeof data39.allowContainerMode !== "boolean"){
const err108 = {instancePath:instancePath+"/rules/host-ipc/options/allowContainerMode",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/rules/host-ipc/options",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid8 = _errs129 === errors;
if(_valid8 && valid30){
valid30 = false;
passing8 = [passing8, 1];
}
else {
if(_valid8){
valid30 = true;
passing8 = 1;
}
}
if(!valid30){
const err111 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
errors = _errs126;
if(vErrors !== null){
if(_errs126){
vErrors.length = _errs126;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-uts"] !== undefined){
let data41 = data3["host-uts"];
const _errs140 = errors;
let valid33 = false;
let passing9 = null;
const _errs141 = errors;
if(typeof data41 !== "string"){
const err112 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!(((data41 === "deny") || (data41 === "warn")) || (data41 === "off"))){
const err113 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-uts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid9 = _errs141 === errors;
if(_valid9){
valid33 = true;
passing9 = 0;
}
const _errs143 = errors;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.action === undefined){
const err114 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
for(const key18 in data41){
if(!((key18 === "action") || (key18 === "options"))){
const err115 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data41.action !== undefined){
let data42 = data41.action;
if(typeof data42 !== "string"){
const err116 = {instancePath:instancePath+"/rules/host-uts/action",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(!(((data42 === "deny") || (data42 === "warn")) || (data42 === "off"))){
const err117 = {instancePath:instancePath+"/rules/host-uts/action",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-uts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data41.options !== undefined){
let data43 = data41.options;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key19 in data43){
const err118 = {instancePath:instancePath+"/rules/host-uts/options",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/rules/host-uts/options",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid9 = _errs143 === errors;
if(_valid9 && valid33){
valid33 = false;
passing9 = [passing9, 1];
}
else {
if(_valid9){
valid33 = true;
passing9 = 1;
}
}
if(!valid33){
const err121 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
else {
errors = _errs140;
if(vErrors !== null){
if(_errs140){
vErrors.length = _errs140;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-userns"] !== undefined){
let data44 = data3["host-userns"];
const _errs152 = errors;
let valid35 = false;
let passing10 = null;
const _errs153 = errors;
if(typeof data44 !== "string"){
const err122 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(!(((data44 === "deny") || (data44 === "warn")) || (data44 === "off"))){
const err123 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-userns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid10 = _errs153 === errors;
if(_valid10){
valid35 = true;
passing10 = 0;
}
const _errs155 = errors;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.action === undefined){
const err124 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
for(const key20 in data44){
if(!((key20 === "action") || (key20 === "options"))){
const err125 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data44.action !== undefined){
let data45 = data44.action;
if(typeof data45 !== "string"){
const err126 = {instancePath:instancePath+"/rules/host-userns/action",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(!(((data45 === "deny") || (data45 === "warn")) || (data45 === "off"))){
const err127 = {instancePath:instancePath+"/rules/host-userns/action",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-userns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data44.options !== undefined){
let data46 = data44.options;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key21 in data46){
const err128 = {instancePath:instancePath+"/rules/host-userns/options",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/rules/host-userns/options",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid10 = _errs155 === errors;
if(_valid10 && valid35){
valid35 = false;
passing10 = [passing10, 1];
}
else {
if(_valid10){
valid35 = true;
passing10 = 1;
}
}
if(!valid35){
const err131 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
else {
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-cgroupns"] !== undefined){
let data47 = data3["host-cgroupns"];
const _errs164 = errors;
let valid37 = false;
let passing11 = null;
const _errs165 = errors;
if(typeof data47 !== "string"){
const err132 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(!(((data47 === "deny") || (data47 === "warn")) || (data47 === "off"))){
const err133 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-cgroupns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid11 = _errs165 === errors;
if(_valid11){
valid37 = true;
passing11 = 0;
}
const _errs167 = errors;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.action === undefined){
const err134 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
for(const key22 in data47){
if(!((key22 === "action") || (key22 === "options"))){
const err135 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data47.action !== undefined){
let data48 = data47.action;
if(typeof data48 !== "string"){
const err136 = {instancePath:instancePath+"/rules/host-cgroupns/action",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(!(((data48 === "deny") || (data48 === "warn")) || (data48 === "off"))){
const err137 = {instancePath:instancePath+"/rules/host-cgroupns/action",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-cgroupns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data47.options !== undefined){
let data49 = data47.options;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key23 in data49){
const err138 = {instancePath:instancePath+"/rules/host-cgroupns/options",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/rules/host-cgroupns/options",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var _valid11 = _errs167 === errors;
if(_valid11 && valid37){
valid37 = false;
passing11 = [passing11, 1];
}
else {
if(_valid11){
valid37 = true;
passing11 = 1;
}
}
if(!valid37){
const err141 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
else {
errors = _errs164;
if(vErrors !== null){
if(_errs164){
vErrors.length = _errs164;
}
else {
vErrors = null;
}
}
}
}
if(data3.capabilities !== undefined){
let data50 = data3.capabilities;
const _errs176 = errors;
let valid39 = false;
let passing12 = null;
const _errs177 = errors;
if(typeof data50 !== "string"){
const err142 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if(!(((data50 === "deny") || (data50 === "warn")) || (data50 === "off"))){
const err143 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.capabilities.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
var _valid12 = _errs177 === errors;
if(_valid12){
valid39 = true;
passing12 = 0;
}
const _errs179 = errors;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.action === undefined){
const err144 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
for(const key24 in data50){
if(!((key24 === "action") || (key24 === "options"))){
const err145 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data50.action !== undefined){
let data51 = data50.action;
if(typeof data51 !== "string"){
const err146 = {instancePath:instancePath+"/rules/capabilities/action",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(!(((data51 === "deny") || (data51 === "warn")) || (data51 === "off"))){
const err147 = {instancePath:instancePath+"/rules/capabilities/action",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.capabilities.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data50.options !== undefined){
let data52 = data50.options;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key25 in data52){
if(!(key25 === "allowed")){
const err148 = {instancePath:instancePath+"/rules/capabilities/options",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data52.allowed !== undefined){
let data53 = data52.allowed;
if(Array.isArray(data53)){
const len3 = data53.length;
for(let i4=0; i4<len3; i4++){
let data54 = data53[i4];
if(typeof data54 === "string"){
if(func4(data54) < 1){
const err149 = {instancePath:instancePath+"/rules/capabilities/options/allowed/" + i4,schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/rules/capabilities/options/allowed/" + i4,schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
let i5 = data53.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data53[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err151 = {instancePath:instancePath+"/rules/capabilities/options/allowed",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err152 = {instancePath:instancePath+"/rules/capabilities/options/allowed",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
else {
const err153 = {instancePath:instancePath+"/rules/capabilities/options",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
var _valid12 = _errs179 === errors;
if(_valid12 && valid39){
valid39 = false;
passing12 = [passing12, 1];
}
else {
if(_valid12){
valid39 = true;
passing12 = 1;
}
}
if(!valid39){
const err155 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
else {
errors = _errs176;
if(vErrors !== null){
if(_errs176){
vErrors.length = _errs176;
}
else {
vErrors = null;
}
}
}
}
if(data3["sensitive-mounts"] !== undefined){
let data55 = data3["sensitive-mounts"];
const _errs192 = errors;
let valid45 = false;
let passing13 = null;
const _errs193 = errors;
if(typeof data55 !== "string"){
const err156 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(!(((data55 === "deny") || (data55 === "warn")) || (data55 === "off"))){
const err157 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["sensitive-mounts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
var _valid13 = _errs193 === errors;
if(_valid13){
valid45 = true;
passing13 = 0;
}
const _errs195 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.action === undefined){
const err158 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
for(const key26 in data55){
if(!((key26 === "action") || (key26 === "options"))){
const err159 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data55.action !== undefined){
let data56 = data55.action;
if(typeof data56 !== "string"){
const err160 = {instancePath:instancePath+"/rules/sensitive-mounts/action",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(!(((data56 === "deny") || (data56 === "warn")) || (data56 === "off"))){
const err161 = {instancePath:instancePath+"/rules/sensitive-mounts/action",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data55.options !== undefined){
let data57 = data55.options;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key27 in data57){
if(!(func2.call(schema11.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.options.properties, key27))){
const err162 = {instancePath:instancePath+"/rules/sensitive-mounts/options",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data57.dataRoots !== undefined){
let data58 = data57.dataRoots;
if(Array.isArray(data58)){
const len4 = data58.length;
for(let i6=0; i6<len4; i6++){
let data59 = data58[i6];
if(typeof data59 === "string"){
if(!pattern3.test(data59)){
const err163 = {instancePath:instancePath+"/rules/sensitive-mounts/options/dataRoots/" + i6,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/rules/sensitive-mounts/options/dataRoots/" + i6,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
else {
const err165 = {instancePath:instancePath+"/rules/sensitive-mounts/options/dataRoots",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data57.deny !== undefined){
let data60 = data57.deny;
if(Array.isArray(data60)){
const len5 = data60.length;
for(let i7=0; i7<len5; i7++){
let data61 = data60[i7];
if(typeof data61 === "string"){
if(func4(data61) < 1){
const err166 = {instancePath:instancePath+"/rules/sensitive-mounts/options/deny/" + i7,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/rules/sensitive-mounts/options/deny/" + i7,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/rules/sensitive-mounts/options/deny",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data57.allow !== undefined){
let data62 = data57.allow;
if(Array.isArray(data62)){
const len6 = data62.length;
for(let i8=0; i8<len6; i8++){
let data63 = data62[i8];
if(typeof data63 === "string"){
if(func4(data63) < 1){
const err169 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allow/" + i8,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allow/" + i8,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allow",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data57.allowReadOnly !== undefined){
let data64 = data57.allowReadOnly;
if(Array.isArray(data64)){
const len7 = data64.length;
for(let i9=0; i9<len7; i9++){
let data65 = data64[i9];
if(typeof data65 === "string"){
if(func4(data65) < 1){
const err172 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowReadOnly/" + i9,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowReadOnly/" + i9,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
else {
const err174 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowReadOnly",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data57.volumeTypes !== undefined){
let data66 = data57.volumeTypes;
if(Array.isArray(data66)){
const len8 = data66.length;
for(let i10=0; i10<len8; i10++){
let data67 = data66[i10];
if(typeof data67 === "string"){
if(func4(data67) < 1){
const err175 = {instancePath:instancePath+"/rules/sensitive-mounts/options/volumeTypes/" + i10,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/rules/sensitive-mounts/options/volumeTypes/" + i10,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/rules/sensitive-mounts/options/volumeTypes",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data57.blockDevices !== undefined){
let data68 = data57.blockDevices;
if(Array.isArray(data68)){
const len9 = data68.length;
for(let i11=0; i11<len9; i11++){
let data69 = data68[i11];
if(typeof data69 === "string"){
if(!pattern3.test(data69)){
const err178 = {instancePath:instancePath+"/rules/sensitive-mounts/options/blockDevices/" + i11,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/rules/sensitive-mounts/options/blockDevices/" + i11,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/rules/sensitive-mounts/options/blockDevices",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data57.allowVolumesFrom !== undefined){
if(typeof data57.allowVolumesFrom !== "boolean"){
const err181 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowVolumesFrom",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowVolumesFrom/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data57.strict !== undefined){
if(typeof data57.strict !== "boolean"){
const err182 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strict",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data57.strictPaths !== undefined){
let data72 = data57.strictPaths;
if(Array.isArray(data72)){
const len10 = data72.length;
for(let i12=0; i12<len10; i12++){
let data73 = data72[i12];
if(typeof data73 === "string"){
if(!pattern5.test(data73)){
const err183 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strictPaths/" + i12,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/pattern",keyword:"pattern",params:{pattern: "^/(?!.*\\*\\*)"},message:"must match pattern \""+"^/(?!.*\\*\\*)"+"\""};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strictPaths/" + i12,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
}
else {
const err185 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strictPaths",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data57.allowNestedBinds !== undefined){
if(typeof data57.allowNestedBinds !== "boolean"){
const err186 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowNestedBinds",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowNestedBinds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
else {
const err187 = {instancePath:instancePath+"/rules/sensitive-mounts/options",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
else {
const err188 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
var _valid13 = _errs195 === errors;
if(_valid13 && valid45){
valid45 = false;
passing13 = [passing13, 1];
}
else {
if(_valid13){
valid45 = true;
passing13 = 1;
}
}
if(!valid45){
const err189 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
else {
errors = _errs192;
if(vErrors !== null){
if(_errs192){
vErrors.length = _errs192;
}
else {
vErrors = null;
}
}
}
}
if(data3["docker-socket"] !== undefined){
let data75 = data3["docker-socket"];
const _errs238 = errors;
let valid62 = false;
let passing14 = null;
const _errs239 = errors;
if(typeof data75 !== "string"){
const err190 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(!(((data75 === "deny") || (data75 === "warn")) || (data75 === "off"))){
const err191 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["docker-socket"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
var _valid14 = _errs239 === errors;
if(_valid14){
valid62 = true;
passing14 = 0;
}
const _errs241 = errors;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.action === undefined){
const err192 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
for(const key28 in data75){
if(!((key28 === "action") || (key28 === "options"))){
const err193 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data75.action !== undefined){
let data76 = data75.action;
if(typeof data76 !== "string"){
const err194 = {instancePath:instancePath+"/rules/docker-socket/action",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(!(((data76 === "deny") || (data76 === "warn")) || (data76 === "off"))){
const err195 = {instancePath:instancePath+"/rules/docker-socket/action",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["docker-socket"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data75.options !== undefined){
let data77 = data75.options;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
for(const key29 in data77){
if(!(key29 === "sockets")){
const err196 = {instancePath:instancePath+"/rules/docker-socket/options",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data77.sockets !== undefined){
let data78 = data77.sockets;
if(Array.isArray(data78)){
const len11 = data78.length;
for(let i13=0; i13<len11; i13++){
let data79 = data78[i13];
if(typeof data79 === "string"){
if(!pattern3.test(data79)){
const err197 = {instancePath:instancePath+"/rules/docker-socket/options/sockets/" + i13,schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
else {
const err198 = {instancePath:instancePath+"/rules/docker-socket/options/sockets/" + i13,schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
else {
const err199 = {instancePath:instancePath+"/rules/docker-socket/options/sockets",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
}
else {
const err200 = {instancePath:instancePath+"/rules/docker-socket/options",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
else {
const err201 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
var _valid14 = _errs241 === errors;
if(_valid14 && valid62){
valid62 = false;
passing14 = [passing14, 1];
}
else {
if(_valid14){
valid62 = true;
passing14 = 1;
}
}
if(!valid62){
const err202 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
else {
errors = _errs238;
if(vErrors !== null){
if(_errs238){
vErrors.length = _errs238;
}
else {
vErrors = null;
}
}
}
}
if(data3["mount-propagation"] !== undefined){
let data80 = data3["mount-propagation"];
const _errs254 = errors;
let valid67 = false;
let passing15 = null;
const _errs255 = errors;
if(typeof data80 !== "string"){
const err203 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(!(((data80 === "deny") || (data80 === "warn")) || (data80 === "off"))){
const err204 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["mount-propagation"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
var _valid15 = _errs255 === errors;
if(_valid15){
valid67 = true;
passing15 = 0;
}
const _errs257 = errors;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
if(data80.action === undefined){
const err205 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
for(const key30 in data80){
if(!((key30 === "action") || (key30 === "options"))){
const err206 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data80.action !== undefined){
let data81 = data80.action;
if(typeof data81 !== "string"){
const err207 = {instancePath:instancePath+"/rules/mount-propagation/action",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(!(((data81 === "deny") || (data81 === "warn")) || (data81 === "off"))){
const err208 = {instancePath:instancePath+"/rules/mount-propagation/action",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["mount-propagation"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data80.options !== undefined){
let data82 = data80.options;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
for(const key31 in data82){
const err209 = {instancePath:instancePath+"/rules/mount-propagation/options",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
else {
const err210 = {instancePath:instancePath+"/rules/mount-propagation/options",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
else {
const err211 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
var _valid15 = _errs257 === errors;
if(_valid15 && valid67){
valid67 = false;
passing15 = [passing15, 1];
}
else {
if(_valid15){
valid67 = true;
passing15 = 1;
}
}
if(!valid67){
const err212 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
else {
errors = _errs254;
if(vErrors !== null){
if(_errs254){
vErrors.length = _errs254;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-devices"] !== undefined){
let data83 = data3["host-devices"];
const _errs266 = errors;
let valid69 = false;
let passing16 = null;
const _errs267 = errors;
if(typeof data83 !== "string"){
const err213 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(!(((data83 === "deny") || (data83 === "warn")) || (data83 === "off"))){
const err214 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-devices"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var _valid16 = _errs267 === errors;
if(_valid16){
valid69 = true;
passing16 = 0;
}
const _errs269 = errors;
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.action === undefined){
const err215 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
for(const key32 in data83){
if(!((key32 === "action") || (key32 === "options"))){
const err216 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data83.action !== undefined){
let data84 = data83.action;
if(typeof data84 !== "string"){
const err217 = {instancePath:instancePath+"/rules/host-devices/action",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if(!(((data84 === "deny") || (data84 === "warn")) || (data84 === "off"))){
const err218 = {instancePath:instancePath+"/rules/host-devices/action",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-devices"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data83.options !== undefined){
let data85 = data83.options;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key33 in data85){
if(!(((key33 === "allowedDevices") || (key33 === "allowCgroupRules")) || (key33 === "allowDeviceRequests"))){
const err219 = {instancePath:instancePath+"/rules/host-devices/options",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data85.allowedDevices !== undefined){
let data86 = data85.allowedDevices;
if(Array.isArray(data86)){
const len12 = data86.length;
for(let i14=0; i14<len12; i14++){
let data87 = data86[i14];
if(typeof data87 === "string"){
if(func4(data87) < 1){
const err220 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices/" + i14,schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
else {
const err221 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices/" + i14,schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
else {
const err222 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data85.allowCgroupRules !== undefined){
if(typeof data85.allowCgroupRules !== "boolean"){
const err223 = {instancePath:instancePath+"/rules/host-devices/options/allowCgroupRules",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowCgroupRules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data85.allowDeviceRequests !== undefined){
if(typeof data85.allowDeviceRequests !== "boolean"){
const err224 = {instancePath:instancePath+"/rules/host-devices/options/allowDeviceRequests",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowDeviceRequests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
}
else {
const err225 = {instancePath:instancePath+"/rules/host-devices/options",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
}
else {
const err226 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
var _valid16 = _errs269 === errors;
if(_valid16 && valid69){
valid69 = false;
passing16 = [passing16, 1];
}
else {
if(_valid16){
valid69 = true;
passing16 = 1;
}
}
if(!valid69){
const err227 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
else {
errors = _errs266;
if(vErrors !== null){
if(_errs266){
vErrors.length = _errs266;
}
else {
vErrors = null;
}
}
}
}
if(data3["selinux-unconfined"] !== undefined){
let data90 = data3["selinux-unconfined"];
const _errs286 = errors;
let valid74 = false;
let passing17 = null;
const _errs287 = errors;
if(typeof data90 !== "string"){
const err228 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(!(((data90 === "deny") || (data90 === "warn")) || (data90 === "off"))){
const err229 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["selinux-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
var _valid17 = _errs287 === errors;
if(_valid17){
valid74 = true;
passing17 = 0;
}
const _errs289 = errors;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.action === undefined){
const err230 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
for(const key34 in data90){
if(!((key34 === "action") || (key34 === "options"))){
const err231 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data90.action !== undefined){
let data91 = data90.action;
if(typeof data91 !== "string"){
const err232 = {instancePath:instancePath+"/rules/selinux-unconfined/action",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(!(((data91 === "deny") || (data91 === "warn")) || (data91 === "off"))){
const err233 = {instancePath:instancePath+"/rules/selinux-unconfined/action",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["selinux-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data90.options !== undefined){
let data92 = data90.options;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
for(const key35 in data92){
if(!(key35 === "deniedTypes")){
const err234 = {instancePath:instancePath+"/rules/selinux-unconfined/options",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data92.deniedTypes !== undefined){
let data93 = data92.deniedTypes;
if(Array.isArray(data93)){
const len13 = data93.length;
for(let i15=0; i15<len13; i15++){
let data94 = data93[i15];
if(typeof data94 === "string"){
if(func4(data94) < 1){
const err235 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes/" + i15,schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
else {
const err236 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes/" + i15,schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
}
else {
const err238 = {instancePath:instancePath+"/rules/selinux-unconfined/options",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
}
else {
const err239 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
var _valid17 = _errs289 === errors;
if(_valid17 && valid74){
valid74 = false;
passing17 = [passing17, 1];
}
else {
if(_valid17){
valid74 = true;
passing17 = 1;
}
}
if(!valid74){
const err240 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
else {
errors = _errs286;
if(vErrors !== null){
if(_errs286){
vErrors.length = _errs286;
}
else {
vErrors = null;
}
}
}
}
if(data3["systempaths-unconfined"] !== undefined){
let data95 = data3["systempaths-unconfined"];
const _errs302 = errors;
let valid79 = false;
let passing18 = null;
const _errs303 = errors;
if(typeof data95 !== "string"){
const err241 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(!(((data95 === "deny") || (data95 === "warn")) || (data95 === "off"))){
const err242 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["systempaths-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
var _valid18 = _errs303 === errors;
if(_valid18){
valid79 = true;
passing18 = 0;
}
const _errs305 = errors;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.action === undefined){
const err243 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
for(const key36 in data95){
if(!((key36 === "action") || (key36 === "options"))){
const err244 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data95.action !== undefined){
let data96 = data95.action;
if(typeof data96 !== "string"){
const err245 = {instancePath:instancePath+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
if(!(((data96 === "deny") || (data96 === "warn")) || (data96 === "off"))){
const err246 = {instancePath:instancePath+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["systempaths-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data95.options !== undefined){
let data97 = data95.options;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
for(const key37 in data97){
const err247 = {instancePath:instancePath+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
else {
const err248 = {instancePath:instancePath+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
}
else {
const err249 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
var _valid18 = _errs305 === errors;
if(_valid18 && valid79){
valid79 = false;
passing18 = [passing18, 1];
}
else {
if(_valid18){
valid79 = true;
passing18 = 1;
}
}
if(!valid79){
const err250 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
else {
errors = _errs302;
if(vErrors !== null){
if(_errs302){
vErrors.length = _errs302;
}
else {
vErrors = null;
}
}
}
}
if(data3["security-opt-allowlist"] !== undefined){
let data98 = data3["security-opt-allowlist"];
const _errs314 = errors;
let valid81 = false;
let passing19 = null;
const _errs315 = errors;
if(typeof data98 !== "string"){
const err251 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(!(((data98 === "deny") || (data98 === "warn")) || (data98 === "off"))){
const err252 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["security-opt-allowlist"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
var _valid19 = _errs315 === errors;
if(_valid19){
valid81 = true;
passing19 = 0;
}
const _errs317 = errors;
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
if(data98.action === undefined){
const err253 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
for(const key38 in data98){
if(!((key38 === "action") || (key38 === "options"))){
const err254 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data98.action !== undefined){
let data99 = data98.action;
if(typeof data99 !== "string"){
const err255 = {instancePath:instancePath+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(!(((data99 === "deny") || (data99 === "warn")) || (data99 === "off"))){
const err256 = {instancePath:instancePath+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["security-opt-allowlist"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data98.options !== undefined){
let data100 = data98.options;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key39 in data100){
if(!(key39 === "allowedLabels")){
const err257 = {instancePath:instancePath+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data100.allowedLabels !== undefined){
let data101 = data100.allowedLabels;
if(Array.isArray(data101)){
const len14 = data101.length;
for(let i16=0; i16<len14; i16++){
let data102 = data101[i16];
if(typeof data102 === "string"){
if(func4(data102) < 1){
const err258 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels/" + i16,schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
else {
const err259 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels/" + i16,schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
else {
const err260 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
}
else {
const err261 = {instancePath:instancePath+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
}
else {
const err262 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
var _valid19 = _errs317 === errors;
if(_valid19 && valid81){
valid81 = false;
passing19 = [passing19, 1];
}
else {
if(_valid19){
valid81 = true;
passing19 = 1;
}
}
if(!valid81){
const err263 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
else {
errors = _errs314;
if(vErrors !== null){
if(_errs314){
vErrors.length = _errs314;
}
else {
vErrors = null;
}
}
}
}
if(data3["build-options"] !== undefined){
let data103 = data3["build-options"];
const _errs330 = errors;
let valid86 = false;
let passing20 = null;
const _errs331 = errors;
if(typeof data103 !== "string"){
const err264 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(!(((data103 === "deny") || (data103 === "warn")) || (data103 === "off"))){
const err265 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["build-options"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
var _valid20 = _errs331 === errors;
if(_valid20){
valid86 = true;
passing20 = 0;
}
const _errs333 = errors;
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
if(data103.action === undefined){
const err266 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
for(const key40 in data103){
if(!((key40 === "action") || (key40 === "options"))){
const err267 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data103.action !== undefined){
let data104 = data103.action;
if(typeof data104 !== "string"){
const err268 = {instancePath:instancePath+"/rules/build-options/action",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(!(((data104 === "deny") || (data104 === "warn")) || (data104 === "off"))){
const err269 = {instancePath:instancePath+"/rules/build-options/action",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["build-options"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data103.options !== undefined){
let data105 = data103.options;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
for(const key41 in data105){
const err270 = {instancePath:instancePath+"/rules/build-options/options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/rules/build-options/options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
}
else {
const err272 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
var _valid20 = _errs333 === errors;
if(_valid20 && valid86){
valid86 = false;
passing20 = [passing20, 1];
}
else {
if(_valid20){
valid86 = true;
passing20 = 1;
}
}
if(!valid86){
const err273 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
else {
errors = _errs330;
if(vErrors !== null){
if(_errs330){
vErrors.length = _errs330;
}
else {
vErrors = null;
}
}
}
}
if(data3["buildkit-entitlements"] !== undefined){
let data106 = data3["buildkit-entitlements"];
const _errs342 = errors;
let valid88 = false;
let passing21 = null;
const _errs343 = errors;
if(typeof data106 !== "string"){
const err274 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if(!(((data106 === "deny") || (data106 === "warn")) || (data106 === "off"))){
const err275 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["buildkit-entitlements"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
var _valid21 = _errs343 === errors;
if(_valid21){
valid88 = true;
passing21 = 0;
}
const _errs345 = errors;
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.action === undefined){
const err276 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
for(const key42 in data106){
if(!((key42 === "action") || (key42 === "options"))){
const err277 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data106.action !== undefined){
let data107 = data106.action;
if(typeof data107 !== "string"){
const err278 = {instancePath:instancePath+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(!(((data107 === "deny") || (data107 === "warn")) || (data107 === "off"))){
const err279 = {instancePath:instancePath+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["buildkit-entitlements"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data106.options !== undefined){
let data108 = data106.options;
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
for(const key43 in data108){
const err280 = {instancePath:instancePath+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
}
else {
const err282 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
var _valid21 = _errs345 === errors;
if(_valid21 && valid88){
valid88 = false;
passing21 = [passing21, 1];
}
else {
if(_valid21){
valid88 = true;
passing21 = 1;
}
}
if(!valid88){
const err283 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
else {
errors = _errs342;
if(vErrors !== null){
if(_errs342){
vErrors.length = _errs342;
}
else {
vErrors = null;
}
}
}
}
if(data3["plugin-install"] !== undefined){
let data109 = data3["plugin-install"];
const _errs354 = errors;
let valid90 = false;
let passing22 = null;
const _errs355 = errors;
if(typeof data109 !== "string"){
const err284 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!(((data109 === "deny") || (data109 === "warn")) || (data109 === "off"))){
const err285 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["plugin-install"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
var _valid22 = _errs355 === errors;
if(_valid22){
valid90 = true;
passing22 = 0;
}
const _errs357 = errors;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(data109.action === undefined){
const err286 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
for(const key44 in data109){
if(!((key44 === "action") || (key44 === "options"))){
const err287 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data109.action !== undefined){
let data110 = data109.action;
if(typeof data110 !== "string"){
const err288 = {instancePath:instancePath+"/rules/plugin-install/action",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
if(!(((data110 === "deny") || (data110 === "warn")) || (data110 === "off"))){
const err289 = {instancePath:instancePath+"/rules/plugin-install/action",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["plugin-install"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data109.options !== undefined){
let data111 = data109.options;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key45 in data111){
if(!((key45 === "allowed") || (key45 === "allowCreate"))){
const err290 = {instancePath:instancePath+"/rules/plugin-install/options",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data111.allowed !== undefined){
let data112 = data111.allowed;
if(Array.isArray(data112)){
const len15 = data112.length;
for(let i17=0; i17<len15; i17++){
let data113 = data112[i17];
if(typeof data113 === "string"){
if(func4(data113) < 1){
const err291 = {instancePath:instancePath+"/rules/plugin-install/options/allowed/" + i17,schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
else {
const err292 = {instancePath:instancePath+"/rules/plugin-install/options/allowed/" + i17,schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
}
else {
const err293 = {instancePath:instancePath+"/rules/plugin-install/options/allowed",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data111.allowCreate !== undefined){
if(typeof data111.allowCreate !== "boolean"){
const err294 = {instancePath:instancePath+"/rules/plugin-install/options/allowCreate",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowCreate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
}
else {
const err295 = {instancePath:instancePath+"/rules/plugin-install/options",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
}
else {
const err296 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
var _valid22 = _errs357 === errors;
if(_valid22 && valid90){
valid90 = false;
passing22 = [passing22, 1];
}
else {
if(_valid22){
valid90 = true;
passing22 = 1;
}
}
if(!valid90){
const err297 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
else {
errors = _errs354;
if(vErrors !== null){
if(_errs354){
vErrors.length = _errs354;
}
else {
vErrors = null;
}
}
}
}
if(data3["self-protection"] !== undefined){
let data115 = data3["self-protection"];
const _errs372 = errors;
let valid95 = false;
let passing23 = null;
const _errs373 = errors;
if(typeof data115 !== "string"){
const err298 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
if(!(((data115 === "deny") || (data115 === "warn")) || (data115 === "off"))){
const err299 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["self-protection"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
var _valid23 = _errs373 === errors;
if(_valid23){
valid95 = true;
passing23 = 0;
}
const _errs375 = errors;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(data115.action === undefined){
const err300 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
for(const key46 in data115){
if(!((key46 === "action") || (key46 === "options"))){
const err301 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
if(data115.action !== undefined){
let data116 = data115.action;
if(typeof data116 !== "string"){
const err302 = {instancePath:instancePath+"/rules/self-protection/action",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
if(!(((data116 === "deny") || (data116 === "warn")) || (data116 === "off"))){
const err303 = {instancePath:instancePath+"/rules/self-protection/action",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["self-protection"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data115.options !== undefined){
let data117 = data115.options;
if(data117 && typeof data117 == "object" && !Array.isArray(data117)){
for(const key47 in data117){
if(!((((((key47 === "names") || (key47 === "ids")) || (key47 === "detectId")) || (key47 === "adminUsers")) || (key47 === "otherPlugins")) || (key47 === "readDaemonConfig"))){
const err304 = {instancePath:instancePath+"/rules/self-protection/options",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data117.names !== undefined){
let data118 = data117.names;
if(Array.isArray(data118)){
const len16 = data118.length;
for(let i18=0; i18<len16; i18++){
let data119 = data118[i18];
if(typeof data119 === "string"){
if(func4(data119) < 1){
const err305 = {instancePath:instancePath+"/rules/self-protection/options/names/" + i18,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
else {
const err306 = {instancePath:instancePath+"/rules/self-protection/options/names/" + i18,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
}
else {
const err307 = {instancePath:instancePath+"/rules/self-protection/options/names",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data117.ids !== undefined){
let data120 = data117.ids;
if(Array.isArray(data120)){
const len17 = data120.length;
for(let i19=0; i19<len17; i19++){
let data121 = data120[i19];
if(typeof data121 === "string"){
if(!pattern7.test(data121)){
const err308 = {instancePath:instancePath+"/rules/self-protection/options/ids/" + i19,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
else {
const err309 = {instancePath:instancePath+"/rules/self-protection/options/ids/" + i19,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
}
else {
const err310 = {instancePath:instancePath+"/rules/self-protection/options/ids",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data117.detectId !== undefined){
if(typeof data117.detectId !== "boolean"){
const err311 = {instancePath:instancePath+"/rules/self-protection/options/detectId",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/detectId/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data117.adminUsers !== undefined){
let data123 = data117.adminUsers;
if(Array.isArray(data123)){
const len18 = data123.length;
for(let i20=0; i20<len18; i20++){
let data124 = data123[i20];
if(typeof data124 === "string"){
if(func4(data124) < 1){
const err312 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers/" + i20,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers/" + i20,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
}
else {
const err314 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data117.otherPlugins !== undefined){
let data125 = data117.otherPlugins;
if(Array.isArray(data125)){
const len19 = data125.length;
for(let i21=0; i21<len19; i21++){
let data126 = data125[i21];
if(typeof data126 === "string"){
if(func4(data126) < 1){
const err315 = {instancePath:instancePath+"/rules/self-protection/options/otherPlugins/" + i21,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
else {
const err316 = {instancePath:instancePath+"/rules/self-protection/options/otherPlugins/" + i21,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
}
else {
const err317 = {instancePath:instancePath+"/rules/self-protection/options/otherPlugins",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data117.readDaemonConfig !== undefined){
if(typeof data117.readDaemonConfig !== "boolean"){
const err318 = {instancePath:instancePath+"/rules/self-protection/options/readDaemonConfig",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/readDaemonConfig/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
}
else {
const err319 = {instancePath:instancePath+"/rules/self-protection/options",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
}
else {
const err320 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
var _valid23 = _errs375 === errors;
if(_valid23 && valid95){
valid95 = false;
passing23 = [passing23, 1];
}
else {
if(_valid23){
valid95 = true;
passing23 = 1;
}
}
if(!valid95){
const err321 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
else {
errors = _errs372;
if(vErrors !== null){
if(_errs372){
vErrors.length = _errs372;
}
else {
vErrors = null;
}
}
}
}
if(data3["swarm-join"] !== undefined){
let data128 = data3["swarm-join"];
const _errs404 = errors;
let valid106 = false;
let passing24 = null;
const _errs405 = errors;
if(typeof data128 !== "string"){
const err322 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(!(((data128 === "deny") || (data128 === "warn")) || (data128 === "off"))){
const err323 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-join"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
var _valid24 = _errs405 === errors;
if(_valid24){
valid106 = true;
passing24 = 0;
}
const _errs407 = errors;
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
if(data128.action === undefined){
const err324 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
for(const key48 in data128){
if(!((key48 === "action") || (key48 === "options"))){
const err325 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
if(data128.action !== undefined){
let data129 = data128.action;
if(typeof data129 !== "string"){
const err326 = {instancePath:instancePath+"/rules/swarm-join/action",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(!(((data129 === "deny") || (data129 === "warn")) || (data129 === "off"))){
const err327 = {instancePath:instancePath+"/rules/swarm-join/action",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-join"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
if(data128.options !== undefined){
let data130 = data128.options;
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
for(const key49 in data130){
if(!(key49 === "allowedManagers")){
const err328 = {instancePath:instancePath+"/rules/swarm-join/options",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data130.allowedManagers !== undefined){
let data131 = data130.allowedManagers;
if(Array.isArray(data131)){
const len20 = data131.length;
for(let i22=0; i22<len20; i22++){
let data132 = data131[i22];
if(typeof data132 === "string"){
if(func4(data132) < 1){
const err329 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers/" + i22,schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
else {
const err330 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers/" + i22,schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
}
else {
const err331 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
}
else {
const err332 = {instancePath:instancePath+"/rules/swarm-join/options",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
}
else {
const err333 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
var _valid24 = _errs407 === errors;
if(_valid24 && valid106){
valid106 = false;
passing24 = [passing24, 1];
}
else {
if(_valid24){
valid106 = true;
passing24 = 1;
}
}
if(!valid106){
const err334 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
else {
errors = _errs404;
if(vErrors !== null){
if(_errs404){
vErrors.length = _errs404;
}
else {
vErrors = null;
}
}
}
}
if(data3["swarm-init"] !== undefined){
let data133 = data3["swarm-init"];
const _errs420 = errors;
let valid111 = false;
let passing25 = null;
const _errs421 = errors;
if(typeof data133 !== "string"){
const err335 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if(!(((data133 === "deny") || (data133 === "warn")) || (data133 === "off"))){
const err336 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-init"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
var _valid25 = _errs421 === errors;
if(_valid25){
valid111 = true;
passing25 = 0;
}
const _errs423 = errors;
if(data133 && typeof data133 == "object" && !Array.isArray(data133)){
if(data133.action === undefined){
const err337 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
for(const key50 in data133){
if(!((key50 === "action") || (key50 === "options"))){
const err338 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data133.action !== undefined){
let data134 = data133.action;
if(typeof data134 !== "string"){
const err339 = {instancePath:instancePath+"/rules/swarm-init/action",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
if(!(((data134 === "deny") || (data134 === "warn")) || (data134 === "off"))){
const err340 = {instancePath:instancePath+"/rules/swarm-init/action",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-init"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data133.options !== undefined){
let data135 = data133.options;
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
for(const key51 in data135){
const err341 = {instancePath:instancePath+"/rules/swarm-init/options",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
else {
const err342 = {instancePath:instancePath+"/rules/swarm-init/options",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
}
else {
const err343 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
var _valid25 = _errs423 === errors;
if(_valid25 && valid111){
valid111 = false;
passing25 = [passing25, 1];
}
else {
if(_valid25){
valid111 = true;
passing25 = 1;
}
}
if(!valid111){
const err344 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
else {
errors = _errs420;
if(vErrors !== null){
if(_errs420){
vErrors.length = _errs420;
}
else {
vErrors = null;
}
}
}
}
if(data3["service-rollback"] !== undefined){
let data136 = data3["service-rollback"];
const _errs432 = errors;
let valid113 = false;
let passing26 = null;
const _errs433 = errors;
if(typeof data136 !== "string"){
const err345 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
if(!(((data136 === "deny") || (data136 === "warn")) || (data136 === "off"))){
const err346 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["service-rollback"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
var _valid26 = _errs433 === errors;
if(_valid26){
valid113 = true;
passing26 = 0;
}
const _errs435 = errors;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
if(data136.action === undefined){
const err347 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
for(const key52 in data136){
if(!((key52 === "action") || (key52 === "options"))){
const err348 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data136.action !== undefined){
let data137 = data136.action;
if(typeof data137 !== "string"){
const err349 = {instancePath:instancePath+"/rules/service-rollback/action",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
if(!(((data137 === "deny") || (data137 === "warn")) || (data137 === "off"))){
const err350 = {instancePath:instancePath+"/rules/service-rollback/action",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["service-rollback"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
if(data136.options !== undefined){
let data138 = data136.options;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
for(const key53 in data138){
const err351 = {instancePath:instancePath+"/rules/service-rollback/options",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
else {
const err352 = {instancePath:instancePath+"/rules/service-rollback/options",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
}
else {
const err353 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
var _valid26 = _errs435 === errors;
if(_valid26 && valid113){
valid113 = false;
passing26 = [passing26, 1];
}
else {
if(_valid26){
valid113 = true;
passing26 = 1;
}
}
if(!valid113){
const err354 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
else {
errors = _errs432;
if(vErrors !== null){
if(_errs432){
vErrors.length = _errs432;
}
else {
vErrors = null;
}
}
}
}
if(data3["exec-root-user"] !== undefined){
let data139 = data3["exec-root-user"];
const _errs444 = errors;
let valid115 = false;
let passing27 = null;
const _errs445 = errors;
if(typeof data139 !== "string"){
const err355 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if(!(((data139 === "deny") || (data139 === "warn")) || (data139 === "off"))){
const err356 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["exec-root-user"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
var _valid27 = _errs445 === errors;
if(_valid27){
valid115 = true;
passing27 = 0;
}
const _errs447 = errors;
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
if(data139.action === undefined){
const err357 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
for(const key54 in data139){
if(!((key54 === "action") || (key54 === "options"))){
const err358 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
if(data139.action !== undefined){
let data140 = data139.action;
if(typeof data140 !== "string"){
const err359 = {instancePath:instancePath+"/rules/exec-root-user/action",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(!(((data140 === "deny") || (data140 === "warn")) || (data140 === "off"))){
const err360 = {instancePath:instancePath+"/rules/exec-root-user/action",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["exec-root-user"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
if(data139.options !== undefined){
let data141 = data139.options;
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
for(const key55 in data141){
const err361 = {instancePath:instancePath+"/rules/exec-root-user/options",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
else {
const err362 = {instancePath:instancePath+"/rules/exec-root-user/options",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
}
else {
const err363 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
var _valid27 = _errs447 === errors;
if(_valid27 && valid115){
valid115 = false;
passing27 = [passing27, 1];
}
else {
if(_valid27){
valid115 = true;
passing27 = 1;
}
}
if(!valid115){
const err364 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf",keyword:"oneOf",params:{passingSchemas: passing27},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
else {
errors = _errs444;
if(vErrors !== null){
if(_errs444){
vErrors.length = _errs444;
}
else {
vErrors = null;
}
}
}
}
if(data3["read-only-rootfs"] !== undefined){
let data142 = data3["read-only-rootfs"];
const _errs456 = errors;
let valid117 = false;
let passing28 = null;
const _errs457 = errors;
if(typeof data142 !== "string"){
const err365 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
if(!(((data142 === "deny") || (data142 === "warn")) || (data142 === "off"))){
const err366 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["read-only-rootfs"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
var _valid28 = _errs457 === errors;
if(_valid28){
valid117 = true;
passing28 = 0;
}
const _errs459 = errors;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
if(data142.action === undefined){
const err367 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
for(const key56 in data142){
if(!((key56 === "action") || (key56 === "options"))){
const err368 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
if(data142.action !== undefined){
let data143 = data142.action;
if(typeof data143 !== "string"){
const err369 = {instancePath:instancePath+"/rules/read-only-rootfs/action",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
if(!(((data143 === "deny") || (data143 === "warn")) || (data143 === "off"))){
const err370 = {instancePath:instancePath+"/rules/read-only-rootfs/action",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["read-only-rootfs"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
if(data142.options !== undefined){
let data144 = data142.options;
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
for(const key57 in data144){
const err371 = {instancePath:instancePath+"/rules/read-only-rootfs/options",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
else {
const err372 = {instancePath:instancePath+"/rules/read-only-rootfs/options",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
}
else {
const err373 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
var _valid28 = _errs459 === errors;
if(_valid28 && valid117){
valid117 = false;
passing28 = [passing28, 1];
}
else {
if(_valid28){
valid117 = true;
passing28 = 1;
}
}
if(!valid117){
const err374 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing28},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
else {
errors = _errs456;
if(vErrors !== null){
if(_errs456){
vErrors.length = _errs456;
}
else {
vErrors = null;
}
}
}
}
if(data3["pids-limit"] !== undefined){
let data145 = data3["pids-limit"];
const _errs468 = errors;
let valid119 = false;
let passing29 = null;
const _errs469 = errors;
if(typeof data145 !== "string"){
const err375 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
if(!(((data145 === "deny") || (data145 === "warn")) || (data145 === "off"))){
const err376 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["pids-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
var _valid29 = _errs469 === errors;
if(_valid29){
valid119 = true;
passing29 = 0;
}
const _errs471 = errors;
if(data145 && typeof data145 == "object" && !Array.isArray(data145)){
if(data145.action === undefined){
const err377 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
for(const key58 in data145){
if(!((key58 === "action") || (key58 === "options"))){
const err378 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data145.action !== undefined){
let data146 = data145.action;
if(typeof data146 !== "string"){
const err379 = {instancePath:instancePath+"/rules/pids-limit/action",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
if(!(((data146 === "deny") || (data146 === "warn")) || (data146 === "off"))){
const err380 = {instancePath:instancePath+"/rules/pids-limit/action",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["pids-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
if(data145.options !== undefined){
let data147 = data145.options;
if(data147 && typeof data147 == "object" && !Array.isArray(data147)){
for(const key59 in data147){
const err381 = {instancePath:instancePath+"/rules/pids-limit/options",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
else {
const err382 = {instancePath:instancePath+"/rules/pids-limit/options",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
}
else {
const err383 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
var _valid29 = _errs471 === errors;
if(_valid29 && valid119){
valid119 = false;
passing29 = [passing29, 1];
}
else {
if(_valid29){
valid119 = true;
passing29 = 1;
}
}
if(!valid119){
const err384 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing29},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
else {
errors = _errs468;
if(vErrors !== null){
if(_errs468){
vErrors.length = _errs468;
}
else {
vErrors = null;
}
}
}
}
if(data3["no-new-privileges"] !== undefined){
let data148 = data3["no-new-privileges"];
const _errs480 = errors;
let valid121 = false;
let passing30 = null;
const _errs481 = errors;
if(typeof data148 !== "string"){
const err385 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
if(!(((data148 === "deny") || (data148 === "warn")) || (data148 === "off"))){
const err386 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["no-new-privileges"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
var _valid30 = _errs481 === errors;
if(_valid30){
valid121 = true;
passing30 = 0;
}
const _errs483 = errors;
if(data148 && typeof data148 == "object" && !Array.isArray(data148)){
if(data148.action === undefined){
const err387 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
for(const key60 in data148){
if(!((key60 === "action") || (key60 === "options"))){
const err388 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data148.action !== undefined){
let data149 = data148.action;
if(typeof data149 !== "string"){
const err389 = {instancePath:instancePath+"/rules/no-new-privileges/action",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
if(!(((data149 === "deny") || (data149 === "warn")) || (data149 === "off"))){
const err390 = {instancePath:instancePath+"/rules/no-new-privileges/action",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["no-new-privileges"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
if(data148.options !== undefined){
let data150 = data148.options;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
for(const key61 in data150){
const err391 = {instancePath:instancePath+"/rules/no-new-privileges/options",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
else {
const err392 = {instancePath:instancePath+"/rules/no-new-privileges/options",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
}
else {
const err393 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
var _valid30 = _errs483 === errors;
if(_valid30 && valid121){
valid121 = false;
passing30 = [passing30, 1];
}
else {
if(_valid30){
valid121 = true;
passing30 = 1;
}
}
if(!valid121){
const err394 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf",keyword:"oneOf",params:{passingSchemas: passing30},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
else {
errors = _errs480;
if(vErrors !== null){
if(_errs480){
vErrors.length = _errs480;
}
else {
vErrors = null;
}
}
}
}
if(data3["health-check"] !== undefined){
let data151 = data3["health-check"];
const _errs492 = errors;
let valid123 = false;
let passing31 = null;
const _errs493 = errors;
if(typeof data151 !== "string"){
const err395 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
if(!(((data151 === "deny") || (data151 === "warn")) || (data151 === "off"))){
const err396 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["health-check"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
var _valid31 = _errs493 === errors;
if(_valid31){
valid123 = true;
passing31 = 0;
}
const _errs495 = errors;
if(data151 && typeof data151 == "object" && !Array.isArray(data151)){
if(data151.action === undefined){
const err397 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
for(const key62 in data151){
if(!((key62 === "action") || (key62 === "options"))){
const err398 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data151.action !== undefined){
let data152 = data151.action;
if(typeof data152 !== "string"){
const err399 = {instancePath:instancePath+"/rules/health-check/action",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
if(!(((data152 === "deny") || (data152 === "warn")) || (data152 === "off"))){
const err400 = {instancePath:instancePath+"/rules/health-check/action",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["health-check"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
if(data151.options !== undefined){
let data153 = data151.options;
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
for(const key63 in data153){
const err401 = {instancePath:instancePath+"/rules/health-check/options",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
else {
const err402 = {instancePath:instancePath+"/rules/health-check/options",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
}
else {
const err403 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
var _valid31 = _errs495 === errors;
if(_valid31 && valid123){
valid123 = false;
passing31 = [passing31, 1];
}
else {
if(_valid31){
valid123 = true;
passing31 = 1;
}
}
if(!valid123){
const err404 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf",keyword:"oneOf",params:{passingSchemas: passing31},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
else {
errors = _errs492;
if(vErrors !== null){
if(_errs492){
vErrors.length = _errs492;
}
else {
vErrors = null;
}
}
}
}
if(data3["image-tag"] !== undefined){
let data154 = data3["image-tag"];
const _errs504 = errors;
let valid125 = false;
let passing32 = null;
const _errs505 = errors;
if(typeof data154 !== "string"){
const err405 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
if(!(((data154 === "deny") || (data154 === "warn")) || (data154 === "off"))){
const err406 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["image-tag"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
var _valid32 = _errs505 === errors;
if(_valid32){
valid125 = true;
passing32 = 0;
}
const _errs507 = errors;
if(data154 && typeof data154 == "object" && !Array.isArray(data154)){
if(data154.action === undefined){
const err407 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
for(const key64 in data154){
if(!((key64 === "action") || (key64 === "options"))){
const err408 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
if(data154.action !== undefined){
let data155 = data154.action;
if(typeof data155 !== "string"){
const err409 = {instancePath:instancePath+"/rules/image-tag/action",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
if(!(((data155 === "deny") || (data155 === "warn")) || (data155 === "off"))){
const err410 = {instancePath:instancePath+"/rules/image-tag/action",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["image-tag"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
if(data154.options !== undefined){
let data156 = data154.options;
if(data156 && typeof data156 == "object" && !Array.isArray(data156)){
for(const key65 in data156){
if(!(key65 === "requireDigest")){
const err411 = {instancePath:instancePath+"/rules/image-tag/options",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
if(data156.requireDigest !== undefined){
if(typeof data156.requireDigest !== "boolean"){
const err412 = {instancePath:instancePath+"/rules/image-tag/options/requireDigest",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
}
else {
const err413 = {instancePath:instancePath+"/rules/image-tag/options",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
}
else {
const err414 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
var _valid32 = _errs507 === errors;
if(_valid32 && valid125){
valid125 = false;
passing32 = [passing32, 1];
}
else {
if(_valid32){
valid125 = true;
passing32 = 1;
}
}
if(!valid125){
const err415 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf",keyword:"oneOf",params:{passingSchemas: passing32},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
else {
errors = _errs504;
if(vErrors !== null){
if(_errs504){
vErrors.length = _errs504;
}
else {
vErrors = null;
}
}
}
}
if(data3["privileged-ports"] !== undefined){
let data158 = data3["privileged-ports"];
const _errs518 = errors;
let valid128 = false;
let passing33 = null;
const _errs519 = errors;
if(typeof data158 !== "string"){
const err416 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if(!(((data158 === "deny") || (data158 === "warn")) || (data158 === "off"))){
const err417 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["privileged-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
var _valid33 = _errs519 === errors;
if(_valid33){
valid128 = true;
passing33 = 0;
}
const _errs521 = errors;
if(data158 && typeof data158 == "object" && !Array.isArray(data158)){
if(data158.action === undefined){
const err418 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
for(const key66 in data158){
if(!((key66 === "action") || (key66 === "options"))){
const err419 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data158.action !== undefined){
let data159 = data158.action;
if(typeof data159 !== "string"){
const err420 = {instancePath:instancePath+"/rules/privileged-ports/action",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
if(!(((data159 === "deny") || (data159 === "warn")) || (data159 === "off"))){
const err421 = {instancePath:instancePath+"/rules/privileged-ports/action",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["privileged-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
if(data158.options !== undefined){
let data160 = data158.options;
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
for(const key67 in data160){
const err422 = {instancePath:instancePath+"/rules/privileged-ports/options",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
else {
const err423 = {instancePath:instancePath+"/rules/privileged-ports/options",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
}
else {
const err424 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
var _valid33 = _errs521 === errors;
if(_valid33 && valid128){
valid128 = false;
passing33 = [passing33, 1];
}
else {
if(_valid33){
valid128 = true;
passing33 = 1;
}
}
if(!valid128){
const err425 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing33},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
else {
errors = _errs518;
if(vErrors !== null){
if(_errs518){
vErrors.length = _errs518;
}
else {
vErrors = null;
}
}
}
}
if(data3["port-all-interfaces"] !== undefined){
let data161 = data3["port-all-interfaces"];
const _errs530 = errors;
let valid130 = false;
let passing34 = null;
const _errs531 = errors;
if(typeof data161 !== "string"){
const err426 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
if(!(((data161 === "deny") || (data161 === "warn")) || (data161 === "off"))){
const err427 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["port-all-interfaces"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
var _valid34 = _errs531 === errors;
if(_valid34){
valid130 = true;
passing34 = 0;
}
const _errs533 = errors;
if(data161 && typeof data161 == "object" && !Array.isArray(data161)){
if(data161.action === undefined){
const err428 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
for(const key68 in data161){
if(!((key68 === "action") || (key68 === "options"))){
const err429 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
if(data161.action !== undefined){
let data162 = data161.action;
if(typeof data162 !== "string"){
const err430 = {instancePath:instancePath+"/rules/port-all-interfaces/action",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
if(!(((data162 === "deny") || (data162 === "warn")) || (data162 === "off"))){
const err431 = {instancePath:instancePath+"/rules/port-all-interfaces/action",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["port-all-interfaces"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data161.options !== undefined){
let data163 = data161.options;
if(data163 && typeof data163 == "object" && !Array.isArray(data163)){
for(const key69 in data163){
const err432 = {instancePath:instancePath+"/rules/port-all-interfaces/options",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
else {
const err433 = {instancePath:instancePath+"/rules/port-all-interfaces/options",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
}
else {
const err434 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
var _valid34 = _errs533 === errors;
if(_valid34 && valid130){
valid130 = false;
passing34 = [passing34, 1];
}
else {
if(_valid34){
valid130 = true;
passing34 = 1;
}
}
if(!valid130){
const err435 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf",keyword:"oneOf",params:{passingSchemas: passing34},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
else {
errors = _errs530;
if(vErrors !== null){
if(_errs530){
vErrors.length = _errs530;
}
else {
vErrors = null;
}
}
}
}
if(data3["publish-all-ports"] !== undefined){
let data164 = data3["publish-all-ports"];
const _errs542 = errors;
let valid132 = false;
let passing35 = null;
const _errs543 = errors;
if(typeof data164 !== "string"){
const err436 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
if(!(((data164 === "deny") || (data164 === "warn")) || (data164 === "off"))){
const err437 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["publish-all-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
var _valid35 = _errs543 === errors;
if(_valid35){
valid132 = true;
passing35 = 0;
}
const _errs545 = errors;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
if(data164.action === undefined){
const err438 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
for(const key70 in data164){
if(!((key70 === "action") || (key70 === "options"))){
const err439 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
if(data164.action !== undefined){
let data165 = data164.action;
if(typeof data165 !== "string"){
const err440 = {instancePath:instancePath+"/rules/publish-all-ports/action",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
if(!(((data165 === "deny") || (data165 === "warn")) || (data165 === "off"))){
const err441 = {instancePath:instancePath+"/rules/publish-all-ports/action",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["publish-all-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
if(data164.options !== undefined){
let data166 = data164.options;
if(data166 && typeof data166 == "object" && !Array.isArray(data166)){
for(const key71 in data166){
const err442 = {instancePath:instancePath+"/rules/publish-all-ports/options",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
else {
const err443 = {instancePath:instancePath+"/rules/publish-all-ports/options",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
}
else {
const err444 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
var _valid35 = _errs545 === errors;
if(_valid35 && valid132){
valid132 = false;
passing35 = [passing35, 1];
}
else {
if(_valid35){
valid132 = true;
passing35 = 1;
}
}
if(!valid132){
const err445 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing35},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
else {
errors = _errs542;
if(vErrors !== null){
if(_errs542){
vErrors.length = _errs542;
}
else {
vErrors = null;
}
}
}
}
if(data3["cpu-limit"] !== undefined){
let data167 = data3["cpu-limit"];
const _errs554 = errors;
let valid134 = false;
let passing36 = null;
const _errs555 = errors;
if(typeof data167 !== "string"){
const err446 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
if(!(((data167 === "deny") || (data167 === "warn")) || (data167 === "off"))){
const err447 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cpu-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
var _valid36 = _errs555 === errors;
if(_valid36){
valid134 = true;
passing36 = 0;
}
const _errs557 = errors;
if(data167 && typeof data167 == "object" && !Array.isArray(data167)){
if(data167.action === undefined){
const err448 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
for(const key72 in data167){
if(!((key72 === "action") || (key72 === "options"))){
const err449 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
if(data167.action !== undefined){
let data168 = data167.action;
if(typeof data168 !== "string"){
const err450 = {instancePath:instancePath+"/rules/cpu-limit/action",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
if(!(((data168 === "deny") || (data168 === "warn")) || (data168 === "off"))){
const err451 = {instancePath:instancePath+"/rules/cpu-limit/action",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cpu-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
if(data167.options !== undefined){
let data169 = data167.options;
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
for(const key73 in data169){
const err452 = {instancePath:instancePath+"/rules/cpu-limit/options",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
else {
const err453 = {instancePath:instancePath+"/rules/cpu-limit/options",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
}
else {
const err454 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
var _valid36 = _errs557 === errors;
if(_valid36 && valid134){
valid134 = false;
passing36 = [passing36, 1];
}
else {
if(_valid36){
valid134 = true;
passing36 = 1;
}
}
if(!valid134){
const err455 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing36},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
else {
errors = _errs554;
if(vErrors !== null){
if(_errs554){
vErrors.length = _errs554;
}
else {
vErrors = null;
}
}
}
}
if(data3.ulimits !== undefined){
let data170 = data3.ulimits;
const _errs566 = errors;
let valid136 = false;
let passing37 = null;
const _errs567 = errors;
if(typeof data170 !== "string"){
const err456 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
if(!(((data170 === "deny") || (data170 === "warn")) || (data170 === "off"))){
const err457 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.ulimits.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
var _valid37 = _errs567 === errors;
if(_valid37){
valid136 = true;
passing37 = 0;
}
const _errs569 = errors;
if(data170 && typeof data170 == "object" && !Array.isArray(data170)){
if(data170.action === undefined){
const err458 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
for(const key74 in data170){
if(!((key74 === "action") || (key74 === "options"))){
const err459 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
if(data170.action !== undefined){
let data171 = data170.action;
if(typeof data171 !== "string"){
const err460 = {instancePath:instancePath+"/rules/ulimits/action",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
if(!(((data171 === "deny") || (data171 === "warn")) || (data171 === "off"))){
const err461 = {instancePath:instancePath+"/rules/ulimits/action",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.ulimits.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
if(data170.options !== undefined){
let data172 = data170.options;
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
for(const key75 in data172){
if(!(key75 === "allowed")){
const err462 = {instancePath:instancePath+"/rules/ulimits/options",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
if(data172.allowed !== undefined){
let data173 = data172.allowed;
if(Array.isArray(data173)){
const len21 = data173.length;
for(let i23=0; i23<len21; i23++){
let data174 = data173[i23];
if(typeof data174 === "string"){
if(func4(data174) < 1){
const err463 = {instancePath:instancePath+"/rules/ulimits/options/allowed/" + i23,schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
else {
const err464 = {instancePath:instancePath+"/rules/ulimits/options/allowed/" + i23,schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
}
else {
const err465 = {instancePath:instancePath+"/rules/ulimits/options/allowed",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
}
else {
const err466 = {instancePath:instancePath+"/rules/ulimits/options",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
}
else {
const err467 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
var _valid37 = _errs569 === errors;
if(_valid37 && valid136){
valid136 = false;
passing37 = [passing37, 1];
}
else {
if(_valid37){
valid136 = true;
passing37 = 1;
}
}
if(!valid136){
const err468 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf",keyword:"oneOf",params:{passingSchemas: passing37},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
else {
errors = _errs566;
if(vErrors !== null){
if(_errs566){
vErrors.length = _errs566;
}
else {
vErrors = null;
}
}
}
}
if(data3["default-bridge"] !== undefined){
let data175 = data3["default-bridge"];
const _errs582 = errors;
let valid141 = false;
let passing38 = null;
const _errs583 = errors;
if(typeof data175 !== "string"){
const err469 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
if(!(((data175 === "deny") || (data175 === "warn")) || (data175 === "off"))){
const err470 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["default-bridge"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
var _valid38 = _errs583 === errors;
if(_valid38){
valid141 = true;
passing38 = 0;
}
const _errs585 = errors;
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
if(data175.action === undefined){
const err471 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
for(const key76 in data175){
if(!((key76 === "action") || (key76 === "options"))){
const err472 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
if(data175.action !== undefined){
let data176 = data175.action;
if(typeof data176 !== "string"){
const err473 = {instancePath:instancePath+"/rules/default-bridge/action",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
if(!(((data176 === "deny") || (data176 === "warn")) || (data176 === "off"))){
const err474 = {instancePath:instancePath+"/rules/default-bridge/action",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["default-bridge"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
if(data175.options !== undefined){
let data177 = data175.options;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
for(const key77 in data177){
const err475 = {instancePath:instancePath+"/rules/default-bridge/options",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
else {
const err476 = {instancePath:instancePath+"/rules/default-bridge/options",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
}
else {
const err477 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
var _valid38 = _errs585 === errors;
if(_valid38 && valid141){
valid141 = false;
passing38 = [passing38, 1];
}
else {
if(_valid38){
valid141 = true;
passing38 = 1;
}
}
if(!valid141){
const err478 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf",keyword:"oneOf",params:{passingSchemas: passing38},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
else {
errors = _errs582;
if(vErrors !== null){
if(_errs582){
vErrors.length = _errs582;
}
else {
vErrors = null;
}
}
}
}
if(data3.sysctls !== undefined){
let data178 = data3.sysctls;
const _errs594 = errors;
let valid143 = false;
let passing39 = null;
const _errs595 = errors;
if(typeof data178 !== "string"){
const err479 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
if(!(((data178 === "deny") || (data178 === "warn")) || (data178 === "off"))){
const err480 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sysctls.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
var _valid39 = _errs595 === errors;
if(_valid39){
valid143 = true;
passing39 = 0;
}
const _errs597 = errors;
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
if(data178.action === undefined){
const err481 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
for(const key78 in data178){
if(!((key78 === "action") || (key78 === "options"))){
const err482 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
if(data178.action !== undefined){
let data179 = data178.action;
if(typeof data179 !== "string"){
const err483 = {instancePath:instancePath+"/rules/sysctls/action",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
if(!(((data179 === "deny") || (data179 === "warn")) || (data179 === "off"))){
const err484 = {instancePath:instancePath+"/rules/sysctls/action",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sysctls.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
if(data178.options !== undefined){
let data180 = data178.options;
if(data180 && typeof data180 == "object" && !Array.isArray(data180)){
for(const key79 in data180){
if(!(key79 === "allowed")){
const err485 = {instancePath:instancePath+"/rules/sysctls/options",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
if(data180.allowed !== undefined){
let data181 = data180.allowed;
if(Array.isArray(data181)){
const len22 = data181.length;
for(let i24=0; i24<len22; i24++){
let data182 = data181[i24];
if(typeof data182 === "string"){
if(func4(data182) < 1){
const err486 = {instancePath:instancePath+"/rules/sysctls/options/allowed/" + i24,schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
else {
const err487 = {instancePath:instancePath+"/rules/sysctls/options/allowed/" + i24,schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
}
else {
const err488 = {instancePath:instancePath+"/rules/sysctls/options/allowed",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
}
}
else {
const err489 = {instancePath:instancePath+"/rules/sysctls/options",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
}
else {
const err490 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
var _valid39 = _errs597 === errors;
if(_valid39 && valid143){
valid143 = false;
passing39 = [passing39, 1];
}
else {
if(_valid39){
valid143 = true;
passing39 = 1;
}
}
if(!valid143){
const err491 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing39},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
else {
errors = _errs594;
if(vErrors !== null){
if(_errs594){
vErrors.length = _errs594;
}
else {
vErrors = null;
}
}
}
}
if(data3["network-parent"] !== undefined){
let data183 = data3["network-parent"];
const _errs610 = errors;
let valid148 = false;
let passing40 = null;
const _errs611 = errors;
if(typeof data183 !== "string"){
const err492 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
if(!(((data183 === "deny") || (data183 === "warn")) || (data183 === "off"))){
const err493 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["network-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
var _valid40 = _errs611 === errors;
if(_valid40){
valid148 = true;
passing40 = 0;
}
const _errs613 = errors;
if(data183 && typeof data183 == "object" && !Array.isArray(data183)){
if(data183.action === undefined){
const err494 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
for(const key80 in data183){
if(!((key80 === "action") || (key80 === "options"))){
const err495 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
if(data183.action !== undefined){
let data184 = data183.action;
if(typeof data184 !== "string"){
const err496 = {instancePath:instancePath+"/rules/network-parent/action",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
if(!(((data184 === "deny") || (data184 === "warn")) || (data184 === "off"))){
const err497 = {instancePath:instancePath+"/rules/network-parent/action",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["network-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
if(data183.options !== undefined){
let data185 = data183.options;
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
for(const key81 in data185){
const err498 = {instancePath:instancePath+"/rules/network-parent/options",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
else {
const err499 = {instancePath:instancePath+"/rules/network-parent/options",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
}
else {
const err500 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
var _valid40 = _errs613 === errors;
if(_valid40 && valid148){
valid148 = false;
passing40 = [passing40, 1];
}
else {
if(_valid40){
valid148 = true;
passing40 = 1;
}
}
if(!valid148){
const err501 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing40},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
else {
errors = _errs610;
if(vErrors !== null){
if(_errs610){
vErrors.length = _errs610;
}
else {
vErrors = null;
}
}
}
}
if(data3.sshd !== undefined){
let data186 = data3.sshd;
const _errs622 = errors;
let valid150 = false;
let passing41 = null;
const _errs623 = errors;
if(typeof data186 !== "string"){
const err502 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
if(!(((data186 === "deny") || (data186 === "warn")) || (data186 === "off"))){
const err503 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sshd.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
var _valid41 = _errs623 === errors;
if(_valid41){
valid150 = true;
passing41 = 0;
}
const _errs625 = errors;
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
if(data186.action === undefined){
const err504 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
for(const key82 in data186){
if(!((key82 === "action") || (key82 === "options"))){
const err505 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key82},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
if(data186.action !== undefined){
let data187 = data186.action;
if(typeof data187 !== "string"){
const err506 = {instancePath:instancePath+"/rules/sshd/action",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
if(!(((data187 === "deny") || (data187 === "warn")) || (data187 === "off"))){
const err507 = {instancePath:instancePath+"/rules/sshd/action",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sshd.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
if(data186.options !== undefined){
let data188 = data186.options;
if(data188 && typeof data188 == "object" && !Array.isArray(data188)){
for(const key83 in data188){
const err508 = {instancePath:instancePath+"/rules/sshd/options",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
else {
const err509 = {instancePath:instancePath+"/rules/sshd/options",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
}
else {
const err510 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
var _valid41 = _errs625 === errors;
if(_valid41 && valid150){
valid150 = false;
passing41 = [passing41, 1];
}
else {
if(_valid41){
valid150 = true;
passing41 = 1;
}
}
if(!valid150){
const err511 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf",keyword:"oneOf",params:{passingSchemas: passing41},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
else {
errors = _errs622;
if(vErrors !== null){
if(_errs622){
vErrors.length = _errs622;
}
else {
vErrors = null;
}
}
}
}
if(data3["cgroup-parent"] !== undefined){
let data189 = data3["cgroup-parent"];
const _errs634 = errors;
let valid152 = false;
let passing42 = null;
const _errs635 = errors;
if(typeof data189 !== "string"){
const err512 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
if(!(((data189 === "deny") || (data189 === "warn")) || (data189 === "off"))){
const err513 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cgroup-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
var _valid42 = _errs635 === errors;
if(_valid42){
valid152 = true;
passing42 = 0;
}
const _errs637 = errors;
if(data189 && typeof data189 == "object" && !Array.isArray(data189)){
if(data189.action === undefined){
const err514 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
for(const key84 in data189){
if(!((key84 === "action") || (key84 === "options"))){
const err515 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key84},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
if(data189.action !== undefined){
let data190 = data189.action;
if(typeof data190 !== "string"){
const err516 = {instancePath:instancePath+"/rules/cgroup-parent/action",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
if(!(((data190 === "deny") || (data190 === "warn")) || (data190 === "off"))){
const err517 = {instancePath:instancePath+"/rules/cgroup-parent/action",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cgroup-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
if(data189.options !== undefined){
let data191 = data189.options;
if(data191 && typeof data191 == "object" && !Array.isArray(data191)){
for(const key85 in data191){
if(!(key85 === "allowed")){
const err518 = {instancePath:instancePath+"/rules/cgroup-parent/options",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key85},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
if(data191.allowed !== undefined){
let data192 = data191.allowed;
if(Array.isArray(data192)){
const len23 = data192.length;
for(let i25=0; i25<len23; i25++){
let data193 = data192[i25];
if(typeof data193 === "string"){
if(func4(data193) < 1){
const err519 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed/" + i25,schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
}
else {
const err520 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed/" + i25,schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
}
}
else {
const err521 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
}
else {
const err522 = {instancePath:instancePath+"/rules/cgroup-parent/options",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
}
}
else {
const err523 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
var _valid42 = _errs637 === errors;
if(_valid42 && valid152){
valid152 = false;
passing42 = [passing42, 1];
}
else {
if(_valid42){
valid152 = true;
passing42 = 1;
}
}
if(!valid152){
const err524 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing42},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
else {
errors = _errs634;
if(vErrors !== null){
if(_errs634){
vErrors.length = _errs634;
}
else {
vErrors = null;
}
}
}
}
if(data3["unverified-start"] !== undefined){
let data194 = data3["unverified-start"];
const _errs650 = errors;
let valid157 = false;
let passing43 = null;
const _errs651 = errors;
if(typeof data194 !== "string"){
const err525 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
if(!(((data194 === "deny") || (data194 === "warn")) || (data194 === "off"))){
const err526 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["unverified-start"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
var _valid43 = _errs651 === errors;
if(_valid43){
valid157 = true;
passing43 = 0;
}
const _errs653 = errors;
if(data194 && typeof data194 == "object" && !Array.isArray(data194)){
if(data194.action === undefined){
const err527 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
for(const key86 in data194){
if(!((key86 === "action") || (key86 === "options"))){
const err528 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
if(data194.action !== undefined){
let data195 = data194.action;
if(typeof data195 !== "string"){
const err529 = {instancePath:instancePath+"/rules/unverified-start/action",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
if(!(((data195 === "deny") || (data195 === "warn")) || (data195 === "off"))){
const err530 = {instancePath:instancePath+"/rules/unverified-start/action",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["unverified-start"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
}
if(data194.options !== undefined){
let data196 = data194.options;
if(data196 && typeof data196 == "object" && !Array.isArray(data196)){
for(const key87 in data196){
const err531 = {instancePath:instancePath+"/rules/unverified-start/options",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key87},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
else {
const err532 = {instancePath:instancePath+"/rules/unverified-start/options",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
}
}
else {
const err533 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
var _valid43 = _errs653 === errors;
if(_valid43 && valid157){
valid157 = false;
passing43 = [passing43, 1];
}
else {
if(_valid43){
valid157 = true;
passing43 = 1;
}
}
if(!valid157){
const err534 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf",keyword:"oneOf",params:{passingSchemas: passing43},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
else {
errors = _errs650;
if(vErrors !== null){
if(_errs650){
vErrors.length = _errs650;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err535 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
if(data.profiles !== undefined){
let data197 = data.profiles;
if(Array.isArray(data197)){
const len24 = data197.length;
for(let i26=0; i26<len24; i26++){
let data198 = data197[i26];
if(data198 && typeof data198 == "object" && !Array.isArray(data198)){
if(data198.id === undefined){
const err536 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
if(data198.users === undefined){
const err537 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
if(data198.rules === undefined){
const err538 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
for(const key88 in data198){
if(!((((key88 === "id") || (key88 === "description")) || (key88 === "users")) || (key88 === "rules"))){
const err539 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key88},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
if(data198.id !== undefined){
let data199 = data198.id;
if(typeof data199 === "string"){
if(!pattern8.test(data199)){
const err540 = {instancePath:instancePath+"/profiles/" + i26+"/id",schemaPath:"#/properties/profiles/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
}
else {
const err541 = {instancePath:instancePath+"/profiles/" + i26+"/id",schemaPath:"#/properties/profiles/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
if(data198.description !== undefined){
if(typeof data198.description !== "string"){
const err542 = {instancePath:instancePath+"/profiles/" + i26+"/description",schemaPath:"#/properties/profiles/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
}
if(data198.users !== undefined){
let data201 = data198.users;
if(Array.isArray(data201)){
if(data201.length < 1){
const err543 = {instancePath:instancePath+"/profiles/" + i26+"/users",schemaPath:"#/properties/profiles/items/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
const len25 = data201.length;
for(let i27=0; i27<len25; i27++){
let data202 = data201[i27];
if(typeof data202 === "string"){
if(func4(data202) < 1){
const err544 = {instancePath:instancePath+"/profiles/" + i26+"/users/" + i27,schemaPath:"#/properties/profiles/items/properties/users/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
else {
const err545 = {instancePath:instancePath+"/profiles/" + i26+"/users/" + i27,schemaPath:"#/properties/profiles/items/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
}
}
else {
const err546 = {instancePath:instancePath+"/profiles/" + i26+"/users",schemaPath:"#/properties/profiles/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
}
if(data198.rules !== undefined){
let data203 = data198.rules;
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
for(const key89 in data203){
if(!((func2.call(schema11.properties.profiles.items.properties.rules.properties, key89)) || (pattern9.test(key89)))){
const err547 = {instancePath:instancePath+"/profiles/" + i26+"/rules",schemaPath:"#/properties/profiles/items/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key89},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data203.privileged !== undefined){
let data204 = data203.privileged;
const _errs678 = errors;
let valid165 = false;
let passing44 = null;
const _errs679 = errors;
if(typeof data204 !== "string"){
const err548 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
if(!(((data204 === "deny") || (data204 === "warn")) || (data204 === "off"))){
const err549 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.privileged.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
var _valid44 = _errs679 === errors;
if(_valid44){
valid165 = true;
passing44 = 0;
}
const _errs681 = errors;
if(data204 && typeof data204 == "object" && !Array.isArray(data204)){
if(data204.action === undefined){
const err550 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
for(const key90 in data204){
if(!((key90 === "action") || (key90 === "options"))){
const err551 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key90},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
if(data204.action !== undefined){
let data205 = data204.action;
if(typeof data205 !== "string"){
const err552 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
if(!(((data205 === "deny") || (data205 === "warn")) || (data205 === "off"))){
const err553 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.privileged.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
}
if(data204.options !== undefined){
let data206 = data204.options;
if(data206 && typeof data206 == "object" && !Array.isArray(data206)){
for(const key91 in data206){
const err554 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key91},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
else {
const err555 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
}
}
else {
const err556 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
var _valid44 = _errs681 === errors;
if(_valid44 && valid165){
valid165 = false;
passing44 = [passing44, 1];
}
else {
if(_valid44){
valid165 = true;
passing44 = 1;
}
}
if(!valid165){
const err557 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf",keyword:"oneOf",params:{passingSchemas: passing44},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
else {
errors = _errs678;
if(vErrors !== null){
if(_errs678){
vErrors.length = _errs678;
}
else {
vErrors = null;
}
}
}
}
if(data203["host-network"] !== undefined){
let data207 = data203["host-network"];
const _errs690 = errors;
let valid167 = false;
let passing45 = null;
const _errs691 = errors;
if(typeof data207 !== "string"){
const err558 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
if(!(((data207 === "deny") || (data207 === "warn")) || (data207 === "off"))){
const err559 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-network"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
var _valid45 = _errs691 === errors;
if(_valid45){
valid167 = true;
passing45 = 0;
}
const _errs693 = errors;
if(data207 && typeof data207 == "object" && !Array.isArray(data207)){
if(data207.action === undefined){
const err560 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
for(const key92 in data207){
if(!((key92 === "action") || (key92 === "options"))){
const err561 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key92},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
}
if(data207.action !== undefined){
let data208 = data207.action;
if(typeof data208 !== "string"){
const err562 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
if(!(((data208 === "deny") || (data208 === "warn")) || (data208 === "off"))){
const err563 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-network"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
if(data207.options !== undefined){
let data209 = data207.options;
if(data209 && typeof data209 == "object" && !Array.isArray(data209)){
for(const key93 in data209){
if(!((key93 === "allowContainerMode") || (key93 === "hostNetworkIds"))){
const err564 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key93},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
if(data209.allowContainerMode !== undefined){
if(typeof data209.allowContainerMode !== "boolean"){
const err565 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
if(data209.hostNetworkIds !== undefined){
let data211 = data209.hostNetworkIds;
if(Array.isArray(data211)){
const len26 = data211.length;
for(let i28=0; i28<len26; i28++){
let data212 = data211[i28];
if(typeof data212 === "string"){
if(!pattern0.test(data212)){
const err566 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options/hostNetworkIds/" + i28,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-z]+$"},message:"must match pattern \""+"^[0-9a-z]+$"+"\""};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
else {
const err567 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options/hostNetworkIds/" + i28,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
}
else {
const err568 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options/hostNetworkIds",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
}
else {
const err569 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
}
else {
const err570 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
var _valid45 = _errs693 === errors;
if(_valid45 && valid167){
valid167 = false;
passing45 = [passing45, 1];
}
else {
if(_valid45){
valid167 = true;
passing45 = 1;
}
}
if(!valid167){
const err571 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf",keyword:"oneOf",params:{passingSchemas: passing45},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
else {
errors = _errs690;
if(vErrors !== null){
if(_errs690){
vErrors.length = _errs690;
}
else {
vErrors = null;
}
}
}
}
if(data203["seccomp-unconfined"] !== undefined){
let data213 = data203["seccomp-unconfined"];
const _errs708 = errors;
let valid172 = false;
let passing46 = null;
const _errs709 = errors;
if(typeof data213 !== "string"){
const err572 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
if(!(((data213 === "deny") || (data213 === "warn")) || (data213 === "off"))){
const err573 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["seccomp-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
var _valid46 = _errs709 === errors;
if(_valid46){
valid172 = true;
passing46 = 0;
}
const _errs711 = errors;
if(data213 && typeof data213 == "object" && !Array.isArray(data213)){
if(data213.action === undefined){
const err574 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
for(const key94 in data213){
if(!((key94 === "action") || (key94 === "options"))){
const err575 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key94},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
}
if(data213.action !== undefined){
let data214 = data213.action;
if(typeof data214 !== "string"){
const err576 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
if(!(((data214 === "deny") || (data214 === "warn")) || (data214 === "off"))){
const err577 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["seccomp-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
if(data213.options !== undefined){
let data215 = data213.options;
if(data215 && typeof data215 == "object" && !Array.isArray(data215)){
for(const key95 in data215){
if(!((key95 === "denyAllowByDefault") || (key95 === "allowedSyscalls"))){
const err578 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key95},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
if(data215.denyAllowByDefault !== undefined){
if(typeof data215.denyAllowByDefault !== "boolean"){
const err579 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/denyAllowByDefault",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/denyAllowByDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
}
if(data215.allowedSyscalls !== undefined){
let data217 = data215.allowedSyscalls;
if(Array.isArray(data217)){
const len27 = data217.length;
for(let i29=0; i29<len27; i29++){
let data218 = data217[i29];
if(typeof data218 === "string"){
if(!pattern1.test(data218)){
const err580 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/allowedSyscalls/" + i29,schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+$"},message:"must match pattern \""+"^[a-z0-9_]+$"+"\""};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
else {
const err581 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/allowedSyscalls/" + i29,schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
}
let i30 = data217.length;
let j2;
if(i30 > 1){
const indices2 = {};
for(;i30--;){
let item2 = data217[i30];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err582 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/allowedSyscalls",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/uniqueItems",keyword:"uniqueItems",params:{i: i30, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i30+" are identical)"};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
break;
}
indices2[item2] = i30;
}
}
}
else {
const err583 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/allowedSyscalls",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
}
}
else {
const err584 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
}
}
else {
const err585 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
var _valid46 = _errs711 === errors;
if(_valid46 && valid172){
valid172 = false;
passing46 = [passing46, 1];
}
else {
if(_valid46){
valid172 = true;
passing46 = 1;
}
}
if(!valid172){
const err586 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing46},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
else {
errors = _errs708;
if(vErrors !== null){
if(_errs708){
vErrors.length = _errs708;
}
else {
vErrors = null;
}
}
}
}
if(data203["apparmor-unconfined"] !== undefined){
let data219 = data203["apparmor-unconfined"];
const _errs726 = errors;
let valid178 = false;
let passing47 = null;
const _errs727 = errors;
if(typeof data219 !== "string"){
const err587 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
if(!(((data219 === "deny") || (data219 === "warn")) || (data219 === "off"))){
const err588 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["apparmor-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
var _valid47 = _errs727 === errors;
if(_valid47){
valid178 = true;
passing47 = 0;
}
const _errs729 = errors;
if(data219 && typeof data219 == "object" && !Array.isArray(data219)){
if(data219.action === undefined){
const err589 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
for(const key96 in data219){
if(!((key96 === "action") || (key96 === "options"))){
const err590 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key96},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
if(data219.action !== undefined){
let data220 = data219.action;
if(typeof data220 !== "string"){
const err591 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
if(!(((data220 === "deny") || (data220 === "warn")) || (data220 === "off"))){
const err592 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["apparmor-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
}
if(data219.options !== undefined){
let data221 = data219.options;
if(data221 && typeof data221 == "object" && !Array.isArray(data221)){
for(const key97 in data221){
if(!(key97 === "allowedProfiles")){
const err593 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key97},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
}
if(data221.allowedProfiles !== undefined){
let data222 = data221.allowedProfiles;
if(Array.isArray(data222)){
const len28 = data222.length;
for(let i31=0; i31<len28; i31++){
let data223 = data222[i31];
if(typeof data223 === "string"){
if(func4(data223) < 1){
const err594 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options/allowedProfiles/" + i31,schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/properties/allowedProfiles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
}
else {
const err595 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options/allowedProfiles/" + i31,schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/properties/allowedProfiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
}
}
else {
const err596 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options/allowedProfiles",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/properties/allowedProfiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
}
}
else {
const err597 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
}
else {
const err598 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
var _valid47 = _errs729 === errors;
if(_valid47 && valid178){
valid178 = false;
passing47 = [passing47, 1];
}
else {
if(_valid47){
valid178 = true;
passing47 = 1;
}
}
if(!valid178){
const err599 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing47},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
else {
errors = _errs726;
if(vErrors !== null){
if(_errs726){
vErrors.length = _errs726;
}
else {
vErrors = null;
}
}
}
}
if(data203["memory-limit"] !== undefined){
let data224 = data203["memory-limit"];
const _errs742 = errors;
let valid183 = false;
let passing48 = null;
const _errs743 = errors;
if(typeof data224 !== "string"){
const err600 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
if(!(((data224 === "deny") || (data224 === "warn")) || (data224 === "off"))){
const err601 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["memory-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
var _valid48 = _errs743 === errors;
if(_valid48){
valid183 = true;
passing48 = 0;
}
const _errs745 = errors;
if(data224 && typeof data224 == "object" && !Array.isArray(data224)){
if(data224.action === undefined){
const err602 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
for(const key98 in data224){
if(!((key98 === "action") || (key98 === "options"))){
const err603 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key98},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
}
if(data224.action !== undefined){
let data225 = data224.action;
if(typeof data225 !== "string"){
const err604 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
if(!(((data225 === "deny") || (data225 === "warn")) || (data225 === "off"))){
const err605 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["memory-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
}
if(data224.options !== undefined){
let data226 = data224.options;
if(data226 && typeof data226 == "object" && !Array.isArray(data226)){
for(const key99 in data226){
if(!(key99 === "max")){
const err606 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key99},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
}
if(data226.max !== undefined){
let data227 = data226.max;
const _errs754 = errors;
let valid186 = false;
let passing49 = null;
const _errs755 = errors;
if(data227 !== null){
const err607 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
var _valid49 = _errs755 === errors;
if(_valid49){
valid186 = true;
passing49 = 0;
}
const _errs757 = errors;
if(!(((typeof data227 == "number") && (!(data227 % 1) && !isNaN(data227))) && (isFinite(data227)))){
const err608 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
if((typeof data227 == "number") && (isFinite(data227))){
if(data227 < 1 || isNaN(data227)){
const err609 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
}
var _valid49 = _errs757 === errors;
if(_valid49 && valid186){
valid186 = false;
passing49 = [passing49, 1];
}
else {
if(_valid49){
valid186 = true;
passing49 = 1;
}
const _errs759 = errors;
if(typeof data227 === "string"){
if(!pattern2.test(data227)){
const err610 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"+"\""};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
else {
const err611 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
var _valid49 = _errs759 === errors;
if(_valid49 && valid186){
valid186 = false;
passing49 = [passing49, 2];
}
else {
if(_valid49){
valid186 = true;
passing49 = 2;
}
}
}
if(!valid186){
const err612 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf",keyword:"oneOf",params:{passingSchemas: passing49},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
else {
errors = _errs754;
if(vErrors !== null){
if(_errs754){
vErrors.length = _errs754;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err613 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
}
}
else {
const err614 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
var _valid48 = _errs745 === errors;
if(_valid48 && valid183){
valid183 = false;
passing48 = [passing48, 1];
}
else {
if(_valid48){
valid183 = true;
passing48 = 1;
}
}
if(!valid183){
const err615 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing48},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
else {
errors = _errs742;
if(vErrors !== null){
if(_errs742){
vErrors.length = _errs742;
}
else {
vErrors = null;
}
}
}
}
if(data203["restart-policy"] !== undefined){
let data228 = data203["restart-policy"];
const _errs762 = errors;
let valid187 = false;
let passing50 = null;
const _errs763 = errors;
if(typeof data228 !== "string"){
const err616 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
if(!(((data228 === "deny") || (data228 === "warn")) || (data228 === "off"))){
const err617 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["restart-policy"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
var _valid50 = _errs763 === errors;
if(_valid50){
valid187 = true;
passing50 = 0;
}
const _errs765 = errors;
if(data228 && typeof data228 == "object" && !Array.isArray(data228)){
if(data228.action === undefined){
const err618 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
for(const key100 in data228){
if(!((key100 === "action") || (key100 === "options"))){
const err619 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key100},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
}
if(data228.action !== undefined){
let data229 = data228.action;
if(typeof data229 !== "string"){
const err620 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
if(!(((data229 === "deny") || (data229 === "warn")) || (data229 === "off"))){
const err621 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["restart-policy"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
if(data228.options !== undefined){
let data230 = data228.options;
if(data230 && typeof data230 == "object" && !Array.isArray(data230)){
for(const key101 in data230){
if(!((key101 === "maxRetries") || (key101 === "denySwarmDefault"))){
const err622 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key101},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
}
if(data230.maxRetries !== undefined){
let data231 = data230.maxRetries;
if(!(((typeof data231 == "number") && (!(data231 % 1) && !isNaN(data231))) && (isFinite(data231)))){
const err623 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
if((typeof data231 == "number") && (isFinite(data231))){
if(data231 > 1000 || isNaN(data231)){
const err624 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
if(data231 < 1 || isNaN(data231)){
const err625 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
}
}
if(data230.denySwarmDefault !== undefined){
if(typeof data230.denySwarmDefault !== "boolean"){
const err626 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options/denySwarmDefault",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/denySwarmDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
}
}
else {
const err627 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
}
}
else {
const err628 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
var _valid50 = _errs765 === errors;
if(_valid50 && valid187){
valid187 = false;
passing50 = [passing50, 1];
}
else {
if(_valid50){
valid187 = true;
passing50 = 1;
}
}
if(!valid187){
const err629 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing50},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
else {
errors = _errs762;
if(vErrors !== null){
if(_errs762){
vErrors.length = _errs762;
}
else {
vErrors = null;
}
}
}
}
if(data203["host-pid"] !== undefined){
let data233 = data203["host-pid"];
const _errs778 = errors;
let valid190 = false;
let passing51 = null;
const _errs779 = errors;
if(typeof data233 !== "string"){
const err630 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
if(!(((data233 === "deny") || (data233 === "warn")) || (data233 === "off"))){
const err631 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-pid"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
var _valid51 = _errs779 === errors;
if(_valid51){
valid190 = true;
passing51 = 0;
}
const _errs781 = errors;
if(data233 && typeof data233 == "object" && !Array.isArray(data233)){
if(data233.action === undefined){
const err632 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
for(const key102 in data233){
if(!((key102 === "action") || (key102 === "options"))){
const err633 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key102},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
}
if(data233.action !== undefined){
let data234 = data233.action;
if(typeof data234 !== "string"){
const err634 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
if(!(((data234 === "deny") || (data234 === "warn")) || (data234 === "off"))){
const err635 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-pid"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
}
if(data233.options !== undefined){
let data235 = data233.options;
if(data235 && typeof data235 == "object" && !Array.isArray(data235)){
for(const key103 in data235){
if(!(key103 === "allowContainerMode")){
const err636 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key103},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
}
if(data235.allowContainerMode !== undefined){
if(typeof data235.allowContainerMode !== "boolean"){
const err637 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
}
}
else {
const err638 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
}
}
else {
const err639 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
var _valid51 = _errs781 === errors;
if(_valid51 && valid190){
valid190 = false;
passing51 = [passing51, 1];
}
else {
if(_valid51){
valid190 = true;
passing51 = 1;
}
}
if(!valid190){
const err640 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf",keyword:"oneOf",params:{passingSchemas: passing51},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
else {
errors = _errs778;
if(vErrors !== null){
if(_errs778){
vErrors.length = _errs778;
}
else {
vErrors = null;
}
}
}
}
if(data203["host-ipc"] !== undefined){
let data237 = data203["host-ipc"];
const _errs792 = errors;
let valid193 = false;
let passing52 = null;
const _errs793 = errors;
if(typeof data237 !== "string"){
const err641 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
if(!(((data237 === "deny") || (data237 === "warn")) || (data237 === "off"))){
const err642 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-ipc"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
var _valid52 = _errs793 === errors;
if(_valid52){
valid193 = true;
passing52 = 0;
}
const _errs795 = errors;
if(data237 && typeof data237 == "object" && !Array.isArray(data237)){
if(data237.action === undefined){
const err643 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
for(const key104 in data237){
if(!((key104 === "action") || (key104 === "options"))){
const err644 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key104},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
}
if(data237.action !== undefined){
let data238 = data237.action;
if(typeof data238 !== "string"){
const err645 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
if(!(((data238 === "deny") || (data238 === "warn")) || (data238 === "off"))){
const err646 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-ipc"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
}
if(data237.options !== undefined){
let data239 = data237.options;
if(data239 && typeof data239 == "object" && !Array.isArray(data239)){
for(const key105 in data239){
if(!(key105 === "allowContainerMode")){
const err647 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key105},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
}
if(data239.allowContainerMode !== undefined){
if(typeof data239.allowContainerMode !== "boolean"){
const err648 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
}
}
else {
const err649 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
}
}
else {
const err650 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
var _valid52 = _errs795 === errors;
if(_valid52 && valid193){
valid193 = false;
passing52 = [passing52, 1];
}
else {
if(_valid52){
valid193 = true;
passing52 = 1;
}
}
if(!valid193){
const err651 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf",keyword:"oneOf",params:{passingSchemas: passing52},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
else {
errors = _errs792;
if(vErrors !== null){
if(_errs792){
vErrors.length = _errs792;
}
else {
vErrors = null;
}
}
}
}
if(data203["host-uts"] !== undefined){
let data241 = data203["host-uts"];
const _errs806 = errors;
let valid196 = false;
let passing53 = null;
const _errs807 = errors;
if(typeof data241 !== "string"){
const err652 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
if(!(((data241 === "deny") || (data241 === "warn")) || (data241 === "off"))){
const err653 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-uts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
var _valid53 = _errs807 === errors;
if(_valid53){
valid196 = true;
passing53 = 0;
}
const _errs809 = errors;
if(data241 && typeof data241 == "object" && !Array.isArray(data241)){
if(data241.action === undefined){
const err654 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
for(const key106 in data241){
if(!((key106 === "action") || (key106 === "options"))){
const err655 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key106},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
}
if(data241.action !== undefined){
let data242 = data241.action;
if(typeof data242 !== "string"){
const err656 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
if(!(((data242 === "deny") || (data242 === "warn")) || (data242 === "off"))){
const err657 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-uts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
}
if(data241.options !== undefined){
let data243 = data241.options;
if(data243 && typeof data243 == "object" && !Array.isArray(data243)){
for(const key107 in data243){
const err658 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key107},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
}
else {
const err659 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
}
}
else {
const err660 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
var _valid53 = _errs809 === errors;
if(_valid53 && valid196){
valid196 = false;
passing53 = [passing53, 1];
}
else {
if(_valid53){
valid196 = true;
passing53 = 1;
}
}
if(!valid196){
const err661 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf",keyword:"oneOf",params:{passingSchemas: passing53},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
else {
errors = _errs806;
if(vErrors !== null){
if(_errs806){
vErrors.length = _errs806;
}
else {
vErrors = null;
}
}
}
}
if(data203["host-userns"] !== undefined){
let data244 = data203["host-userns"];
const _errs818 = errors;
let valid198 = false;
let passing54 = null;
const _errs819 = errors;
if(typeof data244 !== "string"){
const err662 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
if(!(((data244 === "deny") || (data244 === "warn")) || (data244 === "off"))){
const err663 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-userns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
var _valid54 = _errs819 === errors;
if(_valid54){
valid198 = true;
passing54 = 0;
}
const _errs821 = errors;
if(data244 && typeof data244 == "object" && !Array.isArray(data244)){
if(data244.action === undefined){
const err664 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
for(const key108 in data244){
if(!((key108 === "action") || (key108 === "options"))){
const err665 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key108},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
}
if(data244.action !== undefined){
let data245 = data244.action;
if(typeof data245 !== "string"){
const err666 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
if(!(((data245 === "deny") || (data245 === "warn")) || (data245 === "off"))){
const err667 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-userns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
}
if(data244.options !== undefined){
let data246 = data244.options;
if(data246 && typeof data246 == "object" && !Array.isArray(data246)){
for(const key109 in data246){
const err668 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key109},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
}
else {
const err669 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
}
}
else {
const err670 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
var _valid54 = _errs821 === errors;
if(_valid54 && valid198){
valid198 = false;
passing54 = [passing54, 1];
}
else {
if(_valid54){
valid198 = true;
passing54 = 1;
}
}
if(!valid198){
const err671 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf",keyword:"oneOf",params:{passingSchemas: passing54},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
else {
errors = _errs818;
if(vErrors !== null){
if(_errs818){
vErrors.length = _errs818;
}
else {
vErrors = null;
}
}
}
}
if(data203["host-cgroupns"] !== undefined){
let data247 = data203["host-cgroupns"];
const _errs830 = errors;
let valid200 = false;
let passing55 = null;
const _errs831 = errors;
if(typeof data247 !== "string"){
const err672 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
if(!(((data247 === "deny") || (data247 === "warn")) || (data247 === "off"))){
const err673 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-cgroupns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
var _valid55 = _errs831 === errors;
if(_valid55){
valid200 = true;
passing55 = 0;
}
const _errs833 = errors;
if(data247 && typeof data247 == "object" && !Array.isArray(data247)){
if(data247.action === undefined){
const err674 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
}
for(const key110 in data247){
if(!((key110 === "action") || (key110 === "options"))){
const err675 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key110},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err675];
}
else {
vErrors.push(err675);
}
errors++;
}
}
if(data247.action !== undefined){
let data248 = data247.action;
if(typeof data248 !== "string"){
const err676 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err676];
}
else {
vErrors.push(err676);
}
errors++;
}
if(!(((data248 === "deny") || (data248 === "warn")) || (data248 === "off"))){
const err677 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-cgroupns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
}
if(data247.options !== undefined){
let data249 = data247.options;
if(data249 && typeof data249 == "object" && !Array.isArray(data249)){
for(const key111 in data249){
const err678 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key111},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
}
else {
const err679 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
}
}
else {
const err680 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
var _valid55 = _errs833 === errors;
if(_valid55 && valid200){
valid200 = false;
passing55 = [passing55, 1];
}
else {
if(_valid55){
valid200 = true;
passing55 = 1;
}
}
if(!valid200){
const err681 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf",keyword:"oneOf",params:{passingSchemas: passing55},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err681];
}
else {
vErrors.push(err681);
}
errors++;
}
else {
errors = _errs830;
if(vErrors !== null){
if(_errs830){
vErrors.length = _errs830;
}
else {
vErrors = null;
}
}
}
}
if(data203.capabilities !== undefined){
let data250 = data203.capabilities;
const _errs842 = errors;
let valid202 = false;
let passing56 = null;
const _errs843 = errors;
if(typeof data250 !== "string"){
const err682 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
if(!(((data250 === "deny") || (data250 === "warn")) || (data250 === "off"))){
const err683 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.capabilities.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err683];
}
else {
vErrors.push(err683);
}
errors++;
}
var _valid56 = _errs843 === errors;
if(_valid56){
valid202 = true;
passing56 = 0;
}
const _errs845 = errors;
if(data250 && typeof data250 == "object" && !Array.isArray(data250)){
if(data250.action === undefined){
const err684 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
for(const key112 in data250){
if(!((key112 === "action") || (key112 === "options"))){
const err685 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key112},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
}
if(data250.action !== undefined){
let data251 = data250.action;
if(typeof data251 !== "string"){
const err686 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
if(!(((data251 === "deny") || (data251 === "warn")) || (data251 === "off"))){
const err687 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.capabilities.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
}
if(data250.options !== undefined){
let data252 = data250.options;
if(data252 && typeof data252 == "object" && !Array.isArray(data252)){
for(const key113 in data252){
if(!(key113 === "allowed")){
const err688 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key113},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
}
if(data252.allowed !== undefined){
let data253 = data252.allowed;
if(Array.isArray(data253)){
const len29 = data253.length;
for(let i32=0; i32<len29; i32++){
let data254 = data253[i32];
if(typeof data254 === "string"){
if(func4(data254) < 1){
const err689 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options/allowed/" + i32,schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err689];
}
else {
vErrors.push(err689);
}
errors++;
}
}
else {
const err690 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options/allowed/" + i32,schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err690];
}
else {
vErrors.push(err690);
}
errors++;
}
}
let i33 = data253.length;
let j3;
if(i33 > 1){
const indices3 = {};
for(;i33--;){
let item3 = data253[i33];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err691 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i33+" are identical)"};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
break;
}
indices3[item3] = i33;
}
}
}
else {
const err692 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err692];
}
else {
vErrors.push(err692);
}
errors++;
}
}
}
else {
const err693 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err693];
}
else {
vErrors.push(err693);
}
errors++;
}
}
}
else {
const err694 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
var _valid56 = _errs845 === errors;
if(_valid56 && valid202){
valid202 = false;
passing56 = [passing56, 1];
}
else {
if(_valid56){
valid202 = true;
passing56 = 1;
}
}
if(!valid202){
const err695 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf",keyword:"oneOf",params:{passingSchemas: passing56},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
else {
errors = _errs842;
if(vErrors !== null){
if(_errs842){
vErrors.length = _errs842;
}
else {
vErrors = null;
}
}
}
}
if(data203["sensitive-mounts"] !== undefined){
let data255 = data203["sensitive-mounts"];
const _errs858 = errors;
let valid208 = false;
let passing57 = null;
const _errs859 = errors;
if(typeof data255 !== "string"){
const err696 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
}
if(!(((data255 === "deny") || (data255 === "warn")) || (data255 === "off"))){
const err697 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
var _valid57 = _errs859 === errors;
if(_valid57){
valid208 = true;
passing57 = 0;
}
const _errs861 = errors;
if(data255 && typeof data255 == "object" && !Array.isArray(data255)){
if(data255.action === undefined){
const err698 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
for(const key114 in data255){
if(!((key114 === "action") || (key114 === "options"))){
const err699 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key114},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
}
if(data255.action !== undefined){
let data256 = data255.action;
if(typeof data256 !== "string"){
const err700 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
if(!(((data256 === "deny") || (data256 === "warn")) || (data256 === "off"))){
const err701 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err701];
}
else {
vErrors.push(err701);
}
errors++;
}
}
if(data255.options !== undefined){
let data257 = data255.options;
if(data257 && typeof data257 == "object" && !Array.isArray(data257)){
for(const key115 in data257){
if(!(func2.call(schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.options.properties, key115))){
const err702 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key115},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
}
errors++;
}
}
if(data257.dataRoots !== undefined){
let data258 = data257.dataRoots;
if(Array.isArray(data258)){
const len30 = data258.length;
for(let i34=0; i34<len30; i34++){
let data259 = data258[i34];
if(typeof data259 === "string"){
if(!pattern3.test(data259)){
const err703 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/dataRoots/" + i34,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err703];
}
else {
vErrors.push(err703);
}
errors++;
}
}
else {
const err704 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/dataRoots/" + i34,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
}
}
else {
const err705 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/dataRoots",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
}
if(data257.deny !== undefined){
let data260 = data257.deny;
if(Array.isArray(data260)){
const len31 = data260.length;
for(let i35=0; i35<len31; i35++){
let data261 = data260[i35];
if(typeof data261 === "string"){
if(func4(data261) < 1){
const err706 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/deny/" + i35,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err706];
}
else {
vErrors.push(err706);
}
errors++;
}
}
else {
const err707 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/deny/" + i35,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err707];
}
else {
vErrors.push(err707);
}
errors++;
}
}
}
else {
const err708 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/deny",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err708];
}
else {
vErrors.push(err708);
}
errors++;
}
}
if(data257.allow !== undefined){
let data262 = data257.allow;
if(Array.isArray(data262)){
const len32 = data262.length;
for(let i36=0; i36<len32; i36++){
let data263 = data262[i36];
if(typeof data263 === "string"){
if(func4(data263) < 1){
const err709 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allow/" + i36,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err709];
}
else {
vErrors.push(err709);
}
errors++;
}
}
else {
const err710 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allow/" + i36,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
}
}
else {
const err711 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allow",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
}
}
if(data257.allowReadOnly !== undefined){
let data264 = data257.allowReadOnly;
if(Array.isArray(data264)){
const len33 = data264.length;
for(let i37=0; i37<len33; i37++){
let data265 = data264[i37];
if(typeof data265 === "string"){
if(func4(data265) < 1){
const err712 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allowReadOnly/" + i37,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
}
else {
const err713 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allowReadOnly/" + i37,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
}
}
else {
const err714 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allowReadOnly",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
}
if(data257.volumeTypes !== undefined){
let data266 = data257.volumeTypes;
if(Array.isArray(data266)){
const len34 = data266.length;
for(let i38=0; i38<len34; i38++){
let data267 = data266[i38];
if(typeof data267 === "string"){
if(func4(data267) < 1){
const err715 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/volumeTypes/" + i38,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err715];
}
else {
vErrors.push(err715);
}
errors++;
}
}
else {
const err716 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/volumeTypes/" + i38,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
}
}
else {
const err717 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/volumeTypes",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
}
if(data257.blockDevices !== undefined){
let data268 = data257.blockDevices;
if(Array.isArray(data268)){
const len35 = data268.length;
for(let i39=0; i39<len35; i39++){
let data269 = data268[i39];
if(typeof data269 === "string"){
if(!pattern3.test(data269)){
const err718 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/blockDevices/" + i39,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
}
else {
const err719 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/blockDevices/" + i39,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
}
}
else {
const err720 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/blockDevices",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err720];
}
else {
vErrors.push(err720);
}
errors++;
}
}
if(data257.allowVolumesFrom !== undefined){
if(typeof data257.allowVolumesFrom !== "boolean"){
const err721 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allowVolumesFrom",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowVolumesFrom/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
}
if(data257.strict !== undefined){
if(typeof data257.strict !== "boolean"){
const err722 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/strict",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err722];
}
else {
vErrors.push(err722);
}
errors++;
}
}
if(data257.strictPaths !== undefined){
let data272 = data257.strictPaths;
if(Array.isArray(data272)){
const len36 = data272.length;
for(let i40=0; i40<len36; i40++){
let data273 = data272[i40];
if(typeof data273 === "string"){
if(!pattern5.test(data273)){
const err723 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/strictPaths/" + i40,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/pattern",keyword:"pattern",params:{pattern: "^/(?!.*\\*\\*)"},message:"must match pattern \""+"^/(?!.*\\*\\*)"+"\""};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
}
else {
const err724 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/strictPaths/" + i40,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err724];
}
else {
vErrors.push(err724);
}
errors++;
}
}
}
else {
const err725 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/strictPaths",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err725];
}
else {
vErrors.push(err725);
}
errors++;
}
}
if(data257.allowNestedBinds !== undefined){
if(typeof data257.allowNestedBinds !== "boolean"){
const err726 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allowNestedBinds",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowNestedBinds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err726];
}
else {
vErrors.push(err726);
}
errors++;
}
}
}
else {
const err727 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err727];
}
else {
vErrors.push(err727);
}
errors++;
}
}
}
else {
const err728 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
var _valid57 = _errs861 === errors;
if(_valid57 && valid208){
valid208 = false;
passing57 = [passing57, 1];
}
else {
if(_valid57){
valid208 = true;
passing57 = 1;
}
}
if(!valid208){
const err729 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf",keyword:"oneOf",params:{passingSchemas: passing57},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
else {
errors = _errs858;
if(vErrors !== null){
if(_errs858){
vErrors.length = _errs858;
}
else {
vErrors = null;
}
}
}
}
if(data203["docker-socket"] !== undefined){
let data275 = data203["docker-socket"];
const _errs904 = errors;
let valid225 = false;
let passing58 = null;
const _errs905 = errors;
if(typeof data275 !== "string"){
const err730 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
if(!(((data275 === "deny") || (data275 === "warn")) || (data275 === "off"))){
const err731 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["docker-socket"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
var _valid58 = _errs905 === errors;
if(_valid58){
valid225 = true;
passing58 = 0;
}
const _errs907 = errors;
if(data275 && typeof data275 == "object" && !Array.isArray(data275)){
if(data275.action === undefined){
const err732 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
for(const key116 in data275){
if(!((key116 === "action") || (key116 === "options"))){
const err733 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key116},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
}
if(data275.action !== undefined){
let data276 = data275.action;
if(typeof data276 !== "string"){
const err734 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
if(!(((data276 === "deny") || (data276 === "warn")) || (data276 === "off"))){
const err735 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["docker-socket"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err735];
}
else {
vErrors.push(err735);
}
errors++;
}
}
if(data275.options !== undefined){
let data277 = data275.options;
if(data277 && typeof data277 == "object" && !Array.isArray(data277)){
for(const key117 in data277){
if(!(key117 === "sockets")){
const err736 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key117},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
}
if(data277.sockets !== undefined){
let data278 = data277.sockets;
if(Array.isArray(data278)){
const len37 = data278.length;
for(let i41=0; i41<len37; i41++){
let data279 = data278[i41];
if(typeof data279 === "string"){
if(!pattern3.test(data279)){
const err737 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options/sockets/" + i41,schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err737];
}
else {
vErrors.push(err737);
}
errors++;
}
}
else {
const err738 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options/sockets/" + i41,schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err738];
}
else {
vErrors.push(err738);
}
errors++;
}
}
}
else {
const err739 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options/sockets",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
}
}
else {
const err740 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
}
}
else {
const err741 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
}
var _valid58 = _errs907 === errors;
if(_valid58 && valid225){
valid225 = false;
passing58 = [passing58, 1];
}
else {
if(_valid58){
valid225 = true;
passing58 = 1;
}
}
if(!valid225){
const err742 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf",keyword:"oneOf",params:{passingSchemas: passing58},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
else {
errors = _errs904;
if(vErrors !== null){
if(_errs904){
vErrors.length = _errs904;
}
else {
vErrors = null;
}
}
}
}
if(data203["mount-propagation"] !== undefined){
let data280 = data203["mount-propagation"];
const _errs920 = errors;
let valid230 = false;
let passing59 = null;
const _errs921 = errors;
if(typeof data280 !== "string"){
const err743 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
if(!(((data280 === "deny") || (data280 === "warn")) || (data280 === "off"))){
const err744 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["mount-propagation"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
var _valid59 = _errs921 === errors;
if(_valid59){
valid230 = true;
passing59 = 0;
}
const _errs923 = errors;
if(data280 && typeof data280 == "object" && !Array.isArray(data280)){
if(data280.action === undefined){
const err745 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
for(const key118 in data280){
if(!((key118 === "action") || (key118 === "options"))){
const err746 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key118},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
}
if(data280.action !== undefined){
let data281 = data280.action;
if(typeof data281 !== "string"){
const err747 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
}
if(!(((data281 === "deny") || (data281 === "warn")) || (data281 === "off"))){
const err748 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["mount-propagation"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
}
if(data280.options !== undefined){
let data282 = data280.options;
if(data282 && typeof data282 == "object" && !Array.isArray(data282)){
for(const key119 in data282){
const err749 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key119},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
}
else {
const err750 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err750];
}
else {
vErrors.push(err750);
}
errors++;
}
}
}
else {
const err751 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
var _valid59 = _errs923 === errors;
if(_valid59 && valid230){
valid230 = false;
passing59 = [passing59, 1];
}
else {
if(_valid59){
valid230 = true;
passing59 = 1;
}
}
if(!valid230){
const err752 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf",keyword:"oneOf",params:{passingSchemas: passing59},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err752];
}
else {
vErrors.push(err752);
}
errors++;
}
else {
errors = _errs920;
if(vErrors !== null){
if(_errs920){
vErrors.length = _errs920;
}
else {
vErrors = null;
}
}
}
}
if(data203["host-devices"] !== undefined){
let data283 = data203["host-devices"];
const _errs932 = errors;
let valid232 = false;
let passing60 = null;
const _errs933 = errors;
if(typeof data283 !== "string"){
const err753 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
if(!(((data283 === "deny") || (data283 === "warn")) || (data283 === "off"))){
const err754 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-devices"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err754];
}
else {
vErrors.push(err754);
}
errors++;
}
var _valid60 = _errs933 === errors;
if(_valid60){
valid232 = true;
passing60 = 0;
}
const _errs935 = errors;
if(data283 && typeof data283 == "object" && !Array.isArray(data283)){
if(data283.action === undefined){
const err755 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
for(const key120 in data283){
if(!((key120 === "action") || (key120 === "options"))){
const err756 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key120},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
}
if(data283.action !== undefined){
let data284 = data283.action;
if(typeof data284 !== "string"){
const err757 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
if(!(((data284 === "deny") || (data284 === "warn")) || (data284 === "off"))){
const err758 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-devices"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
}
if(data283.options !== undefined){
let data285 = data283.options;
if(data285 && typeof data285 == "object" && !Array.isArray(data285)){
for(const key121 in data285){
if(!(((key121 === "allowedDevices") || (key121 === "allowCgroupRules")) || (key121 === "allowDeviceRequests"))){
const err759 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key121},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err759];
}
else {
vErrors.push(err759);
}
errors++;
}
}
if(data285.allowedDevices !== undefined){
let data286 = data285.allowedDevices;
if(Array.isArray(data286)){
const len38 = data286.length;
for(let i42=0; i42<len38; i42++){
let data287 = data286[i42];
if(typeof data287 === "string"){
if(func4(data287) < 1){
const err760 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowedDevices/" + i42,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err760];
}
else {
vErrors.push(err760);
}
errors++;
}
}
else {
const err761 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowedDevices/" + i42,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err761];
}
else {
vErrors.push(err761);
}
errors++;
}
}
}
else {
const err762 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowedDevices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err762];
}
else {
vErrors.push(err762);
}
errors++;
}
}
if(data285.allowCgroupRules !== undefined){
if(typeof data285.allowCgroupRules !== "boolean"){
const err763 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowCgroupRules",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowCgroupRules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
}
if(data285.allowDeviceRequests !== undefined){
if(typeof data285.allowDeviceRequests !== "boolean"){
const err764 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowDeviceRequests",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowDeviceRequests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
}
}
else {
const err765 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
}
}
else {
const err766 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
}
var _valid60 = _errs935 === errors;
if(_valid60 && valid232){
valid232 = false;
passing60 = [passing60, 1];
}
else {
if(_valid60){
valid232 = true;
passing60 = 1;
}
}
if(!valid232){
const err767 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf",keyword:"oneOf",params:{passingSchemas: passing60},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
else {
errors = _errs932;
if(vErrors !== null){
if(_errs932){
vErrors.length = _errs932;
}
else {
vErrors = null;
}
}
}
}
if(data203["selinux-unconfined"] !== undefined){
let data290 = data203["selinux-unconfined"];
const _errs952 = errors;
let valid237 = false;
let passing61 = null;
const _errs953 = errors;
if(typeof data290 !== "string"){
const err768 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
if(!(((data290 === "deny") || (data290 === "warn")) || (data290 === "off"))){
const err769 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["selinux-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
var _valid61 = _errs953 === errors;
if(_valid61){
valid237 = true;
passing61 = 0;
}
const _errs955 = errors;
if(data290 && typeof data290 == "object" && !Array.isArray(data290)){
if(data290.action === undefined){
const err770 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err770];
}
else {
vErrors.push(err770);
}
errors++;
}
for(const key122 in data290){
if(!((key122 === "action") || (key122 === "options"))){
const err771 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key122},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
}
if(data290.action !== undefined){
let data291 = data290.action;
if(typeof data291 !== "string"){
const err772 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err772];
}
else {
vErrors.push(err772);
}
errors++;
}
if(!(((data291 === "deny") || (data291 === "warn")) || (data291 === "off"))){
const err773 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["selinux-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
}
if(data290.options !== undefined){
let data292 = data290.options;
if(data292 && typeof data292 == "object" && !Array.isArray(data292)){
for(const key123 in data292){
if(!(key123 === "deniedTypes")){
const err774 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key123},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err774];
}
else {
vErrors.push(err774);
}
errors++;
}
}
if(data292.deniedTypes !== undefined){
let data293 = data292.deniedTypes;
if(Array.isArray(data293)){
const len39 = data293.length;
for(let i43=0; i43<len39; i43++){
let data294 = data293[i43];
if(typeof data294 === "string"){
if(func4(data294) < 1){
const err775 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options/deniedTypes/" + i43,schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err775];
}
else {
vErrors.push(err775);
}
errors++;
}
}
else {
const err776 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options/deniedTypes/" + i43,schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err776];
}
else {
vErrors.push(err776);
}
errors++;
}
}
}
else {
const err777 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options/deniedTypes",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
}
}
else {
const err778 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
}
}
}
else {
const err779 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
var _valid61 = _errs955 === errors;
if(_valid61 && valid237){
valid237 = false;
passing61 = [passing61, 1];
}
else {
if(_valid61){
valid237 = true;
passing61 = 1;
}
}
if(!valid237){
const err780 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing61},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
else {
errors = _errs952;
if(vErrors !== null){
if(_errs952){
vErrors.length = _errs952;
}
else {
vErrors = null;
}
}
}
}
if(data203["systempaths-unconfined"] !== undefined){
let data295 = data203["systempaths-unconfined"];
const _errs968 = errors;
let valid242 = false;
let passing62 = null;
const _errs969 = errors;
if(typeof data295 !== "string"){
const err781 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
}
if(!(((data295 === "deny") || (data295 === "warn")) || (data295 === "off"))){
const err782 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["systempaths-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
var _valid62 = _errs969 === errors;
if(_valid62){
valid242 = true;
passing62 = 0;
}
const _errs971 = errors;
if(data295 && typeof data295 == "object" && !Array.isArray(data295)){
if(data295.action === undefined){
const err783 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
for(const key124 in data295){
if(!((key124 === "action") || (key124 === "options"))){
const err784 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key124},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err784];
}
else {
vErrors.push(err784);
}
errors++;
}
}
if(data295.action !== undefined){
let data296 = data295.action;
if(typeof data296 !== "string"){
const err785 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err785];
}
else {
vErrors.push(err785);
}
errors++;
}
if(!(((data296 === "deny") || (data296 === "warn")) || (data296 === "off"))){
const err786 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["systempaths-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err786];
}
else {
vErrors.push(err786);
}
errors++;
}
}
if(data295.options !== undefined){
let data297 = data295.options;
if(data297 && typeof data297 == "object" && !Array.isArray(data297)){
for(const key125 in data297){
const err787 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key125},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err787];
}
else {
vErrors.push(err787);
}
errors++;
}
}
else {
const err788 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err788];
}
else {
vErrors.push(err788);
}
errors++;
}
}
}
else {
const err789 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err789];
}
else {
vErrors.push(err789);
}
errors++;
}
var _valid62 = _errs971 === errors;
if(_valid62 && valid242){
valid242 = false;
passing62 = [passing62, 1];
}
else {
if(_valid62){
valid242 = true;
passing62 = 1;
}
}
if(!valid242){
const err790 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing62},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err790];
}
else {
vErrors.push(err790);
}
errors++;
}
else {
errors = _errs968;
if(vErrors !== null){
if(_errs968){
vErrors.length = _errs968;
}
else {
vErrors = null;
}
}
}
}
if(data203["security-opt-allowlist"] !== undefined){
let data298 = data203["security-opt-allowlist"];
const _errs980 = errors;
let valid244 = false;
let passing63 = null;
const _errs981 = errors;
if(typeof data298 !== "string"){
const err791 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err791];
}
else {
vErrors.push(err791);
}
errors++;
}
if(!(((data298 === "deny") || (data298 === "warn")) || (data298 === "off"))){
const err792 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["security-opt-allowlist"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err792];
}
else {
vErrors.push(err792);
}
errors++;
}
var _valid63 = _errs981 === errors;
if(_valid63){
valid244 = true;
passing63 = 0;
}
const _errs983 = errors;
if(data298 && typeof data298 == "object" && !Array.isArray(data298)){
if(data298.action === undefined){
const err793 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err793];
}
else {
vErrors.push(err793);
}
errors++;
}
for(const key126 in data298){
if(!((key126 === "action") || (key126 === "options"))){
const err794 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key126},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err794];
}
else {
vErrors.push(err794);
}
errors++;
}
}
if(data298.action !== undefined){
let data299 = data298.action;
if(typeof data299 !== "string"){
const err795 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err795];
}
else {
vErrors.push(err795);
}
errors++;
}
if(!(((data299 === "deny") || (data299 === "warn")) || (data299 === "off"))){
const err796 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["security-opt-allowlist"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err796];
}
else {
vErrors.push(err796);
}
errors++;
}
}
if(data298.options !== undefined){
let data300 = data298.options;
if(data300 && typeof data300 == "object" && !Array.isArray(data300)){
for(const key127 in data300){
if(!(key127 === "allowedLabels")){
const err797 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key127},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err797];
}
else {
vErrors.push(err797);
}
errors++;
}
}
if(data300.allowedLabels !== undefined){
let data301 = data300.allowedLabels;
if(Array.isArray(data301)){
const len40 = data301.length;
for(let i44=0; i44<len40; i44++){
let data302 = data301[i44];
if(typeof data302 === "string"){
if(func4(data302) < 1){
const err798 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options/allowedLabels/" + i44,schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err798];
}
else {
vErrors.push(err798);
}
errors++;
}
}
else {
const err799 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options/allowedLabels/" + i44,schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err799];
}
else {
vErrors.push(err799);
}
errors++;
}
}
}
else {
const err800 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options/allowedLabels",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err800];
}
else {
vErrors.push(err800);
}
errors++;
}
}
}
else {
const err801 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err801];
}
else {
vErrors.push(err801);
}
errors++;
}
}
}
else {
const err802 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err802];
}
else {
vErrors.push(err802);
}
errors++;
}
var _valid63 = _errs983 === errors;
if(_valid63 && valid244){
valid244 = false;
passing63 = [passing63, 1];
}
else {
if(_valid63){
valid244 = true;
passing63 = 1;
}
}
if(!valid244){
const err803 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf",keyword:"oneOf",params:{passingSchemas: passing63},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err803];
}
else {
vErrors.push(err803);
}
errors++;
}
else {
errors = _errs980;
if(vErrors !== null){
if(_errs980){
vErrors.length = _errs980;
}
else {
vErrors = null;
}
}
}
}
if(data203["build-options"] !== undefined){
let data303 = data203["build-options"];
const _errs996 = errors;
let valid249 = false;
let passing64 = null;
const _errs997 = errors;
if(typeof data303 !== "string"){
const err804 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err804];
}
else {
vErrors.push(err804);
}
errors++;
}
if(!(((data303 === "deny") || (data303 === "warn")) || (data303 === "off"))){
const err805 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["build-options"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err805];
}
else {
vErrors.push(err805);
}
errors++;
}
var _valid64 = _errs997 === errors;
if(_valid64){
valid249 = true;
passing64 = 0;
}
const _errs999 = errors;
if(data303 && typeof data303 == "object" && !Array.isArray(data303)){
if(data303.action === undefined){
const err806 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err806];
}
else {
vErrors.push(err806);
}
errors++;
}
for(const key128 in data303){
if(!((key128 === "action") || (key128 === "options"))){
const err807 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key128},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err807];
}
else {
vErrors.push(err807);
}
errors++;
}
}
if(data303.action !== undefined){
let data304 = data303.action;
if(typeof data304 !== "string"){
const err808 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err808];
}
else {
vErrors.push(err808);
}
errors++;
}
if(!(((data304 === "deny") || (data304 === "warn")) || (data304 === "off"))){
const err809 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["build-options"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err809];
}
else {
vErrors.push(err809);
}
errors++;
}
}
if(data303.options !== undefined){
let data305 = data303.options;
if(data305 && typeof data305 == "object" && !Array.isArray(data305)){
for(const key129 in data305){
const err810 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key129},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err810];
}
else {
vErrors.push(err810);
}
errors++;
}
}
else {
const err811 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err811];
}
else {
vErrors.push(err811);
}
errors++;
}
}
}
else {
const err812 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err812];
}
else {
vErrors.push(err812);
}
errors++;
}
var _valid64 = _errs999 === errors;
if(_valid64 && valid249){
valid249 = false;
passing64 = [passing64, 1];
}
else {
if(_valid64){
valid249 = true;
passing64 = 1;
}
}
if(!valid249){
const err813 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf",keyword:"oneOf",params:{passingSchemas: passing64},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err813];
}
else {
vErrors.push(err813);
}
errors++;
}
else {
errors = _errs996;
if(vErrors !== null){
if(_errs996){
vErrors.length = _errs996;
}
else {
vErrors = null;
}
}
}
}
if(data203["buildkit-entitlements"] !== undefined){
let data306 = data203["buildkit-entitlements"];
const _errs1008 = errors;
let valid251 = false;
let passing65 = null;
const _errs1009 = errors;
if(typeof data306 !== "string"){
const err814 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err814];
}
else {
vErrors.push(err814);
}
errors++;
}
if(!(((data306 === "deny") || (data306 === "warn")) || (data306 === "off"))){
const err815 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["buildkit-entitlements"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err815];
}
else {
vErrors.push(err815);
}
errors++;
}
var _valid65 = _errs1009 === errors;
if(_valid65){
valid251 = true;
passing65 = 0;
}
const _errs1011 = errors;
if(data306 && typeof data306 == "object" && !Array.isArray(data306)){
if(data306.action === undefined){
const err816 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err816];
}
else {
vErrors.push(err816);
}
errors++;
}
for(const key130 in data306){
if(!((key130 === "action") || (key130 === "options"))){
const err817 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key130},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err817];
}
else {
vErrors.push(err817);
}
errors++;
}
}
if(data306.action !== undefined){
let data307 = data306.action;
if(typeof data307 !== "string"){
const err818 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err818];
}
else {
vErrors.push(err818);
}
errors++;
}
if(!(((data307 === "deny") || (data307 === "warn")) || (data307 === "off"))){
const err819 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["buildkit-entitlements"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err819];
}
else {
vErrors.push(err819);
}
errors++;
}
}
if(data306.options !== undefined){
let data308 = data306.options;
if(data308 && typeof data308 == "object" && !Array.isArray(data308)){
for(const key131 in data308){
const err820 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key131},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err820];
}
else {
vErrors.push(err820);
}
errors++;
}
}
else {
const err821 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err821];
}
else {
vErrors.push(err821);
}
errors++;
}
}
}
else {
const err822 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err822];
}
else {
vErrors.push(err822);
}
errors++;
}
var _valid65 = _errs1011 === errors;
if(_valid65 && valid251){
valid251 = false;
passing65 = [passing65, 1];
}
else {
if(_valid65){
valid251 = true;
passing65 = 1;
}
}
if(!valid251){
const err823 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf",keyword:"oneOf",params:{passingSchemas: passing65},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err823];
}
else {
vErrors.push(err823);
}
errors++;
}
else {
errors = _errs1008;
if(vErrors !== null){
if(_errs1008){
vErrors.length = _errs1008;
}
else {
vErrors = null;
}
}
}
}
if(data203["plugin-install"] !== undefined){
let data309 = data203["plugin-install"];
const _errs1020 = errors;
let valid253 = false;
let passing66 = null;
const _errs1021 = errors;
if(typeof data309 !== "string"){
const err824 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err824];
}
else {
vErrors.push(err824);
}
errors++;
}
if(!(((data309 === "deny") || (data309 === "warn")) || (data309 === "off"))){
const err825 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["plugin-install"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err825];
}
else {
vErrors.push(err825);
}
errors++;
}
var _valid66 = _errs1021 === errors;
if(_valid66){
valid253 = true;
passing66 = 0;
}
const _errs1023 = errors;
if(data309 && typeof data309 == "object" && !Array.isArray(data309)){
if(data309.action === undefined){
const err826 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err826];
}
else {
vErrors.push(err826);
}
errors++;
}
for(const key132 in data309){
if(!((key132 === "action") || (key132 === "options"))){
const err827 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key132},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err827];
}
else {
vErrors.push(err827);
}
errors++;
}
}
if(data309.action !== undefined){
let data310 = data309.action;
if(typeof data310 !== "string"){
const err828 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err828];
}
else {
vErrors.push(err828);
}
errors++;
}
if(!(((data310 === "deny") || (data310 === "warn")) || (data310 === "off"))){
const err829 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["plugin-install"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err829];
}
else {
vErrors.push(err829);
}
errors++;
}
}
if(data309.options !== undefined){
let data311 = data309.options;
if(data311 && typeof data311 == "object" && !Array.isArray(data311)){
for(const key133 in data311){
if(!((key133 === "allowed") || (key133 === "allowCreate"))){
const err830 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key133},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err830];
}
else {
vErrors.push(err830);
}
errors++;
}
}
if(data311.allowed !== undefined){
let data312 = data311.allowed;
if(Array.isArray(data312)){
const len41 = data312.length;
for(let i45=0; i45<len41; i45++){
let data313 = data312[i45];
if(typeof data313 === "string"){
if(func4(data313) < 1){
const err831 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options/allowed/" + i45,schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err831];
}
else {
vErrors.push(err831);
}
errors++;
}
}
else {
const err832 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options/allowed/" + i45,schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err832];
}
else {
vErrors.push(err832);
}
errors++;
}
}
}
else {
const err833 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err833];
}
else {
vErrors.push(err833);
}
errors++;
}
}
if(data311.allowCreate !== undefined){
if(typeof data311.allowCreate !== "boolean"){
const err834 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options/allowCreate",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowCreate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err834];
}
else {
vErrors.push(err834);
}
errors++;
}
}
}
else {
const err835 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err835];
}
else {
vErrors.push(err835);
}
errors++;
}
}
}
else {
const err836 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err836];
}
else {
vErrors.push(err836);
}
errors++;
}
var _valid66 = _errs1023 === errors;
if(_valid66 && valid253){
valid253 = false;
passing66 = [passing66, 1];
}
else {
if(_valid66){
valid253 = true;
passing66 = 1;
}
}
if(!valid253){
const err837 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf",keyword:"oneOf",params:{passingSchemas: passing66},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err837];
}
else {
vErrors.push(err837);
}
errors++;
}
else {
errors = _errs1020;
if(vErrors !== null){
if(_errs1020){
vErrors.length = _errs1020;
}
else {
vErrors = null;
}
}
}
}
if(data203["self-protection"] !== undefined){
let data315 = data203["self-protection"];
const _errs1038 = errors;
let valid258 = false;
let passing67 = null;
const _errs1039 = errors;
if(typeof data315 !== "string"){
const err838 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err838];
}
else {
vErrors.push(err838);
}
errors++;
}
if(!(((data315 === "deny") || (data315 === "warn")) || (data315 === "off"))){
const err839 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["self-protection"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err839];
}
else {
vErrors.push(err839);
}
errors++;
}
var _valid67 = _errs1039 === errors;
if(_valid67){
valid258 = true;
passing67 = 0;
}
const _errs1041 = errors;
if(data315 && typeof data315 == "object" && !Array.isArray(data315)){
if(data315.action === undefined){
const err840 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err840];
}
else {
vErrors.push(err840);
}
errors++;
}
for(const key134 in data315){
if(!((key134 === "action") || (key134 === "options"))){
const err841 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key134},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err841];
}
else {
vErrors.push(err841);
}
errors++;
}
}
if(data315.action !== undefined){
let data316 = data315.action;
if(typeof data316 !== "string"){
const err842 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err842];
}
else {
vErrors.push(err842);
}
errors++;
}
if(!(((data316 === "deny") || (data316 === "warn")) || (data316 === "off"))){
const err843 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["self-protection"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err843];
}
else {
vErrors.push(err843);
}
errors++;
}
}
if(data315.options !== undefined){
let data317 = data315.options;
if(data317 && typeof data317 == "object" && !Array.isArray(data317)){
for(const key135 in data317){
if(!((((((key135 === "names") || (key135 === "ids")) || (key135 === "detectId")) || (key135 === "adminUsers")) || (key135 === "otherPlugins")) || (key135 === "readDaemonConfig"))){
const err844 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key135},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err844];
}
else {
vErrors.push(err844);
}
errors++;
}
}
if(data317.names !== undefined){
let data318 = data317.names;
if(Array.isArray(data318)){
const len42 = data318.length;
for(let i46=0; i46<len42; i46++){
let data319 = data318[i46];
if(typeof data319 === "string"){
if(func4(data319) < 1){
const err845 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/names/" + i46,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err845];
}
else {
vErrors.push(err845);
}
errors++;
}
}
else {
const err846 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/names/" + i46,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err846];
}
else {
vErrors.push(err846);
}
errors++;
}
}
}
else {
const err847 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/names",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err847];
}
else {
vErrors.push(err847);
}
errors++;
}
}
if(data317.ids !== undefined){
let data320 = data317.ids;
if(Array.isArray(data320)){
const len43 = data320.length;
for(let i47=0; i47<len43; i47++){
let data321 = data320[i47];
if(typeof data321 === "string"){
if(!pattern7.test(data321)){
const err848 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/ids/" + i47,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err848];
}
else {
vErrors.push(err848);
}
errors++;
}
}
else {
const err849 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/ids/" + i47,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err849];
}
else {
vErrors.push(err849);
}
errors++;
}
}
}
else {
const err850 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/ids",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err850];
}
else {
vErrors.push(err850);
}
errors++;
}
}
if(data317.detectId !== undefined){
if(typeof data317.detectId !== "boolean"){
const err851 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/detectId",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/detectId/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err851];
}
else {
vErrors.push(err851);
}
errors++;
}
}
if(data317.adminUsers !== undefined){
let data323 = data317.adminUsers;
if(Array.isArray(data323)){
const len44 = data323.length;
for(let i48=0; i48<len44; i48++){
let data324 = data323[i48];
if(typeof data324 === "string"){
if(func4(data324) < 1){
const err852 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/adminUsers/" + i48,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err852];
}
else {
vErrors.push(err852);
}
errors++;
}
}
else {
const err853 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/adminUsers/" + i48,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err853];
}
else {
vErrors.push(err853);
}
errors++;
}
}
}
else {
const err854 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/adminUsers",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err854];
}
else {
vErrors.push(err854);
}
errors++;
}
}
if(data317.otherPlugins !== undefined){
let data325 = data317.otherPlugins;
if(Array.isArray(data325)){
const len45 = data325.length;
for(let i49=0; i49<len45; i49++){
let data326 = data325[i49];
if(typeof data326 === "string"){
if(func4(data326) < 1){
const err855 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/otherPlugins/" + i49,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err855];
}
else {
vErrors.push(err855);
}
errors++;
}
}
else {
const err856 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/otherPlugins/" + i49,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err856];
}
else {
vErrors.push(err856);
}
errors++;
}
}
}
else {
const err857 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/otherPlugins",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err857];
}
else {
vErrors.push(err857);
}
errors++;
}
}
if(data317.readDaemonConfig !== undefined){
if(typeof data317.readDaemonConfig !== "boolean"){
const err858 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/readDaemonConfig",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/readDaemonConfig/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err858];
}
else {
vErrors.push(err858);
}
errors++;
}
}
}
else {
const err859 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err859];
}
else {
vErrors.push(err859);
}
errors++;
}
}
}
else {
const err860 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err860];
}
else {
vErrors.push(err860);
}
errors++;
}
var _valid67 = _errs1041 === errors;
if(_valid67 && valid258){
valid258 = false;
passing67 = [passing67, 1];
}
else {
if(_valid67){
valid258 = true;
passing67 = 1;
}
}
if(!valid258){
const err861 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf",keyword:"oneOf",params:{passingSchemas: passing67},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err861];
}
else {
vErrors.push(err861);
}
errors++;
}
else {
errors = _errs1038;
if(vErrors !== null){
if(_errs1038){
vErrors.length = _errs1038;
}
else {
vErrors = null;
}
}
}
}
if(data203["swarm-join"] !== undefined){
let data328 = data203["swarm-join"];
const _errs1070 = errors;
let valid269 = false;
let passing68 = null;
const _errs1071 = errors;
if(typeof data328 !== "string"){
const err862 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err862];
}
else {
vErrors.push(err862);
}
errors++;
}
if(!(((data328 === "deny") || (data328 === "warn")) || (data328 === "off"))){
const err863 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-join"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err863];
}
else {
vErrors.push(err863);
}
errors++;
}
var _valid68 = _errs1071 === errors;
if(_valid68){
valid269 = true;
passing68 = 0;
}
const _errs1073 = errors;
if(data328 && typeof data328 == "object" && !Array.isArray(data328)){
if(data328.action === undefined){
const err864 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err864];
}
else {
vErrors.push(err864);
}
errors++;
}
for(const key136 in data328){
if(!((key136 === "action") || (key136 === "options"))){
const err865 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key136},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err865];
}
else {
vErrors.push(err865);
}
errors++;
}
}
if(data328.action !== undefined){
let data329 = data328.action;
if(typeof data329 !== "string"){
const err866 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err866];
}
else {
vErrors.push(err866);
}
errors++;
}
if(!(((data329 === "deny") || (data329 === "warn")) || (data329 === "off"))){
const err867 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-join"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err867];
}
else {
vErrors.push(err867);
}
errors++;
}
}
if(data328.options !== undefined){
let data330 = data328.options;
if(data330 && typeof data330 == "object" && !Array.isArray(data330)){
for(const key137 in data330){
if(!(key137 === "allowedManagers")){
const err868 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key137},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err868];
}
else {
vErrors.push(err868);
}
errors++;
}
}
if(data330.allowedManagers !== undefined){
let data331 = data330.allowedManagers;
if(Array.isArray(data331)){
const len46 = data331.length;
for(let i50=0; i50<len46; i50++){
let data332 = data331[i50];
if(typeof data332 === "string"){
if(func4(data332) < 1){
const err869 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options/allowedManagers/" + i50,schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err869];
}
else {
vErrors.push(err869);
}
errors++;
}
}
else {
const err870 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options/allowedManagers/" + i50,schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err870];
}
else {
vErrors.push(err870);
}
errors++;
}
}
}
else {
const err871 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options/allowedManagers",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err871];
}
else {
vErrors.push(err871);
}
errors++;
}
}
}
else {
const err872 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err872];
}
else {
vErrors.push(err872);
}
errors++;
}
}
}
else {
const err873 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err873];
}
else {
vErrors.push(err873);
}
errors++;
}
var _valid68 = _errs1073 === errors;
if(_valid68 && valid269){
valid269 = false;
passing68 = [passing68, 1];
}
else {
if(_valid68){
valid269 = true;
passing68 = 1;
}
}
if(!valid269){
const err874 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf",keyword:"oneOf",params:{passingSchemas: passing68},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err874];
}
else {
vErrors.push(err874);
}
errors++;
}
else {
errors = _errs1070;
if(vErrors !== null){
if(_errs1070){
vErrors.length = _errs1070;
}
else {
vErrors = null;
}
}
}
}
if(data203["swarm-init"] !== undefined){
let data333 = data203["swarm-init"];
const _errs1086 = errors;
let valid274 = false;
let passing69 = null;
const _errs1087 = errors;
if(typeof data333 !== "string"){
const err875 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err875];
}
else {
vErrors.push(err875);
}
errors++;
}
if(!(((data333 === "deny") || (data333 === "warn")) || (data333 === "off"))){
const err876 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-init"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err876];
}
else {
vErrors.push(err876);
}
errors++;
}
var _valid69 = _errs1087 === errors;
if(_valid69){
valid274 = true;
passing69 = 0;
}
const _errs1089 = errors;
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.action === undefined){
const err877 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err877];
}
else {
vErrors.push(err877);
}
errors++;
}
for(const key138 in data333){
if(!((key138 === "action") || (key138 === "options"))){
const err878 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key138},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err878];
}
else {
vErrors.push(err878);
}
errors++;
}
}
if(data333.action !== undefined){
let data334 = data333.action;
if(typeof data334 !== "string"){
const err879 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err879];
}
else {
vErrors.push(err879);
}
errors++;
}
if(!(((data334 === "deny") || (data334 === "warn")) || (data334 === "off"))){
const err880 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-init"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err880];
}
else {
vErrors.push(err880);
}
errors++;
}
}
if(data333.options !== undefined){
let data335 = data333.options;
if(data335 && typeof data335 == "object" && !Array.isArray(data335)){
for(const key139 in data335){
const err881 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key139},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err881];
}
else {
vErrors.push(err881);
}
errors++;
}
}
else {
const err882 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err882];
}
else {
vErrors.push(err882);
}
errors++;
}
}
}
else {
const err883 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err883];
}
else {
vErrors.push(err883);
}
errors++;
}
var _valid69 = _errs1089 === errors;
if(_valid69 && valid274){
valid274 = false;
passing69 = [passing69, 1];
}
else {
if(_valid69){
valid274 = true;
passing69 = 1;
}
}
if(!valid274){
const err884 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf",keyword:"oneOf",params:{passingSchemas: passing69},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err884];
}
else {
vErrors.push(err884);
}
errors++;
}
else {
errors = _errs1086;
if(vErrors !== null){
if(_errs1086){
vErrors.length = _errs1086;
}
else {
vErrors = null;
}
}
}
}
if(data203["service-rollback"] !== undefined){
let data336 = data203["service-rollback"];
const _errs1098 = errors;
let valid276 = false;
let passing70 = null;
const _errs1099 = errors;
if(typeof data336 !== "string"){
const err885 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err885];
}
else {
vErrors.push(err885);
}
errors++;
}
if(!(((data336 === "deny") || (data336 === "warn")) || (data336 === "off"))){
const err886 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["service-rollback"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err886];
}
else {
vErrors.push(err886);
}
errors++;
}
var _valid70 = _errs1099 === errors;
if(_valid70){
valid276 = true;
passing70 = 0;
}
const _errs1101 = errors;
if(data336 && typeof data336 == "object" && !Array.isArray(data336)){
if(data336.action === undefined){
const err887 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err887];
}
else {
vErrors.push(err887);
}
errors++;
}
for(const key140 in data336){
if(!((key140 === "action") || (key140 === "options"))){
const err888 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key140},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err888];
}
else {
vErrors.push(err888);
}
errors++;
}
}
if(data336.action !== undefined){
let data337 = data336.action;
if(typeof data337 !== "string"){
const err889 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err889];
}
else {
vErrors.push(err889);
}
errors++;
}
if(!(((data337 === "deny") || (data337 === "warn")) || (data337 === "off"))){
const err890 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["service-rollback"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err890];
}
else {
vErrors.push(err890);
}
errors++;
}
}
if(data336.options !== undefined){
let data338 = data336.options;
if(data338 && typeof data338 == "object" && !Array.isArray(data338)){
for(const key141 in data338){
const err891 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key141},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err891];
}
else {
vErrors.push(err891);
}
errors++;
}
}
else {
const err892 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err892];
}
else {
vErrors.push(err892);
}
errors++;
}
}
}
else {
const err893 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err893];
}
else {
vErrors.push(err893);
}
errors++;
}
var _valid70 = _errs1101 === errors;
if(_valid70 && valid276){
valid276 = false;
passing70 = [passing70, 1];
}
else {
if(_valid70){
valid276 = true;
passing70 = 1;
}
}
if(!valid276){
const err894 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing70},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err894];
}
else {
vErrors.push(err894);
}
errors++;
}
else {
errors = _errs1098;
if(vErrors !== null){
if(_errs1098){
vErrors.length = _errs1098;
}
else {
vErrors = null;
}
}
}
}
if(data203["exec-root-user"] !== undefined){
let data339 = data203["exec-root-user"];
const _errs1110 = errors;
let valid278 = false;
let passing71 = null;
const _errs1111 = errors;
if(typeof data339 !== "string"){
const err895 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err895];
}
else {
vErrors.push(err895);
}
errors++;
}
if(!(((data339 === "deny") || (data339 === "warn")) || (data339 === "off"))){
const err896 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["exec-root-user"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err896];
}
else {
vErrors.push(err896);
}
errors++;
}
var _valid71 = _errs1111 === errors;
if(_valid71){
valid278 = true;
passing71 = 0;
}
const _errs1113 = errors;
if(data339 && typeof data339 == "object" && !Array.isArray(data339)){
if(data339.action === undefined){
const err897 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err897];
}
else {
vErrors.push(err897);
}
errors++;
}
for(const key142 in data339){
if(!((key142 === "action") || (key142 === "options"))){
const err898 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key142},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err898];
}
else {
vErrors.push(err898);
}
errors++;
}
}
if(data339.action !== undefined){
let data340 = data339.action;
if(typeof data340 !== "string"){
const err899 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err899];
}
else {
vErrors.push(err899);
}
errors++;
}
if(!(((data340 === "deny") || (data340 === "warn")) || (data340 === "off"))){
const err900 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["exec-root-user"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err900];
}
else {
vErrors.push(err900);
}
errors++;
}
}
if(data339.options !== undefined){
let data341 = data339.options;
if(data341 && typeof data341 == "object" && !Array.isArray(data341)){
for(const key143 in data341){
const err901 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key143},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err901];
}
else {
vErrors.push(err901);
}
errors++;
}
}
else {
const err902 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err902];
}
else {
vErrors.push(err902);
}
errors++;
}
}
}
else {
const err903 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err903];
}
else {
vErrors.push(err903);
}
errors++;
}
var _valid71 = _errs1113 === errors;
if(_valid71 && valid278){
valid278 = false;
passing71 = [passing71, 1];
}
else {
if(_valid71){
valid278 = true;
passing71 = 1;
}
}
if(!valid278){
const err904 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf",keyword:"oneOf",params:{passingSchemas: passing71},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err904];
}
else {
vErrors.push(err904);
}
errors++;
}
else {
errors = _errs1110;
if(vErrors !== null){
if(_errs1110){
vErrors.length = _errs1110;
}
else {
vErrors = null;
}
}
}
}
if(data203["read-only-rootfs"] !== undefined){
let data342 = data203["read-only-rootfs"];
const _errs1122 = errors;
let valid280 = false;
let passing72 = null;
const _errs1123 = errors;
if(typeof data342 !== "string"){
const err905 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err905];
}
else {
vErrors.push(err905);
}
errors++;
}
if(!(((data342 === "deny") || (data342 === "warn")) || (data342 === "off"))){
const err906 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["read-only-rootfs"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err906];
}
else {
vErrors.push(err906);
}
errors++;
}
var _valid72 = _errs1123 === errors;
if(_valid72){
valid280 = true;
passing72 = 0;
}
const _errs1125 = errors;
if(data342 && typeof data342 == "object" && !Array.isArray(data342)){
if(data342.action === undefined){
const err907 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err907];
}
else {
vErrors.push(err907);
}
errors++;
}
for(const key144 in data342){
if(!((key144 === "action") || (key144 === "options"))){
const err908 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key144},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err908];
}
else {
vErrors.push(err908);
}
errors++;
}
}
if(data342.action !== undefined){
let data343 = data342.action;
if(typeof data343 !== "string"){
const err909 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err909];
}
else {
vErrors.push(err909);
}
errors++;
}
if(!(((data343 === "deny") || (data343 === "warn")) || (data343 === "off"))){
const err910 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["read-only-rootfs"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err910];
}
else {
vErrors.push(err910);
}
errors++;
}
}
if(data342.options !== undefined){
let data344 = data342.options;
if(data344 && typeof data344 == "object" && !Array.isArray(data344)){
for(const key145 in data344){
const err911 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key145},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err911];
}
else {
vErrors.push(err911);
}
errors++;
}
}
else {
const err912 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err912];
}
else {
vErrors.push(err912);
}
errors++;
}
}
}
else {
const err913 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err913];
}
else {
vErrors.push(err913);
}
errors++;
}
var _valid72 = _errs1125 === errors;
if(_valid72 && valid280){
valid280 = false;
passing72 = [passing72, 1];
}
else {
if(_valid72){
valid280 = true;
passing72 = 1;
}
}
if(!valid280){
const err914 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing72},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err914];
}
else {
vErrors.push(err914);
}
errors++;
}
else {
errors = _errs1122;
if(vErrors !== null){
if(_errs1122){
vErrors.length = _errs1122;
}
else {
vErrors = null;
}
}
}
}
if(data203["pids-limit"] !== undefined){
let data345 = data203["pids-limit"];
const _errs1134 = errors;
let valid282 = false;
let passing73 = null;
const _errs1135 = errors;
if(typeof data345 !== "string"){
const err915 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err915];
}
else {
vErrors.push(err915);
}
errors++;
}
if(!(((data345 === "deny") || (data345 === "warn")) || (data345 === "off"))){
const err916 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["pids-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err916];
}
else {
vErrors.push(err916);
}
errors++;
}
var _valid73 = _errs1135 === errors;
if(_valid73){
valid282 = true;
passing73 = 0;
}
const _errs1137 = errors;
if(data345 && typeof data345 == "object" && !Array.isArray(data345)){
if(data345.action === undefined){
const err917 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err917];
}
else {
vErrors.push(err917);
}
errors++;
}
for(const key146 in data345){
if(!((key146 === "action") || (key146 === "options"))){
const err918 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key146},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err918];
}
else {
vErrors.push(err918);
}
errors++;
}
}
if(data345.action !== undefined){
let data346 = data345.action;
if(typeof data346 !== "string"){
const err919 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err919];
}
else {
vErrors.push(err919);
}
errors++;
}
if(!(((data346 === "deny") || (data346 === "warn")) || (data346 === "off"))){
const err920 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["pids-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err920];
}
else {
vErrors.push(err920);
}
errors++;
}
}
if(data345.options !== undefined){
let data347 = data345.options;
if(data347 && typeof data347 == "object" && !Array.isArray(data347)){
for(const key147 in data347){
const err921 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key147},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err921];
}
else {
vErrors.push(err921);
}
errors++;
}
}
else {
const err922 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err922];
}
else {
vErrors.push(err922);
}
errors++;
}
}
}
else {
const err923 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err923];
}
else {
vErrors.push(err923);
}
errors++;
}
var _valid73 = _errs1137 === errors;
if(_valid73 && valid282){
valid282 = false;
passing73 = [passing73, 1];
}
else {
if(_valid73){
valid282 = true;
passing73 = 1;
}
}
if(!valid282){
const err924 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing73},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err924];
}
else {
vErrors.push(err924);
}
errors++;
}
else {
errors = _errs1134;
if(vErrors !== null){
if(_errs1134){
vErrors.length = _errs1134;
}
else {
vErrors = null;
}
}
}
}
if(data203["no-new-privileges"] !== undefined){
let data348 = data203["no-new-privileges"];
const _errs1146 = errors;
let valid284 = false;
let passing74 = null;
const _errs1147 = errors;
if(typeof data348 !== "string"){
const err925 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err925];
}
else {
vErrors.push(err925);
}
errors++;
}
if(!(((data348 === "deny") || (data348 === "warn")) || (data348 === "off"))){
const err926 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["no-new-privileges"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err926];
}
else {
vErrors.push(err926);
}
errors++;
}
var _valid74 = _errs1147 === errors;
if(_valid74){
valid284 = true;
passing74 = 0;
}
const _errs1149 = errors;
if(data348 && typeof data348 == "object" && !Array.isArray(data348)){
if(data348.action === undefined){
const err927 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err927];
}
else {
vErrors.push(err927);
}
errors++;
}
for(const key148 in data348){
if(!((key148 === "action") || (key148 === "options"))){
const err928 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key148},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err928];
}
else {
vErrors.push(err928);
}
errors++;
}
}
if(data348.action !== undefined){
let data349 = data348.action;
if(typeof data349 !== "string"){
const err929 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err929];
}
else {
vErrors.push(err929);
}
errors++;
}
if(!(((data349 === "deny") || (data349 === "warn")) || (data349 === "off"))){
const err930 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["no-new-privileges"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err930];
}
else {
vErrors.push(err930);
}
errors++;
}
}
if(data348.options !== undefined){
let data350 = data348.options;
if(data350 && typeof data350 == "object" && !Array.isArray(data350)){
for(const key149 in data350){
const err931 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key149},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err931];
}
else {
vErrors.push(err931);
}
errors++;
}
}
else {
const err932 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err932];
}
else {
vErrors.push(err932);
}
errors++;
}
}
}
else {
const err933 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err933];
}
else {
vErrors.push(err933);
}
errors++;
}
var _valid74 = _errs1149 === errors;
if(_valid74 && valid284){
valid284 = false;
passing74 = [passing74, 1];
}
else {
if(_valid74){
valid284 = true;
passing74 = 1;
}
}
if(!valid284){
const err934 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf",keyword:"oneOf",params:{passingSchemas: passing74},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err934];
}
else {
vErrors.push(err934);
}
errors++;
}
else {
errors = _errs1146;
if(vErrors !== null){
if(_errs1146){
vErrors.length = _errs1146;
}
else {
vErrors = null;
}
}
}
}
if(data203["health-check"] !== undefined){
let data351 = data203["health-check"];
const _errs1158 = errors;
let valid286 = false;
let passing75 = null;
const _errs1159 = errors;
if(typeof data351 !== "string"){
const err935 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err935];
}
else {
vErrors.push(err935);
}
errors++;
}
if(!(((data351 === "deny") || (data351 === "warn")) || (data351 === "off"))){
const err936 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["health-check"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err936];
}
else {
vErrors.push(err936);
}
errors++;
}
var _valid75 = _errs1159 === errors;
if(_valid75){
valid286 = true;
passing75 = 0;
}
const _errs1161 = errors;
if(data351 && typeof data351 == "object" && !Array.isArray(data351)){
if(data351.action === undefined){
const err937 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err937];
}
else {
vErrors.push(err937);
}
errors++;
}
for(const key150 in data351){
if(!((key150 === "action") || (key150 === "options"))){
const err938 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key150},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err938];
}
else {
vErrors.push(err938);
}
errors++;
}
}
if(data351.action !== undefined){
let data352 = data351.action;
if(typeof data352 !== "string"){
const err939 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err939];
}
else {
vErrors.push(err939);
}
errors++;
}
if(!(((data352 === "deny") || (data352 === "warn")) || (data352 === "off"))){
const err940 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["health-check"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err940];
}
else {
vErrors.push(err940);
}
errors++;
}
}
if(data351.options !== undefined){
let data353 = data351.options;
if(data353 && typeof data353 == "object" && !Array.isArray(data353)){
for(const key151 in data353){
const err941 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key151},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err941];
}
else {
vErrors.push(err941);
}
errors++;
}
}
else {
const err942 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err942];
}
else {
vErrors.push(err942);
}
errors++;
}
}
}
else {
const err943 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err943];
}
else {
vErrors.push(err943);
}
errors++;
}
var _valid75 = _errs1161 === errors;
if(_valid75 && valid286){
valid286 = false;
passing75 = [passing75, 1];
}
else {
if(_valid75){
valid286 = true;
passing75 = 1;
}
}
if(!valid286){
const err944 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf",keyword:"oneOf",params:{passingSchemas: passing75},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err944];
}
else {
vErrors.push(err944);
}
errors++;
}
else {
errors = _errs1158;
if(vErrors !== null){
if(_errs1158){
vErrors.length = _errs1158;
}
else {
vErrors = null;
}
}
}
}
if(data203["image-tag"] !== undefined){
let data354 = data203["image-tag"];
const _errs1170 = errors;
let valid288 = false;
let passing76 = null;
const _errs1171 = errors;
if(typeof data354 !== "string"){
const err945 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err945];
}
else {
vErrors.push(err945);
}
errors++;
}
if(!(((data354 === "deny") || (data354 === "warn")) || (data354 === "off"))){
const err946 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["image-tag"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err946];
}
else {
vErrors.push(err946);
}
errors++;
}
var _valid76 = _errs1171 === errors;
if(_valid76){
valid288 = true;
passing76 = 0;
}
const _errs1173 = errors;
if(data354 && typeof data354 == "object" && !Array.isArray(data354)){
if(data354.action === undefined){
const err947 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err947];
}
else {
vErrors.push(err947);
}
errors++;
}
for(const key152 in data354){
if(!((key152 === "action") || (key152 === "options"))){
const err948 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key152},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err948];
}
else {
vErrors.push(err948);
}
errors++;
}
}
if(data354.action !== undefined){
let data355 = data354.action;
if(typeof data355 !== "string"){
const err949 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err949];
}
else {
vErrors.push(err949);
}
errors++;
}
if(!(((data355 === "deny") || (data355 === "warn")) || (data355 === "off"))){
const err950 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["image-tag"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err950];
}
else {
vErrors.push(err950);
}
errors++;
}
}
if(data354.options !== undefined){
let data356 = data354.options;
if(data356 && typeof data356 == "object" && !Array.isArray(data356)){
for(const key153 in data356){
if(!(key153 === "requireDigest")){
const err951 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key153},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err951];
}
else {
vErrors.push(err951);
}
errors++;
}
}
if(data356.requireDigest !== undefined){
if(typeof data356.requireDigest !== "boolean"){
const err952 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/options/requireDigest",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err952];
}
else {
vErrors.push(err952);
}
errors++;
}
}
}
else {
const err953 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err953];
}
else {
vErrors.push(err953);
}
errors++;
}
}
}
else {
const err954 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err954];
}
else {
vErrors.push(err954);
}
errors++;
}
var _valid76 = _errs1173 === errors;
if(_valid76 && valid288){
valid288 = false;
passing76 = [passing76, 1];
}
else {
if(_valid76){
valid288 = true;
passing76 = 1;
}
}
if(!valid288){
const err955 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf",keyword:"oneOf",params:{passingSchemas: passing76},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err955];
}
else {
vErrors.push(err955);
}
errors++;
}
else {
errors = _errs1170;
if(vErrors !== null){
if(_errs1170){
vErrors.length = _errs1170;
}
else {
vErrors = null;
}
}
}
}
if(data203["privileged-ports"] !== undefined){
let data358 = data203["privileged-ports"];
const _errs1184 = errors;
let valid291 = false;
let passing77 = null;
const _errs1185 = errors;
if(typeof data358 !== "string"){
const err956 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err956];
}
else {
vErrors.push(err956);
}
errors++;
}
if(!(((data358 === "deny") || (data358 === "warn")) || (data358 === "off"))){
const err957 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["privileged-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err957];
}
else {
vErrors.push(err957);
}
errors++;
}
var _valid77 = _errs1185 === errors;
if(_valid77){
valid291 = true;
passing77 = 0;
}
const _errs1187 = errors;
if(data358 && typeof data358 == "object" && !Array.isArray(data358)){
if(data358.action === undefined){
const err958 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err958];
}
else {
vErrors.push(err958);
}
errors++;
}
for(const key154 in data358){
if(!((key154 === "action") || (key154 === "options"))){
const err959 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key154},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err959];
}
else {
vErrors.push(err959);
}
errors++;
}
}
if(data358.action !== undefined){
let data359 = data358.action;
if(typeof data359 !== "string"){
const err960 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err960];
}
else {
vErrors.push(err960);
}
errors++;
}
if(!(((data359 === "deny") || (data359 === "warn")) || (data359 === "off"))){
const err961 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["privileged-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err961];
}
else {
vErrors.push(err961);
}
errors++;
}
}
if(data358.options !== undefined){
let data360 = data358.options;
if(data360 && typeof data360 == "object" && !Array.isArray(data360)){
for(const key155 in data360){
const err962 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key155},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err962];
}
else {
vErrors.push(err962);
}
errors++;
}
}
else {
const err963 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err963];
}
else {
vErrors.push(err963);
}
errors++;
}
}
}
else {
const err964 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err964];
}
else {
vErrors.push(err964);
}
errors++;
}
var _valid77 = _errs1187 === errors;
if(_valid77 && valid291){
valid291 = false;
passing77 = [passing77, 1];
}
else {
if(_valid77){
valid291 = true;
passing77 = 1;
}
}
if(!valid291){
const err965 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing77},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err965];
}
else {
vErrors.push(err965);
}
errors++;
}
else {
errors = _errs1184;
if(vErrors !== null){
if(_errs1184){
vErrors.length = _errs1184;
}
else {
vErrors = null;
}
}
}
}
if(data203["port-all-interfaces"] !== undefined){
let data361 = data203["port-all-interfaces"];
const _errs1196 = errors;
let valid293 = false;
let passing78 = null;
const _errs1197 = errors;
if(typeof data361 !== "string"){
const err966 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err966];
}
else {
vErrors.push(err966);
}
errors++;
}
if(!(((data361 === "deny") || (data361 === "warn")) || (data361 === "off"))){
const err967 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["port-all-interfaces"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err967];
}
else {
vErrors.push(err967);
}
errors++;
}
var _valid78 = _errs1197 === errors;
if(_valid78){
valid293 = true;
passing78 = 0;
}
const _errs1199 = errors;
if(data361 && typeof data361 == "object" && !Array.isArray(data361)){
if(data361.action === undefined){
const err968 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err968];
}
else {
vErrors.push(err968);
}
errors++;
}
for(const key156 in data361){
if(!((key156 === "action") || (key156 === "options"))){
const err969 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key156},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err969];
}
else {
vErrors.push(err969);
}
errors++;
}
}
if(data361.action !== undefined){
let data362 = data361.action;
if(typeof data362 !== "string"){
const err970 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err970];
}
else {
vErrors.push(err970);
}
errors++;
}
if(!(((data362 === "deny") || (data362 === "warn")) || (data362 === "off"))){
const err971 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["port-all-interfaces"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err971];
}
else {
vErrors.push(err971);
}
errors++;
}
}
if(data361.options !== undefined){
let data363 = data361.options;
if(data363 && typeof data363 == "object" && !Array.isArray(data363)){
for(const key157 in data363){
const err972 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key157},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err972];
}
else {
vErrors.push(err972);
}
errors++;
}
}
else {
const err973 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err973];
}
else {
vErrors.push(err973);
}
errors++;
}
}
}
else {
const err974 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err974];
}
else {
vErrors.push(err974);
}
errors++;
}
var _valid78 = _errs1199 === errors;
if(_valid78 && valid293){
valid293 = false;
passing78 = [passing78, 1];
}
else {
if(_valid78){
valid293 = true;
passing78 = 1;
}
}
if(!valid293){
const err975 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf",keyword:"oneOf",params:{passingSchemas: passing78},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err975];
}
else {
vErrors.push(err975);
}
errors++;
}
else {
errors = _errs1196;
if(vErrors !== null){
if(_errs1196){
vErrors.length = _errs1196;
}
else {
vErrors = null;
}
}
}
}
if(data203["publish-all-ports"] !== undefined){
let data364 = data203["publish-all-ports"];
const _errs1208 = errors;
let valid295 = false;
let passing79 = null;
const _errs1209 = errors;
if(typeof data364 !== "string"){
const err976 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err976];
}
else {
vErrors.push(err976);
}
errors++;
}
if(!(((data364 === "deny") || (data364 === "warn")) || (data364 === "off"))){
const err977 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["publish-all-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err977];
}
else {
vErrors.push(err977);
}
errors++;
}
var _valid79 = _errs1209 === errors;
if(_valid79){
valid295 = true;
passing79 = 0;
}
const _errs1211 = errors;
if(data364 && typeof data364 == "object" && !Array.isArray(data364)){
if(data364.action === undefined){
const err978 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err978];
}
else {
vErrors.push(err978);
}
errors++;
}
for(const key158 in data364){
if(!((key158 === "action") || (key158 === "options"))){
const err979 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key158},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err979];
}
else {
vErrors.push(err979);
}
errors++;
}
}
if(data364.action !== undefined){
let data365 = data364.action;
if(typeof data365 !== "string"){
const err980 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err980];
}
else {
vErrors.push(err980);
}
errors++;
}
if(!(((data365 === "deny") || (data365 === "warn")) || (data365 === "off"))){
const err981 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["publish-all-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err981];
}
else {
vErrors.push(err981);
}
errors++;
}
}
if(data364.options !== undefined){
let data366 = data364.options;
if(data366 && typeof data366 == "object" && !Array.isArray(data366)){
for(const key159 in data366){
const err982 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key159},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err982];
}
else {
vErrors.push(err982);
}
errors++;
}
}
else {
const err983 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err983];
}
else {
vErrors.push(err983);
}
errors++;
}
}
}
else {
const err984 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err984];
}
else {
vErrors.push(err984);
}
errors++;
}
var _valid79 = _errs1211 === errors;
if(_valid79 && valid295){
valid295 = false;
passing79 = [passing79, 1];
}
else {
if(_valid79){
valid295 = true;
passing79 = 1;
}
}
if(!valid295){
const err985 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing79},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err985];
}
else {
vErrors.push(err985);
}
errors++;
}
else {
errors = _errs1208;
if(vErrors !== null){
if(_errs1208){
vErrors.length = _errs1208;
}
else {
vErrors = null;
}
}
}
}
if(data203["cpu-limit"] !== undefined){
let data367 = data203["cpu-limit"];
const _errs1220 = errors;
let valid297 = false;
let passing80 = null;
const _errs1221 = errors;
if(typeof data367 !== "string"){
const err986 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err986];
}
else {
vErrors.push(err986);
}
errors++;
}
if(!(((data367 === "deny") || (data367 === "warn")) || (data367 === "off"))){
const err987 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cpu-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err987];
}
else {
vErrors.push(err987);
}
errors++;
}
var _valid80 = _errs1221 === errors;
if(_valid80){
valid297 = true;
passing80 = 0;
}
const _errs1223 = errors;
if(data367 && typeof data367 == "object" && !Array.isArray(data367)){
if(data367.action === undefined){
const err988 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err988];
}
else {
vErrors.push(err988);
}
errors++;
}
for(const key160 in data367){
if(!((key160 === "action") || (key160 === "options"))){
const err989 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key160},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err989];
}
else {
vErrors.push(err989);
}
errors++;
}
}
if(data367.action !== undefined){
let data368 = data367.action;
if(typeof data368 !== "string"){
const err990 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err990];
}
else {
vErrors.push(err990);
}
errors++;
}
if(!(((data368 === "deny") || (data368 === "warn")) || (data368 === "off"))){
const err991 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cpu-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err991];
}
else {
vErrors.push(err991);
}
errors++;
}
}
if(data367.options !== undefined){
let data369 = data367.options;
if(data369 && typeof data369 == "object" && !Array.isArray(data369)){
for(const key161 in data369){
const err992 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key161},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err992];
}
else {
vErrors.push(err992);
}
errors++;
}
}
else {
const err993 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err993];
}
else {
vErrors.push(err993);
}
errors++;
}
}
}
else {
const err994 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err994];
}
else {
vErrors.push(err994);
}
errors++;
}
var _valid80 = _errs1223 === errors;
if(_valid80 && valid297){
valid297 = false;
passing80 = [passing80, 1];
}
else {
if(_valid80){
valid297 = true;
passing80 = 1;
}
}
if(!valid297){
const err995 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing80},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err995];
}
else {
vErrors.push(err995);
}
errors++;
}
else {
errors = _errs1220;
if(vErrors !== null){
if(_errs1220){
vErrors.length = _errs1220;
}
else {
vErrors = null;
}
}
}
}
if(data203.ulimits !== undefined){
let data370 = data203.ulimits;
const _errs1232 = errors;
let valid299 = false;
let passing81 = null;
const _errs1233 = errors;
if(typeof data370 !== "string"){
const err996 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err996];
}
else {
vErrors.push(err996);
}
errors++;
}
if(!(((data370 === "deny") || (data370 === "warn")) || (data370 === "off"))){
const err997 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.ulimits.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err997];
}
else {
vErrors.push(err997);
}
errors++;
}
var _valid81 = _errs1233 === errors;
if(_valid81){
valid299 = true;
passing81 = 0;
}
const _errs1235 = errors;
if(data370 && typeof data370 == "object" && !Array.isArray(data370)){
if(data370.action === undefined){
const err998 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err998];
}
else {
vErrors.push(err998);
}
errors++;
}
for(const key162 in data370){
if(!((key162 === "action") || (key162 === "options"))){
const err999 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key162},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err999];
}
else {
vErrors.push(err999);
}
errors++;
}
}
if(data370.action !== undefined){
let data371 = data370.action;
if(typeof data371 !== "string"){
const err1000 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1000];
}
else {
vErrors.push(err1000);
}
errors++;
}
if(!(((data371 === "deny") || (data371 === "warn")) || (data371 === "off"))){
const err1001 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.ulimits.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1001];
}
else {
vErrors.push(err1001);
}
errors++;
}
}
if(data370.options !== undefined){
let data372 = data370.options;
if(data372 && typeof data372 == "object" && !Array.isArray(data372)){
for(const key163 in data372){
if(!(key163 === "allowed")){
const err1002 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key163},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1002];
}
else {
vErrors.push(err1002);
}
errors++;
}
}
if(data372.allowed !== undefined){
let data373 = data372.allowed;
if(Array.isArray(data373)){
const len47 = data373.length;
for(let i51=0; i51<len47; i51++){
let data374 = data373[i51];
if(typeof data374 === "string"){
if(func4(data374) < 1){
const err1003 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options/allowed/" + i51,schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1003];
}
else {
vErrors.push(err1003);
}
errors++;
}
}
else {
const err1004 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options/allowed/" + i51,schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1004];
}
else {
vErrors.push(err1004);
}
errors++;
}
}
}
else {
const err1005 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1005];
}
else {
vErrors.push(err1005);
}
errors++;
}
}
}
else {
const err1006 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1006];
}
else {
vErrors.push(err1006);
}
errors++;
}
}
}
else {
const err1007 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1007];
}
else {
vErrors.push(err1007);
}
errors++;
}
var _valid81 = _errs1235 === errors;
if(_valid81 && valid299){
valid299 = false;
passing81 = [passing81, 1];
}
else {
if(_valid81){
valid299 = true;
passing81 = 1;
}
}
if(!valid299){
const err1008 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf",keyword:"oneOf",params:{passingSchemas: passing81},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1008];
}
else {
vErrors.push(err1008);
}
errors++;
}
else {
errors = _errs1232;
if(vErrors !== null){
if(_errs1232){
vErrors.length = _errs1232;
}
else {
vErrors = null;
}
}
}
}
if(data203["default-bridge"] !== undefined){
let data375 = data203["default-bridge"];
const _errs1248 = errors;
let valid304 = false;
let passing82 = null;
const _errs1249 = errors;
if(typeof data375 !== "string"){
const err1009 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1009];
}
else {
vErrors.push(err1009);
}
errors++;
}
if(!(((data375 === "deny") || (data375 === "warn")) || (data375 === "off"))){
const err1010 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["default-bridge"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1010];
}
else {
vErrors.push(err1010);
}
errors++;
}
var _valid82 = _errs1249 === errors;
if(_valid82){
valid304 = true;
passing82 = 0;
}
const _errs1251 = errors;
if(data375 && typeof data375 == "object" && !Array.isArray(data375)){
if(data375.action === undefined){
const err1011 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1011];
}
else {
vErrors.push(err1011);
}
errors++;
}
for(const key164 in data375){
if(!((key164 === "action") || (key164 === "options"))){
const err1012 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key164},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1012];
}
else {
vErrors.push(err1012);
}
errors++;
}
}
if(data375.action !== undefined){
let data376 = data375.action;
if(typeof data376 !== "string"){
const err1013 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1013];
}
else {
vErrors.push(err1013);
}
errors++;
}
if(!(((data376 === "deny") || (data376 === "warn")) || (data376 === "off"))){
const err1014 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["default-bridge"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1014];
}
else {
vErrors.push(err1014);
}
errors++;
}
}
if(data375.options !== undefined){
let data377 = data375.options;
if(data377 && typeof data377 == "object" && !Array.isArray(data377)){
for(const key165 in data377){
const err1015 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key165},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1015];
}
else {
vErrors.push(err1015);
}
errors++;
}
}
else {
const err1016 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1016];
}
else {
vErrors.push(err1016);
}
errors++;
}
}
}
else {
const err1017 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1017];
}
else {
vErrors.push(err1017);
}
errors++;
}
var _valid82 = _errs1251 === errors;
if(_valid82 && valid304){
valid304 = false;
passing82 = [passing82, 1];
}
else {
if(_valid82){
valid304 = true;
passing82 = 1;
}
}
if(!valid304){
const err1018 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf",keyword:"oneOf",params:{passingSchemas: passing82},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1018];
}
else {
vErrors.push(err1018);
}
errors++;
}
else {
errors = _errs1248;
if(vErrors !== null){
if(_errs1248){
vErrors.length = _errs1248;
}
else {
vErrors = null;
}
}
}
}
if(data203.sysctls !== undefined){
let data378 = data203.sysctls;
const _errs1260 = errors;
let valid306 = false;
let passing83 = null;
const _errs1261 = errors;
if(typeof data378 !== "string"){
const err1019 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1019];
}
else {
vErrors.push(err1019);
}
errors++;
}
if(!(((data378 === "deny") || (data378 === "warn")) || (data378 === "off"))){
const err1020 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sysctls.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1020];
}
else {
vErrors.push(err1020);
}
errors++;
}
var _valid83 = _errs1261 === errors;
if(_valid83){
valid306 = true;
passing83 = 0;
}
const _errs1263 = errors;
if(data378 && typeof data378 == "object" && !Array.isArray(data378)){
if(data378.action === undefined){
const err1021 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1021];
}
else {
vErrors.push(err1021);
}
errors++;
}
for(const key166 in data378){
if(!((key166 === "action") || (key166 === "options"))){
const err1022 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key166},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1022];
}
else {
vErrors.push(err1022);
}
errors++;
}
}
if(data378.action !== undefined){
let data379 = data378.action;
if(typeof data379 !== "string"){
const err1023 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1023];
}
else {
vErrors.push(err1023);
}
errors++;
}
if(!(((data379 === "deny") || (data379 === "warn")) || (data379 === "off"))){
const err1024 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sysctls.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1024];
}
else {
vErrors.push(err1024);
}
errors++;
}
}
if(data378.options !== undefined){
let data380 = data378.options;
if(data380 && typeof data380 == "object" && !Array.isArray(data380)){
for(const key167 in data380){
if(!(key167 === "allowed")){
const err1025 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key167},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1025];
}
else {
vErrors.push(err1025);
}
errors++;
}
}
if(data380.allowed !== undefined){
let data381 = data380.allowed;
if(Array.isArray(data381)){
const len48 = data381.length;
for(let i52=0; i52<len48; i52++){
let data382 = data381[i52];
if(typeof data382 === "string"){
if(func4(data382) < 1){
const err1026 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options/allowed/" + i52,schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1026];
}
else {
vErrors.push(err1026);
}
errors++;
}
}
else {
const err1027 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options/allowed/" + i52,schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1027];
}
else {
vErrors.push(err1027);
}
errors++;
}
}
}
else {
const err1028 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1028];
}
else {
vErrors.push(err1028);
}
errors++;
}
}
}
else {
const err1029 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1029];
}
else {
vErrors.push(err1029);
}
errors++;
}
}
}
else {
const err1030 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1030];
}
else {
vErrors.push(err1030);
}
errors++;
}
var _valid83 = _errs1263 === errors;
if(_valid83 && valid306){
valid306 = false;
passing83 = [passing83, 1];
}
else {
if(_valid83){
valid306 = true;
passing83 = 1;
}
}
if(!valid306){
const err1031 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing83},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1031];
}
else {
vErrors.push(err1031);
}
errors++;
}
else {
errors = _errs1260;
if(vErrors !== null){
if(_errs1260){
vErrors.length = _errs1260;
}
else {
vErrors = null;
}
}
}
}
if(data203["network-parent"] !== undefined){
let data383 = data203["network-parent"];
const _errs1276 = errors;
let valid311 = false;
let passing84 = null;
const _errs1277 = errors;
if(typeof data383 !== "string"){
const err1032 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1032];
}
else {
vErrors.push(err1032);
}
errors++;
}
if(!(((data383 === "deny") || (data383 === "warn")) || (data383 === "off"))){
const err1033 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["network-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1033];
}
else {
vErrors.push(err1033);
}
errors++;
}
var _valid84 = _errs1277 === errors;
if(_valid84){
valid311 = true;
passing84 = 0;
}
const _errs1279 = errors;
if(data383 && typeof data383 == "object" && !Array.isArray(data383)){
if(data383.action === undefined){
const err1034 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1034];
}
else {
vErrors.push(err1034);
}
errors++;
}
for(const key168 in data383){
if(!((key168 === "action") || (key168 === "options"))){
const err1035 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key168},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1035];
}
else {
vErrors.push(err1035);
}
errors++;
}
}
if(data383.action !== undefined){
let data384 = data383.action;
if(typeof data384 !== "string"){
const err1036 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1036];
}
else {
vErrors.push(err1036);
}
errors++;
}
if(!(((data384 === "deny") || (data384 === "warn")) || (data384 === "off"))){
const err1037 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["network-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1037];
}
else {
vErrors.push(err1037);
}
errors++;
}
}
if(data383.options !== undefined){
let data385 = data383.options;
if(data385 && typeof data385 == "object" && !Array.isArray(data385)){
for(const key169 in data385){
const err1038 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key169},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1038];
}
else {
vErrors.push(err1038);
}
errors++;
}
}
else {
const err1039 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1039];
}
else {
vErrors.push(err1039);
}
errors++;
}
}
}
else {
const err1040 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1040];
}
else {
vErrors.push(err1040);
}
errors++;
}
var _valid84 = _errs1279 === errors;
if(_valid84 && valid311){
valid311 = false;
passing84 = [passing84, 1];
}
else {
if(_valid84){
valid311 = true;
passing84 = 1;
}
}
if(!valid311){
const err1041 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing84},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1041];
}
else {
vErrors.push(err1041);
}
errors++;
}
else {
errors = _errs1276;
if(vErrors !== null){
if(_errs1276){
vErrors.length = _errs1276;
}
else {
vErrors = null;
}
}
}
}
if(data203.sshd !== undefined){
let data386 = data203.sshd;
const _errs1288 = errors;
let valid313 = false;
let passing85 = null;
const _errs1289 = errors;
if(typeof data386 !== "string"){
const err1042 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1042];
}
else {
vErrors.push(err1042);
}
errors++;
}
if(!(((data386 === "deny") || (data386 === "warn")) || (data386 === "off"))){
const err1043 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sshd.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1043];
}
else {
vErrors.push(err1043);
}
errors++;
}
var _valid85 = _errs1289 === errors;
if(_valid85){
valid313 = true;
passing85 = 0;
}
const _errs1291 = errors;
if(data386 && typeof data386 == "object" && !Array.isArray(data386)){
if(data386.action === undefined){
const err1044 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1044];
}
else {
vErrors.push(err1044);
}
errors++;
}
for(const key170 in data386){
if(!((key170 === "action") || (key170 === "options"))){
const err1045 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key170},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1045];
}
else {
vErrors.push(err1045);
}
errors++;
}
}
if(data386.action !== undefined){
let data387 = data386.action;
if(typeof data387 !== "string"){
const err1046 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1046];
}
else {
vErrors.push(err1046);
}
errors++;
}
if(!(((data387 === "deny") || (data387 === "warn")) || (data387 === "off"))){
const err1047 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sshd.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1047];
}
else {
vErrors.push(err1047);
}
errors++;
}
}
if(data386.options !== undefined){
let data388 = data386.options;
if(data388 && typeof data388 == "object" && !Array.isArray(data388)){
for(const key171 in data388){
const err1048 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key171},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1048];
}
else {
vErrors.push(err1048);
}
errors++;
}
}
else {
const err1049 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1049];
}
else {
vErrors.push(err1049);
}
errors++;
}
}
}
else {
const err1050 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1050];
}
else {
vErrors.push(err1050);
}
errors++;
}
var _valid85 = _errs1291 === errors;
if(_valid85 && valid313){
valid313 = false;
passing85 = [passing85, 1];
}
else {
if(_valid85){
valid313 = true;
passing85 = 1;
}
}
if(!valid313){
const err1051 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf",keyword:"oneOf",params:{passingSchemas: passing85},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1051];
}
else {
vErrors.push(err1051);
}
errors++;
}
else {
errors = _errs1288;
if(vErrors !== null){
if(_errs1288){
vErrors.length = _errs1288;
}
else {
vErrors = null;
}
}
}
}
if(data203["cgroup-parent"] !== undefined){
let data389 = data203["cgroup-parent"];
const _errs1300 = errors;
let valid315 = false;
let passing86 = null;
const _errs1301 = errors;
if(typeof data389 !== "string"){
const err1052 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1052];
}
else {
vErrors.push(err1052);
}
errors++;
}
if(!(((data389 === "deny") || (data389 === "warn")) || (data389 === "off"))){
const err1053 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cgroup-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1053];
}
else {
vErrors.push(err1053);
}
errors++;
}
var _valid86 = _errs1301 === errors;
if(_valid86){
valid315 = true;
passing86 = 0;
}
const _errs1303 = errors;
if(data389 && typeof data389 == "object" && !Array.isArray(data389)){
if(data389.action === undefined){
const err1054 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1054];
}
else {
vErrors.push(err1054);
}
errors++;
}
for(const key172 in data389){
if(!((key172 === "action") || (key172 === "options"))){
const err1055 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key172},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1055];
}
else {
vErrors.push(err1055);
}
errors++;
}
}
if(data389.action !== undefined){
let data390 = data389.action;
if(typeof data390 !== "string"){
const err1056 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1056];
}
else {
vErrors.push(err1056);
}
errors++;
}
if(!(((data390 === "deny") || (data390 === "warn")) || (data390 === "off"))){
const err1057 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cgroup-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1057];
}
else {
vErrors.push(err1057);
}
errors++;
}
}
if(data389.options !== undefined){
let data391 = data389.options;
if(data391 && typeof data391 == "object" && !Array.isArray(data391)){
for(const key173 in data391){
if(!(key173 === "allowed")){
const err1058 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key173},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1058];
}
else {
vErrors.push(err1058);
}
errors++;
}
}
if(data391.allowed !== undefined){
let data392 = data391.allowed;
if(Array.isArray(data392)){
const len49 = data392.length;
for(let i53=0; i53<len49; i53++){
let data393 = data392[i53];
if(typeof data393 === "string"){
if(func4(data393) < 1){
const err1059 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options/allowed/" + i53,schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1059];
}
else {
vErrors.push(err1059);
}
errors++;
}
}
else {
const err1060 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options/allowed/" + i53,schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1060];
}
else {
vErrors.push(err1060);
}
errors++;
}
}
}
else {
const err1061 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1061];
}
else {
vErrors.push(err1061);
}
errors++;
}
}
}
else {
const err1062 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1062];
}
else {
vErrors.push(err1062);
}
errors++;
}
}
}
else {
const err1063 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1063];
}
else {
vErrors.push(err1063);
}
errors++;
}
var _valid86 = _errs1303 === errors;
if(_valid86 && valid315){
valid315 = false;
passing86 = [passing86, 1];
}
else {
if(_valid86){
valid315 = true;
passing86 = 1;
}
}
if(!valid315){
const err1064 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing86},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1064];
}
else {
vErrors.push(err1064);
}
errors++;
}
else {
errors = _errs1300;
if(vErrors !== null){
if(_errs1300){
vErrors.length = _errs1300;
}
else {
vErrors = null;
}
}
}
}
if(data203["unverified-start"] !== undefined){
let data394 = data203["unverified-start"];
const _errs1316 = errors;
let valid320 = false;
let passing87 = null;
const _errs1317 = errors;
if(typeof data394 !== "string"){
const err1065 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1065];
}
else {
vErrors.push(err1065);
}
errors++;
}
if(!(((data394 === "deny") || (data394 === "warn")) || (data394 === "off"))){
const err1066 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["unverified-start"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1066];
}
else {
vErrors.push(err1066);
}
errors++;
}
var _valid87 = _errs1317 === errors;
if(_valid87){
valid320 = true;
passing87 = 0;
}
const _errs1319 = errors;
if(data394 && typeof data394 == "object" && !Array.isArray(data394)){
if(data394.action === undefined){
const err1067 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1067];
}
else {
vErrors.push(err1067);
}
errors++;
}
for(const key174 in data394){
if(!((key174 === "action") || (key174 === "options"))){
const err1068 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key174},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1068];
}
else {
vErrors.push(err1068);
}
errors++;
}
}
if(data394.action !== undefined){
let data395 = data394.action;
if(typeof data395 !== "string"){
const err1069 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1069];
}
else {
vErrors.push(err1069);
}
errors++;
}
if(!(((data395 === "deny") || (data395 === "warn")) || (data395 === "off"))){
const err1070 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["unverified-start"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1070];
}
else {
vErrors.push(err1070);
}
errors++;
}
}
if(data394.options !== undefined){
let data396 = data394.options;
if(data396 && typeof data396 == "object" && !Array.isArray(data396)){
for(const key175 in data396){
const err1071 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key175},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1071];
}
else {
vErrors.push(err1071);
}
errors++;
}
}
else {
const err1072 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1072];
}
else {
vErrors.push(err1072);
}
errors++;
}
}
}
else {
const err1073 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1073];
}
else {
vErrors.push(err1073);
}
errors++;
}
var _valid87 = _errs1319 === errors;
if(_valid87 && valid320){
valid320 = false;
passing87 = [passing87, 1];
}
else {
if(_valid87){
valid320 = true;
passing87 = 1;
}
}
if(!valid320){
const err1074 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf",keyword:"oneOf",params:{passingSchemas: passing87},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1074];
}
else {
vErrors.push(err1074);
}
errors++;
}
else {
errors = _errs1316;
if(vErrors !== null){
if(_errs1316){
vErrors.length = _errs1316;
}
else {
vErrors = null;
}
}
}
}
for(const key176 in data203){
if(pattern9.test(key176)){
let data397 = data203[key176];
if(typeof data397 !== "string"){
const err1075 = {instancePath:instancePath+"/profiles/" + i26+"/rules/" + key176.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/items/properties/rules/patternProperties/%5Ecustom~1%5Ba-z0-9%5D%5Ba-z0-9._-%5D*%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1075];
}
else {
vErrors.push(err1075);
}
errors++;
}
if(!(((data397 === "deny") || (data397 === "warn")) || (data397 === "off"))){
const err1076 = {instancePath:instancePath+"/profiles/" + i26+"/rules/" + key176.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/items/properties/rules/patternProperties/%5Ecustom~1%5Ba-z0-9%5D%5Ba-z0-9._-%5D*%24/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.patternProperties["^custom/[a-z0-9][a-z0-9._-]*$"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1076];
}
else {
vErrors.push(err1076);
}
errors++;
}
}
}
}
else {
const err1077 = {instancePath:instancePath+"/profiles/" + i26+"/rules",schemaPath:"#/properties/profiles/items/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1077];
}
else {
vErrors.push(err1077);
}
errors++;
}
}
}
else {
const err1078 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1078];
}
else {
vErrors.push(err1078);
}
errors++;
}
}
}
else {
const err1079 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1079];
}
else {
vErrors.push(err1079);
}
errors++;
}
}
if(data.customRules !== undefined){
let data398 = data.customRules;
if(Array.isArray(data398)){
const len50 = data398.length;
for(let i54=0; i54<len50; i54++){
let data399 = data398[i54];
const _errs1334 = errors;
let valid326 = true;
const _errs1335 = errors;
if(errors === _errs1335){
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
let missing0;
if((data399.operator === undefined) && (missing0 = "operator")){
const err1080 = {};
if(vErrors === null){
vErrors = [err1080];
}
else {
vErrors.push(err1080);
}
errors++;
}
else {
if(data399.operator !== undefined){
if("equals" !== data399.operator){
const err1081 = {};
if(vErrors === null){
vErrors = [err1081];
}
else {
vErrors.push(err1081);
}
errors++;
}
}
}
}
else {
const err1082 = {};
if(vErrors === null){
vErrors = [err1082];
}
else {
vErrors.push(err1082);
}
errors++;
}
}
var _valid88 = _errs1335 === errors;
errors = _errs1334;
if(vErrors !== null){
if(_errs1334){
vErrors.length = _errs1334;
}
else {
vErrors = null;
}
}
if(_valid88){
const _errs1338 = errors;
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
if(data399.value === undefined){
const err1083 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1083];
}
else {
vErrors.push(err1083);
}
errors++;
}
if(data399.value !== undefined){
let data401 = data399.value;
if(((typeof data401 !== "string") && (!((typeof data401 == "number") && (isFinite(data401))))) && (typeof data401 !== "boolean")){
const err1084 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/0/then/properties/value/type",keyword:"type",params:{type: schema11.properties.customRules.items.allOf[0].then.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1084];
}
else {
vErrors.push(err1084);
}
errors++;
}
}
}
else {
const err1085 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1085];
}
else {
vErrors.push(err1085);
}
errors++;
}
var _valid88 = _errs1338 === errors;
valid326 = _valid88;
}
if(!valid326){
const err1086 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1086];
}
else {
vErrors.push(err1086);
}
errors++;
}
const _errs1343 = errors;
let valid329 = true;
const _errs1344 = errors;
if(errors === _errs1344){
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
let missing1;
if((data399.operator === undefined) && (missing1 = "operator")){
const err1087 = {};
if(vErrors === null){
vErrors = [err1087];
}
else {
vErrors.push(err1087);
}
errors++;
}
else {
if(data399.operator !== undefined){
if("in" !== data399.operator){
const err1088 = {};
if(vErrors === null){
vErrors = [err1088];
}
else {
vErrors.push(err1088);
}
errors++;
}
}
}
}
else {
const err1089 = {};
if(vErrors === null){
vErrors = [err1089];
}
else {
vErrors.push(err1089);
}
errors++;
}
}
var _valid89 = _errs1344 === errors;
errors = _errs1343;
if(vErrors !== null){
if(_errs1343){
vErrors.length = _errs1343;
}
else {
vErrors = null;
}
}
if(_valid89){
const _errs1347 = errors;
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
if(data399.value === undefined){
const err1090 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/1/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1090];
}
else {
vErrors.push(err1090);
}
errors++;
}
if(data399.value !== undefined){
let data403 = data399.value;
if(Array.isArray(data403)){
if(data403.length < 1){
const err1091 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1091];
}
else {
vErrors.push(err1091);
}
errors++;
}
const len51 = data403.length;
for(let i55=0; i55<len51; i55++){
let data404 = data403[i55];
if(((typeof data404 !== "string") && (!((typeof data404 == "number") && (isFinite(data404))))) && (typeof data404 !== "boolean")){
const err1092 = {instancePath:instancePath+"/customRules/" + i54+"/value/" + i55,schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/items/type",keyword:"type",params:{type: schema11.properties.customRules.items.allOf[1].then.properties.value.items.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1092];
}
else {
vErrors.push(err1092);
}
errors++;
}
}
}
else {
const err1093 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1093];
}
else {
vErrors.push(err1093);
}
errors++;
}
}
}
else {
const err1094 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1094];
}
else {
vErrors.push(err1094);
}
errors++;
}
var _valid89 = _errs1347 === errors;
valid329 = _valid89;
}
if(!valid329){
const err1095 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1095];
}
else {
vErrors.push(err1095);
}
errors++;
}
const _errs1354 = errors;
let valid334 = true;
const _errs1355 = errors;
if(errors === _errs1355){
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
let missing2;
if((data399.operator === undefined) && (missing2 = "operator")){
const err1096 = {};
if(vErrors === null){
vErrors = [err1096];
}
else {
vErrors.push(err1096);
}
errors++;
}
else {
if(data399.operator !== undefined){
if("glob" !== data399.operator){
const err1097 = {};
if(vErrors === null){
vErrors = [err1097];
}
else {
vErrors.push(err1097);
}
errors++;
}
}
}
}
else {
const err1098 = {};
if(vErrors === null){
vErrors = [err1098];
}
else {
vErrors.push(err1098);
}
errors++;
}
}
var _valid90 = _errs1355 === errors;
errors = _errs1354;
if(vErrors !== null){
if(_errs1354){
vErrors.length = _errs1354;
}
else {
vErrors = null;
}
}
if(_valid90){
const _errs1358 = errors;
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
if(data399.value === undefined){
const err1099 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/2/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1099];
}
else {
vErrors.push(err1099);
}
errors++;
}
if(data399.value !== undefined){
let data406 = data399.value;
if(typeof data406 === "string"){
if(func4(data406) < 1){
const err1100 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/2/then/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1100];
}
else {
vErrors.push(err1100);
}
errors++;
}
}
else {
const err1101 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/2/then/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1101];
}
else {
vErrors.push(err1101);
}
errors++;
}
}
}
else {
const err1102 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1102];
}
else {
vErrors.push(err1102);
}
errors++;
}
var _valid90 = _errs1358 === errors;
valid334 = _valid90;
}
if(!valid334){
const err1103 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1103];
}
else {
vErrors.push(err1103);
}
errors++;
}
const _errs1363 = errors;
let valid337 = true;
const _errs1364 = errors;
if(errors === _errs1364){
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
let missing3;
if((data399.operator === undefined) && (missing3 = "operator")){
const err1104 = {};
if(vErrors === null){
vErrors = [err1104];
}
else {
vErrors.push(err1104);
}
errors++;
}
else {
if(data399.operator !== undefined){
if("regex" !== data399.operator){
const err1105 = {};
if(vErrors === null){
vErrors = [err1105];
}
else {
vErrors.push(err1105);
}
errors++;
}
}
}
}
else {
const err1106 = {};
if(vErrors === null){
vErrors = [err1106];
}
else {
vErrors.push(err1106);
}
errors++;
}
}
var _valid91 = _errs1364 === errors;
errors = _errs1363;
if(vErrors !== null){
if(_errs1363){
vErrors.length = _errs1363;
}
else {
vErrors = null;
}
}
if(_valid91){
const _errs1367 = errors;
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
if(data399.value === undefined){
const err1107 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/3/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1107];
}
else {
vErrors.push(err1107);
}
errors++;
}
if(data399.value !== undefined){
let data408 = data399.value;
if(typeof data408 === "string"){
if(func4(data408) > 256){
const err1108 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err1108];
}
else {
vErrors.push(err1108);
}
errors++;
}
if(func4(data408) < 1){
const err1109 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1109];
}
else {
vErrors.push(err1109);
}
errors++;
}
}
else {
const err1110 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1110];
}
else {
vErrors.push(err1110);
}
errors++;
}
}
}
else {
const err1111 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/3/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1111];
}
else {
vErrors.push(err1111);
}
errors++;
}
var _valid91 = _errs1367 === errors;
valid337 = _valid91;
}
if(!valid337){
const err1112 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1112];
}
else {
vErrors.push(err1112);
}
errors++;
}
const _errs1372 = errors;
let valid340 = true;
const _errs1373 = errors;
if(errors === _errs1373){
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
let missing4;
if((data399.operator === undefined) && (missing4 = "operator")){
const err1113 = {};
if(vErrors === null){
vErrors = [err1113];
}
else {
vErrors.push(err1113);
}
errors++;
}
else {
if(data399.operator !== undefined){
if("greater-than" !== data399.operator){
const err1114 = {};
if(vErrors === null){
vErrors = [err1114];
}
else {
vErrors.push(err1114);
}
errors++;
}
}
}
}
else {
const err1115 = {};
if(vErrors === null){
vErrors = [err1115];
}
else {
vErrors.push(err1115);
}
errors++;
}
}
var _valid92 = _errs1373 === errors;
errors = _errs1372;
if(vErrors !== null){
if(_errs1372){
vErrors.length = _errs1372;
}
else {
vErrors = null;
}
}
if(_valid92){
const _errs1376 = errors;
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
if(data399.value === undefined){
const err1116 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/4/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1116];
}
else {
vErrors.push(err1116);
}
errors++;
}
if(data399.value !== undefined){
let data410 = data399.value;
if(!((typeof data410 == "number") && (isFinite(data410)))){
const err1117 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/4/then/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1117];
}
else {
vErrors.push(err1117);
}
errors++;
}
}
}
else {
const err1118 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/4/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1118];
}
else {
vErrors.push(err1118);
}
errors++;
}
var _valid92 = _errs1376 === errors;
valid340 = _valid92;
}
if(!valid340){
const err1119 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1119];
}
else {
vErrors.push(err1119);
}
errors++;
}
if(data399 && typeof data399 == "object" && !Array.isArray(data399)){
if(data399.id === undefined){
const err1120 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1120];
}
else {
vErrors.push(err1120);
}
errors++;
}
if(data399.operations === undefined){
const err1121 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "operations"},message:"must have required property '"+"operations"+"'"};
if(vErrors === null){
vErrors = [err1121];
}
else {
vErrors.push(err1121);
}
errors++;
}
if(data399.field === undefined){
const err1122 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err1122];
}
else {
vErrors.push(err1122);
}
errors++;
}
if(data399.operator === undefined){
const err1123 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err1123];
}
else {
vErrors.push(err1123);
}
errors++;
}
if(data399.message === undefined){
const err1124 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1124];
}
else {
vErrors.push(err1124);
}
errors++;
}
if(data399.action === undefined){
const err1125 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1125];
}
else {
vErrors.push(err1125);
}
errors++;
}
for(const key177 in data399){
if(!(func2.call(schema11.properties.customRules.items.properties, key177))){
const err1126 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key177},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1126];
}
else {
vErrors.push(err1126);
}
errors++;
}
}
if(data399.id !== undefined){
let data411 = data399.id;
if(typeof data411 === "string"){
if(!pattern9.test(data411)){
const err1127 = {instancePath:instancePath+"/customRules/" + i54+"/id",schemaPath:"#/properties/customRules/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^custom/[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^custom/[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1127];
}
else {
vErrors.push(err1127);
}
errors++;
}
}
else {
const err1128 = {instancePath:instancePath+"/customRules/" + i54+"/id",schemaPath:"#/properties/customRules/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1128];
}
else {
vErrors.push(err1128);
}
errors++;
}
}
if(data399.description !== undefined){
if(typeof data399.description !== "string"){
const err1129 = {instancePath:instancePath+"/customRules/" + i54+"/description",schemaPath:"#/properties/customRules/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1129];
}
else {
vErrors.push(err1129);
}
errors++;
}
}
if(data399.operations !== undefined){
let data413 = data399.operations;
if(Array.isArray(data413)){
if(data413.length < 1){
const err1130 = {instancePath:instancePath+"/customRules/" + i54+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1130];
}
else {
vErrors.push(err1130);
}
errors++;
}
const len52 = data413.length;
for(let i56=0; i56<len52; i56++){
let data414 = data413[i56];
if(typeof data414 !== "string"){
const err1131 = {instancePath:instancePath+"/customRules/" + i54+"/operations/" + i56,schemaPath:"#/properties/customRules/items/properties/operations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1131];
}
else {
vErrors.push(err1131);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data414 === "build.cancel") || (data414 === "build.prune")) || (data414 === "checkpoint.create")) || (data414 === "checkpoint.list")) || (data414 === "checkpoint.remove")) || (data414 === "config.create")) || (data414 === "config.inspect")) || (data414 === "config.list")) || (data414 === "config.remove")) || (data414 === "config.update")) || (data414 === "container.archive.get")) || (data414 === "container.archive.head")) || (data414 === "container.archive.put")) || (data414 === "container.attach")) || (data414 === "container.attach.ws")) || (data414 === "container.changes")) || (data414 === "container.commit")) || (data414 === "container.copy")) || (data414 === "container.create")) || (data414 === "container.exec")) || (data414 === "container.export")) || (data414 === "container.inspect")) || (data414 === "container.kill")) || (data414 === "container.list")) || (data414 === "container.logs")) || (data414 === "container.pause")) || (data414 === "container.prune")) || (data414 === "container.remove")) || (data414 === "container.rename")) || (data414 === "container.resize")) || (data414 === "container.restart")) || (data414 === "container.start")) || (data414 === "container.stats")) || (data414 === "container.stop")) || (data414 === "container.top")) || (data414 === "container.unpause")) || (data414 === "container.update")) || (data414 === "container.wait")) || (data414 === "debug.pprof.cmdline")) || (data414 === "debug.pprof.index")) || (data414 === "debug.pprof.lookup")) || (data414 === "debug.pprof.profile")) || (data414 === "debug.pprof.symbol")) || (data414 === "debug.pprof.trace")) || (data414 === "debug.vars")) || (data414 === "distribution.inspect")) || (data414 === "exec.inspect")) || (data414 === "exec.resize")) || (data414 === "exec.start")) || (data414 === "grpc")) || (data414 === "image.attestations")) || (data414 === "image.build")) || (data414 === "image.create")) || (data414 === "image.history")) || (data414 === "image.inspect")) || (data414 === "image.list")) || (data414 === "image.load")) || (data414 === "image.prune")) || (data414 === "image.push")) || (data414 === "image.remove")) || (data414 === "image.save")) || (data414 === "image.search")) || (data414 === "image.tag")) || (data414 === "network.connect")) || (data414 === "network.create")) || (data414 === "network.disconnect")) || (data414 === "network.inspect")) || (data414 === "network.list")) || (data414 === "network.prune")) || (data414 === "network.remove")) || (data414 === "node.inspect")) || (data414 === "node.list")) || (data414 === "node.remove")) || (data414 === "node.update")) || (data414 === "plugin.create")) || (data414 === "plugin.disable")) || (data414 === "plugin.enable")) || (data414 === "plugin.inspect")) || (data414 === "plugin.list")) || (data414 === "plugin.privileges")) || (data414 === "plugin.pull")) || (data414 === "plugin.push")) || (data414 === "plugin.remove")) || (data414 === "plugin.set")) || (data414 === "plugin.upgrade")) || (data414 === "secret.create")) || (data414 === "secret.inspect")) || (data414 === "secret.list")) || (data414 === "secret.remove")) || (data414 === "secret.update")) || (data414 === "service.create")) || (data414 === "service.inspect")) || (data414 === "service.list")) || (data414 === "service.logs")) || (data414 === "service.remove")) || (data414 === "service.update")) || (data414 === "session")) || (data414 === "swarm.init")) || (data414 === "swarm.inspect")) || (data414 === "swarm.join")) || (data414 === "swarm.leave")) || (data414 === "swarm.unlock")) || (data414 === "swarm.unlockkey")) || (data414 === "swarm.update")) || (data414 === "system.auth")) || (data414 === "system.df")) || (data414 === "system.events")) || (data414 === "system.info")) || (data414 === "system.options")) || (data414 === "system.ping")) || (data414 === "system.version")) || (data414 === "task.inspect")) || (data414 === "task.list")) || (data414 === "task.logs")) || (data414 === "volume.create")) || (data414 === "volume.inspect")) || (data414 === "volume.list")) || (data414 === "volume.prune")) || (data414 === "volume.remove")) || (data414 === "volume.update"))){
const err1132 = {instancePath:instancePath+"/customRules/" + i54+"/operations/" + i56,schemaPath:"#/properties/customRules/items/properties/operations/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.operations.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1132];
}
else {
vErrors.push(err1132);
}
errors++;
}
}
let i57 = data413.length;
let j4;
if(i57 > 1){
const indices4 = {};
for(;i57--;){
let item4 = data413[i57];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err1133 = {instancePath:instancePath+"/customRules/" + i54+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/uniqueItems",keyword:"uniqueItems",params:{i: i57, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i57+" are identical)"};
if(vErrors === null){
vErrors = [err1133];
}
else {
vErrors.push(err1133);
}
errors++;
break;
}
indices4[item4] = i57;
}
}
}
else {
const err1134 = {instancePath:instancePath+"/customRules/" + i54+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1134];
}
else {
vErrors.push(err1134);
}
errors++;
}
}
if(data399.field !== undefined){
let data415 = data399.field;
if(typeof data415 === "string"){
if(func4(data415) > 300){
const err1135 = {instancePath:instancePath+"/customRules/" + i54+"/field",schemaPath:"#/properties/customRules/items/properties/field/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1135];
}
else {
vErrors.push(err1135);
}
errors++;
}
if(!pattern20.test(data415)){
const err1136 = {instancePath:instancePath+"/customRules/" + i54+"/field",schemaPath:"#/properties/customRules/items/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$"+"\""};
if(vErrors === null){
vErrors = [err1136];
}
else {
vErrors.push(err1136);
}
errors++;
}
}
else {
const err1137 = {instancePath:instancePath+"/customRules/" + i54+"/field",schemaPath:"#/properties/customRules/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1137];
}
else {
vErrors.push(err1137);
}
errors++;
}
}
if(data399.operator !== undefined){
let data416 = data399.operator;
if(typeof data416 !== "string"){
const err1138 = {instancePath:instancePath+"/customRules/" + i54+"/operator",schemaPath:"#/properties/customRules/items/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1138];
}
else {
vErrors.push(err1138);
}
errors++;
}
if(!((((((data416 === "equals") || (data416 === "in")) || (data416 === "glob")) || (data416 === "regex")) || (data416 === "exists")) || (data416 === "greater-than"))){
const err1139 = {instancePath:instancePath+"/customRules/" + i54+"/operator",schemaPath:"#/properties/customRules/items/properties/operator/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.operator.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1139];
}
else {
vErrors.push(err1139);
}
errors++;
}
}
if(data399.message !== undefined){
let data417 = data399.message;
if(typeof data417 === "string"){
if(func4(data417) > 300){
const err1140 = {instancePath:instancePath+"/customRules/" + i54+"/message",schemaPath:"#/properties/customRules/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1140];
}
else {
vErrors.push(err1140);
}
errors++;
}
if(func4(data417) < 1){
const err1141 = {instancePath:instancePath+"/customRules/" + i54+"/message",schemaPath:"#/properties/customRules/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1141];
}
else {
vErrors.push(err1141);
}
errors++;
}
}
else {
const err1142 = {instancePath:instancePath+"/customRules/" + i54+"/message",schemaPath:"#/properties/customRules/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1142];
}
else {
vErrors.push(err1142);
}
errors++;
}
}
if(data399.fix !== undefined){
let data418 = data399.fix;
if(typeof data418 === "string"){
if(func4(data418) > 300){
const err1143 = {instancePath:instancePath+"/customRules/" + i54+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1143];
}
else {
vErrors.push(err1143);
}
errors++;
}
if(func4(data418) < 1){
const err1144 = {instancePath:instancePath+"/customRules/" + i54+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1144];
}
else {
vErrors.push(err1144);
}
errors++;
}
}
else {
const err1145 = {instancePath:instancePath+"/customRules/" + i54+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1145];
}
else {
vErrors.push(err1145);
}
errors++;
}
}
if(data399.action !== undefined){
let data419 = data399.action;
if(typeof data419 !== "string"){
const err1146 = {instancePath:instancePath+"/customRules/" + i54+"/action",schemaPath:"#/properties/customRules/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1146];
}
else {
vErrors.push(err1146);
}
errors++;
}
if(!(((data419 === "deny") || (data419 === "warn")) || (data419 === "off"))){
const err1147 = {instancePath:instancePath+"/customRules/" + i54+"/action",schemaPath:"#/properties/customRules/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1147];
}
else {
vErrors.push(err1147);
}
errors++;
}
}
if(data399.severity !== undefined){
let data420 = data399.severity;
if(typeof data420 !== "string"){
const err1148 = {instancePath:instancePath+"/customRules/" + i54+"/severity",schemaPath:"#/properties/customRules/items/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1148];
}
else {
vErrors.push(err1148);
}
errors++;
}
if(!((((data420 === "critical") || (data420 === "high")) || (data420 === "medium")) || (data420 === "low"))){
const err1149 = {instancePath:instancePath+"/customRules/" + i54+"/severity",schemaPath:"#/properties/customRules/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1149];
}
else {
vErrors.push(err1149);
}
errors++;
}
}
}
else {
const err1150 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1150];
}
else {
vErrors.push(err1150);
}
errors++;
}
}
}
else {
const err1151 = {instancePath:instancePath+"/customRules",schemaPath:"#/properties/customRules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1151];
}
else {
vErrors.push(err1151);
}
errors++;
}
}
if(data.exemptions !== undefined){
let data421 = data.exemptions;
if(Array.isArray(data421)){
const len53 = data421.length;
for(let i58=0; i58<len53; i58++){
let data422 = data421[i58];
const _errs1405 = errors;
let valid349 = false;
const _errs1406 = errors;
if(data422 && typeof data422 == "object" && !Array.isArray(data422)){
if(data422.users === undefined){
const err1152 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/anyOf/0/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err1152];
}
else {
vErrors.push(err1152);
}
errors++;
}
}
var _valid93 = _errs1406 === errors;
valid349 = valid349 || _valid93;
if(!valid349){
const _errs1407 = errors;
if(data422 && typeof data422 == "object" && !Array.isArray(data422)){
if(data422.images === undefined){
const err1153 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/anyOf/1/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'"};
if(vErrors === null){
vErrors = [err1153];
}
else {
vErrors.push(err1153);
}
errors++;
}
}
var _valid93 = _errs1407 === errors;
valid349 = valid349 || _valid93;
if(!valid349){
const _errs1408 = errors;
if(data422 && typeof data422 == "object" && !Array.isArray(data422)){
if(data422.containerNames === undefined){
const err1154 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/anyOf/2/required",keyword:"required",params:{missingProperty: "containerNames"},message:"must have required property '"+"containerNames"+"'"};
if(vErrors === null){
vErrors = [err1154];
}
else {
vErrors.push(err1154);
}
errors++;
}
}
var _valid93 = _errs1408 === errors;
valid349 = valid349 || _valid93;
}
}
if(!valid349){
const err1155 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1155];
}
else {
vErrors.push(err1155);
}
errors++;
}
else {
errors = _errs1405;
if(vErrors !== null){
if(_errs1405){
vErrors.length = _errs1405;
}
else {
vErrors = null;
}
}
}
if(data422 && typeof data422 == "object" && !Array.isArray(data422)){
if(data422.id === undefined){
const err1156 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1156];
}
else {
vErrors.push(err1156);
}
errors++;
}
if(data422.reason === undefined){
const err1157 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err1157];
}
else {
vErrors.push(err1157);
}
errors++;
}
if(data422.rules === undefined){
const err1158 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err1158];
}
else {
vErrors.push(err1158);
}
errors++;
}
for(const key178 in data422){
if(!(((((((key178 === "id") || (key178 === "reason")) || (key178 === "rules")) || (key178 === "users")) || (key178 === "images")) || (key178 === "requireDigest")) || (key178 === "containerNames"))){
const err1159 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key178},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1159];
}
else {
vErrors.push(err1159);
}
errors++;
}
}
if(data422.id !== undefined){
let data423 = data422.id;
if(typeof data423 === "string"){
if(!pattern8.test(data423)){
const err1160 = {instancePath:instancePath+"/exemptions/" + i58+"/id",schemaPath:"#/properties/exemptions/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1160];
}
else {
vErrors.push(err1160);
}
errors++;
}
}
else {
const err1161 = {instancePath:instancePath+"/exemptions/" + i58+"/id",schemaPath:"#/properties/exemptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1161];
}
else {
vErrors.push(err1161);
}
errors++;
}
}
if(data422.reason !== undefined){
let data424 = data422.reason;
if(typeof data424 === "string"){
if(func4(data424) < 1){
const err1162 = {instancePath:instancePath+"/exemptions/" + i58+"/reason",schemaPath:"#/properties/exemptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1162];
}
else {
vErrors.push(err1162);
}
errors++;
}
}
else {
const err1163 = {instancePath:instancePath+"/exemptions/" + i58+"/reason",schemaPath:"#/properties/exemptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1163];
}
else {
vErrors.push(err1163);
}
errors++;
}
}
if(data422.rules !== undefined){
let data425 = data422.rules;
if(Array.isArray(data425)){
if(data425.length < 1){
const err1164 = {instancePath:instancePath+"/exemptions/" + i58+"/rules",schemaPath:"#/properties/exemptions/items/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1164];
}
else {
vErrors.push(err1164);
}
errors++;
}
const len54 = data425.length;
for(let i59=0; i59<len54; i59++){
let data426 = data425[i59];
if(typeof data426 !== "string"){
const err1165 = {instancePath:instancePath+"/exemptions/" + i58+"/rules/" + i59,schemaPath:"#/properties/exemptions/items/properties/rules/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1165];
}
else {
vErrors.push(err1165);
}
errors++;
}
const _errs1418 = errors;
let valid353 = false;
const _errs1419 = errors;
if(!(((((((((((((((((((((((((((((((((((((((((((data426 === "*") || (data426 === "privileged")) || (data426 === "host-network")) || (data426 === "seccomp-unconfined")) || (data426 === "apparmor-unconfined")) || (data426 === "memory-limit")) || (data426 === "restart-policy")) || (data426 === "host-pid")) || (data426 === "host-ipc")) || (data426 === "host-uts")) || (data426 === "host-userns")) || (data426 === "host-cgroupns")) || (data426 === "capabilities")) || (data426 === "sensitive-mounts")) || (data426 === "docker-socket")) || (data426 === "mount-propagation")) || (data426 === "host-devices")) || (data426 === "selinux-unconfined")) || (data426 === "systempaths-unconfined")) || (data426 === "security-opt-allowlist")) || (data426 === "build-options")) || (data426 === "buildkit-entitlements")) || (data426 === "plugin-install")) || (data426 === "swarm-join")) || (data426 === "swarm-init")) || (data426 === "service-rollback")) || (data426 === "exec-root-user")) || (data426 === "read-only-rootfs")) || (data426 === "pids-limit")) || (data426 === "no-new-privileges")) || (data426 === "health-check")) || (data426 === "image-tag")) || (data426 === "privileged-ports")) || (data426 === "port-all-interfaces")) || (data426 === "publish-all-ports")) || (data426 === "cpu-limit")) || (data426 === "ulimits")) || (data426 === "default-bridge")) || (data426 === "sysctls")) || (data426 === "network-parent")) || (data426 === "sshd")) || (data426 === "cgroup-parent")) || (data426 === "unverified-start"))){
const err1166 = {instancePath:instancePath+"/exemptions/" + i58+"/rules/" + i59,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.exemptions.items.properties.rules.items.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1166];
}
else {
vErrors.push(err1166);
}
errors++;
}
var _valid94 = _errs1419 === errors;
valid353 = valid353 || _valid94;
if(!valid353){
const _errs1420 = errors;
if(typeof data426 === "string"){
if(!pattern9.test(data426)){
const err1167 = {instancePath:instancePath+"/exemptions/" + i58+"/rules/" + i59,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^custom/[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^custom/[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1167];
}
else {
vErrors.push(err1167);
}
errors++;
}
}
var _valid94 = _errs1420 === errors;
valid353 = valid353 || _valid94;
}
if(!valid353){
const err1168 = {instancePath:instancePath+"/exemptions/" + i58+"/rules/" + i59,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1168];
}
else {
vErrors.push(err1168);
}
errors++;
}
else {
errors = _errs1418;
if(vErrors !== null){
if(_errs1418){
vErrors.length = _errs1418;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err1169 = {instancePath:instancePath+"/exemptions/" + i58+"/rules",schemaPath:"#/properties/exemptions/items/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1169];
}
else {
vErrors.push(err1169);
}
errors++;
}
}
if(data422.users !== undefined){
let data427 = data422.users;
if(Array.isArray(data427)){
if(data427.length < 1){
const err1170 = {instancePath:instancePath+"/exemptions/" + i58+"/users",schemaPath:"#/properties/exemptions/items/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1170];
}
else {
vErrors.push(err1170);
}
errors++;
}
const len55 = data427.length;
for(let i60=0; i60<len55; i60++){
let data428 = data427[i60];
if(typeof data428 === "string"){
if(func4(data428) < 1){
const err1171 = {instancePath:instancePath+"/exemptions/" + i58+"/users/" + i60,schemaPath:"#/properties/exemptions/items/properties/users/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1171];
}
else {
vErrors.push(err1171);
}
errors++;
}
}
else {
const err1172 = {instancePath:instancePath+"/exemptions/" + i58+"/users/" + i60,schemaPath:"#/properties/exemptions/items/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1172];
}
else {
vErrors.push(err1172);
}
errors++;
}
}
}
else {
const err1173 = {instancePath:instancePath+"/exemptions/" + i58+"/users",schemaPath:"#/properties/exemptions/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1173];
}
else {
vErrors.push(err1173);
}
errors++;
}
}
if(data422.images !== undefined){
let data429 = data422.images;
if(Array.isArray(data429)){
if(data429.length < 1){
const err1174 = {instancePath:instancePath+"/exemptions/" + i58+"/images",schemaPath:"#/properties/exemptions/items/properties/images/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1174];
}
else {
vErrors.push(err1174);
}
errors++;
}
const len56 = data429.length;
for(let i61=0; i61<len56; i61++){
let data430 = data429[i61];
if(typeof data430 === "string"){
if(func4(data430) < 1){
const err1175 = {instancePath:instancePath+"/exemptions/" + i58+"/images/" + i61,schemaPath:"#/properties/exemptions/items/properties/images/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1175];
}
else {
vErrors.push(err1175);
}
errors++;
}
}
else {
const err1176 = {instancePath:instancePath+"/exemptions/" + i58+"/images/" + i61,schemaPath:"#/properties/exemptions/items/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1176];
}
else {
vErrors.push(err1176);
}
errors++;
}
}
}
else {
const err1177 = {instancePath:instancePath+"/exemptions/" + i58+"/images",schemaPath:"#/properties/exemptions/items/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1177];
}
else {
vErrors.push(err1177);
}
errors++;
}
}
if(data422.requireDigest !== undefined){
if(typeof data422.requireDigest !== "boolean"){
const err1178 = {instancePath:instancePath+"/exemptions/" + i58+"/requireDigest",schemaPath:"#/properties/exemptions/items/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1178];
}
else {
vErrors.push(err1178);
}
errors++;
}
}
if(data422.containerNames !== undefined){
let data432 = data422.containerNames;
if(Array.isArray(data432)){
if(data432.length < 1){
const err1179 = {instancePath:instancePath+"/exemptions/" + i58+"/containerNames",schemaPath:"#/properties/exemptions/items/properties/containerNames/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1179];
}
else {
vErrors.push(err1179);
}
errors++;
}
const len57 = data432.length;
for(let i62=0; i62<len57; i62++){
let data433 = data432[i62];
if(typeof data433 === "string"){
if(func4(data433) < 1){
const err1180 = {instancePath:instancePath+"/exemptions/" + i58+"/containerNames/" + i62,schemaPath:"#/properties/exemptions/items/properties/containerNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1180];
}
else {
vErrors.push(err1180);
}
errors++;
}
}
else {
const err1181 = {instancePath:instancePath+"/exemptions/" + i58+"/containerNames/" + i62,schemaPath:"#/properties/exemptions/items/properties/containerNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1181];
}
else {
vErrors.push(err1181);
}
errors++;
}
}
}
else {
const err1182 = {instancePath:instancePath+"/exemptions/" + i58+"/containerNames",schemaPath:"#/properties/exemptions/items/properties/containerNames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1182];
}
else {
vErrors.push(err1182);
}
errors++;
}
}
}
else {
const err1183 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1183];
}
else {
vErrors.push(err1183);
}
errors++;
}
}
}
else {
const err1184 = {instancePath:instancePath+"/exemptions",schemaPath:"#/properties/exemptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1184];
}
else {
vErrors.push(err1184);
}
errors++;
}
}
if(data.messages !== undefined){
let data434 = data.messages;
if(data434 && typeof data434 == "object" && !Array.isArray(data434)){
if(Object.keys(data434).length < 1){
const err1185 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err1185];
}
else {
vErrors.push(err1185);
}
errors++;
}
for(const key179 in data434){
if(!((key179 === "help") || (key179 === "url"))){
const err1186 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key179},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1186];
}
else {
vErrors.push(err1186);
}
errors++;
}
}
if(data434.help !== undefined){
let data435 = data434.help;
if(typeof data435 === "string"){
if(func4(data435) > 300){
const err1187 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1187];
}
else {
vErrors.push(err1187);
}
errors++;
}
if(func4(data435) < 1){
const err1188 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1188];
}
else {
vErrors.push(err1188);
}
errors++;
}
if(!pattern23.test(data435)){
const err1189 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\""};
if(vErrors === null){
vErrors = [err1189];
}
else {
vErrors.push(err1189);
}
errors++;
}
}
else {
const err1190 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1190];
}
else {
vErrors.push(err1190);
}
errors++;
}
}
if(data434.url !== undefined){
let data436 = data434.url;
if(typeof data436 === "string"){
if(func4(data436) > 300){
const err1191 = {instancePath:instancePath+"/messages/url",schemaPath:"#/properties/messages/properties/url/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1191];
}
else {
vErrors.push(err1191);
}
errors++;
}
if(!pattern24.test(data436)){
const err1192 = {instancePath:instancePath+"/messages/url",schemaPath:"#/properties/messages/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err1192];
}
else {
vErrors.push(err1192);
}
errors++;
}
}
else {
const err1193 = {instancePath:instancePath+"/messages/url",schemaPath:"#/properties/messages/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1193];
}
else {
vErrors.push(err1193);
}
errors++;
}
}
}
else {
const err1194 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1194];
}
else {
vErrors.push(err1194);
}
errors++;
}
}
if(data.log !== undefined){
let data437 = data.log;
if(data437 && typeof data437 == "object" && !Array.isArray(data437)){
for(const key180 in data437){
if(!(((key180 === "level") || (key180 === "decisions")) || (key180 === "sampleAllow"))){
const err1195 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key180},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1195];
}
else {
vErrors.push(err1195);
}
errors++;
}
}
if(data437.level !== undefined){
let data438 = data437.level;
if(typeof data438 !== "string"){
const err1196 = {instancePath:instancePath+"/log/level",schemaPath:"#/properties/log/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1196];
}
else {
vErrors.push(err1196);
}
errors++;
}
if(!((((data438 === "error") || (data438 === "warn")) || (data438 === "info")) || (data438 === "debug"))){
const err1197 = {instancePath:instancePath+"/log/level",schemaPath:"#/properties/log/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.log.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1197];
}
else {
vErrors.push(err1197);
}
errors++;
}
}
if(data437.decisions !== undefined){
let data439 = data437.decisions;
if(typeof data439 !== "string"){
const err1198 = {instancePath:instancePath+"/log/decisions",schemaPath:"#/properties/log/properties/decisions/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1198];
}
else {
vErrors.push(err1198);
}
errors++;
}
if(!((data439 === "all") || (data439 === "deny-only"))){
const err1199 = {instancePath:instancePath+"/log/decisions",schemaPath:"#/properties/log/properties/decisions/enum",keyword:"enum",params:{allowedValues: schema11.properties.log.properties.decisions.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1199];
}
else {
vErrors.push(err1199);
}
errors++;
}
}
if(data437.sampleAllow !== undefined){
let data440 = data437.sampleAllow;
if((typeof data440 == "number") && (isFinite(data440))){
if(data440 > 1 || isNaN(data440)){
const err1200 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err1200];
}
else {
vErrors.push(err1200);
}
errors++;
}
if(data440 <= 0 || isNaN(data440)){
const err1201 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err1201];
}
else {
vErrors.push(err1201);
}
errors++;
}
}
else {
const err1202 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1202];
}
else {
vErrors.push(err1202);
}
errors++;
}
}
}
else {
const err1203 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1203];
}
else {
vErrors.push(err1203);
}
errors++;
}
}
}
else {
const err1204 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1204];
}
else {
vErrors.push(err1204);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
