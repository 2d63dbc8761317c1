import { defineFieldRule, type FieldTest } from '../core/field-rule.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf, type ServiceOperation } from './lib/service.js';

const fix = 'add --read-only, with --tmpfs or volumes for the paths the workload writes';

/** A service's ContainerSpec.ReadOnly (a service without a ContainerSpec, or a rollback, has none to judge). */
const service: FieldTest<ServiceOperation, unknown> = {
  field: `${CONTAINER_SPEC}.ReadOnly`,
  values: (request) => {
    const spec = containerSpecOf(request);
    return spec ? [spec.ReadOnly] : [];
  },
  bad: (readOnly) => readOnly !== true,
  finding: { found: 'false', summary: 'writable root filesystem', fix },
};

export default defineFieldRule({
  meta: {
    id: 'read-only-rootfs',
    title: "Mount the container's root filesystem read-only",
    summary: "no `ReadonlyRootfs` (service `ReadOnly`)",
    cis: '5.13',
    severity: 'low',
    description: "Without HostConfig.ReadonlyRootfs (docker run --read-only; ContainerSpec.ReadOnly for services) an intruder can change the container's binaries and configuration and keep tools there. A hardening recommendation: many images need writable paths, which --tmpfs and volumes provide.",
    remediation: 'Add --read-only and give the paths the workload writes a --tmpfs (e.g. --tmpfs /tmp) or a volume.',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  tests: () => ({
    'container.create': {
      field: 'HostConfig.ReadonlyRootfs',
      values: ({ body }) => [body.hostConfig.ReadonlyRootfs],
      bad: (readOnly) => readOnly !== true,
      finding: { found: 'false', summary: 'writable root filesystem', fix, compose: 'read_only: true, with tmpfs or volumes' },
    },
    'service.create': service,
    'service.update': service,
  }),
});
