import { defineFieldRule } from '../core/field-rule.js';

/** `--privileged` gives a container every capability, every device and no confinement. */
export default defineFieldRule({
  meta: {
    id: 'privileged',
    title: 'No privileged containers or exec sessions',
    summary: "`HostConfig.Privileged` on create, `Privileged` on exec",
    cis: '5.5',
    alsoCis: ['5.23'],
    severity: 'critical',
    description: 'A privileged container (HostConfig.Privileged) or exec session (exec Privileged) has every capability, every host device, and no seccomp, AppArmor or SELinux confinement: it is root on the host.',
    remediation: 'Drop --privileged. Add only the capabilities the workload needs with --cap-add, and only the devices it needs with --device.',
    defaultAction: 'deny',
    operations: ['container.create', 'container.exec'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  tests: () => ({
    'container.create': {
      field: 'HostConfig.Privileged',
      values: (request) => [request.body.hostConfig.Privileged],
      bad: (privileged) => privileged === true,
      finding: { fix: 'drop --privileged, add only the capabilities you need with --cap-add', compose: 'remove privileged: true, use cap_add' },
    },
    'container.exec': {
      field: 'Privileged',
      values: (request) => [request.body.exec.Privileged],
      bad: (privileged) => privileged === true,
      finding: { cis: '5.23', fix: 'drop --privileged from docker exec' },
    },
  }),
});
