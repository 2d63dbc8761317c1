import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { SERVICE_OPERATIONS, serviceSpecOf, type ServiceOperation } from './lib/service.js';

export default defineRule({
  meta: {
    id: 'cpu-limit',
    title: 'Limit container CPU',
    summary: "no `NanoCpus`, `CpuQuota` or `CpuShares` (service `Limits.NanoCPUs`)",
    cis: '5.12',
    severity: 'low',
    description: 'A container with no CPU limit or weight (HostConfig NanoCpus, CpuQuota and CpuShares all unset; a service without Resources.Limits.NanoCPUs) competes for every host CPU on equal terms with the daemon and other workloads.',
    remediation: 'Add --cpus (e.g. --cpus 0.5), or --cpu-shares to weigh it against other containers; --limit-cpu for services.',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create() {
    const service = (request: RequestOf<ServiceOperation>): readonly Finding[] => {
      const spec = serviceSpecOf(request);
      if (!spec?.TaskTemplate.ContainerSpec || (spec.TaskTemplate.Resources?.Limits?.NanoCPUs ?? 0) > 0) return [];
      return [{ field: 'TaskTemplate.Resources.Limits.NanoCPUs', found: '0', summary: 'service without a CPU limit', fix: 'add --limit-cpu, e.g. --limit-cpu 0.5' }];
    };
    return {
      'container.create': ({ body: { hostConfig: hc } }) => {
        if (hc.NanoCpus > 0 || hc.CpuQuota > 0 || hc.CpuShares > 0) return [];
        return [{ field: 'HostConfig.NanoCpus', found: '0', summary: 'no CPU limit or shares', fix: 'add --cpus, e.g. --cpus 0.5 (or --cpu-shares)', compose: 'cpus: 0.5, or deploy.resources.limits.cpus: 0.5' }];
      },
      'service.create': service,
      'service.update': service,
    };
  },
});
