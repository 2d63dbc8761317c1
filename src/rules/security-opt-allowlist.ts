import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { globMatcher, type Matcher } from './lib/glob.js';
import { goParseBool, parseSecurityOpts, type SecurityOptEntry } from './lib/security-opt.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf, type ServiceOperation } from './lib/service.js';

interface Options {
  /** SELinux label options (`user:`, `role:`, `type:`, `level:`, `filetype:` + value) that may be set, as globs. */
  readonly allowedLabels: readonly string[];
}

const DEFAULTS: Options = { allowedLabels: [] };

/** The SELinux label option keys go-selinux accepts (label.InitLabels); `disable` is selinux-unconfined's. */
const LABEL_KEYS = new Set(['user', 'role', 'type', 'level', 'filetype']);

const FIELD = 'HostConfig.SecurityOpt';
const ALLOWED_KEYS = 'seccomp=<profile>, apparmor=<profile>, label=disable|<allowed label option>, no-new-privileges[=<bool>], writable-cgroups=false';

function unknownKey(e: SecurityOptEntry): Finding {
  const what = e.key === undefined ? `"${e.raw}" has no key=value form` : `dockgate does not know what the daemon does with the key "${e.key}"`;
  return { field: FIELD, found: e.raw, summary: `${FIELD} "${e.raw}": ${what}`, fix: `remove --security-opt ${e.raw}; dockgate allows only ${ALLOWED_KEYS}` };
}

function entryFinding(e: SecurityOptEntry, labels: Matcher): Finding | undefined {
  switch (e.key) {
    case 'seccomp': // seccomp-unconfined judges the profile
    case 'apparmor': // apparmor-unconfined judges the profile
      return undefined;
    case 'label': {
      if (e.value === 'disable') return undefined; // selinux-unconfined
      const at = e.value.indexOf(':');
      if (at > 0 && LABEL_KEYS.has(e.value.slice(0, at)) && labels(e.value)) return undefined;
      return {
        field: FIELD,
        found: e.raw,
        summary: `${FIELD} label=${e.value}: an SELinux label option outside the allowed ones (on SELinux hosts it chooses the container's domain, role, user or level)`,
        fix: `remove --security-opt ${e.raw}, or add "${e.value}" to the security-opt-allowlist option allowedLabels`,
      };
    }
    case 'no-new-privileges':
      // true or false is the no-new-privileges rule's business; anything else the daemon rejects.
      return goParseBool(e.value) === undefined ? { field: FIELD, found: e.raw, summary: `${FIELD} ${e.raw}: not a boolean`, fix: 'write --security-opt no-new-privileges=true' } : undefined;
    case 'writable-cgroups': {
      // Daemons from 28.0 mount the container's cgroup filesystem read-write when it is true;
      // false keeps the default (read-only, or the privileged container's read-write: privileged
      // is its own rule) and only ever makes the mount read-only. Older daemons reject the key.
      const on = goParseBool(e.value);
      if (on === false) return undefined;
      return {
        field: FIELD,
        found: e.raw,
        summary: on === true ? `${FIELD} ${e.raw} mounts the container's cgroups read-write (dockerd 28.0+): it can raise its own memory, CPU and PIDs limits` : `${FIELD} ${e.raw}: writable-cgroups takes a boolean`,
        fix: 'remove --security-opt writable-cgroups',
        cis: '5.25',
      };
    }
    default:
      return unknownKey(e);
  }
}

/** Services carry the SELinux label options as fields of Privileges.SELinuxContext (set through the API). */
function serviceFindings(request: RequestOf<ServiceOperation>, labels: Matcher): readonly Finding[] {
  const selinux = containerSpecOf(request)?.Privileges?.SELinuxContext;
  if (!selinux) return [];
  const out: Finding[] = [];
  for (const [key, name, value] of [['user', 'User', selinux.User], ['role', 'Role', selinux.Role], ['type', 'Type', selinux.Type], ['level', 'Level', selinux.Level]] as const) {
    if (value === '' || labels(`${key}:${value}`)) continue;
    const field = `${CONTAINER_SPEC}.Privileges.SELinuxContext.${name}`;
    out.push({ field, found: value, summary: `${field}=${value}: an SELinux label option outside the allowed ones`, fix: `drop it from the service, or add "${key}:${value}" to the security-opt-allowlist option allowedLabels` });
  }
  return out;
}

/**
 * SecurityOpt by allowlist: every entry must have a key whose effect dockgate knows, with a
 * value it knows to be safe or that another rule judges. Daemons add keys (28.0 added
 * writable-cgroups); a key dockgate has not been taught is denied by name rather than passed.
 */
export default defineRule({
  meta: {
    id: 'security-opt-allowlist',
    title: 'Only security options dockgate knows',
    summary: "every `SecurityOpt` entry: only `seccomp`, `apparmor`, `label` (`disable`, or options in `allowedLabels`), `no-new-privileges[=bool]`, `writable-cgroups=false`; bare or true `writable-cgroups` and unknown keys are named; service `SELinuxContext` user/role/type/level outside `allowedLabels`",
    cis: undefined,
    alsoCis: ['5.25'],
    severity: 'high',
    description: "Each HostConfig.SecurityOpt entry must be one dockgate knows: seccomp=<profile> (judged by seccomp-unconfined), apparmor=<profile> (apparmor-unconfined), label=disable (selinux-unconfined) or an SELinux label option listed in allowedLabels, no-new-privileges with or without a boolean (no-new-privileges), writable-cgroups=false (any spelling Go's strconv.ParseBool reads as false). Everything else is a finding with its name: writable-cgroups (bare or true in any spelling), which on dockerd 28.0+ lets the container rewrite its own cgroup limits (CIS 5.25), and any key dockgate does not know, on any daemon version. Swarm services: the SELinuxContext User, Role, Type and Level fields are label options too (allowedLabels).",
    remediation: 'Remove the --security-opt entry the message names. If it is an SELinux label option the workload needs, add it to allowedLabels.',
    defaultAction: 'deny',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedLabels: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: "SELinux label options that may be set with --security-opt label=..., as micromatch globs on '<user|role|type|level|filetype>:<value>', e.g. 'level:s0:c100,c200'. label=disable is judged by selinux-unconfined.",
        },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const labels = globMatcher(options.allowedLabels);
    const service = (request: RequestOf<ServiceOperation>): readonly Finding[] => serviceFindings(request, labels);
    return {
      'container.create': ({ body }) => {
        const findings: Finding[] = [];
        for (const entry of parseSecurityOpts(body.hostConfig.SecurityOpt).entries) {
          const f = entryFinding(entry, labels);
          if (f) findings.push(f);
        }
        return findings;
      },
      'service.create': service,
      'service.update': service,
    };
  },
});
