import { defineRule } from '../engine/types.js';
import { goParseBool, parseSecurityOpts } from './lib/security-opt.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf } from './lib/service.js';

export default defineRule({
  meta: {
    id: 'no-new-privileges',
    title: 'Run with no-new-privileges',
    cis: '5.26',
    severity: 'low',
    description: "Without SecurityOpt 'no-new-privileges' (true, 1, t...), a process in the container can gain privileges through setuid and setcap binaries. Services: ContainerSpec.Privileges.NoNewPrivileges. A daemon started with --no-new-privileges applies it to every container; dockgate cannot see that, so set this rule to off on such hosts.",
    remediation: 'Add --security-opt no-new-privileges (services: --security-opt no-new-privileges, API 1.44+).',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  check(request) {
    const fix = 'add --security-opt no-new-privileges';
    if (request.body.kind === 'container.create') {
      const value = parseSecurityOpts(request.body.hostConfig.SecurityOpt).noNewPrivileges;
      if (value !== undefined && goParseBool(value) === true) return [];
      return [{ field: 'HostConfig.SecurityOpt', found: value === undefined ? '(no no-new-privileges)' : `no-new-privileges=${value}`, summary: 'no-new-privileges is not set', fix, compose: 'add no-new-privileges:true to security_opt' }];
    }
    const spec = containerSpecOf(request);
    if (!spec || spec.Privileges?.NoNewPrivileges) return [];
    return [{ field: `${CONTAINER_SPEC}.Privileges.NoNewPrivileges`, found: 'false', summary: 'no-new-privileges is not set', fix }];
  },
});
