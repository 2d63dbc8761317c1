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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/dockgate/dockgate/config/policy.schema.json","title":"dockgate policy","type":"object","additionalProperties":false,"required":["mode","rules"],"properties":{"$schema":{"type":"string"},"description":{"type":"string"},"mode":{"description":"enforce: deny what the rules deny. audit: never deny, log what would have been denied.","type":"string","enum":["enforce","audit"]},"rules":{"description":"Action (deny, warn, off) and options per rule id. A rule left out keeps its default action and options.","type":"object","additionalProperties":false,"properties":{"privileged":{"description":"No privileged containers or exec sessions (CIS 5.5). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-network":{"description":"Do not share the host's network namespace (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow NetworkMode 'container:<id>'."},"hostNetworkIds":{"type":"array","items":{"type":"string","pattern":"^[0-9a-z]+$"},"description":"Full IDs of the host network, swarm-scoped and local (docker network ls --no-trunc --filter driver=host). With them, a service network Target is denied only when it is 'host' or a prefix of one of these IDs; without them, every Target that could be an ID (only lower-case letters and digits) is denied."}}}}}]},"seccomp-unconfined":{"description":"Do not disable seccomp (CIS 5.22). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"denyAllowByDefault":{"type":"boolean","description":"Judge custom profiles by what they let through (a profile that lets through any syscall Docker's default profile blocks is unconfined); false: only seccomp=unconfined is a finding. The name is historical."},"allowedSyscalls":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9_]+$"},"uniqueItems":true,"description":"Syscall names a custom profile may let through although Docker's default profile blocks them, e.g. ['userfaultfd']."}}}}}]},"apparmor-unconfined":{"description":"Do not disable AppArmor (CIS 5.2). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"memory-limit":{"description":"Limit container memory (CIS 5.11). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"max":{"description":"Largest memory limit allowed: bytes, or a size like \"16g\"; null for none.","oneOf":[{"type":"null"},{"type":"integer","minimum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"}]}}}}}]},"restart-policy":{"description":"Restart on failure only, a bounded number of times (CIS 5.15). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"maxRetries":{"type":"integer","minimum":1,"maximum":1000,"description":"Most on-failure retries allowed."},"denySwarmDefault":{"type":"boolean","description":"Deny swarm services that set no RestartPolicy (swarm's default restarts on any exit, forever)."}}}}}]},"host-pid":{"description":"Do not share the host's process namespace (CIS 5.16). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow PidMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-ipc":{"description":"Do not share the host's IPC namespace (CIS 5.17). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow IpcMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-uts":{"description":"Do not share the host's UTS namespace (CIS 5.21). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-userns":{"description":"Do not share the host's user namespace (CIS 5.31). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-cgroupns":{"description":"Do not share the host's cgroup namespace (CIS 5.25). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"capabilities":{"description":"Add only allowed capabilities (CIS 5.4). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Capabilities that may be added, e.g. ['NET_BIND_SERVICE'] (with or without CAP_, any case). ALL is ignored: it is never allowed. Default: Docker's default set."}}}}}]},"sensitive-mounts":{"description":"Mount host paths only from data folders (CIS 5.6). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"dataRoots":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host folders that hold data: a bind source or overlay folder must lie in one, as written and as resolved. [\"/\"] gives the deny-list behaviour of dockgate before issue 12."},"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs (micromatch, dot: true) that must not be mounted even inside a data root; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too."},"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted although they are outside the data roots or deny covers them."},"allowReadOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted read-only although they are outside the data roots or deny covers them."},"volumeTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"Filesystem types the local volume driver may mount (its 'type' option)."},"blockDevices":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Block devices (absolute host paths, e.g. /dev/disk/by-label/data) that local volumes of a disk filesystem may mount; compared where they resolve."},"allowVolumesFrom":{"type":"boolean","description":"Allow --volumes-from (HostConfig.VolumesFrom)."},"strict":{"type":"boolean","description":"Sound mode: a bind source or overlay folder must be one of strictPaths exactly, with no symlink on the way, and every folder above it owned by root and writable by neither group nor others."},"strictPaths":{"type":"array","items":{"type":"string","pattern":"^/(?!.*\\*\\*)"},"description":"Strict mode's host paths: absolute, '*' stands for exactly one path component ('/srv/volumes/*'), no '**'."}}}}}]},"docker-socket":{"description":"Do not mount the Docker socket (CIS 5.32). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"sockets":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host paths of daemon sockets (add the socket of a dockerd started with -H unix://PATH)."}}}}}]},"mount-propagation":{"description":"Do not use shared mount propagation (CIS 5.20). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-devices":{"description":"Do not expose host devices (CIS 5.18). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedDevices":{"type":"array","items":{"type":"string","minLength":1},"description":"Host device paths (micromatch globs, e.g. '/dev/fuse') that --device may pass."},"allowCgroupRules":{"type":"boolean","description":"Allow --device-cgroup-rule."},"allowDeviceRequests":{"type":"boolean","description":"Allow DeviceRequests (--gpus)."}}}}}]},"selinux-unconfined":{"description":"Do not disable SELinux separation (CIS 5.3). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"deniedTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux types that mean unconfined (label=type:<type>)."}}}}}]},"systempaths-unconfined":{"description":"Do not unmask /proc and /sys. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"security-opt-allowlist":{"description":"Only security options dockgate knows. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux label options that may be set with --security-opt label=..., as micromatch globs on '<user|role|type|level|filetype>:<value>', e.g. 'level:s0:c100,c200'. label=disable is judged by selinux-unconfined."}}}}}]},"build-options":{"description":"No host access for image builds (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"buildkit-entitlements":{"description":"BuildKit only without host entitlements (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"plugin-install":{"description":"Install and enable only allowed plugins. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugin references (micromatch globs) that may be pulled, upgraded to and enabled, matched as sent and normalised ('vieux/sshfs:latest', 'docker.io/vieux/sshfs:latest')."},"allowCreate":{"type":"boolean","description":"Allow POST /plugins/create (docker plugin create), whose content dockgate cannot see."}}}}}]},"self-protection":{"description":"Do not let API users disable dockgate. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"description":"Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied."},"ids":{"type":"array","items":{"type":"string","pattern":"^[0-9a-f]{64}$"},"description":"dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start."},"detectId":{"type":"boolean","description":"Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup."},"adminUsers":{"type":"array","items":{"type":"string","minLength":1},"description":"TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match."},"otherPlugins":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugins known not to be authorization plugins, by name as installed (e.g. 'vieux/sshfs:latest'; ':latest' is implied): anyone may disable, remove, set or upgrade them. Every other plugin may be an authorization plugin and is admin-only."},"readDaemonConfig":{"type":"boolean","description":"Protect the plugins daemon.json's authorization-plugins names (the daemon configuration file buildkit-entitlements reads), even if otherPlugins lists them."}}}}}]},"swarm-join":{"description":"Do not join foreign swarms (CIS 5.1). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedManagers":{"type":"array","items":{"type":"string","minLength":1},"description":"Manager addresses this engine may join: micromatch globs on each RemoteAddrs entry as sent ('10.0.0.*:2377'). Every address in the request must match."}}}}}]},"swarm-init":{"description":"Enable swarm mode only where needed (CIS 5.1). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"service-rollback":{"description":"Service rollbacks apply a spec dockgate cannot see. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"exec-root-user":{"description":"Do not exec as root (CIS 5.24). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"read-only-rootfs":{"description":"Mount the container's root filesystem read-only (CIS 5.13). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pids-limit":{"description":"Limit the number of processes (CIS 5.29). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"no-new-privileges":{"description":"Run with no-new-privileges (CIS 5.26). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"health-check":{"description":"Do not disable health checks (CIS 5.27). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"image-tag":{"description":"Use pinned image versions (CIS 5.28). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"requireDigest":{"type":"boolean","description":"Only a digest (@sha256:...) pins an image; a version tag is a finding too."}}}}}]},"privileged-ports":{"description":"Do not publish privileged host ports (CIS 5.8). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"port-all-interfaces":{"description":"Bind published ports to one host interface (CIS 5.14). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"publish-all-ports":{"description":"Publish only the ports you need (CIS 5.9). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-limit":{"description":"Limit container CPU (CIS 5.12). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"ulimits":{"description":"Override ulimits only when needed (CIS 5.19). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Ulimit names that may be overridden, e.g. ['nofile']."}}}}}]},"default-bridge":{"description":"Do not use the default bridge network (CIS 5.30). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sysctls":{"description":"Set only safe sysctls. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Sysctl names (micromatch globs, dot-separated) that may be set, e.g. 'net.ipv4.tcp_*'."}}}}}]},"sshd":{"description":"Do not run sshd in containers (CIS 5.7). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cgroup-parent":{"description":"Keep containers in the daemon's cgroup (CIS 5.25). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Cgroup parents (micromatch globs) that may be used, e.g. '/docker-tenants/*' or 'tenant-*.slice'."}}}}}]},"unverified-start":{"description":"Start only containers whose host paths dockgate knows. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]}}},"profiles":{"description":"Per-user overrides of rule actions and options. The first profile (in file order) whose users glob matches the TLS client certificate CN applies; none applies over the unix socket (no user).","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","users","rules"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$","description":"Name of the profile, logged with each decision it applies to."},"description":{"type":"string"},"users":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the TLS client certificate CN (empty over the unix socket, never matched)."},"rules":{"description":"Action or { action, options } per rule id, on top of the policy's rules. self-protection cannot be changed by a profile.","type":"object","additionalProperties":false,"properties":{"privileged":{"description":"No privileged containers or exec sessions (CIS 5.5). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-network":{"description":"Do not share the host's network namespace (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow NetworkMode 'container:<id>'."},"hostNetworkIds":{"type":"array","items":{"type":"string","pattern":"^[0-9a-z]+$"},"description":"Full IDs of the host network, swarm-scoped and local (docker network ls --no-trunc --filter driver=host). With them, a service network Target is denied only when it is 'host' or a prefix of one of these IDs; without them, every Target that could be an ID (only lower-case letters and digits) is denied."}}}}}]},"seccomp-unconfined":{"description":"Do not disable seccomp (CIS 5.22). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"denyAllowByDefault":{"type":"boolean","description":"Judge custom profiles by what they let through (a profile that lets through any syscall Docker's default profile blocks is unconfined); false: only seccomp=unconfined is a finding. The name is historical."},"allowedSyscalls":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9_]+$"},"uniqueItems":true,"description":"Syscall names a custom profile may let through although Docker's default profile blocks them, e.g. ['userfaultfd']."}}}}}]},"apparmor-unconfined":{"description":"Do not disable AppArmor (CIS 5.2). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"memory-limit":{"description":"Limit container memory (CIS 5.11). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"max":{"description":"Largest memory limit allowed: bytes, or a size like \"16g\"; null for none.","oneOf":[{"type":"null"},{"type":"integer","minimum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"}]}}}}}]},"restart-policy":{"description":"Restart on failure only, a bounded number of times (CIS 5.15). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"maxRetries":{"type":"integer","minimum":1,"maximum":1000,"description":"Most on-failure retries allowed."},"denySwarmDefault":{"type":"boolean","description":"Deny swarm services that set no RestartPolicy (swarm's default restarts on any exit, forever)."}}}}}]},"host-pid":{"description":"Do not share the host's process namespace (CIS 5.16). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow PidMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-ipc":{"description":"Do not share the host's IPC namespace (CIS 5.17). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow IpcMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-uts":{"description":"Do not share the host's UTS namespace (CIS 5.21). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-userns":{"description":"Do not share the host's user namespace (CIS 5.31). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-cgroupns":{"description":"Do not share the host's cgroup namespace (CIS 5.25). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"capabilities":{"description":"Add only allowed capabilities (CIS 5.4). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Capabilities that may be added, e.g. ['NET_BIND_SERVICE'] (with or without CAP_, any case). ALL is ignored: it is never allowed. Default: Docker's default set."}}}}}]},"sensitive-mounts":{"description":"Mount host paths only from data folders (CIS 5.6). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"dataRoots":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host folders that hold data: a bind source or overlay folder must lie in one, as written and as resolved. [\"/\"] gives the deny-list behaviour of dockgate before issue 12."},"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs (micromatch, dot: true) that must not be mounted even inside a data root; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too."},"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted although they are outside the data roots or deny covers them."},"allowReadOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted read-only although they are outside the data roots or deny covers them."},"volumeTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"Filesystem types the local volume driver may mount (its 'type' option)."},"blockDevices":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Block devices (absolute host paths, e.g. /dev/disk/by-label/data) that local volumes of a disk filesystem may mount; compared where they resolve."},"allowVolumesFrom":{"type":"boolean","description":"Allow --volumes-from (HostConfig.VolumesFrom)."},"strict":{"type":"boolean","description":"Sound mode: a bind source or overlay folder must be one of strictPaths exactly, with no symlink on the way, and every folder above it owned by root and writable by neither group nor others."},"strictPaths":{"type":"array","items":{"type":"string","pattern":"^/(?!.*\\*\\*)"},"description":"Strict mode's host paths: absolute, '*' stands for exactly one path component ('/srv/volumes/*'), no '**'."}}}}}]},"docker-socket":{"description":"Do not mount the Docker socket (CIS 5.32). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"sockets":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host paths of daemon sockets (add the socket of a dockerd started with -H unix://PATH)."}}}}}]},"mount-propagation":{"description":"Do not use shared mount propagation (CIS 5.20). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-devices":{"description":"Do not expose host devices (CIS 5.18). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedDevices":{"type":"array","items":{"type":"string","minLength":1},"description":"Host device paths (micromatch globs, e.g. '/dev/fuse') that --device may pass."},"allowCgroupRules":{"type":"boolean","description":"Allow --device-cgroup-rule."},"allowDeviceRequests":{"type":"boolean","description":"Allow DeviceRequests (--gpus)."}}}}}]},"selinux-unconfined":{"description":"Do not disable SELinux separation (CIS 5.3). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"deniedTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux types that mean unconfined (label=type:<type>)."}}}}}]},"systempaths-unconfined":{"description":"Do not unmask /proc and /sys. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"security-opt-allowlist":{"description":"Only security options dockgate knows. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux label options that may be set with --security-opt label=..., as micromatch globs on '<user|role|type|level|filetype>:<value>', e.g. 'level:s0:c100,c200'. label=disable is judged by selinux-unconfined."}}}}}]},"build-options":{"description":"No host access for image builds (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"buildkit-entitlements":{"description":"BuildKit only without host entitlements (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"plugin-install":{"description":"Install and enable only allowed plugins. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugin references (micromatch globs) that may be pulled, upgraded to and enabled, matched as sent and normalised ('vieux/sshfs:latest', 'docker.io/vieux/sshfs:latest')."},"allowCreate":{"type":"boolean","description":"Allow POST /plugins/create (docker plugin create), whose content dockgate cannot see."}}}}}]},"self-protection":{"description":"Do not let API users disable dockgate. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"description":"Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied."},"ids":{"type":"array","items":{"type":"string","pattern":"^[0-9a-f]{64}$"},"description":"dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start."},"detectId":{"type":"boolean","description":"Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup."},"adminUsers":{"type":"array","items":{"type":"string","minLength":1},"description":"TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match."},"otherPlugins":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugins known not to be authorization plugins, by name as installed (e.g. 'vieux/sshfs:latest'; ':latest' is implied): anyone may disable, remove, set or upgrade them. Every other plugin may be an authorization plugin and is admin-only."},"readDaemonConfig":{"type":"boolean","description":"Protect the plugins daemon.json's authorization-plugins names (the daemon configuration file buildkit-entitlements reads), even if otherPlugins lists them."}}}}}]},"swarm-join":{"description":"Do not join foreign swarms (CIS 5.1). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedManagers":{"type":"array","items":{"type":"string","minLength":1},"description":"Manager addresses this engine may join: micromatch globs on each RemoteAddrs entry as sent ('10.0.0.*:2377'). Every address in the request must match."}}}}}]},"swarm-init":{"description":"Enable swarm mode only where needed (CIS 5.1). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"service-rollback":{"description":"Service rollbacks apply a spec dockgate cannot see. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"exec-root-user":{"description":"Do not exec as root (CIS 5.24). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"read-only-rootfs":{"description":"Mount the container's root filesystem read-only (CIS 5.13). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pids-limit":{"description":"Limit the number of processes (CIS 5.29). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"no-new-privileges":{"description":"Run with no-new-privileges (CIS 5.26). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"health-check":{"description":"Do not disable health checks (CIS 5.27). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"image-tag":{"description":"Use pinned image versions (CIS 5.28). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"requireDigest":{"type":"boolean","description":"Only a digest (@sha256:...) pins an image; a version tag is a finding too."}}}}}]},"privileged-ports":{"description":"Do not publish privileged host ports (CIS 5.8). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"port-all-interfaces":{"description":"Bind published ports to one host interface (CIS 5.14). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"publish-all-ports":{"description":"Publish only the ports you need (CIS 5.9). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-limit":{"description":"Limit container CPU (CIS 5.12). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"ulimits":{"description":"Override ulimits only when needed (CIS 5.19). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Ulimit names that may be overridden, e.g. ['nofile']."}}}}}]},"default-bridge":{"description":"Do not use the default bridge network (CIS 5.30). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sysctls":{"description":"Set only safe sysctls. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Sysctl names (micromatch globs, dot-separated) that may be set, e.g. 'net.ipv4.tcp_*'."}}}}}]},"sshd":{"description":"Do not run sshd in containers (CIS 5.7). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cgroup-parent":{"description":"Keep containers in the daemon's cgroup (CIS 5.25). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Cgroup parents (micromatch globs) that may be used, e.g. '/docker-tenants/*' or 'tenant-*.slice'."}}}}}]},"unverified-start":{"description":"Start only containers whose host paths dockgate knows. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]}},"patternProperties":{"^custom/[a-z0-9][a-z0-9._-]*$":{"type":"string","enum":["deny","warn","off"]}}}}}},"customRules":{"description":"Rules without code: a field path in the canonical request view, an operator and a value. Run with the built-in rules (same exemptions, profiles and audit mode).","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","operations","field","operator","message","action"],"properties":{"id":{"type":"string","pattern":"^custom/[a-z0-9][a-z0-9._-]*$","description":"custom/<name>: the custom/ prefix keeps custom ids apart from built-in ones."},"description":{"type":"string"},"operations":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["build.cancel","build.prune","checkpoint.create","checkpoint.list","checkpoint.remove","config.create","config.inspect","config.list","config.remove","config.update","container.archive.get","container.archive.head","container.archive.put","container.attach","container.attach.ws","container.changes","container.commit","container.copy","container.create","container.exec","container.export","container.inspect","container.kill","container.list","container.logs","container.pause","container.prune","container.remove","container.rename","container.resize","container.restart","container.start","container.stats","container.stop","container.top","container.unpause","container.update","container.wait","debug.pprof.cmdline","debug.pprof.index","debug.pprof.lookup","debug.pprof.profile","debug.pprof.symbol","debug.pprof.trace","debug.vars","distribution.inspect","exec.inspect","exec.resize","exec.start","grpc","image.attestations","image.build","image.create","image.history","image.inspect","image.list","image.load","image.prune","image.push","image.remove","image.save","image.search","image.tag","network.connect","network.create","network.disconnect","network.inspect","network.list","network.prune","network.remove","node.inspect","node.list","node.remove","node.update","plugin.create","plugin.disable","plugin.enable","plugin.inspect","plugin.list","plugin.privileges","plugin.pull","plugin.push","plugin.remove","plugin.set","plugin.upgrade","secret.create","secret.inspect","secret.list","secret.remove","secret.update","service.create","service.inspect","service.list","service.logs","service.remove","service.update","session","swarm.init","swarm.inspect","swarm.join","swarm.leave","swarm.unlock","swarm.unlockkey","swarm.update","system.auth","system.df","system.events","system.info","system.options","system.ping","system.version","task.inspect","task.list","task.logs","volume.create","volume.inspect","volume.list","volume.prune","volume.remove","volume.update"]}},"field":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$","maxLength":300,"description":"Dot path in the request view, e.g. body.hostConfig.NetworkMode, body.config.Labels.team, query.name, user. Arrays match when any element matches; a map key takes the rest of the path. Env is never readable."},"operator":{"type":"string","enum":["equals","in","glob","regex","exists","greater-than"]},"value":{"description":"equals: a string, number or boolean; in: a list of them; glob, regex: a string; greater-than: a number; exists: none."},"message":{"type":"string","minLength":1,"maxLength":300},"fix":{"type":"string","minLength":1,"maxLength":300},"action":{"type":"string","enum":["deny","warn","off"]},"severity":{"type":"string","enum":["critical","high","medium","low"]}},"allOf":[{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"equals"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":["string","number","boolean"]}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"in"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"glob"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"string","minLength":1}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"regex"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"string","minLength":1,"maxLength":256}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"greater-than"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"number"}}}}]}},"exemptions":{"description":"Requests that some rules do not apply to. Every selector given must match.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason","rules"],"anyOf":[{"required":["users"]},{"required":["images"]},{"required":["containerNames"]}],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$","description":"Name of the exemption, logged with each request it exempts."},"reason":{"type":"string","minLength":1},"rules":{"description":"Rule ids this exemption lifts, or \"*\" for all. self-protection cannot be exempted (use its adminUsers option).","type":"array","minItems":1,"items":{"type":"string","anyOf":[{"enum":["*","privileged","host-network","seccomp-unconfined","apparmor-unconfined","memory-limit","restart-policy","host-pid","host-ipc","host-uts","host-userns","host-cgroupns","capabilities","sensitive-mounts","docker-socket","mount-propagation","host-devices","selinux-unconfined","systempaths-unconfined","security-opt-allowlist","build-options","buildkit-entitlements","plugin-install","swarm-join","swarm-init","service-rollback","exec-root-user","read-only-rootfs","pids-limit","no-new-privileges","health-check","image-tag","privileged-ports","port-all-interfaces","publish-all-ports","cpu-limit","ulimits","default-bridge","sysctls","sshd","cgroup-parent","unverified-start"]},{"pattern":"^custom/[a-z0-9][a-z0-9._-]*$"}]}},"users":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the TLS client certificate CN (cannot be forged; empty over the unix socket, never matched)."},"images":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the image reference, as sent and normalised (docker.io/library/name:tag). Anyone with API access can re-tag an image: use requireDigest."},"requireDigest":{"type":"boolean","description":"Match images only when referenced by digest (@sha256:...)."},"containerNames":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the container name (chosen by the requester: weak)."}}}},"messages":{"description":"What every deny message ends with, so users know where to go: help text and a URL (e.g. your runbook, or how to ask for an exemption). Shown as \"Help: <help> <url>\" before the decision id.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"help":{"type":"string","minLength":1,"maxLength":300,"pattern":"^[^\\u0000-\\u001f\\u007f]*$","description":"One line of text, e.g. \"ask #platform-docker on Slack\"."},"url":{"type":"string","maxLength":300,"pattern":"^https?://[^\\s]+$","description":"An http(s) URL, e.g. https://wiki.example.com/dockgate."}}},"log":{"type":"object","additionalProperties":false,"properties":{"level":{"type":"string","enum":["error","warn","info","debug"],"description":"Decision lines are logged at info."},"decisions":{"type":"string","enum":["all","deny-only"],"description":"all (default): a line per decision. deny-only: allow lines are not written, except allows with findings (warn, would-deny in audit mode, exempted) or request problems."},"sampleAllow":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Fraction of plain allow lines written (default 1). Deterministic: 0.1 writes every 10th. Denies and allows with findings are always written."}}}}};
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
else {
const err54 = {instancePath:instancePath+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
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
const err56 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
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
let data22 = data3["memory-limit"];
const _errs72 = errors;
let valid17 = false;
let passing4 = null;
const _errs73 = errors;
if(typeof data22 !== "string"){
const err57 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!(((data22 === "deny") || (data22 === "warn")) || (data22 === "off"))){
const err58 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["memory-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid4 = _errs73 === errors;
if(_valid4){
valid17 = true;
passing4 = 0;
}
const _errs75 = errors;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.action === undefined){
const err59 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key10 in data22){
if(!((key10 === "action") || (key10 === "options"))){
const err60 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data22.action !== undefined){
let data23 = data22.action;
if(typeof data23 !== "string"){
const err61 = {instancePath:instancePath+"/rules/memory-limit/action",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!(((data23 === "deny") || (data23 === "warn")) || (data23 === "off"))){
const err62 = {instancePath:instancePath+"/rules/memory-limit/action",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["memory-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data22.options !== undefined){
let data24 = data22.options;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key11 in data24){
if(!(key11 === "max")){
const err63 = {instancePath:instancePath+"/rules/memory-limit/options",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data24.max !== undefined){
let data25 = data24.max;
const _errs84 = errors;
let valid20 = false;
let passing5 = null;
const _errs85 = errors;
if(data25 !== null){
const err64 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid5 = _errs85 === errors;
if(_valid5){
valid20 = true;
passing5 = 0;
}
const _errs87 = errors;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err65 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 1 || isNaN(data25)){
const err66 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
var _valid5 = _errs87 === errors;
if(_valid5 && valid20){
valid20 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid20 = true;
passing5 = 1;
}
const _errs89 = errors;
if(typeof data25 === "string"){
if(!pattern2.test(data25)){
const err67 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid5 = _errs89 === errors;
if(_valid5 && valid20){
valid20 = false;
passing5 = [passing5, 2];
}
else {
if(_valid5){
valid20 = true;
passing5 = 2;
}
}
}
if(!valid20){
const err69 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err70 = {instancePath:instancePath+"/rules/memory-limit/options",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid4 = _errs75 === errors;
if(_valid4 && valid17){
valid17 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid17 = true;
passing4 = 1;
}
}
if(!valid17){
const err72 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
}
if(data3["restart-policy"] !== undefined){
let data26 = data3["restart-policy"];
const _errs92 = errors;
let valid21 = false;
let passing6 = null;
const _errs93 = errors;
if(typeof data26 !== "string"){
const err73 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!(((data26 === "deny") || (data26 === "warn")) || (data26 === "off"))){
const err74 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["restart-policy"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid6 = _errs93 === errors;
if(_valid6){
valid21 = true;
passing6 = 0;
}
const _errs95 = errors;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.action === undefined){
const err75 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key12 in data26){
if(!((key12 === "action") || (key12 === "options"))){
const err76 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data26.action !== undefined){
let data27 = data26.action;
if(typeof data27 !== "string"){
const err77 = {instancePath:instancePath+"/rules/restart-policy/action",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!(((data27 === "deny") || (data27 === "warn")) || (data27 === "off"))){
const err78 = {instancePath:instancePath+"/rules/restart-policy/action",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["restart-policy"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data26.options !== undefined){
let data28 = data26.options;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key13 in data28){
if(!((key13 === "maxRetries") || (key13 === "denySwarmDefault"))){
const err79 = {instancePath:instancePath+"/rules/restart-policy/options",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data28.maxRetries !== undefined){
let data29 = data28.maxRetries;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err80 = {instancePath:instancePath+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 1000 || isNaN(data29)){
const err81 = {instancePath:instancePath+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data29 < 1 || isNaN(data29)){
const err82 = {instancePath:instancePath+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
if(data28.denySwarmDefault !== undefined){
if(typeof data28.denySwarmDefault !== "boolean"){
const err83 = {instancePath:instancePath+"/rules/restart-policy/options/denySwarmDefault",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/denySwarmDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/rules/restart-policy/options",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid6 = _errs95 === errors;
if(_valid6 && valid21){
valid21 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid21 = true;
passing6 = 1;
}
}
if(!valid21){
const err86 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
else {
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-pid"] !== undefined){
let data31 = data3["host-pid"];
const _errs108 = errors;
let valid24 = false;
let passing7 = null;
const _errs109 = errors;
if(typeof data31 !== "string"){
const err87 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(!(((data31 === "deny") || (data31 === "warn")) || (data31 === "off"))){
const err88 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-pid"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid7 = _errs109 === errors;
if(_valid7){
valid24 = true;
passing7 = 0;
}
const _errs111 = errors;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.action === undefined){
const err89 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key14 in data31){
if(!((key14 === "action") || (key14 === "options"))){
const err90 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data31.action !== undefined){
let data32 = data31.action;
if(typeof data32 !== "string"){
const err91 = {instancePath:instancePath+"/rules/host-pid/action",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!(((data32 === "deny") || (data32 === "warn")) || (data32 === "off"))){
const err92 = {instancePath:instancePath+"/rules/host-pid/action",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-pid"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data31.options !== undefined){
let data33 = data31.options;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key15 in data33){
if(!(key15 === "allowContainerMode")){
const err93 = {instancePath:instancePath+"/rules/host-pid/options",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data33.allowContainerMode !== undefined){
if(typeof data33.allowContainerMode !== "boolean"){
const err94 = {instancePath:instancePath+"/rules/host-pid/options/allowContainerMode",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/rules/host-pid/options",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
var _valid7 = _errs111 === errors;
if(_valid7 && valid24){
valid24 = false;
passing7 = [passing7, 1];
}
else {
if(_valid7){
valid24 = true;
passing7 = 1;
}
}
if(!valid24){
const err97 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
else {
errors = _errs108;
if(vErrors !== null){
if(_errs108){
vErrors.length = _errs108;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-ipc"] !== undefined){
let data35 = data3["host-ipc"];
const _errs122 = errors;
let valid27 = false;
let passing8 = null;
const _errs123 = errors;
if(typeof data35 !== "string"){
const err98 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(!(((data35 === "deny") || (data35 === "warn")) || (data35 === "off"))){
const err99 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-ipc"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid8 = _errs123 === errors;
if(_valid8){
valid27 = true;
passing8 = 0;
}
const _errs125 = errors;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.action === undefined){
const err100 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
for(const key16 in data35){
if(!((key16 === "action") || (key16 === "options"))){
const err101 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data35.action !== undefined){
let data36 = data35.action;
if(typeof data36 !== "string"){
const err102 = {instancePath:instancePath+"/rules/host-ipc/action",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(!(((data36 === "deny") || (data36 === "warn")) || (data36 === "off"))){
const err103 = {instancePath:instancePath+"/rules/host-ipc/action",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-ipc"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data35.options !== undefined){
let data37 = data35.options;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key17 in data37){
if(!(key17 === "allowContainerMode")){
const err104 = {instancePath:instancePath+"/rules/host-ipc/options",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data37.allowContainerMode !== undefined){
if(typeof data37.allowContainerMode !== "boolean"){
const err105 = {instancePath:instancePath+"/rules/host-ipc/options/allowContainerMode",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/rules/host-ipc/options",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
var _valid8 = _errs125 === errors;
if(_valid8 && valid27){
valid27 = false;
passing8 = [passing8, 1];
}
else {
if(_valid8){
valid27 = true;
passing8 = 1;
}
}
if(!valid27){
const err108 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
else {
errors = _errs122;
if(vErrors !== null){
if(_errs122){
vErrors.length = _errs122;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-uts"] !== undefined){
let data39 = data3["host-uts"];
const _errs136 = errors;
let valid30 = false;
let passing9 = null;
const _errs137 = errors;
if(typeof data39 !== "string"){
const err109 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(!(((data39 === "deny") || (data39 === "warn")) || (data39 === "off"))){
const err110 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-uts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid9 = _errs137 === errors;
if(_valid9){
valid30 = true;
passing9 = 0;
}
const _errs139 = errors;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.action === undefined){
const err111 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key18 in data39){
if(!((key18 === "action") || (key18 === "options"))){
const err112 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data39.action !== undefined){
let data40 = data39.action;
if(typeof data40 !== "string"){
const err113 = {instancePath:instancePath+"/rules/host-uts/action",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!(((data40 === "deny") || (data40 === "warn")) || (data40 === "off"))){
const err114 = {instancePath:instancePath+"/rules/host-uts/action",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-uts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data39.options !== undefined){
let data41 = data39.options;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
for(const key19 in data41){
const err115 = {instancePath:instancePath+"/rules/host-uts/options",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/rules/host-uts/options",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid9 = _errs139 === errors;
if(_valid9 && valid30){
valid30 = false;
passing9 = [passing9, 1];
}
else {
if(_valid9){
valid30 = true;
passing9 = 1;
}
}
if(!valid30){
const err118 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
else {
errors = _errs136;
if(vErrors !== null){
if(_errs136){
vErrors.length = _errs136;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-userns"] !== undefined){
let data42 = data3["host-userns"];
const _errs148 = errors;
let valid32 = false;
let passing10 = null;
const _errs149 = errors;
if(typeof data42 !== "string"){
const err119 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(!(((data42 === "deny") || (data42 === "warn")) || (data42 === "off"))){
const err120 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-userns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid10 = _errs149 === errors;
if(_valid10){
valid32 = true;
passing10 = 0;
}
const _errs151 = errors;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.action === undefined){
const err121 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key20 in data42){
if(!((key20 === "action") || (key20 === "options"))){
const err122 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data42.action !== undefined){
let data43 = data42.action;
if(typeof data43 !== "string"){
const err123 = {instancePath:instancePath+"/rules/host-userns/action",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!(((data43 === "deny") || (data43 === "warn")) || (data43 === "off"))){
const err124 = {instancePath:instancePath+"/rules/host-userns/action",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-userns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data42.options !== undefined){
let data44 = data42.options;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key21 in data44){
const err125 = {instancePath:instancePath+"/rules/host-userns/options",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/rules/host-userns/options",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var _valid10 = _errs151 === errors;
if(_valid10 && valid32){
valid32 = false;
passing10 = [passing10, 1];
}
else {
if(_valid10){
valid32 = true;
passing10 = 1;
}
}
if(!valid32){
const err128 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
else {
errors = _errs148;
if(vErrors !== null){
if(_errs148){
vErrors.length = _errs148;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-cgroupns"] !== undefined){
let data45 = data3["host-cgroupns"];
const _errs160 = errors;
let valid34 = false;
let passing11 = null;
const _errs161 = errors;
if(typeof data45 !== "string"){
const err129 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(!(((data45 === "deny") || (data45 === "warn")) || (data45 === "off"))){
const err130 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-cgroupns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid11 = _errs161 === errors;
if(_valid11){
valid34 = true;
passing11 = 0;
}
const _errs163 = errors;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.action === undefined){
const err131 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
for(const key22 in data45){
if(!((key22 === "action") || (key22 === "options"))){
const err132 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data45.action !== undefined){
let data46 = data45.action;
if(typeof data46 !== "string"){
const err133 = {instancePath:instancePath+"/rules/host-cgroupns/action",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(!(((data46 === "deny") || (data46 === "warn")) || (data46 === "off"))){
const err134 = {instancePath:instancePath+"/rules/host-cgroupns/action",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-cgroupns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data45.options !== undefined){
let data47 = data45.options;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key23 in data47){
const err135 = {instancePath:instancePath+"/rules/host-cgroupns/options",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/rules/host-cgroupns/options",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
var _valid11 = _errs163 === errors;
if(_valid11 && valid34){
valid34 = false;
passing11 = [passing11, 1];
}
else {
if(_valid11){
valid34 = true;
passing11 = 1;
}
}
if(!valid34){
const err138 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
else {
errors = _errs160;
if(vErrors !== null){
if(_errs160){
vErrors.length = _errs160;
}
else {
vErrors = null;
}
}
}
}
if(data3.capabilities !== undefined){
let data48 = data3.capabilities;
const _errs172 = errors;
let valid36 = false;
let passing12 = null;
const _errs173 = errors;
if(typeof data48 !== "string"){
const err139 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(!(((data48 === "deny") || (data48 === "warn")) || (data48 === "off"))){
const err140 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.capabilities.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
var _valid12 = _errs173 === errors;
if(_valid12){
valid36 = true;
passing12 = 0;
}
const _errs175 = errors;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.action === undefined){
const err141 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
for(const key24 in data48){
if(!((key24 === "action") || (key24 === "options"))){
const err142 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data48.action !== undefined){
let data49 = data48.action;
if(typeof data49 !== "string"){
const err143 = {instancePath:instancePath+"/rules/capabilities/action",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!(((data49 === "deny") || (data49 === "warn")) || (data49 === "off"))){
const err144 = {instancePath:instancePath+"/rules/capabilities/action",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.capabilities.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data48.options !== undefined){
let data50 = data48.options;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key25 in data50){
if(!(key25 === "allowed")){
const err145 = {instancePath:instancePath+"/rules/capabilities/options",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data50.allowed !== undefined){
let data51 = data50.allowed;
if(Array.isArray(data51)){
const len2 = data51.length;
for(let i3=0; i3<len2; i3++){
let data52 = data51[i3];
if(typeof data52 === "string"){
if(func4(data52) < 1){
const err146 = {instancePath:instancePath+"/rules/capabilities/options/allowed/" + i3,schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/rules/capabilities/options/allowed/" + i3,schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
let i4 = data51.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data51[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err148 = {instancePath:instancePath+"/rules/capabilities/options/allowed",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err149 = {instancePath:instancePath+"/rules/capabilities/options/allowed",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
else {
const err150 = {instancePath:instancePath+"/rules/capabilities/options",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
var _valid12 = _errs175 === errors;
if(_valid12 && valid36){
valid36 = false;
passing12 = [passing12, 1];
}
else {
if(_valid12){
valid36 = true;
passing12 = 1;
}
}
if(!valid36){
const err152 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
else {
errors = _errs172;
if(vErrors !== null){
if(_errs172){
vErrors.length = _errs172;
}
else {
vErrors = null;
}
}
}
}
if(data3["sensitive-mounts"] !== undefined){
let data53 = data3["sensitive-mounts"];
const _errs188 = errors;
let valid42 = false;
let passing13 = null;
const _errs189 = errors;
if(typeof data53 !== "string"){
const err153 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(!(((data53 === "deny") || (data53 === "warn")) || (data53 === "off"))){
const err154 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["sensitive-mounts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
var _valid13 = _errs189 === errors;
if(_valid13){
valid42 = true;
passing13 = 0;
}
const _errs191 = errors;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.action === undefined){
const err155 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
for(const key26 in data53){
if(!((key26 === "action") || (key26 === "options"))){
const err156 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data53.action !== undefined){
let data54 = data53.action;
if(typeof data54 !== "string"){
const err157 = {instancePath:instancePath+"/rules/sensitive-mounts/action",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(!(((data54 === "deny") || (data54 === "warn")) || (data54 === "off"))){
const err158 = {instancePath:instancePath+"/rules/sensitive-mounts/action",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data53.options !== undefined){
let data55 = data53.options;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key27 in data55){
if(!(func2.call(schema11.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.options.properties, key27))){
const err159 = {instancePath:instancePath+"/rules/sensitive-mounts/options",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data55.dataRoots !== undefined){
let data56 = data55.dataRoots;
if(Array.isArray(data56)){
const len3 = data56.length;
for(let i5=0; i5<len3; i5++){
let data57 = data56[i5];
if(typeof data57 === "string"){
if(!pattern3.test(data57)){
const err160 = {instancePath:instancePath+"/rules/sensitive-mounts/options/dataRoots/" + i5,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/rules/sensitive-mounts/options/dataRoots/" + i5,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/rules/sensitive-mounts/options/dataRoots",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data55.deny !== undefined){
let data58 = data55.deny;
if(Array.isArray(data58)){
const len4 = data58.length;
for(let i6=0; i6<len4; i6++){
let data59 = data58[i6];
if(typeof data59 === "string"){
if(func4(data59) < 1){
const err163 = {instancePath:instancePath+"/rules/sensitive-mounts/options/deny/" + i6,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err164 = {instancePath:instancePath+"/rules/sensitive-mounts/options/deny/" + i6,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err165 = {instancePath:instancePath+"/rules/sensitive-mounts/options/deny",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data55.allow !== undefined){
let data60 = data55.allow;
if(Array.isArray(data60)){
const len5 = data60.length;
for(let i7=0; i7<len5; i7++){
let data61 = data60[i7];
if(typeof data61 === "string"){
if(func4(data61) < 1){
const err166 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allow/" + i7,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err167 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allow/" + i7,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err168 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allow",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data55.allowReadOnly !== undefined){
let data62 = data55.allowReadOnly;
if(Array.isArray(data62)){
const len6 = data62.length;
for(let i8=0; i8<len6; i8++){
let data63 = data62[i8];
if(typeof data63 === "string"){
if(func4(data63) < 1){
const err169 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowReadOnly/" + i8,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err170 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowReadOnly/" + i8,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err171 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowReadOnly",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data55.volumeTypes !== undefined){
let data64 = data55.volumeTypes;
if(Array.isArray(data64)){
const len7 = data64.length;
for(let i9=0; i9<len7; i9++){
let data65 = data64[i9];
if(typeof data65 === "string"){
if(func4(data65) < 1){
const err172 = {instancePath:instancePath+"/rules/sensitive-mounts/options/volumeTypes/" + i9,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err173 = {instancePath:instancePath+"/rules/sensitive-mounts/options/volumeTypes/" + i9,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err174 = {instancePath:instancePath+"/rules/sensitive-mounts/options/volumeTypes",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data55.blockDevices !== undefined){
let data66 = data55.blockDevices;
if(Array.isArray(data66)){
const len8 = data66.length;
for(let i10=0; i10<len8; i10++){
let data67 = data66[i10];
if(typeof data67 === "string"){
if(!pattern3.test(data67)){
const err175 = {instancePath:instancePath+"/rules/sensitive-mounts/options/blockDevices/" + i10,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
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
const err176 = {instancePath:instancePath+"/rules/sensitive-mounts/options/blockDevices/" + i10,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err177 = {instancePath:instancePath+"/rules/sensitive-mounts/options/blockDevices",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data55.allowVolumesFrom !== undefined){
if(typeof data55.allowVolumesFrom !== "boolean"){
const err178 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowVolumesFrom",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowVolumesFrom/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data55.strict !== undefined){
if(typeof data55.strict !== "boolean"){
const err179 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strict",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data55.strictPaths !== undefined){
let data70 = data55.strictPaths;
if(Array.isArray(data70)){
const len9 = data70.length;
for(let i11=0; i11<len9; i11++){
let data71 = data70[i11];
if(typeof data71 === "string"){
if(!pattern5.test(data71)){
const err180 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strictPaths/" + i11,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/pattern",keyword:"pattern",params:{pattern: "^/(?!.*\\*\\*)"},message:"must match pattern \""+"^/(?!.*\\*\\*)"+"\""};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strictPaths/" + i11,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strictPaths",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath:instancePath+"/rules/sensitive-mounts/options",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
else {
const err184 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid13 = _errs191 === errors;
if(_valid13 && valid42){
valid42 = false;
passing13 = [passing13, 1];
}
else {
if(_valid13){
valid42 = true;
passing13 = 1;
}
}
if(!valid42){
const err185 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
else {
errors = _errs188;
if(vErrors !== null){
if(_errs188){
vErrors.length = _errs188;
}
else {
vErrors = null;
}
}
}
}
if(data3["docker-socket"] !== undefined){
let data72 = data3["docker-socket"];
const _errs232 = errors;
let valid59 = false;
let passing14 = null;
const _errs233 = errors;
if(typeof data72 !== "string"){
const err186 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(!(((data72 === "deny") || (data72 === "warn")) || (data72 === "off"))){
const err187 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["docker-socket"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
var _valid14 = _errs233 === errors;
if(_valid14){
valid59 = true;
passing14 = 0;
}
const _errs235 = errors;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.action === undefined){
const err188 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
for(const key28 in data72){
if(!((key28 === "action") || (key28 === "options"))){
const err189 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data72.action !== undefined){
let data73 = data72.action;
if(typeof data73 !== "string"){
const err190 = {instancePath:instancePath+"/rules/docker-socket/action",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(!(((data73 === "deny") || (data73 === "warn")) || (data73 === "off"))){
const err191 = {instancePath:instancePath+"/rules/docker-socket/action",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["docker-socket"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data72.options !== undefined){
let data74 = data72.options;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
for(const key29 in data74){
if(!(key29 === "sockets")){
const err192 = {instancePath:instancePath+"/rules/docker-socket/options",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data74.sockets !== undefined){
let data75 = data74.sockets;
if(Array.isArray(data75)){
const len10 = data75.length;
for(let i12=0; i12<len10; i12++){
let data76 = data75[i12];
if(typeof data76 === "string"){
if(!pattern3.test(data76)){
const err193 = {instancePath:instancePath+"/rules/docker-socket/options/sockets/" + i12,schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
else {
const err194 = {instancePath:instancePath+"/rules/docker-socket/options/sockets/" + i12,schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
}
else {
const err195 = {instancePath:instancePath+"/rules/docker-socket/options/sockets",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/rules/docker-socket/options",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
else {
const err197 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
var _valid14 = _errs235 === errors;
if(_valid14 && valid59){
valid59 = false;
passing14 = [passing14, 1];
}
else {
if(_valid14){
valid59 = true;
passing14 = 1;
}
}
if(!valid59){
const err198 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
else {
errors = _errs232;
if(vErrors !== null){
if(_errs232){
vErrors.length = _errs232;
}
else {
vErrors = null;
}
}
}
}
if(data3["mount-propagation"] !== undefined){
let data77 = data3["mount-propagation"];
const _errs248 = errors;
let valid64 = false;
let passing15 = null;
const _errs249 = errors;
if(typeof data77 !== "string"){
const err199 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(!(((data77 === "deny") || (data77 === "warn")) || (data77 === "off"))){
const err200 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["mount-propagation"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
var _valid15 = _errs249 === errors;
if(_valid15){
valid64 = true;
passing15 = 0;
}
const _errs251 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.action === undefined){
const err201 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
for(const key30 in data77){
if(!((key30 === "action") || (key30 === "options"))){
const err202 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data77.action !== undefined){
let data78 = data77.action;
if(typeof data78 !== "string"){
const err203 = {instancePath:instancePath+"/rules/mount-propagation/action",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(!(((data78 === "deny") || (data78 === "warn")) || (data78 === "off"))){
const err204 = {instancePath:instancePath+"/rules/mount-propagation/action",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["mount-propagation"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data77.options !== undefined){
let data79 = data77.options;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
for(const key31 in data79){
const err205 = {instancePath:instancePath+"/rules/mount-propagation/options",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/rules/mount-propagation/options",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
var _valid15 = _errs251 === errors;
if(_valid15 && valid64){
valid64 = false;
passing15 = [passing15, 1];
}
else {
if(_valid15){
valid64 = true;
passing15 = 1;
}
}
if(!valid64){
const err208 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
else {
errors = _errs248;
if(vErrors !== null){
if(_errs248){
vErrors.length = _errs248;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-devices"] !== undefined){
let data80 = data3["host-devices"];
const _errs260 = errors;
let valid66 = false;
let passing16 = null;
const _errs261 = errors;
if(typeof data80 !== "string"){
const err209 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(!(((data80 === "deny") || (data80 === "warn")) || (data80 === "off"))){
const err210 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-devices"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
var _valid16 = _errs261 === errors;
if(_valid16){
valid66 = true;
passing16 = 0;
}
const _errs263 = errors;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
if(data80.action === undefined){
const err211 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
for(const key32 in data80){
if(!((key32 === "action") || (key32 === "options"))){
const err212 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data80.action !== undefined){
let data81 = data80.action;
if(typeof data81 !== "string"){
const err213 = {instancePath:instancePath+"/rules/host-devices/action",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(!(((data81 === "deny") || (data81 === "warn")) || (data81 === "off"))){
const err214 = {instancePath:instancePath+"/rules/host-devices/action",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-devices"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data80.options !== undefined){
let data82 = data80.options;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
for(const key33 in data82){
if(!(((key33 === "allowedDevices") || (key33 === "allowCgroupRules")) || (key33 === "allowDeviceRequests"))){
const err215 = {instancePath:instancePath+"/rules/host-devices/options",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data82.allowedDevices !== undefined){
let data83 = data82.allowedDevices;
if(Array.isArray(data83)){
const len11 = data83.length;
for(let i13=0; i13<len11; i13++){
let data84 = data83[i13];
if(typeof data84 === "string"){
if(func4(data84) < 1){
const err216 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices/" + i13,schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
else {
const err217 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices/" + i13,schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
else {
const err218 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data82.allowCgroupRules !== undefined){
if(typeof data82.allowCgroupRules !== "boolean"){
const err219 = {instancePath:instancePath+"/rules/host-devices/options/allowCgroupRules",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowCgroupRules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data82.allowDeviceRequests !== undefined){
if(typeof data82.allowDeviceRequests !== "boolean"){
const err220 = {instancePath:instancePath+"/rules/host-devices/options/allowDeviceRequests",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowDeviceRequests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err221 = {instancePath:instancePath+"/rules/host-devices/options",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err222 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
var _valid16 = _errs263 === errors;
if(_valid16 && valid66){
valid66 = false;
passing16 = [passing16, 1];
}
else {
if(_valid16){
valid66 = true;
passing16 = 1;
}
}
if(!valid66){
const err223 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
else {
errors = _errs260;
if(vErrors !== null){
if(_errs260){
vErrors.length = _errs260;
}
else {
vErrors = null;
}
}
}
}
if(data3["selinux-unconfined"] !== undefined){
let data87 = data3["selinux-unconfined"];
const _errs280 = errors;
let valid71 = false;
let passing17 = null;
const _errs281 = errors;
if(typeof data87 !== "string"){
const err224 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(!(((data87 === "deny") || (data87 === "warn")) || (data87 === "off"))){
const err225 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["selinux-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
var _valid17 = _errs281 === errors;
if(_valid17){
valid71 = true;
passing17 = 0;
}
const _errs283 = errors;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
if(data87.action === undefined){
const err226 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
for(const key34 in data87){
if(!((key34 === "action") || (key34 === "options"))){
const err227 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data87.action !== undefined){
let data88 = data87.action;
if(typeof data88 !== "string"){
const err228 = {instancePath:instancePath+"/rules/selinux-unconfined/action",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(!(((data88 === "deny") || (data88 === "warn")) || (data88 === "off"))){
const err229 = {instancePath:instancePath+"/rules/selinux-unconfined/action",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["selinux-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data87.options !== undefined){
let data89 = data87.options;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
for(const key35 in data89){
if(!(key35 === "deniedTypes")){
const err230 = {instancePath:instancePath+"/rules/selinux-unconfined/options",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data89.deniedTypes !== undefined){
let data90 = data89.deniedTypes;
if(Array.isArray(data90)){
const len12 = data90.length;
for(let i14=0; i14<len12; i14++){
let data91 = data90[i14];
if(typeof data91 === "string"){
if(func4(data91) < 1){
const err231 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes/" + i14,schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
else {
const err232 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes/" + i14,schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
else {
const err233 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath:instancePath+"/rules/selinux-unconfined/options",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
else {
const err235 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
var _valid17 = _errs283 === errors;
if(_valid17 && valid71){
valid71 = false;
passing17 = [passing17, 1];
}
else {
if(_valid17){
valid71 = true;
passing17 = 1;
}
}
if(!valid71){
const err236 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
else {
errors = _errs280;
if(vErrors !== null){
if(_errs280){
vErrors.length = _errs280;
}
else {
vErrors = null;
}
}
}
}
if(data3["systempaths-unconfined"] !== undefined){
let data92 = data3["systempaths-unconfined"];
const _errs296 = errors;
let valid76 = false;
let passing18 = null;
const _errs297 = errors;
if(typeof data92 !== "string"){
const err237 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(!(((data92 === "deny") || (data92 === "warn")) || (data92 === "off"))){
const err238 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["systempaths-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
var _valid18 = _errs297 === errors;
if(_valid18){
valid76 = true;
passing18 = 0;
}
const _errs299 = errors;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
if(data92.action === undefined){
const err239 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
for(const key36 in data92){
if(!((key36 === "action") || (key36 === "options"))){
const err240 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data92.action !== undefined){
let data93 = data92.action;
if(typeof data93 !== "string"){
const err241 = {instancePath:instancePath+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(!(((data93 === "deny") || (data93 === "warn")) || (data93 === "off"))){
const err242 = {instancePath:instancePath+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["systempaths-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data92.options !== undefined){
let data94 = data92.options;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
for(const key37 in data94){
const err243 = {instancePath:instancePath+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
else {
const err244 = {instancePath:instancePath+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
else {
const err245 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
var _valid18 = _errs299 === errors;
if(_valid18 && valid76){
valid76 = false;
passing18 = [passing18, 1];
}
else {
if(_valid18){
valid76 = true;
passing18 = 1;
}
}
if(!valid76){
const err246 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
else {
errors = _errs296;
if(vErrors !== null){
if(_errs296){
vErrors.length = _errs296;
}
else {
vErrors = null;
}
}
}
}
if(data3["security-opt-allowlist"] !== undefined){
let data95 = data3["security-opt-allowlist"];
const _errs308 = errors;
let valid78 = false;
let passing19 = null;
const _errs309 = errors;
if(typeof data95 !== "string"){
const err247 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if(!(((data95 === "deny") || (data95 === "warn")) || (data95 === "off"))){
const err248 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["security-opt-allowlist"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
var _valid19 = _errs309 === errors;
if(_valid19){
valid78 = true;
passing19 = 0;
}
const _errs311 = errors;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.action === undefined){
const err249 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
for(const key38 in data95){
if(!((key38 === "action") || (key38 === "options"))){
const err250 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data95.action !== undefined){
let data96 = data95.action;
if(typeof data96 !== "string"){
const err251 = {instancePath:instancePath+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(!(((data96 === "deny") || (data96 === "warn")) || (data96 === "off"))){
const err252 = {instancePath:instancePath+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["security-opt-allowlist"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data95.options !== undefined){
let data97 = data95.options;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
for(const key39 in data97){
if(!(key39 === "allowedLabels")){
const err253 = {instancePath:instancePath+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data97.allowedLabels !== undefined){
let data98 = data97.allowedLabels;
if(Array.isArray(data98)){
const len13 = data98.length;
for(let i15=0; i15<len13; i15++){
let data99 = data98[i15];
if(typeof data99 === "string"){
if(func4(data99) < 1){
const err254 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels/" + i15,schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels/" + i15,schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
else {
const err256 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
}
else {
const err257 = {instancePath:instancePath+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
else {
const err258 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
var _valid19 = _errs311 === errors;
if(_valid19 && valid78){
valid78 = false;
passing19 = [passing19, 1];
}
else {
if(_valid19){
valid78 = true;
passing19 = 1;
}
}
if(!valid78){
const err259 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
else {
errors = _errs308;
if(vErrors !== null){
if(_errs308){
vErrors.length = _errs308;
}
else {
vErrors = null;
}
}
}
}
if(data3["build-options"] !== undefined){
let data100 = data3["build-options"];
const _errs324 = errors;
let valid83 = false;
let passing20 = null;
const _errs325 = errors;
if(typeof data100 !== "string"){
const err260 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if(!(((data100 === "deny") || (data100 === "warn")) || (data100 === "off"))){
const err261 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["build-options"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
var _valid20 = _errs325 === errors;
if(_valid20){
valid83 = true;
passing20 = 0;
}
const _errs327 = errors;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
if(data100.action === undefined){
const err262 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
for(const key40 in data100){
if(!((key40 === "action") || (key40 === "options"))){
const err263 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data100.action !== undefined){
let data101 = data100.action;
if(typeof data101 !== "string"){
const err264 = {instancePath:instancePath+"/rules/build-options/action",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(!(((data101 === "deny") || (data101 === "warn")) || (data101 === "off"))){
const err265 = {instancePath:instancePath+"/rules/build-options/action",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["build-options"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data100.options !== undefined){
let data102 = data100.options;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
for(const key41 in data102){
const err266 = {instancePath:instancePath+"/rules/build-options/options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
else {
const err267 = {instancePath:instancePath+"/rules/build-options/options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
var _valid20 = _errs327 === errors;
if(_valid20 && valid83){
valid83 = false;
passing20 = [passing20, 1];
}
else {
if(_valid20){
valid83 = true;
passing20 = 1;
}
}
if(!valid83){
const err269 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
else {
errors = _errs324;
if(vErrors !== null){
if(_errs324){
vErrors.length = _errs324;
}
else {
vErrors = null;
}
}
}
}
if(data3["buildkit-entitlements"] !== undefined){
let data103 = data3["buildkit-entitlements"];
const _errs336 = errors;
let valid85 = false;
let passing21 = null;
const _errs337 = errors;
if(typeof data103 !== "string"){
const err270 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(!(((data103 === "deny") || (data103 === "warn")) || (data103 === "off"))){
const err271 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["buildkit-entitlements"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
var _valid21 = _errs337 === errors;
if(_valid21){
valid85 = true;
passing21 = 0;
}
const _errs339 = errors;
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
if(data103.action === undefined){
const err272 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
for(const key42 in data103){
if(!((key42 === "action") || (key42 === "options"))){
const err273 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data103.action !== undefined){
let data104 = data103.action;
if(typeof data104 !== "string"){
const err274 = {instancePath:instancePath+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if(!(((data104 === "deny") || (data104 === "warn")) || (data104 === "off"))){
const err275 = {instancePath:instancePath+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["buildkit-entitlements"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data103.options !== undefined){
let data105 = data103.options;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
for(const key43 in data105){
const err276 = {instancePath:instancePath+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
else {
const err277 = {instancePath:instancePath+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
else {
const err278 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
var _valid21 = _errs339 === errors;
if(_valid21 && valid85){
valid85 = false;
passing21 = [passing21, 1];
}
else {
if(_valid21){
valid85 = true;
passing21 = 1;
}
}
if(!valid85){
const err279 = {instancePath:instancePath+"/rules/buildkit-entitlements",schemaPath:"#/properties/rules/properties/buildkit-entitlements/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
else {
errors = _errs336;
if(vErrors !== null){
if(_errs336){
vErrors.length = _errs336;
}
else {
vErrors = null;
}
}
}
}
if(data3["plugin-install"] !== undefined){
let data106 = data3["plugin-install"];
const _errs348 = errors;
let valid87 = false;
let passing22 = null;
const _errs349 = errors;
if(typeof data106 !== "string"){
const err280 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if(!(((data106 === "deny") || (data106 === "warn")) || (data106 === "off"))){
const err281 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["plugin-install"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
var _valid22 = _errs349 === errors;
if(_valid22){
valid87 = true;
passing22 = 0;
}
const _errs351 = errors;
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.action === undefined){
const err282 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
for(const key44 in data106){
if(!((key44 === "action") || (key44 === "options"))){
const err283 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data106.action !== undefined){
let data107 = data106.action;
if(typeof data107 !== "string"){
const err284 = {instancePath:instancePath+"/rules/plugin-install/action",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!(((data107 === "deny") || (data107 === "warn")) || (data107 === "off"))){
const err285 = {instancePath:instancePath+"/rules/plugin-install/action",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["plugin-install"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data106.options !== undefined){
let data108 = data106.options;
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
for(const key45 in data108){
if(!((key45 === "allowed") || (key45 === "allowCreate"))){
const err286 = {instancePath:instancePath+"/rules/plugin-install/options",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data108.allowed !== undefined){
let data109 = data108.allowed;
if(Array.isArray(data109)){
const len14 = data109.length;
for(let i16=0; i16<len14; i16++){
let data110 = data109[i16];
if(typeof data110 === "string"){
if(func4(data110) < 1){
const err287 = {instancePath:instancePath+"/rules/plugin-install/options/allowed/" + i16,schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
else {
const err288 = {instancePath:instancePath+"/rules/plugin-install/options/allowed/" + i16,schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/rules/plugin-install/options/allowed",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data108.allowCreate !== undefined){
if(typeof data108.allowCreate !== "boolean"){
const err290 = {instancePath:instancePath+"/rules/plugin-install/options/allowCreate",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowCreate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
else {
const err291 = {instancePath:instancePath+"/rules/plugin-install/options",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err292 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
var _valid22 = _errs351 === errors;
if(_valid22 && valid87){
valid87 = false;
passing22 = [passing22, 1];
}
else {
if(_valid22){
valid87 = true;
passing22 = 1;
}
}
if(!valid87){
const err293 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
else {
errors = _errs348;
if(vErrors !== null){
if(_errs348){
vErrors.length = _errs348;
}
else {
vErrors = null;
}
}
}
}
if(data3["self-protection"] !== undefined){
let data112 = data3["self-protection"];
const _errs366 = errors;
let valid92 = false;
let passing23 = null;
const _errs367 = errors;
if(typeof data112 !== "string"){
const err294 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
if(!(((data112 === "deny") || (data112 === "warn")) || (data112 === "off"))){
const err295 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["self-protection"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
var _valid23 = _errs367 === errors;
if(_valid23){
valid92 = true;
passing23 = 0;
}
const _errs369 = errors;
if(data112 && typeof data112 == "object" && !Array.isArray(data112)){
if(data112.action === undefined){
const err296 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
for(const key46 in data112){
if(!((key46 === "action") || (key46 === "options"))){
const err297 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data112.action !== undefined){
let data113 = data112.action;
if(typeof data113 !== "string"){
const err298 = {instancePath:instancePath+"/rules/self-protection/action",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
if(!(((data113 === "deny") || (data113 === "warn")) || (data113 === "off"))){
const err299 = {instancePath:instancePath+"/rules/self-protection/action",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["self-protection"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data112.options !== undefined){
let data114 = data112.options;
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
for(const key47 in data114){
if(!((((((key47 === "names") || (key47 === "ids")) || (key47 === "detectId")) || (key47 === "adminUsers")) || (key47 === "otherPlugins")) || (key47 === "readDaemonConfig"))){
const err300 = {instancePath:instancePath+"/rules/self-protection/options",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data114.names !== undefined){
let data115 = data114.names;
if(Array.isArray(data115)){
const len15 = data115.length;
for(let i17=0; i17<len15; i17++){
let data116 = data115[i17];
if(typeof data116 === "string"){
if(func4(data116) < 1){
const err301 = {instancePath:instancePath+"/rules/self-protection/options/names/" + i17,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
else {
const err302 = {instancePath:instancePath+"/rules/self-protection/options/names/" + i17,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
}
else {
const err303 = {instancePath:instancePath+"/rules/self-protection/options/names",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data114.ids !== undefined){
let data117 = data114.ids;
if(Array.isArray(data117)){
const len16 = data117.length;
for(let i18=0; i18<len16; i18++){
let data118 = data117[i18];
if(typeof data118 === "string"){
if(!pattern7.test(data118)){
const err304 = {instancePath:instancePath+"/rules/self-protection/options/ids/" + i18,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err305 = {instancePath:instancePath+"/rules/self-protection/options/ids/" + i18,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err306 = {instancePath:instancePath+"/rules/self-protection/options/ids",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data114.detectId !== undefined){
if(typeof data114.detectId !== "boolean"){
const err307 = {instancePath:instancePath+"/rules/self-protection/options/detectId",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/detectId/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data114.adminUsers !== undefined){
let data120 = data114.adminUsers;
if(Array.isArray(data120)){
const len17 = data120.length;
for(let i19=0; i19<len17; i19++){
let data121 = data120[i19];
if(typeof data121 === "string"){
if(func4(data121) < 1){
const err308 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers/" + i19,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err309 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers/" + i19,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err310 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data114.otherPlugins !== undefined){
let data122 = data114.otherPlugins;
if(Array.isArray(data122)){
const len18 = data122.length;
for(let i20=0; i20<len18; i20++){
let data123 = data122[i20];
if(typeof data123 === "string"){
if(func4(data123) < 1){
const err311 = {instancePath:instancePath+"/rules/self-protection/options/otherPlugins/" + i20,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err312 = {instancePath:instancePath+"/rules/self-protection/options/otherPlugins/" + i20,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err313 = {instancePath:instancePath+"/rules/self-protection/options/otherPlugins",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(data114.readDaemonConfig !== undefined){
if(typeof data114.readDaemonConfig !== "boolean"){
const err314 = {instancePath:instancePath+"/rules/self-protection/options/readDaemonConfig",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/readDaemonConfig/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
}
else {
const err315 = {instancePath:instancePath+"/rules/self-protection/options",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err316 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
var _valid23 = _errs369 === errors;
if(_valid23 && valid92){
valid92 = false;
passing23 = [passing23, 1];
}
else {
if(_valid23){
valid92 = true;
passing23 = 1;
}
}
if(!valid92){
const err317 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
else {
errors = _errs366;
if(vErrors !== null){
if(_errs366){
vErrors.length = _errs366;
}
else {
vErrors = null;
}
}
}
}
if(data3["swarm-join"] !== undefined){
let data125 = data3["swarm-join"];
const _errs398 = errors;
let valid103 = false;
let passing24 = null;
const _errs399 = errors;
if(typeof data125 !== "string"){
const err318 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
if(!(((data125 === "deny") || (data125 === "warn")) || (data125 === "off"))){
const err319 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-join"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
var _valid24 = _errs399 === errors;
if(_valid24){
valid103 = true;
passing24 = 0;
}
const _errs401 = errors;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.action === undefined){
const err320 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
for(const key48 in data125){
if(!((key48 === "action") || (key48 === "options"))){
const err321 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data125.action !== undefined){
let data126 = data125.action;
if(typeof data126 !== "string"){
const err322 = {instancePath:instancePath+"/rules/swarm-join/action",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(!(((data126 === "deny") || (data126 === "warn")) || (data126 === "off"))){
const err323 = {instancePath:instancePath+"/rules/swarm-join/action",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-join"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
if(data125.options !== undefined){
let data127 = data125.options;
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
for(const key49 in data127){
if(!(key49 === "allowedManagers")){
const err324 = {instancePath:instancePath+"/rules/swarm-join/options",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data127.allowedManagers !== undefined){
let data128 = data127.allowedManagers;
if(Array.isArray(data128)){
const len19 = data128.length;
for(let i21=0; i21<len19; i21++){
let data129 = data128[i21];
if(typeof data129 === "string"){
if(func4(data129) < 1){
const err325 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers/" + i21,schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
else {
const err326 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers/" + i21,schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
}
else {
const err327 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
}
else {
const err328 = {instancePath:instancePath+"/rules/swarm-join/options",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
}
else {
const err329 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
var _valid24 = _errs401 === errors;
if(_valid24 && valid103){
valid103 = false;
passing24 = [passing24, 1];
}
else {
if(_valid24){
valid103 = true;
passing24 = 1;
}
}
if(!valid103){
const err330 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
else {
errors = _errs398;
if(vErrors !== null){
if(_errs398){
vErrors.length = _errs398;
}
else {
vErrors = null;
}
}
}
}
if(data3["swarm-init"] !== undefined){
let data130 = data3["swarm-init"];
const _errs414 = errors;
let valid108 = false;
let passing25 = null;
const _errs415 = errors;
if(typeof data130 !== "string"){
const err331 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
if(!(((data130 === "deny") || (data130 === "warn")) || (data130 === "off"))){
const err332 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-init"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
var _valid25 = _errs415 === errors;
if(_valid25){
valid108 = true;
passing25 = 0;
}
const _errs417 = errors;
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
if(data130.action === undefined){
const err333 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
for(const key50 in data130){
if(!((key50 === "action") || (key50 === "options"))){
const err334 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data130.action !== undefined){
let data131 = data130.action;
if(typeof data131 !== "string"){
const err335 = {instancePath:instancePath+"/rules/swarm-init/action",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if(!(((data131 === "deny") || (data131 === "warn")) || (data131 === "off"))){
const err336 = {instancePath:instancePath+"/rules/swarm-init/action",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-init"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
if(data130.options !== undefined){
let data132 = data130.options;
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
for(const key51 in data132){
const err337 = {instancePath:instancePath+"/rules/swarm-init/options",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
else {
const err338 = {instancePath:instancePath+"/rules/swarm-init/options",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
}
else {
const err339 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
var _valid25 = _errs417 === errors;
if(_valid25 && valid108){
valid108 = false;
passing25 = [passing25, 1];
}
else {
if(_valid25){
valid108 = true;
passing25 = 1;
}
}
if(!valid108){
const err340 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
else {
errors = _errs414;
if(vErrors !== null){
if(_errs414){
vErrors.length = _errs414;
}
else {
vErrors = null;
}
}
}
}
if(data3["service-rollback"] !== undefined){
let data133 = data3["service-rollback"];
const _errs426 = errors;
let valid110 = false;
let passing26 = null;
const _errs427 = errors;
if(typeof data133 !== "string"){
const err341 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(!(((data133 === "deny") || (data133 === "warn")) || (data133 === "off"))){
const err342 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["service-rollback"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
var _valid26 = _errs427 === errors;
if(_valid26){
valid110 = true;
passing26 = 0;
}
const _errs429 = errors;
if(data133 && typeof data133 == "object" && !Array.isArray(data133)){
if(data133.action === undefined){
const err343 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
for(const key52 in data133){
if(!((key52 === "action") || (key52 === "options"))){
const err344 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
if(data133.action !== undefined){
let data134 = data133.action;
if(typeof data134 !== "string"){
const err345 = {instancePath:instancePath+"/rules/service-rollback/action",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
if(!(((data134 === "deny") || (data134 === "warn")) || (data134 === "off"))){
const err346 = {instancePath:instancePath+"/rules/service-rollback/action",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["service-rollback"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
if(data133.options !== undefined){
let data135 = data133.options;
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
for(const key53 in data135){
const err347 = {instancePath:instancePath+"/rules/service-rollback/options",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
else {
const err348 = {instancePath:instancePath+"/rules/service-rollback/options",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
}
else {
const err349 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
var _valid26 = _errs429 === errors;
if(_valid26 && valid110){
valid110 = false;
passing26 = [passing26, 1];
}
else {
if(_valid26){
valid110 = true;
passing26 = 1;
}
}
if(!valid110){
const err350 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
else {
errors = _errs426;
if(vErrors !== null){
if(_errs426){
vErrors.length = _errs426;
}
else {
vErrors = null;
}
}
}
}
if(data3["exec-root-user"] !== undefined){
let data136 = data3["exec-root-user"];
const _errs438 = errors;
let valid112 = false;
let passing27 = null;
const _errs439 = errors;
if(typeof data136 !== "string"){
const err351 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
if(!(((data136 === "deny") || (data136 === "warn")) || (data136 === "off"))){
const err352 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["exec-root-user"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
var _valid27 = _errs439 === errors;
if(_valid27){
valid112 = true;
passing27 = 0;
}
const _errs441 = errors;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
if(data136.action === undefined){
const err353 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
for(const key54 in data136){
if(!((key54 === "action") || (key54 === "options"))){
const err354 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
}
if(data136.action !== undefined){
let data137 = data136.action;
if(typeof data137 !== "string"){
const err355 = {instancePath:instancePath+"/rules/exec-root-user/action",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if(!(((data137 === "deny") || (data137 === "warn")) || (data137 === "off"))){
const err356 = {instancePath:instancePath+"/rules/exec-root-user/action",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["exec-root-user"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data136.options !== undefined){
let data138 = data136.options;
if(data138 && typeof data138 == "object" && !Array.isArray(data138)){
for(const key55 in data138){
const err357 = {instancePath:instancePath+"/rules/exec-root-user/options",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
else {
const err358 = {instancePath:instancePath+"/rules/exec-root-user/options",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
}
else {
const err359 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
var _valid27 = _errs441 === errors;
if(_valid27 && valid112){
valid112 = false;
passing27 = [passing27, 1];
}
else {
if(_valid27){
valid112 = true;
passing27 = 1;
}
}
if(!valid112){
const err360 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf",keyword:"oneOf",params:{passingSchemas: passing27},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
else {
errors = _errs438;
if(vErrors !== null){
if(_errs438){
vErrors.length = _errs438;
}
else {
vErrors = null;
}
}
}
}
if(data3["read-only-rootfs"] !== undefined){
let data139 = data3["read-only-rootfs"];
const _errs450 = errors;
let valid114 = false;
let passing28 = null;
const _errs451 = errors;
if(typeof data139 !== "string"){
const err361 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
if(!(((data139 === "deny") || (data139 === "warn")) || (data139 === "off"))){
const err362 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["read-only-rootfs"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
var _valid28 = _errs451 === errors;
if(_valid28){
valid114 = true;
passing28 = 0;
}
const _errs453 = errors;
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
if(data139.action === undefined){
const err363 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
for(const key56 in data139){
if(!((key56 === "action") || (key56 === "options"))){
const err364 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
if(data139.action !== undefined){
let data140 = data139.action;
if(typeof data140 !== "string"){
const err365 = {instancePath:instancePath+"/rules/read-only-rootfs/action",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
if(!(((data140 === "deny") || (data140 === "warn")) || (data140 === "off"))){
const err366 = {instancePath:instancePath+"/rules/read-only-rootfs/action",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["read-only-rootfs"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data139.options !== undefined){
let data141 = data139.options;
if(data141 && typeof data141 == "object" && !Array.isArray(data141)){
for(const key57 in data141){
const err367 = {instancePath:instancePath+"/rules/read-only-rootfs/options",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
else {
const err368 = {instancePath:instancePath+"/rules/read-only-rootfs/options",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
}
else {
const err369 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
var _valid28 = _errs453 === errors;
if(_valid28 && valid114){
valid114 = false;
passing28 = [passing28, 1];
}
else {
if(_valid28){
valid114 = true;
passing28 = 1;
}
}
if(!valid114){
const err370 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing28},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
else {
errors = _errs450;
if(vErrors !== null){
if(_errs450){
vErrors.length = _errs450;
}
else {
vErrors = null;
}
}
}
}
if(data3["pids-limit"] !== undefined){
let data142 = data3["pids-limit"];
const _errs462 = errors;
let valid116 = false;
let passing29 = null;
const _errs463 = errors;
if(typeof data142 !== "string"){
const err371 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
if(!(((data142 === "deny") || (data142 === "warn")) || (data142 === "off"))){
const err372 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["pids-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
var _valid29 = _errs463 === errors;
if(_valid29){
valid116 = true;
passing29 = 0;
}
const _errs465 = errors;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
if(data142.action === undefined){
const err373 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
for(const key58 in data142){
if(!((key58 === "action") || (key58 === "options"))){
const err374 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
if(data142.action !== undefined){
let data143 = data142.action;
if(typeof data143 !== "string"){
const err375 = {instancePath:instancePath+"/rules/pids-limit/action",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
if(!(((data143 === "deny") || (data143 === "warn")) || (data143 === "off"))){
const err376 = {instancePath:instancePath+"/rules/pids-limit/action",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["pids-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data142.options !== undefined){
let data144 = data142.options;
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
for(const key59 in data144){
const err377 = {instancePath:instancePath+"/rules/pids-limit/options",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
else {
const err378 = {instancePath:instancePath+"/rules/pids-limit/options",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
}
else {
const err379 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
var _valid29 = _errs465 === errors;
if(_valid29 && valid116){
valid116 = false;
passing29 = [passing29, 1];
}
else {
if(_valid29){
valid116 = true;
passing29 = 1;
}
}
if(!valid116){
const err380 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing29},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
else {
errors = _errs462;
if(vErrors !== null){
if(_errs462){
vErrors.length = _errs462;
}
else {
vErrors = null;
}
}
}
}
if(data3["no-new-privileges"] !== undefined){
let data145 = data3["no-new-privileges"];
const _errs474 = errors;
let valid118 = false;
let passing30 = null;
const _errs475 = errors;
if(typeof data145 !== "string"){
const err381 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
if(!(((data145 === "deny") || (data145 === "warn")) || (data145 === "off"))){
const err382 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["no-new-privileges"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
var _valid30 = _errs475 === errors;
if(_valid30){
valid118 = true;
passing30 = 0;
}
const _errs477 = errors;
if(data145 && typeof data145 == "object" && !Array.isArray(data145)){
if(data145.action === undefined){
const err383 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
for(const key60 in data145){
if(!((key60 === "action") || (key60 === "options"))){
const err384 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
if(data145.action !== undefined){
let data146 = data145.action;
if(typeof data146 !== "string"){
const err385 = {instancePath:instancePath+"/rules/no-new-privileges/action",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
if(!(((data146 === "deny") || (data146 === "warn")) || (data146 === "off"))){
const err386 = {instancePath:instancePath+"/rules/no-new-privileges/action",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["no-new-privileges"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
if(data145.options !== undefined){
let data147 = data145.options;
if(data147 && typeof data147 == "object" && !Array.isArray(data147)){
for(const key61 in data147){
const err387 = {instancePath:instancePath+"/rules/no-new-privileges/options",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
else {
const err388 = {instancePath:instancePath+"/rules/no-new-privileges/options",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
}
else {
const err389 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
var _valid30 = _errs477 === errors;
if(_valid30 && valid118){
valid118 = false;
passing30 = [passing30, 1];
}
else {
if(_valid30){
valid118 = true;
passing30 = 1;
}
}
if(!valid118){
const err390 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf",keyword:"oneOf",params:{passingSchemas: passing30},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
else {
errors = _errs474;
if(vErrors !== null){
if(_errs474){
vErrors.length = _errs474;
}
else {
vErrors = null;
}
}
}
}
if(data3["health-check"] !== undefined){
let data148 = data3["health-check"];
const _errs486 = errors;
let valid120 = false;
let passing31 = null;
const _errs487 = errors;
if(typeof data148 !== "string"){
const err391 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
if(!(((data148 === "deny") || (data148 === "warn")) || (data148 === "off"))){
const err392 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["health-check"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
var _valid31 = _errs487 === errors;
if(_valid31){
valid120 = true;
passing31 = 0;
}
const _errs489 = errors;
if(data148 && typeof data148 == "object" && !Array.isArray(data148)){
if(data148.action === undefined){
const err393 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
for(const key62 in data148){
if(!((key62 === "action") || (key62 === "options"))){
const err394 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data148.action !== undefined){
let data149 = data148.action;
if(typeof data149 !== "string"){
const err395 = {instancePath:instancePath+"/rules/health-check/action",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
if(!(((data149 === "deny") || (data149 === "warn")) || (data149 === "off"))){
const err396 = {instancePath:instancePath+"/rules/health-check/action",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["health-check"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data148.options !== undefined){
let data150 = data148.options;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
for(const key63 in data150){
const err397 = {instancePath:instancePath+"/rules/health-check/options",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
else {
const err398 = {instancePath:instancePath+"/rules/health-check/options",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
}
else {
const err399 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
var _valid31 = _errs489 === errors;
if(_valid31 && valid120){
valid120 = false;
passing31 = [passing31, 1];
}
else {
if(_valid31){
valid120 = true;
passing31 = 1;
}
}
if(!valid120){
const err400 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf",keyword:"oneOf",params:{passingSchemas: passing31},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
else {
errors = _errs486;
if(vErrors !== null){
if(_errs486){
vErrors.length = _errs486;
}
else {
vErrors = null;
}
}
}
}
if(data3["image-tag"] !== undefined){
let data151 = data3["image-tag"];
const _errs498 = errors;
let valid122 = false;
let passing32 = null;
const _errs499 = errors;
if(typeof data151 !== "string"){
const err401 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
if(!(((data151 === "deny") || (data151 === "warn")) || (data151 === "off"))){
const err402 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["image-tag"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
var _valid32 = _errs499 === errors;
if(_valid32){
valid122 = true;
passing32 = 0;
}
const _errs501 = errors;
if(data151 && typeof data151 == "object" && !Array.isArray(data151)){
if(data151.action === undefined){
const err403 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
for(const key64 in data151){
if(!((key64 === "action") || (key64 === "options"))){
const err404 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
if(data151.action !== undefined){
let data152 = data151.action;
if(typeof data152 !== "string"){
const err405 = {instancePath:instancePath+"/rules/image-tag/action",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
if(!(((data152 === "deny") || (data152 === "warn")) || (data152 === "off"))){
const err406 = {instancePath:instancePath+"/rules/image-tag/action",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["image-tag"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
if(data151.options !== undefined){
let data153 = data151.options;
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
for(const key65 in data153){
if(!(key65 === "requireDigest")){
const err407 = {instancePath:instancePath+"/rules/image-tag/options",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data153.requireDigest !== undefined){
if(typeof data153.requireDigest !== "boolean"){
const err408 = {instancePath:instancePath+"/rules/image-tag/options/requireDigest",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
}
else {
const err409 = {instancePath:instancePath+"/rules/image-tag/options",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
}
else {
const err410 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
var _valid32 = _errs501 === errors;
if(_valid32 && valid122){
valid122 = false;
passing32 = [passing32, 1];
}
else {
if(_valid32){
valid122 = true;
passing32 = 1;
}
}
if(!valid122){
const err411 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf",keyword:"oneOf",params:{passingSchemas: passing32},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
else {
errors = _errs498;
if(vErrors !== null){
if(_errs498){
vErrors.length = _errs498;
}
else {
vErrors = null;
}
}
}
}
if(data3["privileged-ports"] !== undefined){
let data155 = data3["privileged-ports"];
const _errs512 = errors;
let valid125 = false;
let passing33 = null;
const _errs513 = errors;
if(typeof data155 !== "string"){
const err412 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
if(!(((data155 === "deny") || (data155 === "warn")) || (data155 === "off"))){
const err413 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["privileged-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
var _valid33 = _errs513 === errors;
if(_valid33){
valid125 = true;
passing33 = 0;
}
const _errs515 = errors;
if(data155 && typeof data155 == "object" && !Array.isArray(data155)){
if(data155.action === undefined){
const err414 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
for(const key66 in data155){
if(!((key66 === "action") || (key66 === "options"))){
const err415 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
if(data155.action !== undefined){
let data156 = data155.action;
if(typeof data156 !== "string"){
const err416 = {instancePath:instancePath+"/rules/privileged-ports/action",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if(!(((data156 === "deny") || (data156 === "warn")) || (data156 === "off"))){
const err417 = {instancePath:instancePath+"/rules/privileged-ports/action",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["privileged-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
if(data155.options !== undefined){
let data157 = data155.options;
if(data157 && typeof data157 == "object" && !Array.isArray(data157)){
for(const key67 in data157){
const err418 = {instancePath:instancePath+"/rules/privileged-ports/options",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
else {
const err419 = {instancePath:instancePath+"/rules/privileged-ports/options",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
}
else {
const err420 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
var _valid33 = _errs515 === errors;
if(_valid33 && valid125){
valid125 = false;
passing33 = [passing33, 1];
}
else {
if(_valid33){
valid125 = true;
passing33 = 1;
}
}
if(!valid125){
const err421 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing33},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
else {
errors = _errs512;
if(vErrors !== null){
if(_errs512){
vErrors.length = _errs512;
}
else {
vErrors = null;
}
}
}
}
if(data3["port-all-interfaces"] !== undefined){
let data158 = data3["port-all-interfaces"];
const _errs524 = errors;
let valid127 = false;
let passing34 = null;
const _errs525 = errors;
if(typeof data158 !== "string"){
const err422 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
if(!(((data158 === "deny") || (data158 === "warn")) || (data158 === "off"))){
const err423 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["port-all-interfaces"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
var _valid34 = _errs525 === errors;
if(_valid34){
valid127 = true;
passing34 = 0;
}
const _errs527 = errors;
if(data158 && typeof data158 == "object" && !Array.isArray(data158)){
if(data158.action === undefined){
const err424 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
for(const key68 in data158){
if(!((key68 === "action") || (key68 === "options"))){
const err425 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
if(data158.action !== undefined){
let data159 = data158.action;
if(typeof data159 !== "string"){
const err426 = {instancePath:instancePath+"/rules/port-all-interfaces/action",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
if(!(((data159 === "deny") || (data159 === "warn")) || (data159 === "off"))){
const err427 = {instancePath:instancePath+"/rules/port-all-interfaces/action",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["port-all-interfaces"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
}
if(data158.options !== undefined){
let data160 = data158.options;
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
for(const key69 in data160){
const err428 = {instancePath:instancePath+"/rules/port-all-interfaces/options",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
else {
const err429 = {instancePath:instancePath+"/rules/port-all-interfaces/options",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
}
else {
const err430 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
var _valid34 = _errs527 === errors;
if(_valid34 && valid127){
valid127 = false;
passing34 = [passing34, 1];
}
else {
if(_valid34){
valid127 = true;
passing34 = 1;
}
}
if(!valid127){
const err431 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf",keyword:"oneOf",params:{passingSchemas: passing34},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
else {
errors = _errs524;
if(vErrors !== null){
if(_errs524){
vErrors.length = _errs524;
}
else {
vErrors = null;
}
}
}
}
if(data3["publish-all-ports"] !== undefined){
let data161 = data3["publish-all-ports"];
const _errs536 = errors;
let valid129 = false;
let passing35 = null;
const _errs537 = errors;
if(typeof data161 !== "string"){
const err432 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
if(!(((data161 === "deny") || (data161 === "warn")) || (data161 === "off"))){
const err433 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["publish-all-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
var _valid35 = _errs537 === errors;
if(_valid35){
valid129 = true;
passing35 = 0;
}
const _errs539 = errors;
if(data161 && typeof data161 == "object" && !Array.isArray(data161)){
if(data161.action === undefined){
const err434 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
for(const key70 in data161){
if(!((key70 === "action") || (key70 === "options"))){
const err435 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
if(data161.action !== undefined){
let data162 = data161.action;
if(typeof data162 !== "string"){
const err436 = {instancePath:instancePath+"/rules/publish-all-ports/action",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
if(!(((data162 === "deny") || (data162 === "warn")) || (data162 === "off"))){
const err437 = {instancePath:instancePath+"/rules/publish-all-ports/action",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["publish-all-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data161.options !== undefined){
let data163 = data161.options;
if(data163 && typeof data163 == "object" && !Array.isArray(data163)){
for(const key71 in data163){
const err438 = {instancePath:instancePath+"/rules/publish-all-ports/options",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
else {
const err439 = {instancePath:instancePath+"/rules/publish-all-ports/options",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
}
else {
const err440 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
var _valid35 = _errs539 === errors;
if(_valid35 && valid129){
valid129 = false;
passing35 = [passing35, 1];
}
else {
if(_valid35){
valid129 = true;
passing35 = 1;
}
}
if(!valid129){
const err441 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing35},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
else {
errors = _errs536;
if(vErrors !== null){
if(_errs536){
vErrors.length = _errs536;
}
else {
vErrors = null;
}
}
}
}
if(data3["cpu-limit"] !== undefined){
let data164 = data3["cpu-limit"];
const _errs548 = errors;
let valid131 = false;
let passing36 = null;
const _errs549 = errors;
if(typeof data164 !== "string"){
const err442 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
if(!(((data164 === "deny") || (data164 === "warn")) || (data164 === "off"))){
const err443 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cpu-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
var _valid36 = _errs549 === errors;
if(_valid36){
valid131 = true;
passing36 = 0;
}
const _errs551 = errors;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
if(data164.action === undefined){
const err444 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
for(const key72 in data164){
if(!((key72 === "action") || (key72 === "options"))){
const err445 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
if(data164.action !== undefined){
let data165 = data164.action;
if(typeof data165 !== "string"){
const err446 = {instancePath:instancePath+"/rules/cpu-limit/action",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
if(!(((data165 === "deny") || (data165 === "warn")) || (data165 === "off"))){
const err447 = {instancePath:instancePath+"/rules/cpu-limit/action",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cpu-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
if(data164.options !== undefined){
let data166 = data164.options;
if(data166 && typeof data166 == "object" && !Array.isArray(data166)){
for(const key73 in data166){
const err448 = {instancePath:instancePath+"/rules/cpu-limit/options",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
else {
const err449 = {instancePath:instancePath+"/rules/cpu-limit/options",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
}
else {
const err450 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
var _valid36 = _errs551 === errors;
if(_valid36 && valid131){
valid131 = false;
passing36 = [passing36, 1];
}
else {
if(_valid36){
valid131 = true;
passing36 = 1;
}
}
if(!valid131){
const err451 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing36},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
else {
errors = _errs548;
if(vErrors !== null){
if(_errs548){
vErrors.length = _errs548;
}
else {
vErrors = null;
}
}
}
}
if(data3.ulimits !== undefined){
let data167 = data3.ulimits;
const _errs560 = errors;
let valid133 = false;
let passing37 = null;
const _errs561 = errors;
if(typeof data167 !== "string"){
const err452 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
if(!(((data167 === "deny") || (data167 === "warn")) || (data167 === "off"))){
const err453 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.ulimits.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
var _valid37 = _errs561 === errors;
if(_valid37){
valid133 = true;
passing37 = 0;
}
const _errs563 = errors;
if(data167 && typeof data167 == "object" && !Array.isArray(data167)){
if(data167.action === undefined){
const err454 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
for(const key74 in data167){
if(!((key74 === "action") || (key74 === "options"))){
const err455 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
if(data167.action !== undefined){
let data168 = data167.action;
if(typeof data168 !== "string"){
const err456 = {instancePath:instancePath+"/rules/ulimits/action",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
if(!(((data168 === "deny") || (data168 === "warn")) || (data168 === "off"))){
const err457 = {instancePath:instancePath+"/rules/ulimits/action",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.ulimits.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
if(data167.options !== undefined){
let data169 = data167.options;
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
for(const key75 in data169){
if(!(key75 === "allowed")){
const err458 = {instancePath:instancePath+"/rules/ulimits/options",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
if(data169.allowed !== undefined){
let data170 = data169.allowed;
if(Array.isArray(data170)){
const len20 = data170.length;
for(let i22=0; i22<len20; i22++){
let data171 = data170[i22];
if(typeof data171 === "string"){
if(func4(data171) < 1){
const err459 = {instancePath:instancePath+"/rules/ulimits/options/allowed/" + i22,schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
else {
const err460 = {instancePath:instancePath+"/rules/ulimits/options/allowed/" + i22,schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
}
else {
const err461 = {instancePath:instancePath+"/rules/ulimits/options/allowed",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
}
else {
const err462 = {instancePath:instancePath+"/rules/ulimits/options",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
}
else {
const err463 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
var _valid37 = _errs563 === errors;
if(_valid37 && valid133){
valid133 = false;
passing37 = [passing37, 1];
}
else {
if(_valid37){
valid133 = true;
passing37 = 1;
}
}
if(!valid133){
const err464 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf",keyword:"oneOf",params:{passingSchemas: passing37},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
else {
errors = _errs560;
if(vErrors !== null){
if(_errs560){
vErrors.length = _errs560;
}
else {
vErrors = null;
}
}
}
}
if(data3["default-bridge"] !== undefined){
let data172 = data3["default-bridge"];
const _errs576 = errors;
let valid138 = false;
let passing38 = null;
const _errs577 = errors;
if(typeof data172 !== "string"){
const err465 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
if(!(((data172 === "deny") || (data172 === "warn")) || (data172 === "off"))){
const err466 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["default-bridge"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
var _valid38 = _errs577 === errors;
if(_valid38){
valid138 = true;
passing38 = 0;
}
const _errs579 = errors;
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.action === undefined){
const err467 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
for(const key76 in data172){
if(!((key76 === "action") || (key76 === "options"))){
const err468 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data172.action !== undefined){
let data173 = data172.action;
if(typeof data173 !== "string"){
const err469 = {instancePath:instancePath+"/rules/default-bridge/action",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
if(!(((data173 === "deny") || (data173 === "warn")) || (data173 === "off"))){
const err470 = {instancePath:instancePath+"/rules/default-bridge/action",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["default-bridge"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
if(data172.options !== undefined){
let data174 = data172.options;
if(data174 && typeof data174 == "object" && !Array.isArray(data174)){
for(const key77 in data174){
const err471 = {instancePath:instancePath+"/rules/default-bridge/options",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
else {
const err472 = {instancePath:instancePath+"/rules/default-bridge/options",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
}
else {
const err473 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
var _valid38 = _errs579 === errors;
if(_valid38 && valid138){
valid138 = false;
passing38 = [passing38, 1];
}
else {
if(_valid38){
valid138 = true;
passing38 = 1;
}
}
if(!valid138){
const err474 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf",keyword:"oneOf",params:{passingSchemas: passing38},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
else {
errors = _errs576;
if(vErrors !== null){
if(_errs576){
vErrors.length = _errs576;
}
else {
vErrors = null;
}
}
}
}
if(data3.sysctls !== undefined){
let data175 = data3.sysctls;
const _errs588 = errors;
let valid140 = false;
let passing39 = null;
const _errs589 = errors;
if(typeof data175 !== "string"){
const err475 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
if(!(((data175 === "deny") || (data175 === "warn")) || (data175 === "off"))){
const err476 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sysctls.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
var _valid39 = _errs589 === errors;
if(_valid39){
valid140 = true;
passing39 = 0;
}
const _errs591 = errors;
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
if(data175.action === undefined){
const err477 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
for(const key78 in data175){
if(!((key78 === "action") || (key78 === "options"))){
const err478 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
if(data175.action !== undefined){
let data176 = data175.action;
if(typeof data176 !== "string"){
const err479 = {instancePath:instancePath+"/rules/sysctls/action",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
if(!(((data176 === "deny") || (data176 === "warn")) || (data176 === "off"))){
const err480 = {instancePath:instancePath+"/rules/sysctls/action",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sysctls.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
}
if(data175.options !== undefined){
let data177 = data175.options;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
for(const key79 in data177){
if(!(key79 === "allowed")){
const err481 = {instancePath:instancePath+"/rules/sysctls/options",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
if(data177.allowed !== undefined){
let data178 = data177.allowed;
if(Array.isArray(data178)){
const len21 = data178.length;
for(let i23=0; i23<len21; i23++){
let data179 = data178[i23];
if(typeof data179 === "string"){
if(func4(data179) < 1){
const err482 = {instancePath:instancePath+"/rules/sysctls/options/allowed/" + i23,schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
else {
const err483 = {instancePath:instancePath+"/rules/sysctls/options/allowed/" + i23,schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
}
else {
const err484 = {instancePath:instancePath+"/rules/sysctls/options/allowed",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
}
else {
const err485 = {instancePath:instancePath+"/rules/sysctls/options",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
}
else {
const err486 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
var _valid39 = _errs591 === errors;
if(_valid39 && valid140){
valid140 = false;
passing39 = [passing39, 1];
}
else {
if(_valid39){
valid140 = true;
passing39 = 1;
}
}
if(!valid140){
const err487 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing39},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
else {
errors = _errs588;
if(vErrors !== null){
if(_errs588){
vErrors.length = _errs588;
}
else {
vErrors = null;
}
}
}
}
if(data3.sshd !== undefined){
let data180 = data3.sshd;
const _errs604 = errors;
let valid145 = false;
let passing40 = null;
const _errs605 = errors;
if(typeof data180 !== "string"){
const err488 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
if(!(((data180 === "deny") || (data180 === "warn")) || (data180 === "off"))){
const err489 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sshd.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
var _valid40 = _errs605 === errors;
if(_valid40){
valid145 = true;
passing40 = 0;
}
const _errs607 = errors;
if(data180 && typeof data180 == "object" && !Array.isArray(data180)){
if(data180.action === undefined){
const err490 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
for(const key80 in data180){
if(!((key80 === "action") || (key80 === "options"))){
const err491 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
if(data180.action !== undefined){
let data181 = data180.action;
if(typeof data181 !== "string"){
const err492 = {instancePath:instancePath+"/rules/sshd/action",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
if(!(((data181 === "deny") || (data181 === "warn")) || (data181 === "off"))){
const err493 = {instancePath:instancePath+"/rules/sshd/action",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sshd.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
if(data180.options !== undefined){
let data182 = data180.options;
if(data182 && typeof data182 == "object" && !Array.isArray(data182)){
for(const key81 in data182){
const err494 = {instancePath:instancePath+"/rules/sshd/options",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
else {
const err495 = {instancePath:instancePath+"/rules/sshd/options",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
}
else {
const err496 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
var _valid40 = _errs607 === errors;
if(_valid40 && valid145){
valid145 = false;
passing40 = [passing40, 1];
}
else {
if(_valid40){
valid145 = true;
passing40 = 1;
}
}
if(!valid145){
const err497 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf",keyword:"oneOf",params:{passingSchemas: passing40},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
else {
errors = _errs604;
if(vErrors !== null){
if(_errs604){
vErrors.length = _errs604;
}
else {
vErrors = null;
}
}
}
}
if(data3["cgroup-parent"] !== undefined){
let data183 = data3["cgroup-parent"];
const _errs616 = errors;
let valid147 = false;
let passing41 = null;
const _errs617 = errors;
if(typeof data183 !== "string"){
const err498 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
if(!(((data183 === "deny") || (data183 === "warn")) || (data183 === "off"))){
const err499 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cgroup-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
var _valid41 = _errs617 === errors;
if(_valid41){
valid147 = true;
passing41 = 0;
}
const _errs619 = errors;
if(data183 && typeof data183 == "object" && !Array.isArray(data183)){
if(data183.action === undefined){
const err500 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
for(const key82 in data183){
if(!((key82 === "action") || (key82 === "options"))){
const err501 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key82},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
}
if(data183.action !== undefined){
let data184 = data183.action;
if(typeof data184 !== "string"){
const err502 = {instancePath:instancePath+"/rules/cgroup-parent/action",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
if(!(((data184 === "deny") || (data184 === "warn")) || (data184 === "off"))){
const err503 = {instancePath:instancePath+"/rules/cgroup-parent/action",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cgroup-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
}
if(data183.options !== undefined){
let data185 = data183.options;
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
for(const key83 in data185){
if(!(key83 === "allowed")){
const err504 = {instancePath:instancePath+"/rules/cgroup-parent/options",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
if(data185.allowed !== undefined){
let data186 = data185.allowed;
if(Array.isArray(data186)){
const len22 = data186.length;
for(let i24=0; i24<len22; i24++){
let data187 = data186[i24];
if(typeof data187 === "string"){
if(func4(data187) < 1){
const err505 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed/" + i24,schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
else {
const err506 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed/" + i24,schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
}
else {
const err507 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
}
else {
const err508 = {instancePath:instancePath+"/rules/cgroup-parent/options",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err509 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
var _valid41 = _errs619 === errors;
if(_valid41 && valid147){
valid147 = false;
passing41 = [passing41, 1];
}
else {
if(_valid41){
valid147 = true;
passing41 = 1;
}
}
if(!valid147){
const err510 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing41},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
else {
errors = _errs616;
if(vErrors !== null){
if(_errs616){
vErrors.length = _errs616;
}
else {
vErrors = null;
}
}
}
}
if(data3["unverified-start"] !== undefined){
let data188 = data3["unverified-start"];
const _errs632 = errors;
let valid152 = false;
let passing42 = null;
const _errs633 = errors;
if(typeof data188 !== "string"){
const err511 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
if(!(((data188 === "deny") || (data188 === "warn")) || (data188 === "off"))){
const err512 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["unverified-start"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
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
const err513 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
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
const err514 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key84},message:"must NOT have additional properties"};
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
const err515 = {instancePath:instancePath+"/rules/unverified-start/action",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
if(!(((data189 === "deny") || (data189 === "warn")) || (data189 === "off"))){
const err516 = {instancePath:instancePath+"/rules/unverified-start/action",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["unverified-start"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
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
const err517 = {instancePath:instancePath+"/rules/unverified-start/options",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key85},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
else {
const err518 = {instancePath:instancePath+"/rules/unverified-start/options",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
}
else {
const err519 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
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
const err520 = {instancePath:instancePath+"/rules/unverified-start",schemaPath:"#/properties/rules/properties/unverified-start/oneOf",keyword:"oneOf",params:{passingSchemas: passing42},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
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
}
else {
const err521 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
if(data.profiles !== undefined){
let data191 = data.profiles;
if(Array.isArray(data191)){
const len23 = data191.length;
for(let i25=0; i25<len23; i25++){
let data192 = data191[i25];
if(data192 && typeof data192 == "object" && !Array.isArray(data192)){
if(data192.id === undefined){
const err522 = {instancePath:instancePath+"/profiles/" + i25,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
if(data192.users === undefined){
const err523 = {instancePath:instancePath+"/profiles/" + i25,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
if(data192.rules === undefined){
const err524 = {instancePath:instancePath+"/profiles/" + i25,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
for(const key86 in data192){
if(!((((key86 === "id") || (key86 === "description")) || (key86 === "users")) || (key86 === "rules"))){
const err525 = {instancePath:instancePath+"/profiles/" + i25,schemaPath:"#/properties/profiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
if(data192.id !== undefined){
let data193 = data192.id;
if(typeof data193 === "string"){
if(!pattern8.test(data193)){
const err526 = {instancePath:instancePath+"/profiles/" + i25+"/id",schemaPath:"#/properties/profiles/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
}
else {
const err527 = {instancePath:instancePath+"/profiles/" + i25+"/id",schemaPath:"#/properties/profiles/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
}
if(data192.description !== undefined){
if(typeof data192.description !== "string"){
const err528 = {instancePath:instancePath+"/profiles/" + i25+"/description",schemaPath:"#/properties/profiles/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
if(data192.users !== undefined){
let data195 = data192.users;
if(Array.isArray(data195)){
if(data195.length < 1){
const err529 = {instancePath:instancePath+"/profiles/" + i25+"/users",schemaPath:"#/properties/profiles/items/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
const len24 = data195.length;
for(let i26=0; i26<len24; i26++){
let data196 = data195[i26];
if(typeof data196 === "string"){
if(func4(data196) < 1){
const err530 = {instancePath:instancePath+"/profiles/" + i25+"/users/" + i26,schemaPath:"#/properties/profiles/items/properties/users/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err531 = {instancePath:instancePath+"/profiles/" + i25+"/users/" + i26,schemaPath:"#/properties/profiles/items/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err532 = {instancePath:instancePath+"/profiles/" + i25+"/users",schemaPath:"#/properties/profiles/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
}
if(data192.rules !== undefined){
let data197 = data192.rules;
if(data197 && typeof data197 == "object" && !Array.isArray(data197)){
for(const key87 in data197){
if(!((func2.call(schema11.properties.profiles.items.properties.rules.properties, key87)) || (pattern9.test(key87)))){
const err533 = {instancePath:instancePath+"/profiles/" + i25+"/rules",schemaPath:"#/properties/profiles/items/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key87},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
if(data197.privileged !== undefined){
let data198 = data197.privileged;
const _errs660 = errors;
let valid160 = false;
let passing43 = null;
const _errs661 = errors;
if(typeof data198 !== "string"){
const err534 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
if(!(((data198 === "deny") || (data198 === "warn")) || (data198 === "off"))){
const err535 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.privileged.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
var _valid43 = _errs661 === errors;
if(_valid43){
valid160 = true;
passing43 = 0;
}
const _errs663 = errors;
if(data198 && typeof data198 == "object" && !Array.isArray(data198)){
if(data198.action === undefined){
const err536 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
for(const key88 in data198){
if(!((key88 === "action") || (key88 === "options"))){
const err537 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key88},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
if(data198.action !== undefined){
let data199 = data198.action;
if(typeof data199 !== "string"){
const err538 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
if(!(((data199 === "deny") || (data199 === "warn")) || (data199 === "off"))){
const err539 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.privileged.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
if(data198.options !== undefined){
let data200 = data198.options;
if(data200 && typeof data200 == "object" && !Array.isArray(data200)){
for(const key89 in data200){
const err540 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key89},message:"must NOT have additional properties"};
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
const err541 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
}
else {
const err542 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
var _valid43 = _errs663 === errors;
if(_valid43 && valid160){
valid160 = false;
passing43 = [passing43, 1];
}
else {
if(_valid43){
valid160 = true;
passing43 = 1;
}
}
if(!valid160){
const err543 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf",keyword:"oneOf",params:{passingSchemas: passing43},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
else {
errors = _errs660;
if(vErrors !== null){
if(_errs660){
vErrors.length = _errs660;
}
else {
vErrors = null;
}
}
}
}
if(data197["host-network"] !== undefined){
let data201 = data197["host-network"];
const _errs672 = errors;
let valid162 = false;
let passing44 = null;
const _errs673 = errors;
if(typeof data201 !== "string"){
const err544 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
if(!(((data201 === "deny") || (data201 === "warn")) || (data201 === "off"))){
const err545 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-network"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
var _valid44 = _errs673 === errors;
if(_valid44){
valid162 = true;
passing44 = 0;
}
const _errs675 = errors;
if(data201 && typeof data201 == "object" && !Array.isArray(data201)){
if(data201.action === undefined){
const err546 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
for(const key90 in data201){
if(!((key90 === "action") || (key90 === "options"))){
const err547 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key90},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data201.action !== undefined){
let data202 = data201.action;
if(typeof data202 !== "string"){
const err548 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
if(!(((data202 === "deny") || (data202 === "warn")) || (data202 === "off"))){
const err549 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-network"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
if(data201.options !== undefined){
let data203 = data201.options;
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
for(const key91 in data203){
if(!((key91 === "allowContainerMode") || (key91 === "hostNetworkIds"))){
const err550 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key91},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
if(data203.allowContainerMode !== undefined){
if(typeof data203.allowContainerMode !== "boolean"){
const err551 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
if(data203.hostNetworkIds !== undefined){
let data205 = data203.hostNetworkIds;
if(Array.isArray(data205)){
const len25 = data205.length;
for(let i27=0; i27<len25; i27++){
let data206 = data205[i27];
if(typeof data206 === "string"){
if(!pattern0.test(data206)){
const err552 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network/options/hostNetworkIds/" + i27,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-z]+$"},message:"must match pattern \""+"^[0-9a-z]+$"+"\""};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
else {
const err553 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network/options/hostNetworkIds/" + i27,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
}
}
else {
const err554 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network/options/hostNetworkIds",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err555 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err556 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
var _valid44 = _errs675 === errors;
if(_valid44 && valid162){
valid162 = false;
passing44 = [passing44, 1];
}
else {
if(_valid44){
valid162 = true;
passing44 = 1;
}
}
if(!valid162){
const err557 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf",keyword:"oneOf",params:{passingSchemas: passing44},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
else {
errors = _errs672;
if(vErrors !== null){
if(_errs672){
vErrors.length = _errs672;
}
else {
vErrors = null;
}
}
}
}
if(data197["seccomp-unconfined"] !== undefined){
let data207 = data197["seccomp-unconfined"];
const _errs690 = errors;
let valid167 = false;
let passing45 = null;
const _errs691 = errors;
if(typeof data207 !== "string"){
const err558 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
if(!(((data207 === "deny") || (data207 === "warn")) || (data207 === "off"))){
const err559 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["seccomp-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
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
const err560 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
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
const err561 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key92},message:"must NOT have additional properties"};
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
const err562 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
if(!(((data208 === "deny") || (data208 === "warn")) || (data208 === "off"))){
const err563 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["seccomp-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
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
if(!((key93 === "denyAllowByDefault") || (key93 === "allowedSyscalls"))){
const err564 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key93},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
if(data209.denyAllowByDefault !== undefined){
if(typeof data209.denyAllowByDefault !== "boolean"){
const err565 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined/options/denyAllowByDefault",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/denyAllowByDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
if(data209.allowedSyscalls !== undefined){
let data211 = data209.allowedSyscalls;
if(Array.isArray(data211)){
const len26 = data211.length;
for(let i28=0; i28<len26; i28++){
let data212 = data211[i28];
if(typeof data212 === "string"){
if(!pattern1.test(data212)){
const err566 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined/options/allowedSyscalls/" + i28,schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+$"},message:"must match pattern \""+"^[a-z0-9_]+$"+"\""};
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
const err567 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined/options/allowedSyscalls/" + i28,schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
let i29 = data211.length;
let j2;
if(i29 > 1){
const indices2 = {};
for(;i29--;){
let item2 = data211[i29];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err568 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined/options/allowedSyscalls",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/uniqueItems",keyword:"uniqueItems",params:{i: i29, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i29+" are identical)"};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
break;
}
indices2[item2] = i29;
}
}
}
else {
const err569 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined/options/allowedSyscalls",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/allowedSyscalls/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err570 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
}
else {
const err571 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
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
const err572 = {instancePath:instancePath+"/profiles/" + i25+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing45},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
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
if(data197["apparmor-unconfined"] !== undefined){
let data213 = data197["apparmor-unconfined"];
const _errs708 = errors;
let valid173 = false;
let passing46 = null;
const _errs709 = errors;
if(typeof data213 !== "string"){
const err573 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
if(!(((data213 === "deny") || (data213 === "warn")) || (data213 === "off"))){
const err574 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["apparmor-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
var _valid46 = _errs709 === errors;
if(_valid46){
valid173 = true;
passing46 = 0;
}
const _errs711 = errors;
if(data213 && typeof data213 == "object" && !Array.isArray(data213)){
if(data213.action === undefined){
const err575 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
for(const key94 in data213){
if(!((key94 === "action") || (key94 === "options"))){
const err576 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key94},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
}
if(data213.action !== undefined){
let data214 = data213.action;
if(typeof data214 !== "string"){
const err577 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
if(!(((data214 === "deny") || (data214 === "warn")) || (data214 === "off"))){
const err578 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["apparmor-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
if(data213.options !== undefined){
let data215 = data213.options;
if(data215 && typeof data215 == "object" && !Array.isArray(data215)){
for(const key95 in data215){
const err579 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key95},message:"must NOT have additional properties"};
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
const err580 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
}
else {
const err581 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
var _valid46 = _errs711 === errors;
if(_valid46 && valid173){
valid173 = false;
passing46 = [passing46, 1];
}
else {
if(_valid46){
valid173 = true;
passing46 = 1;
}
}
if(!valid173){
const err582 = {instancePath:instancePath+"/profiles/" + i25+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing46},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
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
if(data197["memory-limit"] !== undefined){
let data216 = data197["memory-limit"];
const _errs720 = errors;
let valid175 = false;
let passing47 = null;
const _errs721 = errors;
if(typeof data216 !== "string"){
const err583 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
if(!(((data216 === "deny") || (data216 === "warn")) || (data216 === "off"))){
const err584 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["memory-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
var _valid47 = _errs721 === errors;
if(_valid47){
valid175 = true;
passing47 = 0;
}
const _errs723 = errors;
if(data216 && typeof data216 == "object" && !Array.isArray(data216)){
if(data216.action === undefined){
const err585 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
for(const key96 in data216){
if(!((key96 === "action") || (key96 === "options"))){
const err586 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key96},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
}
if(data216.action !== undefined){
let data217 = data216.action;
if(typeof data217 !== "string"){
const err587 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
if(!(((data217 === "deny") || (data217 === "warn")) || (data217 === "off"))){
const err588 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["memory-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
}
if(data216.options !== undefined){
let data218 = data216.options;
if(data218 && typeof data218 == "object" && !Array.isArray(data218)){
for(const key97 in data218){
if(!(key97 === "max")){
const err589 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key97},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
}
if(data218.max !== undefined){
let data219 = data218.max;
const _errs732 = errors;
let valid178 = false;
let passing48 = null;
const _errs733 = errors;
if(data219 !== null){
const err590 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
var _valid48 = _errs733 === errors;
if(_valid48){
valid178 = true;
passing48 = 0;
}
const _errs735 = errors;
if(!(((typeof data219 == "number") && (!(data219 % 1) && !isNaN(data219))) && (isFinite(data219)))){
const err591 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
if((typeof data219 == "number") && (isFinite(data219))){
if(data219 < 1 || isNaN(data219)){
const err592 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
}
var _valid48 = _errs735 === errors;
if(_valid48 && valid178){
valid178 = false;
passing48 = [passing48, 1];
}
else {
if(_valid48){
valid178 = true;
passing48 = 1;
}
const _errs737 = errors;
if(typeof data219 === "string"){
if(!pattern2.test(data219)){
const err593 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"+"\""};
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
const err594 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
var _valid48 = _errs737 === errors;
if(_valid48 && valid178){
valid178 = false;
passing48 = [passing48, 2];
}
else {
if(_valid48){
valid178 = true;
passing48 = 2;
}
}
}
if(!valid178){
const err595 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf",keyword:"oneOf",params:{passingSchemas: passing48},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
else {
errors = _errs732;
if(vErrors !== null){
if(_errs732){
vErrors.length = _errs732;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err596 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err597 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
var _valid47 = _errs723 === errors;
if(_valid47 && valid175){
valid175 = false;
passing47 = [passing47, 1];
}
else {
if(_valid47){
valid175 = true;
passing47 = 1;
}
}
if(!valid175){
const err598 = {instancePath:instancePath+"/profiles/" + i25+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing47},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
else {
errors = _errs720;
if(vErrors !== null){
if(_errs720){
vErrors.length = _errs720;
}
else {
vErrors = null;
}
}
}
}
if(data197["restart-policy"] !== undefined){
let data220 = data197["restart-policy"];
const _errs740 = errors;
let valid179 = false;
let passing49 = null;
const _errs741 = errors;
if(typeof data220 !== "string"){
const err599 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
if(!(((data220 === "deny") || (data220 === "warn")) || (data220 === "off"))){
const err600 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["restart-policy"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
var _valid49 = _errs741 === errors;
if(_valid49){
valid179 = true;
passing49 = 0;
}
const _errs743 = errors;
if(data220 && typeof data220 == "object" && !Array.isArray(data220)){
if(data220.action === undefined){
const err601 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
for(const key98 in data220){
if(!((key98 === "action") || (key98 === "options"))){
const err602 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key98},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
}
if(data220.action !== undefined){
let data221 = data220.action;
if(typeof data221 !== "string"){
const err603 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
if(!(((data221 === "deny") || (data221 === "warn")) || (data221 === "off"))){
const err604 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["restart-policy"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
if(data220.options !== undefined){
let data222 = data220.options;
if(data222 && typeof data222 == "object" && !Array.isArray(data222)){
for(const key99 in data222){
if(!((key99 === "maxRetries") || (key99 === "denySwarmDefault"))){
const err605 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key99},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
}
if(data222.maxRetries !== undefined){
let data223 = data222.maxRetries;
if(!(((typeof data223 == "number") && (!(data223 % 1) && !isNaN(data223))) && (isFinite(data223)))){
const err606 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
if((typeof data223 == "number") && (isFinite(data223))){
if(data223 > 1000 || isNaN(data223)){
const err607 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
if(data223 < 1 || isNaN(data223)){
const err608 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
}
}
if(data222.denySwarmDefault !== undefined){
if(typeof data222.denySwarmDefault !== "boolean"){
const err609 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy/options/denySwarmDefault",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/denySwarmDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
}
}
else {
const err610 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
}
else {
const err611 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
var _valid49 = _errs743 === errors;
if(_valid49 && valid179){
valid179 = false;
passing49 = [passing49, 1];
}
else {
if(_valid49){
valid179 = true;
passing49 = 1;
}
}
if(!valid179){
const err612 = {instancePath:instancePath+"/profiles/" + i25+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing49},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
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
if(data197["host-pid"] !== undefined){
let data225 = data197["host-pid"];
const _errs756 = errors;
let valid182 = false;
let passing50 = null;
const _errs757 = errors;
if(typeof data225 !== "string"){
const err613 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
if(!(((data225 === "deny") || (data225 === "warn")) || (data225 === "off"))){
const err614 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-pid"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
var _valid50 = _errs757 === errors;
if(_valid50){
valid182 = true;
passing50 = 0;
}
const _errs759 = errors;
if(data225 && typeof data225 == "object" && !Array.isArray(data225)){
if(data225.action === undefined){
const err615 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
for(const key100 in data225){
if(!((key100 === "action") || (key100 === "options"))){
const err616 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key100},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
}
if(data225.action !== undefined){
let data226 = data225.action;
if(typeof data226 !== "string"){
const err617 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
if(!(((data226 === "deny") || (data226 === "warn")) || (data226 === "off"))){
const err618 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-pid"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
}
if(data225.options !== undefined){
let data227 = data225.options;
if(data227 && typeof data227 == "object" && !Array.isArray(data227)){
for(const key101 in data227){
if(!(key101 === "allowContainerMode")){
const err619 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key101},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
}
if(data227.allowContainerMode !== undefined){
if(typeof data227.allowContainerMode !== "boolean"){
const err620 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
}
}
else {
const err621 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
}
else {
const err622 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
var _valid50 = _errs759 === errors;
if(_valid50 && valid182){
valid182 = false;
passing50 = [passing50, 1];
}
else {
if(_valid50){
valid182 = true;
passing50 = 1;
}
}
if(!valid182){
const err623 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf",keyword:"oneOf",params:{passingSchemas: passing50},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
else {
errors = _errs756;
if(vErrors !== null){
if(_errs756){
vErrors.length = _errs756;
}
else {
vErrors = null;
}
}
}
}
if(data197["host-ipc"] !== undefined){
let data229 = data197["host-ipc"];
const _errs770 = errors;
let valid185 = false;
let passing51 = null;
const _errs771 = errors;
if(typeof data229 !== "string"){
const err624 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
if(!(((data229 === "deny") || (data229 === "warn")) || (data229 === "off"))){
const err625 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-ipc"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
var _valid51 = _errs771 === errors;
if(_valid51){
valid185 = true;
passing51 = 0;
}
const _errs773 = errors;
if(data229 && typeof data229 == "object" && !Array.isArray(data229)){
if(data229.action === undefined){
const err626 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
for(const key102 in data229){
if(!((key102 === "action") || (key102 === "options"))){
const err627 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key102},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
}
if(data229.action !== undefined){
let data230 = data229.action;
if(typeof data230 !== "string"){
const err628 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
if(!(((data230 === "deny") || (data230 === "warn")) || (data230 === "off"))){
const err629 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-ipc"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
}
if(data229.options !== undefined){
let data231 = data229.options;
if(data231 && typeof data231 == "object" && !Array.isArray(data231)){
for(const key103 in data231){
if(!(key103 === "allowContainerMode")){
const err630 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key103},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
}
if(data231.allowContainerMode !== undefined){
if(typeof data231.allowContainerMode !== "boolean"){
const err631 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
}
}
else {
const err632 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
}
}
else {
const err633 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
var _valid51 = _errs773 === errors;
if(_valid51 && valid185){
valid185 = false;
passing51 = [passing51, 1];
}
else {
if(_valid51){
valid185 = true;
passing51 = 1;
}
}
if(!valid185){
const err634 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf",keyword:"oneOf",params:{passingSchemas: passing51},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
else {
errors = _errs770;
if(vErrors !== null){
if(_errs770){
vErrors.length = _errs770;
}
else {
vErrors = null;
}
}
}
}
if(data197["host-uts"] !== undefined){
let data233 = data197["host-uts"];
const _errs784 = errors;
let valid188 = false;
let passing52 = null;
const _errs785 = errors;
if(typeof data233 !== "string"){
const err635 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
if(!(((data233 === "deny") || (data233 === "warn")) || (data233 === "off"))){
const err636 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-uts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
var _valid52 = _errs785 === errors;
if(_valid52){
valid188 = true;
passing52 = 0;
}
const _errs787 = errors;
if(data233 && typeof data233 == "object" && !Array.isArray(data233)){
if(data233.action === undefined){
const err637 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
for(const key104 in data233){
if(!((key104 === "action") || (key104 === "options"))){
const err638 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key104},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
}
if(data233.action !== undefined){
let data234 = data233.action;
if(typeof data234 !== "string"){
const err639 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
if(!(((data234 === "deny") || (data234 === "warn")) || (data234 === "off"))){
const err640 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-uts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
}
if(data233.options !== undefined){
let data235 = data233.options;
if(data235 && typeof data235 == "object" && !Array.isArray(data235)){
for(const key105 in data235){
const err641 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key105},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
}
else {
const err642 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
}
}
else {
const err643 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
var _valid52 = _errs787 === errors;
if(_valid52 && valid188){
valid188 = false;
passing52 = [passing52, 1];
}
else {
if(_valid52){
valid188 = true;
passing52 = 1;
}
}
if(!valid188){
const err644 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf",keyword:"oneOf",params:{passingSchemas: passing52},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
else {
errors = _errs784;
if(vErrors !== null){
if(_errs784){
vErrors.length = _errs784;
}
else {
vErrors = null;
}
}
}
}
if(data197["host-userns"] !== undefined){
let data236 = data197["host-userns"];
const _errs796 = errors;
let valid190 = false;
let passing53 = null;
const _errs797 = errors;
if(typeof data236 !== "string"){
const err645 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
if(!(((data236 === "deny") || (data236 === "warn")) || (data236 === "off"))){
const err646 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-userns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
var _valid53 = _errs797 === errors;
if(_valid53){
valid190 = true;
passing53 = 0;
}
const _errs799 = errors;
if(data236 && typeof data236 == "object" && !Array.isArray(data236)){
if(data236.action === undefined){
const err647 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
for(const key106 in data236){
if(!((key106 === "action") || (key106 === "options"))){
const err648 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key106},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
}
if(data236.action !== undefined){
let data237 = data236.action;
if(typeof data237 !== "string"){
const err649 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
if(!(((data237 === "deny") || (data237 === "warn")) || (data237 === "off"))){
const err650 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-userns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
}
if(data236.options !== undefined){
let data238 = data236.options;
if(data238 && typeof data238 == "object" && !Array.isArray(data238)){
for(const key107 in data238){
const err651 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key107},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
}
else {
const err652 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
}
}
else {
const err653 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
var _valid53 = _errs799 === errors;
if(_valid53 && valid190){
valid190 = false;
passing53 = [passing53, 1];
}
else {
if(_valid53){
valid190 = true;
passing53 = 1;
}
}
if(!valid190){
const err654 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf",keyword:"oneOf",params:{passingSchemas: passing53},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
else {
errors = _errs796;
if(vErrors !== null){
if(_errs796){
vErrors.length = _errs796;
}
else {
vErrors = null;
}
}
}
}
if(data197["host-cgroupns"] !== undefined){
let data239 = data197["host-cgroupns"];
const _errs808 = errors;
let valid192 = false;
let passing54 = null;
const _errs809 = errors;
if(typeof data239 !== "string"){
const err655 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
if(!(((data239 === "deny") || (data239 === "warn")) || (data239 === "off"))){
const err656 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-cgroupns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
var _valid54 = _errs809 === errors;
if(_valid54){
valid192 = true;
passing54 = 0;
}
const _errs811 = errors;
if(data239 && typeof data239 == "object" && !Array.isArray(data239)){
if(data239.action === undefined){
const err657 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
for(const key108 in data239){
if(!((key108 === "action") || (key108 === "options"))){
const err658 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key108},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
}
if(data239.action !== undefined){
let data240 = data239.action;
if(typeof data240 !== "string"){
const err659 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
if(!(((data240 === "deny") || (data240 === "warn")) || (data240 === "off"))){
const err660 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-cgroupns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
}
if(data239.options !== undefined){
let data241 = data239.options;
if(data241 && typeof data241 == "object" && !Array.isArray(data241)){
for(const key109 in data241){
const err661 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key109},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
}
else {
const err662 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
}
}
else {
const err663 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
var _valid54 = _errs811 === errors;
if(_valid54 && valid192){
valid192 = false;
passing54 = [passing54, 1];
}
else {
if(_valid54){
valid192 = true;
passing54 = 1;
}
}
if(!valid192){
const err664 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf",keyword:"oneOf",params:{passingSchemas: passing54},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
else {
errors = _errs808;
if(vErrors !== null){
if(_errs808){
vErrors.length = _errs808;
}
else {
vErrors = null;
}
}
}
}
if(data197.capabilities !== undefined){
let data242 = data197.capabilities;
const _errs820 = errors;
let valid194 = false;
let passing55 = null;
const _errs821 = errors;
if(typeof data242 !== "string"){
const err665 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
if(!(((data242 === "deny") || (data242 === "warn")) || (data242 === "off"))){
const err666 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.capabilities.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
var _valid55 = _errs821 === errors;
if(_valid55){
valid194 = true;
passing55 = 0;
}
const _errs823 = errors;
if(data242 && typeof data242 == "object" && !Array.isArray(data242)){
if(data242.action === undefined){
const err667 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
for(const key110 in data242){
if(!((key110 === "action") || (key110 === "options"))){
const err668 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key110},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
}
if(data242.action !== undefined){
let data243 = data242.action;
if(typeof data243 !== "string"){
const err669 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
if(!(((data243 === "deny") || (data243 === "warn")) || (data243 === "off"))){
const err670 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.capabilities.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
}
if(data242.options !== undefined){
let data244 = data242.options;
if(data244 && typeof data244 == "object" && !Array.isArray(data244)){
for(const key111 in data244){
if(!(key111 === "allowed")){
const err671 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key111},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
}
if(data244.allowed !== undefined){
let data245 = data244.allowed;
if(Array.isArray(data245)){
const len27 = data245.length;
for(let i30=0; i30<len27; i30++){
let data246 = data245[i30];
if(typeof data246 === "string"){
if(func4(data246) < 1){
const err672 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities/options/allowed/" + i30,schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
}
else {
const err673 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities/options/allowed/" + i30,schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
}
let i31 = data245.length;
let j3;
if(i31 > 1){
const indices3 = {};
for(;i31--;){
let item3 = data245[i31];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err674 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/uniqueItems",keyword:"uniqueItems",params:{i: i31, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i31+" are identical)"};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
break;
}
indices3[item3] = i31;
}
}
}
else {
const err675 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err675];
}
else {
vErrors.push(err675);
}
errors++;
}
}
}
else {
const err676 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err676];
}
else {
vErrors.push(err676);
}
errors++;
}
}
}
else {
const err677 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
var _valid55 = _errs823 === errors;
if(_valid55 && valid194){
valid194 = false;
passing55 = [passing55, 1];
}
else {
if(_valid55){
valid194 = true;
passing55 = 1;
}
}
if(!valid194){
const err678 = {instancePath:instancePath+"/profiles/" + i25+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf",keyword:"oneOf",params:{passingSchemas: passing55},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
else {
errors = _errs820;
if(vErrors !== null){
if(_errs820){
vErrors.length = _errs820;
}
else {
vErrors = null;
}
}
}
}
if(data197["sensitive-mounts"] !== undefined){
let data247 = data197["sensitive-mounts"];
const _errs836 = errors;
let valid200 = false;
let passing56 = null;
const _errs837 = errors;
if(typeof data247 !== "string"){
const err679 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
if(!(((data247 === "deny") || (data247 === "warn")) || (data247 === "off"))){
const err680 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
var _valid56 = _errs837 === errors;
if(_valid56){
valid200 = true;
passing56 = 0;
}
const _errs839 = errors;
if(data247 && typeof data247 == "object" && !Array.isArray(data247)){
if(data247.action === undefined){
const err681 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err681];
}
else {
vErrors.push(err681);
}
errors++;
}
for(const key112 in data247){
if(!((key112 === "action") || (key112 === "options"))){
const err682 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key112},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
}
if(data247.action !== undefined){
let data248 = data247.action;
if(typeof data248 !== "string"){
const err683 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err683];
}
else {
vErrors.push(err683);
}
errors++;
}
if(!(((data248 === "deny") || (data248 === "warn")) || (data248 === "off"))){
const err684 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
}
if(data247.options !== undefined){
let data249 = data247.options;
if(data249 && typeof data249 == "object" && !Array.isArray(data249)){
for(const key113 in data249){
if(!(func2.call(schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.options.properties, key113))){
const err685 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key113},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
}
if(data249.dataRoots !== undefined){
let data250 = data249.dataRoots;
if(Array.isArray(data250)){
const len28 = data250.length;
for(let i32=0; i32<len28; i32++){
let data251 = data250[i32];
if(typeof data251 === "string"){
if(!pattern3.test(data251)){
const err686 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/dataRoots/" + i32,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
}
else {
const err687 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/dataRoots/" + i32,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
}
}
else {
const err688 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/dataRoots",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
}
if(data249.deny !== undefined){
let data252 = data249.deny;
if(Array.isArray(data252)){
const len29 = data252.length;
for(let i33=0; i33<len29; i33++){
let data253 = data252[i33];
if(typeof data253 === "string"){
if(func4(data253) < 1){
const err689 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/deny/" + i33,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err690 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/deny/" + i33,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err690];
}
else {
vErrors.push(err690);
}
errors++;
}
}
}
else {
const err691 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/deny",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
}
}
if(data249.allow !== undefined){
let data254 = data249.allow;
if(Array.isArray(data254)){
const len30 = data254.length;
for(let i34=0; i34<len30; i34++){
let data255 = data254[i34];
if(typeof data255 === "string"){
if(func4(data255) < 1){
const err692 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/allow/" + i34,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err692];
}
else {
vErrors.push(err692);
}
errors++;
}
}
else {
const err693 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/allow/" + i34,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err694 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/allow",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
}
if(data249.allowReadOnly !== undefined){
let data256 = data249.allowReadOnly;
if(Array.isArray(data256)){
const len31 = data256.length;
for(let i35=0; i35<len31; i35++){
let data257 = data256[i35];
if(typeof data257 === "string"){
if(func4(data257) < 1){
const err695 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/allowReadOnly/" + i35,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
}
else {
const err696 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/allowReadOnly/" + i35,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
}
}
}
else {
const err697 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/allowReadOnly",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
}
if(data249.volumeTypes !== undefined){
let data258 = data249.volumeTypes;
if(Array.isArray(data258)){
const len32 = data258.length;
for(let i36=0; i36<len32; i36++){
let data259 = data258[i36];
if(typeof data259 === "string"){
if(func4(data259) < 1){
const err698 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/volumeTypes/" + i36,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
}
else {
const err699 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/volumeTypes/" + i36,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
}
}
else {
const err700 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/volumeTypes",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
}
if(data249.blockDevices !== undefined){
let data260 = data249.blockDevices;
if(Array.isArray(data260)){
const len33 = data260.length;
for(let i37=0; i37<len33; i37++){
let data261 = data260[i37];
if(typeof data261 === "string"){
if(!pattern3.test(data261)){
const err701 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/blockDevices/" + i37,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err701];
}
else {
vErrors.push(err701);
}
errors++;
}
}
else {
const err702 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/blockDevices/" + i37,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
}
errors++;
}
}
}
else {
const err703 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/blockDevices",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err703];
}
else {
vErrors.push(err703);
}
errors++;
}
}
if(data249.allowVolumesFrom !== undefined){
if(typeof data249.allowVolumesFrom !== "boolean"){
const err704 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/allowVolumesFrom",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowVolumesFrom/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
}
if(data249.strict !== undefined){
if(typeof data249.strict !== "boolean"){
const err705 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/strict",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
}
if(data249.strictPaths !== undefined){
let data264 = data249.strictPaths;
if(Array.isArray(data264)){
const len34 = data264.length;
for(let i38=0; i38<len34; i38++){
let data265 = data264[i38];
if(typeof data265 === "string"){
if(!pattern5.test(data265)){
const err706 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/strictPaths/" + i38,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/pattern",keyword:"pattern",params:{pattern: "^/(?!.*\\*\\*)"},message:"must match pattern \""+"^/(?!.*\\*\\*)"+"\""};
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
const err707 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/strictPaths/" + i38,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err708 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options/strictPaths",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err708];
}
else {
vErrors.push(err708);
}
errors++;
}
}
}
else {
const err709 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err710 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
var _valid56 = _errs839 === errors;
if(_valid56 && valid200){
valid200 = false;
passing56 = [passing56, 1];
}
else {
if(_valid56){
valid200 = true;
passing56 = 1;
}
}
if(!valid200){
const err711 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf",keyword:"oneOf",params:{passingSchemas: passing56},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
}
else {
errors = _errs836;
if(vErrors !== null){
if(_errs836){
vErrors.length = _errs836;
}
else {
vErrors = null;
}
}
}
}
if(data197["docker-socket"] !== undefined){
let data266 = data197["docker-socket"];
const _errs880 = errors;
let valid217 = false;
let passing57 = null;
const _errs881 = errors;
if(typeof data266 !== "string"){
const err712 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
if(!(((data266 === "deny") || (data266 === "warn")) || (data266 === "off"))){
const err713 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["docker-socket"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
var _valid57 = _errs881 === errors;
if(_valid57){
valid217 = true;
passing57 = 0;
}
const _errs883 = errors;
if(data266 && typeof data266 == "object" && !Array.isArray(data266)){
if(data266.action === undefined){
const err714 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
for(const key114 in data266){
if(!((key114 === "action") || (key114 === "options"))){
const err715 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key114},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err715];
}
else {
vErrors.push(err715);
}
errors++;
}
}
if(data266.action !== undefined){
let data267 = data266.action;
if(typeof data267 !== "string"){
const err716 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
if(!(((data267 === "deny") || (data267 === "warn")) || (data267 === "off"))){
const err717 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["docker-socket"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
}
if(data266.options !== undefined){
let data268 = data266.options;
if(data268 && typeof data268 == "object" && !Array.isArray(data268)){
for(const key115 in data268){
if(!(key115 === "sockets")){
const err718 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key115},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
}
if(data268.sockets !== undefined){
let data269 = data268.sockets;
if(Array.isArray(data269)){
const len35 = data269.length;
for(let i39=0; i39<len35; i39++){
let data270 = data269[i39];
if(typeof data270 === "string"){
if(!pattern3.test(data270)){
const err719 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket/options/sockets/" + i39,schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
}
else {
const err720 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket/options/sockets/" + i39,schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err720];
}
else {
vErrors.push(err720);
}
errors++;
}
}
}
else {
const err721 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket/options/sockets",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
}
}
else {
const err722 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err722];
}
else {
vErrors.push(err722);
}
errors++;
}
}
}
else {
const err723 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
var _valid57 = _errs883 === errors;
if(_valid57 && valid217){
valid217 = false;
passing57 = [passing57, 1];
}
else {
if(_valid57){
valid217 = true;
passing57 = 1;
}
}
if(!valid217){
const err724 = {instancePath:instancePath+"/profiles/" + i25+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf",keyword:"oneOf",params:{passingSchemas: passing57},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err724];
}
else {
vErrors.push(err724);
}
errors++;
}
else {
errors = _errs880;
if(vErrors !== null){
if(_errs880){
vErrors.length = _errs880;
}
else {
vErrors = null;
}
}
}
}
if(data197["mount-propagation"] !== undefined){
let data271 = data197["mount-propagation"];
const _errs896 = errors;
let valid222 = false;
let passing58 = null;
const _errs897 = errors;
if(typeof data271 !== "string"){
const err725 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err725];
}
else {
vErrors.push(err725);
}
errors++;
}
if(!(((data271 === "deny") || (data271 === "warn")) || (data271 === "off"))){
const err726 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["mount-propagation"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err726];
}
else {
vErrors.push(err726);
}
errors++;
}
var _valid58 = _errs897 === errors;
if(_valid58){
valid222 = true;
passing58 = 0;
}
const _errs899 = errors;
if(data271 && typeof data271 == "object" && !Array.isArray(data271)){
if(data271.action === undefined){
const err727 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err727];
}
else {
vErrors.push(err727);
}
errors++;
}
for(const key116 in data271){
if(!((key116 === "action") || (key116 === "options"))){
const err728 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key116},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
}
if(data271.action !== undefined){
let data272 = data271.action;
if(typeof data272 !== "string"){
const err729 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
if(!(((data272 === "deny") || (data272 === "warn")) || (data272 === "off"))){
const err730 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["mount-propagation"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
}
if(data271.options !== undefined){
let data273 = data271.options;
if(data273 && typeof data273 == "object" && !Array.isArray(data273)){
for(const key117 in data273){
const err731 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key117},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
}
else {
const err732 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
}
}
else {
const err733 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
var _valid58 = _errs899 === errors;
if(_valid58 && valid222){
valid222 = false;
passing58 = [passing58, 1];
}
else {
if(_valid58){
valid222 = true;
passing58 = 1;
}
}
if(!valid222){
const err734 = {instancePath:instancePath+"/profiles/" + i25+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf",keyword:"oneOf",params:{passingSchemas: passing58},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
else {
errors = _errs896;
if(vErrors !== null){
if(_errs896){
vErrors.length = _errs896;
}
else {
vErrors = null;
}
}
}
}
if(data197["host-devices"] !== undefined){
let data274 = data197["host-devices"];
const _errs908 = errors;
let valid224 = false;
let passing59 = null;
const _errs909 = errors;
if(typeof data274 !== "string"){
const err735 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err735];
}
else {
vErrors.push(err735);
}
errors++;
}
if(!(((data274 === "deny") || (data274 === "warn")) || (data274 === "off"))){
const err736 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-devices"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
var _valid59 = _errs909 === errors;
if(_valid59){
valid224 = true;
passing59 = 0;
}
const _errs911 = errors;
if(data274 && typeof data274 == "object" && !Array.isArray(data274)){
if(data274.action === undefined){
const err737 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err737];
}
else {
vErrors.push(err737);
}
errors++;
}
for(const key118 in data274){
if(!((key118 === "action") || (key118 === "options"))){
const err738 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key118},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err738];
}
else {
vErrors.push(err738);
}
errors++;
}
}
if(data274.action !== undefined){
let data275 = data274.action;
if(typeof data275 !== "string"){
const err739 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
if(!(((data275 === "deny") || (data275 === "warn")) || (data275 === "off"))){
const err740 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-devices"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
}
if(data274.options !== undefined){
let data276 = data274.options;
if(data276 && typeof data276 == "object" && !Array.isArray(data276)){
for(const key119 in data276){
if(!(((key119 === "allowedDevices") || (key119 === "allowCgroupRules")) || (key119 === "allowDeviceRequests"))){
const err741 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key119},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
}
}
if(data276.allowedDevices !== undefined){
let data277 = data276.allowedDevices;
if(Array.isArray(data277)){
const len36 = data277.length;
for(let i40=0; i40<len36; i40++){
let data278 = data277[i40];
if(typeof data278 === "string"){
if(func4(data278) < 1){
const err742 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices/options/allowedDevices/" + i40,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
}
else {
const err743 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices/options/allowedDevices/" + i40,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
}
}
else {
const err744 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices/options/allowedDevices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
}
if(data276.allowCgroupRules !== undefined){
if(typeof data276.allowCgroupRules !== "boolean"){
const err745 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices/options/allowCgroupRules",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowCgroupRules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
}
if(data276.allowDeviceRequests !== undefined){
if(typeof data276.allowDeviceRequests !== "boolean"){
const err746 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices/options/allowDeviceRequests",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowDeviceRequests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
}
}
else {
const err747 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
}
}
}
else {
const err748 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
var _valid59 = _errs911 === errors;
if(_valid59 && valid224){
valid224 = false;
passing59 = [passing59, 1];
}
else {
if(_valid59){
valid224 = true;
passing59 = 1;
}
}
if(!valid224){
const err749 = {instancePath:instancePath+"/profiles/" + i25+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf",keyword:"oneOf",params:{passingSchemas: passing59},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
else {
errors = _errs908;
if(vErrors !== null){
if(_errs908){
vErrors.length = _errs908;
}
else {
vErrors = null;
}
}
}
}
if(data197["selinux-unconfined"] !== undefined){
let data281 = data197["selinux-unconfined"];
const _errs928 = errors;
let valid229 = false;
let passing60 = null;
const _errs929 = errors;
if(typeof data281 !== "string"){
const err750 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err750];
}
else {
vErrors.push(err750);
}
errors++;
}
if(!(((data281 === "deny") || (data281 === "warn")) || (data281 === "off"))){
const err751 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["selinux-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
var _valid60 = _errs929 === errors;
if(_valid60){
valid229 = true;
passing60 = 0;
}
const _errs931 = errors;
if(data281 && typeof data281 == "object" && !Array.isArray(data281)){
if(data281.action === undefined){
const err752 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err752];
}
else {
vErrors.push(err752);
}
errors++;
}
for(const key120 in data281){
if(!((key120 === "action") || (key120 === "options"))){
const err753 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key120},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
}
if(data281.action !== undefined){
let data282 = data281.action;
if(typeof data282 !== "string"){
const err754 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err754];
}
else {
vErrors.push(err754);
}
errors++;
}
if(!(((data282 === "deny") || (data282 === "warn")) || (data282 === "off"))){
const err755 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["selinux-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
}
if(data281.options !== undefined){
let data283 = data281.options;
if(data283 && typeof data283 == "object" && !Array.isArray(data283)){
for(const key121 in data283){
if(!(key121 === "deniedTypes")){
const err756 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key121},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
}
if(data283.deniedTypes !== undefined){
let data284 = data283.deniedTypes;
if(Array.isArray(data284)){
const len37 = data284.length;
for(let i41=0; i41<len37; i41++){
let data285 = data284[i41];
if(typeof data285 === "string"){
if(func4(data285) < 1){
const err757 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined/options/deniedTypes/" + i41,schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
}
else {
const err758 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined/options/deniedTypes/" + i41,schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
}
}
else {
const err759 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined/options/deniedTypes",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err760 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err760];
}
else {
vErrors.push(err760);
}
errors++;
}
}
}
else {
const err761 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err761];
}
else {
vErrors.push(err761);
}
errors++;
}
var _valid60 = _errs931 === errors;
if(_valid60 && valid229){
valid229 = false;
passing60 = [passing60, 1];
}
else {
if(_valid60){
valid229 = true;
passing60 = 1;
}
}
if(!valid229){
const err762 = {instancePath:instancePath+"/profiles/" + i25+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing60},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err762];
}
else {
vErrors.push(err762);
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
if(data197["systempaths-unconfined"] !== undefined){
let data286 = data197["systempaths-unconfined"];
const _errs944 = errors;
let valid234 = false;
let passing61 = null;
const _errs945 = errors;
if(typeof data286 !== "string"){
const err763 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
if(!(((data286 === "deny") || (data286 === "warn")) || (data286 === "off"))){
const err764 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["systempaths-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
var _valid61 = _errs945 === errors;
if(_valid61){
valid234 = true;
passing61 = 0;
}
const _errs947 = errors;
if(data286 && typeof data286 == "object" && !Array.isArray(data286)){
if(data286.action === undefined){
const err765 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
for(const key122 in data286){
if(!((key122 === "action") || (key122 === "options"))){
const err766 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key122},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
}
}
if(data286.action !== undefined){
let data287 = data286.action;
if(typeof data287 !== "string"){
const err767 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
if(!(((data287 === "deny") || (data287 === "warn")) || (data287 === "off"))){
const err768 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["systempaths-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
}
if(data286.options !== undefined){
let data288 = data286.options;
if(data288 && typeof data288 == "object" && !Array.isArray(data288)){
for(const key123 in data288){
const err769 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key123},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
}
else {
const err770 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err770];
}
else {
vErrors.push(err770);
}
errors++;
}
}
}
else {
const err771 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
var _valid61 = _errs947 === errors;
if(_valid61 && valid234){
valid234 = false;
passing61 = [passing61, 1];
}
else {
if(_valid61){
valid234 = true;
passing61 = 1;
}
}
if(!valid234){
const err772 = {instancePath:instancePath+"/profiles/" + i25+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing61},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err772];
}
else {
vErrors.push(err772);
}
errors++;
}
else {
errors = _errs944;
if(vErrors !== null){
if(_errs944){
vErrors.length = _errs944;
}
else {
vErrors = null;
}
}
}
}
if(data197["security-opt-allowlist"] !== undefined){
let data289 = data197["security-opt-allowlist"];
const _errs956 = errors;
let valid236 = false;
let passing62 = null;
const _errs957 = errors;
if(typeof data289 !== "string"){
const err773 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
if(!(((data289 === "deny") || (data289 === "warn")) || (data289 === "off"))){
const err774 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["security-opt-allowlist"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err774];
}
else {
vErrors.push(err774);
}
errors++;
}
var _valid62 = _errs957 === errors;
if(_valid62){
valid236 = true;
passing62 = 0;
}
const _errs959 = errors;
if(data289 && typeof data289 == "object" && !Array.isArray(data289)){
if(data289.action === undefined){
const err775 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err775];
}
else {
vErrors.push(err775);
}
errors++;
}
for(const key124 in data289){
if(!((key124 === "action") || (key124 === "options"))){
const err776 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key124},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err776];
}
else {
vErrors.push(err776);
}
errors++;
}
}
if(data289.action !== undefined){
let data290 = data289.action;
if(typeof data290 !== "string"){
const err777 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
if(!(((data290 === "deny") || (data290 === "warn")) || (data290 === "off"))){
const err778 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["security-opt-allowlist"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
}
}
if(data289.options !== undefined){
let data291 = data289.options;
if(data291 && typeof data291 == "object" && !Array.isArray(data291)){
for(const key125 in data291){
if(!(key125 === "allowedLabels")){
const err779 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key125},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
}
if(data291.allowedLabels !== undefined){
let data292 = data291.allowedLabels;
if(Array.isArray(data292)){
const len38 = data292.length;
for(let i42=0; i42<len38; i42++){
let data293 = data292[i42];
if(typeof data293 === "string"){
if(func4(data293) < 1){
const err780 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist/options/allowedLabels/" + i42,schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
}
else {
const err781 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist/options/allowedLabels/" + i42,schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
}
}
}
else {
const err782 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist/options/allowedLabels",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
}
}
else {
const err783 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
}
}
else {
const err784 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err784];
}
else {
vErrors.push(err784);
}
errors++;
}
var _valid62 = _errs959 === errors;
if(_valid62 && valid236){
valid236 = false;
passing62 = [passing62, 1];
}
else {
if(_valid62){
valid236 = true;
passing62 = 1;
}
}
if(!valid236){
const err785 = {instancePath:instancePath+"/profiles/" + i25+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf",keyword:"oneOf",params:{passingSchemas: passing62},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err785];
}
else {
vErrors.push(err785);
}
errors++;
}
else {
errors = _errs956;
if(vErrors !== null){
if(_errs956){
vErrors.length = _errs956;
}
else {
vErrors = null;
}
}
}
}
if(data197["build-options"] !== undefined){
let data294 = data197["build-options"];
const _errs972 = errors;
let valid241 = false;
let passing63 = null;
const _errs973 = errors;
if(typeof data294 !== "string"){
const err786 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err786];
}
else {
vErrors.push(err786);
}
errors++;
}
if(!(((data294 === "deny") || (data294 === "warn")) || (data294 === "off"))){
const err787 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["build-options"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err787];
}
else {
vErrors.push(err787);
}
errors++;
}
var _valid63 = _errs973 === errors;
if(_valid63){
valid241 = true;
passing63 = 0;
}
const _errs975 = errors;
if(data294 && typeof data294 == "object" && !Array.isArray(data294)){
if(data294.action === undefined){
const err788 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err788];
}
else {
vErrors.push(err788);
}
errors++;
}
for(const key126 in data294){
if(!((key126 === "action") || (key126 === "options"))){
const err789 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key126},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err789];
}
else {
vErrors.push(err789);
}
errors++;
}
}
if(data294.action !== undefined){
let data295 = data294.action;
if(typeof data295 !== "string"){
const err790 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err790];
}
else {
vErrors.push(err790);
}
errors++;
}
if(!(((data295 === "deny") || (data295 === "warn")) || (data295 === "off"))){
const err791 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["build-options"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err791];
}
else {
vErrors.push(err791);
}
errors++;
}
}
if(data294.options !== undefined){
let data296 = data294.options;
if(data296 && typeof data296 == "object" && !Array.isArray(data296)){
for(const key127 in data296){
const err792 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key127},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err792];
}
else {
vErrors.push(err792);
}
errors++;
}
}
else {
const err793 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err793];
}
else {
vErrors.push(err793);
}
errors++;
}
}
}
else {
const err794 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err794];
}
else {
vErrors.push(err794);
}
errors++;
}
var _valid63 = _errs975 === errors;
if(_valid63 && valid241){
valid241 = false;
passing63 = [passing63, 1];
}
else {
if(_valid63){
valid241 = true;
passing63 = 1;
}
}
if(!valid241){
const err795 = {instancePath:instancePath+"/profiles/" + i25+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf",keyword:"oneOf",params:{passingSchemas: passing63},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err795];
}
else {
vErrors.push(err795);
}
errors++;
}
else {
errors = _errs972;
if(vErrors !== null){
if(_errs972){
vErrors.length = _errs972;
}
else {
vErrors = null;
}
}
}
}
if(data197["buildkit-entitlements"] !== undefined){
let data297 = data197["buildkit-entitlements"];
const _errs984 = errors;
let valid243 = false;
let passing64 = null;
const _errs985 = errors;
if(typeof data297 !== "string"){
const err796 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err796];
}
else {
vErrors.push(err796);
}
errors++;
}
if(!(((data297 === "deny") || (data297 === "warn")) || (data297 === "off"))){
const err797 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["buildkit-entitlements"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err797];
}
else {
vErrors.push(err797);
}
errors++;
}
var _valid64 = _errs985 === errors;
if(_valid64){
valid243 = true;
passing64 = 0;
}
const _errs987 = errors;
if(data297 && typeof data297 == "object" && !Array.isArray(data297)){
if(data297.action === undefined){
const err798 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err798];
}
else {
vErrors.push(err798);
}
errors++;
}
for(const key128 in data297){
if(!((key128 === "action") || (key128 === "options"))){
const err799 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key128},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err799];
}
else {
vErrors.push(err799);
}
errors++;
}
}
if(data297.action !== undefined){
let data298 = data297.action;
if(typeof data298 !== "string"){
const err800 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err800];
}
else {
vErrors.push(err800);
}
errors++;
}
if(!(((data298 === "deny") || (data298 === "warn")) || (data298 === "off"))){
const err801 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["buildkit-entitlements"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err801];
}
else {
vErrors.push(err801);
}
errors++;
}
}
if(data297.options !== undefined){
let data299 = data297.options;
if(data299 && typeof data299 == "object" && !Array.isArray(data299)){
for(const key129 in data299){
const err802 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key129},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err802];
}
else {
vErrors.push(err802);
}
errors++;
}
}
else {
const err803 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err803];
}
else {
vErrors.push(err803);
}
errors++;
}
}
}
else {
const err804 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err804];
}
else {
vErrors.push(err804);
}
errors++;
}
var _valid64 = _errs987 === errors;
if(_valid64 && valid243){
valid243 = false;
passing64 = [passing64, 1];
}
else {
if(_valid64){
valid243 = true;
passing64 = 1;
}
}
if(!valid243){
const err805 = {instancePath:instancePath+"/profiles/" + i25+"/rules/buildkit-entitlements",schemaPath:"#/properties/profiles/items/properties/rules/properties/buildkit-entitlements/oneOf",keyword:"oneOf",params:{passingSchemas: passing64},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err805];
}
else {
vErrors.push(err805);
}
errors++;
}
else {
errors = _errs984;
if(vErrors !== null){
if(_errs984){
vErrors.length = _errs984;
}
else {
vErrors = null;
}
}
}
}
if(data197["plugin-install"] !== undefined){
let data300 = data197["plugin-install"];
const _errs996 = errors;
let valid245 = false;
let passing65 = null;
const _errs997 = errors;
if(typeof data300 !== "string"){
const err806 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err806];
}
else {
vErrors.push(err806);
}
errors++;
}
if(!(((data300 === "deny") || (data300 === "warn")) || (data300 === "off"))){
const err807 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["plugin-install"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err807];
}
else {
vErrors.push(err807);
}
errors++;
}
var _valid65 = _errs997 === errors;
if(_valid65){
valid245 = true;
passing65 = 0;
}
const _errs999 = errors;
if(data300 && typeof data300 == "object" && !Array.isArray(data300)){
if(data300.action === undefined){
const err808 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err808];
}
else {
vErrors.push(err808);
}
errors++;
}
for(const key130 in data300){
if(!((key130 === "action") || (key130 === "options"))){
const err809 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key130},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err809];
}
else {
vErrors.push(err809);
}
errors++;
}
}
if(data300.action !== undefined){
let data301 = data300.action;
if(typeof data301 !== "string"){
const err810 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err810];
}
else {
vErrors.push(err810);
}
errors++;
}
if(!(((data301 === "deny") || (data301 === "warn")) || (data301 === "off"))){
const err811 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["plugin-install"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err811];
}
else {
vErrors.push(err811);
}
errors++;
}
}
if(data300.options !== undefined){
let data302 = data300.options;
if(data302 && typeof data302 == "object" && !Array.isArray(data302)){
for(const key131 in data302){
if(!((key131 === "allowed") || (key131 === "allowCreate"))){
const err812 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key131},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err812];
}
else {
vErrors.push(err812);
}
errors++;
}
}
if(data302.allowed !== undefined){
let data303 = data302.allowed;
if(Array.isArray(data303)){
const len39 = data303.length;
for(let i43=0; i43<len39; i43++){
let data304 = data303[i43];
if(typeof data304 === "string"){
if(func4(data304) < 1){
const err813 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install/options/allowed/" + i43,schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err813];
}
else {
vErrors.push(err813);
}
errors++;
}
}
else {
const err814 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install/options/allowed/" + i43,schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err814];
}
else {
vErrors.push(err814);
}
errors++;
}
}
}
else {
const err815 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err815];
}
else {
vErrors.push(err815);
}
errors++;
}
}
if(data302.allowCreate !== undefined){
if(typeof data302.allowCreate !== "boolean"){
const err816 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install/options/allowCreate",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowCreate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err816];
}
else {
vErrors.push(err816);
}
errors++;
}
}
}
else {
const err817 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err817];
}
else {
vErrors.push(err817);
}
errors++;
}
}
}
else {
const err818 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err818];
}
else {
vErrors.push(err818);
}
errors++;
}
var _valid65 = _errs999 === errors;
if(_valid65 && valid245){
valid245 = false;
passing65 = [passing65, 1];
}
else {
if(_valid65){
valid245 = true;
passing65 = 1;
}
}
if(!valid245){
const err819 = {instancePath:instancePath+"/profiles/" + i25+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf",keyword:"oneOf",params:{passingSchemas: passing65},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err819];
}
else {
vErrors.push(err819);
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
if(data197["self-protection"] !== undefined){
let data306 = data197["self-protection"];
const _errs1014 = errors;
let valid250 = false;
let passing66 = null;
const _errs1015 = errors;
if(typeof data306 !== "string"){
const err820 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err820];
}
else {
vErrors.push(err820);
}
errors++;
}
if(!(((data306 === "deny") || (data306 === "warn")) || (data306 === "off"))){
const err821 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["self-protection"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err821];
}
else {
vErrors.push(err821);
}
errors++;
}
var _valid66 = _errs1015 === errors;
if(_valid66){
valid250 = true;
passing66 = 0;
}
const _errs1017 = errors;
if(data306 && typeof data306 == "object" && !Array.isArray(data306)){
if(data306.action === undefined){
const err822 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err822];
}
else {
vErrors.push(err822);
}
errors++;
}
for(const key132 in data306){
if(!((key132 === "action") || (key132 === "options"))){
const err823 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key132},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err823];
}
else {
vErrors.push(err823);
}
errors++;
}
}
if(data306.action !== undefined){
let data307 = data306.action;
if(typeof data307 !== "string"){
const err824 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err824];
}
else {
vErrors.push(err824);
}
errors++;
}
if(!(((data307 === "deny") || (data307 === "warn")) || (data307 === "off"))){
const err825 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["self-protection"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err825];
}
else {
vErrors.push(err825);
}
errors++;
}
}
if(data306.options !== undefined){
let data308 = data306.options;
if(data308 && typeof data308 == "object" && !Array.isArray(data308)){
for(const key133 in data308){
if(!((((((key133 === "names") || (key133 === "ids")) || (key133 === "detectId")) || (key133 === "adminUsers")) || (key133 === "otherPlugins")) || (key133 === "readDaemonConfig"))){
const err826 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key133},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err826];
}
else {
vErrors.push(err826);
}
errors++;
}
}
if(data308.names !== undefined){
let data309 = data308.names;
if(Array.isArray(data309)){
const len40 = data309.length;
for(let i44=0; i44<len40; i44++){
let data310 = data309[i44];
if(typeof data310 === "string"){
if(func4(data310) < 1){
const err827 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/names/" + i44,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err827];
}
else {
vErrors.push(err827);
}
errors++;
}
}
else {
const err828 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/names/" + i44,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err828];
}
else {
vErrors.push(err828);
}
errors++;
}
}
}
else {
const err829 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/names",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err829];
}
else {
vErrors.push(err829);
}
errors++;
}
}
if(data308.ids !== undefined){
let data311 = data308.ids;
if(Array.isArray(data311)){
const len41 = data311.length;
for(let i45=0; i45<len41; i45++){
let data312 = data311[i45];
if(typeof data312 === "string"){
if(!pattern7.test(data312)){
const err830 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/ids/" + i45,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err830];
}
else {
vErrors.push(err830);
}
errors++;
}
}
else {
const err831 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/ids/" + i45,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err831];
}
else {
vErrors.push(err831);
}
errors++;
}
}
}
else {
const err832 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/ids",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err832];
}
else {
vErrors.push(err832);
}
errors++;
}
}
if(data308.detectId !== undefined){
if(typeof data308.detectId !== "boolean"){
const err833 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/detectId",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/detectId/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err833];
}
else {
vErrors.push(err833);
}
errors++;
}
}
if(data308.adminUsers !== undefined){
let data314 = data308.adminUsers;
if(Array.isArray(data314)){
const len42 = data314.length;
for(let i46=0; i46<len42; i46++){
let data315 = data314[i46];
if(typeof data315 === "string"){
if(func4(data315) < 1){
const err834 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/adminUsers/" + i46,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err834];
}
else {
vErrors.push(err834);
}
errors++;
}
}
else {
const err835 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/adminUsers/" + i46,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err836 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/adminUsers",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err836];
}
else {
vErrors.push(err836);
}
errors++;
}
}
if(data308.otherPlugins !== undefined){
let data316 = data308.otherPlugins;
if(Array.isArray(data316)){
const len43 = data316.length;
for(let i47=0; i47<len43; i47++){
let data317 = data316[i47];
if(typeof data317 === "string"){
if(func4(data317) < 1){
const err837 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/otherPlugins/" + i47,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err837];
}
else {
vErrors.push(err837);
}
errors++;
}
}
else {
const err838 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/otherPlugins/" + i47,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err838];
}
else {
vErrors.push(err838);
}
errors++;
}
}
}
else {
const err839 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/otherPlugins",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/otherPlugins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err839];
}
else {
vErrors.push(err839);
}
errors++;
}
}
if(data308.readDaemonConfig !== undefined){
if(typeof data308.readDaemonConfig !== "boolean"){
const err840 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options/readDaemonConfig",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/readDaemonConfig/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err840];
}
else {
vErrors.push(err840);
}
errors++;
}
}
}
else {
const err841 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err841];
}
else {
vErrors.push(err841);
}
errors++;
}
}
}
else {
const err842 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err842];
}
else {
vErrors.push(err842);
}
errors++;
}
var _valid66 = _errs1017 === errors;
if(_valid66 && valid250){
valid250 = false;
passing66 = [passing66, 1];
}
else {
if(_valid66){
valid250 = true;
passing66 = 1;
}
}
if(!valid250){
const err843 = {instancePath:instancePath+"/profiles/" + i25+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf",keyword:"oneOf",params:{passingSchemas: passing66},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err843];
}
else {
vErrors.push(err843);
}
errors++;
}
else {
errors = _errs1014;
if(vErrors !== null){
if(_errs1014){
vErrors.length = _errs1014;
}
else {
vErrors = null;
}
}
}
}
if(data197["swarm-join"] !== undefined){
let data319 = data197["swarm-join"];
const _errs1046 = errors;
let valid261 = false;
let passing67 = null;
const _errs1047 = errors;
if(typeof data319 !== "string"){
const err844 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err844];
}
else {
vErrors.push(err844);
}
errors++;
}
if(!(((data319 === "deny") || (data319 === "warn")) || (data319 === "off"))){
const err845 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-join"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err845];
}
else {
vErrors.push(err845);
}
errors++;
}
var _valid67 = _errs1047 === errors;
if(_valid67){
valid261 = true;
passing67 = 0;
}
const _errs1049 = errors;
if(data319 && typeof data319 == "object" && !Array.isArray(data319)){
if(data319.action === undefined){
const err846 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err846];
}
else {
vErrors.push(err846);
}
errors++;
}
for(const key134 in data319){
if(!((key134 === "action") || (key134 === "options"))){
const err847 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key134},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err847];
}
else {
vErrors.push(err847);
}
errors++;
}
}
if(data319.action !== undefined){
let data320 = data319.action;
if(typeof data320 !== "string"){
const err848 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err848];
}
else {
vErrors.push(err848);
}
errors++;
}
if(!(((data320 === "deny") || (data320 === "warn")) || (data320 === "off"))){
const err849 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-join"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err849];
}
else {
vErrors.push(err849);
}
errors++;
}
}
if(data319.options !== undefined){
let data321 = data319.options;
if(data321 && typeof data321 == "object" && !Array.isArray(data321)){
for(const key135 in data321){
if(!(key135 === "allowedManagers")){
const err850 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key135},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err850];
}
else {
vErrors.push(err850);
}
errors++;
}
}
if(data321.allowedManagers !== undefined){
let data322 = data321.allowedManagers;
if(Array.isArray(data322)){
const len44 = data322.length;
for(let i48=0; i48<len44; i48++){
let data323 = data322[i48];
if(typeof data323 === "string"){
if(func4(data323) < 1){
const err851 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join/options/allowedManagers/" + i48,schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err851];
}
else {
vErrors.push(err851);
}
errors++;
}
}
else {
const err852 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join/options/allowedManagers/" + i48,schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err852];
}
else {
vErrors.push(err852);
}
errors++;
}
}
}
else {
const err853 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join/options/allowedManagers",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err854 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err855 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err855];
}
else {
vErrors.push(err855);
}
errors++;
}
var _valid67 = _errs1049 === errors;
if(_valid67 && valid261){
valid261 = false;
passing67 = [passing67, 1];
}
else {
if(_valid67){
valid261 = true;
passing67 = 1;
}
}
if(!valid261){
const err856 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf",keyword:"oneOf",params:{passingSchemas: passing67},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err856];
}
else {
vErrors.push(err856);
}
errors++;
}
else {
errors = _errs1046;
if(vErrors !== null){
if(_errs1046){
vErrors.length = _errs1046;
}
else {
vErrors = null;
}
}
}
}
if(data197["swarm-init"] !== undefined){
let data324 = data197["swarm-init"];
const _errs1062 = errors;
let valid266 = false;
let passing68 = null;
const _errs1063 = errors;
if(typeof data324 !== "string"){
const err857 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err857];
}
else {
vErrors.push(err857);
}
errors++;
}
if(!(((data324 === "deny") || (data324 === "warn")) || (data324 === "off"))){
const err858 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-init"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err858];
}
else {
vErrors.push(err858);
}
errors++;
}
var _valid68 = _errs1063 === errors;
if(_valid68){
valid266 = true;
passing68 = 0;
}
const _errs1065 = errors;
if(data324 && typeof data324 == "object" && !Array.isArray(data324)){
if(data324.action === undefined){
const err859 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err859];
}
else {
vErrors.push(err859);
}
errors++;
}
for(const key136 in data324){
if(!((key136 === "action") || (key136 === "options"))){
const err860 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key136},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err860];
}
else {
vErrors.push(err860);
}
errors++;
}
}
if(data324.action !== undefined){
let data325 = data324.action;
if(typeof data325 !== "string"){
const err861 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err861];
}
else {
vErrors.push(err861);
}
errors++;
}
if(!(((data325 === "deny") || (data325 === "warn")) || (data325 === "off"))){
const err862 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-init"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err862];
}
else {
vErrors.push(err862);
}
errors++;
}
}
if(data324.options !== undefined){
let data326 = data324.options;
if(data326 && typeof data326 == "object" && !Array.isArray(data326)){
for(const key137 in data326){
const err863 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key137},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err863];
}
else {
vErrors.push(err863);
}
errors++;
}
}
else {
const err864 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err864];
}
else {
vErrors.push(err864);
}
errors++;
}
}
}
else {
const err865 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err865];
}
else {
vErrors.push(err865);
}
errors++;
}
var _valid68 = _errs1065 === errors;
if(_valid68 && valid266){
valid266 = false;
passing68 = [passing68, 1];
}
else {
if(_valid68){
valid266 = true;
passing68 = 1;
}
}
if(!valid266){
const err866 = {instancePath:instancePath+"/profiles/" + i25+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf",keyword:"oneOf",params:{passingSchemas: passing68},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err866];
}
else {
vErrors.push(err866);
}
errors++;
}
else {
errors = _errs1062;
if(vErrors !== null){
if(_errs1062){
vErrors.length = _errs1062;
}
else {
vErrors = null;
}
}
}
}
if(data197["service-rollback"] !== undefined){
let data327 = data197["service-rollback"];
const _errs1074 = errors;
let valid268 = false;
let passing69 = null;
const _errs1075 = errors;
if(typeof data327 !== "string"){
const err867 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err867];
}
else {
vErrors.push(err867);
}
errors++;
}
if(!(((data327 === "deny") || (data327 === "warn")) || (data327 === "off"))){
const err868 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["service-rollback"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err868];
}
else {
vErrors.push(err868);
}
errors++;
}
var _valid69 = _errs1075 === errors;
if(_valid69){
valid268 = true;
passing69 = 0;
}
const _errs1077 = errors;
if(data327 && typeof data327 == "object" && !Array.isArray(data327)){
if(data327.action === undefined){
const err869 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err869];
}
else {
vErrors.push(err869);
}
errors++;
}
for(const key138 in data327){
if(!((key138 === "action") || (key138 === "options"))){
const err870 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key138},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err870];
}
else {
vErrors.push(err870);
}
errors++;
}
}
if(data327.action !== undefined){
let data328 = data327.action;
if(typeof data328 !== "string"){
const err871 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err871];
}
else {
vErrors.push(err871);
}
errors++;
}
if(!(((data328 === "deny") || (data328 === "warn")) || (data328 === "off"))){
const err872 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["service-rollback"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err872];
}
else {
vErrors.push(err872);
}
errors++;
}
}
if(data327.options !== undefined){
let data329 = data327.options;
if(data329 && typeof data329 == "object" && !Array.isArray(data329)){
for(const key139 in data329){
const err873 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key139},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err873];
}
else {
vErrors.push(err873);
}
errors++;
}
}
else {
const err874 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err874];
}
else {
vErrors.push(err874);
}
errors++;
}
}
}
else {
const err875 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err875];
}
else {
vErrors.push(err875);
}
errors++;
}
var _valid69 = _errs1077 === errors;
if(_valid69 && valid268){
valid268 = false;
passing69 = [passing69, 1];
}
else {
if(_valid69){
valid268 = true;
passing69 = 1;
}
}
if(!valid268){
const err876 = {instancePath:instancePath+"/profiles/" + i25+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing69},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err876];
}
else {
vErrors.push(err876);
}
errors++;
}
else {
errors = _errs1074;
if(vErrors !== null){
if(_errs1074){
vErrors.length = _errs1074;
}
else {
vErrors = null;
}
}
}
}
if(data197["exec-root-user"] !== undefined){
let data330 = data197["exec-root-user"];
const _errs1086 = errors;
let valid270 = false;
let passing70 = null;
const _errs1087 = errors;
if(typeof data330 !== "string"){
const err877 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err877];
}
else {
vErrors.push(err877);
}
errors++;
}
if(!(((data330 === "deny") || (data330 === "warn")) || (data330 === "off"))){
const err878 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["exec-root-user"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err878];
}
else {
vErrors.push(err878);
}
errors++;
}
var _valid70 = _errs1087 === errors;
if(_valid70){
valid270 = true;
passing70 = 0;
}
const _errs1089 = errors;
if(data330 && typeof data330 == "object" && !Array.isArray(data330)){
if(data330.action === undefined){
const err879 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err879];
}
else {
vErrors.push(err879);
}
errors++;
}
for(const key140 in data330){
if(!((key140 === "action") || (key140 === "options"))){
const err880 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key140},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err880];
}
else {
vErrors.push(err880);
}
errors++;
}
}
if(data330.action !== undefined){
let data331 = data330.action;
if(typeof data331 !== "string"){
const err881 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err881];
}
else {
vErrors.push(err881);
}
errors++;
}
if(!(((data331 === "deny") || (data331 === "warn")) || (data331 === "off"))){
const err882 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["exec-root-user"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err882];
}
else {
vErrors.push(err882);
}
errors++;
}
}
if(data330.options !== undefined){
let data332 = data330.options;
if(data332 && typeof data332 == "object" && !Array.isArray(data332)){
for(const key141 in data332){
const err883 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key141},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err883];
}
else {
vErrors.push(err883);
}
errors++;
}
}
else {
const err884 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err884];
}
else {
vErrors.push(err884);
}
errors++;
}
}
}
else {
const err885 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err885];
}
else {
vErrors.push(err885);
}
errors++;
}
var _valid70 = _errs1089 === errors;
if(_valid70 && valid270){
valid270 = false;
passing70 = [passing70, 1];
}
else {
if(_valid70){
valid270 = true;
passing70 = 1;
}
}
if(!valid270){
const err886 = {instancePath:instancePath+"/profiles/" + i25+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf",keyword:"oneOf",params:{passingSchemas: passing70},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err886];
}
else {
vErrors.push(err886);
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
if(data197["read-only-rootfs"] !== undefined){
let data333 = data197["read-only-rootfs"];
const _errs1098 = errors;
let valid272 = false;
let passing71 = null;
const _errs1099 = errors;
if(typeof data333 !== "string"){
const err887 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err887];
}
else {
vErrors.push(err887);
}
errors++;
}
if(!(((data333 === "deny") || (data333 === "warn")) || (data333 === "off"))){
const err888 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["read-only-rootfs"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err888];
}
else {
vErrors.push(err888);
}
errors++;
}
var _valid71 = _errs1099 === errors;
if(_valid71){
valid272 = true;
passing71 = 0;
}
const _errs1101 = errors;
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.action === undefined){
const err889 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err889];
}
else {
vErrors.push(err889);
}
errors++;
}
for(const key142 in data333){
if(!((key142 === "action") || (key142 === "options"))){
const err890 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key142},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err890];
}
else {
vErrors.push(err890);
}
errors++;
}
}
if(data333.action !== undefined){
let data334 = data333.action;
if(typeof data334 !== "string"){
const err891 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err891];
}
else {
vErrors.push(err891);
}
errors++;
}
if(!(((data334 === "deny") || (data334 === "warn")) || (data334 === "off"))){
const err892 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["read-only-rootfs"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err892];
}
else {
vErrors.push(err892);
}
errors++;
}
}
if(data333.options !== undefined){
let data335 = data333.options;
if(data335 && typeof data335 == "object" && !Array.isArray(data335)){
for(const key143 in data335){
const err893 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key143},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err893];
}
else {
vErrors.push(err893);
}
errors++;
}
}
else {
const err894 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err894];
}
else {
vErrors.push(err894);
}
errors++;
}
}
}
else {
const err895 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err895];
}
else {
vErrors.push(err895);
}
errors++;
}
var _valid71 = _errs1101 === errors;
if(_valid71 && valid272){
valid272 = false;
passing71 = [passing71, 1];
}
else {
if(_valid71){
valid272 = true;
passing71 = 1;
}
}
if(!valid272){
const err896 = {instancePath:instancePath+"/profiles/" + i25+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing71},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err896];
}
else {
vErrors.push(err896);
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
if(data197["pids-limit"] !== undefined){
let data336 = data197["pids-limit"];
const _errs1110 = errors;
let valid274 = false;
let passing72 = null;
const _errs1111 = errors;
if(typeof data336 !== "string"){
const err897 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err897];
}
else {
vErrors.push(err897);
}
errors++;
}
if(!(((data336 === "deny") || (data336 === "warn")) || (data336 === "off"))){
const err898 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["pids-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err898];
}
else {
vErrors.push(err898);
}
errors++;
}
var _valid72 = _errs1111 === errors;
if(_valid72){
valid274 = true;
passing72 = 0;
}
const _errs1113 = errors;
if(data336 && typeof data336 == "object" && !Array.isArray(data336)){
if(data336.action === undefined){
const err899 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err899];
}
else {
vErrors.push(err899);
}
errors++;
}
for(const key144 in data336){
if(!((key144 === "action") || (key144 === "options"))){
const err900 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key144},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err900];
}
else {
vErrors.push(err900);
}
errors++;
}
}
if(data336.action !== undefined){
let data337 = data336.action;
if(typeof data337 !== "string"){
const err901 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err901];
}
else {
vErrors.push(err901);
}
errors++;
}
if(!(((data337 === "deny") || (data337 === "warn")) || (data337 === "off"))){
const err902 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["pids-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err902];
}
else {
vErrors.push(err902);
}
errors++;
}
}
if(data336.options !== undefined){
let data338 = data336.options;
if(data338 && typeof data338 == "object" && !Array.isArray(data338)){
for(const key145 in data338){
const err903 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key145},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err903];
}
else {
vErrors.push(err903);
}
errors++;
}
}
else {
const err904 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err904];
}
else {
vErrors.push(err904);
}
errors++;
}
}
}
else {
const err905 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err905];
}
else {
vErrors.push(err905);
}
errors++;
}
var _valid72 = _errs1113 === errors;
if(_valid72 && valid274){
valid274 = false;
passing72 = [passing72, 1];
}
else {
if(_valid72){
valid274 = true;
passing72 = 1;
}
}
if(!valid274){
const err906 = {instancePath:instancePath+"/profiles/" + i25+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing72},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err906];
}
else {
vErrors.push(err906);
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
if(data197["no-new-privileges"] !== undefined){
let data339 = data197["no-new-privileges"];
const _errs1122 = errors;
let valid276 = false;
let passing73 = null;
const _errs1123 = errors;
if(typeof data339 !== "string"){
const err907 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err907];
}
else {
vErrors.push(err907);
}
errors++;
}
if(!(((data339 === "deny") || (data339 === "warn")) || (data339 === "off"))){
const err908 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["no-new-privileges"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err908];
}
else {
vErrors.push(err908);
}
errors++;
}
var _valid73 = _errs1123 === errors;
if(_valid73){
valid276 = true;
passing73 = 0;
}
const _errs1125 = errors;
if(data339 && typeof data339 == "object" && !Array.isArray(data339)){
if(data339.action === undefined){
const err909 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err909];
}
else {
vErrors.push(err909);
}
errors++;
}
for(const key146 in data339){
if(!((key146 === "action") || (key146 === "options"))){
const err910 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key146},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err910];
}
else {
vErrors.push(err910);
}
errors++;
}
}
if(data339.action !== undefined){
let data340 = data339.action;
if(typeof data340 !== "string"){
const err911 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err911];
}
else {
vErrors.push(err911);
}
errors++;
}
if(!(((data340 === "deny") || (data340 === "warn")) || (data340 === "off"))){
const err912 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["no-new-privileges"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err912];
}
else {
vErrors.push(err912);
}
errors++;
}
}
if(data339.options !== undefined){
let data341 = data339.options;
if(data341 && typeof data341 == "object" && !Array.isArray(data341)){
for(const key147 in data341){
const err913 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key147},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err913];
}
else {
vErrors.push(err913);
}
errors++;
}
}
else {
const err914 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err914];
}
else {
vErrors.push(err914);
}
errors++;
}
}
}
else {
const err915 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err915];
}
else {
vErrors.push(err915);
}
errors++;
}
var _valid73 = _errs1125 === errors;
if(_valid73 && valid276){
valid276 = false;
passing73 = [passing73, 1];
}
else {
if(_valid73){
valid276 = true;
passing73 = 1;
}
}
if(!valid276){
const err916 = {instancePath:instancePath+"/profiles/" + i25+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf",keyword:"oneOf",params:{passingSchemas: passing73},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err916];
}
else {
vErrors.push(err916);
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
if(data197["health-check"] !== undefined){
let data342 = data197["health-check"];
const _errs1134 = errors;
let valid278 = false;
let passing74 = null;
const _errs1135 = errors;
if(typeof data342 !== "string"){
const err917 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err917];
}
else {
vErrors.push(err917);
}
errors++;
}
if(!(((data342 === "deny") || (data342 === "warn")) || (data342 === "off"))){
const err918 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["health-check"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err918];
}
else {
vErrors.push(err918);
}
errors++;
}
var _valid74 = _errs1135 === errors;
if(_valid74){
valid278 = true;
passing74 = 0;
}
const _errs1137 = errors;
if(data342 && typeof data342 == "object" && !Array.isArray(data342)){
if(data342.action === undefined){
const err919 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err919];
}
else {
vErrors.push(err919);
}
errors++;
}
for(const key148 in data342){
if(!((key148 === "action") || (key148 === "options"))){
const err920 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key148},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err920];
}
else {
vErrors.push(err920);
}
errors++;
}
}
if(data342.action !== undefined){
let data343 = data342.action;
if(typeof data343 !== "string"){
const err921 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err921];
}
else {
vErrors.push(err921);
}
errors++;
}
if(!(((data343 === "deny") || (data343 === "warn")) || (data343 === "off"))){
const err922 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["health-check"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err922];
}
else {
vErrors.push(err922);
}
errors++;
}
}
if(data342.options !== undefined){
let data344 = data342.options;
if(data344 && typeof data344 == "object" && !Array.isArray(data344)){
for(const key149 in data344){
const err923 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key149},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err923];
}
else {
vErrors.push(err923);
}
errors++;
}
}
else {
const err924 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err924];
}
else {
vErrors.push(err924);
}
errors++;
}
}
}
else {
const err925 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err925];
}
else {
vErrors.push(err925);
}
errors++;
}
var _valid74 = _errs1137 === errors;
if(_valid74 && valid278){
valid278 = false;
passing74 = [passing74, 1];
}
else {
if(_valid74){
valid278 = true;
passing74 = 1;
}
}
if(!valid278){
const err926 = {instancePath:instancePath+"/profiles/" + i25+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf",keyword:"oneOf",params:{passingSchemas: passing74},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err926];
}
else {
vErrors.push(err926);
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
if(data197["image-tag"] !== undefined){
let data345 = data197["image-tag"];
const _errs1146 = errors;
let valid280 = false;
let passing75 = null;
const _errs1147 = errors;
if(typeof data345 !== "string"){
const err927 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err927];
}
else {
vErrors.push(err927);
}
errors++;
}
if(!(((data345 === "deny") || (data345 === "warn")) || (data345 === "off"))){
const err928 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["image-tag"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err928];
}
else {
vErrors.push(err928);
}
errors++;
}
var _valid75 = _errs1147 === errors;
if(_valid75){
valid280 = true;
passing75 = 0;
}
const _errs1149 = errors;
if(data345 && typeof data345 == "object" && !Array.isArray(data345)){
if(data345.action === undefined){
const err929 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err929];
}
else {
vErrors.push(err929);
}
errors++;
}
for(const key150 in data345){
if(!((key150 === "action") || (key150 === "options"))){
const err930 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key150},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err930];
}
else {
vErrors.push(err930);
}
errors++;
}
}
if(data345.action !== undefined){
let data346 = data345.action;
if(typeof data346 !== "string"){
const err931 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err931];
}
else {
vErrors.push(err931);
}
errors++;
}
if(!(((data346 === "deny") || (data346 === "warn")) || (data346 === "off"))){
const err932 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["image-tag"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err932];
}
else {
vErrors.push(err932);
}
errors++;
}
}
if(data345.options !== undefined){
let data347 = data345.options;
if(data347 && typeof data347 == "object" && !Array.isArray(data347)){
for(const key151 in data347){
if(!(key151 === "requireDigest")){
const err933 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key151},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err933];
}
else {
vErrors.push(err933);
}
errors++;
}
}
if(data347.requireDigest !== undefined){
if(typeof data347.requireDigest !== "boolean"){
const err934 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag/options/requireDigest",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err934];
}
else {
vErrors.push(err934);
}
errors++;
}
}
}
else {
const err935 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err935];
}
else {
vErrors.push(err935);
}
errors++;
}
}
}
else {
const err936 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err936];
}
else {
vErrors.push(err936);
}
errors++;
}
var _valid75 = _errs1149 === errors;
if(_valid75 && valid280){
valid280 = false;
passing75 = [passing75, 1];
}
else {
if(_valid75){
valid280 = true;
passing75 = 1;
}
}
if(!valid280){
const err937 = {instancePath:instancePath+"/profiles/" + i25+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf",keyword:"oneOf",params:{passingSchemas: passing75},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err937];
}
else {
vErrors.push(err937);
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
if(data197["privileged-ports"] !== undefined){
let data349 = data197["privileged-ports"];
const _errs1160 = errors;
let valid283 = false;
let passing76 = null;
const _errs1161 = errors;
if(typeof data349 !== "string"){
const err938 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err938];
}
else {
vErrors.push(err938);
}
errors++;
}
if(!(((data349 === "deny") || (data349 === "warn")) || (data349 === "off"))){
const err939 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["privileged-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err939];
}
else {
vErrors.push(err939);
}
errors++;
}
var _valid76 = _errs1161 === errors;
if(_valid76){
valid283 = true;
passing76 = 0;
}
const _errs1163 = errors;
if(data349 && typeof data349 == "object" && !Array.isArray(data349)){
if(data349.action === undefined){
const err940 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err940];
}
else {
vErrors.push(err940);
}
errors++;
}
for(const key152 in data349){
if(!((key152 === "action") || (key152 === "options"))){
const err941 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key152},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err941];
}
else {
vErrors.push(err941);
}
errors++;
}
}
if(data349.action !== undefined){
let data350 = data349.action;
if(typeof data350 !== "string"){
const err942 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err942];
}
else {
vErrors.push(err942);
}
errors++;
}
if(!(((data350 === "deny") || (data350 === "warn")) || (data350 === "off"))){
const err943 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["privileged-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err943];
}
else {
vErrors.push(err943);
}
errors++;
}
}
if(data349.options !== undefined){
let data351 = data349.options;
if(data351 && typeof data351 == "object" && !Array.isArray(data351)){
for(const key153 in data351){
const err944 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key153},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err944];
}
else {
vErrors.push(err944);
}
errors++;
}
}
else {
const err945 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err945];
}
else {
vErrors.push(err945);
}
errors++;
}
}
}
else {
const err946 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err946];
}
else {
vErrors.push(err946);
}
errors++;
}
var _valid76 = _errs1163 === errors;
if(_valid76 && valid283){
valid283 = false;
passing76 = [passing76, 1];
}
else {
if(_valid76){
valid283 = true;
passing76 = 1;
}
}
if(!valid283){
const err947 = {instancePath:instancePath+"/profiles/" + i25+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing76},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err947];
}
else {
vErrors.push(err947);
}
errors++;
}
else {
errors = _errs1160;
if(vErrors !== null){
if(_errs1160){
vErrors.length = _errs1160;
}
else {
vErrors = null;
}
}
}
}
if(data197["port-all-interfaces"] !== undefined){
let data352 = data197["port-all-interfaces"];
const _errs1172 = errors;
let valid285 = false;
let passing77 = null;
const _errs1173 = errors;
if(typeof data352 !== "string"){
const err948 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err948];
}
else {
vErrors.push(err948);
}
errors++;
}
if(!(((data352 === "deny") || (data352 === "warn")) || (data352 === "off"))){
const err949 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["port-all-interfaces"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err949];
}
else {
vErrors.push(err949);
}
errors++;
}
var _valid77 = _errs1173 === errors;
if(_valid77){
valid285 = true;
passing77 = 0;
}
const _errs1175 = errors;
if(data352 && typeof data352 == "object" && !Array.isArray(data352)){
if(data352.action === undefined){
const err950 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err950];
}
else {
vErrors.push(err950);
}
errors++;
}
for(const key154 in data352){
if(!((key154 === "action") || (key154 === "options"))){
const err951 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key154},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err951];
}
else {
vErrors.push(err951);
}
errors++;
}
}
if(data352.action !== undefined){
let data353 = data352.action;
if(typeof data353 !== "string"){
const err952 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err952];
}
else {
vErrors.push(err952);
}
errors++;
}
if(!(((data353 === "deny") || (data353 === "warn")) || (data353 === "off"))){
const err953 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["port-all-interfaces"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err953];
}
else {
vErrors.push(err953);
}
errors++;
}
}
if(data352.options !== undefined){
let data354 = data352.options;
if(data354 && typeof data354 == "object" && !Array.isArray(data354)){
for(const key155 in data354){
const err954 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key155},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err954];
}
else {
vErrors.push(err954);
}
errors++;
}
}
else {
const err955 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err955];
}
else {
vErrors.push(err955);
}
errors++;
}
}
}
else {
const err956 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err956];
}
else {
vErrors.push(err956);
}
errors++;
}
var _valid77 = _errs1175 === errors;
if(_valid77 && valid285){
valid285 = false;
passing77 = [passing77, 1];
}
else {
if(_valid77){
valid285 = true;
passing77 = 1;
}
}
if(!valid285){
const err957 = {instancePath:instancePath+"/profiles/" + i25+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf",keyword:"oneOf",params:{passingSchemas: passing77},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err957];
}
else {
vErrors.push(err957);
}
errors++;
}
else {
errors = _errs1172;
if(vErrors !== null){
if(_errs1172){
vErrors.length = _errs1172;
}
else {
vErrors = null;
}
}
}
}
if(data197["publish-all-ports"] !== undefined){
let data355 = data197["publish-all-ports"];
const _errs1184 = errors;
let valid287 = false;
let passing78 = null;
const _errs1185 = errors;
if(typeof data355 !== "string"){
const err958 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err958];
}
else {
vErrors.push(err958);
}
errors++;
}
if(!(((data355 === "deny") || (data355 === "warn")) || (data355 === "off"))){
const err959 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["publish-all-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err959];
}
else {
vErrors.push(err959);
}
errors++;
}
var _valid78 = _errs1185 === errors;
if(_valid78){
valid287 = true;
passing78 = 0;
}
const _errs1187 = errors;
if(data355 && typeof data355 == "object" && !Array.isArray(data355)){
if(data355.action === undefined){
const err960 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err960];
}
else {
vErrors.push(err960);
}
errors++;
}
for(const key156 in data355){
if(!((key156 === "action") || (key156 === "options"))){
const err961 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key156},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err961];
}
else {
vErrors.push(err961);
}
errors++;
}
}
if(data355.action !== undefined){
let data356 = data355.action;
if(typeof data356 !== "string"){
const err962 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err962];
}
else {
vErrors.push(err962);
}
errors++;
}
if(!(((data356 === "deny") || (data356 === "warn")) || (data356 === "off"))){
const err963 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["publish-all-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err963];
}
else {
vErrors.push(err963);
}
errors++;
}
}
if(data355.options !== undefined){
let data357 = data355.options;
if(data357 && typeof data357 == "object" && !Array.isArray(data357)){
for(const key157 in data357){
const err964 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key157},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err964];
}
else {
vErrors.push(err964);
}
errors++;
}
}
else {
const err965 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err965];
}
else {
vErrors.push(err965);
}
errors++;
}
}
}
else {
const err966 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err966];
}
else {
vErrors.push(err966);
}
errors++;
}
var _valid78 = _errs1187 === errors;
if(_valid78 && valid287){
valid287 = false;
passing78 = [passing78, 1];
}
else {
if(_valid78){
valid287 = true;
passing78 = 1;
}
}
if(!valid287){
const err967 = {instancePath:instancePath+"/profiles/" + i25+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing78},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err967];
}
else {
vErrors.push(err967);
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
if(data197["cpu-limit"] !== undefined){
let data358 = data197["cpu-limit"];
const _errs1196 = errors;
let valid289 = false;
let passing79 = null;
const _errs1197 = errors;
if(typeof data358 !== "string"){
const err968 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err968];
}
else {
vErrors.push(err968);
}
errors++;
}
if(!(((data358 === "deny") || (data358 === "warn")) || (data358 === "off"))){
const err969 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cpu-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err969];
}
else {
vErrors.push(err969);
}
errors++;
}
var _valid79 = _errs1197 === errors;
if(_valid79){
valid289 = true;
passing79 = 0;
}
const _errs1199 = errors;
if(data358 && typeof data358 == "object" && !Array.isArray(data358)){
if(data358.action === undefined){
const err970 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err970];
}
else {
vErrors.push(err970);
}
errors++;
}
for(const key158 in data358){
if(!((key158 === "action") || (key158 === "options"))){
const err971 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key158},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err971];
}
else {
vErrors.push(err971);
}
errors++;
}
}
if(data358.action !== undefined){
let data359 = data358.action;
if(typeof data359 !== "string"){
const err972 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err972];
}
else {
vErrors.push(err972);
}
errors++;
}
if(!(((data359 === "deny") || (data359 === "warn")) || (data359 === "off"))){
const err973 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cpu-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err973];
}
else {
vErrors.push(err973);
}
errors++;
}
}
if(data358.options !== undefined){
let data360 = data358.options;
if(data360 && typeof data360 == "object" && !Array.isArray(data360)){
for(const key159 in data360){
const err974 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key159},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err974];
}
else {
vErrors.push(err974);
}
errors++;
}
}
else {
const err975 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err975];
}
else {
vErrors.push(err975);
}
errors++;
}
}
}
else {
const err976 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err976];
}
else {
vErrors.push(err976);
}
errors++;
}
var _valid79 = _errs1199 === errors;
if(_valid79 && valid289){
valid289 = false;
passing79 = [passing79, 1];
}
else {
if(_valid79){
valid289 = true;
passing79 = 1;
}
}
if(!valid289){
const err977 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing79},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err977];
}
else {
vErrors.push(err977);
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
if(data197.ulimits !== undefined){
let data361 = data197.ulimits;
const _errs1208 = errors;
let valid291 = false;
let passing80 = null;
const _errs1209 = errors;
if(typeof data361 !== "string"){
const err978 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err978];
}
else {
vErrors.push(err978);
}
errors++;
}
if(!(((data361 === "deny") || (data361 === "warn")) || (data361 === "off"))){
const err979 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.ulimits.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err979];
}
else {
vErrors.push(err979);
}
errors++;
}
var _valid80 = _errs1209 === errors;
if(_valid80){
valid291 = true;
passing80 = 0;
}
const _errs1211 = errors;
if(data361 && typeof data361 == "object" && !Array.isArray(data361)){
if(data361.action === undefined){
const err980 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err980];
}
else {
vErrors.push(err980);
}
errors++;
}
for(const key160 in data361){
if(!((key160 === "action") || (key160 === "options"))){
const err981 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key160},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err981];
}
else {
vErrors.push(err981);
}
errors++;
}
}
if(data361.action !== undefined){
let data362 = data361.action;
if(typeof data362 !== "string"){
const err982 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err982];
}
else {
vErrors.push(err982);
}
errors++;
}
if(!(((data362 === "deny") || (data362 === "warn")) || (data362 === "off"))){
const err983 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.ulimits.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err983];
}
else {
vErrors.push(err983);
}
errors++;
}
}
if(data361.options !== undefined){
let data363 = data361.options;
if(data363 && typeof data363 == "object" && !Array.isArray(data363)){
for(const key161 in data363){
if(!(key161 === "allowed")){
const err984 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key161},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err984];
}
else {
vErrors.push(err984);
}
errors++;
}
}
if(data363.allowed !== undefined){
let data364 = data363.allowed;
if(Array.isArray(data364)){
const len45 = data364.length;
for(let i49=0; i49<len45; i49++){
let data365 = data364[i49];
if(typeof data365 === "string"){
if(func4(data365) < 1){
const err985 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits/options/allowed/" + i49,schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err985];
}
else {
vErrors.push(err985);
}
errors++;
}
}
else {
const err986 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits/options/allowed/" + i49,schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err986];
}
else {
vErrors.push(err986);
}
errors++;
}
}
}
else {
const err987 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err987];
}
else {
vErrors.push(err987);
}
errors++;
}
}
}
else {
const err988 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err988];
}
else {
vErrors.push(err988);
}
errors++;
}
}
}
else {
const err989 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err989];
}
else {
vErrors.push(err989);
}
errors++;
}
var _valid80 = _errs1211 === errors;
if(_valid80 && valid291){
valid291 = false;
passing80 = [passing80, 1];
}
else {
if(_valid80){
valid291 = true;
passing80 = 1;
}
}
if(!valid291){
const err990 = {instancePath:instancePath+"/profiles/" + i25+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf",keyword:"oneOf",params:{passingSchemas: passing80},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err990];
}
else {
vErrors.push(err990);
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
if(data197["default-bridge"] !== undefined){
let data366 = data197["default-bridge"];
const _errs1224 = errors;
let valid296 = false;
let passing81 = null;
const _errs1225 = errors;
if(typeof data366 !== "string"){
const err991 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err991];
}
else {
vErrors.push(err991);
}
errors++;
}
if(!(((data366 === "deny") || (data366 === "warn")) || (data366 === "off"))){
const err992 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["default-bridge"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err992];
}
else {
vErrors.push(err992);
}
errors++;
}
var _valid81 = _errs1225 === errors;
if(_valid81){
valid296 = true;
passing81 = 0;
}
const _errs1227 = errors;
if(data366 && typeof data366 == "object" && !Array.isArray(data366)){
if(data366.action === undefined){
const err993 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err993];
}
else {
vErrors.push(err993);
}
errors++;
}
for(const key162 in data366){
if(!((key162 === "action") || (key162 === "options"))){
const err994 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key162},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err994];
}
else {
vErrors.push(err994);
}
errors++;
}
}
if(data366.action !== undefined){
let data367 = data366.action;
if(typeof data367 !== "string"){
const err995 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err995];
}
else {
vErrors.push(err995);
}
errors++;
}
if(!(((data367 === "deny") || (data367 === "warn")) || (data367 === "off"))){
const err996 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["default-bridge"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err996];
}
else {
vErrors.push(err996);
}
errors++;
}
}
if(data366.options !== undefined){
let data368 = data366.options;
if(data368 && typeof data368 == "object" && !Array.isArray(data368)){
for(const key163 in data368){
const err997 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key163},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err997];
}
else {
vErrors.push(err997);
}
errors++;
}
}
else {
const err998 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err998];
}
else {
vErrors.push(err998);
}
errors++;
}
}
}
else {
const err999 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err999];
}
else {
vErrors.push(err999);
}
errors++;
}
var _valid81 = _errs1227 === errors;
if(_valid81 && valid296){
valid296 = false;
passing81 = [passing81, 1];
}
else {
if(_valid81){
valid296 = true;
passing81 = 1;
}
}
if(!valid296){
const err1000 = {instancePath:instancePath+"/profiles/" + i25+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf",keyword:"oneOf",params:{passingSchemas: passing81},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1000];
}
else {
vErrors.push(err1000);
}
errors++;
}
else {
errors = _errs1224;
if(vErrors !== null){
if(_errs1224){
vErrors.length = _errs1224;
}
else {
vErrors = null;
}
}
}
}
if(data197.sysctls !== undefined){
let data369 = data197.sysctls;
const _errs1236 = errors;
let valid298 = false;
let passing82 = null;
const _errs1237 = errors;
if(typeof data369 !== "string"){
const err1001 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1001];
}
else {
vErrors.push(err1001);
}
errors++;
}
if(!(((data369 === "deny") || (data369 === "warn")) || (data369 === "off"))){
const err1002 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sysctls.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1002];
}
else {
vErrors.push(err1002);
}
errors++;
}
var _valid82 = _errs1237 === errors;
if(_valid82){
valid298 = true;
passing82 = 0;
}
const _errs1239 = errors;
if(data369 && typeof data369 == "object" && !Array.isArray(data369)){
if(data369.action === undefined){
const err1003 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1003];
}
else {
vErrors.push(err1003);
}
errors++;
}
for(const key164 in data369){
if(!((key164 === "action") || (key164 === "options"))){
const err1004 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key164},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1004];
}
else {
vErrors.push(err1004);
}
errors++;
}
}
if(data369.action !== undefined){
let data370 = data369.action;
if(typeof data370 !== "string"){
const err1005 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1005];
}
else {
vErrors.push(err1005);
}
errors++;
}
if(!(((data370 === "deny") || (data370 === "warn")) || (data370 === "off"))){
const err1006 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sysctls.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1006];
}
else {
vErrors.push(err1006);
}
errors++;
}
}
if(data369.options !== undefined){
let data371 = data369.options;
if(data371 && typeof data371 == "object" && !Array.isArray(data371)){
for(const key165 in data371){
if(!(key165 === "allowed")){
const err1007 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key165},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1007];
}
else {
vErrors.push(err1007);
}
errors++;
}
}
if(data371.allowed !== undefined){
let data372 = data371.allowed;
if(Array.isArray(data372)){
const len46 = data372.length;
for(let i50=0; i50<len46; i50++){
let data373 = data372[i50];
if(typeof data373 === "string"){
if(func4(data373) < 1){
const err1008 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls/options/allowed/" + i50,schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1008];
}
else {
vErrors.push(err1008);
}
errors++;
}
}
else {
const err1009 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls/options/allowed/" + i50,schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1009];
}
else {
vErrors.push(err1009);
}
errors++;
}
}
}
else {
const err1010 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1010];
}
else {
vErrors.push(err1010);
}
errors++;
}
}
}
else {
const err1011 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1011];
}
else {
vErrors.push(err1011);
}
errors++;
}
}
}
else {
const err1012 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1012];
}
else {
vErrors.push(err1012);
}
errors++;
}
var _valid82 = _errs1239 === errors;
if(_valid82 && valid298){
valid298 = false;
passing82 = [passing82, 1];
}
else {
if(_valid82){
valid298 = true;
passing82 = 1;
}
}
if(!valid298){
const err1013 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing82},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1013];
}
else {
vErrors.push(err1013);
}
errors++;
}
else {
errors = _errs1236;
if(vErrors !== null){
if(_errs1236){
vErrors.length = _errs1236;
}
else {
vErrors = null;
}
}
}
}
if(data197.sshd !== undefined){
let data374 = data197.sshd;
const _errs1252 = errors;
let valid303 = false;
let passing83 = null;
const _errs1253 = errors;
if(typeof data374 !== "string"){
const err1014 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1014];
}
else {
vErrors.push(err1014);
}
errors++;
}
if(!(((data374 === "deny") || (data374 === "warn")) || (data374 === "off"))){
const err1015 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sshd.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1015];
}
else {
vErrors.push(err1015);
}
errors++;
}
var _valid83 = _errs1253 === errors;
if(_valid83){
valid303 = true;
passing83 = 0;
}
const _errs1255 = errors;
if(data374 && typeof data374 == "object" && !Array.isArray(data374)){
if(data374.action === undefined){
const err1016 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1016];
}
else {
vErrors.push(err1016);
}
errors++;
}
for(const key166 in data374){
if(!((key166 === "action") || (key166 === "options"))){
const err1017 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key166},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1017];
}
else {
vErrors.push(err1017);
}
errors++;
}
}
if(data374.action !== undefined){
let data375 = data374.action;
if(typeof data375 !== "string"){
const err1018 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1018];
}
else {
vErrors.push(err1018);
}
errors++;
}
if(!(((data375 === "deny") || (data375 === "warn")) || (data375 === "off"))){
const err1019 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sshd.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1019];
}
else {
vErrors.push(err1019);
}
errors++;
}
}
if(data374.options !== undefined){
let data376 = data374.options;
if(data376 && typeof data376 == "object" && !Array.isArray(data376)){
for(const key167 in data376){
const err1020 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key167},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1020];
}
else {
vErrors.push(err1020);
}
errors++;
}
}
else {
const err1021 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1021];
}
else {
vErrors.push(err1021);
}
errors++;
}
}
}
else {
const err1022 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1022];
}
else {
vErrors.push(err1022);
}
errors++;
}
var _valid83 = _errs1255 === errors;
if(_valid83 && valid303){
valid303 = false;
passing83 = [passing83, 1];
}
else {
if(_valid83){
valid303 = true;
passing83 = 1;
}
}
if(!valid303){
const err1023 = {instancePath:instancePath+"/profiles/" + i25+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf",keyword:"oneOf",params:{passingSchemas: passing83},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1023];
}
else {
vErrors.push(err1023);
}
errors++;
}
else {
errors = _errs1252;
if(vErrors !== null){
if(_errs1252){
vErrors.length = _errs1252;
}
else {
vErrors = null;
}
}
}
}
if(data197["cgroup-parent"] !== undefined){
let data377 = data197["cgroup-parent"];
const _errs1264 = errors;
let valid305 = false;
let passing84 = null;
const _errs1265 = errors;
if(typeof data377 !== "string"){
const err1024 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1024];
}
else {
vErrors.push(err1024);
}
errors++;
}
if(!(((data377 === "deny") || (data377 === "warn")) || (data377 === "off"))){
const err1025 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cgroup-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1025];
}
else {
vErrors.push(err1025);
}
errors++;
}
var _valid84 = _errs1265 === errors;
if(_valid84){
valid305 = true;
passing84 = 0;
}
const _errs1267 = errors;
if(data377 && typeof data377 == "object" && !Array.isArray(data377)){
if(data377.action === undefined){
const err1026 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1026];
}
else {
vErrors.push(err1026);
}
errors++;
}
for(const key168 in data377){
if(!((key168 === "action") || (key168 === "options"))){
const err1027 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key168},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1027];
}
else {
vErrors.push(err1027);
}
errors++;
}
}
if(data377.action !== undefined){
let data378 = data377.action;
if(typeof data378 !== "string"){
const err1028 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1028];
}
else {
vErrors.push(err1028);
}
errors++;
}
if(!(((data378 === "deny") || (data378 === "warn")) || (data378 === "off"))){
const err1029 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cgroup-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1029];
}
else {
vErrors.push(err1029);
}
errors++;
}
}
if(data377.options !== undefined){
let data379 = data377.options;
if(data379 && typeof data379 == "object" && !Array.isArray(data379)){
for(const key169 in data379){
if(!(key169 === "allowed")){
const err1030 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key169},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1030];
}
else {
vErrors.push(err1030);
}
errors++;
}
}
if(data379.allowed !== undefined){
let data380 = data379.allowed;
if(Array.isArray(data380)){
const len47 = data380.length;
for(let i51=0; i51<len47; i51++){
let data381 = data380[i51];
if(typeof data381 === "string"){
if(func4(data381) < 1){
const err1031 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent/options/allowed/" + i51,schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1031];
}
else {
vErrors.push(err1031);
}
errors++;
}
}
else {
const err1032 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent/options/allowed/" + i51,schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1032];
}
else {
vErrors.push(err1032);
}
errors++;
}
}
}
else {
const err1033 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1033];
}
else {
vErrors.push(err1033);
}
errors++;
}
}
}
else {
const err1034 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1034];
}
else {
vErrors.push(err1034);
}
errors++;
}
}
}
else {
const err1035 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1035];
}
else {
vErrors.push(err1035);
}
errors++;
}
var _valid84 = _errs1267 === errors;
if(_valid84 && valid305){
valid305 = false;
passing84 = [passing84, 1];
}
else {
if(_valid84){
valid305 = true;
passing84 = 1;
}
}
if(!valid305){
const err1036 = {instancePath:instancePath+"/profiles/" + i25+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing84},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1036];
}
else {
vErrors.push(err1036);
}
errors++;
}
else {
errors = _errs1264;
if(vErrors !== null){
if(_errs1264){
vErrors.length = _errs1264;
}
else {
vErrors = null;
}
}
}
}
if(data197["unverified-start"] !== undefined){
let data382 = data197["unverified-start"];
const _errs1280 = errors;
let valid310 = false;
let passing85 = null;
const _errs1281 = errors;
if(typeof data382 !== "string"){
const err1037 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1037];
}
else {
vErrors.push(err1037);
}
errors++;
}
if(!(((data382 === "deny") || (data382 === "warn")) || (data382 === "off"))){
const err1038 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["unverified-start"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1038];
}
else {
vErrors.push(err1038);
}
errors++;
}
var _valid85 = _errs1281 === errors;
if(_valid85){
valid310 = true;
passing85 = 0;
}
const _errs1283 = errors;
if(data382 && typeof data382 == "object" && !Array.isArray(data382)){
if(data382.action === undefined){
const err1039 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1039];
}
else {
vErrors.push(err1039);
}
errors++;
}
for(const key170 in data382){
if(!((key170 === "action") || (key170 === "options"))){
const err1040 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key170},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1040];
}
else {
vErrors.push(err1040);
}
errors++;
}
}
if(data382.action !== undefined){
let data383 = data382.action;
if(typeof data383 !== "string"){
const err1041 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1041];
}
else {
vErrors.push(err1041);
}
errors++;
}
if(!(((data383 === "deny") || (data383 === "warn")) || (data383 === "off"))){
const err1042 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["unverified-start"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1042];
}
else {
vErrors.push(err1042);
}
errors++;
}
}
if(data382.options !== undefined){
let data384 = data382.options;
if(data384 && typeof data384 == "object" && !Array.isArray(data384)){
for(const key171 in data384){
const err1043 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key171},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1043];
}
else {
vErrors.push(err1043);
}
errors++;
}
}
else {
const err1044 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1044];
}
else {
vErrors.push(err1044);
}
errors++;
}
}
}
else {
const err1045 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1045];
}
else {
vErrors.push(err1045);
}
errors++;
}
var _valid85 = _errs1283 === errors;
if(_valid85 && valid310){
valid310 = false;
passing85 = [passing85, 1];
}
else {
if(_valid85){
valid310 = true;
passing85 = 1;
}
}
if(!valid310){
const err1046 = {instancePath:instancePath+"/profiles/" + i25+"/rules/unverified-start",schemaPath:"#/properties/profiles/items/properties/rules/properties/unverified-start/oneOf",keyword:"oneOf",params:{passingSchemas: passing85},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1046];
}
else {
vErrors.push(err1046);
}
errors++;
}
else {
errors = _errs1280;
if(vErrors !== null){
if(_errs1280){
vErrors.length = _errs1280;
}
else {
vErrors = null;
}
}
}
}
for(const key172 in data197){
if(pattern9.test(key172)){
let data385 = data197[key172];
if(typeof data385 !== "string"){
const err1047 = {instancePath:instancePath+"/profiles/" + i25+"/rules/" + key172.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/items/properties/rules/patternProperties/%5Ecustom~1%5Ba-z0-9%5D%5Ba-z0-9._-%5D*%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1047];
}
else {
vErrors.push(err1047);
}
errors++;
}
if(!(((data385 === "deny") || (data385 === "warn")) || (data385 === "off"))){
const err1048 = {instancePath:instancePath+"/profiles/" + i25+"/rules/" + key172.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/items/properties/rules/patternProperties/%5Ecustom~1%5Ba-z0-9%5D%5Ba-z0-9._-%5D*%24/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.patternProperties["^custom/[a-z0-9][a-z0-9._-]*$"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1048];
}
else {
vErrors.push(err1048);
}
errors++;
}
}
}
}
else {
const err1049 = {instancePath:instancePath+"/profiles/" + i25+"/rules",schemaPath:"#/properties/profiles/items/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err1050 = {instancePath:instancePath+"/profiles/" + i25,schemaPath:"#/properties/profiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1050];
}
else {
vErrors.push(err1050);
}
errors++;
}
}
}
else {
const err1051 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1051];
}
else {
vErrors.push(err1051);
}
errors++;
}
}
if(data.customRules !== undefined){
let data386 = data.customRules;
if(Array.isArray(data386)){
const len48 = data386.length;
for(let i52=0; i52<len48; i52++){
let data387 = data386[i52];
const _errs1298 = errors;
let valid316 = true;
const _errs1299 = errors;
if(errors === _errs1299){
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
let missing0;
if((data387.operator === undefined) && (missing0 = "operator")){
const err1052 = {};
if(vErrors === null){
vErrors = [err1052];
}
else {
vErrors.push(err1052);
}
errors++;
}
else {
if(data387.operator !== undefined){
if("equals" !== data387.operator){
const err1053 = {};
if(vErrors === null){
vErrors = [err1053];
}
else {
vErrors.push(err1053);
}
errors++;
}
}
}
}
else {
const err1054 = {};
if(vErrors === null){
vErrors = [err1054];
}
else {
vErrors.push(err1054);
}
errors++;
}
}
var _valid86 = _errs1299 === errors;
errors = _errs1298;
if(vErrors !== null){
if(_errs1298){
vErrors.length = _errs1298;
}
else {
vErrors = null;
}
}
if(_valid86){
const _errs1302 = errors;
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
if(data387.value === undefined){
const err1055 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1055];
}
else {
vErrors.push(err1055);
}
errors++;
}
if(data387.value !== undefined){
let data389 = data387.value;
if(((typeof data389 !== "string") && (!((typeof data389 == "number") && (isFinite(data389))))) && (typeof data389 !== "boolean")){
const err1056 = {instancePath:instancePath+"/customRules/" + i52+"/value",schemaPath:"#/properties/customRules/items/allOf/0/then/properties/value/type",keyword:"type",params:{type: schema11.properties.customRules.items.allOf[0].then.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1056];
}
else {
vErrors.push(err1056);
}
errors++;
}
}
}
else {
const err1057 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1057];
}
else {
vErrors.push(err1057);
}
errors++;
}
var _valid86 = _errs1302 === errors;
valid316 = _valid86;
}
if(!valid316){
const err1058 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1058];
}
else {
vErrors.push(err1058);
}
errors++;
}
const _errs1307 = errors;
let valid319 = true;
const _errs1308 = errors;
if(errors === _errs1308){
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
let missing1;
if((data387.operator === undefined) && (missing1 = "operator")){
const err1059 = {};
if(vErrors === null){
vErrors = [err1059];
}
else {
vErrors.push(err1059);
}
errors++;
}
else {
if(data387.operator !== undefined){
if("in" !== data387.operator){
const err1060 = {};
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
}
else {
const err1061 = {};
if(vErrors === null){
vErrors = [err1061];
}
else {
vErrors.push(err1061);
}
errors++;
}
}
var _valid87 = _errs1308 === errors;
errors = _errs1307;
if(vErrors !== null){
if(_errs1307){
vErrors.length = _errs1307;
}
else {
vErrors = null;
}
}
if(_valid87){
const _errs1311 = errors;
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
if(data387.value === undefined){
const err1062 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/1/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1062];
}
else {
vErrors.push(err1062);
}
errors++;
}
if(data387.value !== undefined){
let data391 = data387.value;
if(Array.isArray(data391)){
if(data391.length < 1){
const err1063 = {instancePath:instancePath+"/customRules/" + i52+"/value",schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1063];
}
else {
vErrors.push(err1063);
}
errors++;
}
const len49 = data391.length;
for(let i53=0; i53<len49; i53++){
let data392 = data391[i53];
if(((typeof data392 !== "string") && (!((typeof data392 == "number") && (isFinite(data392))))) && (typeof data392 !== "boolean")){
const err1064 = {instancePath:instancePath+"/customRules/" + i52+"/value/" + i53,schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/items/type",keyword:"type",params:{type: schema11.properties.customRules.items.allOf[1].then.properties.value.items.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1064];
}
else {
vErrors.push(err1064);
}
errors++;
}
}
}
else {
const err1065 = {instancePath:instancePath+"/customRules/" + i52+"/value",schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1065];
}
else {
vErrors.push(err1065);
}
errors++;
}
}
}
else {
const err1066 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1066];
}
else {
vErrors.push(err1066);
}
errors++;
}
var _valid87 = _errs1311 === errors;
valid319 = _valid87;
}
if(!valid319){
const err1067 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1067];
}
else {
vErrors.push(err1067);
}
errors++;
}
const _errs1318 = errors;
let valid324 = true;
const _errs1319 = errors;
if(errors === _errs1319){
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
let missing2;
if((data387.operator === undefined) && (missing2 = "operator")){
const err1068 = {};
if(vErrors === null){
vErrors = [err1068];
}
else {
vErrors.push(err1068);
}
errors++;
}
else {
if(data387.operator !== undefined){
if("glob" !== data387.operator){
const err1069 = {};
if(vErrors === null){
vErrors = [err1069];
}
else {
vErrors.push(err1069);
}
errors++;
}
}
}
}
else {
const err1070 = {};
if(vErrors === null){
vErrors = [err1070];
}
else {
vErrors.push(err1070);
}
errors++;
}
}
var _valid88 = _errs1319 === errors;
errors = _errs1318;
if(vErrors !== null){
if(_errs1318){
vErrors.length = _errs1318;
}
else {
vErrors = null;
}
}
if(_valid88){
const _errs1322 = errors;
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
if(data387.value === undefined){
const err1071 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/2/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1071];
}
else {
vErrors.push(err1071);
}
errors++;
}
if(data387.value !== undefined){
let data394 = data387.value;
if(typeof data394 === "string"){
if(func4(data394) < 1){
const err1072 = {instancePath:instancePath+"/customRules/" + i52+"/value",schemaPath:"#/properties/customRules/items/allOf/2/then/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1072];
}
else {
vErrors.push(err1072);
}
errors++;
}
}
else {
const err1073 = {instancePath:instancePath+"/customRules/" + i52+"/value",schemaPath:"#/properties/customRules/items/allOf/2/then/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1073];
}
else {
vErrors.push(err1073);
}
errors++;
}
}
}
else {
const err1074 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1074];
}
else {
vErrors.push(err1074);
}
errors++;
}
var _valid88 = _errs1322 === errors;
valid324 = _valid88;
}
if(!valid324){
const err1075 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1075];
}
else {
vErrors.push(err1075);
}
errors++;
}
const _errs1327 = errors;
let valid327 = true;
const _errs1328 = errors;
if(errors === _errs1328){
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
let missing3;
if((data387.operator === undefined) && (missing3 = "operator")){
const err1076 = {};
if(vErrors === null){
vErrors = [err1076];
}
else {
vErrors.push(err1076);
}
errors++;
}
else {
if(data387.operator !== undefined){
if("regex" !== data387.operator){
const err1077 = {};
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
}
else {
const err1078 = {};
if(vErrors === null){
vErrors = [err1078];
}
else {
vErrors.push(err1078);
}
errors++;
}
}
var _valid89 = _errs1328 === errors;
errors = _errs1327;
if(vErrors !== null){
if(_errs1327){
vErrors.length = _errs1327;
}
else {
vErrors = null;
}
}
if(_valid89){
const _errs1331 = errors;
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
if(data387.value === undefined){
const err1079 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/3/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1079];
}
else {
vErrors.push(err1079);
}
errors++;
}
if(data387.value !== undefined){
let data396 = data387.value;
if(typeof data396 === "string"){
if(func4(data396) > 256){
const err1080 = {instancePath:instancePath+"/customRules/" + i52+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err1080];
}
else {
vErrors.push(err1080);
}
errors++;
}
if(func4(data396) < 1){
const err1081 = {instancePath:instancePath+"/customRules/" + i52+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1081];
}
else {
vErrors.push(err1081);
}
errors++;
}
}
else {
const err1082 = {instancePath:instancePath+"/customRules/" + i52+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err1083 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/3/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1083];
}
else {
vErrors.push(err1083);
}
errors++;
}
var _valid89 = _errs1331 === errors;
valid327 = _valid89;
}
if(!valid327){
const err1084 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1084];
}
else {
vErrors.push(err1084);
}
errors++;
}
const _errs1336 = errors;
let valid330 = true;
const _errs1337 = errors;
if(errors === _errs1337){
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
let missing4;
if((data387.operator === undefined) && (missing4 = "operator")){
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
if(data387.operator !== undefined){
if("greater-than" !== data387.operator){
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
var _valid90 = _errs1337 === errors;
errors = _errs1336;
if(vErrors !== null){
if(_errs1336){
vErrors.length = _errs1336;
}
else {
vErrors = null;
}
}
if(_valid90){
const _errs1340 = errors;
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
if(data387.value === undefined){
const err1088 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/4/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1088];
}
else {
vErrors.push(err1088);
}
errors++;
}
if(data387.value !== undefined){
let data398 = data387.value;
if(!((typeof data398 == "number") && (isFinite(data398)))){
const err1089 = {instancePath:instancePath+"/customRules/" + i52+"/value",schemaPath:"#/properties/customRules/items/allOf/4/then/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err1089];
}
else {
vErrors.push(err1089);
}
errors++;
}
}
}
else {
const err1090 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/4/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1090];
}
else {
vErrors.push(err1090);
}
errors++;
}
var _valid90 = _errs1340 === errors;
valid330 = _valid90;
}
if(!valid330){
const err1091 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1091];
}
else {
vErrors.push(err1091);
}
errors++;
}
if(data387 && typeof data387 == "object" && !Array.isArray(data387)){
if(data387.id === undefined){
const err1092 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1092];
}
else {
vErrors.push(err1092);
}
errors++;
}
if(data387.operations === undefined){
const err1093 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "operations"},message:"must have required property '"+"operations"+"'"};
if(vErrors === null){
vErrors = [err1093];
}
else {
vErrors.push(err1093);
}
errors++;
}
if(data387.field === undefined){
const err1094 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err1094];
}
else {
vErrors.push(err1094);
}
errors++;
}
if(data387.operator === undefined){
const err1095 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err1095];
}
else {
vErrors.push(err1095);
}
errors++;
}
if(data387.message === undefined){
const err1096 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1096];
}
else {
vErrors.push(err1096);
}
errors++;
}
if(data387.action === undefined){
const err1097 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1097];
}
else {
vErrors.push(err1097);
}
errors++;
}
for(const key173 in data387){
if(!(func2.call(schema11.properties.customRules.items.properties, key173))){
const err1098 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key173},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1098];
}
else {
vErrors.push(err1098);
}
errors++;
}
}
if(data387.id !== undefined){
let data399 = data387.id;
if(typeof data399 === "string"){
if(!pattern9.test(data399)){
const err1099 = {instancePath:instancePath+"/customRules/" + i52+"/id",schemaPath:"#/properties/customRules/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^custom/[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^custom/[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1099];
}
else {
vErrors.push(err1099);
}
errors++;
}
}
else {
const err1100 = {instancePath:instancePath+"/customRules/" + i52+"/id",schemaPath:"#/properties/customRules/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1100];
}
else {
vErrors.push(err1100);
}
errors++;
}
}
if(data387.description !== undefined){
if(typeof data387.description !== "string"){
const err1101 = {instancePath:instancePath+"/customRules/" + i52+"/description",schemaPath:"#/properties/customRules/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1101];
}
else {
vErrors.push(err1101);
}
errors++;
}
}
if(data387.operations !== undefined){
let data401 = data387.operations;
if(Array.isArray(data401)){
if(data401.length < 1){
const err1102 = {instancePath:instancePath+"/customRules/" + i52+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1102];
}
else {
vErrors.push(err1102);
}
errors++;
}
const len50 = data401.length;
for(let i54=0; i54<len50; i54++){
let data402 = data401[i54];
if(typeof data402 !== "string"){
const err1103 = {instancePath:instancePath+"/customRules/" + i52+"/operations/" + i54,schemaPath:"#/properties/customRules/items/properties/operations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1103];
}
else {
vErrors.push(err1103);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data402 === "build.cancel") || (data402 === "build.prune")) || (data402 === "checkpoint.create")) || (data402 === "checkpoint.list")) || (data402 === "checkpoint.remove")) || (data402 === "config.create")) || (data402 === "config.inspect")) || (data402 === "config.list")) || (data402 === "config.remove")) || (data402 === "config.update")) || (data402 === "container.archive.get")) || (data402 === "container.archive.head")) || (data402 === "container.archive.put")) || (data402 === "container.attach")) || (data402 === "container.attach.ws")) || (data402 === "container.changes")) || (data402 === "container.commit")) || (data402 === "container.copy")) || (data402 === "container.create")) || (data402 === "container.exec")) || (data402 === "container.export")) || (data402 === "container.inspect")) || (data402 === "container.kill")) || (data402 === "container.list")) || (data402 === "container.logs")) || (data402 === "container.pause")) || (data402 === "container.prune")) || (data402 === "container.remove")) || (data402 === "container.rename")) || (data402 === "container.resize")) || (data402 === "container.restart")) || (data402 === "container.start")) || (data402 === "container.stats")) || (data402 === "container.stop")) || (data402 === "container.top")) || (data402 === "container.unpause")) || (data402 === "container.update")) || (data402 === "container.wait")) || (data402 === "debug.pprof.cmdline")) || (data402 === "debug.pprof.index")) || (data402 === "debug.pprof.lookup")) || (data402 === "debug.pprof.profile")) || (data402 === "debug.pprof.symbol")) || (data402 === "debug.pprof.trace")) || (data402 === "debug.vars")) || (data402 === "distribution.inspect")) || (data402 === "exec.inspect")) || (data402 === "exec.resize")) || (data402 === "exec.start")) || (data402 === "grpc")) || (data402 === "image.attestations")) || (data402 === "image.build")) || (data402 === "image.create")) || (data402 === "image.history")) || (data402 === "image.inspect")) || (data402 === "image.list")) || (data402 === "image.load")) || (data402 === "image.prune")) || (data402 === "image.push")) || (data402 === "image.remove")) || (data402 === "image.save")) || (data402 === "image.search")) || (data402 === "image.tag")) || (data402 === "network.connect")) || (data402 === "network.create")) || (data402 === "network.disconnect")) || (data402 === "network.inspect")) || (data402 === "network.list")) || (data402 === "network.prune")) || (data402 === "network.remove")) || (data402 === "node.inspect")) || (data402 === "node.list")) || (data402 === "node.remove")) || (data402 === "node.update")) || (data402 === "plugin.create")) || (data402 === "plugin.disable")) || (data402 === "plugin.enable")) || (data402 === "plugin.inspect")) || (data402 === "plugin.list")) || (data402 === "plugin.privileges")) || (data402 === "plugin.pull")) || (data402 === "plugin.push")) || (data402 === "plugin.remove")) || (data402 === "plugin.set")) || (data402 === "plugin.upgrade")) || (data402 === "secret.create")) || (data402 === "secret.inspect")) || (data402 === "secret.list")) || (data402 === "secret.remove")) || (data402 === "secret.update")) || (data402 === "service.create")) || (data402 === "service.inspect")) || (data402 === "service.list")) || (data402 === "service.logs")) || (data402 === "service.remove")) || (data402 === "service.update")) || (data402 === "session")) || (data402 === "swarm.init")) || (data402 === "swarm.inspect")) || (data402 === "swarm.join")) || (data402 === "swarm.leave")) || (data402 === "swarm.unlock")) || (data402 === "swarm.unlockkey")) || (data402 === "swarm.update")) || (data402 === "system.auth")) || (data402 === "system.df")) || (data402 === "system.events")) || (data402 === "system.info")) || (data402 === "system.options")) || (data402 === "system.ping")) || (data402 === "system.version")) || (data402 === "task.inspect")) || (data402 === "task.list")) || (data402 === "task.logs")) || (data402 === "volume.create")) || (data402 === "volume.inspect")) || (data402 === "volume.list")) || (data402 === "volume.prune")) || (data402 === "volume.remove")) || (data402 === "volume.update"))){
const err1104 = {instancePath:instancePath+"/customRules/" + i52+"/operations/" + i54,schemaPath:"#/properties/customRules/items/properties/operations/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.operations.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1104];
}
else {
vErrors.push(err1104);
}
errors++;
}
}
let i55 = data401.length;
let j4;
if(i55 > 1){
const indices4 = {};
for(;i55--;){
let item4 = data401[i55];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err1105 = {instancePath:instancePath+"/customRules/" + i52+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/uniqueItems",keyword:"uniqueItems",params:{i: i55, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i55+" are identical)"};
if(vErrors === null){
vErrors = [err1105];
}
else {
vErrors.push(err1105);
}
errors++;
break;
}
indices4[item4] = i55;
}
}
}
else {
const err1106 = {instancePath:instancePath+"/customRules/" + i52+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1106];
}
else {
vErrors.push(err1106);
}
errors++;
}
}
if(data387.field !== undefined){
let data403 = data387.field;
if(typeof data403 === "string"){
if(func4(data403) > 300){
const err1107 = {instancePath:instancePath+"/customRules/" + i52+"/field",schemaPath:"#/properties/customRules/items/properties/field/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1107];
}
else {
vErrors.push(err1107);
}
errors++;
}
if(!pattern20.test(data403)){
const err1108 = {instancePath:instancePath+"/customRules/" + i52+"/field",schemaPath:"#/properties/customRules/items/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$"+"\""};
if(vErrors === null){
vErrors = [err1108];
}
else {
vErrors.push(err1108);
}
errors++;
}
}
else {
const err1109 = {instancePath:instancePath+"/customRules/" + i52+"/field",schemaPath:"#/properties/customRules/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1109];
}
else {
vErrors.push(err1109);
}
errors++;
}
}
if(data387.operator !== undefined){
let data404 = data387.operator;
if(typeof data404 !== "string"){
const err1110 = {instancePath:instancePath+"/customRules/" + i52+"/operator",schemaPath:"#/properties/customRules/items/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1110];
}
else {
vErrors.push(err1110);
}
errors++;
}
if(!((((((data404 === "equals") || (data404 === "in")) || (data404 === "glob")) || (data404 === "regex")) || (data404 === "exists")) || (data404 === "greater-than"))){
const err1111 = {instancePath:instancePath+"/customRules/" + i52+"/operator",schemaPath:"#/properties/customRules/items/properties/operator/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.operator.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1111];
}
else {
vErrors.push(err1111);
}
errors++;
}
}
if(data387.message !== undefined){
let data405 = data387.message;
if(typeof data405 === "string"){
if(func4(data405) > 300){
const err1112 = {instancePath:instancePath+"/customRules/" + i52+"/message",schemaPath:"#/properties/customRules/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1112];
}
else {
vErrors.push(err1112);
}
errors++;
}
if(func4(data405) < 1){
const err1113 = {instancePath:instancePath+"/customRules/" + i52+"/message",schemaPath:"#/properties/customRules/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1113];
}
else {
vErrors.push(err1113);
}
errors++;
}
}
else {
const err1114 = {instancePath:instancePath+"/customRules/" + i52+"/message",schemaPath:"#/properties/customRules/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1114];
}
else {
vErrors.push(err1114);
}
errors++;
}
}
if(data387.fix !== undefined){
let data406 = data387.fix;
if(typeof data406 === "string"){
if(func4(data406) > 300){
const err1115 = {instancePath:instancePath+"/customRules/" + i52+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1115];
}
else {
vErrors.push(err1115);
}
errors++;
}
if(func4(data406) < 1){
const err1116 = {instancePath:instancePath+"/customRules/" + i52+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1116];
}
else {
vErrors.push(err1116);
}
errors++;
}
}
else {
const err1117 = {instancePath:instancePath+"/customRules/" + i52+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1117];
}
else {
vErrors.push(err1117);
}
errors++;
}
}
if(data387.action !== undefined){
let data407 = data387.action;
if(typeof data407 !== "string"){
const err1118 = {instancePath:instancePath+"/customRules/" + i52+"/action",schemaPath:"#/properties/customRules/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1118];
}
else {
vErrors.push(err1118);
}
errors++;
}
if(!(((data407 === "deny") || (data407 === "warn")) || (data407 === "off"))){
const err1119 = {instancePath:instancePath+"/customRules/" + i52+"/action",schemaPath:"#/properties/customRules/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1119];
}
else {
vErrors.push(err1119);
}
errors++;
}
}
if(data387.severity !== undefined){
let data408 = data387.severity;
if(typeof data408 !== "string"){
const err1120 = {instancePath:instancePath+"/customRules/" + i52+"/severity",schemaPath:"#/properties/customRules/items/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1120];
}
else {
vErrors.push(err1120);
}
errors++;
}
if(!((((data408 === "critical") || (data408 === "high")) || (data408 === "medium")) || (data408 === "low"))){
const err1121 = {instancePath:instancePath+"/customRules/" + i52+"/severity",schemaPath:"#/properties/customRules/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.severity.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1121];
}
else {
vErrors.push(err1121);
}
errors++;
}
}
}
else {
const err1122 = {instancePath:instancePath+"/customRules/" + i52,schemaPath:"#/properties/customRules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1122];
}
else {
vErrors.push(err1122);
}
errors++;
}
}
}
else {
const err1123 = {instancePath:instancePath+"/customRules",schemaPath:"#/properties/customRules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1123];
}
else {
vErrors.push(err1123);
}
errors++;
}
}
if(data.exemptions !== undefined){
let data409 = data.exemptions;
if(Array.isArray(data409)){
const len51 = data409.length;
for(let i56=0; i56<len51; i56++){
let data410 = data409[i56];
const _errs1369 = errors;
let valid339 = false;
const _errs1370 = errors;
if(data410 && typeof data410 == "object" && !Array.isArray(data410)){
if(data410.users === undefined){
const err1124 = {instancePath:instancePath+"/exemptions/" + i56,schemaPath:"#/properties/exemptions/items/anyOf/0/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err1124];
}
else {
vErrors.push(err1124);
}
errors++;
}
}
var _valid91 = _errs1370 === errors;
valid339 = valid339 || _valid91;
if(!valid339){
const _errs1371 = errors;
if(data410 && typeof data410 == "object" && !Array.isArray(data410)){
if(data410.images === undefined){
const err1125 = {instancePath:instancePath+"/exemptions/" + i56,schemaPath:"#/properties/exemptions/items/anyOf/1/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'"};
if(vErrors === null){
vErrors = [err1125];
}
else {
vErrors.push(err1125);
}
errors++;
}
}
var _valid91 = _errs1371 === errors;
valid339 = valid339 || _valid91;
if(!valid339){
const _errs1372 = errors;
if(data410 && typeof data410 == "object" && !Array.isArray(data410)){
if(data410.containerNames === undefined){
const err1126 = {instancePath:instancePath+"/exemptions/" + i56,schemaPath:"#/properties/exemptions/items/anyOf/2/required",keyword:"required",params:{missingProperty: "containerNames"},message:"must have required property '"+"containerNames"+"'"};
if(vErrors === null){
vErrors = [err1126];
}
else {
vErrors.push(err1126);
}
errors++;
}
}
var _valid91 = _errs1372 === errors;
valid339 = valid339 || _valid91;
}
}
if(!valid339){
const err1127 = {instancePath:instancePath+"/exemptions/" + i56,schemaPath:"#/properties/exemptions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1127];
}
else {
vErrors.push(err1127);
}
errors++;
}
else {
errors = _errs1369;
if(vErrors !== null){
if(_errs1369){
vErrors.length = _errs1369;
}
else {
vErrors = null;
}
}
}
if(data410 && typeof data410 == "object" && !Array.isArray(data410)){
if(data410.id === undefined){
const err1128 = {instancePath:instancePath+"/exemptions/" + i56,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1128];
}
else {
vErrors.push(err1128);
}
errors++;
}
if(data410.reason === undefined){
const err1129 = {instancePath:instancePath+"/exemptions/" + i56,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err1129];
}
else {
vErrors.push(err1129);
}
errors++;
}
if(data410.rules === undefined){
const err1130 = {instancePath:instancePath+"/exemptions/" + i56,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err1130];
}
else {
vErrors.push(err1130);
}
errors++;
}
for(const key174 in data410){
if(!(((((((key174 === "id") || (key174 === "reason")) || (key174 === "rules")) || (key174 === "users")) || (key174 === "images")) || (key174 === "requireDigest")) || (key174 === "containerNames"))){
const err1131 = {instancePath:instancePath+"/exemptions/" + i56,schemaPath:"#/properties/exemptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key174},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1131];
}
else {
vErrors.push(err1131);
}
errors++;
}
}
if(data410.id !== undefined){
let data411 = data410.id;
if(typeof data411 === "string"){
if(!pattern8.test(data411)){
const err1132 = {instancePath:instancePath+"/exemptions/" + i56+"/id",schemaPath:"#/properties/exemptions/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1132];
}
else {
vErrors.push(err1132);
}
errors++;
}
}
else {
const err1133 = {instancePath:instancePath+"/exemptions/" + i56+"/id",schemaPath:"#/properties/exemptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1133];
}
else {
vErrors.push(err1133);
}
errors++;
}
}
if(data410.reason !== undefined){
let data412 = data410.reason;
if(typeof data412 === "string"){
if(func4(data412) < 1){
const err1134 = {instancePath:instancePath+"/exemptions/" + i56+"/reason",schemaPath:"#/properties/exemptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err1135 = {instancePath:instancePath+"/exemptions/" + i56+"/reason",schemaPath:"#/properties/exemptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1135];
}
else {
vErrors.push(err1135);
}
errors++;
}
}
if(data410.rules !== undefined){
let data413 = data410.rules;
if(Array.isArray(data413)){
if(data413.length < 1){
const err1136 = {instancePath:instancePath+"/exemptions/" + i56+"/rules",schemaPath:"#/properties/exemptions/items/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1136];
}
else {
vErrors.push(err1136);
}
errors++;
}
const len52 = data413.length;
for(let i57=0; i57<len52; i57++){
let data414 = data413[i57];
if(typeof data414 !== "string"){
const err1137 = {instancePath:instancePath+"/exemptions/" + i56+"/rules/" + i57,schemaPath:"#/properties/exemptions/items/properties/rules/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1137];
}
else {
vErrors.push(err1137);
}
errors++;
}
const _errs1382 = errors;
let valid343 = false;
const _errs1383 = errors;
if(!((((((((((((((((((((((((((((((((((((((((((data414 === "*") || (data414 === "privileged")) || (data414 === "host-network")) || (data414 === "seccomp-unconfined")) || (data414 === "apparmor-unconfined")) || (data414 === "memory-limit")) || (data414 === "restart-policy")) || (data414 === "host-pid")) || (data414 === "host-ipc")) || (data414 === "host-uts")) || (data414 === "host-userns")) || (data414 === "host-cgroupns")) || (data414 === "capabilities")) || (data414 === "sensitive-mounts")) || (data414 === "docker-socket")) || (data414 === "mount-propagation")) || (data414 === "host-devices")) || (data414 === "selinux-unconfined")) || (data414 === "systempaths-unconfined")) || (data414 === "security-opt-allowlist")) || (data414 === "build-options")) || (data414 === "buildkit-entitlements")) || (data414 === "plugin-install")) || (data414 === "swarm-join")) || (data414 === "swarm-init")) || (data414 === "service-rollback")) || (data414 === "exec-root-user")) || (data414 === "read-only-rootfs")) || (data414 === "pids-limit")) || (data414 === "no-new-privileges")) || (data414 === "health-check")) || (data414 === "image-tag")) || (data414 === "privileged-ports")) || (data414 === "port-all-interfaces")) || (data414 === "publish-all-ports")) || (data414 === "cpu-limit")) || (data414 === "ulimits")) || (data414 === "default-bridge")) || (data414 === "sysctls")) || (data414 === "sshd")) || (data414 === "cgroup-parent")) || (data414 === "unverified-start"))){
const err1138 = {instancePath:instancePath+"/exemptions/" + i56+"/rules/" + i57,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.exemptions.items.properties.rules.items.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1138];
}
else {
vErrors.push(err1138);
}
errors++;
}
var _valid92 = _errs1383 === errors;
valid343 = valid343 || _valid92;
if(!valid343){
const _errs1384 = errors;
if(typeof data414 === "string"){
if(!pattern9.test(data414)){
const err1139 = {instancePath:instancePath+"/exemptions/" + i56+"/rules/" + i57,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^custom/[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^custom/[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1139];
}
else {
vErrors.push(err1139);
}
errors++;
}
}
var _valid92 = _errs1384 === errors;
valid343 = valid343 || _valid92;
}
if(!valid343){
const err1140 = {instancePath:instancePath+"/exemptions/" + i56+"/rules/" + i57,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1140];
}
else {
vErrors.push(err1140);
}
errors++;
}
else {
errors = _errs1382;
if(vErrors !== null){
if(_errs1382){
vErrors.length = _errs1382;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err1141 = {instancePath:instancePath+"/exemptions/" + i56+"/rules",schemaPath:"#/properties/exemptions/items/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1141];
}
else {
vErrors.push(err1141);
}
errors++;
}
}
if(data410.users !== undefined){
let data415 = data410.users;
if(Array.isArray(data415)){
if(data415.length < 1){
const err1142 = {instancePath:instancePath+"/exemptions/" + i56+"/users",schemaPath:"#/properties/exemptions/items/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1142];
}
else {
vErrors.push(err1142);
}
errors++;
}
const len53 = data415.length;
for(let i58=0; i58<len53; i58++){
let data416 = data415[i58];
if(typeof data416 === "string"){
if(func4(data416) < 1){
const err1143 = {instancePath:instancePath+"/exemptions/" + i56+"/users/" + i58,schemaPath:"#/properties/exemptions/items/properties/users/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1143];
}
else {
vErrors.push(err1143);
}
errors++;
}
}
else {
const err1144 = {instancePath:instancePath+"/exemptions/" + i56+"/users/" + i58,schemaPath:"#/properties/exemptions/items/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1144];
}
else {
vErrors.push(err1144);
}
errors++;
}
}
}
else {
const err1145 = {instancePath:instancePath+"/exemptions/" + i56+"/users",schemaPath:"#/properties/exemptions/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1145];
}
else {
vErrors.push(err1145);
}
errors++;
}
}
if(data410.images !== undefined){
let data417 = data410.images;
if(Array.isArray(data417)){
if(data417.length < 1){
const err1146 = {instancePath:instancePath+"/exemptions/" + i56+"/images",schemaPath:"#/properties/exemptions/items/properties/images/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1146];
}
else {
vErrors.push(err1146);
}
errors++;
}
const len54 = data417.length;
for(let i59=0; i59<len54; i59++){
let data418 = data417[i59];
if(typeof data418 === "string"){
if(func4(data418) < 1){
const err1147 = {instancePath:instancePath+"/exemptions/" + i56+"/images/" + i59,schemaPath:"#/properties/exemptions/items/properties/images/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1147];
}
else {
vErrors.push(err1147);
}
errors++;
}
}
else {
const err1148 = {instancePath:instancePath+"/exemptions/" + i56+"/images/" + i59,schemaPath:"#/properties/exemptions/items/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err1149 = {instancePath:instancePath+"/exemptions/" + i56+"/images",schemaPath:"#/properties/exemptions/items/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1149];
}
else {
vErrors.push(err1149);
}
errors++;
}
}
if(data410.requireDigest !== undefined){
if(typeof data410.requireDigest !== "boolean"){
const err1150 = {instancePath:instancePath+"/exemptions/" + i56+"/requireDigest",schemaPath:"#/properties/exemptions/items/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1150];
}
else {
vErrors.push(err1150);
}
errors++;
}
}
if(data410.containerNames !== undefined){
let data420 = data410.containerNames;
if(Array.isArray(data420)){
if(data420.length < 1){
const err1151 = {instancePath:instancePath+"/exemptions/" + i56+"/containerNames",schemaPath:"#/properties/exemptions/items/properties/containerNames/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1151];
}
else {
vErrors.push(err1151);
}
errors++;
}
const len55 = data420.length;
for(let i60=0; i60<len55; i60++){
let data421 = data420[i60];
if(typeof data421 === "string"){
if(func4(data421) < 1){
const err1152 = {instancePath:instancePath+"/exemptions/" + i56+"/containerNames/" + i60,schemaPath:"#/properties/exemptions/items/properties/containerNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1152];
}
else {
vErrors.push(err1152);
}
errors++;
}
}
else {
const err1153 = {instancePath:instancePath+"/exemptions/" + i56+"/containerNames/" + i60,schemaPath:"#/properties/exemptions/items/properties/containerNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1153];
}
else {
vErrors.push(err1153);
}
errors++;
}
}
}
else {
const err1154 = {instancePath:instancePath+"/exemptions/" + i56+"/containerNames",schemaPath:"#/properties/exemptions/items/properties/containerNames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1154];
}
else {
vErrors.push(err1154);
}
errors++;
}
}
}
else {
const err1155 = {instancePath:instancePath+"/exemptions/" + i56,schemaPath:"#/properties/exemptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1155];
}
else {
vErrors.push(err1155);
}
errors++;
}
}
}
else {
const err1156 = {instancePath:instancePath+"/exemptions",schemaPath:"#/properties/exemptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1156];
}
else {
vErrors.push(err1156);
}
errors++;
}
}
if(data.messages !== undefined){
let data422 = data.messages;
if(data422 && typeof data422 == "object" && !Array.isArray(data422)){
if(Object.keys(data422).length < 1){
const err1157 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err1157];
}
else {
vErrors.push(err1157);
}
errors++;
}
for(const key175 in data422){
if(!((key175 === "help") || (key175 === "url"))){
const err1158 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key175},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1158];
}
else {
vErrors.push(err1158);
}
errors++;
}
}
if(data422.help !== undefined){
let data423 = data422.help;
if(typeof data423 === "string"){
if(func4(data423) > 300){
const err1159 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1159];
}
else {
vErrors.push(err1159);
}
errors++;
}
if(func4(data423) < 1){
const err1160 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1160];
}
else {
vErrors.push(err1160);
}
errors++;
}
if(!pattern23.test(data423)){
const err1161 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\""};
if(vErrors === null){
vErrors = [err1161];
}
else {
vErrors.push(err1161);
}
errors++;
}
}
else {
const err1162 = {instancePath:instancePath+"/messages/help",schemaPath:"#/properties/messages/properties/help/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1162];
}
else {
vErrors.push(err1162);
}
errors++;
}
}
if(data422.url !== undefined){
let data424 = data422.url;
if(typeof data424 === "string"){
if(func4(data424) > 300){
const err1163 = {instancePath:instancePath+"/messages/url",schemaPath:"#/properties/messages/properties/url/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1163];
}
else {
vErrors.push(err1163);
}
errors++;
}
if(!pattern24.test(data424)){
const err1164 = {instancePath:instancePath+"/messages/url",schemaPath:"#/properties/messages/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err1164];
}
else {
vErrors.push(err1164);
}
errors++;
}
}
else {
const err1165 = {instancePath:instancePath+"/messages/url",schemaPath:"#/properties/messages/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1165];
}
else {
vErrors.push(err1165);
}
errors++;
}
}
}
else {
const err1166 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1166];
}
else {
vErrors.push(err1166);
}
errors++;
}
}
if(data.log !== undefined){
let data425 = data.log;
if(data425 && typeof data425 == "object" && !Array.isArray(data425)){
for(const key176 in data425){
if(!(((key176 === "level") || (key176 === "decisions")) || (key176 === "sampleAllow"))){
const err1167 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key176},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1167];
}
else {
vErrors.push(err1167);
}
errors++;
}
}
if(data425.level !== undefined){
let data426 = data425.level;
if(typeof data426 !== "string"){
const err1168 = {instancePath:instancePath+"/log/level",schemaPath:"#/properties/log/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1168];
}
else {
vErrors.push(err1168);
}
errors++;
}
if(!((((data426 === "error") || (data426 === "warn")) || (data426 === "info")) || (data426 === "debug"))){
const err1169 = {instancePath:instancePath+"/log/level",schemaPath:"#/properties/log/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.log.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1169];
}
else {
vErrors.push(err1169);
}
errors++;
}
}
if(data425.decisions !== undefined){
let data427 = data425.decisions;
if(typeof data427 !== "string"){
const err1170 = {instancePath:instancePath+"/log/decisions",schemaPath:"#/properties/log/properties/decisions/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1170];
}
else {
vErrors.push(err1170);
}
errors++;
}
if(!((data427 === "all") || (data427 === "deny-only"))){
const err1171 = {instancePath:instancePath+"/log/decisions",schemaPath:"#/properties/log/properties/decisions/enum",keyword:"enum",params:{allowedValues: schema11.properties.log.properties.decisions.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1171];
}
else {
vErrors.push(err1171);
}
errors++;
}
}
if(data425.sampleAllow !== undefined){
let data428 = data425.sampleAllow;
if((typeof data428 == "number") && (isFinite(data428))){
if(data428 > 1 || isNaN(data428)){
const err1172 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err1172];
}
else {
vErrors.push(err1172);
}
errors++;
}
if(data428 <= 0 || isNaN(data428)){
const err1173 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err1174 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err1175 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1175];
}
else {
vErrors.push(err1175);
}
errors++;
}
}
}
else {
const err1176 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1176];
}
else {
vErrors.push(err1176);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
