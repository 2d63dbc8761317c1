import { defineRule, type Finding } from '../core/rule.js';
import { globMatcher, type Matcher } from './lib/glob.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecHandlers } from './lib/service.js';

interface Options {
  /** Sysctl names (globs) that may be set. */
  readonly allowed: readonly string[];
}

/** The sysctls Kubernetes considers safe (namespaced, no effect outside the container). */
export const SAFE_SYSCTLS: readonly string[] = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ping_group_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_fin_timeout',
];

const DEFAULTS: Options = { allowed: SAFE_SYSCTLS };

function check(sysctls: ReadonlyMap<string, string> | null, prefix: string, match: Matcher): Finding[] {
  const out: Finding[] = [];
  for (const [name, value] of sysctls ?? []) {
    // The kernel accepts / as well as . as the separator.
    if (match(name.replaceAll('/', '.'))) continue;
    out.push({ field: `${prefix}[${JSON.stringify(name)}]`, found: `${name}=${value}`, summary: `sysctl ${name}=${value} is not in the safe list`, fix: 'drop --sysctl, or ask for it to be added to the sysctls option allowed' });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'sysctls',
    title: 'Set only safe sysctls',
    summary: "`Sysctls` outside a safe list (Kubernetes' safe set)",
    cis: undefined,
    severity: 'medium',
    description: "HostConfig.Sysctls (docker run --sysctl; ContainerSpec.Sysctls for services) changes kernel parameters of the container's namespaces. Some weaken isolation or the network stack (net.ipv4.ip_forward, net.ipv4.conf.*.route_localnet, kernel.msg*/shm* sizes); only a safe list (Kubernetes' safe set by default) is accepted.",
    remediation: 'Drop --sysctl, or add the needed names to the sysctls option allowed after review.',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowed: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Sysctl names (micromatch globs, dot-separated) that may be set, e.g. 'net.ipv4.tcp_*'." },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const match = globMatcher(options.allowed);
    return {
      'container.create': ({ body }) => check(body.hostConfig.Sysctls, 'HostConfig.Sysctls', match),
      ...containerSpecHandlers((spec) => check(spec.Sysctls, `${CONTAINER_SPEC}.Sysctls`, match)),
    };
  },
});
