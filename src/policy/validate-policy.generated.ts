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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/dockgate/dockgate/config/policy.schema.json","title":"dockgate policy","type":"object","additionalProperties":false,"required":["mode","rules"],"properties":{"$schema":{"type":"string"},"description":{"type":"string"},"mode":{"description":"enforce: deny what the rules deny. audit: never deny, log what would have been denied.","type":"string","enum":["enforce","audit"]},"rules":{"description":"Action (deny, warn, off) and options per rule id. A rule left out keeps its default action and options.","type":"object","additionalProperties":false,"properties":{"privileged":{"description":"No privileged containers or exec sessions (CIS 5.5). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-network":{"description":"Do not share the host's network namespace (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow NetworkMode 'container:<id>'."},"hostNetworkIds":{"type":"array","items":{"type":"string","pattern":"^[0-9a-z]+$"},"description":"Full IDs of the host network, swarm-scoped and local (docker network ls --no-trunc --filter driver=host). With them, a service network Target is denied only when it is 'host' or a prefix of one of these IDs; without them, every Target that could be an ID (only lower-case letters and digits) is denied."}}}}}]},"seccomp-unconfined":{"description":"Do not disable seccomp (CIS 5.22). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"denyAllowByDefault":{"type":"boolean","description":"Judge custom profiles by what they let through (a profile that lets through any syscall Docker's default profile blocks is unconfined); false: only seccomp=unconfined is a finding. The name is historical."},"allowedSyscalls":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9_]+$"},"uniqueItems":true,"description":"Syscall names a custom profile may let through although Docker's default profile blocks them, e.g. ['userfaultfd']."}}}}}]},"apparmor-unconfined":{"description":"Do not disable AppArmor (CIS 5.2). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedProfiles":{"type":"array","items":{"type":"string","minLength":1},"description":"AppArmor profile names (micromatch globs) containers may run under with --security-opt apparmor=<name>, e.g. ['docker-default', 'acme-*']. 'unconfined' never passes."}}}}}]},"memory-limit":{"description":"Limit container memory (CIS 5.11). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"max":{"description":"Largest memory limit allowed: bytes, or a size like \"16g\"; null for none.","oneOf":[{"type":"null"},{"type":"integer","minimum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"}]}}}}}]},"restart-policy":{"description":"Restart on failure only, a bounded number of times (CIS 5.15). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"maxRetries":{"type":"integer","minimum":1,"maximum":1000,"description":"Most on-failure retries allowed."},"denySwarmDefault":{"type":"boolean","description":"Deny swarm services that set no RestartPolicy (swarm's default restarts on any exit, forever)."}}}}}]},"host-pid":{"description":"Do not share the host's process namespace (CIS 5.16). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow PidMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-ipc":{"description":"Do not share the host's IPC namespace (CIS 5.17). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow IpcMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-uts":{"description":"Do not share the host's UTS namespace (CIS 5.21). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-userns":{"description":"Do not share the host's user namespace (CIS 5.31). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-cgroupns":{"description":"Do not share the host's cgroup namespace (CIS 5.25). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"capabilities":{"description":"Add only allowed capabilities (CIS 5.4). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Capabilities that may be added, e.g. ['NET_BIND_SERVICE'] (with or without CAP_, any case). ALL is ignored: it is never allowed. Default: Docker's default set."}}}}}]},"sensitive-mounts":{"description":"Mount host paths only from data folders (CIS 5.6). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"dataRoots":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host folders that hold data: a bind source or overlay folder must lie in one, as written and as resolved. [\"/\"] gives the deny-list behaviour of dockgate before issue 12."},"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs (micromatch, dot: true) that must not be mounted even inside a data root; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too."},"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted although they are outside the data roots or deny covers them."},"allowReadOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted read-only although they are outside the data roots or deny covers them."},"volumeTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"Filesystem types the local volume driver may mount (its 'type' option)."},"blockDevices":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Block devices (absolute host paths, e.g. /dev/disk/by-label/data) that local volumes of a disk filesystem may mount; compared where they resolve."},"allowVolumesFrom":{"type":"boolean","description":"Allow --volumes-from (HostConfig.VolumesFrom)."},"strict":{"type":"boolean","description":"Sound mode: a bind source or overlay folder must be one of strictPaths exactly, with no symlink on the way, and every folder above it owned by root and writable by neither group nor others."},"strictPaths":{"type":"array","items":{"type":"string","pattern":"^/(?!.*\\*\\*)"},"description":"Strict mode's host paths: absolute, '*' stands for exactly one path component ('/srv/volumes/*'), no '**'."}}}}}]},"docker-socket":{"description":"Do not mount the Docker socket (CIS 5.32). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"sockets":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host paths of daemon sockets (add the socket of a dockerd started with -H unix://PATH)."}}}}}]},"mount-propagation":{"description":"Do not use shared mount propagation (CIS 5.20). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-devices":{"description":"Do not expose host devices (CIS 5.18). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedDevices":{"type":"array","items":{"type":"string","minLength":1},"description":"Host device paths (micromatch globs, e.g. '/dev/fuse') that --device may pass."},"allowCgroupRules":{"type":"boolean","description":"Allow --device-cgroup-rule."},"allowDeviceRequests":{"type":"boolean","description":"Allow DeviceRequests (--gpus)."}}}}}]},"selinux-unconfined":{"description":"Do not disable SELinux separation (CIS 5.3). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"deniedTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux types that mean unconfined (label=type:<type>)."}}}}}]},"systempaths-unconfined":{"description":"Do not unmask /proc and /sys. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"security-opt-allowlist":{"description":"Only security options dockgate knows. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux label options that may be set with --security-opt label=..., as micromatch globs on '<user|role|type|level|filetype>:<value>', e.g. 'level:s0:c100,c200'. label=disable is judged by selinux-unconfined."}}}}}]},"build-options":{"description":"No host access for image builds (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"buildkit-entitlements":{"description":"BuildKit only without host entitlements (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"plugin-install":{"description":"Install and enable only allowed plugins. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugin references (micromatch globs) that may be pulled, upgraded to and enabled, matched as sent and normalised ('vieux/sshfs:latest', 'docker.io/vieux/sshfs:latest')."},"allowCreate":{"type":"boolean","description":"Allow POST /plugins/create (docker plugin create), whose content dockgate cannot see."}}}}}]},"self-protection":{"description":"Do not let API users disable dockgate. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"description":"Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied."},"ids":{"type":"array","items":{"type":"string","pattern":"^[0-9a-f]{64}$"},"description":"dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start."},"detectId":{"type":"boolean","description":"Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup."},"adminUsers":{"type":"array","items":{"type":"string","minLength":1},"description":"TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match."},"otherPlugins":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugins known not to be authorization plugins, by name as installed (e.g. 'vieux/sshfs:latest'; ':latest' is implied): anyone may disable, remove, set or upgrade them. Every other plugin may be an authorization plugin and is admin-only."},"readDaemonConfig":{"type":"boolean","description":"Protect the plugins daemon.json's authorization-plugins names (the daemon configuration file buildkit-entitlements reads), even if otherPlugins lists them."}}}}}]},"swarm-join":{"description":"Do not join foreign swarms (CIS 5.1). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedManagers":{"type":"array","items":{"type":"string","minLength":1},"description":"Manager addresses this engine may join: micromatch globs on each RemoteAddrs entry as sent ('10.0.0.*:2377'). Every address in the request must match."}}}}}]},"swarm-init":{"description":"Enable swarm mode only where needed (CIS 5.1). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"service-rollback":{"description":"Service rollbacks apply a spec dockgate cannot see. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"exec-root-user":{"description":"Do not exec as root (CIS 5.24). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"read-only-rootfs":{"description":"Mount the container's root filesystem read-only (CIS 5.13). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pids-limit":{"description":"Limit the number of processes (CIS 5.29). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"no-new-privileges":{"description":"Run with no-new-privileges (CIS 5.26). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"health-check":{"description":"Do not disable health checks (CIS 5.27). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"image-tag":{"description":"Use pinned image versions (CIS 5.28). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"requireDigest":{"type":"boolean","description":"Only a digest (@sha256:...) pins an image; a version tag is a finding too."}}}}}]},"privileged-ports":{"description":"Do not publish privileged host ports (CIS 5.8). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"port-all-interfaces":{"description":"Bind published ports to one host interface (CIS 5.14). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"publish-all-ports":{"description":"Publish only the ports you need (CIS 5.9). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-limit":{"description":"Limit container CPU (CIS 5.12). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"ulimits":{"description":"Override ulimits only when needed (CIS 5.19). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Ulimit names that may be overridden, e.g. ['nofile']."}}}}}]},"default-bridge":{"description":"Do not use the default bridge network (CIS 5.30). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sysctls":{"description":"Set only safe sysctls. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Sysctl names (micromatch globs, dot-separated) that may be set, e.g. 'net.ipv4.tcp_*'."}}}}}]},"network-parent":{"description":"Networks on a host interface. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sshd":{"description":"Do not run sshd in containers (CIS 5.7). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cgroup-parent":{"description":"Keep containers in the daemon's cgroup (CIS 5.25). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Cgroup parents (micromatch globs) that may be used, e.g. '/docker-tenants/*' or 'tenant-*.slice'."}}}}}]},"unverified-start":{"description":"Start only containers whose host paths dockgate knows. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]}}},"profiles":{"description":"Per-user overrides of rule actions and options. The first profile (in file order) whose users glob matches the TLS client certificate CN applies; none applies over the unix socket (no user).","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","users","rules"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$","description":"Name of the profile, logged with each decision it applies to."},"description":{"type":"string"},"users":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the TLS client certificate CN (empty over the unix socket, never matched)."},"rules":{"description":"Action or { action, options } per rule id, on top of the policy's rules. self-protection cannot be changed by a profile.","type":"object","additionalProperties":false,"properties":{"privileged":{"description":"No privileged containers or exec sessions (CIS 5.5). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-network":{"description":"Do not share the host's network namespace (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow NetworkMode 'container:<id>'."},"hostNetworkIds":{"type":"array","items":{"type":"string","pattern":"^[0-9a-z]+$"},"description":"Full IDs of the host network, swarm-scoped and local (docker network ls --no-trunc --filter driver=host). With them, a service network Target is denied only when it is 'host' or a prefix of one of these IDs; without them, every Target that could be an ID (only lower-case letters and digits) is denied."}}}}}]},"seccomp-unconfined":{"description":"Do not disable seccomp (CIS 5.22). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"denyAllowByDefault":{"type":"boolean","description":"Judge custom profiles by what they let through (a profile that lets through any syscall Docker's default profile blocks is unconfined); false: only seccomp=unconfined is a finding. The name is historical."},"allowedSyscalls":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9_]+$"},"uniqueItems":true,"description":"Syscall names a custom profile may let through although Docker's default profile blocks them, e.g. ['userfaultfd']."}}}}}]},"apparmor-unconfined":{"description":"Do not disable AppArmor (CIS 5.2). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedProfiles":{"type":"array","items":{"type":"string","minLength":1},"description":"AppArmor profile names (micromatch globs) containers may run under with --security-opt apparmor=<name>, e.g. ['docker-default', 'acme-*']. 'unconfined' never passes."}}}}}]},"memory-limit":{"description":"Limit container memory (CIS 5.11). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"max":{"description":"Largest memory limit allowed: bytes, or a size like \"16g\"; null for none.","oneOf":[{"type":"null"},{"type":"integer","minimum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"}]}}}}}]},"restart-policy":{"description":"Restart on failure only, a bounded number of times (CIS 5.15). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"maxRetries":{"type":"integer","minimum":1,"maximum":1000,"description":"Most on-failure retries allowed."},"denySwarmDefault":{"type":"boolean","description":"Deny swarm services that set no RestartPolicy (swarm's default restarts on any exit, forever)."}}}}}]},"host-pid":{"description":"Do not share the host's process namespace (CIS 5.16). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow PidMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-ipc":{"description":"Do not share the host's IPC namespace (CIS 5.17). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow IpcMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-uts":{"description":"Do not share the host's UTS namespace (CIS 5.21). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-userns":{"description":"Do not share the host's user namespace (CIS 5.31). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-cgroupns":{"description":"Do not share the host's cgroup namespace (CIS 5.25). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"capabilities":{"description":"Add only allowed capabilities (CIS 5.4). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Capabilities that may be added, e.g. ['NET_BIND_SERVICE'] (with or without CAP_, any case). ALL is ignored: it is never allowed. Default: Docker's default set."}}}}}]},"sensitive-mounts":{"description":"Mount host paths only from data folders (CIS 5.6). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"dataRoots":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host folders that hold data: a bind source or overlay folder must lie in one, as written and as resolved. [\"/\"] gives the deny-list behaviour of dockgate before issue 12."},"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs (micromatch, dot: true) that must not be mounted even inside a data root; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too."},"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted although they are outside the data roots or deny covers them."},"allowReadOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted read-only although they are outside the data roots or deny covers them."},"volumeTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"Filesystem types the local volume driver may mount (its 'type' option)."},"blockDevices":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Block devices (absolute host paths, e.g. /dev/disk/by-label/data) that local volumes of a disk filesystem may mount; compared where they resolve."},"allowVolumesFrom":{"type":"boolean","description":"Allow --volumes-from (HostConfig.VolumesFrom)."},"strict":{"type":"boolean","description":"Sound mode: a bind source or overlay folder must be one of strictPaths exactly, with no symlink on the way, and every folder above it owned by root and writable by neither group nor others."},"strictPaths":{"type":"array","items":{"type":"string","pattern":"^/(?!.*\\*\\*)"},"description":"Strict mode's host paths: absolute, '*' stands for exactly one path component ('/srv/volumes/*'), no '**'."}}}}}]},"docker-socket":{"description":"Do not mount the Docker socket (CIS 5.32). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"sockets":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host paths of daemon sockets (add the socket of a dockerd started with -H unix://PATH)."}}}}}]},"mount-propagation":{"description":"Do not use shared mount propagation (CIS 5.20). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-devices":{"description":"Do not expose host devices (CIS 5.18). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedDevices":{"type":"array","items":{"type":"string","minLength":1},"description":"Host device paths (micromatch globs, e.g. '/dev/fuse') that --device may pass."},"allowCgroupRules":{"type":"boolean","description":"Allow --device-cgroup-rule."},"allowDeviceRequests":{"type":"boolean","description":"Allow DeviceRequests (--gpus)."}}}}}]},"selinux-unconfined":{"description":"Do not disable SELinux separation (CIS 5.3). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"deniedTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux types that mean unconfined (label=type:<type>)."}}}}}]},"systempaths-unconfined":{"description":"Do not unmask /proc and /sys. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"security-opt-allowlist":{"description":"Only security options dockgate knows. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux label options that may be set with --security-opt label=..., as micromatch globs on '<user|role|type|level|filetype>:<value>', e.g. 'level:s0:c100,c200'. label=disable is judged by selinux-unconfined."}}}}}]},"build-options":{"description":"No host access for image builds (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"buildkit-entitlements":{"description":"BuildKit only without host entitlements (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"plugin-install":{"description":"Install and enable only allowed plugins. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugin references (micromatch globs) that may be pulled, upgraded to and enabled, matched as sent and normalised ('vieux/sshfs:latest', 'docker.io/vieux/sshfs:latest')."},"allowCreate":{"type":"boolean","description":"Allow POST /plugins/create (docker plugin create), whose content dockgate cannot see."}}}}}]},"self-protection":{"description":"Do not let API users disable dockgate. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"description":"Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied."},"ids":{"type":"array","items":{"type":"string","pattern":"^[0-9a-f]{64}$"},"description":"dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start."},"detectId":{"type":"boolean","description":"Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup."},"adminUsers":{"type":"array","items":{"type":"string","minLength":1},"description":"TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match."},"otherPlugins":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugins known not to be authorization plugins, by name as installed (e.g. 'vieux/sshfs:latest'; ':latest' is implied): anyone may disable, remove, set or upgrade them. Every other plugin may be an authorization plugin and is admin-only."},"readDaemonConfig":{"type":"boolean","description":"Protect the plugins daemon.json's authorization-plugins names (the daemon configuration file buildkit-entitlements reads), even if otherPlugins lists them."}}}}}]},"swarm-join":{"description":"Do not join foreign swarms (CIS 5.1). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedManagers":{"type":"array","items":{"type":"string","minLength":1},"description":"Manager addresses this engine may join: micromatch globs on each RemoteAddrs entry as sent ('10.0.0.*:2377'). Every address in the request must match."}}}}}]},"swarm-init":{"description":"Enable swarm mode only where needed (CIS 5.1). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"service-rollback":{"description":"Service rollbacks apply a spec dockgate cannot see. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"exec-root-user":{"description":"Do not exec as root (CIS 5.24). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"read-only-rootfs":{"description":"Mount the container's root filesystem read-only (CIS 5.13). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pids-limit":{"description":"Limit the number of processes (CIS 5.29). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"no-new-privileges":{"description":"Run with no-new-privileges (CIS 5.26). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"health-check":{"description":"Do not disable health checks (CIS 5.27). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"image-tag":{"description":"Use pinned image versions (CIS 5.28). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"requireDigest":{"type":"boolean","description":"Only a digest (@sha256:...) pins an image; a version tag is a finding too."}}}}}]},"privileged-ports":{"description":"Do not publish privileged host ports (CIS 5.8). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"port-all-interfaces":{"description":"Bind published ports to one host interface (CIS 5.14). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"publish-all-ports":{"description":"Publish only the ports you need (CIS 5.9). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-limit":{"description":"Limit container CPU (CIS 5.12). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"ulimits":{"description":"Override ulimits only when needed (CIS 5.19). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Ulimit names that may be overridden, e.g. ['nofile']."}}}}}]},"default-bridge":{"description":"Do not use the default bridge network (CIS 5.30). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sysctls":{"description":"Set only safe sysctls. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Sysctl names (micromatch globs, dot-separated) that may be set, e.g. 'net.ipv4.tcp_*'."}}}}}]},"network-parent":{"description":"Networks on a host interface. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sshd":{"description":"Do not run sshd in containers (CIS 5.7). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cgroup-parent":{"description":"Keep containers in the daemon's cgroup (CIS 5.25). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Cgroup parents (micromatch globs) that may be used, e.g. '/docker-tenants/*' or 'tenant-*.slice'."}}}}}]},"unverified-start":{"description":"Start only containers whose host paths dockgate knows. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]}},"patternProperties":{"^custom/[a-z0-9][a-z0-9._-]*$":{"type":"string","enum":["deny","warn","off"]}}}}}},"customRules":{"description":"Rules without code: a field path in the canonical request view, an operator and a value. Run with the built-in rules (same exemptions, profiles and audit mode).","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","operations","field","operator","message","action"],"properties":{"id":{"type":"string","pattern":"^custom/[a-z0-9][a-z0-9._-]*$","description":"custom/<name>: the custom/ prefix keeps custom ids apart from built-in ones."},"description":{"type":"string"},"operations":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["build.cancel","build.prune","checkpoint.create","checkpoint.list","checkpoint.remove","config.create","config.inspect","config.list","config.remove","config.update","container.archive.get","container.archive.head","container.archive.put","container.attach","container.attach.ws","container.changes","container.commit","container.copy","container.create","container.exec","container.export","container.inspect","container.kill","container.list","container.logs","container.pause","container.prune","container.remove","container.rename","container.resize","container.restart","container.start","container.stats","container.stop","container.top","container.unpause","container.update","container.wait","debug.pprof.cmdline","debug.pprof.index","debug.pprof.lookup","debug.pprof.profile","debug.pprof.symbol","debug.pprof.trace","debug.vars","distribution.inspect","exec.inspect","exec.resize","exec.start","grpc","image.attestations","image.build","image.create","image.history","image.inspect","image.list","image.load","image.prune","image.push","image.remove","image.save","image.search","image.tag","network.connect","network.create","network.disconnect","network.inspect","network.list","network.prune","network.remove","node.inspect","node.list","node.remove","node.update","plugin.create","plugin.disable","plugin.enable","plugin.inspect","plugin.list","plugin.privileges","plugin.pull","plugin.push","plugin.remove","plugin.set","plugin.upgrade","secret.create","secret.inspect","secret.list","secret.remove","secret.update","service.create","service.inspect","service.list","service.logs","service.remove","service.update","session","swarm.init","swarm.inspect","swarm.join","swarm.leave","swarm.unlock","swarm.unlockkey","swarm.update","system.auth","system.df","system.events","system.info","system.options","system.ping","system.version","task.inspect","task.list","task.logs","volume.create","volume.inspect","volume.list","volume.prune","volume.remove","volume.update"]}},"field":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$","maxLength":300,"description":"Dot path in the request view, e.g. body.hostConfig.NetworkMode, body.config.Labels.team, query.name, user. Arrays match when any element matches; a map key takes the rest of the path. Env is never readable."},"operator":{"type":"string","enum":["equals","in","glob","regex","exists","greater-than"]},"value":{"description":"equals: a string, number or boolean; in: a list of them; glob, regex: a string; greater-than: a number; exists: none."},"message":{"type":"string","minLength":1,"maxLength":300},"fix":{"type":"string","minLength":1,"maxLength":300},"action":{"type":"string","enum":["deny","warn","off"]},"severity":{"type":"string","enum":["critical","high","medium","low"]}},"allOf":[{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"equals"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":["string","number","boolean"]}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"in"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"glob"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"string","minLength":1}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"regex"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"string","minLength":1,"maxLength":256}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"greater-than"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"number"}}}}]}},"exemptions":{"description":"Requests that some rules do not apply to. Every selector given must match.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason","rules"],"anyOf":[{"required":["users"]},{"required":["images"]},{"required":["containerNames"]}],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$","description":"Name of the exemption, logged with each request it exempts."},"reason":{"type":"string","minLength":1},"rules":{"description":"Rule ids this exemption lifts, or \"*\" for all. self-protection cannot be exempted (use its adminUsers option).","type":"array","minItems":1,"items":{"type":"string","anyOf":[{"enum":["*","privileged","host-network","seccomp-unconfined","apparmor-unconfined","memory-limit","restart-policy","host-pid","host-ipc","host-uts","host-userns","host-cgroupns","capabilities","sensitive-mounts","docker-socket","mount-propagation","host-devices","selinux-unconfined","systempaths-unconfined","security-opt-allowlist","build-options","buildkit-entitlements","plugin-install","swarm-join","swarm-init","service-rollback","exec-root-user","read-only-rootfs","pids-limit","no-new-privileges","health-check","image-tag","privileged-ports","port-all-interfaces","publish-all-ports","cpu-limit","ulimits","default-bridge","sysctls","network-parent","sshd","cgroup-parent","unverified-start"]},{"pattern":"^custom/[a-z0-9][a-z0-9._-]*$"}]}},"users":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the TLS client certificate CN (cannot be forged; empty over the unix socket, never matched)."},"images":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the image reference, as sent and normalised (docker.io/library/name:tag). Anyone with API access can re-tag an image: use requireDigest."},"requireDigest":{"type":"boolean","description":"Match images only when referenced by digest (@sha256:...)."},"containerNames":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the container name (chosen by the requester: weak)."}}}},"messages":{"description":"What every deny message ends with, so users know where to go: help text and a URL (e.g. your runbook, or how to ask for an exemption). Shown as \"Help: <help> <url>\" before the decision id.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"help":{"type":"string","minLength":1,"maxLength":300,"pattern":"^[^\\u0000-\\u001f\\u007f]*$","description":"One line of text, e.g. \"ask #platform-docker on Slack\"."},"url":{"type":"string","maxLength":300,"pattern":"^https?://[^\\s]+$","description":"An http(s) URL, e.g. https://wiki.example.com/dockgate."}}},"log":{"type":"object","additionalProperties":false,"properties":{"level":{"type":"string","enum":["error","warn","info","debug"],"description":"Decision lines are logged at info."},"decisions":{"type":"string","enum":["all","deny-only"],"description":"all (default): a line per decision. deny-only: allow lines are not written, except allows with findings (warn, would-deny in audit mode, exempted) or request problems."},"sampleAllow":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Fraction of plain allow lines written (default 1). Deterministic: 0.1 writes every 10th. Denies and allows with findings are always written."}}}}};
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
}
else {
const err186 = {instancePath:instancePath+"/rules/sensitive-mounts/options",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err187 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
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
const err188 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
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
let data74 = data3["docker-socket"];
const _errs236 = errors;
let valid62 = false;
let passing14 = null;
const _errs237 = errors;
if(typeof data74 !== "string"){
const err189 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(!(((data74 === "deny") || (data74 === "warn")) || (data74 === "off"))){
const err190 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["docker-socket"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
var _valid14 = _errs237 === errors;
if(_valid14){
valid62 = true;
passing14 = 0;
}
const _errs239 = errors;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.action === undefined){
const err191 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
for(const key28 in data74){
if(!((key28 === "action") || (key28 === "options"))){
const err192 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data74.action !== undefined){
let data75 = data74.action;
if(typeof data75 !== "string"){
const err193 = {instancePath:instancePath+"/rules/docker-socket/action",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(!(((data75 === "deny") || (data75 === "warn")) || (data75 === "off"))){
const err194 = {instancePath:instancePath+"/rules/docker-socket/action",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["docker-socket"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data74.options !== undefined){
let data76 = data74.options;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key29 in data76){
if(!(key29 === "sockets")){
const err195 = {instancePath:instancePath+"/rules/docker-socket/options",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data76.sockets !== undefined){
let data77 = data76.sockets;
if(Array.isArray(data77)){
const len11 = data77.length;
for(let i13=0; i13<len11; i13++){
let data78 = data77[i13];
if(typeof data78 === "string"){
if(!pattern3.test(data78)){
const err196 = {instancePath:instancePath+"/rules/docker-socket/options/sockets/" + i13,schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/rules/docker-socket/options/sockets/" + i13,schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/rules/docker-socket/options/sockets",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err199 = {instancePath:instancePath+"/rules/docker-socket/options",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err200 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
var _valid14 = _errs239 === errors;
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
const err201 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
else {
errors = _errs236;
if(vErrors !== null){
if(_errs236){
vErrors.length = _errs236;
}
else {
vErrors = null;
}
}
}
}
if(data3["mount-propagation"] !== undefined){
let data79 = data3["mount-propagation"];
const _errs252 = errors;
let valid67 = false;
let passing15 = null;
const _errs253 = errors;
if(typeof data79 !== "string"){
const err202 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(!(((data79 === "deny") || (data79 === "warn")) || (data79 === "off"))){
const err203 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["mount-propagation"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
var _valid15 = _errs253 === errors;
if(_valid15){
valid67 = true;
passing15 = 0;
}
const _errs255 = errors;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.action === undefined){
const err204 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
for(const key30 in data79){
if(!((key30 === "action") || (key30 === "options"))){
const err205 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data79.action !== undefined){
let data80 = data79.action;
if(typeof data80 !== "string"){
const err206 = {instancePath:instancePath+"/rules/mount-propagation/action",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(!(((data80 === "deny") || (data80 === "warn")) || (data80 === "off"))){
const err207 = {instancePath:instancePath+"/rules/mount-propagation/action",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["mount-propagation"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data79.options !== undefined){
let data81 = data79.options;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
for(const key31 in data81){
const err208 = {instancePath:instancePath+"/rules/mount-propagation/options",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/rules/mount-propagation/options",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
var _valid15 = _errs255 === errors;
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
const err211 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
else {
errors = _errs252;
if(vErrors !== null){
if(_errs252){
vErrors.length = _errs252;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-devices"] !== undefined){
let data82 = data3["host-devices"];
const _errs264 = errors;
let valid69 = false;
let passing16 = null;
const _errs265 = errors;
if(typeof data82 !== "string"){
const err212 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(!(((data82 === "deny") || (data82 === "warn")) || (data82 === "off"))){
const err213 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-devices"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
var _valid16 = _errs265 === errors;
if(_valid16){
valid69 = true;
passing16 = 0;
}
const _errs267 = errors;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.action === undefined){
const err214 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
for(const key32 in data82){
if(!((key32 === "action") || (key32 === "options"))){
const err215 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data82.action !== undefined){
let data83 = data82.action;
if(typeof data83 !== "string"){
const err216 = {instancePath:instancePath+"/rules/host-devices/action",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(!(((data83 === "deny") || (data83 === "warn")) || (data83 === "off"))){
const err217 = {instancePath:instancePath+"/rules/host-devices/action",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-devices"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data82.options !== undefined){
let data84 = data82.options;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
for(const key33 in data84){
if(!(((key33 === "allowedDevices") || (key33 === "allowCgroupRules")) || (key33 === "allowDeviceRequests"))){
const err218 = {instancePath:instancePath+"/rules/host-devices/options",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data84.allowedDevices !== undefined){
let data85 = data84.allowedDevices;
if(Array.isArray(data85)){
const len12 = data85.length;
for(let i14=0; i14<len12; i14++){
let data86 = data85[i14];
if(typeof data86 === "string"){
if(func4(data86) < 1){
const err219 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices/" + i14,schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
else {
const err220 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices/" + i14,schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
else {
const err221 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data84.allowCgroupRules !== undefined){
if(typeof data84.allowCgroupRules !== "boolean"){
const err222 = {instancePath:instancePath+"/rules/host-devices/options/allowCgroupRules",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowCgroupRules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data84.allowDeviceRequests !== undefined){
if(typeof data84.allowDeviceRequests !== "boolean"){
const err223 = {instancePath:instancePath+"/rules/host-devices/options/allowDeviceRequests",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowDeviceRequests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
else {
const err224 = {instancePath:instancePath+"/rules/host-devices/options",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err225 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
var _valid16 = _errs267 === errors;
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
const err226 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
else {
errors = _errs264;
if(vErrors !== null){
if(_errs264){
vErrors.length = _errs264;
}
else {
vErrors = null;
}
}
}
}
if(data3["selinux-unconfined"] !== undefined){
let data89 = data3["selinux-unconfined"];
const _errs284 = errors;
let valid74 = false;
let passing17 = null;
const _errs285 = errors;
if(typeof data89 !== "string"){
const err227 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(!(((data89 === "deny") || (data89 === "warn")) || (data89 === "off"))){
const err228 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["selinux-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
var _valid17 = _errs285 === errors;
if(_valid17){
valid74 = true;
passing17 = 0;
}
const _errs287 = errors;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.action === undefined){
const err229 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
for(const key34 in data89){
if(!((key34 === "action") || (key34 === "options"))){
const err230 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data89.action !== undefined){
let data90 = data89.action;
if(typeof data90 !== "string"){
const err231 = {instancePath:instancePath+"/rules/selinux-unconfined/action",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if(!(((data90 === "deny") || (data90 === "warn")) || (data90 === "off"))){
const err232 = {instancePath:instancePath+"/rules/selinux-unconfined/action",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["selinux-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data89.options !== undefined){
let data91 = data89.options;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
for(const key35 in data91){
if(!(key35 === "deniedTypes")){
const err233 = {instancePath:instancePath+"/rules/selinux-unconfined/options",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data91.deniedTypes !== undefined){
let data92 = data91.deniedTypes;
if(Array.isArray(data92)){
const len13 = data92.length;
for(let i15=0; i15<len13; i15++){
let data93 = data92[i15];
if(typeof data93 === "string"){
if(func4(data93) < 1){
const err234 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes/" + i15,schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
else {
const err235 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes/" + i15,schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err237 = {instancePath:instancePath+"/rules/selinux-unconfined/options",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err238 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
var _valid17 = _errs287 === errors;
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
const err239 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
else {
errors = _errs284;
if(vErrors !== null){
if(_errs284){
vErrors.length = _errs284;
}
else {
vErrors = null;
}
}
}
}
if(data3["systempaths-unconfined"] !== undefined){
let data94 = data3["systempaths-unconfined"];
const _errs300 = errors;
let valid79 = false;
let passing18 = null;
const _errs301 = errors;
if(typeof data94 !== "string"){
const err240 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(!(((data94 === "deny") || (data94 === "warn")) || (data94 === "off"))){
const err241 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["systempaths-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
var _valid18 = _errs301 === errors;
if(_valid18){
valid79 = true;
passing18 = 0;
}
const _errs303 = errors;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
if(data94.action === undefined){
const err242 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
for(const key36 in data94){
if(!((key36 === "action") || (key36 === "options"))){
const err243 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data94.action !== undefined){
let data95 = data94.action;
if(typeof data95 !== "string"){
const err244 = {instancePath:instancePath+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(!(((data95 === "deny") || (data95 === "warn")) || (data95 === "off"))){
const err245 = {instancePath:instancePath+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["systempaths-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data94.options !== undefined){
let data96 = data94.options;
if(data96 && typeof data96 == "object" && !Array.isArray(data96)){
for(const key37 in data96){
const err246 = {instancePath:instancePath+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
else {
const err247 = {instancePath:instancePath+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
var _valid18 = _errs303 === errors;
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
const err249 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
else {
errors = _errs300;
if(vErrors !== null){
if(_errs300){
vErrors.length = _errs300;
}
else {
vErrors = null;
}
}
}
}
if(data3["security-opt-allowlist"] !== undefined){
let data97 = data3["security-opt-allowlist"];
const _errs312 = errors;
let valid81 = false;
let passing19 = null;
const _errs313 = errors;
if(typeof data97 !== "string"){
const err250 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(!(((data97 === "deny") || (data97 === "warn")) || (data97 === "off"))){
const err251 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["security-opt-allowlist"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
var _valid19 = _errs313 === errors;
if(_valid19){
valid81 = true;
passing19 = 0;
}
const _errs315 = errors;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.action === undefined){
const err252 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
for(const key38 in data97){
if(!((key38 === "action") || (key38 === "options"))){
const err253 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data97.action !== undefined){
let data98 = data97.action;
if(typeof data98 !== "string"){
const err254 = {instancePath:instancePath+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if(!(((data98 === "deny") || (data98 === "warn")) || (data98 === "off"))){
const err255 = {instancePath:instancePath+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["security-opt-allowlist"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data97.options !== undefined){
let data99 = data97.options;
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
for(const key39 in data99){
if(!(key39 === "allowedLabels")){
const err256 = {instancePath:instancePath+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data99.allowedLabels !== undefined){
let data100 = data99.allowedLabels;
if(Array.isArray(data100)){
const len14 = data100.length;
for(let i16=0; i16<len14; i16++){
let data101 = data100[i16];
if(typeof data101 === "string"){
if(func4(data101) < 1){
const err257 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels/" + i16,schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels/" + i16,schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
}
else {
const err259 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err260 = {instancePath:instancePath+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err261 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
var _valid19 = _errs315 === errors;
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
const err262 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
else {
errors = _errs312;
if(vErrors !== null){
if(_errs312){
vErrors.length = _errs312;
}
else {
vErrors = null;
}
}
}
}
if(data3["build-options"] !== undefined){
let data102 = data3["build-options"];
const _errs328 = errors;
let valid86 = false;
let passing20 = null;
const _errs329 = errors;
if(typeof data102 !== "string"){
const err263 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(!(((data102 === "deny") || (data102 === "warn")) || (data102 === "off"))){
const err264 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["build-options"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
var _valid20 = _errs329 === errors;
if(_valid20){
valid86 = true;
passing20 = 0;
}
const _errs331 = errors;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
if(data102.action === undefined){
const err265 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
for(const key40 in data102){
if(!((key40 === "action") || (key40 === "options"))){
const err266 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data102.action !== undefined){
let data103 = data102.action;
if(typeof data103 !== "string"){
const err267 = {instancePath:instancePath+"/rules/build-options/action",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(!(((data103 === "deny") || (data103 === "warn")) || (data103 === "off"))){
const err268 = {instancePath:instancePath+"/rules/build-options/action",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["build-options"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data102.options !== undefined){
let data104 = data102.options;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
for(const key41 in data104){
const err269 = {instancePath:instancePath+"/rules/build-options/options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
else {
const err270 = {instancePath:instancePath+"/rules/build-options/options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
}
else {
const err271 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
var _valid20 = _errs331 === errors;
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
const err272 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
else {
errors = _errs328;
if(vErrors !== null){
if(_errs328){
vErrors.length = _errs328;
}
else {
vErrors = null;
}
}
}
}
if(data3["buildkit-entitlements"] !== undefined){
let data105 = data3["buildkit-entitlements"];
const _errs340 = errors;
let valid88 = false;
let passing21 = null;
const _errs341 = errors;
if(typeof data105 !== "string"){
const err273 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(!(((data105 === "deny") || (data105 === "warn")) || (data105 === "off"))){
const err274 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["buildkit-entitlements"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
var _valid21 = _errs341 === errors;
if(_valid21){
valid88 = true;
passing21 = 0;
}
const _errs343 = errors;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
if(data105.action === undefined){
const err275 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
for(const key42 in data105){
if(!((key42 === "action") || (key42 === "options"))){
const err276 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data105.action !== undefined){
let data106 = data105.action;
if(typeof data106 !== "string"){
const err277 = {instancePath:instancePath+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(!(((data106 === "deny") || (data106 === "warn")) || (data106 === "off"))){
const err278 = {instancePath:instancePath+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["buildkit-entitlements"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data105.options !== undefined){
let data107 = data105.options;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key43 in data107){
const err279 = {instancePath:instancePath+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
else {
const err280 = {instancePath:instancePath+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
else {
const err281 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
var _valid21 = _errs343 === errors;
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
const err282 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
else {
errors = _errs340;
if(vErrors !== null){
if(_errs340){
vErrors.length = _errs340;
}
else {
vErrors = null;
}
}
}
}
if(data3["plugin-install"] !== undefined){
let data108 = data3["plugin-install"];
const _errs352 = errors;
let valid90 = false;
let passing22 = null;
const _errs353 = errors;
if(typeof data108 !== "string"){
const err283 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(!(((data108 === "deny") || (data108 === "warn")) || (data108 === "off"))){
const err284 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["plugin-install"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
var _valid22 = _errs353 === errors;
if(_valid22){
valid90 = true;
passing22 = 0;
}
const _errs355 = errors;
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
if(data108.action === undefined){
const err285 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
for(const key44 in data108){
if(!((key44 === "action") || (key44 === "options"))){
const err286 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data108.action !== undefined){
let data109 = data108.action;
if(typeof data109 !== "string"){
const err287 = {instancePath:instancePath+"/rules/plugin-install/action",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if(!(((data109 === "deny") || (data109 === "warn")) || (data109 === "off"))){
const err288 = {instancePath:instancePath+"/rules/plugin-install/action",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["plugin-install"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data108.options !== undefined){
let data110 = data108.options;
if(data110 && typeof data110 == "object" && !Array.isArray(data110)){
for(const key45 in data110){
if(!((key45 === "allowed") || (key45 === "allowCreate"))){
const err289 = {instancePath:instancePath+"/rules/plugin-install/options",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data110.allowed !== undefined){
let data111 = data110.allowed;
if(Array.isArray(data111)){
const len15 = data111.length;
for(let i17=0; i17<len15; i17++){
let data112 = data111[i17];
if(typeof data112 === "string"){
if(func4(data112) < 1){
const err290 = {instancePath:instancePath+"/rules/plugin-install/options/allowed/" + i17,schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
else {
const err291 = {instancePath:instancePath+"/rules/plugin-install/options/allowed/" + i17,schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
}
else {
const err292 = {instancePath:instancePath+"/rules/plugin-install/options/allowed",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data110.allowCreate !== undefined){
if(typeof data110.allowCreate !== "boolean"){
const err293 = {instancePath:instancePath+"/rules/plugin-install/options/allowCreate",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowCreate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
}
else {
const err294 = {instancePath:instancePath+"/rules/plugin-install/options",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err295 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
var _valid22 = _errs355 === errors;
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
const err296 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
else {
errors = _errs352;
if(vErrors !== null){
if(_errs352){
vErrors.length = _errs352;
}
else {
vErrors = null;
}
}
}
}
if(data3["self-protection"] !== undefined){
let data114 = data3["self-protection"];
const _errs370 = errors;
let valid95 = false;
let passing23 = null;
const _errs371 = errors;
if(typeof data114 !== "string"){
const err297 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
if(!(((data114 === "deny") || (data114 === "warn")) || (data114 === "off"))){
const err298 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["self-protection"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
var _valid23 = _errs371 === errors;
if(_valid23){
valid95 = true;
passing23 = 0;
}
const _errs373 = errors;
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
if(data114.action === undefined){
const err299 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
for(const key46 in data114){
if(!((key46 === "action") || (key46 === "options"))){
const err300 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data114.action !== undefined){
let data115 = data114.action;
if(typeof data115 !== "string"){
const err301 = {instancePath:instancePath+"/rules/self-protection/action",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if(!(((data115 === "deny") || (data115 === "warn")) || (data115 === "off"))){
const err302 = {instancePath:instancePath+"/rules/self-protection/action",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["self-protection"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data114.options !== undefined){
let data116 = data114.options;
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
for(const key47 in data116){
if(!((((((key47 === "names") || (key47 === "ids")) || (key47 === "detectId")) || (key47 === "adminUsers")) || (key47 === "otherPlugins")) || (key47 === "readDaemonConfig"))){
const err303 = {instancePath:instancePath+"/rules/self-protection/options",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data116.names !== undefined){
let data117 = data116.names;
if(Array.isArray(data117)){
const len16 = data117.length;
for(let i18=0; i18<len16; i18++){
let data118 = data117[i18];
if(typeof data118 === "string"){
if(func4(data118) < 1){
const err304 = {instancePath:instancePath+"/rules/self-protection/options/names/" + i18,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
else {
const err305 = {instancePath:instancePath+"/rules/self-protection/options/names/" + i18,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
}
else {
const err306 = {instancePath:instancePath+"/rules/self-protection/options/names",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data116.ids !== undefined){
let data119 = data116.ids;
if(Array.isArray(data119)){
const len17 = data119.length;
for(let i19=0; i19<len17; i19++){
let data120 = data119[i19];
if(typeof data120 === "string"){
if(!pattern7.test(data120)){
const err307 = {instancePath:instancePath+"/rules/self-protection/options/ids/" + i19,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
else {
const err308 = {instancePath:instancePath+"/rules/self-protection/options/ids/" + i19,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
}
else {
const err309 = {instancePath:instancePath+"/rules/self-protection/options/ids",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
if(data116.detectId !== undefined){
if(typeof data116.detectId !== "boolean"){
const err310 = {instancePath:instancePath+"/rules/self-protection/options/detectId",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/detectId/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data116.adminUsers !== undefined){
let data122 = data116.adminUsers;
if(Array.isArray(data122)){
const len18 = data122.length;
for(let i20=0; i20<len18; i20++){
let data123 = data122[i20];
if(typeof data123 === "string"){
if(func4(data123) < 1){
const err311 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers/" + i20,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
else {
const err312 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers/" + i20,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
}
else {
const err313 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(data116.otherPlugins !== undefined){
let data124 = data116.otherPlugins;
if(Array.isArray(data124)){
const len19 = data124.length;
for(let i21=0; i21<len19; i21++){
let data125 = data124[i21];
if(typeof data125 === "string"){
if(func4(data125) < 1){
const err314 = {instancePath:instancePath+"/rules/self-protection/options/otherPlugins/" + i21,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
else {
const err315 = {instancePath:instancePath+"/rules/self-protection/options/otherPlugins/" + i21,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
}
else {
const err316 = {instancePath:instancePath+"/rules/self-protection/options/otherPlugins",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data116.readDaemonConfig !== undefined){
if(typeof data116.readDaemonConfig !== "boolean"){
const err317 = {instancePath:instancePath+"/rules/self-protection/options/readDaemonConfig",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/readDaemonConfig/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
}
else {
const err318 = {instancePath:instancePath+"/rules/self-protection/options",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err319 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
var _valid23 = _errs373 === errors;
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
const err320 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
else {
errors = _errs370;
if(vErrors !== null){
if(_errs370){
vErrors.length = _errs370;
}
else {
vErrors = null;
}
}
}
}
if(data3["swarm-join"] !== undefined){
let data127 = data3["swarm-join"];
const _errs402 = errors;
let valid106 = false;
let passing24 = null;
const _errs403 = errors;
if(typeof data127 !== "string"){
const err321 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
if(!(((data127 === "deny") || (data127 === "warn")) || (data127 === "off"))){
const err322 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-join"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
var _valid24 = _errs403 === errors;
if(_valid24){
valid106 = true;
passing24 = 0;
}
const _errs405 = errors;
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
if(data127.action === undefined){
const err323 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
for(const key48 in data127){
if(!((key48 === "action") || (key48 === "options"))){
const err324 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data127.action !== undefined){
let data128 = data127.action;
if(typeof data128 !== "string"){
const err325 = {instancePath:instancePath+"/rules/swarm-join/action",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(!(((data128 === "deny") || (data128 === "warn")) || (data128 === "off"))){
const err326 = {instancePath:instancePath+"/rules/swarm-join/action",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-join"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data127.options !== undefined){
let data129 = data127.options;
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
for(const key49 in data129){
if(!(key49 === "allowedManagers")){
const err327 = {instancePath:instancePath+"/rules/swarm-join/options",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
if(data129.allowedManagers !== undefined){
let data130 = data129.allowedManagers;
if(Array.isArray(data130)){
const len20 = data130.length;
for(let i22=0; i22<len20; i22++){
let data131 = data130[i22];
if(typeof data131 === "string"){
if(func4(data131) < 1){
const err328 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers/" + i22,schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
else {
const err329 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers/" + i22,schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
}
else {
const err330 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err331 = {instancePath:instancePath+"/rules/swarm-join/options",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err332 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
var _valid24 = _errs405 === errors;
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
const err333 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
else {
errors = _errs402;
if(vErrors !== null){
if(_errs402){
vErrors.length = _errs402;
}
else {
vErrors = null;
}
}
}
}
if(data3["swarm-init"] !== undefined){
let data132 = data3["swarm-init"];
const _errs418 = errors;
let valid111 = false;
let passing25 = null;
const _errs419 = errors;
if(typeof data132 !== "string"){
const err334 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
if(!(((data132 === "deny") || (data132 === "warn")) || (data132 === "off"))){
const err335 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-init"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
var _valid25 = _errs419 === errors;
if(_valid25){
valid111 = true;
passing25 = 0;
}
const _errs421 = errors;
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
if(data132.action === undefined){
const err336 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
for(const key50 in data132){
if(!((key50 === "action") || (key50 === "options"))){
const err337 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(data132.action !== undefined){
let data133 = data132.action;
if(typeof data133 !== "string"){
const err338 = {instancePath:instancePath+"/rules/swarm-init/action",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
if(!(((data133 === "deny") || (data133 === "warn")) || (data133 === "off"))){
const err339 = {instancePath:instancePath+"/rules/swarm-init/action",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-init"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data132.options !== undefined){
let data134 = data132.options;
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
for(const key51 in data134){
const err340 = {instancePath:instancePath+"/rules/swarm-init/options",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
else {
const err341 = {instancePath:instancePath+"/rules/swarm-init/options",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
}
else {
const err342 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
var _valid25 = _errs421 === errors;
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
const err343 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
else {
errors = _errs418;
if(vErrors !== null){
if(_errs418){
vErrors.length = _errs418;
}
else {
vErrors = null;
}
}
}
}
if(data3["service-rollback"] !== undefined){
let data135 = data3["service-rollback"];
const _errs430 = errors;
let valid113 = false;
let passing26 = null;
const _errs431 = errors;
if(typeof data135 !== "string"){
const err344 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if(!(((data135 === "deny") || (data135 === "warn")) || (data135 === "off"))){
const err345 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["service-rollback"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
var _valid26 = _errs431 === errors;
if(_valid26){
valid113 = true;
passing26 = 0;
}
const _errs433 = errors;
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
if(data135.action === undefined){
const err346 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
for(const key52 in data135){
if(!((key52 === "action") || (key52 === "options"))){
const err347 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data135.action !== undefined){
let data136 = data135.action;
if(typeof data136 !== "string"){
const err348 = {instancePath:instancePath+"/rules/service-rollback/action",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if(!(((data136 === "deny") || (data136 === "warn")) || (data136 === "off"))){
const err349 = {instancePath:instancePath+"/rules/service-rollback/action",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["service-rollback"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
if(data135.options !== undefined){
let data137 = data135.options;
if(data137 && typeof data137 == "object" && !Array.isArray(data137)){
for(const key53 in data137){
const err350 = {instancePath:instancePath+"/rules/service-rollback/options",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
else {
const err351 = {instancePath:instancePath+"/rules/service-rollback/options",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
}
else {
const err352 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
var _valid26 = _errs433 === errors;
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
const err353 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
else {
errors = _errs430;
if(vErrors !== null){
if(_errs430){
vErrors.length = _errs430;
}
else {
vErrors = null;
}
}
}
}
if(data3["exec-root-user"] !== undefined){
let data138 = data3["exec-root-user"];
const _errs442 = errors;
let valid115 = false;
let passing27 = null;
const _errs443 = errors;
if(typeof data138 !== "string"){
const err354 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
if(!(((data138 === "deny") || (data138 === "warn")) || (data138 === "off"))){
const err355 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["exec-root-user"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
var _valid27 = _errs443 === errors;
if(_valid27){
valid115 = true;
passing27 = 0;
}
const _errs445 = errors;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
if(data138.action === undefined){
const err356 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
for(const key54 in data138){
if(!((key54 === "action") || (key54 === "options"))){
const err357 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
if(data138.action !== undefined){
let data139 = data138.action;
if(typeof data139 !== "string"){
const err358 = {instancePath:instancePath+"/rules/exec-root-user/action",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
if(!(((data139 === "deny") || (data139 === "warn")) || (data139 === "off"))){
const err359 = {instancePath:instancePath+"/rules/exec-root-user/action",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["exec-root-user"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data138.options !== undefined){
let data140 = data138.options;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
for(const key55 in data140){
const err360 = {instancePath:instancePath+"/rules/exec-root-user/options",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
else {
const err361 = {instancePath:instancePath+"/rules/exec-root-user/options",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
}
else {
const err362 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
var _valid27 = _errs445 === errors;
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
const err363 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf",keyword:"oneOf",params:{passingSchemas: passing27},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
else {
errors = _errs442;
if(vErrors !== null){
if(_errs442){
vErrors.length = _errs442;
}
else {
vErrors = null;
}
}
}
}
if(data3["read-only-rootfs"] !== undefined){
let data141 = data3["read-only-rootfs"];
const _errs454 = errors;
let valid117 = false;
let passing28 = null;
const _errs455 = errors;
if(typeof data141 !== "string"){
const err364 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
if(!(((data141 === "deny") || (data141 === "warn")) || (data141 === "off"))){
const err365 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["read-only-rootfs"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
var _valid28 = _errs455 === errors;
if(_valid28){
valid117 = true;
passing28 = 0;
}
const _errs457 = errors;
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
if(data141.action === undefined){
const err366 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
for(const key56 in data141){
if(!((key56 === "action") || (key56 === "options"))){
const err367 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data141.action !== undefined){
let data142 = data141.action;
if(typeof data142 !== "string"){
const err368 = {instancePath:instancePath+"/rules/read-only-rootfs/action",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
if(!(((data142 === "deny") || (data142 === "warn")) || (data142 === "off"))){
const err369 = {instancePath:instancePath+"/rules/read-only-rootfs/action",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["read-only-rootfs"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data141.options !== undefined){
let data143 = data141.options;
if(data143 && typeof data143 == "object" && !Array.isArray(data143)){
for(const key57 in data143){
const err370 = {instancePath:instancePath+"/rules/read-only-rootfs/options",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
else {
const err371 = {instancePath:instancePath+"/rules/read-only-rootfs/options",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
}
else {
const err372 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
var _valid28 = _errs457 === errors;
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
const err373 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing28},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
else {
errors = _errs454;
if(vErrors !== null){
if(_errs454){
vErrors.length = _errs454;
}
else {
vErrors = null;
}
}
}
}
if(data3["pids-limit"] !== undefined){
let data144 = data3["pids-limit"];
const _errs466 = errors;
let valid119 = false;
let passing29 = null;
const _errs467 = errors;
if(typeof data144 !== "string"){
const err374 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
if(!(((data144 === "deny") || (data144 === "warn")) || (data144 === "off"))){
const err375 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["pids-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
var _valid29 = _errs467 === errors;
if(_valid29){
valid119 = true;
passing29 = 0;
}
const _errs469 = errors;
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
if(data144.action === undefined){
const err376 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
for(const key58 in data144){
if(!((key58 === "action") || (key58 === "options"))){
const err377 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data144.action !== undefined){
let data145 = data144.action;
if(typeof data145 !== "string"){
const err378 = {instancePath:instancePath+"/rules/pids-limit/action",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
if(!(((data145 === "deny") || (data145 === "warn")) || (data145 === "off"))){
const err379 = {instancePath:instancePath+"/rules/pids-limit/action",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["pids-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data144.options !== undefined){
let data146 = data144.options;
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
for(const key59 in data146){
const err380 = {instancePath:instancePath+"/rules/pids-limit/options",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
else {
const err381 = {instancePath:instancePath+"/rules/pids-limit/options",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
}
else {
const err382 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
var _valid29 = _errs469 === errors;
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
const err383 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing29},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
else {
errors = _errs466;
if(vErrors !== null){
if(_errs466){
vErrors.length = _errs466;
}
else {
vErrors = null;
}
}
}
}
if(data3["no-new-privileges"] !== undefined){
let data147 = data3["no-new-privileges"];
const _errs478 = errors;
let valid121 = false;
let passing30 = null;
const _errs479 = errors;
if(typeof data147 !== "string"){
const err384 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
if(!(((data147 === "deny") || (data147 === "warn")) || (data147 === "off"))){
const err385 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["no-new-privileges"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
var _valid30 = _errs479 === errors;
if(_valid30){
valid121 = true;
passing30 = 0;
}
const _errs481 = errors;
if(data147 && typeof data147 == "object" && !Array.isArray(data147)){
if(data147.action === undefined){
const err386 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
for(const key60 in data147){
if(!((key60 === "action") || (key60 === "options"))){
const err387 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data147.action !== undefined){
let data148 = data147.action;
if(typeof data148 !== "string"){
const err388 = {instancePath:instancePath+"/rules/no-new-privileges/action",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
if(!(((data148 === "deny") || (data148 === "warn")) || (data148 === "off"))){
const err389 = {instancePath:instancePath+"/rules/no-new-privileges/action",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["no-new-privileges"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data147.options !== undefined){
let data149 = data147.options;
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
for(const key61 in data149){
const err390 = {instancePath:instancePath+"/rules/no-new-privileges/options",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
else {
const err391 = {instancePath:instancePath+"/rules/no-new-privileges/options",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
}
else {
const err392 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
var _valid30 = _errs481 === errors;
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
const err393 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf",keyword:"oneOf",params:{passingSchemas: passing30},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
else {
errors = _errs478;
if(vErrors !== null){
if(_errs478){
vErrors.length = _errs478;
}
else {
vErrors = null;
}
}
}
}
if(data3["health-check"] !== undefined){
let data150 = data3["health-check"];
const _errs490 = errors;
let valid123 = false;
let passing31 = null;
const _errs491 = errors;
if(typeof data150 !== "string"){
const err394 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
if(!(((data150 === "deny") || (data150 === "warn")) || (data150 === "off"))){
const err395 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["health-check"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
var _valid31 = _errs491 === errors;
if(_valid31){
valid123 = true;
passing31 = 0;
}
const _errs493 = errors;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
if(data150.action === undefined){
const err396 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
for(const key62 in data150){
if(!((key62 === "action") || (key62 === "options"))){
const err397 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
if(data150.action !== undefined){
let data151 = data150.action;
if(typeof data151 !== "string"){
const err398 = {instancePath:instancePath+"/rules/health-check/action",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
if(!(((data151 === "deny") || (data151 === "warn")) || (data151 === "off"))){
const err399 = {instancePath:instancePath+"/rules/health-check/action",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["health-check"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data150.options !== undefined){
let data152 = data150.options;
if(data152 && typeof data152 == "object" && !Array.isArray(data152)){
for(const key63 in data152){
const err400 = {instancePath:instancePath+"/rules/health-check/options",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
else {
const err401 = {instancePath:instancePath+"/rules/health-check/options",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
}
else {
const err402 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
var _valid31 = _errs493 === errors;
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
const err403 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf",keyword:"oneOf",params:{passingSchemas: passing31},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
else {
errors = _errs490;
if(vErrors !== null){
if(_errs490){
vErrors.length = _errs490;
}
else {
vErrors = null;
}
}
}
}
if(data3["image-tag"] !== undefined){
let data153 = data3["image-tag"];
const _errs502 = errors;
let valid125 = false;
let passing32 = null;
const _errs503 = errors;
if(typeof data153 !== "string"){
const err404 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
if(!(((data153 === "deny") || (data153 === "warn")) || (data153 === "off"))){
const err405 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["image-tag"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
var _valid32 = _errs503 === errors;
if(_valid32){
valid125 = true;
passing32 = 0;
}
const _errs505 = errors;
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
if(data153.action === undefined){
const err406 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
for(const key64 in data153){
if(!((key64 === "action") || (key64 === "options"))){
const err407 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data153.action !== undefined){
let data154 = data153.action;
if(typeof data154 !== "string"){
const err408 = {instancePath:instancePath+"/rules/image-tag/action",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
if(!(((data154 === "deny") || (data154 === "warn")) || (data154 === "off"))){
const err409 = {instancePath:instancePath+"/rules/image-tag/action",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["image-tag"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data153.options !== undefined){
let data155 = data153.options;
if(data155 && typeof data155 == "object" && !Array.isArray(data155)){
for(const key65 in data155){
if(!(key65 === "requireDigest")){
const err410 = {instancePath:instancePath+"/rules/image-tag/options",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
if(data155.requireDigest !== undefined){
if(typeof data155.requireDigest !== "boolean"){
const err411 = {instancePath:instancePath+"/rules/image-tag/options/requireDigest",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
}
else {
const err412 = {instancePath:instancePath+"/rules/image-tag/options",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err413 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
var _valid32 = _errs505 === errors;
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
const err414 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf",keyword:"oneOf",params:{passingSchemas: passing32},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
else {
errors = _errs502;
if(vErrors !== null){
if(_errs502){
vErrors.length = _errs502;
}
else {
vErrors = null;
}
}
}
}
if(data3["privileged-ports"] !== undefined){
let data157 = data3["privileged-ports"];
const _errs516 = errors;
let valid128 = false;
let passing33 = null;
const _errs517 = errors;
if(typeof data157 !== "string"){
const err415 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
if(!(((data157 === "deny") || (data157 === "warn")) || (data157 === "off"))){
const err416 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["privileged-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
var _valid33 = _errs517 === errors;
if(_valid33){
valid128 = true;
passing33 = 0;
}
const _errs519 = errors;
if(data157 && typeof data157 == "object" && !Array.isArray(data157)){
if(data157.action === undefined){
const err417 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
for(const key66 in data157){
if(!((key66 === "action") || (key66 === "options"))){
const err418 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
if(data157.action !== undefined){
let data158 = data157.action;
if(typeof data158 !== "string"){
const err419 = {instancePath:instancePath+"/rules/privileged-ports/action",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
if(!(((data158 === "deny") || (data158 === "warn")) || (data158 === "off"))){
const err420 = {instancePath:instancePath+"/rules/privileged-ports/action",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["privileged-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
if(data157.options !== undefined){
let data159 = data157.options;
if(data159 && typeof data159 == "object" && !Array.isArray(data159)){
for(const key67 in data159){
const err421 = {instancePath:instancePath+"/rules/privileged-ports/options",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
else {
const err422 = {instancePath:instancePath+"/rules/privileged-ports/options",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
}
else {
const err423 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
var _valid33 = _errs519 === errors;
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
const err424 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing33},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
else {
errors = _errs516;
if(vErrors !== null){
if(_errs516){
vErrors.length = _errs516;
}
else {
vErrors = null;
}
}
}
}
if(data3["port-all-interfaces"] !== undefined){
let data160 = data3["port-all-interfaces"];
const _errs528 = errors;
let valid130 = false;
let passing34 = null;
const _errs529 = errors;
if(typeof data160 !== "string"){
const err425 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
if(!(((data160 === "deny") || (data160 === "warn")) || (data160 === "off"))){
const err426 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["port-all-interfaces"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
var _valid34 = _errs529 === errors;
if(_valid34){
valid130 = true;
passing34 = 0;
}
const _errs531 = errors;
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
if(data160.action === undefined){
const err427 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
for(const key68 in data160){
if(!((key68 === "action") || (key68 === "options"))){
const err428 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
if(data160.action !== undefined){
let data161 = data160.action;
if(typeof data161 !== "string"){
const err429 = {instancePath:instancePath+"/rules/port-all-interfaces/action",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
if(!(((data161 === "deny") || (data161 === "warn")) || (data161 === "off"))){
const err430 = {instancePath:instancePath+"/rules/port-all-interfaces/action",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["port-all-interfaces"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
if(data160.options !== undefined){
let data162 = data160.options;
if(data162 && typeof data162 == "object" && !Array.isArray(data162)){
for(const key69 in data162){
const err431 = {instancePath:instancePath+"/rules/port-all-interfaces/options",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
else {
const err432 = {instancePath:instancePath+"/rules/port-all-interfaces/options",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
}
else {
const err433 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
var _valid34 = _errs531 === errors;
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
const err434 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf",keyword:"oneOf",params:{passingSchemas: passing34},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
else {
errors = _errs528;
if(vErrors !== null){
if(_errs528){
vErrors.length = _errs528;
}
else {
vErrors = null;
}
}
}
}
if(data3["publish-all-ports"] !== undefined){
let data163 = data3["publish-all-ports"];
const _errs540 = errors;
let valid132 = false;
let passing35 = null;
const _errs541 = errors;
if(typeof data163 !== "string"){
const err435 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
if(!(((data163 === "deny") || (data163 === "warn")) || (data163 === "off"))){
const err436 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["publish-all-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
var _valid35 = _errs541 === errors;
if(_valid35){
valid132 = true;
passing35 = 0;
}
const _errs543 = errors;
if(data163 && typeof data163 == "object" && !Array.isArray(data163)){
if(data163.action === undefined){
const err437 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
for(const key70 in data163){
if(!((key70 === "action") || (key70 === "options"))){
const err438 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
if(data163.action !== undefined){
let data164 = data163.action;
if(typeof data164 !== "string"){
const err439 = {instancePath:instancePath+"/rules/publish-all-ports/action",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
if(!(((data164 === "deny") || (data164 === "warn")) || (data164 === "off"))){
const err440 = {instancePath:instancePath+"/rules/publish-all-ports/action",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["publish-all-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
if(data163.options !== undefined){
let data165 = data163.options;
if(data165 && typeof data165 == "object" && !Array.isArray(data165)){
for(const key71 in data165){
const err441 = {instancePath:instancePath+"/rules/publish-all-ports/options",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
else {
const err442 = {instancePath:instancePath+"/rules/publish-all-ports/options",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
}
else {
const err443 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
var _valid35 = _errs543 === errors;
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
const err444 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing35},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
else {
errors = _errs540;
if(vErrors !== null){
if(_errs540){
vErrors.length = _errs540;
}
else {
vErrors = null;
}
}
}
}
if(data3["cpu-limit"] !== undefined){
let data166 = data3["cpu-limit"];
const _errs552 = errors;
let valid134 = false;
let passing36 = null;
const _errs553 = errors;
if(typeof data166 !== "string"){
const err445 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
if(!(((data166 === "deny") || (data166 === "warn")) || (data166 === "off"))){
const err446 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cpu-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
var _valid36 = _errs553 === errors;
if(_valid36){
valid134 = true;
passing36 = 0;
}
const _errs555 = errors;
if(data166 && typeof data166 == "object" && !Array.isArray(data166)){
if(data166.action === undefined){
const err447 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
for(const key72 in data166){
if(!((key72 === "action") || (key72 === "options"))){
const err448 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
if(data166.action !== undefined){
let data167 = data166.action;
if(typeof data167 !== "string"){
const err449 = {instancePath:instancePath+"/rules/cpu-limit/action",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
if(!(((data167 === "deny") || (data167 === "warn")) || (data167 === "off"))){
const err450 = {instancePath:instancePath+"/rules/cpu-limit/action",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cpu-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
if(data166.options !== undefined){
let data168 = data166.options;
if(data168 && typeof data168 == "object" && !Array.isArray(data168)){
for(const key73 in data168){
const err451 = {instancePath:instancePath+"/rules/cpu-limit/options",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
else {
const err452 = {instancePath:instancePath+"/rules/cpu-limit/options",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
}
else {
const err453 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
var _valid36 = _errs555 === errors;
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
const err454 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing36},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
else {
errors = _errs552;
if(vErrors !== null){
if(_errs552){
vErrors.length = _errs552;
}
else {
vErrors = null;
}
}
}
}
if(data3.ulimits !== undefined){
let data169 = data3.ulimits;
const _errs564 = errors;
let valid136 = false;
let passing37 = null;
const _errs565 = errors;
if(typeof data169 !== "string"){
const err455 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
if(!(((data169 === "deny") || (data169 === "warn")) || (data169 === "off"))){
const err456 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.ulimits.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
var _valid37 = _errs565 === errors;
if(_valid37){
valid136 = true;
passing37 = 0;
}
const _errs567 = errors;
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
if(data169.action === undefined){
const err457 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
for(const key74 in data169){
if(!((key74 === "action") || (key74 === "options"))){
const err458 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
if(data169.action !== undefined){
let data170 = data169.action;
if(typeof data170 !== "string"){
const err459 = {instancePath:instancePath+"/rules/ulimits/action",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
if(!(((data170 === "deny") || (data170 === "warn")) || (data170 === "off"))){
const err460 = {instancePath:instancePath+"/rules/ulimits/action",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.ulimits.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
if(data169.options !== undefined){
let data171 = data169.options;
if(data171 && typeof data171 == "object" && !Array.isArray(data171)){
for(const key75 in data171){
if(!(key75 === "allowed")){
const err461 = {instancePath:instancePath+"/rules/ulimits/options",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
if(data171.allowed !== undefined){
let data172 = data171.allowed;
if(Array.isArray(data172)){
const len21 = data172.length;
for(let i23=0; i23<len21; i23++){
let data173 = data172[i23];
if(typeof data173 === "string"){
if(func4(data173) < 1){
const err462 = {instancePath:instancePath+"/rules/ulimits/options/allowed/" + i23,schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
else {
const err463 = {instancePath:instancePath+"/rules/ulimits/options/allowed/" + i23,schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
}
else {
const err464 = {instancePath:instancePath+"/rules/ulimits/options/allowed",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err465 = {instancePath:instancePath+"/rules/ulimits/options",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err466 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
var _valid37 = _errs567 === errors;
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
const err467 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf",keyword:"oneOf",params:{passingSchemas: passing37},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
else {
errors = _errs564;
if(vErrors !== null){
if(_errs564){
vErrors.length = _errs564;
}
else {
vErrors = null;
}
}
}
}
if(data3["default-bridge"] !== undefined){
let data174 = data3["default-bridge"];
const _errs580 = errors;
let valid141 = false;
let passing38 = null;
const _errs581 = errors;
if(typeof data174 !== "string"){
const err468 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
if(!(((data174 === "deny") || (data174 === "warn")) || (data174 === "off"))){
const err469 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["default-bridge"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
var _valid38 = _errs581 === errors;
if(_valid38){
valid141 = true;
passing38 = 0;
}
const _errs583 = errors;
if(data174 && typeof data174 == "object" && !Array.isArray(data174)){
if(data174.action === undefined){
const err470 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
for(const key76 in data174){
if(!((key76 === "action") || (key76 === "options"))){
const err471 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data174.action !== undefined){
let data175 = data174.action;
if(typeof data175 !== "string"){
const err472 = {instancePath:instancePath+"/rules/default-bridge/action",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
if(!(((data175 === "deny") || (data175 === "warn")) || (data175 === "off"))){
const err473 = {instancePath:instancePath+"/rules/default-bridge/action",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["default-bridge"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
if(data174.options !== undefined){
let data176 = data174.options;
if(data176 && typeof data176 == "object" && !Array.isArray(data176)){
for(const key77 in data176){
const err474 = {instancePath:instancePath+"/rules/default-bridge/options",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
else {
const err475 = {instancePath:instancePath+"/rules/default-bridge/options",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
}
else {
const err476 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
var _valid38 = _errs583 === errors;
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
const err477 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf",keyword:"oneOf",params:{passingSchemas: passing38},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
else {
errors = _errs580;
if(vErrors !== null){
if(_errs580){
vErrors.length = _errs580;
}
else {
vErrors = null;
}
}
}
}
if(data3.sysctls !== undefined){
let data177 = data3.sysctls;
const _errs592 = errors;
let valid143 = false;
let passing39 = null;
const _errs593 = errors;
if(typeof data177 !== "string"){
const err478 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
if(!(((data177 === "deny") || (data177 === "warn")) || (data177 === "off"))){
const err479 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sysctls.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
var _valid39 = _errs593 === errors;
if(_valid39){
valid143 = true;
passing39 = 0;
}
const _errs595 = errors;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
if(data177.action === undefined){
const err480 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
for(const key78 in data177){
if(!((key78 === "action") || (key78 === "options"))){
const err481 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
if(data177.action !== undefined){
let data178 = data177.action;
if(typeof data178 !== "string"){
const err482 = {instancePath:instancePath+"/rules/sysctls/action",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
if(!(((data178 === "deny") || (data178 === "warn")) || (data178 === "off"))){
const err483 = {instancePath:instancePath+"/rules/sysctls/action",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sysctls.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
if(data177.options !== undefined){
let data179 = data177.options;
if(data179 && typeof data179 == "object" && !Array.isArray(data179)){
for(const key79 in data179){
if(!(key79 === "allowed")){
const err484 = {instancePath:instancePath+"/rules/sysctls/options",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
if(data179.allowed !== undefined){
let data180 = data179.allowed;
if(Array.isArray(data180)){
const len22 = data180.length;
for(let i24=0; i24<len22; i24++){
let data181 = data180[i24];
if(typeof data181 === "string"){
if(func4(data181) < 1){
const err485 = {instancePath:instancePath+"/rules/sysctls/options/allowed/" + i24,schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
else {
const err486 = {instancePath:instancePath+"/rules/sysctls/options/allowed/" + i24,schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
}
else {
const err487 = {instancePath:instancePath+"/rules/sysctls/options/allowed",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err488 = {instancePath:instancePath+"/rules/sysctls/options",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err489 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
var _valid39 = _errs595 === errors;
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
const err490 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing39},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
else {
errors = _errs592;
if(vErrors !== null){
if(_errs592){
vErrors.length = _errs592;
}
else {
vErrors = null;
}
}
}
}
if(data3["network-parent"] !== undefined){
let data182 = data3["network-parent"];
const _errs608 = errors;
let valid148 = false;
let passing40 = null;
const _errs609 = errors;
if(typeof data182 !== "string"){
const err491 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
if(!(((data182 === "deny") || (data182 === "warn")) || (data182 === "off"))){
const err492 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["network-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
var _valid40 = _errs609 === errors;
if(_valid40){
valid148 = true;
passing40 = 0;
}
const _errs611 = errors;
if(data182 && typeof data182 == "object" && !Array.isArray(data182)){
if(data182.action === undefined){
const err493 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
for(const key80 in data182){
if(!((key80 === "action") || (key80 === "options"))){
const err494 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
if(data182.action !== undefined){
let data183 = data182.action;
if(typeof data183 !== "string"){
const err495 = {instancePath:instancePath+"/rules/network-parent/action",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
if(!(((data183 === "deny") || (data183 === "warn")) || (data183 === "off"))){
const err496 = {instancePath:instancePath+"/rules/network-parent/action",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["network-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
if(data182.options !== undefined){
let data184 = data182.options;
if(data184 && typeof data184 == "object" && !Array.isArray(data184)){
for(const key81 in data184){
const err497 = {instancePath:instancePath+"/rules/network-parent/options",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
else {
const err498 = {instancePath:instancePath+"/rules/network-parent/options",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
}
else {
const err499 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
var _valid40 = _errs611 === errors;
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
const err500 = {instancePath:instancePath+"/rules/network-parent",schemaPath:"#/properties/rules/properties/network-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing40},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
else {
errors = _errs608;
if(vErrors !== null){
if(_errs608){
vErrors.length = _errs608;
}
else {
vErrors = null;
}
}
}
}
if(data3.sshd !== undefined){
let data185 = data3.sshd;
const _errs620 = errors;
let valid150 = false;
let passing41 = null;
const _errs621 = errors;
if(typeof data185 !== "string"){
const err501 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
if(!(((data185 === "deny") || (data185 === "warn")) || (data185 === "off"))){
const err502 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sshd.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
var _valid41 = _errs621 === errors;
if(_valid41){
valid150 = true;
passing41 = 0;
}
const _errs623 = errors;
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
if(data185.action === undefined){
const err503 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
for(const key82 in data185){
if(!((key82 === "action") || (key82 === "options"))){
const err504 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key82},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
if(data185.action !== undefined){
let data186 = data185.action;
if(typeof data186 !== "string"){
const err505 = {instancePath:instancePath+"/rules/sshd/action",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
if(!(((data186 === "deny") || (data186 === "warn")) || (data186 === "off"))){
const err506 = {instancePath:instancePath+"/rules/sshd/action",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sshd.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
if(data185.options !== undefined){
let data187 = data185.options;
if(data187 && typeof data187 == "object" && !Array.isArray(data187)){
for(const key83 in data187){
const err507 = {instancePath:instancePath+"/rules/sshd/options",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
else {
const err508 = {instancePath:instancePath+"/rules/sshd/options",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
}
else {
const err509 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
var _valid41 = _errs623 === errors;
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
const err510 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf",keyword:"oneOf",params:{passingSchemas: passing41},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
else {
errors = _errs620;
if(vErrors !== null){
if(_errs620){
vErrors.length = _errs620;
}
else {
vErrors = null;
}
}
}
}
if(data3["cgroup-parent"] !== undefined){
let data188 = data3["cgroup-parent"];
const _errs632 = errors;
let valid152 = false;
let passing42 = null;
const _errs633 = errors;
if(typeof data188 !== "string"){
const err511 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
if(!(((data188 === "deny") || (data188 === "warn")) || (data188 === "off"))){
const err512 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cgroup-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
var _valid42 = _errs633 === errors;
if(_valid42){
valid152 = true;
passing42 = 0;
}
const _errs635 = errors;
if(data188 && typeof data188 == "object" && !Array.isArray(data188)){
if(data188.action === undefined){
const err513 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
for(const key84 in data188){
if(!((key84 === "action") || (key84 === "options"))){
const err514 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key84},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
if(data188.action !== undefined){
let data189 = data188.action;
if(typeof data189 !== "string"){
const err515 = {instancePath:instancePath+"/rules/cgroup-parent/action",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
if(!(((data189 === "deny") || (data189 === "warn")) || (data189 === "off"))){
const err516 = {instancePath:instancePath+"/rules/cgroup-parent/action",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cgroup-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
}
if(data188.options !== undefined){
let data190 = data188.options;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
for(const key85 in data190){
if(!(key85 === "allowed")){
const err517 = {instancePath:instancePath+"/rules/cgroup-parent/options",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key85},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
if(data190.allowed !== undefined){
let data191 = data190.allowed;
if(Array.isArray(data191)){
const len23 = data191.length;
for(let i25=0; i25<len23; i25++){
let data192 = data191[i25];
if(typeof data192 === "string"){
if(func4(data192) < 1){
const err518 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed/" + i25,schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
else {
const err519 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed/" + i25,schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
}
}
else {
const err520 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err521 = {instancePath:instancePath+"/rules/cgroup-parent/options",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err522 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
var _valid42 = _errs635 === errors;
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
const err523 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing42},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
else {
errors = _errs632;
if(vErrors !== null){
if(_errs632){
vErrors.length = _errs632;
}
else {
vErrors = null;
}
}
}
}
if(data3["unverified-start"] !== undefined){
let data193 = data3["unverified-start"];
const _errs648 = errors;
let valid157 = false;
let passing43 = null;
const _errs649 = errors;
if(typeof data193 !== "string"){
const err524 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
if(!(((data193 === "deny") || (data193 === "warn")) || (data193 === "off"))){
const err525 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["unverified-start"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
var _valid43 = _errs649 === errors;
if(_valid43){
valid157 = true;
passing43 = 0;
}
const _errs651 = errors;
if(data193 && typeof data193 == "object" && !Array.isArray(data193)){
if(data193.action === undefined){
const err526 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
for(const key86 in data193){
if(!((key86 === "action") || (key86 === "options"))){
const err527 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
}
if(data193.action !== undefined){
let data194 = data193.action;
if(typeof data194 !== "string"){
const err528 = {instancePath:instancePath+"/rules/unverified-start/action",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
if(!(((data194 === "deny") || (data194 === "warn")) || (data194 === "off"))){
const err529 = {instancePath:instancePath+"/rules/unverified-start/action",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["unverified-start"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
}
if(data193.options !== undefined){
let data195 = data193.options;
if(data195 && typeof data195 == "object" && !Array.isArray(data195)){
for(const key87 in data195){
const err530 = {instancePath:instancePath+"/rules/unverified-start/options",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key87},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
}
else {
const err531 = {instancePath:instancePath+"/rules/unverified-start/options",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
}
else {
const err532 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
var _valid43 = _errs651 === errors;
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
const err533 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf",keyword:"oneOf",params:{passingSchemas: passing43},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
else {
errors = _errs648;
if(vErrors !== null){
if(_errs648){
vErrors.length = _errs648;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err534 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
if(data.profiles !== undefined){
let data196 = data.profiles;
if(Array.isArray(data196)){
const len24 = data196.length;
for(let i26=0; i26<len24; i26++){
let data197 = data196[i26];
if(data197 && typeof data197 == "object" && !Array.isArray(data197)){
if(data197.id === undefined){
const err535 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
if(data197.users === undefined){
const err536 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
if(data197.rules === undefined){
const err537 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
for(const key88 in data197){
if(!((((key88 === "id") || (key88 === "description")) || (key88 === "users")) || (key88 === "rules"))){
const err538 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key88},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
}
if(data197.id !== undefined){
let data198 = data197.id;
if(typeof data198 === "string"){
if(!pattern8.test(data198)){
const err539 = {instancePath:instancePath+"/profiles/" + i26+"/id",schemaPath:"#/properties/profiles/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
else {
const err540 = {instancePath:instancePath+"/profiles/" + i26+"/id",schemaPath:"#/properties/profiles/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
}
if(data197.description !== undefined){
if(typeof data197.description !== "string"){
const err541 = {instancePath:instancePath+"/profiles/" + i26+"/description",schemaPath:"#/properties/profiles/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
if(data197.users !== undefined){
let data200 = data197.users;
if(Array.isArray(data200)){
if(data200.length < 1){
const err542 = {instancePath:instancePath+"/profiles/" + i26+"/users",schemaPath:"#/properties/profiles/items/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
const len25 = data200.length;
for(let i27=0; i27<len25; i27++){
let data201 = data200[i27];
if(typeof data201 === "string"){
if(func4(data201) < 1){
const err543 = {instancePath:instancePath+"/profiles/" + i26+"/users/" + i27,schemaPath:"#/properties/profiles/items/properties/users/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
}
else {
const err544 = {instancePath:instancePath+"/profiles/" + i26+"/users/" + i27,schemaPath:"#/properties/profiles/items/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
}
else {
const err545 = {instancePath:instancePath+"/profiles/" + i26+"/users",schemaPath:"#/properties/profiles/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
}
if(data197.rules !== undefined){
let data202 = data197.rules;
if(data202 && typeof data202 == "object" && !Array.isArray(data202)){
for(const key89 in data202){
if(!((func2.call(schema11.properties.profiles.items.properties.rules.properties, key89)) || (pattern9.test(key89)))){
const err546 = {instancePath:instancePath+"/profiles/" + i26+"/rules",schemaPath:"#/properties/profiles/items/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key89},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
}
if(data202.privileged !== undefined){
let data203 = data202.privileged;
const _errs676 = errors;
let valid165 = false;
let passing44 = null;
const _errs677 = errors;
if(typeof data203 !== "string"){
const err547 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
if(!(((data203 === "deny") || (data203 === "warn")) || (data203 === "off"))){
const err548 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.privileged.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
var _valid44 = _errs677 === errors;
if(_valid44){
valid165 = true;
passing44 = 0;
}
const _errs679 = errors;
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.action === undefined){
const err549 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
for(const key90 in data203){
if(!((key90 === "action") || (key90 === "options"))){
const err550 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key90},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
if(data203.action !== undefined){
let data204 = data203.action;
if(typeof data204 !== "string"){
const err551 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
if(!(((data204 === "deny") || (data204 === "warn")) || (data204 === "off"))){
const err552 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.privileged.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
if(data203.options !== undefined){
let data205 = data203.options;
if(data205 && typeof data205 == "object" && !Array.isArray(data205)){
for(const key91 in data205){
const err553 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key91},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
}
else {
const err554 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
}
else {
const err555 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
var _valid44 = _errs679 === errors;
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
const err556 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf",keyword:"oneOf",params:{passingSchemas: passing44},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
else {
errors = _errs676;
if(vErrors !== null){
if(_errs676){
vErrors.length = _errs676;
}
else {
vErrors = null;
}
}
}
}
if(data202["host-network"] !== undefined){
let data206 = data202["host-network"];
const _errs688 = errors;
let valid167 = false;
let passing45 = null;
const _errs689 = errors;
if(typeof data206 !== "string"){
const err557 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
if(!(((data206 === "deny") || (data206 === "warn")) || (data206 === "off"))){
const err558 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-network"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
var _valid45 = _errs689 === errors;
if(_valid45){
valid167 = true;
passing45 = 0;
}
const _errs691 = errors;
if(data206 && typeof data206 == "object" && !Array.isArray(data206)){
if(data206.action === undefined){
const err559 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
for(const key92 in data206){
if(!((key92 === "action") || (key92 === "options"))){
const err560 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key92},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
if(data206.action !== undefined){
let data207 = data206.action;
if(typeof data207 !== "string"){
const err561 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
if(!(((data207 === "deny") || (data207 === "warn")) || (data207 === "off"))){
const err562 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-network"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
if(data206.options !== undefined){
let data208 = data206.options;
if(data208 && typeof data208 == "object" && !Array.isArray(data208)){
for(const key93 in data208){
if(!((key93 === "allowContainerMode") || (key93 === "hostNetworkIds"))){
const err563 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key93},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
if(data208.allowContainerMode !== undefined){
if(typeof data208.allowContainerMode !== "boolean"){
const err564 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
if(data208.hostNetworkIds !== undefined){
let data210 = data208.hostNetworkIds;
if(Array.isArray(data210)){
const len26 = data210.length;
for(let i28=0; i28<len26; i28++){
let data211 = data210[i28];
if(typeof data211 === "string"){
if(!pattern0.test(data211)){
const err565 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options/hostNetworkIds/" + i28,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-z]+$"},message:"must match pattern \""+"^[0-9a-z]+$"+"\""};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
else {
const err566 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options/hostNetworkIds/" + i28,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
}
else {
const err567 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options/hostNetworkIds",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err568 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err569 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
var _valid45 = _errs691 === errors;
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
const err570 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf",keyword:"oneOf",params:{passingSchemas: passing45},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
else {
errors = _errs688;
if(vErrors !== null){
if(_errs688){
vErrors.length = _errs688;
}
else {
vErrors = null;
}
}
}
}
if(data202["seccomp-unconfined"] !== undefined){
let data212 = data202["seccomp-unconfined"];
const _errs706 = errors;
let valid172 = false;
let passing46 = null;
const _errs707 = errors;
if(typeof data212 !== "string"){
const err571 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
if(!(((data212 === "deny") || (data212 === "warn")) || (data212 === "off"))){
const err572 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["seccomp-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
var _valid46 = _errs707 === errors;
if(_valid46){
valid172 = true;
passing46 = 0;
}
const _errs709 = errors;
if(data212 && typeof data212 == "object" && !Array.isArray(data212)){
if(data212.action === undefined){
const err573 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
for(const key94 in data212){
if(!((key94 === "action") || (key94 === "options"))){
const err574 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key94},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
if(data212.action !== undefined){
let data213 = data212.action;
if(typeof data213 !== "string"){
const err575 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
if(!(((data213 === "deny") || (data213 === "warn")) || (data213 === "off"))){
const err576 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["seccomp-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
}
if(data212.options !== undefined){
let data214 = data212.options;
if(data214 && typeof data214 == "object" && !Array.isArray(data214)){
for(const key95 in data214){
if(!((key95 === "denyAllowByDefault") || (key95 === "allowedSyscalls"))){
const err577 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key95},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
if(data214.denyAllowByDefault !== undefined){
if(typeof data214.denyAllowByDefault !== "boolean"){
const err578 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/denyAllowByDefault",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/denyAllowByDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
if(data214.allowedSyscalls !== undefined){
let data216 = data214.allowedSyscalls;
if(Array.isArray(data216)){
const len27 = data216.length;
for(let i29=0; i29<len27; i29++){
let data217 = data216[i29];
if(typeof data217 === "string"){
if(!pattern1.test(data217)){
const err579 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/allowedSyscalls/" + i29,schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+$"},message:"must match pattern \""+"^[a-z0-9_]+$"+"\""};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
}
else {
const err580 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/allowedSyscalls/" + i29,schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
let i30 = data216.length;
let j2;
if(i30 > 1){
const indices2 = {};
for(;i30--;){
let item2 = data216[i30];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err581 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/allowedSyscalls",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/uniqueItems",keyword:"uniqueItems",params:{i: i30, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i30+" are identical)"};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
break;
}
indices2[item2] = i30;
}
}
}
else {
const err582 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options/allowedSyscalls",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
}
}
else {
const err583 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err584 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
var _valid46 = _errs709 === errors;
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
const err585 = {instancePath:instancePath+"/profiles/" + i26+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing46},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
else {
errors = _errs706;
if(vErrors !== null){
if(_errs706){
vErrors.length = _errs706;
}
else {
vErrors = null;
}
}
}
}
if(data202["apparmor-unconfined"] !== undefined){
let data218 = data202["apparmor-unconfined"];
const _errs724 = errors;
let valid178 = false;
let passing47 = null;
const _errs725 = errors;
if(typeof data218 !== "string"){
const err586 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
if(!(((data218 === "deny") || (data218 === "warn")) || (data218 === "off"))){
const err587 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["apparmor-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
var _valid47 = _errs725 === errors;
if(_valid47){
valid178 = true;
passing47 = 0;
}
const _errs727 = errors;
if(data218 && typeof data218 == "object" && !Array.isArray(data218)){
if(data218.action === undefined){
const err588 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
for(const key96 in data218){
if(!((key96 === "action") || (key96 === "options"))){
const err589 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key96},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
}
if(data218.action !== undefined){
let data219 = data218.action;
if(typeof data219 !== "string"){
const err590 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
if(!(((data219 === "deny") || (data219 === "warn")) || (data219 === "off"))){
const err591 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["apparmor-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
if(data218.options !== undefined){
let data220 = data218.options;
if(data220 && typeof data220 == "object" && !Array.isArray(data220)){
for(const key97 in data220){
if(!(key97 === "allowedProfiles")){
const err592 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key97},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
}
if(data220.allowedProfiles !== undefined){
let data221 = data220.allowedProfiles;
if(Array.isArray(data221)){
const len28 = data221.length;
for(let i31=0; i31<len28; i31++){
let data222 = data221[i31];
if(typeof data222 === "string"){
if(func4(data222) < 1){
const err593 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options/allowedProfiles/" + i31,schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/properties/allowedProfiles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
}
else {
const err594 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options/allowedProfiles/" + i31,schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/properties/allowedProfiles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
}
}
else {
const err595 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options/allowedProfiles",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/properties/allowedProfiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err596 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err597 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
var _valid47 = _errs727 === errors;
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
const err598 = {instancePath:instancePath+"/profiles/" + i26+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing47},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
else {
errors = _errs724;
if(vErrors !== null){
if(_errs724){
vErrors.length = _errs724;
}
else {
vErrors = null;
}
}
}
}
if(data202["memory-limit"] !== undefined){
let data223 = data202["memory-limit"];
const _errs740 = errors;
let valid183 = false;
let passing48 = null;
const _errs741 = errors;
if(typeof data223 !== "string"){
const err599 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
if(!(((data223 === "deny") || (data223 === "warn")) || (data223 === "off"))){
const err600 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["memory-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
var _valid48 = _errs741 === errors;
if(_valid48){
valid183 = true;
passing48 = 0;
}
const _errs743 = errors;
if(data223 && typeof data223 == "object" && !Array.isArray(data223)){
if(data223.action === undefined){
const err601 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
for(const key98 in data223){
if(!((key98 === "action") || (key98 === "options"))){
const err602 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key98},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
}
if(data223.action !== undefined){
let data224 = data223.action;
if(typeof data224 !== "string"){
const err603 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
if(!(((data224 === "deny") || (data224 === "warn")) || (data224 === "off"))){
const err604 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["memory-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
if(data223.options !== undefined){
let data225 = data223.options;
if(data225 && typeof data225 == "object" && !Array.isArray(data225)){
for(const key99 in data225){
if(!(key99 === "max")){
const err605 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key99},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
}
if(data225.max !== undefined){
let data226 = data225.max;
const _errs752 = errors;
let valid186 = false;
let passing49 = null;
const _errs753 = errors;
if(data226 !== null){
const err606 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
var _valid49 = _errs753 === errors;
if(_valid49){
valid186 = true;
passing49 = 0;
}
const _errs755 = errors;
if(!(((typeof data226 == "number") && (!(data226 % 1) && !isNaN(data226))) && (isFinite(data226)))){
const err607 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
if((typeof data226 == "number") && (isFinite(data226))){
if(data226 < 1 || isNaN(data226)){
const err608 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
}
var _valid49 = _errs755 === errors;
if(_valid49 && valid186){
valid186 = false;
passing49 = [passing49, 1];
}
else {
if(_valid49){
valid186 = true;
passing49 = 1;
}
const _errs757 = errors;
if(typeof data226 === "string"){
if(!pattern2.test(data226)){
const err609 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"+"\""};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
}
else {
const err610 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
var _valid49 = _errs757 === errors;
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
const err611 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf",keyword:"oneOf",params:{passingSchemas: passing49},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
else {
errors = _errs752;
if(vErrors !== null){
if(_errs752){
vErrors.length = _errs752;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err612 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
}
}
else {
const err613 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
var _valid48 = _errs743 === errors;
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
const err614 = {instancePath:instancePath+"/profiles/" + i26+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing48},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
else {
errors = _errs740;
if(vErrors !== null){
if(_errs740){
vErrors.length = _errs740;
}
else {
vErrors = null;
}
}
}
}
if(data202["restart-policy"] !== undefined){
let data227 = data202["restart-policy"];
const _errs760 = errors;
let valid187 = false;
let passing50 = null;
const _errs761 = errors;
if(typeof data227 !== "string"){
const err615 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
if(!(((data227 === "deny") || (data227 === "warn")) || (data227 === "off"))){
const err616 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["restart-policy"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
var _valid50 = _errs761 === errors;
if(_valid50){
valid187 = true;
passing50 = 0;
}
const _errs763 = errors;
if(data227 && typeof data227 == "object" && !Array.isArray(data227)){
if(data227.action === undefined){
const err617 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
for(const key100 in data227){
if(!((key100 === "action") || (key100 === "options"))){
const err618 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key100},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
}
if(data227.action !== undefined){
let data228 = data227.action;
if(typeof data228 !== "string"){
const err619 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
if(!(((data228 === "deny") || (data228 === "warn")) || (data228 === "off"))){
const err620 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["restart-policy"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
}
if(data227.options !== undefined){
let data229 = data227.options;
if(data229 && typeof data229 == "object" && !Array.isArray(data229)){
for(const key101 in data229){
if(!((key101 === "maxRetries") || (key101 === "denySwarmDefault"))){
const err621 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key101},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
if(data229.maxRetries !== undefined){
let data230 = data229.maxRetries;
if(!(((typeof data230 == "number") && (!(data230 % 1) && !isNaN(data230))) && (isFinite(data230)))){
const err622 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
if((typeof data230 == "number") && (isFinite(data230))){
if(data230 > 1000 || isNaN(data230)){
const err623 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
if(data230 < 1 || isNaN(data230)){
const err624 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
}
}
if(data229.denySwarmDefault !== undefined){
if(typeof data229.denySwarmDefault !== "boolean"){
const err625 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options/denySwarmDefault",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/denySwarmDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
else {
const err626 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err627 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
var _valid50 = _errs763 === errors;
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
const err628 = {instancePath:instancePath+"/profiles/" + i26+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing50},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
else {
errors = _errs760;
if(vErrors !== null){
if(_errs760){
vErrors.length = _errs760;
}
else {
vErrors = null;
}
}
}
}
if(data202["host-pid"] !== undefined){
let data232 = data202["host-pid"];
const _errs776 = errors;
let valid190 = false;
let passing51 = null;
const _errs777 = errors;
if(typeof data232 !== "string"){
const err629 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
if(!(((data232 === "deny") || (data232 === "warn")) || (data232 === "off"))){
const err630 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-pid"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
var _valid51 = _errs777 === errors;
if(_valid51){
valid190 = true;
passing51 = 0;
}
const _errs779 = errors;
if(data232 && typeof data232 == "object" && !Array.isArray(data232)){
if(data232.action === undefined){
const err631 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
for(const key102 in data232){
if(!((key102 === "action") || (key102 === "options"))){
const err632 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key102},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
}
if(data232.action !== undefined){
let data233 = data232.action;
if(typeof data233 !== "string"){
const err633 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
if(!(((data233 === "deny") || (data233 === "warn")) || (data233 === "off"))){
const err634 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-pid"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
}
if(data232.options !== undefined){
let data234 = data232.options;
if(data234 && typeof data234 == "object" && !Array.isArray(data234)){
for(const key103 in data234){
if(!(key103 === "allowContainerMode")){
const err635 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key103},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
}
if(data234.allowContainerMode !== undefined){
if(typeof data234.allowContainerMode !== "boolean"){
const err636 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
}
}
else {
const err637 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err638 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
var _valid51 = _errs779 === errors;
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
const err639 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf",keyword:"oneOf",params:{passingSchemas: passing51},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
else {
errors = _errs776;
if(vErrors !== null){
if(_errs776){
vErrors.length = _errs776;
}
else {
vErrors = null;
}
}
}
}
if(data202["host-ipc"] !== undefined){
let data236 = data202["host-ipc"];
const _errs790 = errors;
let valid193 = false;
let passing52 = null;
const _errs791 = errors;
if(typeof data236 !== "string"){
const err640 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
if(!(((data236 === "deny") || (data236 === "warn")) || (data236 === "off"))){
const err641 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-ipc"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
var _valid52 = _errs791 === errors;
if(_valid52){
valid193 = true;
passing52 = 0;
}
const _errs793 = errors;
if(data236 && typeof data236 == "object" && !Array.isArray(data236)){
if(data236.action === undefined){
const err642 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
for(const key104 in data236){
if(!((key104 === "action") || (key104 === "options"))){
const err643 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key104},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
}
if(data236.action !== undefined){
let data237 = data236.action;
if(typeof data237 !== "string"){
const err644 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
if(!(((data237 === "deny") || (data237 === "warn")) || (data237 === "off"))){
const err645 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-ipc"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
}
if(data236.options !== undefined){
let data238 = data236.options;
if(data238 && typeof data238 == "object" && !Array.isArray(data238)){
for(const key105 in data238){
if(!(key105 === "allowContainerMode")){
const err646 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key105},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
}
if(data238.allowContainerMode !== undefined){
if(typeof data238.allowContainerMode !== "boolean"){
const err647 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
}
}
else {
const err648 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err649 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
var _valid52 = _errs793 === errors;
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
const err650 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf",keyword:"oneOf",params:{passingSchemas: passing52},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
else {
errors = _errs790;
if(vErrors !== null){
if(_errs790){
vErrors.length = _errs790;
}
else {
vErrors = null;
}
}
}
}
if(data202["host-uts"] !== undefined){
let data240 = data202["host-uts"];
const _errs804 = errors;
let valid196 = false;
let passing53 = null;
const _errs805 = errors;
if(typeof data240 !== "string"){
const err651 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
if(!(((data240 === "deny") || (data240 === "warn")) || (data240 === "off"))){
const err652 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-uts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
var _valid53 = _errs805 === errors;
if(_valid53){
valid196 = true;
passing53 = 0;
}
const _errs807 = errors;
if(data240 && typeof data240 == "object" && !Array.isArray(data240)){
if(data240.action === undefined){
const err653 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
for(const key106 in data240){
if(!((key106 === "action") || (key106 === "options"))){
const err654 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key106},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
}
if(data240.action !== undefined){
let data241 = data240.action;
if(typeof data241 !== "string"){
const err655 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
if(!(((data241 === "deny") || (data241 === "warn")) || (data241 === "off"))){
const err656 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-uts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
}
if(data240.options !== undefined){
let data242 = data240.options;
if(data242 && typeof data242 == "object" && !Array.isArray(data242)){
for(const key107 in data242){
const err657 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key107},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
}
else {
const err658 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
}
}
else {
const err659 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
var _valid53 = _errs807 === errors;
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
const err660 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf",keyword:"oneOf",params:{passingSchemas: passing53},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
else {
errors = _errs804;
if(vErrors !== null){
if(_errs804){
vErrors.length = _errs804;
}
else {
vErrors = null;
}
}
}
}
if(data202["host-userns"] !== undefined){
let data243 = data202["host-userns"];
const _errs816 = errors;
let valid198 = false;
let passing54 = null;
const _errs817 = errors;
if(typeof data243 !== "string"){
const err661 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
if(!(((data243 === "deny") || (data243 === "warn")) || (data243 === "off"))){
const err662 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-userns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
var _valid54 = _errs817 === errors;
if(_valid54){
valid198 = true;
passing54 = 0;
}
const _errs819 = errors;
if(data243 && typeof data243 == "object" && !Array.isArray(data243)){
if(data243.action === undefined){
const err663 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
for(const key108 in data243){
if(!((key108 === "action") || (key108 === "options"))){
const err664 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key108},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
}
if(data243.action !== undefined){
let data244 = data243.action;
if(typeof data244 !== "string"){
const err665 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
if(!(((data244 === "deny") || (data244 === "warn")) || (data244 === "off"))){
const err666 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-userns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
}
if(data243.options !== undefined){
let data245 = data243.options;
if(data245 && typeof data245 == "object" && !Array.isArray(data245)){
for(const key109 in data245){
const err667 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key109},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
}
else {
const err668 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
}
}
else {
const err669 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
var _valid54 = _errs819 === errors;
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
const err670 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf",keyword:"oneOf",params:{passingSchemas: passing54},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
else {
errors = _errs816;
if(vErrors !== null){
if(_errs816){
vErrors.length = _errs816;
}
else {
vErrors = null;
}
}
}
}
if(data202["host-cgroupns"] !== undefined){
let data246 = data202["host-cgroupns"];
const _errs828 = errors;
let valid200 = false;
let passing55 = null;
const _errs829 = errors;
if(typeof data246 !== "string"){
const err671 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
if(!(((data246 === "deny") || (data246 === "warn")) || (data246 === "off"))){
const err672 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-cgroupns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
var _valid55 = _errs829 === errors;
if(_valid55){
valid200 = true;
passing55 = 0;
}
const _errs831 = errors;
if(data246 && typeof data246 == "object" && !Array.isArray(data246)){
if(data246.action === undefined){
const err673 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
for(const key110 in data246){
if(!((key110 === "action") || (key110 === "options"))){
const err674 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key110},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
}
}
if(data246.action !== undefined){
let data247 = data246.action;
if(typeof data247 !== "string"){
const err675 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err675];
}
else {
vErrors.push(err675);
}
errors++;
}
if(!(((data247 === "deny") || (data247 === "warn")) || (data247 === "off"))){
const err676 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-cgroupns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err676];
}
else {
vErrors.push(err676);
}
errors++;
}
}
if(data246.options !== undefined){
let data248 = data246.options;
if(data248 && typeof data248 == "object" && !Array.isArray(data248)){
for(const key111 in data248){
const err677 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key111},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
}
else {
const err678 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
}
}
else {
const err679 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
var _valid55 = _errs831 === errors;
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
const err680 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf",keyword:"oneOf",params:{passingSchemas: passing55},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
else {
errors = _errs828;
if(vErrors !== null){
if(_errs828){
vErrors.length = _errs828;
}
else {
vErrors = null;
}
}
}
}
if(data202.capabilities !== undefined){
let data249 = data202.capabilities;
const _errs840 = errors;
let valid202 = false;
let passing56 = null;
const _errs841 = errors;
if(typeof data249 !== "string"){
const err681 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err681];
}
else {
vErrors.push(err681);
}
errors++;
}
if(!(((data249 === "deny") || (data249 === "warn")) || (data249 === "off"))){
const err682 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.capabilities.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
var _valid56 = _errs841 === errors;
if(_valid56){
valid202 = true;
passing56 = 0;
}
const _errs843 = errors;
if(data249 && typeof data249 == "object" && !Array.isArray(data249)){
if(data249.action === undefined){
const err683 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err683];
}
else {
vErrors.push(err683);
}
errors++;
}
for(const key112 in data249){
if(!((key112 === "action") || (key112 === "options"))){
const err684 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key112},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
}
if(data249.action !== undefined){
let data250 = data249.action;
if(typeof data250 !== "string"){
const err685 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
if(!(((data250 === "deny") || (data250 === "warn")) || (data250 === "off"))){
const err686 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.capabilities.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
}
if(data249.options !== undefined){
let data251 = data249.options;
if(data251 && typeof data251 == "object" && !Array.isArray(data251)){
for(const key113 in data251){
if(!(key113 === "allowed")){
const err687 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key113},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
}
if(data251.allowed !== undefined){
let data252 = data251.allowed;
if(Array.isArray(data252)){
const len29 = data252.length;
for(let i32=0; i32<len29; i32++){
let data253 = data252[i32];
if(typeof data253 === "string"){
if(func4(data253) < 1){
const err688 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options/allowed/" + i32,schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
}
else {
const err689 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options/allowed/" + i32,schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err689];
}
else {
vErrors.push(err689);
}
errors++;
}
}
let i33 = data252.length;
let j3;
if(i33 > 1){
const indices3 = {};
for(;i33--;){
let item3 = data252[i33];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err690 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i33+" are identical)"};
if(vErrors === null){
vErrors = [err690];
}
else {
vErrors.push(err690);
}
errors++;
break;
}
indices3[item3] = i33;
}
}
}
else {
const err691 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
}
}
}
else {
const err692 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err693 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err693];
}
else {
vErrors.push(err693);
}
errors++;
}
var _valid56 = _errs843 === errors;
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
const err694 = {instancePath:instancePath+"/profiles/" + i26+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf",keyword:"oneOf",params:{passingSchemas: passing56},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
else {
errors = _errs840;
if(vErrors !== null){
if(_errs840){
vErrors.length = _errs840;
}
else {
vErrors = null;
}
}
}
}
if(data202["sensitive-mounts"] !== undefined){
let data254 = data202["sensitive-mounts"];
const _errs856 = errors;
let valid208 = false;
let passing57 = null;
const _errs857 = errors;
if(typeof data254 !== "string"){
const err695 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
if(!(((data254 === "deny") || (data254 === "warn")) || (data254 === "off"))){
const err696 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
}
var _valid57 = _errs857 === errors;
if(_valid57){
valid208 = true;
passing57 = 0;
}
const _errs859 = errors;
if(data254 && typeof data254 == "object" && !Array.isArray(data254)){
if(data254.action === undefined){
const err697 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
for(const key114 in data254){
if(!((key114 === "action") || (key114 === "options"))){
const err698 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key114},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
}
if(data254.action !== undefined){
let data255 = data254.action;
if(typeof data255 !== "string"){
const err699 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
if(!(((data255 === "deny") || (data255 === "warn")) || (data255 === "off"))){
const err700 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
}
if(data254.options !== undefined){
let data256 = data254.options;
if(data256 && typeof data256 == "object" && !Array.isArray(data256)){
for(const key115 in data256){
if(!(func2.call(schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.options.properties, key115))){
const err701 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key115},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err701];
}
else {
vErrors.push(err701);
}
errors++;
}
}
if(data256.dataRoots !== undefined){
let data257 = data256.dataRoots;
if(Array.isArray(data257)){
const len30 = data257.length;
for(let i34=0; i34<len30; i34++){
let data258 = data257[i34];
if(typeof data258 === "string"){
if(!pattern3.test(data258)){
const err702 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/dataRoots/" + i34,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
}
errors++;
}
}
else {
const err703 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/dataRoots/" + i34,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err703];
}
else {
vErrors.push(err703);
}
errors++;
}
}
}
else {
const err704 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/dataRoots",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
}
if(data256.deny !== undefined){
let data259 = data256.deny;
if(Array.isArray(data259)){
const len31 = data259.length;
for(let i35=0; i35<len31; i35++){
let data260 = data259[i35];
if(typeof data260 === "string"){
if(func4(data260) < 1){
const err705 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/deny/" + i35,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
}
else {
const err706 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/deny/" + i35,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err706];
}
else {
vErrors.push(err706);
}
errors++;
}
}
}
else {
const err707 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/deny",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err707];
}
else {
vErrors.push(err707);
}
errors++;
}
}
if(data256.allow !== undefined){
let data261 = data256.allow;
if(Array.isArray(data261)){
const len32 = data261.length;
for(let i36=0; i36<len32; i36++){
let data262 = data261[i36];
if(typeof data262 === "string"){
if(func4(data262) < 1){
const err708 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allow/" + i36,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err708];
}
else {
vErrors.push(err708);
}
errors++;
}
}
else {
const err709 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allow/" + i36,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err709];
}
else {
vErrors.push(err709);
}
errors++;
}
}
}
else {
const err710 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allow",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
}
if(data256.allowReadOnly !== undefined){
let data263 = data256.allowReadOnly;
if(Array.isArray(data263)){
const len33 = data263.length;
for(let i37=0; i37<len33; i37++){
let data264 = data263[i37];
if(typeof data264 === "string"){
if(func4(data264) < 1){
const err711 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allowReadOnly/" + i37,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
}
}
else {
const err712 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allowReadOnly/" + i37,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
}
}
else {
const err713 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allowReadOnly",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
}
if(data256.volumeTypes !== undefined){
let data265 = data256.volumeTypes;
if(Array.isArray(data265)){
const len34 = data265.length;
for(let i38=0; i38<len34; i38++){
let data266 = data265[i38];
if(typeof data266 === "string"){
if(func4(data266) < 1){
const err714 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/volumeTypes/" + i38,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
}
else {
const err715 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/volumeTypes/" + i38,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err715];
}
else {
vErrors.push(err715);
}
errors++;
}
}
}
else {
const err716 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/volumeTypes",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
}
if(data256.blockDevices !== undefined){
let data267 = data256.blockDevices;
if(Array.isArray(data267)){
const len35 = data267.length;
for(let i39=0; i39<len35; i39++){
let data268 = data267[i39];
if(typeof data268 === "string"){
if(!pattern3.test(data268)){
const err717 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/blockDevices/" + i39,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
}
else {
const err718 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/blockDevices/" + i39,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
}
}
else {
const err719 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/blockDevices",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
}
if(data256.allowVolumesFrom !== undefined){
if(typeof data256.allowVolumesFrom !== "boolean"){
const err720 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/allowVolumesFrom",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowVolumesFrom/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err720];
}
else {
vErrors.push(err720);
}
errors++;
}
}
if(data256.strict !== undefined){
if(typeof data256.strict !== "boolean"){
const err721 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/strict",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
}
if(data256.strictPaths !== undefined){
let data271 = data256.strictPaths;
if(Array.isArray(data271)){
const len36 = data271.length;
for(let i40=0; i40<len36; i40++){
let data272 = data271[i40];
if(typeof data272 === "string"){
if(!pattern5.test(data272)){
const err722 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/strictPaths/" + i40,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/pattern",keyword:"pattern",params:{pattern: "^/(?!.*\\*\\*)"},message:"must match pattern \""+"^/(?!.*\\*\\*)"+"\""};
if(vErrors === null){
vErrors = [err722];
}
else {
vErrors.push(err722);
}
errors++;
}
}
else {
const err723 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/strictPaths/" + i40,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
}
}
else {
const err724 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options/strictPaths",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err725 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err725];
}
else {
vErrors.push(err725);
}
errors++;
}
}
}
else {
const err726 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err726];
}
else {
vErrors.push(err726);
}
errors++;
}
var _valid57 = _errs859 === errors;
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
const err727 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf",keyword:"oneOf",params:{passingSchemas: passing57},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err727];
}
else {
vErrors.push(err727);
}
errors++;
}
else {
errors = _errs856;
if(vErrors !== null){
if(_errs856){
vErrors.length = _errs856;
}
else {
vErrors = null;
}
}
}
}
if(data202["docker-socket"] !== undefined){
let data273 = data202["docker-socket"];
const _errs900 = errors;
let valid225 = false;
let passing58 = null;
const _errs901 = errors;
if(typeof data273 !== "string"){
const err728 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
if(!(((data273 === "deny") || (data273 === "warn")) || (data273 === "off"))){
const err729 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["docker-socket"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
var _valid58 = _errs901 === errors;
if(_valid58){
valid225 = true;
passing58 = 0;
}
const _errs903 = errors;
if(data273 && typeof data273 == "object" && !Array.isArray(data273)){
if(data273.action === undefined){
const err730 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
for(const key116 in data273){
if(!((key116 === "action") || (key116 === "options"))){
const err731 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key116},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
}
if(data273.action !== undefined){
let data274 = data273.action;
if(typeof data274 !== "string"){
const err732 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
if(!(((data274 === "deny") || (data274 === "warn")) || (data274 === "off"))){
const err733 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["docker-socket"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
}
if(data273.options !== undefined){
let data275 = data273.options;
if(data275 && typeof data275 == "object" && !Array.isArray(data275)){
for(const key117 in data275){
if(!(key117 === "sockets")){
const err734 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key117},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
}
if(data275.sockets !== undefined){
let data276 = data275.sockets;
if(Array.isArray(data276)){
const len37 = data276.length;
for(let i41=0; i41<len37; i41++){
let data277 = data276[i41];
if(typeof data277 === "string"){
if(!pattern3.test(data277)){
const err735 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options/sockets/" + i41,schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err735];
}
else {
vErrors.push(err735);
}
errors++;
}
}
else {
const err736 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options/sockets/" + i41,schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
}
}
else {
const err737 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options/sockets",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err737];
}
else {
vErrors.push(err737);
}
errors++;
}
}
}
else {
const err738 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err739 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
var _valid58 = _errs903 === errors;
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
const err740 = {instancePath:instancePath+"/profiles/" + i26+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf",keyword:"oneOf",params:{passingSchemas: passing58},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
else {
errors = _errs900;
if(vErrors !== null){
if(_errs900){
vErrors.length = _errs900;
}
else {
vErrors = null;
}
}
}
}
if(data202["mount-propagation"] !== undefined){
let data278 = data202["mount-propagation"];
const _errs916 = errors;
let valid230 = false;
let passing59 = null;
const _errs917 = errors;
if(typeof data278 !== "string"){
const err741 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
}
if(!(((data278 === "deny") || (data278 === "warn")) || (data278 === "off"))){
const err742 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["mount-propagation"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
var _valid59 = _errs917 === errors;
if(_valid59){
valid230 = true;
passing59 = 0;
}
const _errs919 = errors;
if(data278 && typeof data278 == "object" && !Array.isArray(data278)){
if(data278.action === undefined){
const err743 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
for(const key118 in data278){
if(!((key118 === "action") || (key118 === "options"))){
const err744 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key118},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
}
if(data278.action !== undefined){
let data279 = data278.action;
if(typeof data279 !== "string"){
const err745 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
if(!(((data279 === "deny") || (data279 === "warn")) || (data279 === "off"))){
const err746 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["mount-propagation"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
}
if(data278.options !== undefined){
let data280 = data278.options;
if(data280 && typeof data280 == "object" && !Array.isArray(data280)){
for(const key119 in data280){
const err747 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key119},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
}
}
else {
const err748 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
}
}
else {
const err749 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
var _valid59 = _errs919 === errors;
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
const err750 = {instancePath:instancePath+"/profiles/" + i26+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf",keyword:"oneOf",params:{passingSchemas: passing59},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err750];
}
else {
vErrors.push(err750);
}
errors++;
}
else {
errors = _errs916;
if(vErrors !== null){
if(_errs916){
vErrors.length = _errs916;
}
else {
vErrors = null;
}
}
}
}
if(data202["host-devices"] !== undefined){
let data281 = data202["host-devices"];
const _errs928 = errors;
let valid232 = false;
let passing60 = null;
const _errs929 = errors;
if(typeof data281 !== "string"){
const err751 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
if(!(((data281 === "deny") || (data281 === "warn")) || (data281 === "off"))){
const err752 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-devices"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err752];
}
else {
vErrors.push(err752);
}
errors++;
}
var _valid60 = _errs929 === errors;
if(_valid60){
valid232 = true;
passing60 = 0;
}
const _errs931 = errors;
if(data281 && typeof data281 == "object" && !Array.isArray(data281)){
if(data281.action === undefined){
const err753 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
for(const key120 in data281){
if(!((key120 === "action") || (key120 === "options"))){
const err754 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key120},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err754];
}
else {
vErrors.push(err754);
}
errors++;
}
}
if(data281.action !== undefined){
let data282 = data281.action;
if(typeof data282 !== "string"){
const err755 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
if(!(((data282 === "deny") || (data282 === "warn")) || (data282 === "off"))){
const err756 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-devices"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
}
if(data281.options !== undefined){
let data283 = data281.options;
if(data283 && typeof data283 == "object" && !Array.isArray(data283)){
for(const key121 in data283){
if(!(((key121 === "allowedDevices") || (key121 === "allowCgroupRules")) || (key121 === "allowDeviceRequests"))){
const err757 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key121},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
}
if(data283.allowedDevices !== undefined){
let data284 = data283.allowedDevices;
if(Array.isArray(data284)){
const len38 = data284.length;
for(let i42=0; i42<len38; i42++){
let data285 = data284[i42];
if(typeof data285 === "string"){
if(func4(data285) < 1){
const err758 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowedDevices/" + i42,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
}
else {
const err759 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowedDevices/" + i42,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err759];
}
else {
vErrors.push(err759);
}
errors++;
}
}
}
else {
const err760 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowedDevices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err760];
}
else {
vErrors.push(err760);
}
errors++;
}
}
if(data283.allowCgroupRules !== undefined){
if(typeof data283.allowCgroupRules !== "boolean"){
const err761 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowCgroupRules",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowCgroupRules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err761];
}
else {
vErrors.push(err761);
}
errors++;
}
}
if(data283.allowDeviceRequests !== undefined){
if(typeof data283.allowDeviceRequests !== "boolean"){
const err762 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options/allowDeviceRequests",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowDeviceRequests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err762];
}
else {
vErrors.push(err762);
}
errors++;
}
}
}
else {
const err763 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
}
}
else {
const err764 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
var _valid60 = _errs931 === errors;
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
const err765 = {instancePath:instancePath+"/profiles/" + i26+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf",keyword:"oneOf",params:{passingSchemas: passing60},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
else {
errors = _errs928;
if(vErrors !== null){
if(_errs928){
vErrors.length = _errs928;
}
else {
vErrors = null;
}
}
}
}
if(data202["selinux-unconfined"] !== undefined){
let data288 = data202["selinux-unconfined"];
const _errs948 = errors;
let valid237 = false;
let passing61 = null;
const _errs949 = errors;
if(typeof data288 !== "string"){
const err766 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
}
if(!(((data288 === "deny") || (data288 === "warn")) || (data288 === "off"))){
const err767 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["selinux-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
var _valid61 = _errs949 === errors;
if(_valid61){
valid237 = true;
passing61 = 0;
}
const _errs951 = errors;
if(data288 && typeof data288 == "object" && !Array.isArray(data288)){
if(data288.action === undefined){
const err768 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
for(const key122 in data288){
if(!((key122 === "action") || (key122 === "options"))){
const err769 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key122},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
}
if(data288.action !== undefined){
let data289 = data288.action;
if(typeof data289 !== "string"){
const err770 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err770];
}
else {
vErrors.push(err770);
}
errors++;
}
if(!(((data289 === "deny") || (data289 === "warn")) || (data289 === "off"))){
const err771 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["selinux-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
}
if(data288.options !== undefined){
let data290 = data288.options;
if(data290 && typeof data290 == "object" && !Array.isArray(data290)){
for(const key123 in data290){
if(!(key123 === "deniedTypes")){
const err772 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key123},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err772];
}
else {
vErrors.push(err772);
}
errors++;
}
}
if(data290.deniedTypes !== undefined){
let data291 = data290.deniedTypes;
if(Array.isArray(data291)){
const len39 = data291.length;
for(let i43=0; i43<len39; i43++){
let data292 = data291[i43];
if(typeof data292 === "string"){
if(func4(data292) < 1){
const err773 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options/deniedTypes/" + i43,schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
}
else {
const err774 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options/deniedTypes/" + i43,schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err774];
}
else {
vErrors.push(err774);
}
errors++;
}
}
}
else {
const err775 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options/deniedTypes",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err775];
}
else {
vErrors.push(err775);
}
errors++;
}
}
}
else {
const err776 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err777 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
var _valid61 = _errs951 === errors;
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
const err778 = {instancePath:instancePath+"/profiles/" + i26+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing61},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
}
else {
errors = _errs948;
if(vErrors !== null){
if(_errs948){
vErrors.length = _errs948;
}
else {
vErrors = null;
}
}
}
}
if(data202["systempaths-unconfined"] !== undefined){
let data293 = data202["systempaths-unconfined"];
const _errs964 = errors;
let valid242 = false;
let passing62 = null;
const _errs965 = errors;
if(typeof data293 !== "string"){
const err779 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
if(!(((data293 === "deny") || (data293 === "warn")) || (data293 === "off"))){
const err780 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["systempaths-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
var _valid62 = _errs965 === errors;
if(_valid62){
valid242 = true;
passing62 = 0;
}
const _errs967 = errors;
if(data293 && typeof data293 == "object" && !Array.isArray(data293)){
if(data293.action === undefined){
const err781 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
}
for(const key124 in data293){
if(!((key124 === "action") || (key124 === "options"))){
const err782 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key124},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
}
if(data293.action !== undefined){
let data294 = data293.action;
if(typeof data294 !== "string"){
const err783 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
if(!(((data294 === "deny") || (data294 === "warn")) || (data294 === "off"))){
const err784 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["systempaths-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err784];
}
else {
vErrors.push(err784);
}
errors++;
}
}
if(data293.options !== undefined){
let data295 = data293.options;
if(data295 && typeof data295 == "object" && !Array.isArray(data295)){
for(const key125 in data295){
const err785 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key125},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err785];
}
else {
vErrors.push(err785);
}
errors++;
}
}
else {
const err786 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err786];
}
else {
vErrors.push(err786);
}
errors++;
}
}
}
else {
const err787 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err787];
}
else {
vErrors.push(err787);
}
errors++;
}
var _valid62 = _errs967 === errors;
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
const err788 = {instancePath:instancePath+"/profiles/" + i26+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing62},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err788];
}
else {
vErrors.push(err788);
}
errors++;
}
else {
errors = _errs964;
if(vErrors !== null){
if(_errs964){
vErrors.length = _errs964;
}
else {
vErrors = null;
}
}
}
}
if(data202["security-opt-allowlist"] !== undefined){
let data296 = data202["security-opt-allowlist"];
const _errs976 = errors;
let valid244 = false;
let passing63 = null;
const _errs977 = errors;
if(typeof data296 !== "string"){
const err789 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err789];
}
else {
vErrors.push(err789);
}
errors++;
}
if(!(((data296 === "deny") || (data296 === "warn")) || (data296 === "off"))){
const err790 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["security-opt-allowlist"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err790];
}
else {
vErrors.push(err790);
}
errors++;
}
var _valid63 = _errs977 === errors;
if(_valid63){
valid244 = true;
passing63 = 0;
}
const _errs979 = errors;
if(data296 && typeof data296 == "object" && !Array.isArray(data296)){
if(data296.action === undefined){
const err791 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err791];
}
else {
vErrors.push(err791);
}
errors++;
}
for(const key126 in data296){
if(!((key126 === "action") || (key126 === "options"))){
const err792 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key126},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err792];
}
else {
vErrors.push(err792);
}
errors++;
}
}
if(data296.action !== undefined){
let data297 = data296.action;
if(typeof data297 !== "string"){
const err793 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err793];
}
else {
vErrors.push(err793);
}
errors++;
}
if(!(((data297 === "deny") || (data297 === "warn")) || (data297 === "off"))){
const err794 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["security-opt-allowlist"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err794];
}
else {
vErrors.push(err794);
}
errors++;
}
}
if(data296.options !== undefined){
let data298 = data296.options;
if(data298 && typeof data298 == "object" && !Array.isArray(data298)){
for(const key127 in data298){
if(!(key127 === "allowedLabels")){
const err795 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key127},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err795];
}
else {
vErrors.push(err795);
}
errors++;
}
}
if(data298.allowedLabels !== undefined){
let data299 = data298.allowedLabels;
if(Array.isArray(data299)){
const len40 = data299.length;
for(let i44=0; i44<len40; i44++){
let data300 = data299[i44];
if(typeof data300 === "string"){
if(func4(data300) < 1){
const err796 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options/allowedLabels/" + i44,schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err796];
}
else {
vErrors.push(err796);
}
errors++;
}
}
else {
const err797 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options/allowedLabels/" + i44,schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err797];
}
else {
vErrors.push(err797);
}
errors++;
}
}
}
else {
const err798 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options/allowedLabels",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err798];
}
else {
vErrors.push(err798);
}
errors++;
}
}
}
else {
const err799 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err800 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err800];
}
else {
vErrors.push(err800);
}
errors++;
}
var _valid63 = _errs979 === errors;
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
const err801 = {instancePath:instancePath+"/profiles/" + i26+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf",keyword:"oneOf",params:{passingSchemas: passing63},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err801];
}
else {
vErrors.push(err801);
}
errors++;
}
else {
errors = _errs976;
if(vErrors !== null){
if(_errs976){
vErrors.length = _errs976;
}
else {
vErrors = null;
}
}
}
}
if(data202["build-options"] !== undefined){
let data301 = data202["build-options"];
const _errs992 = errors;
let valid249 = false;
let passing64 = null;
const _errs993 = errors;
if(typeof data301 !== "string"){
const err802 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err802];
}
else {
vErrors.push(err802);
}
errors++;
}
if(!(((data301 === "deny") || (data301 === "warn")) || (data301 === "off"))){
const err803 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["build-options"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err803];
}
else {
vErrors.push(err803);
}
errors++;
}
var _valid64 = _errs993 === errors;
if(_valid64){
valid249 = true;
passing64 = 0;
}
const _errs995 = errors;
if(data301 && typeof data301 == "object" && !Array.isArray(data301)){
if(data301.action === undefined){
const err804 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err804];
}
else {
vErrors.push(err804);
}
errors++;
}
for(const key128 in data301){
if(!((key128 === "action") || (key128 === "options"))){
const err805 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key128},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err805];
}
else {
vErrors.push(err805);
}
errors++;
}
}
if(data301.action !== undefined){
let data302 = data301.action;
if(typeof data302 !== "string"){
const err806 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err806];
}
else {
vErrors.push(err806);
}
errors++;
}
if(!(((data302 === "deny") || (data302 === "warn")) || (data302 === "off"))){
const err807 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["build-options"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err807];
}
else {
vErrors.push(err807);
}
errors++;
}
}
if(data301.options !== undefined){
let data303 = data301.options;
if(data303 && typeof data303 == "object" && !Array.isArray(data303)){
for(const key129 in data303){
const err808 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key129},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err808];
}
else {
vErrors.push(err808);
}
errors++;
}
}
else {
const err809 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err809];
}
else {
vErrors.push(err809);
}
errors++;
}
}
}
else {
const err810 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err810];
}
else {
vErrors.push(err810);
}
errors++;
}
var _valid64 = _errs995 === errors;
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
const err811 = {instancePath:instancePath+"/profiles/" + i26+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf",keyword:"oneOf",params:{passingSchemas: passing64},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err811];
}
else {
vErrors.push(err811);
}
errors++;
}
else {
errors = _errs992;
if(vErrors !== null){
if(_errs992){
vErrors.length = _errs992;
}
else {
vErrors = null;
}
}
}
}
if(data202["buildkit-entitlements"] !== undefined){
let data304 = data202["buildkit-entitlements"];
const _errs1004 = errors;
let valid251 = false;
let passing65 = null;
const _errs1005 = errors;
if(typeof data304 !== "string"){
const err812 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err812];
}
else {
vErrors.push(err812);
}
errors++;
}
if(!(((data304 === "deny") || (data304 === "warn")) || (data304 === "off"))){
const err813 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["buildkit-entitlements"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err813];
}
else {
vErrors.push(err813);
}
errors++;
}
var _valid65 = _errs1005 === errors;
if(_valid65){
valid251 = true;
passing65 = 0;
}
const _errs1007 = errors;
if(data304 && typeof data304 == "object" && !Array.isArray(data304)){
if(data304.action === undefined){
const err814 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err814];
}
else {
vErrors.push(err814);
}
errors++;
}
for(const key130 in data304){
if(!((key130 === "action") || (key130 === "options"))){
const err815 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key130},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err815];
}
else {
vErrors.push(err815);
}
errors++;
}
}
if(data304.action !== undefined){
let data305 = data304.action;
if(typeof data305 !== "string"){
const err816 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err816];
}
else {
vErrors.push(err816);
}
errors++;
}
if(!(((data305 === "deny") || (data305 === "warn")) || (data305 === "off"))){
const err817 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["buildkit-entitlements"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err817];
}
else {
vErrors.push(err817);
}
errors++;
}
}
if(data304.options !== undefined){
let data306 = data304.options;
if(data306 && typeof data306 == "object" && !Array.isArray(data306)){
for(const key131 in data306){
const err818 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key131},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err818];
}
else {
vErrors.push(err818);
}
errors++;
}
}
else {
const err819 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err819];
}
else {
vErrors.push(err819);
}
errors++;
}
}
}
else {
const err820 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err820];
}
else {
vErrors.push(err820);
}
errors++;
}
var _valid65 = _errs1007 === errors;
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
const err821 = {instancePath:instancePath+"/profiles/" + i26+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf",keyword:"oneOf",params:{passingSchemas: passing65},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err821];
}
else {
vErrors.push(err821);
}
errors++;
}
else {
errors = _errs1004;
if(vErrors !== null){
if(_errs1004){
vErrors.length = _errs1004;
}
else {
vErrors = null;
}
}
}
}
if(data202["plugin-install"] !== undefined){
let data307 = data202["plugin-install"];
const _errs1016 = errors;
let valid253 = false;
let passing66 = null;
const _errs1017 = errors;
if(typeof data307 !== "string"){
const err822 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err822];
}
else {
vErrors.push(err822);
}
errors++;
}
if(!(((data307 === "deny") || (data307 === "warn")) || (data307 === "off"))){
const err823 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["plugin-install"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err823];
}
else {
vErrors.push(err823);
}
errors++;
}
var _valid66 = _errs1017 === errors;
if(_valid66){
valid253 = true;
passing66 = 0;
}
const _errs1019 = errors;
if(data307 && typeof data307 == "object" && !Array.isArray(data307)){
if(data307.action === undefined){
const err824 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err824];
}
else {
vErrors.push(err824);
}
errors++;
}
for(const key132 in data307){
if(!((key132 === "action") || (key132 === "options"))){
const err825 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key132},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err825];
}
else {
vErrors.push(err825);
}
errors++;
}
}
if(data307.action !== undefined){
let data308 = data307.action;
if(typeof data308 !== "string"){
const err826 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err826];
}
else {
vErrors.push(err826);
}
errors++;
}
if(!(((data308 === "deny") || (data308 === "warn")) || (data308 === "off"))){
const err827 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["plugin-install"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err827];
}
else {
vErrors.push(err827);
}
errors++;
}
}
if(data307.options !== undefined){
let data309 = data307.options;
if(data309 && typeof data309 == "object" && !Array.isArray(data309)){
for(const key133 in data309){
if(!((key133 === "allowed") || (key133 === "allowCreate"))){
const err828 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key133},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err828];
}
else {
vErrors.push(err828);
}
errors++;
}
}
if(data309.allowed !== undefined){
let data310 = data309.allowed;
if(Array.isArray(data310)){
const len41 = data310.length;
for(let i45=0; i45<len41; i45++){
let data311 = data310[i45];
if(typeof data311 === "string"){
if(func4(data311) < 1){
const err829 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options/allowed/" + i45,schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err829];
}
else {
vErrors.push(err829);
}
errors++;
}
}
else {
const err830 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options/allowed/" + i45,schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err830];
}
else {
vErrors.push(err830);
}
errors++;
}
}
}
else {
const err831 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err831];
}
else {
vErrors.push(err831);
}
errors++;
}
}
if(data309.allowCreate !== undefined){
if(typeof data309.allowCreate !== "boolean"){
const err832 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options/allowCreate",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowCreate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err833 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err833];
}
else {
vErrors.push(err833);
}
errors++;
}
}
}
else {
const err834 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err834];
}
else {
vErrors.push(err834);
}
errors++;
}
var _valid66 = _errs1019 === errors;
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
const err835 = {instancePath:instancePath+"/profiles/" + i26+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf",keyword:"oneOf",params:{passingSchemas: passing66},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err835];
}
else {
vErrors.push(err835);
}
errors++;
}
else {
errors = _errs1016;
if(vErrors !== null){
if(_errs1016){
vErrors.length = _errs1016;
}
else {
vErrors = null;
}
}
}
}
if(data202["self-protection"] !== undefined){
let data313 = data202["self-protection"];
const _errs1034 = errors;
let valid258 = false;
let passing67 = null;
const _errs1035 = errors;
if(typeof data313 !== "string"){
const err836 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err836];
}
else {
vErrors.push(err836);
}
errors++;
}
if(!(((data313 === "deny") || (data313 === "warn")) || (data313 === "off"))){
const err837 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["self-protection"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err837];
}
else {
vErrors.push(err837);
}
errors++;
}
var _valid67 = _errs1035 === errors;
if(_valid67){
valid258 = true;
passing67 = 0;
}
const _errs1037 = errors;
if(data313 && typeof data313 == "object" && !Array.isArray(data313)){
if(data313.action === undefined){
const err838 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err838];
}
else {
vErrors.push(err838);
}
errors++;
}
for(const key134 in data313){
if(!((key134 === "action") || (key134 === "options"))){
const err839 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key134},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err839];
}
else {
vErrors.push(err839);
}
errors++;
}
}
if(data313.action !== undefined){
let data314 = data313.action;
if(typeof data314 !== "string"){
const err840 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err840];
}
else {
vErrors.push(err840);
}
errors++;
}
if(!(((data314 === "deny") || (data314 === "warn")) || (data314 === "off"))){
const err841 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["self-protection"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err841];
}
else {
vErrors.push(err841);
}
errors++;
}
}
if(data313.options !== undefined){
let data315 = data313.options;
if(data315 && typeof data315 == "object" && !Array.isArray(data315)){
for(const key135 in data315){
if(!((((((key135 === "names") || (key135 === "ids")) || (key135 === "detectId")) || (key135 === "adminUsers")) || (key135 === "otherPlugins")) || (key135 === "readDaemonConfig"))){
const err842 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key135},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err842];
}
else {
vErrors.push(err842);
}
errors++;
}
}
if(data315.names !== undefined){
let data316 = data315.names;
if(Array.isArray(data316)){
const len42 = data316.length;
for(let i46=0; i46<len42; i46++){
let data317 = data316[i46];
if(typeof data317 === "string"){
if(func4(data317) < 1){
const err843 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/names/" + i46,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err843];
}
else {
vErrors.push(err843);
}
errors++;
}
}
else {
const err844 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/names/" + i46,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err844];
}
else {
vErrors.push(err844);
}
errors++;
}
}
}
else {
const err845 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/names",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err845];
}
else {
vErrors.push(err845);
}
errors++;
}
}
if(data315.ids !== undefined){
let data318 = data315.ids;
if(Array.isArray(data318)){
const len43 = data318.length;
for(let i47=0; i47<len43; i47++){
let data319 = data318[i47];
if(typeof data319 === "string"){
if(!pattern7.test(data319)){
const err846 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/ids/" + i47,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err846];
}
else {
vErrors.push(err846);
}
errors++;
}
}
else {
const err847 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/ids/" + i47,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err847];
}
else {
vErrors.push(err847);
}
errors++;
}
}
}
else {
const err848 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/ids",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err848];
}
else {
vErrors.push(err848);
}
errors++;
}
}
if(data315.detectId !== undefined){
if(typeof data315.detectId !== "boolean"){
const err849 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/detectId",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/detectId/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err849];
}
else {
vErrors.push(err849);
}
errors++;
}
}
if(data315.adminUsers !== undefined){
let data321 = data315.adminUsers;
if(Array.isArray(data321)){
const len44 = data321.length;
for(let i48=0; i48<len44; i48++){
let data322 = data321[i48];
if(typeof data322 === "string"){
if(func4(data322) < 1){
const err850 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/adminUsers/" + i48,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err850];
}
else {
vErrors.push(err850);
}
errors++;
}
}
else {
const err851 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/adminUsers/" + i48,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err851];
}
else {
vErrors.push(err851);
}
errors++;
}
}
}
else {
const err852 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/adminUsers",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err852];
}
else {
vErrors.push(err852);
}
errors++;
}
}
if(data315.otherPlugins !== undefined){
let data323 = data315.otherPlugins;
if(Array.isArray(data323)){
const len45 = data323.length;
for(let i49=0; i49<len45; i49++){
let data324 = data323[i49];
if(typeof data324 === "string"){
if(func4(data324) < 1){
const err853 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/otherPlugins/" + i49,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err853];
}
else {
vErrors.push(err853);
}
errors++;
}
}
else {
const err854 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/otherPlugins/" + i49,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err854];
}
else {
vErrors.push(err854);
}
errors++;
}
}
}
else {
const err855 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/otherPlugins",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err855];
}
else {
vErrors.push(err855);
}
errors++;
}
}
if(data315.readDaemonConfig !== undefined){
if(typeof data315.readDaemonConfig !== "boolean"){
const err856 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options/readDaemonConfig",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/readDaemonConfig/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err857 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err857];
}
else {
vErrors.push(err857);
}
errors++;
}
}
}
else {
const err858 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err858];
}
else {
vErrors.push(err858);
}
errors++;
}
var _valid67 = _errs1037 === errors;
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
const err859 = {instancePath:instancePath+"/profiles/" + i26+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf",keyword:"oneOf",params:{passingSchemas: passing67},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err859];
}
else {
vErrors.push(err859);
}
errors++;
}
else {
errors = _errs1034;
if(vErrors !== null){
if(_errs1034){
vErrors.length = _errs1034;
}
else {
vErrors = null;
}
}
}
}
if(data202["swarm-join"] !== undefined){
let data326 = data202["swarm-join"];
const _errs1066 = errors;
let valid269 = false;
let passing68 = null;
const _errs1067 = errors;
if(typeof data326 !== "string"){
const err860 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err860];
}
else {
vErrors.push(err860);
}
errors++;
}
if(!(((data326 === "deny") || (data326 === "warn")) || (data326 === "off"))){
const err861 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-join"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err861];
}
else {
vErrors.push(err861);
}
errors++;
}
var _valid68 = _errs1067 === errors;
if(_valid68){
valid269 = true;
passing68 = 0;
}
const _errs1069 = errors;
if(data326 && typeof data326 == "object" && !Array.isArray(data326)){
if(data326.action === undefined){
const err862 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err862];
}
else {
vErrors.push(err862);
}
errors++;
}
for(const key136 in data326){
if(!((key136 === "action") || (key136 === "options"))){
const err863 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key136},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err863];
}
else {
vErrors.push(err863);
}
errors++;
}
}
if(data326.action !== undefined){
let data327 = data326.action;
if(typeof data327 !== "string"){
const err864 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err864];
}
else {
vErrors.push(err864);
}
errors++;
}
if(!(((data327 === "deny") || (data327 === "warn")) || (data327 === "off"))){
const err865 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-join"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err865];
}
else {
vErrors.push(err865);
}
errors++;
}
}
if(data326.options !== undefined){
let data328 = data326.options;
if(data328 && typeof data328 == "object" && !Array.isArray(data328)){
for(const key137 in data328){
if(!(key137 === "allowedManagers")){
const err866 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key137},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err866];
}
else {
vErrors.push(err866);
}
errors++;
}
}
if(data328.allowedManagers !== undefined){
let data329 = data328.allowedManagers;
if(Array.isArray(data329)){
const len46 = data329.length;
for(let i50=0; i50<len46; i50++){
let data330 = data329[i50];
if(typeof data330 === "string"){
if(func4(data330) < 1){
const err867 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options/allowedManagers/" + i50,schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err867];
}
else {
vErrors.push(err867);
}
errors++;
}
}
else {
const err868 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options/allowedManagers/" + i50,schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err868];
}
else {
vErrors.push(err868);
}
errors++;
}
}
}
else {
const err869 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options/allowedManagers",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err869];
}
else {
vErrors.push(err869);
}
errors++;
}
}
}
else {
const err870 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err871 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err871];
}
else {
vErrors.push(err871);
}
errors++;
}
var _valid68 = _errs1069 === errors;
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
const err872 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf",keyword:"oneOf",params:{passingSchemas: passing68},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err872];
}
else {
vErrors.push(err872);
}
errors++;
}
else {
errors = _errs1066;
if(vErrors !== null){
if(_errs1066){
vErrors.length = _errs1066;
}
else {
vErrors = null;
}
}
}
}
if(data202["swarm-init"] !== undefined){
let data331 = data202["swarm-init"];
const _errs1082 = errors;
let valid274 = false;
let passing69 = null;
const _errs1083 = errors;
if(typeof data331 !== "string"){
const err873 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err873];
}
else {
vErrors.push(err873);
}
errors++;
}
if(!(((data331 === "deny") || (data331 === "warn")) || (data331 === "off"))){
const err874 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-init"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err874];
}
else {
vErrors.push(err874);
}
errors++;
}
var _valid69 = _errs1083 === errors;
if(_valid69){
valid274 = true;
passing69 = 0;
}
const _errs1085 = errors;
if(data331 && typeof data331 == "object" && !Array.isArray(data331)){
if(data331.action === undefined){
const err875 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err875];
}
else {
vErrors.push(err875);
}
errors++;
}
for(const key138 in data331){
if(!((key138 === "action") || (key138 === "options"))){
const err876 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key138},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err876];
}
else {
vErrors.push(err876);
}
errors++;
}
}
if(data331.action !== undefined){
let data332 = data331.action;
if(typeof data332 !== "string"){
const err877 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err877];
}
else {
vErrors.push(err877);
}
errors++;
}
if(!(((data332 === "deny") || (data332 === "warn")) || (data332 === "off"))){
const err878 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-init"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err878];
}
else {
vErrors.push(err878);
}
errors++;
}
}
if(data331.options !== undefined){
let data333 = data331.options;
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
for(const key139 in data333){
const err879 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key139},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err879];
}
else {
vErrors.push(err879);
}
errors++;
}
}
else {
const err880 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err880];
}
else {
vErrors.push(err880);
}
errors++;
}
}
}
else {
const err881 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err881];
}
else {
vErrors.push(err881);
}
errors++;
}
var _valid69 = _errs1085 === errors;
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
const err882 = {instancePath:instancePath+"/profiles/" + i26+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf",keyword:"oneOf",params:{passingSchemas: passing69},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err882];
}
else {
vErrors.push(err882);
}
errors++;
}
else {
errors = _errs1082;
if(vErrors !== null){
if(_errs1082){
vErrors.length = _errs1082;
}
else {
vErrors = null;
}
}
}
}
if(data202["service-rollback"] !== undefined){
let data334 = data202["service-rollback"];
const _errs1094 = errors;
let valid276 = false;
let passing70 = null;
const _errs1095 = errors;
if(typeof data334 !== "string"){
const err883 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err883];
}
else {
vErrors.push(err883);
}
errors++;
}
if(!(((data334 === "deny") || (data334 === "warn")) || (data334 === "off"))){
const err884 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["service-rollback"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err884];
}
else {
vErrors.push(err884);
}
errors++;
}
var _valid70 = _errs1095 === errors;
if(_valid70){
valid276 = true;
passing70 = 0;
}
const _errs1097 = errors;
if(data334 && typeof data334 == "object" && !Array.isArray(data334)){
if(data334.action === undefined){
const err885 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err885];
}
else {
vErrors.push(err885);
}
errors++;
}
for(const key140 in data334){
if(!((key140 === "action") || (key140 === "options"))){
const err886 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key140},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err886];
}
else {
vErrors.push(err886);
}
errors++;
}
}
if(data334.action !== undefined){
let data335 = data334.action;
if(typeof data335 !== "string"){
const err887 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err887];
}
else {
vErrors.push(err887);
}
errors++;
}
if(!(((data335 === "deny") || (data335 === "warn")) || (data335 === "off"))){
const err888 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["service-rollback"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err888];
}
else {
vErrors.push(err888);
}
errors++;
}
}
if(data334.options !== undefined){
let data336 = data334.options;
if(data336 && typeof data336 == "object" && !Array.isArray(data336)){
for(const key141 in data336){
const err889 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key141},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err889];
}
else {
vErrors.push(err889);
}
errors++;
}
}
else {
const err890 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err890];
}
else {
vErrors.push(err890);
}
errors++;
}
}
}
else {
const err891 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err891];
}
else {
vErrors.push(err891);
}
errors++;
}
var _valid70 = _errs1097 === errors;
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
const err892 = {instancePath:instancePath+"/profiles/" + i26+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing70},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err892];
}
else {
vErrors.push(err892);
}
errors++;
}
else {
errors = _errs1094;
if(vErrors !== null){
if(_errs1094){
vErrors.length = _errs1094;
}
else {
vErrors = null;
}
}
}
}
if(data202["exec-root-user"] !== undefined){
let data337 = data202["exec-root-user"];
const _errs1106 = errors;
let valid278 = false;
let passing71 = null;
const _errs1107 = errors;
if(typeof data337 !== "string"){
const err893 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err893];
}
else {
vErrors.push(err893);
}
errors++;
}
if(!(((data337 === "deny") || (data337 === "warn")) || (data337 === "off"))){
const err894 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["exec-root-user"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err894];
}
else {
vErrors.push(err894);
}
errors++;
}
var _valid71 = _errs1107 === errors;
if(_valid71){
valid278 = true;
passing71 = 0;
}
const _errs1109 = errors;
if(data337 && typeof data337 == "object" && !Array.isArray(data337)){
if(data337.action === undefined){
const err895 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err895];
}
else {
vErrors.push(err895);
}
errors++;
}
for(const key142 in data337){
if(!((key142 === "action") || (key142 === "options"))){
const err896 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key142},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err896];
}
else {
vErrors.push(err896);
}
errors++;
}
}
if(data337.action !== undefined){
let data338 = data337.action;
if(typeof data338 !== "string"){
const err897 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err897];
}
else {
vErrors.push(err897);
}
errors++;
}
if(!(((data338 === "deny") || (data338 === "warn")) || (data338 === "off"))){
const err898 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["exec-root-user"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err898];
}
else {
vErrors.push(err898);
}
errors++;
}
}
if(data337.options !== undefined){
let data339 = data337.options;
if(data339 && typeof data339 == "object" && !Array.isArray(data339)){
for(const key143 in data339){
const err899 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key143},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err899];
}
else {
vErrors.push(err899);
}
errors++;
}
}
else {
const err900 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err900];
}
else {
vErrors.push(err900);
}
errors++;
}
}
}
else {
const err901 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err901];
}
else {
vErrors.push(err901);
}
errors++;
}
var _valid71 = _errs1109 === errors;
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
const err902 = {instancePath:instancePath+"/profiles/" + i26+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf",keyword:"oneOf",params:{passingSchemas: passing71},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err902];
}
else {
vErrors.push(err902);
}
errors++;
}
else {
errors = _errs1106;
if(vErrors !== null){
if(_errs1106){
vErrors.length = _errs1106;
}
else {
vErrors = null;
}
}
}
}
if(data202["read-only-rootfs"] !== undefined){
let data340 = data202["read-only-rootfs"];
const _errs1118 = errors;
let valid280 = false;
let passing72 = null;
const _errs1119 = errors;
if(typeof data340 !== "string"){
const err903 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err903];
}
else {
vErrors.push(err903);
}
errors++;
}
if(!(((data340 === "deny") || (data340 === "warn")) || (data340 === "off"))){
const err904 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["read-only-rootfs"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err904];
}
else {
vErrors.push(err904);
}
errors++;
}
var _valid72 = _errs1119 === errors;
if(_valid72){
valid280 = true;
passing72 = 0;
}
const _errs1121 = errors;
if(data340 && typeof data340 == "object" && !Array.isArray(data340)){
if(data340.action === undefined){
const err905 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err905];
}
else {
vErrors.push(err905);
}
errors++;
}
for(const key144 in data340){
if(!((key144 === "action") || (key144 === "options"))){
const err906 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key144},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err906];
}
else {
vErrors.push(err906);
}
errors++;
}
}
if(data340.action !== undefined){
let data341 = data340.action;
if(typeof data341 !== "string"){
const err907 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err907];
}
else {
vErrors.push(err907);
}
errors++;
}
if(!(((data341 === "deny") || (data341 === "warn")) || (data341 === "off"))){
const err908 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["read-only-rootfs"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err908];
}
else {
vErrors.push(err908);
}
errors++;
}
}
if(data340.options !== undefined){
let data342 = data340.options;
if(data342 && typeof data342 == "object" && !Array.isArray(data342)){
for(const key145 in data342){
const err909 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key145},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err909];
}
else {
vErrors.push(err909);
}
errors++;
}
}
else {
const err910 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err910];
}
else {
vErrors.push(err910);
}
errors++;
}
}
}
else {
const err911 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err911];
}
else {
vErrors.push(err911);
}
errors++;
}
var _valid72 = _errs1121 === errors;
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
const err912 = {instancePath:instancePath+"/profiles/" + i26+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing72},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err912];
}
else {
vErrors.push(err912);
}
errors++;
}
else {
errors = _errs1118;
if(vErrors !== null){
if(_errs1118){
vErrors.length = _errs1118;
}
else {
vErrors = null;
}
}
}
}
if(data202["pids-limit"] !== undefined){
let data343 = data202["pids-limit"];
const _errs1130 = errors;
let valid282 = false;
let passing73 = null;
const _errs1131 = errors;
if(typeof data343 !== "string"){
const err913 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err913];
}
else {
vErrors.push(err913);
}
errors++;
}
if(!(((data343 === "deny") || (data343 === "warn")) || (data343 === "off"))){
const err914 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["pids-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err914];
}
else {
vErrors.push(err914);
}
errors++;
}
var _valid73 = _errs1131 === errors;
if(_valid73){
valid282 = true;
passing73 = 0;
}
const _errs1133 = errors;
if(data343 && typeof data343 == "object" && !Array.isArray(data343)){
if(data343.action === undefined){
const err915 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err915];
}
else {
vErrors.push(err915);
}
errors++;
}
for(const key146 in data343){
if(!((key146 === "action") || (key146 === "options"))){
const err916 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key146},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err916];
}
else {
vErrors.push(err916);
}
errors++;
}
}
if(data343.action !== undefined){
let data344 = data343.action;
if(typeof data344 !== "string"){
const err917 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err917];
}
else {
vErrors.push(err917);
}
errors++;
}
if(!(((data344 === "deny") || (data344 === "warn")) || (data344 === "off"))){
const err918 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["pids-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err918];
}
else {
vErrors.push(err918);
}
errors++;
}
}
if(data343.options !== undefined){
let data345 = data343.options;
if(data345 && typeof data345 == "object" && !Array.isArray(data345)){
for(const key147 in data345){
const err919 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key147},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err919];
}
else {
vErrors.push(err919);
}
errors++;
}
}
else {
const err920 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err920];
}
else {
vErrors.push(err920);
}
errors++;
}
}
}
else {
const err921 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err921];
}
else {
vErrors.push(err921);
}
errors++;
}
var _valid73 = _errs1133 === errors;
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
const err922 = {instancePath:instancePath+"/profiles/" + i26+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing73},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err922];
}
else {
vErrors.push(err922);
}
errors++;
}
else {
errors = _errs1130;
if(vErrors !== null){
if(_errs1130){
vErrors.length = _errs1130;
}
else {
vErrors = null;
}
}
}
}
if(data202["no-new-privileges"] !== undefined){
let data346 = data202["no-new-privileges"];
const _errs1142 = errors;
let valid284 = false;
let passing74 = null;
const _errs1143 = errors;
if(typeof data346 !== "string"){
const err923 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err923];
}
else {
vErrors.push(err923);
}
errors++;
}
if(!(((data346 === "deny") || (data346 === "warn")) || (data346 === "off"))){
const err924 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["no-new-privileges"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err924];
}
else {
vErrors.push(err924);
}
errors++;
}
var _valid74 = _errs1143 === errors;
if(_valid74){
valid284 = true;
passing74 = 0;
}
const _errs1145 = errors;
if(data346 && typeof data346 == "object" && !Array.isArray(data346)){
if(data346.action === undefined){
const err925 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err925];
}
else {
vErrors.push(err925);
}
errors++;
}
for(const key148 in data346){
if(!((key148 === "action") || (key148 === "options"))){
const err926 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key148},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err926];
}
else {
vErrors.push(err926);
}
errors++;
}
}
if(data346.action !== undefined){
let data347 = data346.action;
if(typeof data347 !== "string"){
const err927 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err927];
}
else {
vErrors.push(err927);
}
errors++;
}
if(!(((data347 === "deny") || (data347 === "warn")) || (data347 === "off"))){
const err928 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["no-new-privileges"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err928];
}
else {
vErrors.push(err928);
}
errors++;
}
}
if(data346.options !== undefined){
let data348 = data346.options;
if(data348 && typeof data348 == "object" && !Array.isArray(data348)){
for(const key149 in data348){
const err929 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key149},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err929];
}
else {
vErrors.push(err929);
}
errors++;
}
}
else {
const err930 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err930];
}
else {
vErrors.push(err930);
}
errors++;
}
}
}
else {
const err931 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err931];
}
else {
vErrors.push(err931);
}
errors++;
}
var _valid74 = _errs1145 === errors;
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
const err932 = {instancePath:instancePath+"/profiles/" + i26+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf",keyword:"oneOf",params:{passingSchemas: passing74},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err932];
}
else {
vErrors.push(err932);
}
errors++;
}
else {
errors = _errs1142;
if(vErrors !== null){
if(_errs1142){
vErrors.length = _errs1142;
}
else {
vErrors = null;
}
}
}
}
if(data202["health-check"] !== undefined){
let data349 = data202["health-check"];
const _errs1154 = errors;
let valid286 = false;
let passing75 = null;
const _errs1155 = errors;
if(typeof data349 !== "string"){
const err933 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err933];
}
else {
vErrors.push(err933);
}
errors++;
}
if(!(((data349 === "deny") || (data349 === "warn")) || (data349 === "off"))){
const err934 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["health-check"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err934];
}
else {
vErrors.push(err934);
}
errors++;
}
var _valid75 = _errs1155 === errors;
if(_valid75){
valid286 = true;
passing75 = 0;
}
const _errs1157 = errors;
if(data349 && typeof data349 == "object" && !Array.isArray(data349)){
if(data349.action === undefined){
const err935 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err935];
}
else {
vErrors.push(err935);
}
errors++;
}
for(const key150 in data349){
if(!((key150 === "action") || (key150 === "options"))){
const err936 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key150},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err936];
}
else {
vErrors.push(err936);
}
errors++;
}
}
if(data349.action !== undefined){
let data350 = data349.action;
if(typeof data350 !== "string"){
const err937 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err937];
}
else {
vErrors.push(err937);
}
errors++;
}
if(!(((data350 === "deny") || (data350 === "warn")) || (data350 === "off"))){
const err938 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["health-check"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err938];
}
else {
vErrors.push(err938);
}
errors++;
}
}
if(data349.options !== undefined){
let data351 = data349.options;
if(data351 && typeof data351 == "object" && !Array.isArray(data351)){
for(const key151 in data351){
const err939 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key151},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err939];
}
else {
vErrors.push(err939);
}
errors++;
}
}
else {
const err940 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err940];
}
else {
vErrors.push(err940);
}
errors++;
}
}
}
else {
const err941 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err941];
}
else {
vErrors.push(err941);
}
errors++;
}
var _valid75 = _errs1157 === errors;
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
const err942 = {instancePath:instancePath+"/profiles/" + i26+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf",keyword:"oneOf",params:{passingSchemas: passing75},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err942];
}
else {
vErrors.push(err942);
}
errors++;
}
else {
errors = _errs1154;
if(vErrors !== null){
if(_errs1154){
vErrors.length = _errs1154;
}
else {
vErrors = null;
}
}
}
}
if(data202["image-tag"] !== undefined){
let data352 = data202["image-tag"];
const _errs1166 = errors;
let valid288 = false;
let passing76 = null;
const _errs1167 = errors;
if(typeof data352 !== "string"){
const err943 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err943];
}
else {
vErrors.push(err943);
}
errors++;
}
if(!(((data352 === "deny") || (data352 === "warn")) || (data352 === "off"))){
const err944 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["image-tag"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err944];
}
else {
vErrors.push(err944);
}
errors++;
}
var _valid76 = _errs1167 === errors;
if(_valid76){
valid288 = true;
passing76 = 0;
}
const _errs1169 = errors;
if(data352 && typeof data352 == "object" && !Array.isArray(data352)){
if(data352.action === undefined){
const err945 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err945];
}
else {
vErrors.push(err945);
}
errors++;
}
for(const key152 in data352){
if(!((key152 === "action") || (key152 === "options"))){
const err946 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key152},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err946];
}
else {
vErrors.push(err946);
}
errors++;
}
}
if(data352.action !== undefined){
let data353 = data352.action;
if(typeof data353 !== "string"){
const err947 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err947];
}
else {
vErrors.push(err947);
}
errors++;
}
if(!(((data353 === "deny") || (data353 === "warn")) || (data353 === "off"))){
const err948 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["image-tag"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err948];
}
else {
vErrors.push(err948);
}
errors++;
}
}
if(data352.options !== undefined){
let data354 = data352.options;
if(data354 && typeof data354 == "object" && !Array.isArray(data354)){
for(const key153 in data354){
if(!(key153 === "requireDigest")){
const err949 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key153},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err949];
}
else {
vErrors.push(err949);
}
errors++;
}
}
if(data354.requireDigest !== undefined){
if(typeof data354.requireDigest !== "boolean"){
const err950 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/options/requireDigest",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err950];
}
else {
vErrors.push(err950);
}
errors++;
}
}
}
else {
const err951 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err951];
}
else {
vErrors.push(err951);
}
errors++;
}
}
}
else {
const err952 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err952];
}
else {
vErrors.push(err952);
}
errors++;
}
var _valid76 = _errs1169 === errors;
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
const err953 = {instancePath:instancePath+"/profiles/" + i26+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf",keyword:"oneOf",params:{passingSchemas: passing76},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err953];
}
else {
vErrors.push(err953);
}
errors++;
}
else {
errors = _errs1166;
if(vErrors !== null){
if(_errs1166){
vErrors.length = _errs1166;
}
else {
vErrors = null;
}
}
}
}
if(data202["privileged-ports"] !== undefined){
let data356 = data202["privileged-ports"];
const _errs1180 = errors;
let valid291 = false;
let passing77 = null;
const _errs1181 = errors;
if(typeof data356 !== "string"){
const err954 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err954];
}
else {
vErrors.push(err954);
}
errors++;
}
if(!(((data356 === "deny") || (data356 === "warn")) || (data356 === "off"))){
const err955 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["privileged-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err955];
}
else {
vErrors.push(err955);
}
errors++;
}
var _valid77 = _errs1181 === errors;
if(_valid77){
valid291 = true;
passing77 = 0;
}
const _errs1183 = errors;
if(data356 && typeof data356 == "object" && !Array.isArray(data356)){
if(data356.action === undefined){
const err956 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err956];
}
else {
vErrors.push(err956);
}
errors++;
}
for(const key154 in data356){
if(!((key154 === "action") || (key154 === "options"))){
const err957 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key154},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err957];
}
else {
vErrors.push(err957);
}
errors++;
}
}
if(data356.action !== undefined){
let data357 = data356.action;
if(typeof data357 !== "string"){
const err958 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err958];
}
else {
vErrors.push(err958);
}
errors++;
}
if(!(((data357 === "deny") || (data357 === "warn")) || (data357 === "off"))){
const err959 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["privileged-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err959];
}
else {
vErrors.push(err959);
}
errors++;
}
}
if(data356.options !== undefined){
let data358 = data356.options;
if(data358 && typeof data358 == "object" && !Array.isArray(data358)){
for(const key155 in data358){
const err960 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key155},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err960];
}
else {
vErrors.push(err960);
}
errors++;
}
}
else {
const err961 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err961];
}
else {
vErrors.push(err961);
}
errors++;
}
}
}
else {
const err962 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err962];
}
else {
vErrors.push(err962);
}
errors++;
}
var _valid77 = _errs1183 === errors;
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
const err963 = {instancePath:instancePath+"/profiles/" + i26+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing77},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err963];
}
else {
vErrors.push(err963);
}
errors++;
}
else {
errors = _errs1180;
if(vErrors !== null){
if(_errs1180){
vErrors.length = _errs1180;
}
else {
vErrors = null;
}
}
}
}
if(data202["port-all-interfaces"] !== undefined){
let data359 = data202["port-all-interfaces"];
const _errs1192 = errors;
let valid293 = false;
let passing78 = null;
const _errs1193 = errors;
if(typeof data359 !== "string"){
const err964 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err964];
}
else {
vErrors.push(err964);
}
errors++;
}
if(!(((data359 === "deny") || (data359 === "warn")) || (data359 === "off"))){
const err965 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["port-all-interfaces"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err965];
}
else {
vErrors.push(err965);
}
errors++;
}
var _valid78 = _errs1193 === errors;
if(_valid78){
valid293 = true;
passing78 = 0;
}
const _errs1195 = errors;
if(data359 && typeof data359 == "object" && !Array.isArray(data359)){
if(data359.action === undefined){
const err966 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err966];
}
else {
vErrors.push(err966);
}
errors++;
}
for(const key156 in data359){
if(!((key156 === "action") || (key156 === "options"))){
const err967 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key156},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err967];
}
else {
vErrors.push(err967);
}
errors++;
}
}
if(data359.action !== undefined){
let data360 = data359.action;
if(typeof data360 !== "string"){
const err968 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err968];
}
else {
vErrors.push(err968);
}
errors++;
}
if(!(((data360 === "deny") || (data360 === "warn")) || (data360 === "off"))){
const err969 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["port-all-interfaces"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err969];
}
else {
vErrors.push(err969);
}
errors++;
}
}
if(data359.options !== undefined){
let data361 = data359.options;
if(data361 && typeof data361 == "object" && !Array.isArray(data361)){
for(const key157 in data361){
const err970 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key157},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err970];
}
else {
vErrors.push(err970);
}
errors++;
}
}
else {
const err971 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err971];
}
else {
vErrors.push(err971);
}
errors++;
}
}
}
else {
const err972 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err972];
}
else {
vErrors.push(err972);
}
errors++;
}
var _valid78 = _errs1195 === errors;
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
const err973 = {instancePath:instancePath+"/profiles/" + i26+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf",keyword:"oneOf",params:{passingSchemas: passing78},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err973];
}
else {
vErrors.push(err973);
}
errors++;
}
else {
errors = _errs1192;
if(vErrors !== null){
if(_errs1192){
vErrors.length = _errs1192;
}
else {
vErrors = null;
}
}
}
}
if(data202["publish-all-ports"] !== undefined){
let data362 = data202["publish-all-ports"];
const _errs1204 = errors;
let valid295 = false;
let passing79 = null;
const _errs1205 = errors;
if(typeof data362 !== "string"){
const err974 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err974];
}
else {
vErrors.push(err974);
}
errors++;
}
if(!(((data362 === "deny") || (data362 === "warn")) || (data362 === "off"))){
const err975 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["publish-all-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err975];
}
else {
vErrors.push(err975);
}
errors++;
}
var _valid79 = _errs1205 === errors;
if(_valid79){
valid295 = true;
passing79 = 0;
}
const _errs1207 = errors;
if(data362 && typeof data362 == "object" && !Array.isArray(data362)){
if(data362.action === undefined){
const err976 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err976];
}
else {
vErrors.push(err976);
}
errors++;
}
for(const key158 in data362){
if(!((key158 === "action") || (key158 === "options"))){
const err977 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key158},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err977];
}
else {
vErrors.push(err977);
}
errors++;
}
}
if(data362.action !== undefined){
let data363 = data362.action;
if(typeof data363 !== "string"){
const err978 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err978];
}
else {
vErrors.push(err978);
}
errors++;
}
if(!(((data363 === "deny") || (data363 === "warn")) || (data363 === "off"))){
const err979 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["publish-all-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err979];
}
else {
vErrors.push(err979);
}
errors++;
}
}
if(data362.options !== undefined){
let data364 = data362.options;
if(data364 && typeof data364 == "object" && !Array.isArray(data364)){
for(const key159 in data364){
const err980 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key159},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err980];
}
else {
vErrors.push(err980);
}
errors++;
}
}
else {
const err981 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err981];
}
else {
vErrors.push(err981);
}
errors++;
}
}
}
else {
const err982 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err982];
}
else {
vErrors.push(err982);
}
errors++;
}
var _valid79 = _errs1207 === errors;
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
const err983 = {instancePath:instancePath+"/profiles/" + i26+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing79},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err983];
}
else {
vErrors.push(err983);
}
errors++;
}
else {
errors = _errs1204;
if(vErrors !== null){
if(_errs1204){
vErrors.length = _errs1204;
}
else {
vErrors = null;
}
}
}
}
if(data202["cpu-limit"] !== undefined){
let data365 = data202["cpu-limit"];
const _errs1216 = errors;
let valid297 = false;
let passing80 = null;
const _errs1217 = errors;
if(typeof data365 !== "string"){
const err984 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err984];
}
else {
vErrors.push(err984);
}
errors++;
}
if(!(((data365 === "deny") || (data365 === "warn")) || (data365 === "off"))){
const err985 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cpu-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err985];
}
else {
vErrors.push(err985);
}
errors++;
}
var _valid80 = _errs1217 === errors;
if(_valid80){
valid297 = true;
passing80 = 0;
}
const _errs1219 = errors;
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
if(data365.action === undefined){
const err986 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err986];
}
else {
vErrors.push(err986);
}
errors++;
}
for(const key160 in data365){
if(!((key160 === "action") || (key160 === "options"))){
const err987 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key160},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err987];
}
else {
vErrors.push(err987);
}
errors++;
}
}
if(data365.action !== undefined){
let data366 = data365.action;
if(typeof data366 !== "string"){
const err988 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err988];
}
else {
vErrors.push(err988);
}
errors++;
}
if(!(((data366 === "deny") || (data366 === "warn")) || (data366 === "off"))){
const err989 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cpu-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err989];
}
else {
vErrors.push(err989);
}
errors++;
}
}
if(data365.options !== undefined){
let data367 = data365.options;
if(data367 && typeof data367 == "object" && !Array.isArray(data367)){
for(const key161 in data367){
const err990 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key161},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err990];
}
else {
vErrors.push(err990);
}
errors++;
}
}
else {
const err991 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err991];
}
else {
vErrors.push(err991);
}
errors++;
}
}
}
else {
const err992 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err992];
}
else {
vErrors.push(err992);
}
errors++;
}
var _valid80 = _errs1219 === errors;
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
const err993 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing80},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err993];
}
else {
vErrors.push(err993);
}
errors++;
}
else {
errors = _errs1216;
if(vErrors !== null){
if(_errs1216){
vErrors.length = _errs1216;
}
else {
vErrors = null;
}
}
}
}
if(data202.ulimits !== undefined){
let data368 = data202.ulimits;
const _errs1228 = errors;
let valid299 = false;
let passing81 = null;
const _errs1229 = errors;
if(typeof data368 !== "string"){
const err994 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err994];
}
else {
vErrors.push(err994);
}
errors++;
}
if(!(((data368 === "deny") || (data368 === "warn")) || (data368 === "off"))){
const err995 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.ulimits.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err995];
}
else {
vErrors.push(err995);
}
errors++;
}
var _valid81 = _errs1229 === errors;
if(_valid81){
valid299 = true;
passing81 = 0;
}
const _errs1231 = errors;
if(data368 && typeof data368 == "object" && !Array.isArray(data368)){
if(data368.action === undefined){
const err996 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err996];
}
else {
vErrors.push(err996);
}
errors++;
}
for(const key162 in data368){
if(!((key162 === "action") || (key162 === "options"))){
const err997 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key162},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err997];
}
else {
vErrors.push(err997);
}
errors++;
}
}
if(data368.action !== undefined){
let data369 = data368.action;
if(typeof data369 !== "string"){
const err998 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err998];
}
else {
vErrors.push(err998);
}
errors++;
}
if(!(((data369 === "deny") || (data369 === "warn")) || (data369 === "off"))){
const err999 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.ulimits.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err999];
}
else {
vErrors.push(err999);
}
errors++;
}
}
if(data368.options !== undefined){
let data370 = data368.options;
if(data370 && typeof data370 == "object" && !Array.isArray(data370)){
for(const key163 in data370){
if(!(key163 === "allowed")){
const err1000 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key163},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1000];
}
else {
vErrors.push(err1000);
}
errors++;
}
}
if(data370.allowed !== undefined){
let data371 = data370.allowed;
if(Array.isArray(data371)){
const len47 = data371.length;
for(let i51=0; i51<len47; i51++){
let data372 = data371[i51];
if(typeof data372 === "string"){
if(func4(data372) < 1){
const err1001 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options/allowed/" + i51,schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1001];
}
else {
vErrors.push(err1001);
}
errors++;
}
}
else {
const err1002 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options/allowed/" + i51,schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1002];
}
else {
vErrors.push(err1002);
}
errors++;
}
}
}
else {
const err1003 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1003];
}
else {
vErrors.push(err1003);
}
errors++;
}
}
}
else {
const err1004 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err1005 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1005];
}
else {
vErrors.push(err1005);
}
errors++;
}
var _valid81 = _errs1231 === errors;
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
const err1006 = {instancePath:instancePath+"/profiles/" + i26+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf",keyword:"oneOf",params:{passingSchemas: passing81},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1006];
}
else {
vErrors.push(err1006);
}
errors++;
}
else {
errors = _errs1228;
if(vErrors !== null){
if(_errs1228){
vErrors.length = _errs1228;
}
else {
vErrors = null;
}
}
}
}
if(data202["default-bridge"] !== undefined){
let data373 = data202["default-bridge"];
const _errs1244 = errors;
let valid304 = false;
let passing82 = null;
const _errs1245 = errors;
if(typeof data373 !== "string"){
const err1007 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1007];
}
else {
vErrors.push(err1007);
}
errors++;
}
if(!(((data373 === "deny") || (data373 === "warn")) || (data373 === "off"))){
const err1008 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["default-bridge"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1008];
}
else {
vErrors.push(err1008);
}
errors++;
}
var _valid82 = _errs1245 === errors;
if(_valid82){
valid304 = true;
passing82 = 0;
}
const _errs1247 = errors;
if(data373 && typeof data373 == "object" && !Array.isArray(data373)){
if(data373.action === undefined){
const err1009 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1009];
}
else {
vErrors.push(err1009);
}
errors++;
}
for(const key164 in data373){
if(!((key164 === "action") || (key164 === "options"))){
const err1010 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key164},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1010];
}
else {
vErrors.push(err1010);
}
errors++;
}
}
if(data373.action !== undefined){
let data374 = data373.action;
if(typeof data374 !== "string"){
const err1011 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1011];
}
else {
vErrors.push(err1011);
}
errors++;
}
if(!(((data374 === "deny") || (data374 === "warn")) || (data374 === "off"))){
const err1012 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["default-bridge"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1012];
}
else {
vErrors.push(err1012);
}
errors++;
}
}
if(data373.options !== undefined){
let data375 = data373.options;
if(data375 && typeof data375 == "object" && !Array.isArray(data375)){
for(const key165 in data375){
const err1013 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key165},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1013];
}
else {
vErrors.push(err1013);
}
errors++;
}
}
else {
const err1014 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1014];
}
else {
vErrors.push(err1014);
}
errors++;
}
}
}
else {
const err1015 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1015];
}
else {
vErrors.push(err1015);
}
errors++;
}
var _valid82 = _errs1247 === errors;
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
const err1016 = {instancePath:instancePath+"/profiles/" + i26+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf",keyword:"oneOf",params:{passingSchemas: passing82},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1016];
}
else {
vErrors.push(err1016);
}
errors++;
}
else {
errors = _errs1244;
if(vErrors !== null){
if(_errs1244){
vErrors.length = _errs1244;
}
else {
vErrors = null;
}
}
}
}
if(data202.sysctls !== undefined){
let data376 = data202.sysctls;
const _errs1256 = errors;
let valid306 = false;
let passing83 = null;
const _errs1257 = errors;
if(typeof data376 !== "string"){
const err1017 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1017];
}
else {
vErrors.push(err1017);
}
errors++;
}
if(!(((data376 === "deny") || (data376 === "warn")) || (data376 === "off"))){
const err1018 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sysctls.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1018];
}
else {
vErrors.push(err1018);
}
errors++;
}
var _valid83 = _errs1257 === errors;
if(_valid83){
valid306 = true;
passing83 = 0;
}
const _errs1259 = errors;
if(data376 && typeof data376 == "object" && !Array.isArray(data376)){
if(data376.action === undefined){
const err1019 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1019];
}
else {
vErrors.push(err1019);
}
errors++;
}
for(const key166 in data376){
if(!((key166 === "action") || (key166 === "options"))){
const err1020 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key166},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1020];
}
else {
vErrors.push(err1020);
}
errors++;
}
}
if(data376.action !== undefined){
let data377 = data376.action;
if(typeof data377 !== "string"){
const err1021 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1021];
}
else {
vErrors.push(err1021);
}
errors++;
}
if(!(((data377 === "deny") || (data377 === "warn")) || (data377 === "off"))){
const err1022 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sysctls.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1022];
}
else {
vErrors.push(err1022);
}
errors++;
}
}
if(data376.options !== undefined){
let data378 = data376.options;
if(data378 && typeof data378 == "object" && !Array.isArray(data378)){
for(const key167 in data378){
if(!(key167 === "allowed")){
const err1023 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key167},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1023];
}
else {
vErrors.push(err1023);
}
errors++;
}
}
if(data378.allowed !== undefined){
let data379 = data378.allowed;
if(Array.isArray(data379)){
const len48 = data379.length;
for(let i52=0; i52<len48; i52++){
let data380 = data379[i52];
if(typeof data380 === "string"){
if(func4(data380) < 1){
const err1024 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options/allowed/" + i52,schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1024];
}
else {
vErrors.push(err1024);
}
errors++;
}
}
else {
const err1025 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options/allowed/" + i52,schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1025];
}
else {
vErrors.push(err1025);
}
errors++;
}
}
}
else {
const err1026 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1026];
}
else {
vErrors.push(err1026);
}
errors++;
}
}
}
else {
const err1027 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err1028 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1028];
}
else {
vErrors.push(err1028);
}
errors++;
}
var _valid83 = _errs1259 === errors;
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
const err1029 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing83},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1029];
}
else {
vErrors.push(err1029);
}
errors++;
}
else {
errors = _errs1256;
if(vErrors !== null){
if(_errs1256){
vErrors.length = _errs1256;
}
else {
vErrors = null;
}
}
}
}
if(data202["network-parent"] !== undefined){
let data381 = data202["network-parent"];
const _errs1272 = errors;
let valid311 = false;
let passing84 = null;
const _errs1273 = errors;
if(typeof data381 !== "string"){
const err1030 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1030];
}
else {
vErrors.push(err1030);
}
errors++;
}
if(!(((data381 === "deny") || (data381 === "warn")) || (data381 === "off"))){
const err1031 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["network-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1031];
}
else {
vErrors.push(err1031);
}
errors++;
}
var _valid84 = _errs1273 === errors;
if(_valid84){
valid311 = true;
passing84 = 0;
}
const _errs1275 = errors;
if(data381 && typeof data381 == "object" && !Array.isArray(data381)){
if(data381.action === undefined){
const err1032 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1032];
}
else {
vErrors.push(err1032);
}
errors++;
}
for(const key168 in data381){
if(!((key168 === "action") || (key168 === "options"))){
const err1033 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key168},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1033];
}
else {
vErrors.push(err1033);
}
errors++;
}
}
if(data381.action !== undefined){
let data382 = data381.action;
if(typeof data382 !== "string"){
const err1034 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1034];
}
else {
vErrors.push(err1034);
}
errors++;
}
if(!(((data382 === "deny") || (data382 === "warn")) || (data382 === "off"))){
const err1035 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["network-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1035];
}
else {
vErrors.push(err1035);
}
errors++;
}
}
if(data381.options !== undefined){
let data383 = data381.options;
if(data383 && typeof data383 == "object" && !Array.isArray(data383)){
for(const key169 in data383){
const err1036 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key169},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1036];
}
else {
vErrors.push(err1036);
}
errors++;
}
}
else {
const err1037 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1037];
}
else {
vErrors.push(err1037);
}
errors++;
}
}
}
else {
const err1038 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1038];
}
else {
vErrors.push(err1038);
}
errors++;
}
var _valid84 = _errs1275 === errors;
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
const err1039 = {instancePath:instancePath+"/profiles/" + i26+"/rules/network-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/network-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing84},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1039];
}
else {
vErrors.push(err1039);
}
errors++;
}
else {
errors = _errs1272;
if(vErrors !== null){
if(_errs1272){
vErrors.length = _errs1272;
}
else {
vErrors = null;
}
}
}
}
if(data202.sshd !== undefined){
let data384 = data202.sshd;
const _errs1284 = errors;
let valid313 = false;
let passing85 = null;
const _errs1285 = errors;
if(typeof data384 !== "string"){
const err1040 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1040];
}
else {
vErrors.push(err1040);
}
errors++;
}
if(!(((data384 === "deny") || (data384 === "warn")) || (data384 === "off"))){
const err1041 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sshd.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1041];
}
else {
vErrors.push(err1041);
}
errors++;
}
var _valid85 = _errs1285 === errors;
if(_valid85){
valid313 = true;
passing85 = 0;
}
const _errs1287 = errors;
if(data384 && typeof data384 == "object" && !Array.isArray(data384)){
if(data384.action === undefined){
const err1042 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1042];
}
else {
vErrors.push(err1042);
}
errors++;
}
for(const key170 in data384){
if(!((key170 === "action") || (key170 === "options"))){
const err1043 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key170},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1043];
}
else {
vErrors.push(err1043);
}
errors++;
}
}
if(data384.action !== undefined){
let data385 = data384.action;
if(typeof data385 !== "string"){
const err1044 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1044];
}
else {
vErrors.push(err1044);
}
errors++;
}
if(!(((data385 === "deny") || (data385 === "warn")) || (data385 === "off"))){
const err1045 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sshd.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1045];
}
else {
vErrors.push(err1045);
}
errors++;
}
}
if(data384.options !== undefined){
let data386 = data384.options;
if(data386 && typeof data386 == "object" && !Array.isArray(data386)){
for(const key171 in data386){
const err1046 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key171},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1046];
}
else {
vErrors.push(err1046);
}
errors++;
}
}
else {
const err1047 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1047];
}
else {
vErrors.push(err1047);
}
errors++;
}
}
}
else {
const err1048 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1048];
}
else {
vErrors.push(err1048);
}
errors++;
}
var _valid85 = _errs1287 === errors;
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
const err1049 = {instancePath:instancePath+"/profiles/" + i26+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf",keyword:"oneOf",params:{passingSchemas: passing85},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1049];
}
else {
vErrors.push(err1049);
}
errors++;
}
else {
errors = _errs1284;
if(vErrors !== null){
if(_errs1284){
vErrors.length = _errs1284;
}
else {
vErrors = null;
}
}
}
}
if(data202["cgroup-parent"] !== undefined){
let data387 = data202["cgroup-parent"];
const _errs1296 = errors;
let valid315 = false;
let passing86 = null;
const _errs1297 = errors;
if(typeof data387 !== "string"){
const err1050 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1050];
}
else {
vErrors.push(err1050);
}
errors++;
}
if(!(((data387 === "deny") || (data387 === "warn")) || (data387 === "off"))){
const err1051 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cgroup-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1051];
}
else {
vErrors.push(err1051);
}
errors++;
}
var _valid86 = _errs1297 === errors;
if(_valid86){
valid315 = true;
passing86 = 0;
}
const _errs1299 = errors;
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
if(data387.action === undefined){
const err1052 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1052];
}
else {
vErrors.push(err1052);
}
errors++;
}
for(const key172 in data387){
if(!((key172 === "action") || (key172 === "options"))){
const err1053 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key172},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1053];
}
else {
vErrors.push(err1053);
}
errors++;
}
}
if(data387.action !== undefined){
let data388 = data387.action;
if(typeof data388 !== "string"){
const err1054 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1054];
}
else {
vErrors.push(err1054);
}
errors++;
}
if(!(((data388 === "deny") || (data388 === "warn")) || (data388 === "off"))){
const err1055 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cgroup-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1055];
}
else {
vErrors.push(err1055);
}
errors++;
}
}
if(data387.options !== undefined){
let data389 = data387.options;
if(data389 && typeof data389 == "object" && !Array.isArray(data389)){
for(const key173 in data389){
if(!(key173 === "allowed")){
const err1056 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key173},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1056];
}
else {
vErrors.push(err1056);
}
errors++;
}
}
if(data389.allowed !== undefined){
let data390 = data389.allowed;
if(Array.isArray(data390)){
const len49 = data390.length;
for(let i53=0; i53<len49; i53++){
let data391 = data390[i53];
if(typeof data391 === "string"){
if(func4(data391) < 1){
const err1057 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options/allowed/" + i53,schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1057];
}
else {
vErrors.push(err1057);
}
errors++;
}
}
else {
const err1058 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options/allowed/" + i53,schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1058];
}
else {
vErrors.push(err1058);
}
errors++;
}
}
}
else {
const err1059 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1059];
}
else {
vErrors.push(err1059);
}
errors++;
}
}
}
else {
const err1060 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err1061 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1061];
}
else {
vErrors.push(err1061);
}
errors++;
}
var _valid86 = _errs1299 === errors;
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
const err1062 = {instancePath:instancePath+"/profiles/" + i26+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing86},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1062];
}
else {
vErrors.push(err1062);
}
errors++;
}
else {
errors = _errs1296;
if(vErrors !== null){
if(_errs1296){
vErrors.length = _errs1296;
}
else {
vErrors = null;
}
}
}
}
if(data202["unverified-start"] !== undefined){
let data392 = data202["unverified-start"];
const _errs1312 = errors;
let valid320 = false;
let passing87 = null;
const _errs1313 = errors;
if(typeof data392 !== "string"){
const err1063 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1063];
}
else {
vErrors.push(err1063);
}
errors++;
}
if(!(((data392 === "deny") || (data392 === "warn")) || (data392 === "off"))){
const err1064 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["unverified-start"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1064];
}
else {
vErrors.push(err1064);
}
errors++;
}
var _valid87 = _errs1313 === errors;
if(_valid87){
valid320 = true;
passing87 = 0;
}
const _errs1315 = errors;
if(data392 && typeof data392 == "object" && !Array.isArray(data392)){
if(data392.action === undefined){
const err1065 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1065];
}
else {
vErrors.push(err1065);
}
errors++;
}
for(const key174 in data392){
if(!((key174 === "action") || (key174 === "options"))){
const err1066 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key174},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1066];
}
else {
vErrors.push(err1066);
}
errors++;
}
}
if(data392.action !== undefined){
let data393 = data392.action;
if(typeof data393 !== "string"){
const err1067 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1067];
}
else {
vErrors.push(err1067);
}
errors++;
}
if(!(((data393 === "deny") || (data393 === "warn")) || (data393 === "off"))){
const err1068 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["unverified-start"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1068];
}
else {
vErrors.push(err1068);
}
errors++;
}
}
if(data392.options !== undefined){
let data394 = data392.options;
if(data394 && typeof data394 == "object" && !Array.isArray(data394)){
for(const key175 in data394){
const err1069 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key175},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1069];
}
else {
vErrors.push(err1069);
}
errors++;
}
}
else {
const err1070 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1070];
}
else {
vErrors.push(err1070);
}
errors++;
}
}
}
else {
const err1071 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1071];
}
else {
vErrors.push(err1071);
}
errors++;
}
var _valid87 = _errs1315 === errors;
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
const err1072 = {instancePath:instancePath+"/profiles/" + i26+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf",keyword:"oneOf",params:{passingSchemas: passing87},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1072];
}
else {
vErrors.push(err1072);
}
errors++;
}
else {
errors = _errs1312;
if(vErrors !== null){
if(_errs1312){
vErrors.length = _errs1312;
}
else {
vErrors = null;
}
}
}
}
for(const key176 in data202){
if(pattern9.test(key176)){
let data395 = data202[key176];
if(typeof data395 !== "string"){
const err1073 = {instancePath:instancePath+"/profiles/" + i26+"/rules/" + key176.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/items/properties/rules/patternProperties/%5Ecustom~1%5Ba-z0-9%5D%5Ba-z0-9._-%5D*%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1073];
}
else {
vErrors.push(err1073);
}
errors++;
}
if(!(((data395 === "deny") || (data395 === "warn")) || (data395 === "off"))){
const err1074 = {instancePath:instancePath+"/profiles/" + i26+"/rules/" + key176.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/items/properties/rules/patternProperties/%5Ecustom~1%5Ba-z0-9%5D%5Ba-z0-9._-%5D*%24/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.patternProperties["^custom/[a-z0-9][a-z0-9._-]*$"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1074];
}
else {
vErrors.push(err1074);
}
errors++;
}
}
}
}
else {
const err1075 = {instancePath:instancePath+"/profiles/" + i26+"/rules",schemaPath:"#/properties/profiles/items/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1075];
}
else {
vErrors.push(err1075);
}
errors++;
}
}
}
else {
const err1076 = {instancePath:instancePath+"/profiles/" + i26,schemaPath:"#/properties/profiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err1077 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1077];
}
else {
vErrors.push(err1077);
}
errors++;
}
}
if(data.customRules !== undefined){
let data396 = data.customRules;
if(Array.isArray(data396)){
const len50 = data396.length;
for(let i54=0; i54<len50; i54++){
let data397 = data396[i54];
const _errs1330 = errors;
let valid326 = true;
const _errs1331 = errors;
if(errors === _errs1331){
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
let missing0;
if((data397.operator === undefined) && (missing0 = "operator")){
const err1078 = {};
if(vErrors === null){
vErrors = [err1078];
}
else {
vErrors.push(err1078);
}
errors++;
}
else {
if(data397.operator !== undefined){
if("equals" !== data397.operator){
const err1079 = {};
if(vErrors === null){
vErrors = [err1079];
}
else {
vErrors.push(err1079);
}
errors++;
}
}
}
}
else {
const err1080 = {};
if(vErrors === null){
vErrors = [err1080];
}
else {
vErrors.push(err1080);
}
errors++;
}
}
var _valid88 = _errs1331 === errors;
errors = _errs1330;
if(vErrors !== null){
if(_errs1330){
vErrors.length = _errs1330;
}
else {
vErrors = null;
}
}
if(_valid88){
const _errs1334 = errors;
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
if(data397.value === undefined){
const err1081 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1081];
}
else {
vErrors.push(err1081);
}
errors++;
}
if(data397.value !== undefined){
let data399 = data397.value;
if(((typeof data399 !== "string") && (!((typeof data399 == "number") && (isFinite(data399))))) && (typeof data399 !== "boolean")){
const err1082 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/0/then/properties/value/type",keyword:"type",params:{type: schema11.properties.customRules.items.allOf[0].then.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1082];
}
else {
vErrors.push(err1082);
}
errors++;
}
}
}
else {
const err1083 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1083];
}
else {
vErrors.push(err1083);
}
errors++;
}
var _valid88 = _errs1334 === errors;
valid326 = _valid88;
}
if(!valid326){
const err1084 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1084];
}
else {
vErrors.push(err1084);
}
errors++;
}
const _errs1339 = errors;
let valid329 = true;
const _errs1340 = errors;
if(errors === _errs1340){
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
let missing1;
if((data397.operator === undefined) && (missing1 = "operator")){
const err1085 = {};
if(vErrors === null){
vErrors = [err1085];
}
else {
vErrors.push(err1085);
}
errors++;
}
else {
if(data397.operator !== undefined){
if("in" !== data397.operator){
const err1086 = {};
if(vErrors === null){
vErrors = [err1086];
}
else {
vErrors.push(err1086);
}
errors++;
}
}
}
}
else {
const err1087 = {};
if(vErrors === null){
vErrors = [err1087];
}
else {
vErrors.push(err1087);
}
errors++;
}
}
var _valid89 = _errs1340 === errors;
errors = _errs1339;
if(vErrors !== null){
if(_errs1339){
vErrors.length = _errs1339;
}
else {
vErrors = null;
}
}
if(_valid89){
const _errs1343 = errors;
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
if(data397.value === undefined){
const err1088 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/1/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1088];
}
else {
vErrors.push(err1088);
}
errors++;
}
if(data397.value !== undefined){
let data401 = data397.value;
if(Array.isArray(data401)){
if(data401.length < 1){
const err1089 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1089];
}
else {
vErrors.push(err1089);
}
errors++;
}
const len51 = data401.length;
for(let i55=0; i55<len51; i55++){
let data402 = data401[i55];
if(((typeof data402 !== "string") && (!((typeof data402 == "number") && (isFinite(data402))))) && (typeof data402 !== "boolean")){
const err1090 = {instancePath:instancePath+"/customRules/" + i54+"/value/" + i55,schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/items/type",keyword:"type",params:{type: schema11.properties.customRules.items.allOf[1].then.properties.value.items.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1090];
}
else {
vErrors.push(err1090);
}
errors++;
}
}
}
else {
const err1091 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1091];
}
else {
vErrors.push(err1091);
}
errors++;
}
}
}
else {
const err1092 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1092];
}
else {
vErrors.push(err1092);
}
errors++;
}
var _valid89 = _errs1343 === errors;
valid329 = _valid89;
}
if(!valid329){
const err1093 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1093];
}
else {
vErrors.push(err1093);
}
errors++;
}
const _errs1350 = errors;
let valid334 = true;
const _errs1351 = errors;
if(errors === _errs1351){
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
let missing2;
if((data397.operator === undefined) && (missing2 = "operator")){
const err1094 = {};
if(vErrors === null){
vErrors = [err1094];
}
else {
vErrors.push(err1094);
}
errors++;
}
else {
if(data397.operator !== undefined){
if("glob" !== data397.operator){
const err1095 = {};
if(vErrors === null){
vErrors = [err1095];
}
else {
vErrors.push(err1095);
}
errors++;
}
}
}
}
else {
const err1096 = {};
if(vErrors === null){
vErrors = [err1096];
}
else {
vErrors.push(err1096);
}
errors++;
}
}
var _valid90 = _errs1351 === errors;
errors = _errs1350;
if(vErrors !== null){
if(_errs1350){
vErrors.length = _errs1350;
}
else {
vErrors = null;
}
}
if(_valid90){
const _errs1354 = errors;
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
if(data397.value === undefined){
const err1097 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/2/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1097];
}
else {
vErrors.push(err1097);
}
errors++;
}
if(data397.value !== undefined){
let data404 = data397.value;
if(typeof data404 === "string"){
if(func4(data404) < 1){
const err1098 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/2/then/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1098];
}
else {
vErrors.push(err1098);
}
errors++;
}
}
else {
const err1099 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/2/then/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1099];
}
else {
vErrors.push(err1099);
}
errors++;
}
}
}
else {
const err1100 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1100];
}
else {
vErrors.push(err1100);
}
errors++;
}
var _valid90 = _errs1354 === errors;
valid334 = _valid90;
}
if(!valid334){
const err1101 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1101];
}
else {
vErrors.push(err1101);
}
errors++;
}
const _errs1359 = errors;
let valid337 = true;
const _errs1360 = errors;
if(errors === _errs1360){
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
let missing3;
if((data397.operator === undefined) && (missing3 = "operator")){
const err1102 = {};
if(vErrors === null){
vErrors = [err1102];
}
else {
vErrors.push(err1102);
}
errors++;
}
else {
if(data397.operator !== undefined){
if("regex" !== data397.operator){
const err1103 = {};
if(vErrors === null){
vErrors = [err1103];
}
else {
vErrors.push(err1103);
}
errors++;
}
}
}
}
else {
const err1104 = {};
if(vErrors === null){
vErrors = [err1104];
}
else {
vErrors.push(err1104);
}
errors++;
}
}
var _valid91 = _errs1360 === errors;
errors = _errs1359;
if(vErrors !== null){
if(_errs1359){
vErrors.length = _errs1359;
}
else {
vErrors = null;
}
}
if(_valid91){
const _errs1363 = errors;
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
if(data397.value === undefined){
const err1105 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/3/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1105];
}
else {
vErrors.push(err1105);
}
errors++;
}
if(data397.value !== undefined){
let data406 = data397.value;
if(typeof data406 === "string"){
if(func4(data406) > 256){
const err1106 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err1106];
}
else {
vErrors.push(err1106);
}
errors++;
}
if(func4(data406) < 1){
const err1107 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1107];
}
else {
vErrors.push(err1107);
}
errors++;
}
}
else {
const err1108 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1108];
}
else {
vErrors.push(err1108);
}
errors++;
}
}
}
else {
const err1109 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/3/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1109];
}
else {
vErrors.push(err1109);
}
errors++;
}
var _valid91 = _errs1363 === errors;
valid337 = _valid91;
}
if(!valid337){
const err1110 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1110];
}
else {
vErrors.push(err1110);
}
errors++;
}
const _errs1368 = errors;
let valid340 = true;
const _errs1369 = errors;
if(errors === _errs1369){
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
let missing4;
if((data397.operator === undefined) && (missing4 = "operator")){
const err1111 = {};
if(vErrors === null){
vErrors = [err1111];
}
else {
vErrors.push(err1111);
}
errors++;
}
else {
if(data397.operator !== undefined){
if("greater-than" !== data397.operator){
const err1112 = {};
if(vErrors === null){
vErrors = [err1112];
}
else {
vErrors.push(err1112);
}
errors++;
}
}
}
}
else {
const err1113 = {};
if(vErrors === null){
vErrors = [err1113];
}
else {
vErrors.push(err1113);
}
errors++;
}
}
var _valid92 = _errs1369 === errors;
errors = _errs1368;
if(vErrors !== null){
if(_errs1368){
vErrors.length = _errs1368;
}
else {
vErrors = null;
}
}
if(_valid92){
const _errs1372 = errors;
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
if(data397.value === undefined){
const err1114 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/4/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1114];
}
else {
vErrors.push(err1114);
}
errors++;
}
if(data397.value !== undefined){
let data408 = data397.value;
if(!((typeof data408 == "number") && (isFinite(data408)))){
const err1115 = {instancePath:instancePath+"/customRules/" + i54+"/value",schemaPath:"#/properties/customRules/items/allOf/4/then/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1115];
}
else {
vErrors.push(err1115);
}
errors++;
}
}
}
else {
const err1116 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/4/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1116];
}
else {
vErrors.push(err1116);
}
errors++;
}
var _valid92 = _errs1372 === errors;
valid340 = _valid92;
}
if(!valid340){
const err1117 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1117];
}
else {
vErrors.push(err1117);
}
errors++;
}
if(data397 && typeof data397 == "object" && !Array.isArray(data397)){
if(data397.id === undefined){
const err1118 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1118];
}
else {
vErrors.push(err1118);
}
errors++;
}
if(data397.operations === undefined){
const err1119 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "operations"},message:"must have required property '"+"operations"+"'"};
if(vErrors === null){
vErrors = [err1119];
}
else {
vErrors.push(err1119);
}
errors++;
}
if(data397.field === undefined){
const err1120 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err1120];
}
else {
vErrors.push(err1120);
}
errors++;
}
if(data397.operator === undefined){
const err1121 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err1121];
}
else {
vErrors.push(err1121);
}
errors++;
}
if(data397.message === undefined){
const err1122 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1122];
}
else {
vErrors.push(err1122);
}
errors++;
}
if(data397.action === undefined){
const err1123 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1123];
}
else {
vErrors.push(err1123);
}
errors++;
}
for(const key177 in data397){
if(!(func2.call(schema11.properties.customRules.items.properties, key177))){
const err1124 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key177},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1124];
}
else {
vErrors.push(err1124);
}
errors++;
}
}
if(data397.id !== undefined){
let data409 = data397.id;
if(typeof data409 === "string"){
if(!pattern9.test(data409)){
const err1125 = {instancePath:instancePath+"/customRules/" + i54+"/id",schemaPath:"#/properties/customRules/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^custom/[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^custom/[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1125];
}
else {
vErrors.push(err1125);
}
errors++;
}
}
else {
const err1126 = {instancePath:instancePath+"/customRules/" + i54+"/id",schemaPath:"#/properties/customRules/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1126];
}
else {
vErrors.push(err1126);
}
errors++;
}
}
if(data397.description !== undefined){
if(typeof data397.description !== "string"){
const err1127 = {instancePath:instancePath+"/customRules/" + i54+"/description",schemaPath:"#/properties/customRules/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1127];
}
else {
vErrors.push(err1127);
}
errors++;
}
}
if(data397.operations !== undefined){
let data411 = data397.operations;
if(Array.isArray(data411)){
if(data411.length < 1){
const err1128 = {instancePath:instancePath+"/customRules/" + i54+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1128];
}
else {
vErrors.push(err1128);
}
errors++;
}
const len52 = data411.length;
for(let i56=0; i56<len52; i56++){
let data412 = data411[i56];
if(typeof data412 !== "string"){
const err1129 = {instancePath:instancePath+"/customRules/" + i54+"/operations/" + i56,schemaPath:"#/properties/customRules/items/properties/operations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1129];
}
else {
vErrors.push(err1129);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data412 === "build.cancel") || (data412 === "build.prune")) || (data412 === "checkpoint.create")) || (data412 === "checkpoint.list")) || (data412 === "checkpoint.remove")) || (data412 === "config.create")) || (data412 === "config.inspect")) || (data412 === "config.list")) || (data412 === "config.remove")) || (data412 === "config.update")) || (data412 === "container.archive.get")) || (data412 === "container.archive.head")) || (data412 === "container.archive.put")) || (data412 === "container.attach")) || (data412 === "container.attach.ws")) || (data412 === "container.changes")) || (data412 === "container.commit")) || (data412 === "container.copy")) || (data412 === "container.create")) || (data412 === "container.exec")) || (data412 === "container.export")) || (data412 === "container.inspect")) || (data412 === "container.kill")) || (data412 === "container.list")) || (data412 === "container.logs")) || (data412 === "container.pause")) || (data412 === "container.prune")) || (data412 === "container.remove")) || (data412 === "container.rename")) || (data412 === "container.resize")) || (data412 === "container.restart")) || (data412 === "container.start")) || (data412 === "container.stats")) || (data412 === "container.stop")) || (data412 === "container.top")) || (data412 === "container.unpause")) || (data412 === "container.update")) || (data412 === "container.wait")) || (data412 === "debug.pprof.cmdline")) || (data412 === "debug.pprof.index")) || (data412 === "debug.pprof.lookup")) || (data412 === "debug.pprof.profile")) || (data412 === "debug.pprof.symbol")) || (data412 === "debug.pprof.trace")) || (data412 === "debug.vars")) || (data412 === "distribution.inspect")) || (data412 === "exec.inspect")) || (data412 === "exec.resize")) || (data412 === "exec.start")) || (data412 === "grpc")) || (data412 === "image.attestations")) || (data412 === "image.build")) || (data412 === "image.create")) || (data412 === "image.history")) || (data412 === "image.inspect")) || (data412 === "image.list")) || (data412 === "image.load")) || (data412 === "image.prune")) || (data412 === "image.push")) || (data412 === "image.remove")) || (data412 === "image.save")) || (data412 === "image.search")) || (data412 === "image.tag")) || (data412 === "network.connect")) || (data412 === "network.create")) || (data412 === "network.disconnect")) || (data412 === "network.inspect")) || (data412 === "network.list")) || (data412 === "network.prune")) || (data412 === "network.remove")) || (data412 === "node.inspect")) || (data412 === "node.list")) || (data412 === "node.remove")) || (data412 === "node.update")) || (data412 === "plugin.create")) || (data412 === "plugin.disable")) || (data412 === "plugin.enable")) || (data412 === "plugin.inspect")) || (data412 === "plugin.list")) || (data412 === "plugin.privileges")) || (data412 === "plugin.pull")) || (data412 === "plugin.push")) || (data412 === "plugin.remove")) || (data412 === "plugin.set")) || (data412 === "plugin.upgrade")) || (data412 === "secret.create")) || (data412 === "secret.inspect")) || (data412 === "secret.list")) || (data412 === "secret.remove")) || (data412 === "secret.update")) || (data412 === "service.create")) || (data412 === "service.inspect")) || (data412 === "service.list")) || (data412 === "service.logs")) || (data412 === "service.remove")) || (data412 === "service.update")) || (data412 === "session")) || (data412 === "swarm.init")) || (data412 === "swarm.inspect")) || (data412 === "swarm.join")) || (data412 === "swarm.leave")) || (data412 === "swarm.unlock")) || (data412 === "swarm.unlockkey")) || (data412 === "swarm.update")) || (data412 === "system.auth")) || (data412 === "system.df")) || (data412 === "system.events")) || (data412 === "system.info")) || (data412 === "system.options")) || (data412 === "system.ping")) || (data412 === "system.version")) || (data412 === "task.inspect")) || (data412 === "task.list")) || (data412 === "task.logs")) || (data412 === "volume.create")) || (data412 === "volume.inspect")) || (data412 === "volume.list")) || (data412 === "volume.prune")) || (data412 === "volume.remove")) || (data412 === "volume.update"))){
const err1130 = {instancePath:instancePath+"/customRules/" + i54+"/operations/" + i56,schemaPath:"#/properties/customRules/items/properties/operations/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.operations.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1130];
}
else {
vErrors.push(err1130);
}
errors++;
}
}
let i57 = data411.length;
let j4;
if(i57 > 1){
const indices4 = {};
for(;i57--;){
let item4 = data411[i57];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err1131 = {instancePath:instancePath+"/customRules/" + i54+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/uniqueItems",keyword:"uniqueItems",params:{i: i57, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i57+" are identical)"};
if(vErrors === null){
vErrors = [err1131];
}
else {
vErrors.push(err1131);
}
errors++;
break;
}
indices4[item4] = i57;
}
}
}
else {
const err1132 = {instancePath:instancePath+"/customRules/" + i54+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1132];
}
else {
vErrors.push(err1132);
}
errors++;
}
}
if(data397.field !== undefined){
let data413 = data397.field;
if(typeof data413 === "string"){
if(func4(data413) > 300){
const err1133 = {instancePath:instancePath+"/customRules/" + i54+"/field",schemaPath:"#/properties/customRules/items/properties/field/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1133];
}
else {
vErrors.push(err1133);
}
errors++;
}
if(!pattern20.test(data413)){
const err1134 = {instancePath:instancePath+"/customRules/" + i54+"/field",schemaPath:"#/properties/customRules/items/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$"+"\""};
if(vErrors === null){
vErrors = [err1134];
}
else {
vErrors.push(err1134);
}
errors++;
}
}
else {
const err1135 = {instancePath:instancePath+"/customRules/" + i54+"/field",schemaPath:"#/properties/customRules/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1135];
}
else {
vErrors.push(err1135);
}
errors++;
}
}
if(data397.operator !== undefined){
let data414 = data397.operator;
if(typeof data414 !== "string"){
const err1136 = {instancePath:instancePath+"/customRules/" + i54+"/operator",schemaPath:"#/properties/customRules/items/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1136];
}
else {
vErrors.push(err1136);
}
errors++;
}
if(!((((((data414 === "equals") || (data414 === "in")) || (data414 === "glob")) || (data414 === "regex")) || (data414 === "exists")) || (data414 === "greater-than"))){
const err1137 = {instancePath:instancePath+"/customRules/" + i54+"/operator",schemaPath:"#/properties/customRules/items/properties/operator/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.operator.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1137];
}
else {
vErrors.push(err1137);
}
errors++;
}
}
if(data397.message !== undefined){
let data415 = data397.message;
if(typeof data415 === "string"){
if(func4(data415) > 300){
const err1138 = {instancePath:instancePath+"/customRules/" + i54+"/message",schemaPath:"#/properties/customRules/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1138];
}
else {
vErrors.push(err1138);
}
errors++;
}
if(func4(data415) < 1){
const err1139 = {instancePath:instancePath+"/customRules/" + i54+"/message",schemaPath:"#/properties/customRules/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1139];
}
else {
vErrors.push(err1139);
}
errors++;
}
}
else {
const err1140 = {instancePath:instancePath+"/customRules/" + i54+"/message",schemaPath:"#/properties/customRules/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1140];
}
else {
vErrors.push(err1140);
}
errors++;
}
}
if(data397.fix !== undefined){
let data416 = data397.fix;
if(typeof data416 === "string"){
if(func4(data416) > 300){
const err1141 = {instancePath:instancePath+"/customRules/" + i54+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1141];
}
else {
vErrors.push(err1141);
}
errors++;
}
if(func4(data416) < 1){
const err1142 = {instancePath:instancePath+"/customRules/" + i54+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1142];
}
else {
vErrors.push(err1142);
}
errors++;
}
}
else {
const err1143 = {instancePath:instancePath+"/customRules/" + i54+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1143];
}
else {
vErrors.push(err1143);
}
errors++;
}
}
if(data397.action !== undefined){
let data417 = data397.action;
if(typeof data417 !== "string"){
const err1144 = {instancePath:instancePath+"/customRules/" + i54+"/action",schemaPath:"#/properties/customRules/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1144];
}
else {
vErrors.push(err1144);
}
errors++;
}
if(!(((data417 === "deny") || (data417 === "warn")) || (data417 === "off"))){
const err1145 = {instancePath:instancePath+"/customRules/" + i54+"/action",schemaPath:"#/properties/customRules/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1145];
}
else {
vErrors.push(err1145);
}
errors++;
}
}
if(data397.severity !== undefined){
let data418 = data397.severity;
if(typeof data418 !== "string"){
const err1146 = {instancePath:instancePath+"/customRules/" + i54+"/severity",schemaPath:"#/properties/customRules/items/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1146];
}
else {
vErrors.push(err1146);
}
errors++;
}
if(!((((data418 === "critical") || (data418 === "high")) || (data418 === "medium")) || (data418 === "low"))){
const err1147 = {instancePath:instancePath+"/customRules/" + i54+"/severity",schemaPath:"#/properties/customRules/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1147];
}
else {
vErrors.push(err1147);
}
errors++;
}
}
}
else {
const err1148 = {instancePath:instancePath+"/customRules/" + i54,schemaPath:"#/properties/customRules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1148];
}
else {
vErrors.push(err1148);
}
errors++;
}
}
}
else {
const err1149 = {instancePath:instancePath+"/customRules",schemaPath:"#/properties/customRules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1149];
}
else {
vErrors.push(err1149);
}
errors++;
}
}
if(data.exemptions !== undefined){
let data419 = data.exemptions;
if(Array.isArray(data419)){
const len53 = data419.length;
for(let i58=0; i58<len53; i58++){
let data420 = data419[i58];
const _errs1401 = errors;
let valid349 = false;
const _errs1402 = errors;
if(data420 && typeof data420 == "object" && !Array.isArray(data420)){
if(data420.users === undefined){
const err1150 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/anyOf/0/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err1150];
}
else {
vErrors.push(err1150);
}
errors++;
}
}
var _valid93 = _errs1402 === errors;
valid349 = valid349 || _valid93;
if(!valid349){
const _errs1403 = errors;
if(data420 && typeof data420 == "object" && !Array.isArray(data420)){
if(data420.images === undefined){
const err1151 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/anyOf/1/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'"};
if(vErrors === null){
vErrors = [err1151];
}
else {
vErrors.push(err1151);
}
errors++;
}
}
var _valid93 = _errs1403 === errors;
valid349 = valid349 || _valid93;
if(!valid349){
const _errs1404 = errors;
if(data420 && typeof data420 == "object" && !Array.isArray(data420)){
if(data420.containerNames === undefined){
const err1152 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/anyOf/2/required",keyword:"required",params:{missingProperty: "containerNames"},message:"must have required property '"+"containerNames"+"'"};
if(vErrors === null){
vErrors = [err1152];
}
else {
vErrors.push(err1152);
}
errors++;
}
}
var _valid93 = _errs1404 === errors;
valid349 = valid349 || _valid93;
}
}
if(!valid349){
const err1153 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1153];
}
else {
vErrors.push(err1153);
}
errors++;
}
else {
errors = _errs1401;
if(vErrors !== null){
if(_errs1401){
vErrors.length = _errs1401;
}
else {
vErrors = null;
}
}
}
if(data420 && typeof data420 == "object" && !Array.isArray(data420)){
if(data420.id === undefined){
const err1154 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1154];
}
else {
vErrors.push(err1154);
}
errors++;
}
if(data420.reason === undefined){
const err1155 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err1155];
}
else {
vErrors.push(err1155);
}
errors++;
}
if(data420.rules === undefined){
const err1156 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err1156];
}
else {
vErrors.push(err1156);
}
errors++;
}
for(const key178 in data420){
if(!(((((((key178 === "id") || (key178 === "reason")) || (key178 === "rules")) || (key178 === "users")) || (key178 === "images")) || (key178 === "requireDigest")) || (key178 === "containerNames"))){
const err1157 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key178},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1157];
}
else {
vErrors.push(err1157);
}
errors++;
}
}
if(data420.id !== undefined){
let data421 = data420.id;
if(typeof data421 === "string"){
if(!pattern8.test(data421)){
const err1158 = {instancePath:instancePath+"/exemptions/" + i58+"/id",schemaPath:"#/properties/exemptions/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1158];
}
else {
vErrors.push(err1158);
}
errors++;
}
}
else {
const err1159 = {instancePath:instancePath+"/exemptions/" + i58+"/id",schemaPath:"#/properties/exemptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1159];
}
else {
vErrors.push(err1159);
}
errors++;
}
}
if(data420.reason !== undefined){
let data422 = data420.reason;
if(typeof data422 === "string"){
if(func4(data422) < 1){
const err1160 = {instancePath:instancePath+"/exemptions/" + i58+"/reason",schemaPath:"#/properties/exemptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err1161 = {instancePath:instancePath+"/exemptions/" + i58+"/reason",schemaPath:"#/properties/exemptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1161];
}
else {
vErrors.push(err1161);
}
errors++;
}
}
if(data420.rules !== undefined){
let data423 = data420.rules;
if(Array.isArray(data423)){
if(data423.length < 1){
const err1162 = {instancePath:instancePath+"/exemptions/" + i58+"/rules",schemaPath:"#/properties/exemptions/items/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1162];
}
else {
vErrors.push(err1162);
}
errors++;
}
const len54 = data423.length;
for(let i59=0; i59<len54; i59++){
let data424 = data423[i59];
if(typeof data424 !== "string"){
const err1163 = {instancePath:instancePath+"/exemptions/" + i58+"/rules/" + i59,schemaPath:"#/properties/exemptions/items/properties/rules/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1163];
}
else {
vErrors.push(err1163);
}
errors++;
}
const _errs1414 = errors;
let valid353 = false;
const _errs1415 = errors;
if(!(((((((((((((((((((((((((((((((((((((((((((data424 === "*") || (data424 === "privileged")) || (data424 === "host-network")) || (data424 === "seccomp-unconfined")) || (data424 === "apparmor-unconfined")) || (data424 === "memory-limit")) || (data424 === "restart-policy")) || (data424 === "host-pid")) || (data424 === "host-ipc")) || (data424 === "host-uts")) || (data424 === "host-userns")) || (data424 === "host-cgroupns")) || (data424 === "capabilities")) || (data424 === "sensitive-mounts")) || (data424 === "docker-socket")) || (data424 === "mount-propagation")) || (data424 === "host-devices")) || (data424 === "selinux-unconfined")) || (data424 === "systempaths-unconfined")) || (data424 === "security-opt-allowlist")) || (data424 === "build-options")) || (data424 === "buildkit-entitlements")) || (data424 === "plugin-install")) || (data424 === "swarm-join")) || (data424 === "swarm-init")) || (data424 === "service-rollback")) || (data424 === "exec-root-user")) || (data424 === "read-only-rootfs")) || (data424 === "pids-limit")) || (data424 === "no-new-privileges")) || (data424 === "health-check")) || (data424 === "image-tag")) || (data424 === "privileged-ports")) || (data424 === "port-all-interfaces")) || (data424 === "publish-all-ports")) || (data424 === "cpu-limit")) || (data424 === "ulimits")) || (data424 === "default-bridge")) || (data424 === "sysctls")) || (data424 === "network-parent")) || (data424 === "sshd")) || (data424 === "cgroup-parent")) || (data424 === "unverified-start"))){
const err1164 = {instancePath:instancePath+"/exemptions/" + i58+"/rules/" + i59,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.exemptions.items.properties.rules.items.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1164];
}
else {
vErrors.push(err1164);
}
errors++;
}
var _valid94 = _errs1415 === errors;
valid353 = valid353 || _valid94;
if(!valid353){
const _errs1416 = errors;
if(typeof data424 === "string"){
if(!pattern9.test(data424)){
const err1165 = {instancePath:instancePath+"/exemptions/" + i58+"/rules/" + i59,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^custom/[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^custom/[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1165];
}
else {
vErrors.push(err1165);
}
errors++;
}
}
var _valid94 = _errs1416 === errors;
valid353 = valid353 || _valid94;
}
if(!valid353){
const err1166 = {instancePath:instancePath+"/exemptions/" + i58+"/rules/" + i59,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1166];
}
else {
vErrors.push(err1166);
}
errors++;
}
else {
errors = _errs1414;
if(vErrors !== null){
if(_errs1414){
vErrors.length = _errs1414;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err1167 = {instancePath:instancePath+"/exemptions/" + i58+"/rules",schemaPath:"#/properties/exemptions/items/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1167];
}
else {
vErrors.push(err1167);
}
errors++;
}
}
if(data420.users !== undefined){
let data425 = data420.users;
if(Array.isArray(data425)){
if(data425.length < 1){
const err1168 = {instancePath:instancePath+"/exemptions/" + i58+"/users",schemaPath:"#/properties/exemptions/items/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1168];
}
else {
vErrors.push(err1168);
}
errors++;
}
const len55 = data425.length;
for(let i60=0; i60<len55; i60++){
let data426 = data425[i60];
if(typeof data426 === "string"){
if(func4(data426) < 1){
const err1169 = {instancePath:instancePath+"/exemptions/" + i58+"/users/" + i60,schemaPath:"#/properties/exemptions/items/properties/users/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1169];
}
else {
vErrors.push(err1169);
}
errors++;
}
}
else {
const err1170 = {instancePath:instancePath+"/exemptions/" + i58+"/users/" + i60,schemaPath:"#/properties/exemptions/items/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1170];
}
else {
vErrors.push(err1170);
}
errors++;
}
}
}
else {
const err1171 = {instancePath:instancePath+"/exemptions/" + i58+"/users",schemaPath:"#/properties/exemptions/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1171];
}
else {
vErrors.push(err1171);
}
errors++;
}
}
if(data420.images !== undefined){
let data427 = data420.images;
if(Array.isArray(data427)){
if(data427.length < 1){
const err1172 = {instancePath:instancePath+"/exemptions/" + i58+"/images",schemaPath:"#/properties/exemptions/items/properties/images/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1172];
}
else {
vErrors.push(err1172);
}
errors++;
}
const len56 = data427.length;
for(let i61=0; i61<len56; i61++){
let data428 = data427[i61];
if(typeof data428 === "string"){
if(func4(data428) < 1){
const err1173 = {instancePath:instancePath+"/exemptions/" + i58+"/images/" + i61,schemaPath:"#/properties/exemptions/items/properties/images/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1173];
}
else {
vErrors.push(err1173);
}
errors++;
}
}
else {
const err1174 = {instancePath:instancePath+"/exemptions/" + i58+"/images/" + i61,schemaPath:"#/properties/exemptions/items/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1174];
}
else {
vErrors.push(err1174);
}
errors++;
}
}
}
else {
const err1175 = {instancePath:instancePath+"/exemptions/" + i58+"/images",schemaPath:"#/properties/exemptions/items/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1175];
}
else {
vErrors.push(err1175);
}
errors++;
}
}
if(data420.requireDigest !== undefined){
if(typeof data420.requireDigest !== "boolean"){
const err1176 = {instancePath:instancePath+"/exemptions/" + i58+"/requireDigest",schemaPath:"#/properties/exemptions/items/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1176];
}
else {
vErrors.push(err1176);
}
errors++;
}
}
if(data420.containerNames !== undefined){
let data430 = data420.containerNames;
if(Array.isArray(data430)){
if(data430.length < 1){
const err1177 = {instancePath:instancePath+"/exemptions/" + i58+"/containerNames",schemaPath:"#/properties/exemptions/items/properties/containerNames/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1177];
}
else {
vErrors.push(err1177);
}
errors++;
}
const len57 = data430.length;
for(let i62=0; i62<len57; i62++){
let data431 = data430[i62];
if(typeof data431 === "string"){
if(func4(data431) < 1){
const err1178 = {instancePath:instancePath+"/exemptions/" + i58+"/containerNames/" + i62,schemaPath:"#/properties/exemptions/items/properties/containerNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1178];
}
else {
vErrors.push(err1178);
}
errors++;
}
}
else {
const err1179 = {instancePath:instancePath+"/exemptions/" + i58+"/containerNames/" + i62,schemaPath:"#/properties/exemptions/items/properties/containerNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1179];
}
else {
vErrors.push(err1179);
}
errors++;
}
}
}
else {
const err1180 = {instancePath:instancePath+"/exemptions/" + i58+"/containerNames",schemaPath:"#/properties/exemptions/items/properties/containerNames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1180];
}
else {
vErrors.push(err1180);
}
errors++;
}
}
}
else {
const err1181 = {instancePath:instancePath+"/exemptions/" + i58,schemaPath:"#/properties/exemptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err1182 = {instancePath:instancePath+"/exemptions",schemaPath:"#/properties/exemptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1182];
}
else {
vErrors.push(err1182);
}
errors++;
}
}
if(data.messages !== undefined){
let data432 = data.messages;
if(data432 && typeof data432 == "object" && !Array.isArray(data432)){
if(Object.keys(data432).length < 1){
const err1183 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err1183];
}
else {
vErrors.push(err1183);
}
errors++;
}
for(const key179 in data432){
if(!((key179 === "help") || (key179 === "url"))){
const err1184 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key179},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1184];
}
else {
vErrors.push(err1184);
}
errors++;
}
}
if(data432.help !== undefined){
let data433 = data432.help;
if(typeof data433 === "string"){
if(func4(data433) > 300){
const err1185 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1185];
}
else {
vErrors.push(err1185);
}
errors++;
}
if(func4(data433) < 1){
const err1186 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1186];
}
else {
vErrors.push(err1186);
}
errors++;
}
if(!pattern23.test(data433)){
const err1187 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\""};
if(vErrors === null){
vErrors = [err1187];
}
else {
vErrors.push(err1187);
}
errors++;
}
}
else {
const err1188 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1188];
}
else {
vErrors.push(err1188);
}
errors++;
}
}
if(data432.url !== undefined){
let data434 = data432.url;
if(typeof data434 === "string"){
if(func4(data434) > 300){
const err1189 = {instancePath:instancePath+"/messages/url",schemaPath:"#/properties/messages/properties/url/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1189];
}
else {
vErrors.push(err1189);
}
errors++;
}
if(!pattern24.test(data434)){
const err1190 = {instancePath:instancePath+"/messages/url",schemaPath:"#/properties/messages/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err1190];
}
else {
vErrors.push(err1190);
}
errors++;
}
}
else {
const err1191 = {instancePath:instancePath+"/messages/url",schemaPath:"#/properties/messages/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1191];
}
else {
vErrors.push(err1191);
}
errors++;
}
}
}
else {
const err1192 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1192];
}
else {
vErrors.push(err1192);
}
errors++;
}
}
if(data.log !== undefined){
let data435 = data.log;
if(data435 && typeof data435 == "object" && !Array.isArray(data435)){
for(const key180 in data435){
if(!(((key180 === "level") || (key180 === "decisions")) || (key180 === "sampleAllow"))){
const err1193 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key180},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1193];
}
else {
vErrors.push(err1193);
}
errors++;
}
}
if(data435.level !== undefined){
let data436 = data435.level;
if(typeof data436 !== "string"){
const err1194 = {instancePath:instancePath+"/log/level",schemaPath:"#/properties/log/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1194];
}
else {
vErrors.push(err1194);
}
errors++;
}
if(!((((data436 === "error") || (data436 === "warn")) || (data436 === "info")) || (data436 === "debug"))){
const err1195 = {instancePath:instancePath+"/log/level",schemaPath:"#/properties/log/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.log.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1195];
}
else {
vErrors.push(err1195);
}
errors++;
}
}
if(data435.decisions !== undefined){
let data437 = data435.decisions;
if(typeof data437 !== "string"){
const err1196 = {instancePath:instancePath+"/log/decisions",schemaPath:"#/properties/log/properties/decisions/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1196];
}
else {
vErrors.push(err1196);
}
errors++;
}
if(!((data437 === "all") || (data437 === "deny-only"))){
const err1197 = {instancePath:instancePath+"/log/decisions",schemaPath:"#/properties/log/properties/decisions/enum",keyword:"enum",params:{allowedValues: schema11.properties.log.properties.decisions.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1197];
}
else {
vErrors.push(err1197);
}
errors++;
}
}
if(data435.sampleAllow !== undefined){
let data438 = data435.sampleAllow;
if((typeof data438 == "number") && (isFinite(data438))){
if(data438 > 1 || isNaN(data438)){
const err1198 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err1198];
}
else {
vErrors.push(err1198);
}
errors++;
}
if(data438 <= 0 || isNaN(data438)){
const err1199 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err1199];
}
else {
vErrors.push(err1199);
}
errors++;
}
}
else {
const err1200 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1200];
}
else {
vErrors.push(err1200);
}
errors++;
}
}
}
else {
const err1201 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1201];
}
else {
vErrors.push(err1201);
}
errors++;
}
}
}
else {
const err1202 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1202];
}
else {
vErrors.push(err1202);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
