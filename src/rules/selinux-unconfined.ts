import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { parseSecurityOpts } from './lib/security-opt.js';
import { CONTAINER_SPEC, containerSpecOf, type ServiceOperation } from './lib/service.js';

interface Options {
  /** SELinux process types that run unconfined. */
  readonly deniedTypes: readonly string[];
}

const DEFAULTS: Options = { deniedTypes: ['spc_t', 'unconfined_t'] };

/**
 * `--security-opt label=disable` (or `label:disable`, or the bare word `disable`) turns off
 * SELinux separation for the container; `label=type:spc_t` runs it as a "super privileged
 * container". Services: `Privileges.SELinuxContext.Disable` / `.Type`.
 */
export default defineRule({
  meta: {
    id: 'selinux-unconfined',
    title: 'Do not disable SELinux separation',
    summary: "`label=disable` (`label:disable`, bare `disable`), `label=type:spc_t`; service SELinux `Disable`",
    cis: '5.3',
    severity: 'high',
    description: "SecurityOpt 'label=disable' (also 'label:disable' and the bare 'disable') runs the container without an SELinux label, so SELinux no longer keeps it away from host files and other containers; 'label=type:spc_t' (super privileged container) and 'type:unconfined_t' do the same. Only matters on SELinux hosts, where it is the main barrier after namespaces.",
    remediation: "Remove --security-opt label=disable / label=type:spc_t. To share files with the host, relabel the bind mount with :z or :Z instead.",
    defaultAction: 'deny',
    operations: ['container.create', 'service.create', 'service.update'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        deniedTypes: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'SELinux types that mean unconfined (label=type:<type>).' },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const denied = new Set(options.deniedTypes);
    const service = (request: RequestOf<ServiceOperation>): readonly Finding[] => {
      const findings: Finding[] = [];
      const selinux = containerSpecOf(request)?.Privileges?.SELinuxContext;
      if (selinux?.Disable) {
        findings.push({ field: `${CONTAINER_SPEC}.Privileges.SELinuxContext.Disable`, found: 'true', fix: 'do not disable the SELinux label of the service' });
      }
      if (selinux && denied.has(selinux.Type)) {
        findings.push({ field: `${CONTAINER_SPEC}.Privileges.SELinuxContext.Type`, found: selinux.Type, fix: 'use a confined SELinux type (the default container_t)' });
      }
      return findings;
    };
    return {
      'container.create': ({ body }) => {
        const findings: Finding[] = [];
        for (const label of parseSecurityOpts(body.hostConfig.SecurityOpt).labels) {
          const type = label.startsWith('type:') ? label.slice('type:'.length) : undefined;
          if (label === 'disable' || (type !== undefined && denied.has(type))) {
            findings.push({ field: 'HostConfig.SecurityOpt', found: `label=${label}`, fix: `remove --security-opt label=${label}; relabel bind mounts with :z or :Z instead` });
          }
        }
        return findings;
      },
      'service.create': service,
      'service.update': service,
    };
  },
});
