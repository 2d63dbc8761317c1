import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { goParseBool, parseSecurityOpts } from './lib/security-opt.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf, privilegesIgnored, type ServiceOperation } from './lib/service.js';

const fix = 'add --security-opt no-new-privileges';

/** ContainerSpec.Privileges.NoNewPrivileges, which counts only at API 1.44 and later. */
function service(request: RequestOf<ServiceOperation>): readonly Finding[] {
  const spec = containerSpecOf(request);
  if (!spec) return [];
  const field = `${CONTAINER_SPEC}.Privileges.NoNewPrivileges`;
  if (spec.Privileges?.NoNewPrivileges) {
    if (!privilegesIgnored(request)) return [];
    // 20.10 has no such field, daemons 25+ clear it below API 1.44: the task runs without it.
    return [{ field, found: 'true', summary: `${field}=true is ignored at API ${request.apiVersion ?? ''} (the field exists from 1.44): no-new-privileges is not set`, fix: 'send the request at API 1.44 or later (daemon 25+)' }];
  }
  return [{ field, found: 'false', summary: 'no-new-privileges is not set', fix }];
}

export default defineRule({
  meta: {
    id: 'no-new-privileges',
    title: 'Run with no-new-privileges',
    summary: "`SecurityOpt` without `no-new-privileges` (service `NoNewPrivileges`)",
    cis: '5.26',
    severity: 'low',
    description: "Without SecurityOpt 'no-new-privileges' (true, 1, t...), a process in the container can gain privileges through setuid and setcap binaries. Services: ContainerSpec.Privileges.NoNewPrivileges, which exists from API 1.44 (20.10 ignores it, daemons 25+ clear it from older API versions: true there does not count). A daemon started with --no-new-privileges applies it to every container; dockgate cannot see that, so set this rule to off on such hosts.",
    remediation: 'Add --security-opt no-new-privileges (services: --security-opt no-new-privileges, API 1.44+).',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    'container.create': ({ body }) => {
      const value = parseSecurityOpts(body.hostConfig.SecurityOpt).noNewPrivileges;
      if (value !== undefined && goParseBool(value) === true) return [];
      return [{ field: 'HostConfig.SecurityOpt', found: value === undefined ? '(no no-new-privileges)' : `no-new-privileges=${value}`, summary: 'no-new-privileges is not set', fix, compose: 'add no-new-privileges:true to security_opt' }];
    },
    'service.create': service,
    'service.update': service,
  }),
});
