import { defineRule } from '../engine/types.js';
import { parseSecurityOpts } from './lib/security-opt.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf } from './lib/service.js';

export default defineRule({
  meta: {
    id: 'apparmor-unconfined',
    title: 'Do not disable AppArmor',
    cis: '5.2',
    severity: 'high',
    description: "SecurityOpt 'apparmor=unconfined' (or 'apparmor:unconfined') runs the container without the docker-default AppArmor profile, which blocks writes to /proc and /sys and mounts. Swarm services: ContainerSpec.Privileges.AppArmor.Mode 'disabled'.",
    remediation: 'Remove --security-opt apparmor=unconfined; if the default profile is too strict, load a custom profile on the host and use --security-opt apparmor=<profile>.',
    defaultAction: 'deny',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  check(request) {
    if (request.body.kind !== 'container.create') {
      if (containerSpecOf(request)?.Privileges?.AppArmor?.Mode === 'disabled') {
        return [{ field: `${CONTAINER_SPEC}.Privileges.AppArmor.Mode`, found: 'disabled', fix: 'remove --security-opt apparmor=unconfined from the service' }];
      }
      return [];
    }
    if (parseSecurityOpts(request.body.hostConfig.SecurityOpt).apparmor === 'unconfined') {
      return [{ field: 'HostConfig.SecurityOpt', found: 'apparmor=unconfined', fix: 'remove --security-opt apparmor=unconfined; use a custom AppArmor profile if the default one is too strict' }];
    }
    return [];
  },
});
