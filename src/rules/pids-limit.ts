import { defineCheckRule } from '../engine/types.js';
import { SERVICE_OPERATIONS, serviceSpecOf } from './lib/service.js';

export default defineCheckRule({
  meta: {
    id: 'pids-limit',
    title: 'Limit the number of processes',
    cis: '5.29',
    severity: 'low',
    description: 'Without a PIDs limit (HostConfig.PidsLimit null, 0 or -1; Resources.Limits.Pids 0 for services) a fork bomb in one container exhausts the host\'s process table. On update, PidsLimit 0 or -1 removes the limit (null leaves it unchanged).',
    remediation: 'Add --pids-limit (e.g. --pids-limit 200; --limit-pids for services).',
    defaultAction: 'warn',
    operations: ['container.create', 'container.update', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  check(request) {
    const body = request.body;
    const fix = 'add --pids-limit, e.g. --pids-limit 200';
    if (body.kind === 'container.create') {
      const limit = body.hostConfig.PidsLimit;
      return limit === null || limit <= 0 ? [{ field: 'HostConfig.PidsLimit', found: String(limit), summary: 'no PIDs limit', fix, compose: 'pids_limit: 200' }] : [];
    }
    if (body.kind === 'container.update') {
      const limit = body.update.PidsLimit;
      return limit !== null && limit <= 0 ? [{ field: 'PidsLimit', found: String(limit), summary: `PIDs limit removed (PidsLimit=${limit})`, fix }] : [];
    }
    const spec = serviceSpecOf(request);
    if (!spec?.TaskTemplate.ContainerSpec) return [];
    const pids = spec.TaskTemplate.Resources?.Limits?.Pids ?? 0;
    return pids <= 0 ? [{ field: 'TaskTemplate.Resources.Limits.Pids', found: String(pids), summary: 'service without a PIDs limit', fix: 'add --limit-pids, e.g. --limit-pids 200' }] : [];
  },
});
