import { defineFieldRule, type FieldTest } from '../core/field-rule.js';
import { SERVICE_OPERATIONS, serviceSpecOf, type ServiceOperation } from './lib/service.js';

const fix = 'add --pids-limit, e.g. --pids-limit 200';

/** No limit: null (unset) or a value of 0 or below. */
const unlimited = (limit: unknown): boolean => typeof limit !== 'number' || limit <= 0;

/** A service's Resources.Limits.Pids (0 when unset); only a service with a ContainerSpec runs containers. */
const service: FieldTest<ServiceOperation, unknown> = {
  field: 'TaskTemplate.Resources.Limits.Pids',
  values: (request) => {
    const spec = serviceSpecOf(request);
    return spec?.TaskTemplate.ContainerSpec ? [spec.TaskTemplate.Resources?.Limits?.Pids ?? 0] : [];
  },
  bad: unlimited,
  finding: (pids) => ({ found: String(pids), summary: 'service without a PIDs limit', fix: 'add --limit-pids, e.g. --limit-pids 200' }),
};

export default defineFieldRule({
  meta: {
    id: 'pids-limit',
    title: 'Limit the number of processes',
    summary: "no `PidsLimit` (create, update to unlimited, service `Limits.Pids`)",
    cis: '5.29',
    severity: 'low',
    description: 'Without a PIDs limit (HostConfig.PidsLimit null, 0 or -1; Resources.Limits.Pids 0 for services) a fork bomb in one container exhausts the host\'s process table. On update, PidsLimit 0 or -1 removes the limit (null leaves it unchanged).',
    remediation: 'Add --pids-limit (e.g. --pids-limit 200; --limit-pids for services).',
    defaultAction: 'warn',
    operations: ['container.create', 'container.update', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  tests: () => ({
    'container.create': {
      field: 'HostConfig.PidsLimit',
      values: ({ body }) => [body.hostConfig.PidsLimit],
      bad: unlimited,
      finding: (limit) => ({ found: String(limit), summary: 'no PIDs limit', fix, compose: 'pids_limit: 200' }),
    },
    // On update, null leaves the limit as it is; 0 or below removes it.
    'container.update': {
      field: 'PidsLimit',
      values: ({ body }) => (body.update.PidsLimit === null ? [] : [body.update.PidsLimit]),
      bad: unlimited,
      finding: (limit) => ({ found: String(limit), summary: `PIDs limit removed (PidsLimit=${String(limit)})`, fix }),
    },
    'service.create': service,
    'service.update': service,
  }),
});
