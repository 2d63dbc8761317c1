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
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/dockgate/dockgate/config/policy.schema.json","title":"dockgate policy","type":"object","additionalProperties":false,"required":["mode","rules"],"properties":{"$schema":{"type":"string"},"description":{"type":"string"},"mode":{"description":"enforce: deny what the rules deny. audit: never deny, log what would have been denied.","type":"string","enum":["enforce","audit"]},"rules":{"description":"Action (deny, warn, off) and options per rule id. A rule left out keeps its default action and options.","type":"object","additionalProperties":false,"properties":{"privileged":{"description":"No privileged containers or exec sessions (CIS 5.5). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-network":{"description":"Do not share the host's network namespace (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow NetworkMode 'container:<id>'."},"hostNetworkIds":{"type":"array","items":{"type":"string","pattern":"^[0-9a-z]+$"},"description":"Full IDs of the host network, swarm-scoped and local (docker network ls --no-trunc --filter driver=host). With them, a service network Target is denied only when it is 'host' or a prefix of one of these IDs; without them, every Target that could be an ID (only lower-case letters and digits) is denied."}}}}}]},"seccomp-unconfined":{"description":"Do not disable seccomp (CIS 5.22). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"denyAllowByDefault":{"type":"boolean","description":"Treat a custom profile with defaultAction SCMP_ACT_ALLOW or SCMP_ACT_LOG as unconfined."}}}}}]},"apparmor-unconfined":{"description":"Do not disable AppArmor (CIS 5.2). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"memory-limit":{"description":"Limit container memory (CIS 5.11). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"max":{"description":"Largest memory limit allowed: bytes, or a size like \"16g\"; null for none.","oneOf":[{"type":"null"},{"type":"integer","minimum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"}]}}}}}]},"restart-policy":{"description":"Restart on failure only, a bounded number of times (CIS 5.15). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"maxRetries":{"type":"integer","minimum":1,"maximum":1000,"description":"Most on-failure retries allowed."},"denySwarmDefault":{"type":"boolean","description":"Deny swarm services that set no RestartPolicy (swarm's default restarts on any exit, forever)."}}}}}]},"host-pid":{"description":"Do not share the host's process namespace (CIS 5.16). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow PidMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-ipc":{"description":"Do not share the host's IPC namespace (CIS 5.17). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow IpcMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-uts":{"description":"Do not share the host's UTS namespace (CIS 5.21). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-userns":{"description":"Do not share the host's user namespace (CIS 5.31). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-cgroupns":{"description":"Do not share the host's cgroup namespace (CIS 5.25). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"capabilities":{"description":"Add only allowed capabilities (CIS 5.4). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Capabilities that may be added, e.g. ['NET_BIND_SERVICE'] (with or without CAP_, any case). ALL is ignored: it is never allowed. Default: Docker's default set."}}}}}]},"sensitive-mounts":{"description":"Mount host paths only from data folders (CIS 5.6). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"dataRoots":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host folders that hold data: a bind source or overlay folder must lie in one, as written and as resolved. [\"/\"] gives the deny-list behaviour of dockgate before issue 12."},"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs (micromatch, dot: true) that must not be mounted even inside a data root; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too."},"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted although they are outside the data roots or deny covers them."},"allowReadOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted read-only although they are outside the data roots or deny covers them."},"volumeTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"Filesystem types the local volume driver may mount (its 'type' option)."},"blockDevices":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Block devices (absolute host paths, e.g. /dev/disk/by-label/data) that local volumes of a disk filesystem may mount; compared where they resolve."},"allowVolumesFrom":{"type":"boolean","description":"Allow --volumes-from (HostConfig.VolumesFrom)."},"strict":{"type":"boolean","description":"Sound mode: a bind source or overlay folder must be one of strictPaths exactly, with no symlink on the way, and every folder above it owned by root and writable by neither group nor others."},"strictPaths":{"type":"array","items":{"type":"string","pattern":"^/(?!.*\\*\\*)"},"description":"Strict mode's host paths: absolute, '*' stands for exactly one path component ('/srv/volumes/*'), no '**'."}}}}}]},"docker-socket":{"description":"Do not mount the Docker socket (CIS 5.32). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"sockets":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host paths of daemon sockets (add the socket of a dockerd started with -H unix://PATH)."}}}}}]},"mount-propagation":{"description":"Do not use shared mount propagation (CIS 5.20). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-devices":{"description":"Do not expose host devices (CIS 5.18). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedDevices":{"type":"array","items":{"type":"string","minLength":1},"description":"Host device paths (micromatch globs, e.g. '/dev/fuse') that --device may pass."},"allowCgroupRules":{"type":"boolean","description":"Allow --device-cgroup-rule."},"allowDeviceRequests":{"type":"boolean","description":"Allow DeviceRequests (--gpus)."}}}}}]},"selinux-unconfined":{"description":"Do not disable SELinux separation (CIS 5.3). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"deniedTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux types that mean unconfined (label=type:<type>)."}}}}}]},"systempaths-unconfined":{"description":"Do not unmask /proc and /sys. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"security-opt-allowlist":{"description":"Only security options dockgate knows. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux label options that may be set with --security-opt label=..., as micromatch globs on '<user|role|type|level|filetype>:<value>', e.g. 'level:s0:c100,c200'. label=disable is judged by selinux-unconfined."}}}}}]},"build-options":{"description":"No host access for image builds (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"plugin-install":{"description":"Install and enable only allowed plugins. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugin references (micromatch globs) that may be pulled, upgraded to and enabled, matched as sent and normalised ('vieux/sshfs:latest', 'docker.io/vieux/sshfs:latest')."},"allowCreate":{"type":"boolean","description":"Allow POST /plugins/create (docker plugin create), whose content dockgate cannot see."}}}}}]},"self-protection":{"description":"Do not let API users disable dockgate. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"description":"Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied."},"ids":{"type":"array","items":{"type":"string","pattern":"^[0-9a-f]{64}$"},"description":"dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start."},"detectId":{"type":"boolean","description":"Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup."},"adminUsers":{"type":"array","items":{"type":"string","minLength":1},"description":"TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match."}}}}}]},"swarm-join":{"description":"Do not join foreign swarms (CIS 5.1). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedManagers":{"type":"array","items":{"type":"string","minLength":1},"description":"Manager addresses this engine may join: micromatch globs on each RemoteAddrs entry as sent ('10.0.0.*:2377'). Every address in the request must match."}}}}}]},"swarm-init":{"description":"Enable swarm mode only where needed (CIS 5.1). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"service-rollback":{"description":"Service rollbacks apply a spec dockgate cannot see. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"exec-root-user":{"description":"Do not exec as root (CIS 5.24). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"read-only-rootfs":{"description":"Mount the container's root filesystem read-only (CIS 5.13). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pids-limit":{"description":"Limit the number of processes (CIS 5.29). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"no-new-privileges":{"description":"Run with no-new-privileges (CIS 5.26). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"health-check":{"description":"Do not disable health checks (CIS 5.27). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"image-tag":{"description":"Use pinned image versions (CIS 5.28). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"requireDigest":{"type":"boolean","description":"Only a digest (@sha256:...) pins an image; a version tag is a finding too."}}}}}]},"privileged-ports":{"description":"Do not publish privileged host ports (CIS 5.8). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"port-all-interfaces":{"description":"Bind published ports to one host interface (CIS 5.14). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"publish-all-ports":{"description":"Publish only the ports you need (CIS 5.9). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-limit":{"description":"Limit container CPU (CIS 5.12). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"ulimits":{"description":"Override ulimits only when needed (CIS 5.19). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Ulimit names that may be overridden, e.g. ['nofile']."}}}}}]},"default-bridge":{"description":"Do not use the default bridge network (CIS 5.30). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sysctls":{"description":"Set only safe sysctls. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Sysctl names (micromatch globs, dot-separated) that may be set, e.g. 'net.ipv4.tcp_*'."}}}}}]},"sshd":{"description":"Do not run sshd in containers (CIS 5.7). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cgroup-parent":{"description":"Keep containers in the daemon's cgroup (CIS 5.25). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Cgroup parents (micromatch globs) that may be used, e.g. '/docker-tenants/*' or 'tenant-*.slice'."}}}}}]}}},"profiles":{"description":"Per-user overrides of rule actions and options. The first profile (in file order) whose users glob matches the TLS client certificate CN applies; none applies over the unix socket (no user).","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","users","rules"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$","description":"Name of the profile, logged with each decision it applies to."},"description":{"type":"string"},"users":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the TLS client certificate CN (empty over the unix socket, never matched)."},"rules":{"description":"Action or { action, options } per rule id, on top of the policy's rules. self-protection cannot be changed by a profile.","type":"object","additionalProperties":false,"properties":{"privileged":{"description":"No privileged containers or exec sessions (CIS 5.5). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-network":{"description":"Do not share the host's network namespace (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow NetworkMode 'container:<id>'."},"hostNetworkIds":{"type":"array","items":{"type":"string","pattern":"^[0-9a-z]+$"},"description":"Full IDs of the host network, swarm-scoped and local (docker network ls --no-trunc --filter driver=host). With them, a service network Target is denied only when it is 'host' or a prefix of one of these IDs; without them, every Target that could be an ID (only lower-case letters and digits) is denied."}}}}}]},"seccomp-unconfined":{"description":"Do not disable seccomp (CIS 5.22). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"denyAllowByDefault":{"type":"boolean","description":"Treat a custom profile with defaultAction SCMP_ACT_ALLOW or SCMP_ACT_LOG as unconfined."}}}}}]},"apparmor-unconfined":{"description":"Do not disable AppArmor (CIS 5.2). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"memory-limit":{"description":"Limit container memory (CIS 5.11). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"max":{"description":"Largest memory limit allowed: bytes, or a size like \"16g\"; null for none.","oneOf":[{"type":"null"},{"type":"integer","minimum":1},{"type":"string","pattern":"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"}]}}}}}]},"restart-policy":{"description":"Restart on failure only, a bounded number of times (CIS 5.15). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"maxRetries":{"type":"integer","minimum":1,"maximum":1000,"description":"Most on-failure retries allowed."},"denySwarmDefault":{"type":"boolean","description":"Deny swarm services that set no RestartPolicy (swarm's default restarts on any exit, forever)."}}}}}]},"host-pid":{"description":"Do not share the host's process namespace (CIS 5.16). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow PidMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-ipc":{"description":"Do not share the host's IPC namespace (CIS 5.17). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowContainerMode":{"type":"boolean","description":"Allow IpcMode 'container:<id>' (joining another container's namespace)."}}}}}]},"host-uts":{"description":"Do not share the host's UTS namespace (CIS 5.21). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-userns":{"description":"Do not share the host's user namespace (CIS 5.31). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-cgroupns":{"description":"Do not share the host's cgroup namespace (CIS 5.25). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"capabilities":{"description":"Add only allowed capabilities (CIS 5.4). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Capabilities that may be added, e.g. ['NET_BIND_SERVICE'] (with or without CAP_, any case). ALL is ignored: it is never allowed. Default: Docker's default set."}}}}}]},"sensitive-mounts":{"description":"Mount host paths only from data folders (CIS 5.6). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"dataRoots":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host folders that hold data: a bind source or overlay folder must lie in one, as written and as resolved. [\"/\"] gives the deny-list behaviour of dockgate before issue 12."},"deny":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs (micromatch, dot: true) that must not be mounted even inside a data root; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too."},"allow":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted although they are outside the data roots or deny covers them."},"allowReadOnly":{"type":"array","items":{"type":"string","minLength":1},"description":"Host path globs that may be mounted read-only although they are outside the data roots or deny covers them."},"volumeTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"Filesystem types the local volume driver may mount (its 'type' option)."},"blockDevices":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Block devices (absolute host paths, e.g. /dev/disk/by-label/data) that local volumes of a disk filesystem may mount; compared where they resolve."},"allowVolumesFrom":{"type":"boolean","description":"Allow --volumes-from (HostConfig.VolumesFrom)."},"strict":{"type":"boolean","description":"Sound mode: a bind source or overlay folder must be one of strictPaths exactly, with no symlink on the way, and every folder above it owned by root and writable by neither group nor others."},"strictPaths":{"type":"array","items":{"type":"string","pattern":"^/(?!.*\\*\\*)"},"description":"Strict mode's host paths: absolute, '*' stands for exactly one path component ('/srv/volumes/*'), no '**'."}}}}}]},"docker-socket":{"description":"Do not mount the Docker socket (CIS 5.32). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"sockets":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Absolute host paths of daemon sockets (add the socket of a dockerd started with -H unix://PATH)."}}}}}]},"mount-propagation":{"description":"Do not use shared mount propagation (CIS 5.20). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"host-devices":{"description":"Do not expose host devices (CIS 5.18). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedDevices":{"type":"array","items":{"type":"string","minLength":1},"description":"Host device paths (micromatch globs, e.g. '/dev/fuse') that --device may pass."},"allowCgroupRules":{"type":"boolean","description":"Allow --device-cgroup-rule."},"allowDeviceRequests":{"type":"boolean","description":"Allow DeviceRequests (--gpus)."}}}}}]},"selinux-unconfined":{"description":"Do not disable SELinux separation (CIS 5.3). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"deniedTypes":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux types that mean unconfined (label=type:<type>)."}}}}}]},"systempaths-unconfined":{"description":"Do not unmask /proc and /sys. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"security-opt-allowlist":{"description":"Only security options dockgate knows. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedLabels":{"type":"array","items":{"type":"string","minLength":1},"description":"SELinux label options that may be set with --security-opt label=..., as micromatch globs on '<user|role|type|level|filetype>:<value>', e.g. 'level:s0:c100,c200'. label=disable is judged by selinux-unconfined."}}}}}]},"build-options":{"description":"No host access for image builds (CIS 5.10). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"plugin-install":{"description":"Install and enable only allowed plugins. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Plugin references (micromatch globs) that may be pulled, upgraded to and enabled, matched as sent and normalised ('vieux/sshfs:latest', 'docker.io/vieux/sshfs:latest')."},"allowCreate":{"type":"boolean","description":"Allow POST /plugins/create (docker plugin create), whose content dockgate cannot see."}}}}}]},"self-protection":{"description":"Do not let API users disable dockgate. Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"description":"Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied."},"ids":{"type":"array","items":{"type":"string","pattern":"^[0-9a-f]{64}$"},"description":"dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start."},"detectId":{"type":"boolean","description":"Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup."},"adminUsers":{"type":"array","items":{"type":"string","minLength":1},"description":"TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match."}}}}}]},"swarm-join":{"description":"Do not join foreign swarms (CIS 5.1). Default: deny.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowedManagers":{"type":"array","items":{"type":"string","minLength":1},"description":"Manager addresses this engine may join: micromatch globs on each RemoteAddrs entry as sent ('10.0.0.*:2377'). Every address in the request must match."}}}}}]},"swarm-init":{"description":"Enable swarm mode only where needed (CIS 5.1). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"service-rollback":{"description":"Service rollbacks apply a spec dockgate cannot see. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"exec-root-user":{"description":"Do not exec as root (CIS 5.24). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"read-only-rootfs":{"description":"Mount the container's root filesystem read-only (CIS 5.13). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"pids-limit":{"description":"Limit the number of processes (CIS 5.29). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"no-new-privileges":{"description":"Run with no-new-privileges (CIS 5.26). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"health-check":{"description":"Do not disable health checks (CIS 5.27). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"image-tag":{"description":"Use pinned image versions (CIS 5.28). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"requireDigest":{"type":"boolean","description":"Only a digest (@sha256:...) pins an image; a version tag is a finding too."}}}}}]},"privileged-ports":{"description":"Do not publish privileged host ports (CIS 5.8). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"port-all-interfaces":{"description":"Bind published ports to one host interface (CIS 5.14). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"publish-all-ports":{"description":"Publish only the ports you need (CIS 5.9). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cpu-limit":{"description":"Limit container CPU (CIS 5.12). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"ulimits":{"description":"Override ulimits only when needed (CIS 5.19). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Ulimit names that may be overridden, e.g. ['nofile']."}}}}}]},"default-bridge":{"description":"Do not use the default bridge network (CIS 5.30). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"sysctls":{"description":"Set only safe sysctls. Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Sysctl names (micromatch globs, dot-separated) that may be set, e.g. 'net.ipv4.tcp_*'."}}}}}]},"sshd":{"description":"Do not run sshd in containers (CIS 5.7). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{}}}}]},"cgroup-parent":{"description":"Keep containers in the daemon's cgroup (CIS 5.25). Default: warn.","oneOf":[{"type":"string","enum":["deny","warn","off"]},{"type":"object","additionalProperties":false,"required":["action"],"properties":{"action":{"type":"string","enum":["deny","warn","off"]},"options":{"type":"object","additionalProperties":false,"properties":{"allowed":{"type":"array","items":{"type":"string","minLength":1},"description":"Cgroup parents (micromatch globs) that may be used, e.g. '/docker-tenants/*' or 'tenant-*.slice'."}}}}}]}},"patternProperties":{"^custom/[a-z0-9][a-z0-9._-]*$":{"type":"string","enum":["deny","warn","off"]}}}}}},"customRules":{"description":"Rules without code: a field path in the canonical request view, an operator and a value. Run with the built-in rules (same exemptions, profiles and audit mode).","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","operations","field","operator","message","action"],"properties":{"id":{"type":"string","pattern":"^custom/[a-z0-9][a-z0-9._-]*$","description":"custom/<name>: the custom/ prefix keeps custom ids apart from built-in ones."},"description":{"type":"string"},"operations":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["build.cancel","build.prune","checkpoint.create","checkpoint.list","checkpoint.remove","config.create","config.inspect","config.list","config.remove","config.update","container.archive.get","container.archive.head","container.archive.put","container.attach","container.attach.ws","container.changes","container.commit","container.copy","container.create","container.exec","container.export","container.inspect","container.kill","container.list","container.logs","container.pause","container.prune","container.remove","container.rename","container.resize","container.restart","container.start","container.stats","container.stop","container.top","container.unpause","container.update","container.wait","debug.pprof.cmdline","debug.pprof.index","debug.pprof.lookup","debug.pprof.profile","debug.pprof.symbol","debug.pprof.trace","debug.vars","distribution.inspect","exec.inspect","exec.resize","exec.start","grpc","image.attestations","image.build","image.create","image.history","image.inspect","image.list","image.load","image.prune","image.push","image.remove","image.save","image.search","image.tag","network.connect","network.create","network.disconnect","network.inspect","network.list","network.prune","network.remove","node.inspect","node.list","node.remove","node.update","plugin.create","plugin.disable","plugin.enable","plugin.inspect","plugin.list","plugin.privileges","plugin.pull","plugin.push","plugin.remove","plugin.set","plugin.upgrade","secret.create","secret.inspect","secret.list","secret.remove","secret.update","service.create","service.inspect","service.list","service.logs","service.remove","service.update","session","swarm.init","swarm.inspect","swarm.join","swarm.leave","swarm.unlock","swarm.unlockkey","swarm.update","system.auth","system.df","system.events","system.info","system.options","system.ping","system.version","task.inspect","task.list","task.logs","volume.create","volume.inspect","volume.list","volume.prune","volume.remove","volume.update"]}},"field":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$","maxLength":300,"description":"Dot path in the request view, e.g. body.hostConfig.NetworkMode, body.config.Labels.team, query.name, user. Arrays match when any element matches; a map key takes the rest of the path. Env is never readable."},"operator":{"type":"string","enum":["equals","in","glob","regex","exists","greater-than"]},"value":{"description":"equals: a string, number or boolean; in: a list of them; glob, regex: a string; greater-than: a number; exists: none."},"message":{"type":"string","minLength":1,"maxLength":300},"fix":{"type":"string","minLength":1,"maxLength":300},"action":{"type":"string","enum":["deny","warn","off"]},"severity":{"type":"string","enum":["critical","high","medium","low"]}},"allOf":[{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"equals"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":["string","number","boolean"]}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"in"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"glob"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"string","minLength":1}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"regex"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"string","minLength":1,"maxLength":256}}}},{"if":{"type":"object","required":["operator"],"properties":{"operator":{"const":"greater-than"}}},"then":{"type":"object","required":["value"],"properties":{"value":{"type":"number"}}}}]}},"exemptions":{"description":"Requests that some rules do not apply to. Every selector given must match.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","reason","rules"],"anyOf":[{"required":["users"]},{"required":["images"]},{"required":["containerNames"]}],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9._-]*$","description":"Name of the exemption, logged with each request it exempts."},"reason":{"type":"string","minLength":1},"rules":{"description":"Rule ids this exemption lifts, or \"*\" for all. self-protection cannot be exempted (use its adminUsers option).","type":"array","minItems":1,"items":{"type":"string","anyOf":[{"enum":["*","privileged","host-network","seccomp-unconfined","apparmor-unconfined","memory-limit","restart-policy","host-pid","host-ipc","host-uts","host-userns","host-cgroupns","capabilities","sensitive-mounts","docker-socket","mount-propagation","host-devices","selinux-unconfined","systempaths-unconfined","security-opt-allowlist","build-options","plugin-install","swarm-join","swarm-init","service-rollback","exec-root-user","read-only-rootfs","pids-limit","no-new-privileges","health-check","image-tag","privileged-ports","port-all-interfaces","publish-all-ports","cpu-limit","ulimits","default-bridge","sysctls","sshd","cgroup-parent"]},{"pattern":"^custom/[a-z0-9][a-z0-9._-]*$"}]}},"users":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the TLS client certificate CN (cannot be forged; empty over the unix socket, never matched)."},"images":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the image reference, as sent and normalised (docker.io/library/name:tag). Anyone with API access can re-tag an image: use requireDigest."},"requireDigest":{"type":"boolean","description":"Match images only when referenced by digest (@sha256:...)."},"containerNames":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs on the container name (chosen by the requester: weak)."}}}},"log":{"type":"object","additionalProperties":false,"properties":{"level":{"type":"string","enum":["error","warn","info","debug"],"description":"Decision lines are logged at info."},"decisions":{"type":"string","enum":["all","deny-only"],"description":"all (default): a line per decision. deny-only: allow lines are not written, except allows with findings (warn, would-deny in audit mode, exempted) or request problems."},"sampleAllow":{"type":"number","exclusiveMinimum":0,"maximum":1,"description":"Fraction of plain allow lines written (default 1). Deterministic: 0.1 writes every 10th. Denies and allows with findings are always written."}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[0-9a-z]+$", "u");
const pattern1 = new RegExp("^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$", "u");
const pattern2 = new RegExp("^/", "u");
const pattern4 = new RegExp("^/(?!.*\\*\\*)", "u");
const pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern7 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
const pattern8 = new RegExp("^custom/[a-z0-9][a-z0-9._-]*$", "u");
const pattern18 = new RegExp("^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$", "u");

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
if(!((((((((key0 === "$schema") || (key0 === "description")) || (key0 === "mode")) || (key0 === "rules")) || (key0 === "profiles")) || (key0 === "customRules")) || (key0 === "exemptions")) || (key0 === "log"))){
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
if(!(key7 === "denyAllowByDefault")){
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
}
else {
const err40 = {instancePath:instancePath+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/rules/seccomp-unconfined",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
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
const err42 = {instancePath:instancePath+"/rules/seccomp-unconfined",schemaPath:"#/properties/rules/properties/seccomp-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
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
let data17 = data3["apparmor-unconfined"];
const _errs56 = errors;
let valid12 = false;
let passing3 = null;
const _errs57 = errors;
if(typeof data17 !== "string"){
const err43 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(((data17 === "deny") || (data17 === "warn")) || (data17 === "off"))){
const err44 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["apparmor-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid3 = _errs57 === errors;
if(_valid3){
valid12 = true;
passing3 = 0;
}
const _errs59 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.action === undefined){
const err45 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key8 in data17){
if(!((key8 === "action") || (key8 === "options"))){
const err46 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data17.action !== undefined){
let data18 = data17.action;
if(typeof data18 !== "string"){
const err47 = {instancePath:instancePath+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(((data18 === "deny") || (data18 === "warn")) || (data18 === "off"))){
const err48 = {instancePath:instancePath+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["apparmor-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data17.options !== undefined){
let data19 = data17.options;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key9 in data19){
const err49 = {instancePath:instancePath+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid3 = _errs59 === errors;
if(_valid3 && valid12){
valid12 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid12 = true;
passing3 = 1;
}
}
if(!valid12){
const err52 = {instancePath:instancePath+"/rules/apparmor-unconfined",schemaPath:"#/properties/rules/properties/apparmor-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data3["memory-limit"] !== undefined){
let data20 = data3["memory-limit"];
const _errs68 = errors;
let valid14 = false;
let passing4 = null;
const _errs69 = errors;
if(typeof data20 !== "string"){
const err53 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!(((data20 === "deny") || (data20 === "warn")) || (data20 === "off"))){
const err54 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["memory-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid4 = _errs69 === errors;
if(_valid4){
valid14 = true;
passing4 = 0;
}
const _errs71 = errors;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.action === undefined){
const err55 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key10 in data20){
if(!((key10 === "action") || (key10 === "options"))){
const err56 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data20.action !== undefined){
let data21 = data20.action;
if(typeof data21 !== "string"){
const err57 = {instancePath:instancePath+"/rules/memory-limit/action",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!(((data21 === "deny") || (data21 === "warn")) || (data21 === "off"))){
const err58 = {instancePath:instancePath+"/rules/memory-limit/action",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["memory-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.options !== undefined){
let data22 = data20.options;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key11 in data22){
if(!(key11 === "max")){
const err59 = {instancePath:instancePath+"/rules/memory-limit/options",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data22.max !== undefined){
let data23 = data22.max;
const _errs80 = errors;
let valid17 = false;
let passing5 = null;
const _errs81 = errors;
if(data23 !== null){
const err60 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid5 = _errs81 === errors;
if(_valid5){
valid17 = true;
passing5 = 0;
}
const _errs83 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err61 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 1 || isNaN(data23)){
const err62 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
var _valid5 = _errs83 === errors;
if(_valid5 && valid17){
valid17 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid17 = true;
passing5 = 1;
}
const _errs85 = errors;
if(typeof data23 === "string"){
if(!pattern1.test(data23)){
const err63 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid5 = _errs85 === errors;
if(_valid5 && valid17){
valid17 = false;
passing5 = [passing5, 2];
}
else {
if(_valid5){
valid17 = true;
passing5 = 2;
}
}
}
if(!valid17){
const err65 = {instancePath:instancePath+"/rules/memory-limit/options/max",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err66 = {instancePath:instancePath+"/rules/memory-limit/options",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid4 = _errs71 === errors;
if(_valid4 && valid14){
valid14 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid14 = true;
passing4 = 1;
}
}
if(!valid14){
const err68 = {instancePath:instancePath+"/rules/memory-limit",schemaPath:"#/properties/rules/properties/memory-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
else {
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
}
}
if(data3["restart-policy"] !== undefined){
let data24 = data3["restart-policy"];
const _errs88 = errors;
let valid18 = false;
let passing6 = null;
const _errs89 = errors;
if(typeof data24 !== "string"){
const err69 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!(((data24 === "deny") || (data24 === "warn")) || (data24 === "off"))){
const err70 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["restart-policy"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid6 = _errs89 === errors;
if(_valid6){
valid18 = true;
passing6 = 0;
}
const _errs91 = errors;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.action === undefined){
const err71 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key12 in data24){
if(!((key12 === "action") || (key12 === "options"))){
const err72 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data24.action !== undefined){
let data25 = data24.action;
if(typeof data25 !== "string"){
const err73 = {instancePath:instancePath+"/rules/restart-policy/action",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!(((data25 === "deny") || (data25 === "warn")) || (data25 === "off"))){
const err74 = {instancePath:instancePath+"/rules/restart-policy/action",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["restart-policy"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data24.options !== undefined){
let data26 = data24.options;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key13 in data26){
if(!((key13 === "maxRetries") || (key13 === "denySwarmDefault"))){
const err75 = {instancePath:instancePath+"/rules/restart-policy/options",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data26.maxRetries !== undefined){
let data27 = data26.maxRetries;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err76 = {instancePath:instancePath+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 1000 || isNaN(data27)){
const err77 = {instancePath:instancePath+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data27 < 1 || isNaN(data27)){
const err78 = {instancePath:instancePath+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data26.denySwarmDefault !== undefined){
if(typeof data26.denySwarmDefault !== "boolean"){
const err79 = {instancePath:instancePath+"/rules/restart-policy/options/denySwarmDefault",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/denySwarmDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/rules/restart-policy/options",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid6 = _errs91 === errors;
if(_valid6 && valid18){
valid18 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid18 = true;
passing6 = 1;
}
}
if(!valid18){
const err82 = {instancePath:instancePath+"/rules/restart-policy",schemaPath:"#/properties/rules/properties/restart-policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
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
if(data3["host-pid"] !== undefined){
let data29 = data3["host-pid"];
const _errs104 = errors;
let valid21 = false;
let passing7 = null;
const _errs105 = errors;
if(typeof data29 !== "string"){
const err83 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(!(((data29 === "deny") || (data29 === "warn")) || (data29 === "off"))){
const err84 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-pid"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid7 = _errs105 === errors;
if(_valid7){
valid21 = true;
passing7 = 0;
}
const _errs107 = errors;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.action === undefined){
const err85 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
for(const key14 in data29){
if(!((key14 === "action") || (key14 === "options"))){
const err86 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data29.action !== undefined){
let data30 = data29.action;
if(typeof data30 !== "string"){
const err87 = {instancePath:instancePath+"/rules/host-pid/action",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(!(((data30 === "deny") || (data30 === "warn")) || (data30 === "off"))){
const err88 = {instancePath:instancePath+"/rules/host-pid/action",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-pid"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data29.options !== undefined){
let data31 = data29.options;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key15 in data31){
if(!(key15 === "allowContainerMode")){
const err89 = {instancePath:instancePath+"/rules/host-pid/options",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data31.allowContainerMode !== undefined){
if(typeof data31.allowContainerMode !== "boolean"){
const err90 = {instancePath:instancePath+"/rules/host-pid/options/allowContainerMode",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/rules/host-pid/options",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
var _valid7 = _errs107 === errors;
if(_valid7 && valid21){
valid21 = false;
passing7 = [passing7, 1];
}
else {
if(_valid7){
valid21 = true;
passing7 = 1;
}
}
if(!valid21){
const err93 = {instancePath:instancePath+"/rules/host-pid",schemaPath:"#/properties/rules/properties/host-pid/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
else {
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-ipc"] !== undefined){
let data33 = data3["host-ipc"];
const _errs118 = errors;
let valid24 = false;
let passing8 = null;
const _errs119 = errors;
if(typeof data33 !== "string"){
const err94 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!(((data33 === "deny") || (data33 === "warn")) || (data33 === "off"))){
const err95 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-ipc"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid8 = _errs119 === errors;
if(_valid8){
valid24 = true;
passing8 = 0;
}
const _errs121 = errors;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.action === undefined){
const err96 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
for(const key16 in data33){
if(!((key16 === "action") || (key16 === "options"))){
const err97 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data33.action !== undefined){
let data34 = data33.action;
if(typeof data34 !== "string"){
const err98 = {instancePath:instancePath+"/rules/host-ipc/action",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(!(((data34 === "deny") || (data34 === "warn")) || (data34 === "off"))){
const err99 = {instancePath:instancePath+"/rules/host-ipc/action",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-ipc"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data33.options !== undefined){
let data35 = data33.options;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key17 in data35){
if(!(key17 === "allowContainerMode")){
const err100 = {instancePath:instancePath+"/rules/host-ipc/options",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data35.allowContainerMode !== undefined){
if(typeof data35.allowContainerMode !== "boolean"){
const err101 = {instancePath:instancePath+"/rules/host-ipc/options/allowContainerMode",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/rules/host-ipc/options",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid8 = _errs121 === errors;
if(_valid8 && valid24){
valid24 = false;
passing8 = [passing8, 1];
}
else {
if(_valid8){
valid24 = true;
passing8 = 1;
}
}
if(!valid24){
const err104 = {instancePath:instancePath+"/rules/host-ipc",schemaPath:"#/properties/rules/properties/host-ipc/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
else {
errors = _errs118;
if(vErrors !== null){
if(_errs118){
vErrors.length = _errs118;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-uts"] !== undefined){
let data37 = data3["host-uts"];
const _errs132 = errors;
let valid27 = false;
let passing9 = null;
const _errs133 = errors;
if(typeof data37 !== "string"){
const err105 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(!(((data37 === "deny") || (data37 === "warn")) || (data37 === "off"))){
const err106 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-uts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
var _valid9 = _errs133 === errors;
if(_valid9){
valid27 = true;
passing9 = 0;
}
const _errs135 = errors;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.action === undefined){
const err107 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key18 in data37){
if(!((key18 === "action") || (key18 === "options"))){
const err108 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data37.action !== undefined){
let data38 = data37.action;
if(typeof data38 !== "string"){
const err109 = {instancePath:instancePath+"/rules/host-uts/action",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(!(((data38 === "deny") || (data38 === "warn")) || (data38 === "off"))){
const err110 = {instancePath:instancePath+"/rules/host-uts/action",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-uts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data37.options !== undefined){
let data39 = data37.options;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key19 in data39){
const err111 = {instancePath:instancePath+"/rules/host-uts/options",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/rules/host-uts/options",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
var _valid9 = _errs135 === errors;
if(_valid9 && valid27){
valid27 = false;
passing9 = [passing9, 1];
}
else {
if(_valid9){
valid27 = true;
passing9 = 1;
}
}
if(!valid27){
const err114 = {instancePath:instancePath+"/rules/host-uts",schemaPath:"#/properties/rules/properties/host-uts/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
else {
errors = _errs132;
if(vErrors !== null){
if(_errs132){
vErrors.length = _errs132;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-userns"] !== undefined){
let data40 = data3["host-userns"];
const _errs144 = errors;
let valid29 = false;
let passing10 = null;
const _errs145 = errors;
if(typeof data40 !== "string"){
const err115 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(!(((data40 === "deny") || (data40 === "warn")) || (data40 === "off"))){
const err116 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-userns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid10 = _errs145 === errors;
if(_valid10){
valid29 = true;
passing10 = 0;
}
const _errs147 = errors;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.action === undefined){
const err117 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key20 in data40){
if(!((key20 === "action") || (key20 === "options"))){
const err118 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data40.action !== undefined){
let data41 = data40.action;
if(typeof data41 !== "string"){
const err119 = {instancePath:instancePath+"/rules/host-userns/action",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(!(((data41 === "deny") || (data41 === "warn")) || (data41 === "off"))){
const err120 = {instancePath:instancePath+"/rules/host-userns/action",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-userns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data40.options !== undefined){
let data42 = data40.options;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key21 in data42){
const err121 = {instancePath:instancePath+"/rules/host-userns/options",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/rules/host-userns/options",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid10 = _errs147 === errors;
if(_valid10 && valid29){
valid29 = false;
passing10 = [passing10, 1];
}
else {
if(_valid10){
valid29 = true;
passing10 = 1;
}
}
if(!valid29){
const err124 = {instancePath:instancePath+"/rules/host-userns",schemaPath:"#/properties/rules/properties/host-userns/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
errors = _errs144;
if(vErrors !== null){
if(_errs144){
vErrors.length = _errs144;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-cgroupns"] !== undefined){
let data43 = data3["host-cgroupns"];
const _errs156 = errors;
let valid31 = false;
let passing11 = null;
const _errs157 = errors;
if(typeof data43 !== "string"){
const err125 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(!(((data43 === "deny") || (data43 === "warn")) || (data43 === "off"))){
const err126 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-cgroupns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
var _valid11 = _errs157 === errors;
if(_valid11){
valid31 = true;
passing11 = 0;
}
const _errs159 = errors;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.action === undefined){
const err127 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key22 in data43){
if(!((key22 === "action") || (key22 === "options"))){
const err128 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data43.action !== undefined){
let data44 = data43.action;
if(typeof data44 !== "string"){
const err129 = {instancePath:instancePath+"/rules/host-cgroupns/action",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(!(((data44 === "deny") || (data44 === "warn")) || (data44 === "off"))){
const err130 = {instancePath:instancePath+"/rules/host-cgroupns/action",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-cgroupns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data43.options !== undefined){
let data45 = data43.options;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key23 in data45){
const err131 = {instancePath:instancePath+"/rules/host-cgroupns/options",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/rules/host-cgroupns/options",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid11 = _errs159 === errors;
if(_valid11 && valid31){
valid31 = false;
passing11 = [passing11, 1];
}
else {
if(_valid11){
valid31 = true;
passing11 = 1;
}
}
if(!valid31){
const err134 = {instancePath:instancePath+"/rules/host-cgroupns",schemaPath:"#/properties/rules/properties/host-cgroupns/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
errors = _errs156;
if(vErrors !== null){
if(_errs156){
vErrors.length = _errs156;
}
else {
vErrors = null;
}
}
}
}
if(data3.capabilities !== undefined){
let data46 = data3.capabilities;
const _errs168 = errors;
let valid33 = false;
let passing12 = null;
const _errs169 = errors;
if(typeof data46 !== "string"){
const err135 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(!(((data46 === "deny") || (data46 === "warn")) || (data46 === "off"))){
const err136 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.capabilities.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid12 = _errs169 === errors;
if(_valid12){
valid33 = true;
passing12 = 0;
}
const _errs171 = errors;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.action === undefined){
const err137 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
for(const key24 in data46){
if(!((key24 === "action") || (key24 === "options"))){
const err138 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data46.action !== undefined){
let data47 = data46.action;
if(typeof data47 !== "string"){
const err139 = {instancePath:instancePath+"/rules/capabilities/action",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(!(((data47 === "deny") || (data47 === "warn")) || (data47 === "off"))){
const err140 = {instancePath:instancePath+"/rules/capabilities/action",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.capabilities.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data46.options !== undefined){
let data48 = data46.options;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key25 in data48){
if(!(key25 === "allowed")){
const err141 = {instancePath:instancePath+"/rules/capabilities/options",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data48.allowed !== undefined){
let data49 = data48.allowed;
if(Array.isArray(data49)){
const len1 = data49.length;
for(let i1=0; i1<len1; i1++){
let data50 = data49[i1];
if(typeof data50 === "string"){
if(func3(data50) < 1){
const err142 = {instancePath:instancePath+"/rules/capabilities/options/allowed/" + i1,schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/rules/capabilities/options/allowed/" + i1,schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
let i2 = data49.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data49[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err144 = {instancePath:instancePath+"/rules/capabilities/options/allowed",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err145 = {instancePath:instancePath+"/rules/capabilities/options/allowed",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/rules/capabilities/options",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
else {
const err147 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var _valid12 = _errs171 === errors;
if(_valid12 && valid33){
valid33 = false;
passing12 = [passing12, 1];
}
else {
if(_valid12){
valid33 = true;
passing12 = 1;
}
}
if(!valid33){
const err148 = {instancePath:instancePath+"/rules/capabilities",schemaPath:"#/properties/rules/properties/capabilities/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
else {
errors = _errs168;
if(vErrors !== null){
if(_errs168){
vErrors.length = _errs168;
}
else {
vErrors = null;
}
}
}
}
if(data3["sensitive-mounts"] !== undefined){
let data51 = data3["sensitive-mounts"];
const _errs184 = errors;
let valid39 = false;
let passing13 = null;
const _errs185 = errors;
if(typeof data51 !== "string"){
const err149 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(!(((data51 === "deny") || (data51 === "warn")) || (data51 === "off"))){
const err150 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["sensitive-mounts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
var _valid13 = _errs185 === errors;
if(_valid13){
valid39 = true;
passing13 = 0;
}
const _errs187 = errors;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.action === undefined){
const err151 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
for(const key26 in data51){
if(!((key26 === "action") || (key26 === "options"))){
const err152 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data51.action !== undefined){
let data52 = data51.action;
if(typeof data52 !== "string"){
const err153 = {instancePath:instancePath+"/rules/sensitive-mounts/action",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(!(((data52 === "deny") || (data52 === "warn")) || (data52 === "off"))){
const err154 = {instancePath:instancePath+"/rules/sensitive-mounts/action",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data51.options !== undefined){
let data53 = data51.options;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
for(const key27 in data53){
if(!(func2.call(schema11.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.options.properties, key27))){
const err155 = {instancePath:instancePath+"/rules/sensitive-mounts/options",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data53.dataRoots !== undefined){
let data54 = data53.dataRoots;
if(Array.isArray(data54)){
const len2 = data54.length;
for(let i3=0; i3<len2; i3++){
let data55 = data54[i3];
if(typeof data55 === "string"){
if(!pattern2.test(data55)){
const err156 = {instancePath:instancePath+"/rules/sensitive-mounts/options/dataRoots/" + i3,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
else {
const err157 = {instancePath:instancePath+"/rules/sensitive-mounts/options/dataRoots/" + i3,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/rules/sensitive-mounts/options/dataRoots",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data53.deny !== undefined){
let data56 = data53.deny;
if(Array.isArray(data56)){
const len3 = data56.length;
for(let i4=0; i4<len3; i4++){
let data57 = data56[i4];
if(typeof data57 === "string"){
if(func3(data57) < 1){
const err159 = {instancePath:instancePath+"/rules/sensitive-mounts/options/deny/" + i4,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/rules/sensitive-mounts/options/deny/" + i4,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/rules/sensitive-mounts/options/deny",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data53.allow !== undefined){
let data58 = data53.allow;
if(Array.isArray(data58)){
const len4 = data58.length;
for(let i5=0; i5<len4; i5++){
let data59 = data58[i5];
if(typeof data59 === "string"){
if(func3(data59) < 1){
const err162 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allow/" + i5,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
else {
const err163 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allow/" + i5,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allow",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data53.allowReadOnly !== undefined){
let data60 = data53.allowReadOnly;
if(Array.isArray(data60)){
const len5 = data60.length;
for(let i6=0; i6<len5; i6++){
let data61 = data60[i6];
if(typeof data61 === "string"){
if(func3(data61) < 1){
const err165 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowReadOnly/" + i6,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowReadOnly/" + i6,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowReadOnly",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data53.volumeTypes !== undefined){
let data62 = data53.volumeTypes;
if(Array.isArray(data62)){
const len6 = data62.length;
for(let i7=0; i7<len6; i7++){
let data63 = data62[i7];
if(typeof data63 === "string"){
if(func3(data63) < 1){
const err168 = {instancePath:instancePath+"/rules/sensitive-mounts/options/volumeTypes/" + i7,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/rules/sensitive-mounts/options/volumeTypes/" + i7,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/rules/sensitive-mounts/options/volumeTypes",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data53.blockDevices !== undefined){
let data64 = data53.blockDevices;
if(Array.isArray(data64)){
const len7 = data64.length;
for(let i8=0; i8<len7; i8++){
let data65 = data64[i8];
if(typeof data65 === "string"){
if(!pattern2.test(data65)){
const err171 = {instancePath:instancePath+"/rules/sensitive-mounts/options/blockDevices/" + i8,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/rules/sensitive-mounts/options/blockDevices/" + i8,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/rules/sensitive-mounts/options/blockDevices",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data53.allowVolumesFrom !== undefined){
if(typeof data53.allowVolumesFrom !== "boolean"){
const err174 = {instancePath:instancePath+"/rules/sensitive-mounts/options/allowVolumesFrom",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowVolumesFrom/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data53.strict !== undefined){
if(typeof data53.strict !== "boolean"){
const err175 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strict",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data53.strictPaths !== undefined){
let data68 = data53.strictPaths;
if(Array.isArray(data68)){
const len8 = data68.length;
for(let i9=0; i9<len8; i9++){
let data69 = data68[i9];
if(typeof data69 === "string"){
if(!pattern4.test(data69)){
const err176 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strictPaths/" + i9,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/pattern",keyword:"pattern",params:{pattern: "^/(?!.*\\*\\*)"},message:"must match pattern \""+"^/(?!.*\\*\\*)"+"\""};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strictPaths/" + i9,schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/rules/sensitive-mounts/options/strictPaths",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/rules/sensitive-mounts/options",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err180 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
var _valid13 = _errs187 === errors;
if(_valid13 && valid39){
valid39 = false;
passing13 = [passing13, 1];
}
else {
if(_valid13){
valid39 = true;
passing13 = 1;
}
}
if(!valid39){
const err181 = {instancePath:instancePath+"/rules/sensitive-mounts",schemaPath:"#/properties/rules/properties/sensitive-mounts/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
else {
errors = _errs184;
if(vErrors !== null){
if(_errs184){
vErrors.length = _errs184;
}
else {
vErrors = null;
}
}
}
}
if(data3["docker-socket"] !== undefined){
let data70 = data3["docker-socket"];
const _errs228 = errors;
let valid56 = false;
let passing14 = null;
const _errs229 = errors;
if(typeof data70 !== "string"){
const err182 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(!(((data70 === "deny") || (data70 === "warn")) || (data70 === "off"))){
const err183 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["docker-socket"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid14 = _errs229 === errors;
if(_valid14){
valid56 = true;
passing14 = 0;
}
const _errs231 = errors;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.action === undefined){
const err184 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
for(const key28 in data70){
if(!((key28 === "action") || (key28 === "options"))){
const err185 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data70.action !== undefined){
let data71 = data70.action;
if(typeof data71 !== "string"){
const err186 = {instancePath:instancePath+"/rules/docker-socket/action",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(!(((data71 === "deny") || (data71 === "warn")) || (data71 === "off"))){
const err187 = {instancePath:instancePath+"/rules/docker-socket/action",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["docker-socket"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data70.options !== undefined){
let data72 = data70.options;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
for(const key29 in data72){
if(!(key29 === "sockets")){
const err188 = {instancePath:instancePath+"/rules/docker-socket/options",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data72.sockets !== undefined){
let data73 = data72.sockets;
if(Array.isArray(data73)){
const len9 = data73.length;
for(let i10=0; i10<len9; i10++){
let data74 = data73[i10];
if(typeof data74 === "string"){
if(!pattern2.test(data74)){
const err189 = {instancePath:instancePath+"/rules/docker-socket/options/sockets/" + i10,schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/rules/docker-socket/options/sockets/" + i10,schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/rules/docker-socket/options/sockets",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
else {
const err192 = {instancePath:instancePath+"/rules/docker-socket/options",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
else {
const err193 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
var _valid14 = _errs231 === errors;
if(_valid14 && valid56){
valid56 = false;
passing14 = [passing14, 1];
}
else {
if(_valid14){
valid56 = true;
passing14 = 1;
}
}
if(!valid56){
const err194 = {instancePath:instancePath+"/rules/docker-socket",schemaPath:"#/properties/rules/properties/docker-socket/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
else {
errors = _errs228;
if(vErrors !== null){
if(_errs228){
vErrors.length = _errs228;
}
else {
vErrors = null;
}
}
}
}
if(data3["mount-propagation"] !== undefined){
let data75 = data3["mount-propagation"];
const _errs244 = errors;
let valid61 = false;
let passing15 = null;
const _errs245 = errors;
if(typeof data75 !== "string"){
const err195 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
if(!(((data75 === "deny") || (data75 === "warn")) || (data75 === "off"))){
const err196 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["mount-propagation"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
var _valid15 = _errs245 === errors;
if(_valid15){
valid61 = true;
passing15 = 0;
}
const _errs247 = errors;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.action === undefined){
const err197 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
for(const key30 in data75){
if(!((key30 === "action") || (key30 === "options"))){
const err198 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data75.action !== undefined){
let data76 = data75.action;
if(typeof data76 !== "string"){
const err199 = {instancePath:instancePath+"/rules/mount-propagation/action",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(!(((data76 === "deny") || (data76 === "warn")) || (data76 === "off"))){
const err200 = {instancePath:instancePath+"/rules/mount-propagation/action",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["mount-propagation"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data75.options !== undefined){
let data77 = data75.options;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
for(const key31 in data77){
const err201 = {instancePath:instancePath+"/rules/mount-propagation/options",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/rules/mount-propagation/options",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
var _valid15 = _errs247 === errors;
if(_valid15 && valid61){
valid61 = false;
passing15 = [passing15, 1];
}
else {
if(_valid15){
valid61 = true;
passing15 = 1;
}
}
if(!valid61){
const err204 = {instancePath:instancePath+"/rules/mount-propagation",schemaPath:"#/properties/rules/properties/mount-propagation/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
else {
errors = _errs244;
if(vErrors !== null){
if(_errs244){
vErrors.length = _errs244;
}
else {
vErrors = null;
}
}
}
}
if(data3["host-devices"] !== undefined){
let data78 = data3["host-devices"];
const _errs256 = errors;
let valid63 = false;
let passing16 = null;
const _errs257 = errors;
if(typeof data78 !== "string"){
const err205 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(!(((data78 === "deny") || (data78 === "warn")) || (data78 === "off"))){
const err206 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-devices"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
var _valid16 = _errs257 === errors;
if(_valid16){
valid63 = true;
passing16 = 0;
}
const _errs259 = errors;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(data78.action === undefined){
const err207 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
for(const key32 in data78){
if(!((key32 === "action") || (key32 === "options"))){
const err208 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data78.action !== undefined){
let data79 = data78.action;
if(typeof data79 !== "string"){
const err209 = {instancePath:instancePath+"/rules/host-devices/action",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(!(((data79 === "deny") || (data79 === "warn")) || (data79 === "off"))){
const err210 = {instancePath:instancePath+"/rules/host-devices/action",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["host-devices"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data78.options !== undefined){
let data80 = data78.options;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key33 in data80){
if(!(((key33 === "allowedDevices") || (key33 === "allowCgroupRules")) || (key33 === "allowDeviceRequests"))){
const err211 = {instancePath:instancePath+"/rules/host-devices/options",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data80.allowedDevices !== undefined){
let data81 = data80.allowedDevices;
if(Array.isArray(data81)){
const len10 = data81.length;
for(let i11=0; i11<len10; i11++){
let data82 = data81[i11];
if(typeof data82 === "string"){
if(func3(data82) < 1){
const err212 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices/" + i11,schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
else {
const err213 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices/" + i11,schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
else {
const err214 = {instancePath:instancePath+"/rules/host-devices/options/allowedDevices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data80.allowCgroupRules !== undefined){
if(typeof data80.allowCgroupRules !== "boolean"){
const err215 = {instancePath:instancePath+"/rules/host-devices/options/allowCgroupRules",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowCgroupRules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data80.allowDeviceRequests !== undefined){
if(typeof data80.allowDeviceRequests !== "boolean"){
const err216 = {instancePath:instancePath+"/rules/host-devices/options/allowDeviceRequests",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowDeviceRequests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/rules/host-devices/options",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err218 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
var _valid16 = _errs259 === errors;
if(_valid16 && valid63){
valid63 = false;
passing16 = [passing16, 1];
}
else {
if(_valid16){
valid63 = true;
passing16 = 1;
}
}
if(!valid63){
const err219 = {instancePath:instancePath+"/rules/host-devices",schemaPath:"#/properties/rules/properties/host-devices/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
else {
errors = _errs256;
if(vErrors !== null){
if(_errs256){
vErrors.length = _errs256;
}
else {
vErrors = null;
}
}
}
}
if(data3["selinux-unconfined"] !== undefined){
let data85 = data3["selinux-unconfined"];
const _errs276 = errors;
let valid68 = false;
let passing17 = null;
const _errs277 = errors;
if(typeof data85 !== "string"){
const err220 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(!(((data85 === "deny") || (data85 === "warn")) || (data85 === "off"))){
const err221 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["selinux-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
var _valid17 = _errs277 === errors;
if(_valid17){
valid68 = true;
passing17 = 0;
}
const _errs279 = errors;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
if(data85.action === undefined){
const err222 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
for(const key34 in data85){
if(!((key34 === "action") || (key34 === "options"))){
const err223 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data85.action !== undefined){
let data86 = data85.action;
if(typeof data86 !== "string"){
const err224 = {instancePath:instancePath+"/rules/selinux-unconfined/action",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(!(((data86 === "deny") || (data86 === "warn")) || (data86 === "off"))){
const err225 = {instancePath:instancePath+"/rules/selinux-unconfined/action",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["selinux-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data85.options !== undefined){
let data87 = data85.options;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
for(const key35 in data87){
if(!(key35 === "deniedTypes")){
const err226 = {instancePath:instancePath+"/rules/selinux-unconfined/options",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data87.deniedTypes !== undefined){
let data88 = data87.deniedTypes;
if(Array.isArray(data88)){
const len11 = data88.length;
for(let i12=0; i12<len11; i12++){
let data89 = data88[i12];
if(typeof data89 === "string"){
if(func3(data89) < 1){
const err227 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes/" + i12,schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
else {
const err228 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes/" + i12,schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
}
else {
const err229 = {instancePath:instancePath+"/rules/selinux-unconfined/options/deniedTypes",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/rules/selinux-unconfined/options",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
else {
const err231 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
var _valid17 = _errs279 === errors;
if(_valid17 && valid68){
valid68 = false;
passing17 = [passing17, 1];
}
else {
if(_valid17){
valid68 = true;
passing17 = 1;
}
}
if(!valid68){
const err232 = {instancePath:instancePath+"/rules/selinux-unconfined",schemaPath:"#/properties/rules/properties/selinux-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
else {
errors = _errs276;
if(vErrors !== null){
if(_errs276){
vErrors.length = _errs276;
}
else {
vErrors = null;
}
}
}
}
if(data3["systempaths-unconfined"] !== undefined){
let data90 = data3["systempaths-unconfined"];
const _errs292 = errors;
let valid73 = false;
let passing18 = null;
const _errs293 = errors;
if(typeof data90 !== "string"){
const err233 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(!(((data90 === "deny") || (data90 === "warn")) || (data90 === "off"))){
const err234 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["systempaths-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
var _valid18 = _errs293 === errors;
if(_valid18){
valid73 = true;
passing18 = 0;
}
const _errs295 = errors;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.action === undefined){
const err235 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
for(const key36 in data90){
if(!((key36 === "action") || (key36 === "options"))){
const err236 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data90.action !== undefined){
let data91 = data90.action;
if(typeof data91 !== "string"){
const err237 = {instancePath:instancePath+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(!(((data91 === "deny") || (data91 === "warn")) || (data91 === "off"))){
const err238 = {instancePath:instancePath+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["systempaths-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data90.options !== undefined){
let data92 = data90.options;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
for(const key37 in data92){
const err239 = {instancePath:instancePath+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
else {
const err240 = {instancePath:instancePath+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
else {
const err241 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
var _valid18 = _errs295 === errors;
if(_valid18 && valid73){
valid73 = false;
passing18 = [passing18, 1];
}
else {
if(_valid18){
valid73 = true;
passing18 = 1;
}
}
if(!valid73){
const err242 = {instancePath:instancePath+"/rules/systempaths-unconfined",schemaPath:"#/properties/rules/properties/systempaths-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
else {
errors = _errs292;
if(vErrors !== null){
if(_errs292){
vErrors.length = _errs292;
}
else {
vErrors = null;
}
}
}
}
if(data3["security-opt-allowlist"] !== undefined){
let data93 = data3["security-opt-allowlist"];
const _errs304 = errors;
let valid75 = false;
let passing19 = null;
const _errs305 = errors;
if(typeof data93 !== "string"){
const err243 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
if(!(((data93 === "deny") || (data93 === "warn")) || (data93 === "off"))){
const err244 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["security-opt-allowlist"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
var _valid19 = _errs305 === errors;
if(_valid19){
valid75 = true;
passing19 = 0;
}
const _errs307 = errors;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
if(data93.action === undefined){
const err245 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
for(const key38 in data93){
if(!((key38 === "action") || (key38 === "options"))){
const err246 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data93.action !== undefined){
let data94 = data93.action;
if(typeof data94 !== "string"){
const err247 = {instancePath:instancePath+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if(!(((data94 === "deny") || (data94 === "warn")) || (data94 === "off"))){
const err248 = {instancePath:instancePath+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["security-opt-allowlist"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data93.options !== undefined){
let data95 = data93.options;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key39 in data95){
if(!(key39 === "allowedLabels")){
const err249 = {instancePath:instancePath+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data95.allowedLabels !== undefined){
let data96 = data95.allowedLabels;
if(Array.isArray(data96)){
const len12 = data96.length;
for(let i13=0; i13<len12; i13++){
let data97 = data96[i13];
if(typeof data97 === "string"){
if(func3(data97) < 1){
const err250 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels/" + i13,schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
else {
const err251 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels/" + i13,schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
}
else {
const err252 = {instancePath:instancePath+"/rules/security-opt-allowlist/options/allowedLabels",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
}
else {
const err253 = {instancePath:instancePath+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
}
else {
const err254 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
var _valid19 = _errs307 === errors;
if(_valid19 && valid75){
valid75 = false;
passing19 = [passing19, 1];
}
else {
if(_valid19){
valid75 = true;
passing19 = 1;
}
}
if(!valid75){
const err255 = {instancePath:instancePath+"/rules/security-opt-allowlist",schemaPath:"#/properties/rules/properties/security-opt-allowlist/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
else {
errors = _errs304;
if(vErrors !== null){
if(_errs304){
vErrors.length = _errs304;
}
else {
vErrors = null;
}
}
}
}
if(data3["build-options"] !== undefined){
let data98 = data3["build-options"];
const _errs320 = errors;
let valid80 = false;
let passing20 = null;
const _errs321 = errors;
if(typeof data98 !== "string"){
const err256 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if(!(((data98 === "deny") || (data98 === "warn")) || (data98 === "off"))){
const err257 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["build-options"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
var _valid20 = _errs321 === errors;
if(_valid20){
valid80 = true;
passing20 = 0;
}
const _errs323 = errors;
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
if(data98.action === undefined){
const err258 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
for(const key40 in data98){
if(!((key40 === "action") || (key40 === "options"))){
const err259 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data98.action !== undefined){
let data99 = data98.action;
if(typeof data99 !== "string"){
const err260 = {instancePath:instancePath+"/rules/build-options/action",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if(!(((data99 === "deny") || (data99 === "warn")) || (data99 === "off"))){
const err261 = {instancePath:instancePath+"/rules/build-options/action",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["build-options"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data98.options !== undefined){
let data100 = data98.options;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key41 in data100){
const err262 = {instancePath:instancePath+"/rules/build-options/options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/rules/build-options/options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
else {
const err264 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
var _valid20 = _errs323 === errors;
if(_valid20 && valid80){
valid80 = false;
passing20 = [passing20, 1];
}
else {
if(_valid20){
valid80 = true;
passing20 = 1;
}
}
if(!valid80){
const err265 = {instancePath:instancePath+"/rules/build-options",schemaPath:"#/properties/rules/properties/build-options/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
else {
errors = _errs320;
if(vErrors !== null){
if(_errs320){
vErrors.length = _errs320;
}
else {
vErrors = null;
}
}
}
}
if(data3["plugin-install"] !== undefined){
let data101 = data3["plugin-install"];
const _errs332 = errors;
let valid82 = false;
let passing21 = null;
const _errs333 = errors;
if(typeof data101 !== "string"){
const err266 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(!(((data101 === "deny") || (data101 === "warn")) || (data101 === "off"))){
const err267 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["plugin-install"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
var _valid21 = _errs333 === errors;
if(_valid21){
valid82 = true;
passing21 = 0;
}
const _errs335 = errors;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.action === undefined){
const err268 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
for(const key42 in data101){
if(!((key42 === "action") || (key42 === "options"))){
const err269 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data101.action !== undefined){
let data102 = data101.action;
if(typeof data102 !== "string"){
const err270 = {instancePath:instancePath+"/rules/plugin-install/action",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(!(((data102 === "deny") || (data102 === "warn")) || (data102 === "off"))){
const err271 = {instancePath:instancePath+"/rules/plugin-install/action",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["plugin-install"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data101.options !== undefined){
let data103 = data101.options;
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
for(const key43 in data103){
if(!((key43 === "allowed") || (key43 === "allowCreate"))){
const err272 = {instancePath:instancePath+"/rules/plugin-install/options",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data103.allowed !== undefined){
let data104 = data103.allowed;
if(Array.isArray(data104)){
const len13 = data104.length;
for(let i14=0; i14<len13; i14++){
let data105 = data104[i14];
if(typeof data105 === "string"){
if(func3(data105) < 1){
const err273 = {instancePath:instancePath+"/rules/plugin-install/options/allowed/" + i14,schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
else {
const err274 = {instancePath:instancePath+"/rules/plugin-install/options/allowed/" + i14,schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/rules/plugin-install/options/allowed",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data103.allowCreate !== undefined){
if(typeof data103.allowCreate !== "boolean"){
const err276 = {instancePath:instancePath+"/rules/plugin-install/options/allowCreate",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowCreate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
}
else {
const err277 = {instancePath:instancePath+"/rules/plugin-install/options",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err278 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
var _valid21 = _errs335 === errors;
if(_valid21 && valid82){
valid82 = false;
passing21 = [passing21, 1];
}
else {
if(_valid21){
valid82 = true;
passing21 = 1;
}
}
if(!valid82){
const err279 = {instancePath:instancePath+"/rules/plugin-install",schemaPath:"#/properties/rules/properties/plugin-install/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
else {
errors = _errs332;
if(vErrors !== null){
if(_errs332){
vErrors.length = _errs332;
}
else {
vErrors = null;
}
}
}
}
if(data3["self-protection"] !== undefined){
let data107 = data3["self-protection"];
const _errs350 = errors;
let valid87 = false;
let passing22 = null;
const _errs351 = errors;
if(typeof data107 !== "string"){
const err280 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if(!(((data107 === "deny") || (data107 === "warn")) || (data107 === "off"))){
const err281 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["self-protection"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
var _valid22 = _errs351 === errors;
if(_valid22){
valid87 = true;
passing22 = 0;
}
const _errs353 = errors;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.action === undefined){
const err282 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
for(const key44 in data107){
if(!((key44 === "action") || (key44 === "options"))){
const err283 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data107.action !== undefined){
let data108 = data107.action;
if(typeof data108 !== "string"){
const err284 = {instancePath:instancePath+"/rules/self-protection/action",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!(((data108 === "deny") || (data108 === "warn")) || (data108 === "off"))){
const err285 = {instancePath:instancePath+"/rules/self-protection/action",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["self-protection"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data107.options !== undefined){
let data109 = data107.options;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
for(const key45 in data109){
if(!((((key45 === "names") || (key45 === "ids")) || (key45 === "detectId")) || (key45 === "adminUsers"))){
const err286 = {instancePath:instancePath+"/rules/self-protection/options",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data109.names !== undefined){
let data110 = data109.names;
if(Array.isArray(data110)){
const len14 = data110.length;
for(let i15=0; i15<len14; i15++){
let data111 = data110[i15];
if(typeof data111 === "string"){
if(func3(data111) < 1){
const err287 = {instancePath:instancePath+"/rules/self-protection/options/names/" + i15,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err288 = {instancePath:instancePath+"/rules/self-protection/options/names/" + i15,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err289 = {instancePath:instancePath+"/rules/self-protection/options/names",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data109.ids !== undefined){
let data112 = data109.ids;
if(Array.isArray(data112)){
const len15 = data112.length;
for(let i16=0; i16<len15; i16++){
let data113 = data112[i16];
if(typeof data113 === "string"){
if(!pattern6.test(data113)){
const err290 = {instancePath:instancePath+"/rules/self-protection/options/ids/" + i16,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
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
const err291 = {instancePath:instancePath+"/rules/self-protection/options/ids/" + i16,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err292 = {instancePath:instancePath+"/rules/self-protection/options/ids",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data109.detectId !== undefined){
if(typeof data109.detectId !== "boolean"){
const err293 = {instancePath:instancePath+"/rules/self-protection/options/detectId",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/detectId/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data109.adminUsers !== undefined){
let data115 = data109.adminUsers;
if(Array.isArray(data115)){
const len16 = data115.length;
for(let i17=0; i17<len16; i17++){
let data116 = data115[i17];
if(typeof data116 === "string"){
if(func3(data116) < 1){
const err294 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers/" + i17,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers/" + i17,schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err296 = {instancePath:instancePath+"/rules/self-protection/options/adminUsers",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
}
else {
const err297 = {instancePath:instancePath+"/rules/self-protection/options",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
}
else {
const err298 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
var _valid22 = _errs353 === errors;
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
const err299 = {instancePath:instancePath+"/rules/self-protection",schemaPath:"#/properties/rules/properties/self-protection/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
else {
errors = _errs350;
if(vErrors !== null){
if(_errs350){
vErrors.length = _errs350;
}
else {
vErrors = null;
}
}
}
}
if(data3["swarm-join"] !== undefined){
let data117 = data3["swarm-join"];
const _errs376 = errors;
let valid96 = false;
let passing23 = null;
const _errs377 = errors;
if(typeof data117 !== "string"){
const err300 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(!(((data117 === "deny") || (data117 === "warn")) || (data117 === "off"))){
const err301 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-join"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
var _valid23 = _errs377 === errors;
if(_valid23){
valid96 = true;
passing23 = 0;
}
const _errs379 = errors;
if(data117 && typeof data117 == "object" && !Array.isArray(data117)){
if(data117.action === undefined){
const err302 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
for(const key46 in data117){
if(!((key46 === "action") || (key46 === "options"))){
const err303 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
if(data117.action !== undefined){
let data118 = data117.action;
if(typeof data118 !== "string"){
const err304 = {instancePath:instancePath+"/rules/swarm-join/action",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
if(!(((data118 === "deny") || (data118 === "warn")) || (data118 === "off"))){
const err305 = {instancePath:instancePath+"/rules/swarm-join/action",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-join"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data117.options !== undefined){
let data119 = data117.options;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
for(const key47 in data119){
if(!(key47 === "allowedManagers")){
const err306 = {instancePath:instancePath+"/rules/swarm-join/options",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data119.allowedManagers !== undefined){
let data120 = data119.allowedManagers;
if(Array.isArray(data120)){
const len17 = data120.length;
for(let i18=0; i18<len17; i18++){
let data121 = data120[i18];
if(typeof data121 === "string"){
if(func3(data121) < 1){
const err307 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers/" + i18,schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err308 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers/" + i18,schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err309 = {instancePath:instancePath+"/rules/swarm-join/options/allowedManagers",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err310 = {instancePath:instancePath+"/rules/swarm-join/options",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
}
else {
const err311 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
var _valid23 = _errs379 === errors;
if(_valid23 && valid96){
valid96 = false;
passing23 = [passing23, 1];
}
else {
if(_valid23){
valid96 = true;
passing23 = 1;
}
}
if(!valid96){
const err312 = {instancePath:instancePath+"/rules/swarm-join",schemaPath:"#/properties/rules/properties/swarm-join/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
else {
errors = _errs376;
if(vErrors !== null){
if(_errs376){
vErrors.length = _errs376;
}
else {
vErrors = null;
}
}
}
}
if(data3["swarm-init"] !== undefined){
let data122 = data3["swarm-init"];
const _errs392 = errors;
let valid101 = false;
let passing24 = null;
const _errs393 = errors;
if(typeof data122 !== "string"){
const err313 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
if(!(((data122 === "deny") || (data122 === "warn")) || (data122 === "off"))){
const err314 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-init"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
var _valid24 = _errs393 === errors;
if(_valid24){
valid101 = true;
passing24 = 0;
}
const _errs395 = errors;
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
if(data122.action === undefined){
const err315 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
for(const key48 in data122){
if(!((key48 === "action") || (key48 === "options"))){
const err316 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data122.action !== undefined){
let data123 = data122.action;
if(typeof data123 !== "string"){
const err317 = {instancePath:instancePath+"/rules/swarm-init/action",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
if(!(((data123 === "deny") || (data123 === "warn")) || (data123 === "off"))){
const err318 = {instancePath:instancePath+"/rules/swarm-init/action",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["swarm-init"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data122.options !== undefined){
let data124 = data122.options;
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
for(const key49 in data124){
const err319 = {instancePath:instancePath+"/rules/swarm-init/options",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
else {
const err320 = {instancePath:instancePath+"/rules/swarm-init/options",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
}
else {
const err321 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
var _valid24 = _errs395 === errors;
if(_valid24 && valid101){
valid101 = false;
passing24 = [passing24, 1];
}
else {
if(_valid24){
valid101 = true;
passing24 = 1;
}
}
if(!valid101){
const err322 = {instancePath:instancePath+"/rules/swarm-init",schemaPath:"#/properties/rules/properties/swarm-init/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
else {
errors = _errs392;
if(vErrors !== null){
if(_errs392){
vErrors.length = _errs392;
}
else {
vErrors = null;
}
}
}
}
if(data3["service-rollback"] !== undefined){
let data125 = data3["service-rollback"];
const _errs404 = errors;
let valid103 = false;
let passing25 = null;
const _errs405 = errors;
if(typeof data125 !== "string"){
const err323 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
if(!(((data125 === "deny") || (data125 === "warn")) || (data125 === "off"))){
const err324 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["service-rollback"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
var _valid25 = _errs405 === errors;
if(_valid25){
valid103 = true;
passing25 = 0;
}
const _errs407 = errors;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.action === undefined){
const err325 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
for(const key50 in data125){
if(!((key50 === "action") || (key50 === "options"))){
const err326 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data125.action !== undefined){
let data126 = data125.action;
if(typeof data126 !== "string"){
const err327 = {instancePath:instancePath+"/rules/service-rollback/action",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
if(!(((data126 === "deny") || (data126 === "warn")) || (data126 === "off"))){
const err328 = {instancePath:instancePath+"/rules/service-rollback/action",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["service-rollback"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data125.options !== undefined){
let data127 = data125.options;
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
for(const key51 in data127){
const err329 = {instancePath:instancePath+"/rules/service-rollback/options",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
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
const err330 = {instancePath:instancePath+"/rules/service-rollback/options",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err331 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
var _valid25 = _errs407 === errors;
if(_valid25 && valid103){
valid103 = false;
passing25 = [passing25, 1];
}
else {
if(_valid25){
valid103 = true;
passing25 = 1;
}
}
if(!valid103){
const err332 = {instancePath:instancePath+"/rules/service-rollback",schemaPath:"#/properties/rules/properties/service-rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
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
if(data3["exec-root-user"] !== undefined){
let data128 = data3["exec-root-user"];
const _errs416 = errors;
let valid105 = false;
let passing26 = null;
const _errs417 = errors;
if(typeof data128 !== "string"){
const err333 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if(!(((data128 === "deny") || (data128 === "warn")) || (data128 === "off"))){
const err334 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["exec-root-user"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
var _valid26 = _errs417 === errors;
if(_valid26){
valid105 = true;
passing26 = 0;
}
const _errs419 = errors;
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
if(data128.action === undefined){
const err335 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
for(const key52 in data128){
if(!((key52 === "action") || (key52 === "options"))){
const err336 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
if(data128.action !== undefined){
let data129 = data128.action;
if(typeof data129 !== "string"){
const err337 = {instancePath:instancePath+"/rules/exec-root-user/action",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if(!(((data129 === "deny") || (data129 === "warn")) || (data129 === "off"))){
const err338 = {instancePath:instancePath+"/rules/exec-root-user/action",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["exec-root-user"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data128.options !== undefined){
let data130 = data128.options;
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
for(const key53 in data130){
const err339 = {instancePath:instancePath+"/rules/exec-root-user/options",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
else {
const err340 = {instancePath:instancePath+"/rules/exec-root-user/options",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
}
else {
const err341 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
var _valid26 = _errs419 === errors;
if(_valid26 && valid105){
valid105 = false;
passing26 = [passing26, 1];
}
else {
if(_valid26){
valid105 = true;
passing26 = 1;
}
}
if(!valid105){
const err342 = {instancePath:instancePath+"/rules/exec-root-user",schemaPath:"#/properties/rules/properties/exec-root-user/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
else {
errors = _errs416;
if(vErrors !== null){
if(_errs416){
vErrors.length = _errs416;
}
else {
vErrors = null;
}
}
}
}
if(data3["read-only-rootfs"] !== undefined){
let data131 = data3["read-only-rootfs"];
const _errs428 = errors;
let valid107 = false;
let passing27 = null;
const _errs429 = errors;
if(typeof data131 !== "string"){
const err343 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
if(!(((data131 === "deny") || (data131 === "warn")) || (data131 === "off"))){
const err344 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["read-only-rootfs"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
var _valid27 = _errs429 === errors;
if(_valid27){
valid107 = true;
passing27 = 0;
}
const _errs431 = errors;
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(data131.action === undefined){
const err345 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
for(const key54 in data131){
if(!((key54 === "action") || (key54 === "options"))){
const err346 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
if(data131.action !== undefined){
let data132 = data131.action;
if(typeof data132 !== "string"){
const err347 = {instancePath:instancePath+"/rules/read-only-rootfs/action",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
if(!(((data132 === "deny") || (data132 === "warn")) || (data132 === "off"))){
const err348 = {instancePath:instancePath+"/rules/read-only-rootfs/action",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["read-only-rootfs"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
if(data131.options !== undefined){
let data133 = data131.options;
if(data133 && typeof data133 == "object" && !Array.isArray(data133)){
for(const key55 in data133){
const err349 = {instancePath:instancePath+"/rules/read-only-rootfs/options",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
else {
const err350 = {instancePath:instancePath+"/rules/read-only-rootfs/options",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
}
else {
const err351 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
var _valid27 = _errs431 === errors;
if(_valid27 && valid107){
valid107 = false;
passing27 = [passing27, 1];
}
else {
if(_valid27){
valid107 = true;
passing27 = 1;
}
}
if(!valid107){
const err352 = {instancePath:instancePath+"/rules/read-only-rootfs",schemaPath:"#/properties/rules/properties/read-only-rootfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing27},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
else {
errors = _errs428;
if(vErrors !== null){
if(_errs428){
vErrors.length = _errs428;
}
else {
vErrors = null;
}
}
}
}
if(data3["pids-limit"] !== undefined){
let data134 = data3["pids-limit"];
const _errs440 = errors;
let valid109 = false;
let passing28 = null;
const _errs441 = errors;
if(typeof data134 !== "string"){
const err353 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
if(!(((data134 === "deny") || (data134 === "warn")) || (data134 === "off"))){
const err354 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["pids-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
var _valid28 = _errs441 === errors;
if(_valid28){
valid109 = true;
passing28 = 0;
}
const _errs443 = errors;
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
if(data134.action === undefined){
const err355 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
for(const key56 in data134){
if(!((key56 === "action") || (key56 === "options"))){
const err356 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
if(data134.action !== undefined){
let data135 = data134.action;
if(typeof data135 !== "string"){
const err357 = {instancePath:instancePath+"/rules/pids-limit/action",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
if(!(((data135 === "deny") || (data135 === "warn")) || (data135 === "off"))){
const err358 = {instancePath:instancePath+"/rules/pids-limit/action",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["pids-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
if(data134.options !== undefined){
let data136 = data134.options;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
for(const key57 in data136){
const err359 = {instancePath:instancePath+"/rules/pids-limit/options",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
else {
const err360 = {instancePath:instancePath+"/rules/pids-limit/options",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
}
else {
const err361 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
var _valid28 = _errs443 === errors;
if(_valid28 && valid109){
valid109 = false;
passing28 = [passing28, 1];
}
else {
if(_valid28){
valid109 = true;
passing28 = 1;
}
}
if(!valid109){
const err362 = {instancePath:instancePath+"/rules/pids-limit",schemaPath:"#/properties/rules/properties/pids-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing28},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
else {
errors = _errs440;
if(vErrors !== null){
if(_errs440){
vErrors.length = _errs440;
}
else {
vErrors = null;
}
}
}
}
if(data3["no-new-privileges"] !== undefined){
let data137 = data3["no-new-privileges"];
const _errs452 = errors;
let valid111 = false;
let passing29 = null;
const _errs453 = errors;
if(typeof data137 !== "string"){
const err363 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if(!(((data137 === "deny") || (data137 === "warn")) || (data137 === "off"))){
const err364 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["no-new-privileges"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
var _valid29 = _errs453 === errors;
if(_valid29){
valid111 = true;
passing29 = 0;
}
const _errs455 = errors;
if(data137 && typeof data137 == "object" && !Array.isArray(data137)){
if(data137.action === undefined){
const err365 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
for(const key58 in data137){
if(!((key58 === "action") || (key58 === "options"))){
const err366 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data137.action !== undefined){
let data138 = data137.action;
if(typeof data138 !== "string"){
const err367 = {instancePath:instancePath+"/rules/no-new-privileges/action",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
if(!(((data138 === "deny") || (data138 === "warn")) || (data138 === "off"))){
const err368 = {instancePath:instancePath+"/rules/no-new-privileges/action",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["no-new-privileges"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
if(data137.options !== undefined){
let data139 = data137.options;
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
for(const key59 in data139){
const err369 = {instancePath:instancePath+"/rules/no-new-privileges/options",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
else {
const err370 = {instancePath:instancePath+"/rules/no-new-privileges/options",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
}
else {
const err371 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
var _valid29 = _errs455 === errors;
if(_valid29 && valid111){
valid111 = false;
passing29 = [passing29, 1];
}
else {
if(_valid29){
valid111 = true;
passing29 = 1;
}
}
if(!valid111){
const err372 = {instancePath:instancePath+"/rules/no-new-privileges",schemaPath:"#/properties/rules/properties/no-new-privileges/oneOf",keyword:"oneOf",params:{passingSchemas: passing29},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
else {
errors = _errs452;
if(vErrors !== null){
if(_errs452){
vErrors.length = _errs452;
}
else {
vErrors = null;
}
}
}
}
if(data3["health-check"] !== undefined){
let data140 = data3["health-check"];
const _errs464 = errors;
let valid113 = false;
let passing30 = null;
const _errs465 = errors;
if(typeof data140 !== "string"){
const err373 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
if(!(((data140 === "deny") || (data140 === "warn")) || (data140 === "off"))){
const err374 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["health-check"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
var _valid30 = _errs465 === errors;
if(_valid30){
valid113 = true;
passing30 = 0;
}
const _errs467 = errors;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.action === undefined){
const err375 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
for(const key60 in data140){
if(!((key60 === "action") || (key60 === "options"))){
const err376 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data140.action !== undefined){
let data141 = data140.action;
if(typeof data141 !== "string"){
const err377 = {instancePath:instancePath+"/rules/health-check/action",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
if(!(((data141 === "deny") || (data141 === "warn")) || (data141 === "off"))){
const err378 = {instancePath:instancePath+"/rules/health-check/action",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["health-check"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
if(data140.options !== undefined){
let data142 = data140.options;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
for(const key61 in data142){
const err379 = {instancePath:instancePath+"/rules/health-check/options",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
else {
const err380 = {instancePath:instancePath+"/rules/health-check/options",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
}
else {
const err381 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
var _valid30 = _errs467 === errors;
if(_valid30 && valid113){
valid113 = false;
passing30 = [passing30, 1];
}
else {
if(_valid30){
valid113 = true;
passing30 = 1;
}
}
if(!valid113){
const err382 = {instancePath:instancePath+"/rules/health-check",schemaPath:"#/properties/rules/properties/health-check/oneOf",keyword:"oneOf",params:{passingSchemas: passing30},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
else {
errors = _errs464;
if(vErrors !== null){
if(_errs464){
vErrors.length = _errs464;
}
else {
vErrors = null;
}
}
}
}
if(data3["image-tag"] !== undefined){
let data143 = data3["image-tag"];
const _errs476 = errors;
let valid115 = false;
let passing31 = null;
const _errs477 = errors;
if(typeof data143 !== "string"){
const err383 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
if(!(((data143 === "deny") || (data143 === "warn")) || (data143 === "off"))){
const err384 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["image-tag"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
var _valid31 = _errs477 === errors;
if(_valid31){
valid115 = true;
passing31 = 0;
}
const _errs479 = errors;
if(data143 && typeof data143 == "object" && !Array.isArray(data143)){
if(data143.action === undefined){
const err385 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
for(const key62 in data143){
if(!((key62 === "action") || (key62 === "options"))){
const err386 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
if(data143.action !== undefined){
let data144 = data143.action;
if(typeof data144 !== "string"){
const err387 = {instancePath:instancePath+"/rules/image-tag/action",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
if(!(((data144 === "deny") || (data144 === "warn")) || (data144 === "off"))){
const err388 = {instancePath:instancePath+"/rules/image-tag/action",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["image-tag"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data143.options !== undefined){
let data145 = data143.options;
if(data145 && typeof data145 == "object" && !Array.isArray(data145)){
for(const key63 in data145){
if(!(key63 === "requireDigest")){
const err389 = {instancePath:instancePath+"/rules/image-tag/options",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data145.requireDigest !== undefined){
if(typeof data145.requireDigest !== "boolean"){
const err390 = {instancePath:instancePath+"/rules/image-tag/options/requireDigest",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
}
else {
const err391 = {instancePath:instancePath+"/rules/image-tag/options",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err392 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
var _valid31 = _errs479 === errors;
if(_valid31 && valid115){
valid115 = false;
passing31 = [passing31, 1];
}
else {
if(_valid31){
valid115 = true;
passing31 = 1;
}
}
if(!valid115){
const err393 = {instancePath:instancePath+"/rules/image-tag",schemaPath:"#/properties/rules/properties/image-tag/oneOf",keyword:"oneOf",params:{passingSchemas: passing31},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
else {
errors = _errs476;
if(vErrors !== null){
if(_errs476){
vErrors.length = _errs476;
}
else {
vErrors = null;
}
}
}
}
if(data3["privileged-ports"] !== undefined){
let data147 = data3["privileged-ports"];
const _errs490 = errors;
let valid118 = false;
let passing32 = null;
const _errs491 = errors;
if(typeof data147 !== "string"){
const err394 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
if(!(((data147 === "deny") || (data147 === "warn")) || (data147 === "off"))){
const err395 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["privileged-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
var _valid32 = _errs491 === errors;
if(_valid32){
valid118 = true;
passing32 = 0;
}
const _errs493 = errors;
if(data147 && typeof data147 == "object" && !Array.isArray(data147)){
if(data147.action === undefined){
const err396 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
for(const key64 in data147){
if(!((key64 === "action") || (key64 === "options"))){
const err397 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
if(data147.action !== undefined){
let data148 = data147.action;
if(typeof data148 !== "string"){
const err398 = {instancePath:instancePath+"/rules/privileged-ports/action",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
if(!(((data148 === "deny") || (data148 === "warn")) || (data148 === "off"))){
const err399 = {instancePath:instancePath+"/rules/privileged-ports/action",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["privileged-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data147.options !== undefined){
let data149 = data147.options;
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
for(const key65 in data149){
const err400 = {instancePath:instancePath+"/rules/privileged-ports/options",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"};
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
const err401 = {instancePath:instancePath+"/rules/privileged-ports/options",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err402 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
var _valid32 = _errs493 === errors;
if(_valid32 && valid118){
valid118 = false;
passing32 = [passing32, 1];
}
else {
if(_valid32){
valid118 = true;
passing32 = 1;
}
}
if(!valid118){
const err403 = {instancePath:instancePath+"/rules/privileged-ports",schemaPath:"#/properties/rules/properties/privileged-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing32},message:"must match exactly one schema in oneOf"};
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
if(data3["port-all-interfaces"] !== undefined){
let data150 = data3["port-all-interfaces"];
const _errs502 = errors;
let valid120 = false;
let passing33 = null;
const _errs503 = errors;
if(typeof data150 !== "string"){
const err404 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
if(!(((data150 === "deny") || (data150 === "warn")) || (data150 === "off"))){
const err405 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["port-all-interfaces"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
var _valid33 = _errs503 === errors;
if(_valid33){
valid120 = true;
passing33 = 0;
}
const _errs505 = errors;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
if(data150.action === undefined){
const err406 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
for(const key66 in data150){
if(!((key66 === "action") || (key66 === "options"))){
const err407 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
if(data150.action !== undefined){
let data151 = data150.action;
if(typeof data151 !== "string"){
const err408 = {instancePath:instancePath+"/rules/port-all-interfaces/action",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
if(!(((data151 === "deny") || (data151 === "warn")) || (data151 === "off"))){
const err409 = {instancePath:instancePath+"/rules/port-all-interfaces/action",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["port-all-interfaces"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data150.options !== undefined){
let data152 = data150.options;
if(data152 && typeof data152 == "object" && !Array.isArray(data152)){
for(const key67 in data152){
const err410 = {instancePath:instancePath+"/rules/port-all-interfaces/options",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
else {
const err411 = {instancePath:instancePath+"/rules/port-all-interfaces/options",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err412 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
var _valid33 = _errs505 === errors;
if(_valid33 && valid120){
valid120 = false;
passing33 = [passing33, 1];
}
else {
if(_valid33){
valid120 = true;
passing33 = 1;
}
}
if(!valid120){
const err413 = {instancePath:instancePath+"/rules/port-all-interfaces",schemaPath:"#/properties/rules/properties/port-all-interfaces/oneOf",keyword:"oneOf",params:{passingSchemas: passing33},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
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
if(data3["publish-all-ports"] !== undefined){
let data153 = data3["publish-all-ports"];
const _errs514 = errors;
let valid122 = false;
let passing34 = null;
const _errs515 = errors;
if(typeof data153 !== "string"){
const err414 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
if(!(((data153 === "deny") || (data153 === "warn")) || (data153 === "off"))){
const err415 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["publish-all-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
var _valid34 = _errs515 === errors;
if(_valid34){
valid122 = true;
passing34 = 0;
}
const _errs517 = errors;
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
if(data153.action === undefined){
const err416 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
for(const key68 in data153){
if(!((key68 === "action") || (key68 === "options"))){
const err417 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
if(data153.action !== undefined){
let data154 = data153.action;
if(typeof data154 !== "string"){
const err418 = {instancePath:instancePath+"/rules/publish-all-ports/action",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
if(!(((data154 === "deny") || (data154 === "warn")) || (data154 === "off"))){
const err419 = {instancePath:instancePath+"/rules/publish-all-ports/action",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["publish-all-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data153.options !== undefined){
let data155 = data153.options;
if(data155 && typeof data155 == "object" && !Array.isArray(data155)){
for(const key69 in data155){
const err420 = {instancePath:instancePath+"/rules/publish-all-ports/options",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
else {
const err421 = {instancePath:instancePath+"/rules/publish-all-ports/options",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
}
else {
const err422 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
var _valid34 = _errs517 === errors;
if(_valid34 && valid122){
valid122 = false;
passing34 = [passing34, 1];
}
else {
if(_valid34){
valid122 = true;
passing34 = 1;
}
}
if(!valid122){
const err423 = {instancePath:instancePath+"/rules/publish-all-ports",schemaPath:"#/properties/rules/properties/publish-all-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing34},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
else {
errors = _errs514;
if(vErrors !== null){
if(_errs514){
vErrors.length = _errs514;
}
else {
vErrors = null;
}
}
}
}
if(data3["cpu-limit"] !== undefined){
let data156 = data3["cpu-limit"];
const _errs526 = errors;
let valid124 = false;
let passing35 = null;
const _errs527 = errors;
if(typeof data156 !== "string"){
const err424 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
if(!(((data156 === "deny") || (data156 === "warn")) || (data156 === "off"))){
const err425 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cpu-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
var _valid35 = _errs527 === errors;
if(_valid35){
valid124 = true;
passing35 = 0;
}
const _errs529 = errors;
if(data156 && typeof data156 == "object" && !Array.isArray(data156)){
if(data156.action === undefined){
const err426 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
for(const key70 in data156){
if(!((key70 === "action") || (key70 === "options"))){
const err427 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
}
if(data156.action !== undefined){
let data157 = data156.action;
if(typeof data157 !== "string"){
const err428 = {instancePath:instancePath+"/rules/cpu-limit/action",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
if(!(((data157 === "deny") || (data157 === "warn")) || (data157 === "off"))){
const err429 = {instancePath:instancePath+"/rules/cpu-limit/action",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cpu-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
if(data156.options !== undefined){
let data158 = data156.options;
if(data158 && typeof data158 == "object" && !Array.isArray(data158)){
for(const key71 in data158){
const err430 = {instancePath:instancePath+"/rules/cpu-limit/options",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
else {
const err431 = {instancePath:instancePath+"/rules/cpu-limit/options",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
}
else {
const err432 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
var _valid35 = _errs529 === errors;
if(_valid35 && valid124){
valid124 = false;
passing35 = [passing35, 1];
}
else {
if(_valid35){
valid124 = true;
passing35 = 1;
}
}
if(!valid124){
const err433 = {instancePath:instancePath+"/rules/cpu-limit",schemaPath:"#/properties/rules/properties/cpu-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing35},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
else {
errors = _errs526;
if(vErrors !== null){
if(_errs526){
vErrors.length = _errs526;
}
else {
vErrors = null;
}
}
}
}
if(data3.ulimits !== undefined){
let data159 = data3.ulimits;
const _errs538 = errors;
let valid126 = false;
let passing36 = null;
const _errs539 = errors;
if(typeof data159 !== "string"){
const err434 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
if(!(((data159 === "deny") || (data159 === "warn")) || (data159 === "off"))){
const err435 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.ulimits.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
var _valid36 = _errs539 === errors;
if(_valid36){
valid126 = true;
passing36 = 0;
}
const _errs541 = errors;
if(data159 && typeof data159 == "object" && !Array.isArray(data159)){
if(data159.action === undefined){
const err436 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
for(const key72 in data159){
if(!((key72 === "action") || (key72 === "options"))){
const err437 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
if(data159.action !== undefined){
let data160 = data159.action;
if(typeof data160 !== "string"){
const err438 = {instancePath:instancePath+"/rules/ulimits/action",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
if(!(((data160 === "deny") || (data160 === "warn")) || (data160 === "off"))){
const err439 = {instancePath:instancePath+"/rules/ulimits/action",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.ulimits.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
if(data159.options !== undefined){
let data161 = data159.options;
if(data161 && typeof data161 == "object" && !Array.isArray(data161)){
for(const key73 in data161){
if(!(key73 === "allowed")){
const err440 = {instancePath:instancePath+"/rules/ulimits/options",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
if(data161.allowed !== undefined){
let data162 = data161.allowed;
if(Array.isArray(data162)){
const len18 = data162.length;
for(let i19=0; i19<len18; i19++){
let data163 = data162[i19];
if(typeof data163 === "string"){
if(func3(data163) < 1){
const err441 = {instancePath:instancePath+"/rules/ulimits/options/allowed/" + i19,schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err442 = {instancePath:instancePath+"/rules/ulimits/options/allowed/" + i19,schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err443 = {instancePath:instancePath+"/rules/ulimits/options/allowed",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err444 = {instancePath:instancePath+"/rules/ulimits/options",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
}
else {
const err445 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
var _valid36 = _errs541 === errors;
if(_valid36 && valid126){
valid126 = false;
passing36 = [passing36, 1];
}
else {
if(_valid36){
valid126 = true;
passing36 = 1;
}
}
if(!valid126){
const err446 = {instancePath:instancePath+"/rules/ulimits",schemaPath:"#/properties/rules/properties/ulimits/oneOf",keyword:"oneOf",params:{passingSchemas: passing36},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
else {
errors = _errs538;
if(vErrors !== null){
if(_errs538){
vErrors.length = _errs538;
}
else {
vErrors = null;
}
}
}
}
if(data3["default-bridge"] !== undefined){
let data164 = data3["default-bridge"];
const _errs554 = errors;
let valid131 = false;
let passing37 = null;
const _errs555 = errors;
if(typeof data164 !== "string"){
const err447 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
if(!(((data164 === "deny") || (data164 === "warn")) || (data164 === "off"))){
const err448 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["default-bridge"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
var _valid37 = _errs555 === errors;
if(_valid37){
valid131 = true;
passing37 = 0;
}
const _errs557 = errors;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
if(data164.action === undefined){
const err449 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
for(const key74 in data164){
if(!((key74 === "action") || (key74 === "options"))){
const err450 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
if(data164.action !== undefined){
let data165 = data164.action;
if(typeof data165 !== "string"){
const err451 = {instancePath:instancePath+"/rules/default-bridge/action",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
if(!(((data165 === "deny") || (data165 === "warn")) || (data165 === "off"))){
const err452 = {instancePath:instancePath+"/rules/default-bridge/action",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["default-bridge"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
if(data164.options !== undefined){
let data166 = data164.options;
if(data166 && typeof data166 == "object" && !Array.isArray(data166)){
for(const key75 in data166){
const err453 = {instancePath:instancePath+"/rules/default-bridge/options",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
else {
const err454 = {instancePath:instancePath+"/rules/default-bridge/options",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
}
else {
const err455 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
var _valid37 = _errs557 === errors;
if(_valid37 && valid131){
valid131 = false;
passing37 = [passing37, 1];
}
else {
if(_valid37){
valid131 = true;
passing37 = 1;
}
}
if(!valid131){
const err456 = {instancePath:instancePath+"/rules/default-bridge",schemaPath:"#/properties/rules/properties/default-bridge/oneOf",keyword:"oneOf",params:{passingSchemas: passing37},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
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
if(data3.sysctls !== undefined){
let data167 = data3.sysctls;
const _errs566 = errors;
let valid133 = false;
let passing38 = null;
const _errs567 = errors;
if(typeof data167 !== "string"){
const err457 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
if(!(((data167 === "deny") || (data167 === "warn")) || (data167 === "off"))){
const err458 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sysctls.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
var _valid38 = _errs567 === errors;
if(_valid38){
valid133 = true;
passing38 = 0;
}
const _errs569 = errors;
if(data167 && typeof data167 == "object" && !Array.isArray(data167)){
if(data167.action === undefined){
const err459 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
for(const key76 in data167){
if(!((key76 === "action") || (key76 === "options"))){
const err460 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
if(data167.action !== undefined){
let data168 = data167.action;
if(typeof data168 !== "string"){
const err461 = {instancePath:instancePath+"/rules/sysctls/action",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
if(!(((data168 === "deny") || (data168 === "warn")) || (data168 === "off"))){
const err462 = {instancePath:instancePath+"/rules/sysctls/action",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sysctls.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
if(data167.options !== undefined){
let data169 = data167.options;
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
for(const key77 in data169){
if(!(key77 === "allowed")){
const err463 = {instancePath:instancePath+"/rules/sysctls/options",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
if(data169.allowed !== undefined){
let data170 = data169.allowed;
if(Array.isArray(data170)){
const len19 = data170.length;
for(let i20=0; i20<len19; i20++){
let data171 = data170[i20];
if(typeof data171 === "string"){
if(func3(data171) < 1){
const err464 = {instancePath:instancePath+"/rules/sysctls/options/allowed/" + i20,schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
else {
const err465 = {instancePath:instancePath+"/rules/sysctls/options/allowed/" + i20,schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err466 = {instancePath:instancePath+"/rules/sysctls/options/allowed",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err467 = {instancePath:instancePath+"/rules/sysctls/options",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
}
else {
const err468 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
var _valid38 = _errs569 === errors;
if(_valid38 && valid133){
valid133 = false;
passing38 = [passing38, 1];
}
else {
if(_valid38){
valid133 = true;
passing38 = 1;
}
}
if(!valid133){
const err469 = {instancePath:instancePath+"/rules/sysctls",schemaPath:"#/properties/rules/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing38},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
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
if(data3.sshd !== undefined){
let data172 = data3.sshd;
const _errs582 = errors;
let valid138 = false;
let passing39 = null;
const _errs583 = errors;
if(typeof data172 !== "string"){
const err470 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
if(!(((data172 === "deny") || (data172 === "warn")) || (data172 === "off"))){
const err471 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sshd.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
var _valid39 = _errs583 === errors;
if(_valid39){
valid138 = true;
passing39 = 0;
}
const _errs585 = errors;
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.action === undefined){
const err472 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
for(const key78 in data172){
if(!((key78 === "action") || (key78 === "options"))){
const err473 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
if(data172.action !== undefined){
let data173 = data172.action;
if(typeof data173 !== "string"){
const err474 = {instancePath:instancePath+"/rules/sshd/action",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
if(!(((data173 === "deny") || (data173 === "warn")) || (data173 === "off"))){
const err475 = {instancePath:instancePath+"/rules/sshd/action",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties.sshd.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data172.options !== undefined){
let data174 = data172.options;
if(data174 && typeof data174 == "object" && !Array.isArray(data174)){
for(const key79 in data174){
const err476 = {instancePath:instancePath+"/rules/sshd/options",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
else {
const err477 = {instancePath:instancePath+"/rules/sshd/options",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
}
else {
const err478 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
var _valid39 = _errs585 === errors;
if(_valid39 && valid138){
valid138 = false;
passing39 = [passing39, 1];
}
else {
if(_valid39){
valid138 = true;
passing39 = 1;
}
}
if(!valid138){
const err479 = {instancePath:instancePath+"/rules/sshd",schemaPath:"#/properties/rules/properties/sshd/oneOf",keyword:"oneOf",params:{passingSchemas: passing39},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
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
if(data3["cgroup-parent"] !== undefined){
let data175 = data3["cgroup-parent"];
const _errs594 = errors;
let valid140 = false;
let passing40 = null;
const _errs595 = errors;
if(typeof data175 !== "string"){
const err480 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
if(!(((data175 === "deny") || (data175 === "warn")) || (data175 === "off"))){
const err481 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cgroup-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
var _valid40 = _errs595 === errors;
if(_valid40){
valid140 = true;
passing40 = 0;
}
const _errs597 = errors;
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
if(data175.action === undefined){
const err482 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
for(const key80 in data175){
if(!((key80 === "action") || (key80 === "options"))){
const err483 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
if(data175.action !== undefined){
let data176 = data175.action;
if(typeof data176 !== "string"){
const err484 = {instancePath:instancePath+"/rules/cgroup-parent/action",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
if(!(((data176 === "deny") || (data176 === "warn")) || (data176 === "off"))){
const err485 = {instancePath:instancePath+"/rules/cgroup-parent/action",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.rules.properties["cgroup-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
if(data175.options !== undefined){
let data177 = data175.options;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
for(const key81 in data177){
if(!(key81 === "allowed")){
const err486 = {instancePath:instancePath+"/rules/cgroup-parent/options",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
if(data177.allowed !== undefined){
let data178 = data177.allowed;
if(Array.isArray(data178)){
const len20 = data178.length;
for(let i21=0; i21<len20; i21++){
let data179 = data178[i21];
if(typeof data179 === "string"){
if(func3(data179) < 1){
const err487 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed/" + i21,schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
else {
const err488 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed/" + i21,schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err489 = {instancePath:instancePath+"/rules/cgroup-parent/options/allowed",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err490 = {instancePath:instancePath+"/rules/cgroup-parent/options",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
}
else {
const err491 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
var _valid40 = _errs597 === errors;
if(_valid40 && valid140){
valid140 = false;
passing40 = [passing40, 1];
}
else {
if(_valid40){
valid140 = true;
passing40 = 1;
}
}
if(!valid140){
const err492 = {instancePath:instancePath+"/rules/cgroup-parent",schemaPath:"#/properties/rules/properties/cgroup-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing40},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
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
}
else {
const err493 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
if(data.profiles !== undefined){
let data180 = data.profiles;
if(Array.isArray(data180)){
const len21 = data180.length;
for(let i22=0; i22<len21; i22++){
let data181 = data180[i22];
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
if(data181.id === undefined){
const err494 = {instancePath:instancePath+"/profiles/" + i22,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
if(data181.users === undefined){
const err495 = {instancePath:instancePath+"/profiles/" + i22,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
if(data181.rules === undefined){
const err496 = {instancePath:instancePath+"/profiles/" + i22,schemaPath:"#/properties/profiles/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
for(const key82 in data181){
if(!((((key82 === "id") || (key82 === "description")) || (key82 === "users")) || (key82 === "rules"))){
const err497 = {instancePath:instancePath+"/profiles/" + i22,schemaPath:"#/properties/profiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key82},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
if(data181.id !== undefined){
let data182 = data181.id;
if(typeof data182 === "string"){
if(!pattern7.test(data182)){
const err498 = {instancePath:instancePath+"/profiles/" + i22+"/id",schemaPath:"#/properties/profiles/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};
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
const err499 = {instancePath:instancePath+"/profiles/" + i22+"/id",schemaPath:"#/properties/profiles/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
if(data181.description !== undefined){
if(typeof data181.description !== "string"){
const err500 = {instancePath:instancePath+"/profiles/" + i22+"/description",schemaPath:"#/properties/profiles/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
}
if(data181.users !== undefined){
let data184 = data181.users;
if(Array.isArray(data184)){
if(data184.length < 1){
const err501 = {instancePath:instancePath+"/profiles/" + i22+"/users",schemaPath:"#/properties/profiles/items/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
const len22 = data184.length;
for(let i23=0; i23<len22; i23++){
let data185 = data184[i23];
if(typeof data185 === "string"){
if(func3(data185) < 1){
const err502 = {instancePath:instancePath+"/profiles/" + i22+"/users/" + i23,schemaPath:"#/properties/profiles/items/properties/users/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
}
else {
const err503 = {instancePath:instancePath+"/profiles/" + i22+"/users/" + i23,schemaPath:"#/properties/profiles/items/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
}
}
else {
const err504 = {instancePath:instancePath+"/profiles/" + i22+"/users",schemaPath:"#/properties/profiles/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
if(data181.rules !== undefined){
let data186 = data181.rules;
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
for(const key83 in data186){
if(!((func2.call(schema11.properties.profiles.items.properties.rules.properties, key83)) || (pattern8.test(key83)))){
const err505 = {instancePath:instancePath+"/profiles/" + i22+"/rules",schemaPath:"#/properties/profiles/items/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
if(data186.privileged !== undefined){
let data187 = data186.privileged;
const _errs626 = errors;
let valid151 = false;
let passing41 = null;
const _errs627 = errors;
if(typeof data187 !== "string"){
const err506 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
if(!(((data187 === "deny") || (data187 === "warn")) || (data187 === "off"))){
const err507 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.privileged.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
var _valid41 = _errs627 === errors;
if(_valid41){
valid151 = true;
passing41 = 0;
}
const _errs629 = errors;
if(data187 && typeof data187 == "object" && !Array.isArray(data187)){
if(data187.action === undefined){
const err508 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
for(const key84 in data187){
if(!((key84 === "action") || (key84 === "options"))){
const err509 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key84},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
if(data187.action !== undefined){
let data188 = data187.action;
if(typeof data188 !== "string"){
const err510 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
if(!(((data188 === "deny") || (data188 === "warn")) || (data188 === "off"))){
const err511 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.privileged.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
}
if(data187.options !== undefined){
let data189 = data187.options;
if(data189 && typeof data189 == "object" && !Array.isArray(data189)){
for(const key85 in data189){
const err512 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key85},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
}
else {
const err513 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
}
}
else {
const err514 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
var _valid41 = _errs629 === errors;
if(_valid41 && valid151){
valid151 = false;
passing41 = [passing41, 1];
}
else {
if(_valid41){
valid151 = true;
passing41 = 1;
}
}
if(!valid151){
const err515 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged/oneOf",keyword:"oneOf",params:{passingSchemas: passing41},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
else {
errors = _errs626;
if(vErrors !== null){
if(_errs626){
vErrors.length = _errs626;
}
else {
vErrors = null;
}
}
}
}
if(data186["host-network"] !== undefined){
let data190 = data186["host-network"];
const _errs638 = errors;
let valid153 = false;
let passing42 = null;
const _errs639 = errors;
if(typeof data190 !== "string"){
const err516 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
if(!(((data190 === "deny") || (data190 === "warn")) || (data190 === "off"))){
const err517 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-network"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
var _valid42 = _errs639 === errors;
if(_valid42){
valid153 = true;
passing42 = 0;
}
const _errs641 = errors;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
if(data190.action === undefined){
const err518 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
for(const key86 in data190){
if(!((key86 === "action") || (key86 === "options"))){
const err519 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
}
if(data190.action !== undefined){
let data191 = data190.action;
if(typeof data191 !== "string"){
const err520 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
if(!(((data191 === "deny") || (data191 === "warn")) || (data191 === "off"))){
const err521 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-network"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
if(data190.options !== undefined){
let data192 = data190.options;
if(data192 && typeof data192 == "object" && !Array.isArray(data192)){
for(const key87 in data192){
if(!((key87 === "allowContainerMode") || (key87 === "hostNetworkIds"))){
const err522 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key87},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
}
if(data192.allowContainerMode !== undefined){
if(typeof data192.allowContainerMode !== "boolean"){
const err523 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
}
if(data192.hostNetworkIds !== undefined){
let data194 = data192.hostNetworkIds;
if(Array.isArray(data194)){
const len23 = data194.length;
for(let i24=0; i24<len23; i24++){
let data195 = data194[i24];
if(typeof data195 === "string"){
if(!pattern0.test(data195)){
const err524 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network/options/hostNetworkIds/" + i24,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-z]+$"},message:"must match pattern \""+"^[0-9a-z]+$"+"\""};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
}
else {
const err525 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network/options/hostNetworkIds/" + i24,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
}
else {
const err526 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network/options/hostNetworkIds",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/properties/hostNetworkIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
}
}
else {
const err527 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
}
}
else {
const err528 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
var _valid42 = _errs641 === errors;
if(_valid42 && valid153){
valid153 = false;
passing42 = [passing42, 1];
}
else {
if(_valid42){
valid153 = true;
passing42 = 1;
}
}
if(!valid153){
const err529 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-network",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-network/oneOf",keyword:"oneOf",params:{passingSchemas: passing42},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
else {
errors = _errs638;
if(vErrors !== null){
if(_errs638){
vErrors.length = _errs638;
}
else {
vErrors = null;
}
}
}
}
if(data186["seccomp-unconfined"] !== undefined){
let data196 = data186["seccomp-unconfined"];
const _errs656 = errors;
let valid158 = false;
let passing43 = null;
const _errs657 = errors;
if(typeof data196 !== "string"){
const err530 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
if(!(((data196 === "deny") || (data196 === "warn")) || (data196 === "off"))){
const err531 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["seccomp-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
var _valid43 = _errs657 === errors;
if(_valid43){
valid158 = true;
passing43 = 0;
}
const _errs659 = errors;
if(data196 && typeof data196 == "object" && !Array.isArray(data196)){
if(data196.action === undefined){
const err532 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
for(const key88 in data196){
if(!((key88 === "action") || (key88 === "options"))){
const err533 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key88},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
if(data196.action !== undefined){
let data197 = data196.action;
if(typeof data197 !== "string"){
const err534 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
if(!(((data197 === "deny") || (data197 === "warn")) || (data197 === "off"))){
const err535 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["seccomp-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
if(data196.options !== undefined){
let data198 = data196.options;
if(data198 && typeof data198 == "object" && !Array.isArray(data198)){
for(const key89 in data198){
if(!(key89 === "denyAllowByDefault")){
const err536 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key89},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
}
if(data198.denyAllowByDefault !== undefined){
if(typeof data198.denyAllowByDefault !== "boolean"){
const err537 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined/options/denyAllowByDefault",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/properties/denyAllowByDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
}
else {
const err538 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
}
}
else {
const err539 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
var _valid43 = _errs659 === errors;
if(_valid43 && valid158){
valid158 = false;
passing43 = [passing43, 1];
}
else {
if(_valid43){
valid158 = true;
passing43 = 1;
}
}
if(!valid158){
const err540 = {instancePath:instancePath+"/profiles/" + i22+"/rules/seccomp-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/seccomp-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing43},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
else {
errors = _errs656;
if(vErrors !== null){
if(_errs656){
vErrors.length = _errs656;
}
else {
vErrors = null;
}
}
}
}
if(data186["apparmor-unconfined"] !== undefined){
let data200 = data186["apparmor-unconfined"];
const _errs670 = errors;
let valid161 = false;
let passing44 = null;
const _errs671 = errors;
if(typeof data200 !== "string"){
const err541 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
if(!(((data200 === "deny") || (data200 === "warn")) || (data200 === "off"))){
const err542 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["apparmor-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
var _valid44 = _errs671 === errors;
if(_valid44){
valid161 = true;
passing44 = 0;
}
const _errs673 = errors;
if(data200 && typeof data200 == "object" && !Array.isArray(data200)){
if(data200.action === undefined){
const err543 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
for(const key90 in data200){
if(!((key90 === "action") || (key90 === "options"))){
const err544 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key90},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
if(data200.action !== undefined){
let data201 = data200.action;
if(typeof data201 !== "string"){
const err545 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
if(!(((data201 === "deny") || (data201 === "warn")) || (data201 === "off"))){
const err546 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["apparmor-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
}
if(data200.options !== undefined){
let data202 = data200.options;
if(data202 && typeof data202 == "object" && !Array.isArray(data202)){
for(const key91 in data202){
const err547 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key91},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
else {
const err548 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
}
}
else {
const err549 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
var _valid44 = _errs673 === errors;
if(_valid44 && valid161){
valid161 = false;
passing44 = [passing44, 1];
}
else {
if(_valid44){
valid161 = true;
passing44 = 1;
}
}
if(!valid161){
const err550 = {instancePath:instancePath+"/profiles/" + i22+"/rules/apparmor-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/apparmor-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing44},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
else {
errors = _errs670;
if(vErrors !== null){
if(_errs670){
vErrors.length = _errs670;
}
else {
vErrors = null;
}
}
}
}
if(data186["memory-limit"] !== undefined){
let data203 = data186["memory-limit"];
const _errs682 = errors;
let valid163 = false;
let passing45 = null;
const _errs683 = errors;
if(typeof data203 !== "string"){
const err551 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
if(!(((data203 === "deny") || (data203 === "warn")) || (data203 === "off"))){
const err552 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["memory-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
var _valid45 = _errs683 === errors;
if(_valid45){
valid163 = true;
passing45 = 0;
}
const _errs685 = errors;
if(data203 && typeof data203 == "object" && !Array.isArray(data203)){
if(data203.action === undefined){
const err553 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
for(const key92 in data203){
if(!((key92 === "action") || (key92 === "options"))){
const err554 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key92},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
if(data203.action !== undefined){
let data204 = data203.action;
if(typeof data204 !== "string"){
const err555 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
if(!(((data204 === "deny") || (data204 === "warn")) || (data204 === "off"))){
const err556 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["memory-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
}
if(data203.options !== undefined){
let data205 = data203.options;
if(data205 && typeof data205 == "object" && !Array.isArray(data205)){
for(const key93 in data205){
if(!(key93 === "max")){
const err557 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key93},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
}
if(data205.max !== undefined){
let data206 = data205.max;
const _errs694 = errors;
let valid166 = false;
let passing46 = null;
const _errs695 = errors;
if(data206 !== null){
const err558 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
var _valid46 = _errs695 === errors;
if(_valid46){
valid166 = true;
passing46 = 0;
}
const _errs697 = errors;
if(!(((typeof data206 == "number") && (!(data206 % 1) && !isNaN(data206))) && (isFinite(data206)))){
const err559 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
if((typeof data206 == "number") && (isFinite(data206))){
if(data206 < 1 || isNaN(data206)){
const err560 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
var _valid46 = _errs697 === errors;
if(_valid46 && valid166){
valid166 = false;
passing46 = [passing46, 1];
}
else {
if(_valid46){
valid166 = true;
passing46 = 1;
}
const _errs699 = errors;
if(typeof data206 === "string"){
if(!pattern1.test(data206)){
const err561 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$"+"\""};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
}
else {
const err562 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf/2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
var _valid46 = _errs699 === errors;
if(_valid46 && valid166){
valid166 = false;
passing46 = [passing46, 2];
}
else {
if(_valid46){
valid166 = true;
passing46 = 2;
}
}
}
if(!valid166){
const err563 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/options/max",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/properties/max/oneOf",keyword:"oneOf",params:{passingSchemas: passing46},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
else {
errors = _errs694;
if(vErrors !== null){
if(_errs694){
vErrors.length = _errs694;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err564 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
}
else {
const err565 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
var _valid45 = _errs685 === errors;
if(_valid45 && valid163){
valid163 = false;
passing45 = [passing45, 1];
}
else {
if(_valid45){
valid163 = true;
passing45 = 1;
}
}
if(!valid163){
const err566 = {instancePath:instancePath+"/profiles/" + i22+"/rules/memory-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/memory-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing45},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
else {
errors = _errs682;
if(vErrors !== null){
if(_errs682){
vErrors.length = _errs682;
}
else {
vErrors = null;
}
}
}
}
if(data186["restart-policy"] !== undefined){
let data207 = data186["restart-policy"];
const _errs702 = errors;
let valid167 = false;
let passing47 = null;
const _errs703 = errors;
if(typeof data207 !== "string"){
const err567 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
if(!(((data207 === "deny") || (data207 === "warn")) || (data207 === "off"))){
const err568 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["restart-policy"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
var _valid47 = _errs703 === errors;
if(_valid47){
valid167 = true;
passing47 = 0;
}
const _errs705 = errors;
if(data207 && typeof data207 == "object" && !Array.isArray(data207)){
if(data207.action === undefined){
const err569 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
for(const key94 in data207){
if(!((key94 === "action") || (key94 === "options"))){
const err570 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key94},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
if(data207.action !== undefined){
let data208 = data207.action;
if(typeof data208 !== "string"){
const err571 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
if(!(((data208 === "deny") || (data208 === "warn")) || (data208 === "off"))){
const err572 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["restart-policy"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
}
if(data207.options !== undefined){
let data209 = data207.options;
if(data209 && typeof data209 == "object" && !Array.isArray(data209)){
for(const key95 in data209){
if(!((key95 === "maxRetries") || (key95 === "denySwarmDefault"))){
const err573 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key95},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
}
if(data209.maxRetries !== undefined){
let data210 = data209.maxRetries;
if(!(((typeof data210 == "number") && (!(data210 % 1) && !isNaN(data210))) && (isFinite(data210)))){
const err574 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
if((typeof data210 == "number") && (isFinite(data210))){
if(data210 > 1000 || isNaN(data210)){
const err575 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
if(data210 < 1 || isNaN(data210)){
const err576 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy/options/maxRetries",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/maxRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
}
}
if(data209.denySwarmDefault !== undefined){
if(typeof data209.denySwarmDefault !== "boolean"){
const err577 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy/options/denySwarmDefault",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/properties/denySwarmDefault/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
}
else {
const err578 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
}
else {
const err579 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
var _valid47 = _errs705 === errors;
if(_valid47 && valid167){
valid167 = false;
passing47 = [passing47, 1];
}
else {
if(_valid47){
valid167 = true;
passing47 = 1;
}
}
if(!valid167){
const err580 = {instancePath:instancePath+"/profiles/" + i22+"/rules/restart-policy",schemaPath:"#/properties/profiles/items/properties/rules/properties/restart-policy/oneOf",keyword:"oneOf",params:{passingSchemas: passing47},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
else {
errors = _errs702;
if(vErrors !== null){
if(_errs702){
vErrors.length = _errs702;
}
else {
vErrors = null;
}
}
}
}
if(data186["host-pid"] !== undefined){
let data212 = data186["host-pid"];
const _errs718 = errors;
let valid170 = false;
let passing48 = null;
const _errs719 = errors;
if(typeof data212 !== "string"){
const err581 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
if(!(((data212 === "deny") || (data212 === "warn")) || (data212 === "off"))){
const err582 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-pid"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
var _valid48 = _errs719 === errors;
if(_valid48){
valid170 = true;
passing48 = 0;
}
const _errs721 = errors;
if(data212 && typeof data212 == "object" && !Array.isArray(data212)){
if(data212.action === undefined){
const err583 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
for(const key96 in data212){
if(!((key96 === "action") || (key96 === "options"))){
const err584 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key96},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
}
if(data212.action !== undefined){
let data213 = data212.action;
if(typeof data213 !== "string"){
const err585 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
if(!(((data213 === "deny") || (data213 === "warn")) || (data213 === "off"))){
const err586 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-pid"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
}
if(data212.options !== undefined){
let data214 = data212.options;
if(data214 && typeof data214 == "object" && !Array.isArray(data214)){
for(const key97 in data214){
if(!(key97 === "allowContainerMode")){
const err587 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key97},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
}
if(data214.allowContainerMode !== undefined){
if(typeof data214.allowContainerMode !== "boolean"){
const err588 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
}
}
else {
const err589 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
}
}
else {
const err590 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
var _valid48 = _errs721 === errors;
if(_valid48 && valid170){
valid170 = false;
passing48 = [passing48, 1];
}
else {
if(_valid48){
valid170 = true;
passing48 = 1;
}
}
if(!valid170){
const err591 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-pid",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-pid/oneOf",keyword:"oneOf",params:{passingSchemas: passing48},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
else {
errors = _errs718;
if(vErrors !== null){
if(_errs718){
vErrors.length = _errs718;
}
else {
vErrors = null;
}
}
}
}
if(data186["host-ipc"] !== undefined){
let data216 = data186["host-ipc"];
const _errs732 = errors;
let valid173 = false;
let passing49 = null;
const _errs733 = errors;
if(typeof data216 !== "string"){
const err592 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
if(!(((data216 === "deny") || (data216 === "warn")) || (data216 === "off"))){
const err593 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-ipc"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
var _valid49 = _errs733 === errors;
if(_valid49){
valid173 = true;
passing49 = 0;
}
const _errs735 = errors;
if(data216 && typeof data216 == "object" && !Array.isArray(data216)){
if(data216.action === undefined){
const err594 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
for(const key98 in data216){
if(!((key98 === "action") || (key98 === "options"))){
const err595 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key98},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
}
if(data216.action !== undefined){
let data217 = data216.action;
if(typeof data217 !== "string"){
const err596 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
if(!(((data217 === "deny") || (data217 === "warn")) || (data217 === "off"))){
const err597 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-ipc"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
if(data216.options !== undefined){
let data218 = data216.options;
if(data218 && typeof data218 == "object" && !Array.isArray(data218)){
for(const key99 in data218){
if(!(key99 === "allowContainerMode")){
const err598 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key99},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
}
if(data218.allowContainerMode !== undefined){
if(typeof data218.allowContainerMode !== "boolean"){
const err599 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc/options/allowContainerMode",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/properties/allowContainerMode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
}
}
else {
const err600 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
}
}
else {
const err601 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
var _valid49 = _errs735 === errors;
if(_valid49 && valid173){
valid173 = false;
passing49 = [passing49, 1];
}
else {
if(_valid49){
valid173 = true;
passing49 = 1;
}
}
if(!valid173){
const err602 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-ipc",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-ipc/oneOf",keyword:"oneOf",params:{passingSchemas: passing49},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
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
if(data186["host-uts"] !== undefined){
let data220 = data186["host-uts"];
const _errs746 = errors;
let valid176 = false;
let passing50 = null;
const _errs747 = errors;
if(typeof data220 !== "string"){
const err603 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
if(!(((data220 === "deny") || (data220 === "warn")) || (data220 === "off"))){
const err604 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-uts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
var _valid50 = _errs747 === errors;
if(_valid50){
valid176 = true;
passing50 = 0;
}
const _errs749 = errors;
if(data220 && typeof data220 == "object" && !Array.isArray(data220)){
if(data220.action === undefined){
const err605 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
for(const key100 in data220){
if(!((key100 === "action") || (key100 === "options"))){
const err606 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key100},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
}
if(data220.action !== undefined){
let data221 = data220.action;
if(typeof data221 !== "string"){
const err607 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
if(!(((data221 === "deny") || (data221 === "warn")) || (data221 === "off"))){
const err608 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-uts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
}
if(data220.options !== undefined){
let data222 = data220.options;
if(data222 && typeof data222 == "object" && !Array.isArray(data222)){
for(const key101 in data222){
const err609 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key101},message:"must NOT have additional properties"};
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
const err610 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err611 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
var _valid50 = _errs749 === errors;
if(_valid50 && valid176){
valid176 = false;
passing50 = [passing50, 1];
}
else {
if(_valid50){
valid176 = true;
passing50 = 1;
}
}
if(!valid176){
const err612 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-uts",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-uts/oneOf",keyword:"oneOf",params:{passingSchemas: passing50},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
else {
errors = _errs746;
if(vErrors !== null){
if(_errs746){
vErrors.length = _errs746;
}
else {
vErrors = null;
}
}
}
}
if(data186["host-userns"] !== undefined){
let data223 = data186["host-userns"];
const _errs758 = errors;
let valid178 = false;
let passing51 = null;
const _errs759 = errors;
if(typeof data223 !== "string"){
const err613 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
if(!(((data223 === "deny") || (data223 === "warn")) || (data223 === "off"))){
const err614 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-userns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
var _valid51 = _errs759 === errors;
if(_valid51){
valid178 = true;
passing51 = 0;
}
const _errs761 = errors;
if(data223 && typeof data223 == "object" && !Array.isArray(data223)){
if(data223.action === undefined){
const err615 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
for(const key102 in data223){
if(!((key102 === "action") || (key102 === "options"))){
const err616 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key102},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
}
if(data223.action !== undefined){
let data224 = data223.action;
if(typeof data224 !== "string"){
const err617 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
if(!(((data224 === "deny") || (data224 === "warn")) || (data224 === "off"))){
const err618 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-userns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
}
if(data223.options !== undefined){
let data225 = data223.options;
if(data225 && typeof data225 == "object" && !Array.isArray(data225)){
for(const key103 in data225){
const err619 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key103},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
}
else {
const err620 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err621 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
var _valid51 = _errs761 === errors;
if(_valid51 && valid178){
valid178 = false;
passing51 = [passing51, 1];
}
else {
if(_valid51){
valid178 = true;
passing51 = 1;
}
}
if(!valid178){
const err622 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-userns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-userns/oneOf",keyword:"oneOf",params:{passingSchemas: passing51},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
else {
errors = _errs758;
if(vErrors !== null){
if(_errs758){
vErrors.length = _errs758;
}
else {
vErrors = null;
}
}
}
}
if(data186["host-cgroupns"] !== undefined){
let data226 = data186["host-cgroupns"];
const _errs770 = errors;
let valid180 = false;
let passing52 = null;
const _errs771 = errors;
if(typeof data226 !== "string"){
const err623 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
if(!(((data226 === "deny") || (data226 === "warn")) || (data226 === "off"))){
const err624 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-cgroupns"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
var _valid52 = _errs771 === errors;
if(_valid52){
valid180 = true;
passing52 = 0;
}
const _errs773 = errors;
if(data226 && typeof data226 == "object" && !Array.isArray(data226)){
if(data226.action === undefined){
const err625 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
for(const key104 in data226){
if(!((key104 === "action") || (key104 === "options"))){
const err626 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key104},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
}
if(data226.action !== undefined){
let data227 = data226.action;
if(typeof data227 !== "string"){
const err627 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
if(!(((data227 === "deny") || (data227 === "warn")) || (data227 === "off"))){
const err628 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-cgroupns"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
}
if(data226.options !== undefined){
let data228 = data226.options;
if(data228 && typeof data228 == "object" && !Array.isArray(data228)){
for(const key105 in data228){
const err629 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key105},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
}
else {
const err630 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
}
}
else {
const err631 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
var _valid52 = _errs773 === errors;
if(_valid52 && valid180){
valid180 = false;
passing52 = [passing52, 1];
}
else {
if(_valid52){
valid180 = true;
passing52 = 1;
}
}
if(!valid180){
const err632 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-cgroupns",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-cgroupns/oneOf",keyword:"oneOf",params:{passingSchemas: passing52},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
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
if(data186.capabilities !== undefined){
let data229 = data186.capabilities;
const _errs782 = errors;
let valid182 = false;
let passing53 = null;
const _errs783 = errors;
if(typeof data229 !== "string"){
const err633 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
if(!(((data229 === "deny") || (data229 === "warn")) || (data229 === "off"))){
const err634 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.capabilities.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
var _valid53 = _errs783 === errors;
if(_valid53){
valid182 = true;
passing53 = 0;
}
const _errs785 = errors;
if(data229 && typeof data229 == "object" && !Array.isArray(data229)){
if(data229.action === undefined){
const err635 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
for(const key106 in data229){
if(!((key106 === "action") || (key106 === "options"))){
const err636 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key106},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
}
if(data229.action !== undefined){
let data230 = data229.action;
if(typeof data230 !== "string"){
const err637 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
if(!(((data230 === "deny") || (data230 === "warn")) || (data230 === "off"))){
const err638 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.capabilities.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
}
if(data229.options !== undefined){
let data231 = data229.options;
if(data231 && typeof data231 == "object" && !Array.isArray(data231)){
for(const key107 in data231){
if(!(key107 === "allowed")){
const err639 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key107},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
}
if(data231.allowed !== undefined){
let data232 = data231.allowed;
if(Array.isArray(data232)){
const len24 = data232.length;
for(let i25=0; i25<len24; i25++){
let data233 = data232[i25];
if(typeof data233 === "string"){
if(func3(data233) < 1){
const err640 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities/options/allowed/" + i25,schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
}
else {
const err641 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities/options/allowed/" + i25,schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
}
let i26 = data232.length;
let j1;
if(i26 > 1){
const indices1 = {};
for(;i26--;){
let item1 = data232[i26];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err642 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/uniqueItems",keyword:"uniqueItems",params:{i: i26, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i26+" are identical)"};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
break;
}
indices1[item1] = i26;
}
}
}
else {
const err643 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
}
}
else {
const err644 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
}
}
else {
const err645 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
var _valid53 = _errs785 === errors;
if(_valid53 && valid182){
valid182 = false;
passing53 = [passing53, 1];
}
else {
if(_valid53){
valid182 = true;
passing53 = 1;
}
}
if(!valid182){
const err646 = {instancePath:instancePath+"/profiles/" + i22+"/rules/capabilities",schemaPath:"#/properties/profiles/items/properties/rules/properties/capabilities/oneOf",keyword:"oneOf",params:{passingSchemas: passing53},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
else {
errors = _errs782;
if(vErrors !== null){
if(_errs782){
vErrors.length = _errs782;
}
else {
vErrors = null;
}
}
}
}
if(data186["sensitive-mounts"] !== undefined){
let data234 = data186["sensitive-mounts"];
const _errs798 = errors;
let valid188 = false;
let passing54 = null;
const _errs799 = errors;
if(typeof data234 !== "string"){
const err647 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
if(!(((data234 === "deny") || (data234 === "warn")) || (data234 === "off"))){
const err648 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
var _valid54 = _errs799 === errors;
if(_valid54){
valid188 = true;
passing54 = 0;
}
const _errs801 = errors;
if(data234 && typeof data234 == "object" && !Array.isArray(data234)){
if(data234.action === undefined){
const err649 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
for(const key108 in data234){
if(!((key108 === "action") || (key108 === "options"))){
const err650 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key108},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
}
if(data234.action !== undefined){
let data235 = data234.action;
if(typeof data235 !== "string"){
const err651 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
if(!(((data235 === "deny") || (data235 === "warn")) || (data235 === "off"))){
const err652 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
}
if(data234.options !== undefined){
let data236 = data234.options;
if(data236 && typeof data236 == "object" && !Array.isArray(data236)){
for(const key109 in data236){
if(!(func2.call(schema11.properties.profiles.items.properties.rules.properties["sensitive-mounts"].oneOf[1].properties.options.properties, key109))){
const err653 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key109},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
}
if(data236.dataRoots !== undefined){
let data237 = data236.dataRoots;
if(Array.isArray(data237)){
const len25 = data237.length;
for(let i27=0; i27<len25; i27++){
let data238 = data237[i27];
if(typeof data238 === "string"){
if(!pattern2.test(data238)){
const err654 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/dataRoots/" + i27,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
}
else {
const err655 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/dataRoots/" + i27,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
}
}
else {
const err656 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/dataRoots",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/dataRoots/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
}
if(data236.deny !== undefined){
let data239 = data236.deny;
if(Array.isArray(data239)){
const len26 = data239.length;
for(let i28=0; i28<len26; i28++){
let data240 = data239[i28];
if(typeof data240 === "string"){
if(func3(data240) < 1){
const err657 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/deny/" + i28,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err658 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/deny/" + i28,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err659 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/deny",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
}
if(data236.allow !== undefined){
let data241 = data236.allow;
if(Array.isArray(data241)){
const len27 = data241.length;
for(let i29=0; i29<len27; i29++){
let data242 = data241[i29];
if(typeof data242 === "string"){
if(func3(data242) < 1){
const err660 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/allow/" + i29,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
}
else {
const err661 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/allow/" + i29,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
}
}
else {
const err662 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/allow",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
}
if(data236.allowReadOnly !== undefined){
let data243 = data236.allowReadOnly;
if(Array.isArray(data243)){
const len28 = data243.length;
for(let i30=0; i30<len28; i30++){
let data244 = data243[i30];
if(typeof data244 === "string"){
if(func3(data244) < 1){
const err663 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/allowReadOnly/" + i30,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
}
else {
const err664 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/allowReadOnly/" + i30,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
}
}
else {
const err665 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/allowReadOnly",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowReadOnly/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
}
if(data236.volumeTypes !== undefined){
let data245 = data236.volumeTypes;
if(Array.isArray(data245)){
const len29 = data245.length;
for(let i31=0; i31<len29; i31++){
let data246 = data245[i31];
if(typeof data246 === "string"){
if(func3(data246) < 1){
const err666 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/volumeTypes/" + i31,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
}
else {
const err667 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/volumeTypes/" + i31,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
}
}
else {
const err668 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/volumeTypes",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/volumeTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
}
if(data236.blockDevices !== undefined){
let data247 = data236.blockDevices;
if(Array.isArray(data247)){
const len30 = data247.length;
for(let i32=0; i32<len30; i32++){
let data248 = data247[i32];
if(typeof data248 === "string"){
if(!pattern2.test(data248)){
const err669 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/blockDevices/" + i32,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
}
else {
const err670 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/blockDevices/" + i32,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
}
}
else {
const err671 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/blockDevices",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/blockDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
}
if(data236.allowVolumesFrom !== undefined){
if(typeof data236.allowVolumesFrom !== "boolean"){
const err672 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/allowVolumesFrom",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/allowVolumesFrom/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
}
if(data236.strict !== undefined){
if(typeof data236.strict !== "boolean"){
const err673 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/strict",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
}
if(data236.strictPaths !== undefined){
let data251 = data236.strictPaths;
if(Array.isArray(data251)){
const len31 = data251.length;
for(let i33=0; i33<len31; i33++){
let data252 = data251[i33];
if(typeof data252 === "string"){
if(!pattern4.test(data252)){
const err674 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/strictPaths/" + i33,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/pattern",keyword:"pattern",params:{pattern: "^/(?!.*\\*\\*)"},message:"must match pattern \""+"^/(?!.*\\*\\*)"+"\""};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
}
}
else {
const err675 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/strictPaths/" + i33,schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err676 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options/strictPaths",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/properties/strictPaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err677 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
}
}
else {
const err678 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
var _valid54 = _errs801 === errors;
if(_valid54 && valid188){
valid188 = false;
passing54 = [passing54, 1];
}
else {
if(_valid54){
valid188 = true;
passing54 = 1;
}
}
if(!valid188){
const err679 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sensitive-mounts",schemaPath:"#/properties/profiles/items/properties/rules/properties/sensitive-mounts/oneOf",keyword:"oneOf",params:{passingSchemas: passing54},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
else {
errors = _errs798;
if(vErrors !== null){
if(_errs798){
vErrors.length = _errs798;
}
else {
vErrors = null;
}
}
}
}
if(data186["docker-socket"] !== undefined){
let data253 = data186["docker-socket"];
const _errs842 = errors;
let valid205 = false;
let passing55 = null;
const _errs843 = errors;
if(typeof data253 !== "string"){
const err680 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
if(!(((data253 === "deny") || (data253 === "warn")) || (data253 === "off"))){
const err681 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["docker-socket"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err681];
}
else {
vErrors.push(err681);
}
errors++;
}
var _valid55 = _errs843 === errors;
if(_valid55){
valid205 = true;
passing55 = 0;
}
const _errs845 = errors;
if(data253 && typeof data253 == "object" && !Array.isArray(data253)){
if(data253.action === undefined){
const err682 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
for(const key110 in data253){
if(!((key110 === "action") || (key110 === "options"))){
const err683 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key110},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err683];
}
else {
vErrors.push(err683);
}
errors++;
}
}
if(data253.action !== undefined){
let data254 = data253.action;
if(typeof data254 !== "string"){
const err684 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
if(!(((data254 === "deny") || (data254 === "warn")) || (data254 === "off"))){
const err685 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["docker-socket"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
}
if(data253.options !== undefined){
let data255 = data253.options;
if(data255 && typeof data255 == "object" && !Array.isArray(data255)){
for(const key111 in data255){
if(!(key111 === "sockets")){
const err686 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key111},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
}
if(data255.sockets !== undefined){
let data256 = data255.sockets;
if(Array.isArray(data256)){
const len32 = data256.length;
for(let i34=0; i34<len32; i34++){
let data257 = data256[i34];
if(typeof data257 === "string"){
if(!pattern2.test(data257)){
const err687 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket/options/sockets/" + i34,schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\""};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
}
else {
const err688 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket/options/sockets/" + i34,schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
}
}
else {
const err689 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket/options/sockets",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/properties/sockets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err689];
}
else {
vErrors.push(err689);
}
errors++;
}
}
}
else {
const err690 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err691 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
}
var _valid55 = _errs845 === errors;
if(_valid55 && valid205){
valid205 = false;
passing55 = [passing55, 1];
}
else {
if(_valid55){
valid205 = true;
passing55 = 1;
}
}
if(!valid205){
const err692 = {instancePath:instancePath+"/profiles/" + i22+"/rules/docker-socket",schemaPath:"#/properties/profiles/items/properties/rules/properties/docker-socket/oneOf",keyword:"oneOf",params:{passingSchemas: passing55},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err692];
}
else {
vErrors.push(err692);
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
if(data186["mount-propagation"] !== undefined){
let data258 = data186["mount-propagation"];
const _errs858 = errors;
let valid210 = false;
let passing56 = null;
const _errs859 = errors;
if(typeof data258 !== "string"){
const err693 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err693];
}
else {
vErrors.push(err693);
}
errors++;
}
if(!(((data258 === "deny") || (data258 === "warn")) || (data258 === "off"))){
const err694 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["mount-propagation"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
var _valid56 = _errs859 === errors;
if(_valid56){
valid210 = true;
passing56 = 0;
}
const _errs861 = errors;
if(data258 && typeof data258 == "object" && !Array.isArray(data258)){
if(data258.action === undefined){
const err695 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
for(const key112 in data258){
if(!((key112 === "action") || (key112 === "options"))){
const err696 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key112},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
}
}
if(data258.action !== undefined){
let data259 = data258.action;
if(typeof data259 !== "string"){
const err697 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
if(!(((data259 === "deny") || (data259 === "warn")) || (data259 === "off"))){
const err698 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["mount-propagation"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
}
if(data258.options !== undefined){
let data260 = data258.options;
if(data260 && typeof data260 == "object" && !Array.isArray(data260)){
for(const key113 in data260){
const err699 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key113},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
}
else {
const err700 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
}
}
else {
const err701 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err701];
}
else {
vErrors.push(err701);
}
errors++;
}
var _valid56 = _errs861 === errors;
if(_valid56 && valid210){
valid210 = false;
passing56 = [passing56, 1];
}
else {
if(_valid56){
valid210 = true;
passing56 = 1;
}
}
if(!valid210){
const err702 = {instancePath:instancePath+"/profiles/" + i22+"/rules/mount-propagation",schemaPath:"#/properties/profiles/items/properties/rules/properties/mount-propagation/oneOf",keyword:"oneOf",params:{passingSchemas: passing56},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
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
if(data186["host-devices"] !== undefined){
let data261 = data186["host-devices"];
const _errs870 = errors;
let valid212 = false;
let passing57 = null;
const _errs871 = errors;
if(typeof data261 !== "string"){
const err703 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err703];
}
else {
vErrors.push(err703);
}
errors++;
}
if(!(((data261 === "deny") || (data261 === "warn")) || (data261 === "off"))){
const err704 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-devices"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
var _valid57 = _errs871 === errors;
if(_valid57){
valid212 = true;
passing57 = 0;
}
const _errs873 = errors;
if(data261 && typeof data261 == "object" && !Array.isArray(data261)){
if(data261.action === undefined){
const err705 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
for(const key114 in data261){
if(!((key114 === "action") || (key114 === "options"))){
const err706 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key114},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err706];
}
else {
vErrors.push(err706);
}
errors++;
}
}
if(data261.action !== undefined){
let data262 = data261.action;
if(typeof data262 !== "string"){
const err707 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err707];
}
else {
vErrors.push(err707);
}
errors++;
}
if(!(((data262 === "deny") || (data262 === "warn")) || (data262 === "off"))){
const err708 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["host-devices"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err708];
}
else {
vErrors.push(err708);
}
errors++;
}
}
if(data261.options !== undefined){
let data263 = data261.options;
if(data263 && typeof data263 == "object" && !Array.isArray(data263)){
for(const key115 in data263){
if(!(((key115 === "allowedDevices") || (key115 === "allowCgroupRules")) || (key115 === "allowDeviceRequests"))){
const err709 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key115},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err709];
}
else {
vErrors.push(err709);
}
errors++;
}
}
if(data263.allowedDevices !== undefined){
let data264 = data263.allowedDevices;
if(Array.isArray(data264)){
const len33 = data264.length;
for(let i35=0; i35<len33; i35++){
let data265 = data264[i35];
if(typeof data265 === "string"){
if(func3(data265) < 1){
const err710 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices/options/allowedDevices/" + i35,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
}
else {
const err711 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices/options/allowedDevices/" + i35,schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
}
}
}
else {
const err712 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices/options/allowedDevices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowedDevices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
}
if(data263.allowCgroupRules !== undefined){
if(typeof data263.allowCgroupRules !== "boolean"){
const err713 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices/options/allowCgroupRules",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowCgroupRules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
}
if(data263.allowDeviceRequests !== undefined){
if(typeof data263.allowDeviceRequests !== "boolean"){
const err714 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices/options/allowDeviceRequests",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/properties/allowDeviceRequests/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
}
}
else {
const err715 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err716 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
var _valid57 = _errs873 === errors;
if(_valid57 && valid212){
valid212 = false;
passing57 = [passing57, 1];
}
else {
if(_valid57){
valid212 = true;
passing57 = 1;
}
}
if(!valid212){
const err717 = {instancePath:instancePath+"/profiles/" + i22+"/rules/host-devices",schemaPath:"#/properties/profiles/items/properties/rules/properties/host-devices/oneOf",keyword:"oneOf",params:{passingSchemas: passing57},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
else {
errors = _errs870;
if(vErrors !== null){
if(_errs870){
vErrors.length = _errs870;
}
else {
vErrors = null;
}
}
}
}
if(data186["selinux-unconfined"] !== undefined){
let data268 = data186["selinux-unconfined"];
const _errs890 = errors;
let valid217 = false;
let passing58 = null;
const _errs891 = errors;
if(typeof data268 !== "string"){
const err718 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
if(!(((data268 === "deny") || (data268 === "warn")) || (data268 === "off"))){
const err719 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["selinux-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
var _valid58 = _errs891 === errors;
if(_valid58){
valid217 = true;
passing58 = 0;
}
const _errs893 = errors;
if(data268 && typeof data268 == "object" && !Array.isArray(data268)){
if(data268.action === undefined){
const err720 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err720];
}
else {
vErrors.push(err720);
}
errors++;
}
for(const key116 in data268){
if(!((key116 === "action") || (key116 === "options"))){
const err721 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key116},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
}
if(data268.action !== undefined){
let data269 = data268.action;
if(typeof data269 !== "string"){
const err722 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err722];
}
else {
vErrors.push(err722);
}
errors++;
}
if(!(((data269 === "deny") || (data269 === "warn")) || (data269 === "off"))){
const err723 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["selinux-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
}
if(data268.options !== undefined){
let data270 = data268.options;
if(data270 && typeof data270 == "object" && !Array.isArray(data270)){
for(const key117 in data270){
if(!(key117 === "deniedTypes")){
const err724 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key117},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err724];
}
else {
vErrors.push(err724);
}
errors++;
}
}
if(data270.deniedTypes !== undefined){
let data271 = data270.deniedTypes;
if(Array.isArray(data271)){
const len34 = data271.length;
for(let i36=0; i36<len34; i36++){
let data272 = data271[i36];
if(typeof data272 === "string"){
if(func3(data272) < 1){
const err725 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined/options/deniedTypes/" + i36,schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err725];
}
else {
vErrors.push(err725);
}
errors++;
}
}
else {
const err726 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined/options/deniedTypes/" + i36,schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err727 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined/options/deniedTypes",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/properties/deniedTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err728 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
}
}
else {
const err729 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
var _valid58 = _errs893 === errors;
if(_valid58 && valid217){
valid217 = false;
passing58 = [passing58, 1];
}
else {
if(_valid58){
valid217 = true;
passing58 = 1;
}
}
if(!valid217){
const err730 = {instancePath:instancePath+"/profiles/" + i22+"/rules/selinux-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/selinux-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing58},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
else {
errors = _errs890;
if(vErrors !== null){
if(_errs890){
vErrors.length = _errs890;
}
else {
vErrors = null;
}
}
}
}
if(data186["systempaths-unconfined"] !== undefined){
let data273 = data186["systempaths-unconfined"];
const _errs906 = errors;
let valid222 = false;
let passing59 = null;
const _errs907 = errors;
if(typeof data273 !== "string"){
const err731 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
if(!(((data273 === "deny") || (data273 === "warn")) || (data273 === "off"))){
const err732 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["systempaths-unconfined"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
var _valid59 = _errs907 === errors;
if(_valid59){
valid222 = true;
passing59 = 0;
}
const _errs909 = errors;
if(data273 && typeof data273 == "object" && !Array.isArray(data273)){
if(data273.action === undefined){
const err733 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
for(const key118 in data273){
if(!((key118 === "action") || (key118 === "options"))){
const err734 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key118},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
}
if(data273.action !== undefined){
let data274 = data273.action;
if(typeof data274 !== "string"){
const err735 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err735];
}
else {
vErrors.push(err735);
}
errors++;
}
if(!(((data274 === "deny") || (data274 === "warn")) || (data274 === "off"))){
const err736 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["systempaths-unconfined"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
}
if(data273.options !== undefined){
let data275 = data273.options;
if(data275 && typeof data275 == "object" && !Array.isArray(data275)){
for(const key119 in data275){
const err737 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key119},message:"must NOT have additional properties"};
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
const err738 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err739 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
var _valid59 = _errs909 === errors;
if(_valid59 && valid222){
valid222 = false;
passing59 = [passing59, 1];
}
else {
if(_valid59){
valid222 = true;
passing59 = 1;
}
}
if(!valid222){
const err740 = {instancePath:instancePath+"/profiles/" + i22+"/rules/systempaths-unconfined",schemaPath:"#/properties/profiles/items/properties/rules/properties/systempaths-unconfined/oneOf",keyword:"oneOf",params:{passingSchemas: passing59},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
else {
errors = _errs906;
if(vErrors !== null){
if(_errs906){
vErrors.length = _errs906;
}
else {
vErrors = null;
}
}
}
}
if(data186["security-opt-allowlist"] !== undefined){
let data276 = data186["security-opt-allowlist"];
const _errs918 = errors;
let valid224 = false;
let passing60 = null;
const _errs919 = errors;
if(typeof data276 !== "string"){
const err741 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
}
if(!(((data276 === "deny") || (data276 === "warn")) || (data276 === "off"))){
const err742 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["security-opt-allowlist"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
var _valid60 = _errs919 === errors;
if(_valid60){
valid224 = true;
passing60 = 0;
}
const _errs921 = errors;
if(data276 && typeof data276 == "object" && !Array.isArray(data276)){
if(data276.action === undefined){
const err743 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
for(const key120 in data276){
if(!((key120 === "action") || (key120 === "options"))){
const err744 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key120},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
}
if(data276.action !== undefined){
let data277 = data276.action;
if(typeof data277 !== "string"){
const err745 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
if(!(((data277 === "deny") || (data277 === "warn")) || (data277 === "off"))){
const err746 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["security-opt-allowlist"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
}
if(data276.options !== undefined){
let data278 = data276.options;
if(data278 && typeof data278 == "object" && !Array.isArray(data278)){
for(const key121 in data278){
if(!(key121 === "allowedLabels")){
const err747 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key121},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
}
}
if(data278.allowedLabels !== undefined){
let data279 = data278.allowedLabels;
if(Array.isArray(data279)){
const len35 = data279.length;
for(let i37=0; i37<len35; i37++){
let data280 = data279[i37];
if(typeof data280 === "string"){
if(func3(data280) < 1){
const err748 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist/options/allowedLabels/" + i37,schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
}
else {
const err749 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist/options/allowedLabels/" + i37,schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
}
}
else {
const err750 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist/options/allowedLabels",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/properties/allowedLabels/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err751 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
}
}
else {
const err752 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err752];
}
else {
vErrors.push(err752);
}
errors++;
}
var _valid60 = _errs921 === errors;
if(_valid60 && valid224){
valid224 = false;
passing60 = [passing60, 1];
}
else {
if(_valid60){
valid224 = true;
passing60 = 1;
}
}
if(!valid224){
const err753 = {instancePath:instancePath+"/profiles/" + i22+"/rules/security-opt-allowlist",schemaPath:"#/properties/profiles/items/properties/rules/properties/security-opt-allowlist/oneOf",keyword:"oneOf",params:{passingSchemas: passing60},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
else {
errors = _errs918;
if(vErrors !== null){
if(_errs918){
vErrors.length = _errs918;
}
else {
vErrors = null;
}
}
}
}
if(data186["build-options"] !== undefined){
let data281 = data186["build-options"];
const _errs934 = errors;
let valid229 = false;
let passing61 = null;
const _errs935 = errors;
if(typeof data281 !== "string"){
const err754 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err754];
}
else {
vErrors.push(err754);
}
errors++;
}
if(!(((data281 === "deny") || (data281 === "warn")) || (data281 === "off"))){
const err755 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["build-options"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
var _valid61 = _errs935 === errors;
if(_valid61){
valid229 = true;
passing61 = 0;
}
const _errs937 = errors;
if(data281 && typeof data281 == "object" && !Array.isArray(data281)){
if(data281.action === undefined){
const err756 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
for(const key122 in data281){
if(!((key122 === "action") || (key122 === "options"))){
const err757 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key122},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
}
if(data281.action !== undefined){
let data282 = data281.action;
if(typeof data282 !== "string"){
const err758 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
if(!(((data282 === "deny") || (data282 === "warn")) || (data282 === "off"))){
const err759 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["build-options"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err759];
}
else {
vErrors.push(err759);
}
errors++;
}
}
if(data281.options !== undefined){
let data283 = data281.options;
if(data283 && typeof data283 == "object" && !Array.isArray(data283)){
for(const key123 in data283){
const err760 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key123},message:"must NOT have additional properties"};
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
const err761 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err762 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err762];
}
else {
vErrors.push(err762);
}
errors++;
}
var _valid61 = _errs937 === errors;
if(_valid61 && valid229){
valid229 = false;
passing61 = [passing61, 1];
}
else {
if(_valid61){
valid229 = true;
passing61 = 1;
}
}
if(!valid229){
const err763 = {instancePath:instancePath+"/profiles/" + i22+"/rules/build-options",schemaPath:"#/properties/profiles/items/properties/rules/properties/build-options/oneOf",keyword:"oneOf",params:{passingSchemas: passing61},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
else {
errors = _errs934;
if(vErrors !== null){
if(_errs934){
vErrors.length = _errs934;
}
else {
vErrors = null;
}
}
}
}
if(data186["plugin-install"] !== undefined){
let data284 = data186["plugin-install"];
const _errs946 = errors;
let valid231 = false;
let passing62 = null;
const _errs947 = errors;
if(typeof data284 !== "string"){
const err764 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
if(!(((data284 === "deny") || (data284 === "warn")) || (data284 === "off"))){
const err765 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["plugin-install"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
var _valid62 = _errs947 === errors;
if(_valid62){
valid231 = true;
passing62 = 0;
}
const _errs949 = errors;
if(data284 && typeof data284 == "object" && !Array.isArray(data284)){
if(data284.action === undefined){
const err766 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
}
for(const key124 in data284){
if(!((key124 === "action") || (key124 === "options"))){
const err767 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key124},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
}
if(data284.action !== undefined){
let data285 = data284.action;
if(typeof data285 !== "string"){
const err768 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
if(!(((data285 === "deny") || (data285 === "warn")) || (data285 === "off"))){
const err769 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["plugin-install"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
}
if(data284.options !== undefined){
let data286 = data284.options;
if(data286 && typeof data286 == "object" && !Array.isArray(data286)){
for(const key125 in data286){
if(!((key125 === "allowed") || (key125 === "allowCreate"))){
const err770 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key125},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err770];
}
else {
vErrors.push(err770);
}
errors++;
}
}
if(data286.allowed !== undefined){
let data287 = data286.allowed;
if(Array.isArray(data287)){
const len36 = data287.length;
for(let i38=0; i38<len36; i38++){
let data288 = data287[i38];
if(typeof data288 === "string"){
if(func3(data288) < 1){
const err771 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install/options/allowed/" + i38,schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
}
else {
const err772 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install/options/allowed/" + i38,schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err772];
}
else {
vErrors.push(err772);
}
errors++;
}
}
}
else {
const err773 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
}
if(data286.allowCreate !== undefined){
if(typeof data286.allowCreate !== "boolean"){
const err774 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install/options/allowCreate",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/properties/allowCreate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err775 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err776 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err776];
}
else {
vErrors.push(err776);
}
errors++;
}
var _valid62 = _errs949 === errors;
if(_valid62 && valid231){
valid231 = false;
passing62 = [passing62, 1];
}
else {
if(_valid62){
valid231 = true;
passing62 = 1;
}
}
if(!valid231){
const err777 = {instancePath:instancePath+"/profiles/" + i22+"/rules/plugin-install",schemaPath:"#/properties/profiles/items/properties/rules/properties/plugin-install/oneOf",keyword:"oneOf",params:{passingSchemas: passing62},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
else {
errors = _errs946;
if(vErrors !== null){
if(_errs946){
vErrors.length = _errs946;
}
else {
vErrors = null;
}
}
}
}
if(data186["self-protection"] !== undefined){
let data290 = data186["self-protection"];
const _errs964 = errors;
let valid236 = false;
let passing63 = null;
const _errs965 = errors;
if(typeof data290 !== "string"){
const err778 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
}
if(!(((data290 === "deny") || (data290 === "warn")) || (data290 === "off"))){
const err779 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["self-protection"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
var _valid63 = _errs965 === errors;
if(_valid63){
valid236 = true;
passing63 = 0;
}
const _errs967 = errors;
if(data290 && typeof data290 == "object" && !Array.isArray(data290)){
if(data290.action === undefined){
const err780 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
for(const key126 in data290){
if(!((key126 === "action") || (key126 === "options"))){
const err781 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key126},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
}
}
if(data290.action !== undefined){
let data291 = data290.action;
if(typeof data291 !== "string"){
const err782 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
if(!(((data291 === "deny") || (data291 === "warn")) || (data291 === "off"))){
const err783 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["self-protection"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
}
if(data290.options !== undefined){
let data292 = data290.options;
if(data292 && typeof data292 == "object" && !Array.isArray(data292)){
for(const key127 in data292){
if(!((((key127 === "names") || (key127 === "ids")) || (key127 === "detectId")) || (key127 === "adminUsers"))){
const err784 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key127},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err784];
}
else {
vErrors.push(err784);
}
errors++;
}
}
if(data292.names !== undefined){
let data293 = data292.names;
if(Array.isArray(data293)){
const len37 = data293.length;
for(let i39=0; i39<len37; i39++){
let data294 = data293[i39];
if(typeof data294 === "string"){
if(func3(data294) < 1){
const err785 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/names/" + i39,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err786 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/names/" + i39,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err787 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/names",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err787];
}
else {
vErrors.push(err787);
}
errors++;
}
}
if(data292.ids !== undefined){
let data295 = data292.ids;
if(Array.isArray(data295)){
const len38 = data295.length;
for(let i40=0; i40<len38; i40++){
let data296 = data295[i40];
if(typeof data296 === "string"){
if(!pattern6.test(data296)){
const err788 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/ids/" + i40,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err788];
}
else {
vErrors.push(err788);
}
errors++;
}
}
else {
const err789 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/ids/" + i40,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err789];
}
else {
vErrors.push(err789);
}
errors++;
}
}
}
else {
const err790 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/ids",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err790];
}
else {
vErrors.push(err790);
}
errors++;
}
}
if(data292.detectId !== undefined){
if(typeof data292.detectId !== "boolean"){
const err791 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/detectId",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/detectId/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err791];
}
else {
vErrors.push(err791);
}
errors++;
}
}
if(data292.adminUsers !== undefined){
let data298 = data292.adminUsers;
if(Array.isArray(data298)){
const len39 = data298.length;
for(let i41=0; i41<len39; i41++){
let data299 = data298[i41];
if(typeof data299 === "string"){
if(func3(data299) < 1){
const err792 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/adminUsers/" + i41,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err793 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/adminUsers/" + i41,schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err794 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options/adminUsers",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/properties/adminUsers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err794];
}
else {
vErrors.push(err794);
}
errors++;
}
}
}
else {
const err795 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err795];
}
else {
vErrors.push(err795);
}
errors++;
}
}
}
else {
const err796 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err796];
}
else {
vErrors.push(err796);
}
errors++;
}
var _valid63 = _errs967 === errors;
if(_valid63 && valid236){
valid236 = false;
passing63 = [passing63, 1];
}
else {
if(_valid63){
valid236 = true;
passing63 = 1;
}
}
if(!valid236){
const err797 = {instancePath:instancePath+"/profiles/" + i22+"/rules/self-protection",schemaPath:"#/properties/profiles/items/properties/rules/properties/self-protection/oneOf",keyword:"oneOf",params:{passingSchemas: passing63},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err797];
}
else {
vErrors.push(err797);
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
if(data186["swarm-join"] !== undefined){
let data300 = data186["swarm-join"];
const _errs990 = errors;
let valid245 = false;
let passing64 = null;
const _errs991 = errors;
if(typeof data300 !== "string"){
const err798 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err798];
}
else {
vErrors.push(err798);
}
errors++;
}
if(!(((data300 === "deny") || (data300 === "warn")) || (data300 === "off"))){
const err799 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-join"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err799];
}
else {
vErrors.push(err799);
}
errors++;
}
var _valid64 = _errs991 === errors;
if(_valid64){
valid245 = true;
passing64 = 0;
}
const _errs993 = errors;
if(data300 && typeof data300 == "object" && !Array.isArray(data300)){
if(data300.action === undefined){
const err800 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err800];
}
else {
vErrors.push(err800);
}
errors++;
}
for(const key128 in data300){
if(!((key128 === "action") || (key128 === "options"))){
const err801 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key128},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err801];
}
else {
vErrors.push(err801);
}
errors++;
}
}
if(data300.action !== undefined){
let data301 = data300.action;
if(typeof data301 !== "string"){
const err802 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err802];
}
else {
vErrors.push(err802);
}
errors++;
}
if(!(((data301 === "deny") || (data301 === "warn")) || (data301 === "off"))){
const err803 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-join"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err803];
}
else {
vErrors.push(err803);
}
errors++;
}
}
if(data300.options !== undefined){
let data302 = data300.options;
if(data302 && typeof data302 == "object" && !Array.isArray(data302)){
for(const key129 in data302){
if(!(key129 === "allowedManagers")){
const err804 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key129},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err804];
}
else {
vErrors.push(err804);
}
errors++;
}
}
if(data302.allowedManagers !== undefined){
let data303 = data302.allowedManagers;
if(Array.isArray(data303)){
const len40 = data303.length;
for(let i42=0; i42<len40; i42++){
let data304 = data303[i42];
if(typeof data304 === "string"){
if(func3(data304) < 1){
const err805 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join/options/allowedManagers/" + i42,schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err805];
}
else {
vErrors.push(err805);
}
errors++;
}
}
else {
const err806 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join/options/allowedManagers/" + i42,schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err806];
}
else {
vErrors.push(err806);
}
errors++;
}
}
}
else {
const err807 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join/options/allowedManagers",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/properties/allowedManagers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err807];
}
else {
vErrors.push(err807);
}
errors++;
}
}
}
else {
const err808 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err808];
}
else {
vErrors.push(err808);
}
errors++;
}
}
}
else {
const err809 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err809];
}
else {
vErrors.push(err809);
}
errors++;
}
var _valid64 = _errs993 === errors;
if(_valid64 && valid245){
valid245 = false;
passing64 = [passing64, 1];
}
else {
if(_valid64){
valid245 = true;
passing64 = 1;
}
}
if(!valid245){
const err810 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-join",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-join/oneOf",keyword:"oneOf",params:{passingSchemas: passing64},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err810];
}
else {
vErrors.push(err810);
}
errors++;
}
else {
errors = _errs990;
if(vErrors !== null){
if(_errs990){
vErrors.length = _errs990;
}
else {
vErrors = null;
}
}
}
}
if(data186["swarm-init"] !== undefined){
let data305 = data186["swarm-init"];
const _errs1006 = errors;
let valid250 = false;
let passing65 = null;
const _errs1007 = errors;
if(typeof data305 !== "string"){
const err811 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err811];
}
else {
vErrors.push(err811);
}
errors++;
}
if(!(((data305 === "deny") || (data305 === "warn")) || (data305 === "off"))){
const err812 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-init"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err812];
}
else {
vErrors.push(err812);
}
errors++;
}
var _valid65 = _errs1007 === errors;
if(_valid65){
valid250 = true;
passing65 = 0;
}
const _errs1009 = errors;
if(data305 && typeof data305 == "object" && !Array.isArray(data305)){
if(data305.action === undefined){
const err813 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err813];
}
else {
vErrors.push(err813);
}
errors++;
}
for(const key130 in data305){
if(!((key130 === "action") || (key130 === "options"))){
const err814 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key130},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err814];
}
else {
vErrors.push(err814);
}
errors++;
}
}
if(data305.action !== undefined){
let data306 = data305.action;
if(typeof data306 !== "string"){
const err815 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err815];
}
else {
vErrors.push(err815);
}
errors++;
}
if(!(((data306 === "deny") || (data306 === "warn")) || (data306 === "off"))){
const err816 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["swarm-init"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err816];
}
else {
vErrors.push(err816);
}
errors++;
}
}
if(data305.options !== undefined){
let data307 = data305.options;
if(data307 && typeof data307 == "object" && !Array.isArray(data307)){
for(const key131 in data307){
const err817 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key131},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err817];
}
else {
vErrors.push(err817);
}
errors++;
}
}
else {
const err818 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err818];
}
else {
vErrors.push(err818);
}
errors++;
}
}
}
else {
const err819 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err819];
}
else {
vErrors.push(err819);
}
errors++;
}
var _valid65 = _errs1009 === errors;
if(_valid65 && valid250){
valid250 = false;
passing65 = [passing65, 1];
}
else {
if(_valid65){
valid250 = true;
passing65 = 1;
}
}
if(!valid250){
const err820 = {instancePath:instancePath+"/profiles/" + i22+"/rules/swarm-init",schemaPath:"#/properties/profiles/items/properties/rules/properties/swarm-init/oneOf",keyword:"oneOf",params:{passingSchemas: passing65},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err820];
}
else {
vErrors.push(err820);
}
errors++;
}
else {
errors = _errs1006;
if(vErrors !== null){
if(_errs1006){
vErrors.length = _errs1006;
}
else {
vErrors = null;
}
}
}
}
if(data186["service-rollback"] !== undefined){
let data308 = data186["service-rollback"];
const _errs1018 = errors;
let valid252 = false;
let passing66 = null;
const _errs1019 = errors;
if(typeof data308 !== "string"){
const err821 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err821];
}
else {
vErrors.push(err821);
}
errors++;
}
if(!(((data308 === "deny") || (data308 === "warn")) || (data308 === "off"))){
const err822 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["service-rollback"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err822];
}
else {
vErrors.push(err822);
}
errors++;
}
var _valid66 = _errs1019 === errors;
if(_valid66){
valid252 = true;
passing66 = 0;
}
const _errs1021 = errors;
if(data308 && typeof data308 == "object" && !Array.isArray(data308)){
if(data308.action === undefined){
const err823 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err823];
}
else {
vErrors.push(err823);
}
errors++;
}
for(const key132 in data308){
if(!((key132 === "action") || (key132 === "options"))){
const err824 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key132},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err824];
}
else {
vErrors.push(err824);
}
errors++;
}
}
if(data308.action !== undefined){
let data309 = data308.action;
if(typeof data309 !== "string"){
const err825 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err825];
}
else {
vErrors.push(err825);
}
errors++;
}
if(!(((data309 === "deny") || (data309 === "warn")) || (data309 === "off"))){
const err826 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["service-rollback"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err826];
}
else {
vErrors.push(err826);
}
errors++;
}
}
if(data308.options !== undefined){
let data310 = data308.options;
if(data310 && typeof data310 == "object" && !Array.isArray(data310)){
for(const key133 in data310){
const err827 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key133},message:"must NOT have additional properties"};
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
const err828 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err829 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err829];
}
else {
vErrors.push(err829);
}
errors++;
}
var _valid66 = _errs1021 === errors;
if(_valid66 && valid252){
valid252 = false;
passing66 = [passing66, 1];
}
else {
if(_valid66){
valid252 = true;
passing66 = 1;
}
}
if(!valid252){
const err830 = {instancePath:instancePath+"/profiles/" + i22+"/rules/service-rollback",schemaPath:"#/properties/profiles/items/properties/rules/properties/service-rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing66},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err830];
}
else {
vErrors.push(err830);
}
errors++;
}
else {
errors = _errs1018;
if(vErrors !== null){
if(_errs1018){
vErrors.length = _errs1018;
}
else {
vErrors = null;
}
}
}
}
if(data186["exec-root-user"] !== undefined){
let data311 = data186["exec-root-user"];
const _errs1030 = errors;
let valid254 = false;
let passing67 = null;
const _errs1031 = errors;
if(typeof data311 !== "string"){
const err831 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err831];
}
else {
vErrors.push(err831);
}
errors++;
}
if(!(((data311 === "deny") || (data311 === "warn")) || (data311 === "off"))){
const err832 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["exec-root-user"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err832];
}
else {
vErrors.push(err832);
}
errors++;
}
var _valid67 = _errs1031 === errors;
if(_valid67){
valid254 = true;
passing67 = 0;
}
const _errs1033 = errors;
if(data311 && typeof data311 == "object" && !Array.isArray(data311)){
if(data311.action === undefined){
const err833 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err833];
}
else {
vErrors.push(err833);
}
errors++;
}
for(const key134 in data311){
if(!((key134 === "action") || (key134 === "options"))){
const err834 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key134},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err834];
}
else {
vErrors.push(err834);
}
errors++;
}
}
if(data311.action !== undefined){
let data312 = data311.action;
if(typeof data312 !== "string"){
const err835 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err835];
}
else {
vErrors.push(err835);
}
errors++;
}
if(!(((data312 === "deny") || (data312 === "warn")) || (data312 === "off"))){
const err836 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["exec-root-user"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err836];
}
else {
vErrors.push(err836);
}
errors++;
}
}
if(data311.options !== undefined){
let data313 = data311.options;
if(data313 && typeof data313 == "object" && !Array.isArray(data313)){
for(const key135 in data313){
const err837 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key135},message:"must NOT have additional properties"};
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
const err838 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err839 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err839];
}
else {
vErrors.push(err839);
}
errors++;
}
var _valid67 = _errs1033 === errors;
if(_valid67 && valid254){
valid254 = false;
passing67 = [passing67, 1];
}
else {
if(_valid67){
valid254 = true;
passing67 = 1;
}
}
if(!valid254){
const err840 = {instancePath:instancePath+"/profiles/" + i22+"/rules/exec-root-user",schemaPath:"#/properties/profiles/items/properties/rules/properties/exec-root-user/oneOf",keyword:"oneOf",params:{passingSchemas: passing67},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err840];
}
else {
vErrors.push(err840);
}
errors++;
}
else {
errors = _errs1030;
if(vErrors !== null){
if(_errs1030){
vErrors.length = _errs1030;
}
else {
vErrors = null;
}
}
}
}
if(data186["read-only-rootfs"] !== undefined){
let data314 = data186["read-only-rootfs"];
const _errs1042 = errors;
let valid256 = false;
let passing68 = null;
const _errs1043 = errors;
if(typeof data314 !== "string"){
const err841 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err841];
}
else {
vErrors.push(err841);
}
errors++;
}
if(!(((data314 === "deny") || (data314 === "warn")) || (data314 === "off"))){
const err842 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["read-only-rootfs"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err842];
}
else {
vErrors.push(err842);
}
errors++;
}
var _valid68 = _errs1043 === errors;
if(_valid68){
valid256 = true;
passing68 = 0;
}
const _errs1045 = errors;
if(data314 && typeof data314 == "object" && !Array.isArray(data314)){
if(data314.action === undefined){
const err843 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err843];
}
else {
vErrors.push(err843);
}
errors++;
}
for(const key136 in data314){
if(!((key136 === "action") || (key136 === "options"))){
const err844 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key136},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err844];
}
else {
vErrors.push(err844);
}
errors++;
}
}
if(data314.action !== undefined){
let data315 = data314.action;
if(typeof data315 !== "string"){
const err845 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err845];
}
else {
vErrors.push(err845);
}
errors++;
}
if(!(((data315 === "deny") || (data315 === "warn")) || (data315 === "off"))){
const err846 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["read-only-rootfs"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err846];
}
else {
vErrors.push(err846);
}
errors++;
}
}
if(data314.options !== undefined){
let data316 = data314.options;
if(data316 && typeof data316 == "object" && !Array.isArray(data316)){
for(const key137 in data316){
const err847 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key137},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err847];
}
else {
vErrors.push(err847);
}
errors++;
}
}
else {
const err848 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err848];
}
else {
vErrors.push(err848);
}
errors++;
}
}
}
else {
const err849 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err849];
}
else {
vErrors.push(err849);
}
errors++;
}
var _valid68 = _errs1045 === errors;
if(_valid68 && valid256){
valid256 = false;
passing68 = [passing68, 1];
}
else {
if(_valid68){
valid256 = true;
passing68 = 1;
}
}
if(!valid256){
const err850 = {instancePath:instancePath+"/profiles/" + i22+"/rules/read-only-rootfs",schemaPath:"#/properties/profiles/items/properties/rules/properties/read-only-rootfs/oneOf",keyword:"oneOf",params:{passingSchemas: passing68},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err850];
}
else {
vErrors.push(err850);
}
errors++;
}
else {
errors = _errs1042;
if(vErrors !== null){
if(_errs1042){
vErrors.length = _errs1042;
}
else {
vErrors = null;
}
}
}
}
if(data186["pids-limit"] !== undefined){
let data317 = data186["pids-limit"];
const _errs1054 = errors;
let valid258 = false;
let passing69 = null;
const _errs1055 = errors;
if(typeof data317 !== "string"){
const err851 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err851];
}
else {
vErrors.push(err851);
}
errors++;
}
if(!(((data317 === "deny") || (data317 === "warn")) || (data317 === "off"))){
const err852 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["pids-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err852];
}
else {
vErrors.push(err852);
}
errors++;
}
var _valid69 = _errs1055 === errors;
if(_valid69){
valid258 = true;
passing69 = 0;
}
const _errs1057 = errors;
if(data317 && typeof data317 == "object" && !Array.isArray(data317)){
if(data317.action === undefined){
const err853 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err853];
}
else {
vErrors.push(err853);
}
errors++;
}
for(const key138 in data317){
if(!((key138 === "action") || (key138 === "options"))){
const err854 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key138},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err854];
}
else {
vErrors.push(err854);
}
errors++;
}
}
if(data317.action !== undefined){
let data318 = data317.action;
if(typeof data318 !== "string"){
const err855 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err855];
}
else {
vErrors.push(err855);
}
errors++;
}
if(!(((data318 === "deny") || (data318 === "warn")) || (data318 === "off"))){
const err856 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["pids-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err856];
}
else {
vErrors.push(err856);
}
errors++;
}
}
if(data317.options !== undefined){
let data319 = data317.options;
if(data319 && typeof data319 == "object" && !Array.isArray(data319)){
for(const key139 in data319){
const err857 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key139},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err857];
}
else {
vErrors.push(err857);
}
errors++;
}
}
else {
const err858 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err859 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err859];
}
else {
vErrors.push(err859);
}
errors++;
}
var _valid69 = _errs1057 === errors;
if(_valid69 && valid258){
valid258 = false;
passing69 = [passing69, 1];
}
else {
if(_valid69){
valid258 = true;
passing69 = 1;
}
}
if(!valid258){
const err860 = {instancePath:instancePath+"/profiles/" + i22+"/rules/pids-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/pids-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing69},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err860];
}
else {
vErrors.push(err860);
}
errors++;
}
else {
errors = _errs1054;
if(vErrors !== null){
if(_errs1054){
vErrors.length = _errs1054;
}
else {
vErrors = null;
}
}
}
}
if(data186["no-new-privileges"] !== undefined){
let data320 = data186["no-new-privileges"];
const _errs1066 = errors;
let valid260 = false;
let passing70 = null;
const _errs1067 = errors;
if(typeof data320 !== "string"){
const err861 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err861];
}
else {
vErrors.push(err861);
}
errors++;
}
if(!(((data320 === "deny") || (data320 === "warn")) || (data320 === "off"))){
const err862 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["no-new-privileges"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err862];
}
else {
vErrors.push(err862);
}
errors++;
}
var _valid70 = _errs1067 === errors;
if(_valid70){
valid260 = true;
passing70 = 0;
}
const _errs1069 = errors;
if(data320 && typeof data320 == "object" && !Array.isArray(data320)){
if(data320.action === undefined){
const err863 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err863];
}
else {
vErrors.push(err863);
}
errors++;
}
for(const key140 in data320){
if(!((key140 === "action") || (key140 === "options"))){
const err864 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key140},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err864];
}
else {
vErrors.push(err864);
}
errors++;
}
}
if(data320.action !== undefined){
let data321 = data320.action;
if(typeof data321 !== "string"){
const err865 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err865];
}
else {
vErrors.push(err865);
}
errors++;
}
if(!(((data321 === "deny") || (data321 === "warn")) || (data321 === "off"))){
const err866 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["no-new-privileges"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err866];
}
else {
vErrors.push(err866);
}
errors++;
}
}
if(data320.options !== undefined){
let data322 = data320.options;
if(data322 && typeof data322 == "object" && !Array.isArray(data322)){
for(const key141 in data322){
const err867 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key141},message:"must NOT have additional properties"};
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
const err868 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err869 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err869];
}
else {
vErrors.push(err869);
}
errors++;
}
var _valid70 = _errs1069 === errors;
if(_valid70 && valid260){
valid260 = false;
passing70 = [passing70, 1];
}
else {
if(_valid70){
valid260 = true;
passing70 = 1;
}
}
if(!valid260){
const err870 = {instancePath:instancePath+"/profiles/" + i22+"/rules/no-new-privileges",schemaPath:"#/properties/profiles/items/properties/rules/properties/no-new-privileges/oneOf",keyword:"oneOf",params:{passingSchemas: passing70},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err870];
}
else {
vErrors.push(err870);
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
if(data186["health-check"] !== undefined){
let data323 = data186["health-check"];
const _errs1078 = errors;
let valid262 = false;
let passing71 = null;
const _errs1079 = errors;
if(typeof data323 !== "string"){
const err871 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err871];
}
else {
vErrors.push(err871);
}
errors++;
}
if(!(((data323 === "deny") || (data323 === "warn")) || (data323 === "off"))){
const err872 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["health-check"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err872];
}
else {
vErrors.push(err872);
}
errors++;
}
var _valid71 = _errs1079 === errors;
if(_valid71){
valid262 = true;
passing71 = 0;
}
const _errs1081 = errors;
if(data323 && typeof data323 == "object" && !Array.isArray(data323)){
if(data323.action === undefined){
const err873 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err873];
}
else {
vErrors.push(err873);
}
errors++;
}
for(const key142 in data323){
if(!((key142 === "action") || (key142 === "options"))){
const err874 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key142},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err874];
}
else {
vErrors.push(err874);
}
errors++;
}
}
if(data323.action !== undefined){
let data324 = data323.action;
if(typeof data324 !== "string"){
const err875 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err875];
}
else {
vErrors.push(err875);
}
errors++;
}
if(!(((data324 === "deny") || (data324 === "warn")) || (data324 === "off"))){
const err876 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["health-check"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err876];
}
else {
vErrors.push(err876);
}
errors++;
}
}
if(data323.options !== undefined){
let data325 = data323.options;
if(data325 && typeof data325 == "object" && !Array.isArray(data325)){
for(const key143 in data325){
const err877 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key143},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err877];
}
else {
vErrors.push(err877);
}
errors++;
}
}
else {
const err878 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err878];
}
else {
vErrors.push(err878);
}
errors++;
}
}
}
else {
const err879 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err879];
}
else {
vErrors.push(err879);
}
errors++;
}
var _valid71 = _errs1081 === errors;
if(_valid71 && valid262){
valid262 = false;
passing71 = [passing71, 1];
}
else {
if(_valid71){
valid262 = true;
passing71 = 1;
}
}
if(!valid262){
const err880 = {instancePath:instancePath+"/profiles/" + i22+"/rules/health-check",schemaPath:"#/properties/profiles/items/properties/rules/properties/health-check/oneOf",keyword:"oneOf",params:{passingSchemas: passing71},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err880];
}
else {
vErrors.push(err880);
}
errors++;
}
else {
errors = _errs1078;
if(vErrors !== null){
if(_errs1078){
vErrors.length = _errs1078;
}
else {
vErrors = null;
}
}
}
}
if(data186["image-tag"] !== undefined){
let data326 = data186["image-tag"];
const _errs1090 = errors;
let valid264 = false;
let passing72 = null;
const _errs1091 = errors;
if(typeof data326 !== "string"){
const err881 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err881];
}
else {
vErrors.push(err881);
}
errors++;
}
if(!(((data326 === "deny") || (data326 === "warn")) || (data326 === "off"))){
const err882 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["image-tag"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err882];
}
else {
vErrors.push(err882);
}
errors++;
}
var _valid72 = _errs1091 === errors;
if(_valid72){
valid264 = true;
passing72 = 0;
}
const _errs1093 = errors;
if(data326 && typeof data326 == "object" && !Array.isArray(data326)){
if(data326.action === undefined){
const err883 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err883];
}
else {
vErrors.push(err883);
}
errors++;
}
for(const key144 in data326){
if(!((key144 === "action") || (key144 === "options"))){
const err884 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key144},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err884];
}
else {
vErrors.push(err884);
}
errors++;
}
}
if(data326.action !== undefined){
let data327 = data326.action;
if(typeof data327 !== "string"){
const err885 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err885];
}
else {
vErrors.push(err885);
}
errors++;
}
if(!(((data327 === "deny") || (data327 === "warn")) || (data327 === "off"))){
const err886 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["image-tag"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err886];
}
else {
vErrors.push(err886);
}
errors++;
}
}
if(data326.options !== undefined){
let data328 = data326.options;
if(data328 && typeof data328 == "object" && !Array.isArray(data328)){
for(const key145 in data328){
if(!(key145 === "requireDigest")){
const err887 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key145},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err887];
}
else {
vErrors.push(err887);
}
errors++;
}
}
if(data328.requireDigest !== undefined){
if(typeof data328.requireDigest !== "boolean"){
const err888 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag/options/requireDigest",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err888];
}
else {
vErrors.push(err888);
}
errors++;
}
}
}
else {
const err889 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err889];
}
else {
vErrors.push(err889);
}
errors++;
}
}
}
else {
const err890 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err890];
}
else {
vErrors.push(err890);
}
errors++;
}
var _valid72 = _errs1093 === errors;
if(_valid72 && valid264){
valid264 = false;
passing72 = [passing72, 1];
}
else {
if(_valid72){
valid264 = true;
passing72 = 1;
}
}
if(!valid264){
const err891 = {instancePath:instancePath+"/profiles/" + i22+"/rules/image-tag",schemaPath:"#/properties/profiles/items/properties/rules/properties/image-tag/oneOf",keyword:"oneOf",params:{passingSchemas: passing72},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err891];
}
else {
vErrors.push(err891);
}
errors++;
}
else {
errors = _errs1090;
if(vErrors !== null){
if(_errs1090){
vErrors.length = _errs1090;
}
else {
vErrors = null;
}
}
}
}
if(data186["privileged-ports"] !== undefined){
let data330 = data186["privileged-ports"];
const _errs1104 = errors;
let valid267 = false;
let passing73 = null;
const _errs1105 = errors;
if(typeof data330 !== "string"){
const err892 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err892];
}
else {
vErrors.push(err892);
}
errors++;
}
if(!(((data330 === "deny") || (data330 === "warn")) || (data330 === "off"))){
const err893 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["privileged-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err893];
}
else {
vErrors.push(err893);
}
errors++;
}
var _valid73 = _errs1105 === errors;
if(_valid73){
valid267 = true;
passing73 = 0;
}
const _errs1107 = errors;
if(data330 && typeof data330 == "object" && !Array.isArray(data330)){
if(data330.action === undefined){
const err894 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err894];
}
else {
vErrors.push(err894);
}
errors++;
}
for(const key146 in data330){
if(!((key146 === "action") || (key146 === "options"))){
const err895 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key146},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err895];
}
else {
vErrors.push(err895);
}
errors++;
}
}
if(data330.action !== undefined){
let data331 = data330.action;
if(typeof data331 !== "string"){
const err896 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err896];
}
else {
vErrors.push(err896);
}
errors++;
}
if(!(((data331 === "deny") || (data331 === "warn")) || (data331 === "off"))){
const err897 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["privileged-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err897];
}
else {
vErrors.push(err897);
}
errors++;
}
}
if(data330.options !== undefined){
let data332 = data330.options;
if(data332 && typeof data332 == "object" && !Array.isArray(data332)){
for(const key147 in data332){
const err898 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key147},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err898];
}
else {
vErrors.push(err898);
}
errors++;
}
}
else {
const err899 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err899];
}
else {
vErrors.push(err899);
}
errors++;
}
}
}
else {
const err900 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err900];
}
else {
vErrors.push(err900);
}
errors++;
}
var _valid73 = _errs1107 === errors;
if(_valid73 && valid267){
valid267 = false;
passing73 = [passing73, 1];
}
else {
if(_valid73){
valid267 = true;
passing73 = 1;
}
}
if(!valid267){
const err901 = {instancePath:instancePath+"/profiles/" + i22+"/rules/privileged-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/privileged-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing73},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err901];
}
else {
vErrors.push(err901);
}
errors++;
}
else {
errors = _errs1104;
if(vErrors !== null){
if(_errs1104){
vErrors.length = _errs1104;
}
else {
vErrors = null;
}
}
}
}
if(data186["port-all-interfaces"] !== undefined){
let data333 = data186["port-all-interfaces"];
const _errs1116 = errors;
let valid269 = false;
let passing74 = null;
const _errs1117 = errors;
if(typeof data333 !== "string"){
const err902 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err902];
}
else {
vErrors.push(err902);
}
errors++;
}
if(!(((data333 === "deny") || (data333 === "warn")) || (data333 === "off"))){
const err903 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["port-all-interfaces"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err903];
}
else {
vErrors.push(err903);
}
errors++;
}
var _valid74 = _errs1117 === errors;
if(_valid74){
valid269 = true;
passing74 = 0;
}
const _errs1119 = errors;
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
if(data333.action === undefined){
const err904 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err904];
}
else {
vErrors.push(err904);
}
errors++;
}
for(const key148 in data333){
if(!((key148 === "action") || (key148 === "options"))){
const err905 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key148},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err905];
}
else {
vErrors.push(err905);
}
errors++;
}
}
if(data333.action !== undefined){
let data334 = data333.action;
if(typeof data334 !== "string"){
const err906 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err906];
}
else {
vErrors.push(err906);
}
errors++;
}
if(!(((data334 === "deny") || (data334 === "warn")) || (data334 === "off"))){
const err907 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["port-all-interfaces"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err907];
}
else {
vErrors.push(err907);
}
errors++;
}
}
if(data333.options !== undefined){
let data335 = data333.options;
if(data335 && typeof data335 == "object" && !Array.isArray(data335)){
for(const key149 in data335){
const err908 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key149},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err908];
}
else {
vErrors.push(err908);
}
errors++;
}
}
else {
const err909 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err909];
}
else {
vErrors.push(err909);
}
errors++;
}
}
}
else {
const err910 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err910];
}
else {
vErrors.push(err910);
}
errors++;
}
var _valid74 = _errs1119 === errors;
if(_valid74 && valid269){
valid269 = false;
passing74 = [passing74, 1];
}
else {
if(_valid74){
valid269 = true;
passing74 = 1;
}
}
if(!valid269){
const err911 = {instancePath:instancePath+"/profiles/" + i22+"/rules/port-all-interfaces",schemaPath:"#/properties/profiles/items/properties/rules/properties/port-all-interfaces/oneOf",keyword:"oneOf",params:{passingSchemas: passing74},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err911];
}
else {
vErrors.push(err911);
}
errors++;
}
else {
errors = _errs1116;
if(vErrors !== null){
if(_errs1116){
vErrors.length = _errs1116;
}
else {
vErrors = null;
}
}
}
}
if(data186["publish-all-ports"] !== undefined){
let data336 = data186["publish-all-ports"];
const _errs1128 = errors;
let valid271 = false;
let passing75 = null;
const _errs1129 = errors;
if(typeof data336 !== "string"){
const err912 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err912];
}
else {
vErrors.push(err912);
}
errors++;
}
if(!(((data336 === "deny") || (data336 === "warn")) || (data336 === "off"))){
const err913 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["publish-all-ports"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err913];
}
else {
vErrors.push(err913);
}
errors++;
}
var _valid75 = _errs1129 === errors;
if(_valid75){
valid271 = true;
passing75 = 0;
}
const _errs1131 = errors;
if(data336 && typeof data336 == "object" && !Array.isArray(data336)){
if(data336.action === undefined){
const err914 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err914];
}
else {
vErrors.push(err914);
}
errors++;
}
for(const key150 in data336){
if(!((key150 === "action") || (key150 === "options"))){
const err915 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key150},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err915];
}
else {
vErrors.push(err915);
}
errors++;
}
}
if(data336.action !== undefined){
let data337 = data336.action;
if(typeof data337 !== "string"){
const err916 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err916];
}
else {
vErrors.push(err916);
}
errors++;
}
if(!(((data337 === "deny") || (data337 === "warn")) || (data337 === "off"))){
const err917 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["publish-all-ports"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err917];
}
else {
vErrors.push(err917);
}
errors++;
}
}
if(data336.options !== undefined){
let data338 = data336.options;
if(data338 && typeof data338 == "object" && !Array.isArray(data338)){
for(const key151 in data338){
const err918 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key151},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err918];
}
else {
vErrors.push(err918);
}
errors++;
}
}
else {
const err919 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err919];
}
else {
vErrors.push(err919);
}
errors++;
}
}
}
else {
const err920 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err920];
}
else {
vErrors.push(err920);
}
errors++;
}
var _valid75 = _errs1131 === errors;
if(_valid75 && valid271){
valid271 = false;
passing75 = [passing75, 1];
}
else {
if(_valid75){
valid271 = true;
passing75 = 1;
}
}
if(!valid271){
const err921 = {instancePath:instancePath+"/profiles/" + i22+"/rules/publish-all-ports",schemaPath:"#/properties/profiles/items/properties/rules/properties/publish-all-ports/oneOf",keyword:"oneOf",params:{passingSchemas: passing75},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err921];
}
else {
vErrors.push(err921);
}
errors++;
}
else {
errors = _errs1128;
if(vErrors !== null){
if(_errs1128){
vErrors.length = _errs1128;
}
else {
vErrors = null;
}
}
}
}
if(data186["cpu-limit"] !== undefined){
let data339 = data186["cpu-limit"];
const _errs1140 = errors;
let valid273 = false;
let passing76 = null;
const _errs1141 = errors;
if(typeof data339 !== "string"){
const err922 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err922];
}
else {
vErrors.push(err922);
}
errors++;
}
if(!(((data339 === "deny") || (data339 === "warn")) || (data339 === "off"))){
const err923 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cpu-limit"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err923];
}
else {
vErrors.push(err923);
}
errors++;
}
var _valid76 = _errs1141 === errors;
if(_valid76){
valid273 = true;
passing76 = 0;
}
const _errs1143 = errors;
if(data339 && typeof data339 == "object" && !Array.isArray(data339)){
if(data339.action === undefined){
const err924 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err924];
}
else {
vErrors.push(err924);
}
errors++;
}
for(const key152 in data339){
if(!((key152 === "action") || (key152 === "options"))){
const err925 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key152},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err925];
}
else {
vErrors.push(err925);
}
errors++;
}
}
if(data339.action !== undefined){
let data340 = data339.action;
if(typeof data340 !== "string"){
const err926 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err926];
}
else {
vErrors.push(err926);
}
errors++;
}
if(!(((data340 === "deny") || (data340 === "warn")) || (data340 === "off"))){
const err927 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cpu-limit"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err927];
}
else {
vErrors.push(err927);
}
errors++;
}
}
if(data339.options !== undefined){
let data341 = data339.options;
if(data341 && typeof data341 == "object" && !Array.isArray(data341)){
for(const key153 in data341){
const err928 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key153},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err928];
}
else {
vErrors.push(err928);
}
errors++;
}
}
else {
const err929 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err929];
}
else {
vErrors.push(err929);
}
errors++;
}
}
}
else {
const err930 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err930];
}
else {
vErrors.push(err930);
}
errors++;
}
var _valid76 = _errs1143 === errors;
if(_valid76 && valid273){
valid273 = false;
passing76 = [passing76, 1];
}
else {
if(_valid76){
valid273 = true;
passing76 = 1;
}
}
if(!valid273){
const err931 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cpu-limit",schemaPath:"#/properties/profiles/items/properties/rules/properties/cpu-limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing76},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err931];
}
else {
vErrors.push(err931);
}
errors++;
}
else {
errors = _errs1140;
if(vErrors !== null){
if(_errs1140){
vErrors.length = _errs1140;
}
else {
vErrors = null;
}
}
}
}
if(data186.ulimits !== undefined){
let data342 = data186.ulimits;
const _errs1152 = errors;
let valid275 = false;
let passing77 = null;
const _errs1153 = errors;
if(typeof data342 !== "string"){
const err932 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err932];
}
else {
vErrors.push(err932);
}
errors++;
}
if(!(((data342 === "deny") || (data342 === "warn")) || (data342 === "off"))){
const err933 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.ulimits.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err933];
}
else {
vErrors.push(err933);
}
errors++;
}
var _valid77 = _errs1153 === errors;
if(_valid77){
valid275 = true;
passing77 = 0;
}
const _errs1155 = errors;
if(data342 && typeof data342 == "object" && !Array.isArray(data342)){
if(data342.action === undefined){
const err934 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err934];
}
else {
vErrors.push(err934);
}
errors++;
}
for(const key154 in data342){
if(!((key154 === "action") || (key154 === "options"))){
const err935 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key154},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err935];
}
else {
vErrors.push(err935);
}
errors++;
}
}
if(data342.action !== undefined){
let data343 = data342.action;
if(typeof data343 !== "string"){
const err936 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err936];
}
else {
vErrors.push(err936);
}
errors++;
}
if(!(((data343 === "deny") || (data343 === "warn")) || (data343 === "off"))){
const err937 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.ulimits.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err937];
}
else {
vErrors.push(err937);
}
errors++;
}
}
if(data342.options !== undefined){
let data344 = data342.options;
if(data344 && typeof data344 == "object" && !Array.isArray(data344)){
for(const key155 in data344){
if(!(key155 === "allowed")){
const err938 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key155},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err938];
}
else {
vErrors.push(err938);
}
errors++;
}
}
if(data344.allowed !== undefined){
let data345 = data344.allowed;
if(Array.isArray(data345)){
const len41 = data345.length;
for(let i43=0; i43<len41; i43++){
let data346 = data345[i43];
if(typeof data346 === "string"){
if(func3(data346) < 1){
const err939 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits/options/allowed/" + i43,schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err940 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits/options/allowed/" + i43,schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err941 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err941];
}
else {
vErrors.push(err941);
}
errors++;
}
}
}
else {
const err942 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err943 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err943];
}
else {
vErrors.push(err943);
}
errors++;
}
var _valid77 = _errs1155 === errors;
if(_valid77 && valid275){
valid275 = false;
passing77 = [passing77, 1];
}
else {
if(_valid77){
valid275 = true;
passing77 = 1;
}
}
if(!valid275){
const err944 = {instancePath:instancePath+"/profiles/" + i22+"/rules/ulimits",schemaPath:"#/properties/profiles/items/properties/rules/properties/ulimits/oneOf",keyword:"oneOf",params:{passingSchemas: passing77},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err944];
}
else {
vErrors.push(err944);
}
errors++;
}
else {
errors = _errs1152;
if(vErrors !== null){
if(_errs1152){
vErrors.length = _errs1152;
}
else {
vErrors = null;
}
}
}
}
if(data186["default-bridge"] !== undefined){
let data347 = data186["default-bridge"];
const _errs1168 = errors;
let valid280 = false;
let passing78 = null;
const _errs1169 = errors;
if(typeof data347 !== "string"){
const err945 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err945];
}
else {
vErrors.push(err945);
}
errors++;
}
if(!(((data347 === "deny") || (data347 === "warn")) || (data347 === "off"))){
const err946 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["default-bridge"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err946];
}
else {
vErrors.push(err946);
}
errors++;
}
var _valid78 = _errs1169 === errors;
if(_valid78){
valid280 = true;
passing78 = 0;
}
const _errs1171 = errors;
if(data347 && typeof data347 == "object" && !Array.isArray(data347)){
if(data347.action === undefined){
const err947 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err947];
}
else {
vErrors.push(err947);
}
errors++;
}
for(const key156 in data347){
if(!((key156 === "action") || (key156 === "options"))){
const err948 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key156},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err948];
}
else {
vErrors.push(err948);
}
errors++;
}
}
if(data347.action !== undefined){
let data348 = data347.action;
if(typeof data348 !== "string"){
const err949 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err949];
}
else {
vErrors.push(err949);
}
errors++;
}
if(!(((data348 === "deny") || (data348 === "warn")) || (data348 === "off"))){
const err950 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["default-bridge"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err950];
}
else {
vErrors.push(err950);
}
errors++;
}
}
if(data347.options !== undefined){
let data349 = data347.options;
if(data349 && typeof data349 == "object" && !Array.isArray(data349)){
for(const key157 in data349){
const err951 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key157},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err951];
}
else {
vErrors.push(err951);
}
errors++;
}
}
else {
const err952 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err953 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err953];
}
else {
vErrors.push(err953);
}
errors++;
}
var _valid78 = _errs1171 === errors;
if(_valid78 && valid280){
valid280 = false;
passing78 = [passing78, 1];
}
else {
if(_valid78){
valid280 = true;
passing78 = 1;
}
}
if(!valid280){
const err954 = {instancePath:instancePath+"/profiles/" + i22+"/rules/default-bridge",schemaPath:"#/properties/profiles/items/properties/rules/properties/default-bridge/oneOf",keyword:"oneOf",params:{passingSchemas: passing78},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err954];
}
else {
vErrors.push(err954);
}
errors++;
}
else {
errors = _errs1168;
if(vErrors !== null){
if(_errs1168){
vErrors.length = _errs1168;
}
else {
vErrors = null;
}
}
}
}
if(data186.sysctls !== undefined){
let data350 = data186.sysctls;
const _errs1180 = errors;
let valid282 = false;
let passing79 = null;
const _errs1181 = errors;
if(typeof data350 !== "string"){
const err955 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err955];
}
else {
vErrors.push(err955);
}
errors++;
}
if(!(((data350 === "deny") || (data350 === "warn")) || (data350 === "off"))){
const err956 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sysctls.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err956];
}
else {
vErrors.push(err956);
}
errors++;
}
var _valid79 = _errs1181 === errors;
if(_valid79){
valid282 = true;
passing79 = 0;
}
const _errs1183 = errors;
if(data350 && typeof data350 == "object" && !Array.isArray(data350)){
if(data350.action === undefined){
const err957 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err957];
}
else {
vErrors.push(err957);
}
errors++;
}
for(const key158 in data350){
if(!((key158 === "action") || (key158 === "options"))){
const err958 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key158},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err958];
}
else {
vErrors.push(err958);
}
errors++;
}
}
if(data350.action !== undefined){
let data351 = data350.action;
if(typeof data351 !== "string"){
const err959 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err959];
}
else {
vErrors.push(err959);
}
errors++;
}
if(!(((data351 === "deny") || (data351 === "warn")) || (data351 === "off"))){
const err960 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sysctls.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err960];
}
else {
vErrors.push(err960);
}
errors++;
}
}
if(data350.options !== undefined){
let data352 = data350.options;
if(data352 && typeof data352 == "object" && !Array.isArray(data352)){
for(const key159 in data352){
if(!(key159 === "allowed")){
const err961 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key159},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err961];
}
else {
vErrors.push(err961);
}
errors++;
}
}
if(data352.allowed !== undefined){
let data353 = data352.allowed;
if(Array.isArray(data353)){
const len42 = data353.length;
for(let i44=0; i44<len42; i44++){
let data354 = data353[i44];
if(typeof data354 === "string"){
if(func3(data354) < 1){
const err962 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls/options/allowed/" + i44,schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err963 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls/options/allowed/" + i44,schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err964 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err964];
}
else {
vErrors.push(err964);
}
errors++;
}
}
}
else {
const err965 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err966 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err966];
}
else {
vErrors.push(err966);
}
errors++;
}
var _valid79 = _errs1183 === errors;
if(_valid79 && valid282){
valid282 = false;
passing79 = [passing79, 1];
}
else {
if(_valid79){
valid282 = true;
passing79 = 1;
}
}
if(!valid282){
const err967 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sysctls",schemaPath:"#/properties/profiles/items/properties/rules/properties/sysctls/oneOf",keyword:"oneOf",params:{passingSchemas: passing79},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err967];
}
else {
vErrors.push(err967);
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
if(data186.sshd !== undefined){
let data355 = data186.sshd;
const _errs1196 = errors;
let valid287 = false;
let passing80 = null;
const _errs1197 = errors;
if(typeof data355 !== "string"){
const err968 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err968];
}
else {
vErrors.push(err968);
}
errors++;
}
if(!(((data355 === "deny") || (data355 === "warn")) || (data355 === "off"))){
const err969 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sshd.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err969];
}
else {
vErrors.push(err969);
}
errors++;
}
var _valid80 = _errs1197 === errors;
if(_valid80){
valid287 = true;
passing80 = 0;
}
const _errs1199 = errors;
if(data355 && typeof data355 == "object" && !Array.isArray(data355)){
if(data355.action === undefined){
const err970 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err970];
}
else {
vErrors.push(err970);
}
errors++;
}
for(const key160 in data355){
if(!((key160 === "action") || (key160 === "options"))){
const err971 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key160},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err971];
}
else {
vErrors.push(err971);
}
errors++;
}
}
if(data355.action !== undefined){
let data356 = data355.action;
if(typeof data356 !== "string"){
const err972 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err972];
}
else {
vErrors.push(err972);
}
errors++;
}
if(!(((data356 === "deny") || (data356 === "warn")) || (data356 === "off"))){
const err973 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties.sshd.oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err973];
}
else {
vErrors.push(err973);
}
errors++;
}
}
if(data355.options !== undefined){
let data357 = data355.options;
if(data357 && typeof data357 == "object" && !Array.isArray(data357)){
for(const key161 in data357){
const err974 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key161},message:"must NOT have additional properties"};
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
const err975 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err976 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err976];
}
else {
vErrors.push(err976);
}
errors++;
}
var _valid80 = _errs1199 === errors;
if(_valid80 && valid287){
valid287 = false;
passing80 = [passing80, 1];
}
else {
if(_valid80){
valid287 = true;
passing80 = 1;
}
}
if(!valid287){
const err977 = {instancePath:instancePath+"/profiles/" + i22+"/rules/sshd",schemaPath:"#/properties/profiles/items/properties/rules/properties/sshd/oneOf",keyword:"oneOf",params:{passingSchemas: passing80},message:"must match exactly one schema in oneOf"};
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
if(data186["cgroup-parent"] !== undefined){
let data358 = data186["cgroup-parent"];
const _errs1208 = errors;
let valid289 = false;
let passing81 = null;
const _errs1209 = errors;
if(typeof data358 !== "string"){
const err978 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err978];
}
else {
vErrors.push(err978);
}
errors++;
}
if(!(((data358 === "deny") || (data358 === "warn")) || (data358 === "off"))){
const err979 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cgroup-parent"].oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err979];
}
else {
vErrors.push(err979);
}
errors++;
}
var _valid81 = _errs1209 === errors;
if(_valid81){
valid289 = true;
passing81 = 0;
}
const _errs1211 = errors;
if(data358 && typeof data358 == "object" && !Array.isArray(data358)){
if(data358.action === undefined){
const err980 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err980];
}
else {
vErrors.push(err980);
}
errors++;
}
for(const key162 in data358){
if(!((key162 === "action") || (key162 === "options"))){
const err981 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key162},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err981];
}
else {
vErrors.push(err981);
}
errors++;
}
}
if(data358.action !== undefined){
let data359 = data358.action;
if(typeof data359 !== "string"){
const err982 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err982];
}
else {
vErrors.push(err982);
}
errors++;
}
if(!(((data359 === "deny") || (data359 === "warn")) || (data359 === "off"))){
const err983 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent/action",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.properties["cgroup-parent"].oneOf[1].properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err983];
}
else {
vErrors.push(err983);
}
errors++;
}
}
if(data358.options !== undefined){
let data360 = data358.options;
if(data360 && typeof data360 == "object" && !Array.isArray(data360)){
for(const key163 in data360){
if(!(key163 === "allowed")){
const err984 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key163},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err984];
}
else {
vErrors.push(err984);
}
errors++;
}
}
if(data360.allowed !== undefined){
let data361 = data360.allowed;
if(Array.isArray(data361)){
const len43 = data361.length;
for(let i45=0; i45<len43; i45++){
let data362 = data361[i45];
if(typeof data362 === "string"){
if(func3(data362) < 1){
const err985 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent/options/allowed/" + i45,schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err986 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent/options/allowed/" + i45,schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err987 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent/options/allowed",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err988 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent/options",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err989 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err989];
}
else {
vErrors.push(err989);
}
errors++;
}
var _valid81 = _errs1211 === errors;
if(_valid81 && valid289){
valid289 = false;
passing81 = [passing81, 1];
}
else {
if(_valid81){
valid289 = true;
passing81 = 1;
}
}
if(!valid289){
const err990 = {instancePath:instancePath+"/profiles/" + i22+"/rules/cgroup-parent",schemaPath:"#/properties/profiles/items/properties/rules/properties/cgroup-parent/oneOf",keyword:"oneOf",params:{passingSchemas: passing81},message:"must match exactly one schema in oneOf"};
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
for(const key164 in data186){
if(pattern8.test(key164)){
let data363 = data186[key164];
if(typeof data363 !== "string"){
const err991 = {instancePath:instancePath+"/profiles/" + i22+"/rules/" + key164.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/items/properties/rules/patternProperties/%5Ecustom~1%5Ba-z0-9%5D%5Ba-z0-9._-%5D*%24/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err991];
}
else {
vErrors.push(err991);
}
errors++;
}
if(!(((data363 === "deny") || (data363 === "warn")) || (data363 === "off"))){
const err992 = {instancePath:instancePath+"/profiles/" + i22+"/rules/" + key164.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/profiles/items/properties/rules/patternProperties/%5Ecustom~1%5Ba-z0-9%5D%5Ba-z0-9._-%5D*%24/enum",keyword:"enum",params:{allowedValues: schema11.properties.profiles.items.properties.rules.patternProperties["^custom/[a-z0-9][a-z0-9._-]*$"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err992];
}
else {
vErrors.push(err992);
}
errors++;
}
}
}
}
else {
const err993 = {instancePath:instancePath+"/profiles/" + i22+"/rules",schemaPath:"#/properties/profiles/items/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err994 = {instancePath:instancePath+"/profiles/" + i22,schemaPath:"#/properties/profiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err994];
}
else {
vErrors.push(err994);
}
errors++;
}
}
}
else {
const err995 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err995];
}
else {
vErrors.push(err995);
}
errors++;
}
}
if(data.customRules !== undefined){
let data364 = data.customRules;
if(Array.isArray(data364)){
const len44 = data364.length;
for(let i46=0; i46<len44; i46++){
let data365 = data364[i46];
const _errs1230 = errors;
let valid298 = true;
const _errs1231 = errors;
if(errors === _errs1231){
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
let missing0;
if((data365.operator === undefined) && (missing0 = "operator")){
const err996 = {};
if(vErrors === null){
vErrors = [err996];
}
else {
vErrors.push(err996);
}
errors++;
}
else {
if(data365.operator !== undefined){
if("equals" !== data365.operator){
const err997 = {};
if(vErrors === null){
vErrors = [err997];
}
else {
vErrors.push(err997);
}
errors++;
}
}
}
}
else {
const err998 = {};
if(vErrors === null){
vErrors = [err998];
}
else {
vErrors.push(err998);
}
errors++;
}
}
var _valid82 = _errs1231 === errors;
errors = _errs1230;
if(vErrors !== null){
if(_errs1230){
vErrors.length = _errs1230;
}
else {
vErrors = null;
}
}
if(_valid82){
const _errs1234 = errors;
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
if(data365.value === undefined){
const err999 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err999];
}
else {
vErrors.push(err999);
}
errors++;
}
if(data365.value !== undefined){
let data367 = data365.value;
if(((typeof data367 !== "string") && (!((typeof data367 == "number") && (isFinite(data367))))) && (typeof data367 !== "boolean")){
const err1000 = {instancePath:instancePath+"/customRules/" + i46+"/value",schemaPath:"#/properties/customRules/items/allOf/0/then/properties/value/type",keyword:"type",params:{type: schema11.properties.customRules.items.allOf[0].then.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1000];
}
else {
vErrors.push(err1000);
}
errors++;
}
}
}
else {
const err1001 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/0/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1001];
}
else {
vErrors.push(err1001);
}
errors++;
}
var _valid82 = _errs1234 === errors;
valid298 = _valid82;
}
if(!valid298){
const err1002 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1002];
}
else {
vErrors.push(err1002);
}
errors++;
}
const _errs1239 = errors;
let valid301 = true;
const _errs1240 = errors;
if(errors === _errs1240){
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
let missing1;
if((data365.operator === undefined) && (missing1 = "operator")){
const err1003 = {};
if(vErrors === null){
vErrors = [err1003];
}
else {
vErrors.push(err1003);
}
errors++;
}
else {
if(data365.operator !== undefined){
if("in" !== data365.operator){
const err1004 = {};
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
}
else {
const err1005 = {};
if(vErrors === null){
vErrors = [err1005];
}
else {
vErrors.push(err1005);
}
errors++;
}
}
var _valid83 = _errs1240 === errors;
errors = _errs1239;
if(vErrors !== null){
if(_errs1239){
vErrors.length = _errs1239;
}
else {
vErrors = null;
}
}
if(_valid83){
const _errs1243 = errors;
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
if(data365.value === undefined){
const err1006 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/1/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1006];
}
else {
vErrors.push(err1006);
}
errors++;
}
if(data365.value !== undefined){
let data369 = data365.value;
if(Array.isArray(data369)){
if(data369.length < 1){
const err1007 = {instancePath:instancePath+"/customRules/" + i46+"/value",schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1007];
}
else {
vErrors.push(err1007);
}
errors++;
}
const len45 = data369.length;
for(let i47=0; i47<len45; i47++){
let data370 = data369[i47];
if(((typeof data370 !== "string") && (!((typeof data370 == "number") && (isFinite(data370))))) && (typeof data370 !== "boolean")){
const err1008 = {instancePath:instancePath+"/customRules/" + i46+"/value/" + i47,schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/items/type",keyword:"type",params:{type: schema11.properties.customRules.items.allOf[1].then.properties.value.items.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1008];
}
else {
vErrors.push(err1008);
}
errors++;
}
}
}
else {
const err1009 = {instancePath:instancePath+"/customRules/" + i46+"/value",schemaPath:"#/properties/customRules/items/allOf/1/then/properties/value/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err1010 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/1/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1010];
}
else {
vErrors.push(err1010);
}
errors++;
}
var _valid83 = _errs1243 === errors;
valid301 = _valid83;
}
if(!valid301){
const err1011 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1011];
}
else {
vErrors.push(err1011);
}
errors++;
}
const _errs1250 = errors;
let valid306 = true;
const _errs1251 = errors;
if(errors === _errs1251){
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
let missing2;
if((data365.operator === undefined) && (missing2 = "operator")){
const err1012 = {};
if(vErrors === null){
vErrors = [err1012];
}
else {
vErrors.push(err1012);
}
errors++;
}
else {
if(data365.operator !== undefined){
if("glob" !== data365.operator){
const err1013 = {};
if(vErrors === null){
vErrors = [err1013];
}
else {
vErrors.push(err1013);
}
errors++;
}
}
}
}
else {
const err1014 = {};
if(vErrors === null){
vErrors = [err1014];
}
else {
vErrors.push(err1014);
}
errors++;
}
}
var _valid84 = _errs1251 === errors;
errors = _errs1250;
if(vErrors !== null){
if(_errs1250){
vErrors.length = _errs1250;
}
else {
vErrors = null;
}
}
if(_valid84){
const _errs1254 = errors;
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
if(data365.value === undefined){
const err1015 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/2/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1015];
}
else {
vErrors.push(err1015);
}
errors++;
}
if(data365.value !== undefined){
let data372 = data365.value;
if(typeof data372 === "string"){
if(func3(data372) < 1){
const err1016 = {instancePath:instancePath+"/customRules/" + i46+"/value",schemaPath:"#/properties/customRules/items/allOf/2/then/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1016];
}
else {
vErrors.push(err1016);
}
errors++;
}
}
else {
const err1017 = {instancePath:instancePath+"/customRules/" + i46+"/value",schemaPath:"#/properties/customRules/items/allOf/2/then/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1017];
}
else {
vErrors.push(err1017);
}
errors++;
}
}
}
else {
const err1018 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/2/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1018];
}
else {
vErrors.push(err1018);
}
errors++;
}
var _valid84 = _errs1254 === errors;
valid306 = _valid84;
}
if(!valid306){
const err1019 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1019];
}
else {
vErrors.push(err1019);
}
errors++;
}
const _errs1259 = errors;
let valid309 = true;
const _errs1260 = errors;
if(errors === _errs1260){
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
let missing3;
if((data365.operator === undefined) && (missing3 = "operator")){
const err1020 = {};
if(vErrors === null){
vErrors = [err1020];
}
else {
vErrors.push(err1020);
}
errors++;
}
else {
if(data365.operator !== undefined){
if("regex" !== data365.operator){
const err1021 = {};
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
}
else {
const err1022 = {};
if(vErrors === null){
vErrors = [err1022];
}
else {
vErrors.push(err1022);
}
errors++;
}
}
var _valid85 = _errs1260 === errors;
errors = _errs1259;
if(vErrors !== null){
if(_errs1259){
vErrors.length = _errs1259;
}
else {
vErrors = null;
}
}
if(_valid85){
const _errs1263 = errors;
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
if(data365.value === undefined){
const err1023 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/3/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1023];
}
else {
vErrors.push(err1023);
}
errors++;
}
if(data365.value !== undefined){
let data374 = data365.value;
if(typeof data374 === "string"){
if(func3(data374) > 256){
const err1024 = {instancePath:instancePath+"/customRules/" + i46+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err1024];
}
else {
vErrors.push(err1024);
}
errors++;
}
if(func3(data374) < 1){
const err1025 = {instancePath:instancePath+"/customRules/" + i46+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1025];
}
else {
vErrors.push(err1025);
}
errors++;
}
}
else {
const err1026 = {instancePath:instancePath+"/customRules/" + i46+"/value",schemaPath:"#/properties/customRules/items/allOf/3/then/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err1027 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/3/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1027];
}
else {
vErrors.push(err1027);
}
errors++;
}
var _valid85 = _errs1263 === errors;
valid309 = _valid85;
}
if(!valid309){
const err1028 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1028];
}
else {
vErrors.push(err1028);
}
errors++;
}
const _errs1268 = errors;
let valid312 = true;
const _errs1269 = errors;
if(errors === _errs1269){
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
let missing4;
if((data365.operator === undefined) && (missing4 = "operator")){
const err1029 = {};
if(vErrors === null){
vErrors = [err1029];
}
else {
vErrors.push(err1029);
}
errors++;
}
else {
if(data365.operator !== undefined){
if("greater-than" !== data365.operator){
const err1030 = {};
if(vErrors === null){
vErrors = [err1030];
}
else {
vErrors.push(err1030);
}
errors++;
}
}
}
}
else {
const err1031 = {};
if(vErrors === null){
vErrors = [err1031];
}
else {
vErrors.push(err1031);
}
errors++;
}
}
var _valid86 = _errs1269 === errors;
errors = _errs1268;
if(vErrors !== null){
if(_errs1268){
vErrors.length = _errs1268;
}
else {
vErrors = null;
}
}
if(_valid86){
const _errs1272 = errors;
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
if(data365.value === undefined){
const err1032 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/4/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1032];
}
else {
vErrors.push(err1032);
}
errors++;
}
if(data365.value !== undefined){
let data376 = data365.value;
if(!((typeof data376 == "number") && (isFinite(data376)))){
const err1033 = {instancePath:instancePath+"/customRules/" + i46+"/value",schemaPath:"#/properties/customRules/items/allOf/4/then/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err1034 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/4/then/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1034];
}
else {
vErrors.push(err1034);
}
errors++;
}
var _valid86 = _errs1272 === errors;
valid312 = _valid86;
}
if(!valid312){
const err1035 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1035];
}
else {
vErrors.push(err1035);
}
errors++;
}
if(data365 && typeof data365 == "object" && !Array.isArray(data365)){
if(data365.id === undefined){
const err1036 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1036];
}
else {
vErrors.push(err1036);
}
errors++;
}
if(data365.operations === undefined){
const err1037 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "operations"},message:"must have required property '"+"operations"+"'"};
if(vErrors === null){
vErrors = [err1037];
}
else {
vErrors.push(err1037);
}
errors++;
}
if(data365.field === undefined){
const err1038 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err1038];
}
else {
vErrors.push(err1038);
}
errors++;
}
if(data365.operator === undefined){
const err1039 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "operator"},message:"must have required property '"+"operator"+"'"};
if(vErrors === null){
vErrors = [err1039];
}
else {
vErrors.push(err1039);
}
errors++;
}
if(data365.message === undefined){
const err1040 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err1040];
}
else {
vErrors.push(err1040);
}
errors++;
}
if(data365.action === undefined){
const err1041 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err1041];
}
else {
vErrors.push(err1041);
}
errors++;
}
for(const key165 in data365){
if(!(func2.call(schema11.properties.customRules.items.properties, key165))){
const err1042 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key165},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1042];
}
else {
vErrors.push(err1042);
}
errors++;
}
}
if(data365.id !== undefined){
let data377 = data365.id;
if(typeof data377 === "string"){
if(!pattern8.test(data377)){
const err1043 = {instancePath:instancePath+"/customRules/" + i46+"/id",schemaPath:"#/properties/customRules/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^custom/[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^custom/[a-z0-9][a-z0-9._-]*$"+"\""};
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
const err1044 = {instancePath:instancePath+"/customRules/" + i46+"/id",schemaPath:"#/properties/customRules/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1044];
}
else {
vErrors.push(err1044);
}
errors++;
}
}
if(data365.description !== undefined){
if(typeof data365.description !== "string"){
const err1045 = {instancePath:instancePath+"/customRules/" + i46+"/description",schemaPath:"#/properties/customRules/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1045];
}
else {
vErrors.push(err1045);
}
errors++;
}
}
if(data365.operations !== undefined){
let data379 = data365.operations;
if(Array.isArray(data379)){
if(data379.length < 1){
const err1046 = {instancePath:instancePath+"/customRules/" + i46+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1046];
}
else {
vErrors.push(err1046);
}
errors++;
}
const len46 = data379.length;
for(let i48=0; i48<len46; i48++){
let data380 = data379[i48];
if(typeof data380 !== "string"){
const err1047 = {instancePath:instancePath+"/customRules/" + i46+"/operations/" + i48,schemaPath:"#/properties/customRules/items/properties/operations/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1047];
}
else {
vErrors.push(err1047);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data380 === "build.cancel") || (data380 === "build.prune")) || (data380 === "checkpoint.create")) || (data380 === "checkpoint.list")) || (data380 === "checkpoint.remove")) || (data380 === "config.create")) || (data380 === "config.inspect")) || (data380 === "config.list")) || (data380 === "config.remove")) || (data380 === "config.update")) || (data380 === "container.archive.get")) || (data380 === "container.archive.head")) || (data380 === "container.archive.put")) || (data380 === "container.attach")) || (data380 === "container.attach.ws")) || (data380 === "container.changes")) || (data380 === "container.commit")) || (data380 === "container.copy")) || (data380 === "container.create")) || (data380 === "container.exec")) || (data380 === "container.export")) || (data380 === "container.inspect")) || (data380 === "container.kill")) || (data380 === "container.list")) || (data380 === "container.logs")) || (data380 === "container.pause")) || (data380 === "container.prune")) || (data380 === "container.remove")) || (data380 === "container.rename")) || (data380 === "container.resize")) || (data380 === "container.restart")) || (data380 === "container.start")) || (data380 === "container.stats")) || (data380 === "container.stop")) || (data380 === "container.top")) || (data380 === "container.unpause")) || (data380 === "container.update")) || (data380 === "container.wait")) || (data380 === "debug.pprof.cmdline")) || (data380 === "debug.pprof.index")) || (data380 === "debug.pprof.lookup")) || (data380 === "debug.pprof.profile")) || (data380 === "debug.pprof.symbol")) || (data380 === "debug.pprof.trace")) || (data380 === "debug.vars")) || (data380 === "distribution.inspect")) || (data380 === "exec.inspect")) || (data380 === "exec.resize")) || (data380 === "exec.start")) || (data380 === "grpc")) || (data380 === "image.attestations")) || (data380 === "image.build")) || (data380 === "image.create")) || (data380 === "image.history")) || (data380 === "image.inspect")) || (data380 === "image.list")) || (data380 === "image.load")) || (data380 === "image.prune")) || (data380 === "image.push")) || (data380 === "image.remove")) || (data380 === "image.save")) || (data380 === "image.search")) || (data380 === "image.tag")) || (data380 === "network.connect")) || (data380 === "network.create")) || (data380 === "network.disconnect")) || (data380 === "network.inspect")) || (data380 === "network.list")) || (data380 === "network.prune")) || (data380 === "network.remove")) || (data380 === "node.inspect")) || (data380 === "node.list")) || (data380 === "node.remove")) || (data380 === "node.update")) || (data380 === "plugin.create")) || (data380 === "plugin.disable")) || (data380 === "plugin.enable")) || (data380 === "plugin.inspect")) || (data380 === "plugin.list")) || (data380 === "plugin.privileges")) || (data380 === "plugin.pull")) || (data380 === "plugin.push")) || (data380 === "plugin.remove")) || (data380 === "plugin.set")) || (data380 === "plugin.upgrade")) || (data380 === "secret.create")) || (data380 === "secret.inspect")) || (data380 === "secret.list")) || (data380 === "secret.remove")) || (data380 === "secret.update")) || (data380 === "service.create")) || (data380 === "service.inspect")) || (data380 === "service.list")) || (data380 === "service.logs")) || (data380 === "service.remove")) || (data380 === "service.update")) || (data380 === "session")) || (data380 === "swarm.init")) || (data380 === "swarm.inspect")) || (data380 === "swarm.join")) || (data380 === "swarm.leave")) || (data380 === "swarm.unlock")) || (data380 === "swarm.unlockkey")) || (data380 === "swarm.update")) || (data380 === "system.auth")) || (data380 === "system.df")) || (data380 === "system.events")) || (data380 === "system.info")) || (data380 === "system.options")) || (data380 === "system.ping")) || (data380 === "system.version")) || (data380 === "task.inspect")) || (data380 === "task.list")) || (data380 === "task.logs")) || (data380 === "volume.create")) || (data380 === "volume.inspect")) || (data380 === "volume.list")) || (data380 === "volume.prune")) || (data380 === "volume.remove")) || (data380 === "volume.update"))){
const err1048 = {instancePath:instancePath+"/customRules/" + i46+"/operations/" + i48,schemaPath:"#/properties/customRules/items/properties/operations/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.operations.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1048];
}
else {
vErrors.push(err1048);
}
errors++;
}
}
let i49 = data379.length;
let j2;
if(i49 > 1){
const indices2 = {};
for(;i49--;){
let item2 = data379[i49];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err1049 = {instancePath:instancePath+"/customRules/" + i46+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/uniqueItems",keyword:"uniqueItems",params:{i: i49, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i49+" are identical)"};
if(vErrors === null){
vErrors = [err1049];
}
else {
vErrors.push(err1049);
}
errors++;
break;
}
indices2[item2] = i49;
}
}
}
else {
const err1050 = {instancePath:instancePath+"/customRules/" + i46+"/operations",schemaPath:"#/properties/customRules/items/properties/operations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1050];
}
else {
vErrors.push(err1050);
}
errors++;
}
}
if(data365.field !== undefined){
let data381 = data365.field;
if(typeof data381 === "string"){
if(func3(data381) > 300){
const err1051 = {instancePath:instancePath+"/customRules/" + i46+"/field",schemaPath:"#/properties/customRules/items/properties/field/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1051];
}
else {
vErrors.push(err1051);
}
errors++;
}
if(!pattern18.test(data381)){
const err1052 = {instancePath:instancePath+"/customRules/" + i46+"/field",schemaPath:"#/properties/customRules/items/properties/field/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$"+"\""};
if(vErrors === null){
vErrors = [err1052];
}
else {
vErrors.push(err1052);
}
errors++;
}
}
else {
const err1053 = {instancePath:instancePath+"/customRules/" + i46+"/field",schemaPath:"#/properties/customRules/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1053];
}
else {
vErrors.push(err1053);
}
errors++;
}
}
if(data365.operator !== undefined){
let data382 = data365.operator;
if(typeof data382 !== "string"){
const err1054 = {instancePath:instancePath+"/customRules/" + i46+"/operator",schemaPath:"#/properties/customRules/items/properties/operator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1054];
}
else {
vErrors.push(err1054);
}
errors++;
}
if(!((((((data382 === "equals") || (data382 === "in")) || (data382 === "glob")) || (data382 === "regex")) || (data382 === "exists")) || (data382 === "greater-than"))){
const err1055 = {instancePath:instancePath+"/customRules/" + i46+"/operator",schemaPath:"#/properties/customRules/items/properties/operator/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.operator.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1055];
}
else {
vErrors.push(err1055);
}
errors++;
}
}
if(data365.message !== undefined){
let data383 = data365.message;
if(typeof data383 === "string"){
if(func3(data383) > 300){
const err1056 = {instancePath:instancePath+"/customRules/" + i46+"/message",schemaPath:"#/properties/customRules/items/properties/message/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1056];
}
else {
vErrors.push(err1056);
}
errors++;
}
if(func3(data383) < 1){
const err1057 = {instancePath:instancePath+"/customRules/" + i46+"/message",schemaPath:"#/properties/customRules/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err1058 = {instancePath:instancePath+"/customRules/" + i46+"/message",schemaPath:"#/properties/customRules/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1058];
}
else {
vErrors.push(err1058);
}
errors++;
}
}
if(data365.fix !== undefined){
let data384 = data365.fix;
if(typeof data384 === "string"){
if(func3(data384) > 300){
const err1059 = {instancePath:instancePath+"/customRules/" + i46+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err1059];
}
else {
vErrors.push(err1059);
}
errors++;
}
if(func3(data384) < 1){
const err1060 = {instancePath:instancePath+"/customRules/" + i46+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1060];
}
else {
vErrors.push(err1060);
}
errors++;
}
}
else {
const err1061 = {instancePath:instancePath+"/customRules/" + i46+"/fix",schemaPath:"#/properties/customRules/items/properties/fix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1061];
}
else {
vErrors.push(err1061);
}
errors++;
}
}
if(data365.action !== undefined){
let data385 = data365.action;
if(typeof data385 !== "string"){
const err1062 = {instancePath:instancePath+"/customRules/" + i46+"/action",schemaPath:"#/properties/customRules/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1062];
}
else {
vErrors.push(err1062);
}
errors++;
}
if(!(((data385 === "deny") || (data385 === "warn")) || (data385 === "off"))){
const err1063 = {instancePath:instancePath+"/customRules/" + i46+"/action",schemaPath:"#/properties/customRules/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1063];
}
else {
vErrors.push(err1063);
}
errors++;
}
}
if(data365.severity !== undefined){
let data386 = data365.severity;
if(typeof data386 !== "string"){
const err1064 = {instancePath:instancePath+"/customRules/" + i46+"/severity",schemaPath:"#/properties/customRules/items/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1064];
}
else {
vErrors.push(err1064);
}
errors++;
}
if(!((((data386 === "critical") || (data386 === "high")) || (data386 === "medium")) || (data386 === "low"))){
const err1065 = {instancePath:instancePath+"/customRules/" + i46+"/severity",schemaPath:"#/properties/customRules/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.customRules.items.properties.severity.enum},message:"must be equal to one of the allowed values"};
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
const err1066 = {instancePath:instancePath+"/customRules/" + i46,schemaPath:"#/properties/customRules/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1066];
}
else {
vErrors.push(err1066);
}
errors++;
}
}
}
else {
const err1067 = {instancePath:instancePath+"/customRules",schemaPath:"#/properties/customRules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1067];
}
else {
vErrors.push(err1067);
}
errors++;
}
}
if(data.exemptions !== undefined){
let data387 = data.exemptions;
if(Array.isArray(data387)){
const len47 = data387.length;
for(let i50=0; i50<len47; i50++){
let data388 = data387[i50];
const _errs1301 = errors;
let valid321 = false;
const _errs1302 = errors;
if(data388 && typeof data388 == "object" && !Array.isArray(data388)){
if(data388.users === undefined){
const err1068 = {instancePath:instancePath+"/exemptions/" + i50,schemaPath:"#/properties/exemptions/items/anyOf/0/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'"};
if(vErrors === null){
vErrors = [err1068];
}
else {
vErrors.push(err1068);
}
errors++;
}
}
var _valid87 = _errs1302 === errors;
valid321 = valid321 || _valid87;
if(!valid321){
const _errs1303 = errors;
if(data388 && typeof data388 == "object" && !Array.isArray(data388)){
if(data388.images === undefined){
const err1069 = {instancePath:instancePath+"/exemptions/" + i50,schemaPath:"#/properties/exemptions/items/anyOf/1/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'"};
if(vErrors === null){
vErrors = [err1069];
}
else {
vErrors.push(err1069);
}
errors++;
}
}
var _valid87 = _errs1303 === errors;
valid321 = valid321 || _valid87;
if(!valid321){
const _errs1304 = errors;
if(data388 && typeof data388 == "object" && !Array.isArray(data388)){
if(data388.containerNames === undefined){
const err1070 = {instancePath:instancePath+"/exemptions/" + i50,schemaPath:"#/properties/exemptions/items/anyOf/2/required",keyword:"required",params:{missingProperty: "containerNames"},message:"must have required property '"+"containerNames"+"'"};
if(vErrors === null){
vErrors = [err1070];
}
else {
vErrors.push(err1070);
}
errors++;
}
}
var _valid87 = _errs1304 === errors;
valid321 = valid321 || _valid87;
}
}
if(!valid321){
const err1071 = {instancePath:instancePath+"/exemptions/" + i50,schemaPath:"#/properties/exemptions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1071];
}
else {
vErrors.push(err1071);
}
errors++;
}
else {
errors = _errs1301;
if(vErrors !== null){
if(_errs1301){
vErrors.length = _errs1301;
}
else {
vErrors = null;
}
}
}
if(data388 && typeof data388 == "object" && !Array.isArray(data388)){
if(data388.id === undefined){
const err1072 = {instancePath:instancePath+"/exemptions/" + i50,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1072];
}
else {
vErrors.push(err1072);
}
errors++;
}
if(data388.reason === undefined){
const err1073 = {instancePath:instancePath+"/exemptions/" + i50,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err1073];
}
else {
vErrors.push(err1073);
}
errors++;
}
if(data388.rules === undefined){
const err1074 = {instancePath:instancePath+"/exemptions/" + i50,schemaPath:"#/properties/exemptions/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'"};
if(vErrors === null){
vErrors = [err1074];
}
else {
vErrors.push(err1074);
}
errors++;
}
for(const key166 in data388){
if(!(((((((key166 === "id") || (key166 === "reason")) || (key166 === "rules")) || (key166 === "users")) || (key166 === "images")) || (key166 === "requireDigest")) || (key166 === "containerNames"))){
const err1075 = {instancePath:instancePath+"/exemptions/" + i50,schemaPath:"#/properties/exemptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key166},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1075];
}
else {
vErrors.push(err1075);
}
errors++;
}
}
if(data388.id !== undefined){
let data389 = data388.id;
if(typeof data389 === "string"){
if(!pattern7.test(data389)){
const err1076 = {instancePath:instancePath+"/exemptions/" + i50+"/id",schemaPath:"#/properties/exemptions/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1076];
}
else {
vErrors.push(err1076);
}
errors++;
}
}
else {
const err1077 = {instancePath:instancePath+"/exemptions/" + i50+"/id",schemaPath:"#/properties/exemptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1077];
}
else {
vErrors.push(err1077);
}
errors++;
}
}
if(data388.reason !== undefined){
let data390 = data388.reason;
if(typeof data390 === "string"){
if(func3(data390) < 1){
const err1078 = {instancePath:instancePath+"/exemptions/" + i50+"/reason",schemaPath:"#/properties/exemptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1078];
}
else {
vErrors.push(err1078);
}
errors++;
}
}
else {
const err1079 = {instancePath:instancePath+"/exemptions/" + i50+"/reason",schemaPath:"#/properties/exemptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1079];
}
else {
vErrors.push(err1079);
}
errors++;
}
}
if(data388.rules !== undefined){
let data391 = data388.rules;
if(Array.isArray(data391)){
if(data391.length < 1){
const err1080 = {instancePath:instancePath+"/exemptions/" + i50+"/rules",schemaPath:"#/properties/exemptions/items/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1080];
}
else {
vErrors.push(err1080);
}
errors++;
}
const len48 = data391.length;
for(let i51=0; i51<len48; i51++){
let data392 = data391[i51];
if(typeof data392 !== "string"){
const err1081 = {instancePath:instancePath+"/exemptions/" + i50+"/rules/" + i51,schemaPath:"#/properties/exemptions/items/properties/rules/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1081];
}
else {
vErrors.push(err1081);
}
errors++;
}
const _errs1314 = errors;
let valid325 = false;
const _errs1315 = errors;
if(!((((((((((((((((((((((((((((((((((((((((data392 === "*") || (data392 === "privileged")) || (data392 === "host-network")) || (data392 === "seccomp-unconfined")) || (data392 === "apparmor-unconfined")) || (data392 === "memory-limit")) || (data392 === "restart-policy")) || (data392 === "host-pid")) || (data392 === "host-ipc")) || (data392 === "host-uts")) || (data392 === "host-userns")) || (data392 === "host-cgroupns")) || (data392 === "capabilities")) || (data392 === "sensitive-mounts")) || (data392 === "docker-socket")) || (data392 === "mount-propagation")) || (data392 === "host-devices")) || (data392 === "selinux-unconfined")) || (data392 === "systempaths-unconfined")) || (data392 === "security-opt-allowlist")) || (data392 === "build-options")) || (data392 === "plugin-install")) || (data392 === "swarm-join")) || (data392 === "swarm-init")) || (data392 === "service-rollback")) || (data392 === "exec-root-user")) || (data392 === "read-only-rootfs")) || (data392 === "pids-limit")) || (data392 === "no-new-privileges")) || (data392 === "health-check")) || (data392 === "image-tag")) || (data392 === "privileged-ports")) || (data392 === "port-all-interfaces")) || (data392 === "publish-all-ports")) || (data392 === "cpu-limit")) || (data392 === "ulimits")) || (data392 === "default-bridge")) || (data392 === "sysctls")) || (data392 === "sshd")) || (data392 === "cgroup-parent"))){
const err1082 = {instancePath:instancePath+"/exemptions/" + i50+"/rules/" + i51,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.exemptions.items.properties.rules.items.anyOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1082];
}
else {
vErrors.push(err1082);
}
errors++;
}
var _valid88 = _errs1315 === errors;
valid325 = valid325 || _valid88;
if(!valid325){
const _errs1316 = errors;
if(typeof data392 === "string"){
if(!pattern8.test(data392)){
const err1083 = {instancePath:instancePath+"/exemptions/" + i50+"/rules/" + i51,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^custom/[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^custom/[a-z0-9][a-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err1083];
}
else {
vErrors.push(err1083);
}
errors++;
}
}
var _valid88 = _errs1316 === errors;
valid325 = valid325 || _valid88;
}
if(!valid325){
const err1084 = {instancePath:instancePath+"/exemptions/" + i50+"/rules/" + i51,schemaPath:"#/properties/exemptions/items/properties/rules/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1084];
}
else {
vErrors.push(err1084);
}
errors++;
}
else {
errors = _errs1314;
if(vErrors !== null){
if(_errs1314){
vErrors.length = _errs1314;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err1085 = {instancePath:instancePath+"/exemptions/" + i50+"/rules",schemaPath:"#/properties/exemptions/items/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1085];
}
else {
vErrors.push(err1085);
}
errors++;
}
}
if(data388.users !== undefined){
let data393 = data388.users;
if(Array.isArray(data393)){
if(data393.length < 1){
const err1086 = {instancePath:instancePath+"/exemptions/" + i50+"/users",schemaPath:"#/properties/exemptions/items/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1086];
}
else {
vErrors.push(err1086);
}
errors++;
}
const len49 = data393.length;
for(let i52=0; i52<len49; i52++){
let data394 = data393[i52];
if(typeof data394 === "string"){
if(func3(data394) < 1){
const err1087 = {instancePath:instancePath+"/exemptions/" + i50+"/users/" + i52,schemaPath:"#/properties/exemptions/items/properties/users/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1087];
}
else {
vErrors.push(err1087);
}
errors++;
}
}
else {
const err1088 = {instancePath:instancePath+"/exemptions/" + i50+"/users/" + i52,schemaPath:"#/properties/exemptions/items/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err1089 = {instancePath:instancePath+"/exemptions/" + i50+"/users",schemaPath:"#/properties/exemptions/items/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1089];
}
else {
vErrors.push(err1089);
}
errors++;
}
}
if(data388.images !== undefined){
let data395 = data388.images;
if(Array.isArray(data395)){
if(data395.length < 1){
const err1090 = {instancePath:instancePath+"/exemptions/" + i50+"/images",schemaPath:"#/properties/exemptions/items/properties/images/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1090];
}
else {
vErrors.push(err1090);
}
errors++;
}
const len50 = data395.length;
for(let i53=0; i53<len50; i53++){
let data396 = data395[i53];
if(typeof data396 === "string"){
if(func3(data396) < 1){
const err1091 = {instancePath:instancePath+"/exemptions/" + i50+"/images/" + i53,schemaPath:"#/properties/exemptions/items/properties/images/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1091];
}
else {
vErrors.push(err1091);
}
errors++;
}
}
else {
const err1092 = {instancePath:instancePath+"/exemptions/" + i50+"/images/" + i53,schemaPath:"#/properties/exemptions/items/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err1093 = {instancePath:instancePath+"/exemptions/" + i50+"/images",schemaPath:"#/properties/exemptions/items/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1093];
}
else {
vErrors.push(err1093);
}
errors++;
}
}
if(data388.requireDigest !== undefined){
if(typeof data388.requireDigest !== "boolean"){
const err1094 = {instancePath:instancePath+"/exemptions/" + i50+"/requireDigest",schemaPath:"#/properties/exemptions/items/properties/requireDigest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1094];
}
else {
vErrors.push(err1094);
}
errors++;
}
}
if(data388.containerNames !== undefined){
let data398 = data388.containerNames;
if(Array.isArray(data398)){
if(data398.length < 1){
const err1095 = {instancePath:instancePath+"/exemptions/" + i50+"/containerNames",schemaPath:"#/properties/exemptions/items/properties/containerNames/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1095];
}
else {
vErrors.push(err1095);
}
errors++;
}
const len51 = data398.length;
for(let i54=0; i54<len51; i54++){
let data399 = data398[i54];
if(typeof data399 === "string"){
if(func3(data399) < 1){
const err1096 = {instancePath:instancePath+"/exemptions/" + i50+"/containerNames/" + i54,schemaPath:"#/properties/exemptions/items/properties/containerNames/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1096];
}
else {
vErrors.push(err1096);
}
errors++;
}
}
else {
const err1097 = {instancePath:instancePath+"/exemptions/" + i50+"/containerNames/" + i54,schemaPath:"#/properties/exemptions/items/properties/containerNames/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err1098 = {instancePath:instancePath+"/exemptions/" + i50+"/containerNames",schemaPath:"#/properties/exemptions/items/properties/containerNames/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1098];
}
else {
vErrors.push(err1098);
}
errors++;
}
}
}
else {
const err1099 = {instancePath:instancePath+"/exemptions/" + i50,schemaPath:"#/properties/exemptions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err1100 = {instancePath:instancePath+"/exemptions",schemaPath:"#/properties/exemptions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1100];
}
else {
vErrors.push(err1100);
}
errors++;
}
}
if(data.log !== undefined){
let data400 = data.log;
if(data400 && typeof data400 == "object" && !Array.isArray(data400)){
for(const key167 in data400){
if(!(((key167 === "level") || (key167 === "decisions")) || (key167 === "sampleAllow"))){
const err1101 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key167},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1101];
}
else {
vErrors.push(err1101);
}
errors++;
}
}
if(data400.level !== undefined){
let data401 = data400.level;
if(typeof data401 !== "string"){
const err1102 = {instancePath:instancePath+"/log/level",schemaPath:"#/properties/log/properties/level/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1102];
}
else {
vErrors.push(err1102);
}
errors++;
}
if(!((((data401 === "error") || (data401 === "warn")) || (data401 === "info")) || (data401 === "debug"))){
const err1103 = {instancePath:instancePath+"/log/level",schemaPath:"#/properties/log/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.log.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1103];
}
else {
vErrors.push(err1103);
}
errors++;
}
}
if(data400.decisions !== undefined){
let data402 = data400.decisions;
if(typeof data402 !== "string"){
const err1104 = {instancePath:instancePath+"/log/decisions",schemaPath:"#/properties/log/properties/decisions/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1104];
}
else {
vErrors.push(err1104);
}
errors++;
}
if(!((data402 === "all") || (data402 === "deny-only"))){
const err1105 = {instancePath:instancePath+"/log/decisions",schemaPath:"#/properties/log/properties/decisions/enum",keyword:"enum",params:{allowedValues: schema11.properties.log.properties.decisions.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1105];
}
else {
vErrors.push(err1105);
}
errors++;
}
}
if(data400.sampleAllow !== undefined){
let data403 = data400.sampleAllow;
if((typeof data403 == "number") && (isFinite(data403))){
if(data403 > 1 || isNaN(data403)){
const err1106 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err1106];
}
else {
vErrors.push(err1106);
}
errors++;
}
if(data403 <= 0 || isNaN(data403)){
const err1107 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
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
const err1108 = {instancePath:instancePath+"/log/sampleAllow",schemaPath:"#/properties/log/properties/sampleAllow/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err1109 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1109];
}
else {
vErrors.push(err1109);
}
errors++;
}
}
}
else {
const err1110 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1110];
}
else {
vErrors.push(err1110);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
