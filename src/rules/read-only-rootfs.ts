import { defineCheckRule } from '../engine/types.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf } from './lib/service.js';

export default defineCheckRule({
  meta: {
    id: 'read-only-rootfs',
    title: "Mount the container's root filesystem read-only",
    cis: '5.13',
    severity: 'low',
    description: "Without HostConfig.ReadonlyRootfs (docker run --read-only; ContainerSpec.ReadOnly for services) an intruder can change the container's binaries and configuration and keep tools there. A hardening recommendation: many images need writable paths, which --tmpfs and volumes provide.",
    remediation: 'Add --read-only and give the paths the workload writes a --tmpfs (e.g. --tmpfs /tmp) or a volume.',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  check(request) {
    const fix = 'add --read-only, with --tmpfs or volumes for the paths the workload writes';
    if (request.body.kind === 'container.create') {
      return request.body.hostConfig.ReadonlyRootfs ? [] : [{ field: 'HostConfig.ReadonlyRootfs', found: 'false', summary: 'writable root filesystem', fix, compose: 'read_only: true, with tmpfs or volumes' }];
    }
    const spec = containerSpecOf(request);
    return spec && !spec.ReadOnly ? [{ field: `${CONTAINER_SPEC}.ReadOnly`, found: 'false', summary: 'writable root filesystem', fix }] : [];
  },
});
