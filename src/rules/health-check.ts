import { defineFieldRule, type FieldTest } from '../core/field-rule.js';
import type { HealthConfigValue } from '../request/docker-types.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf, type ServiceOperation } from './lib/service.js';

/** The first word of Healthcheck.Test: `NONE` disables the image's health check. */
function firstTest(h: HealthConfigValue | null | undefined): string | undefined {
  return h?.Test?.[0];
}

const finding = { found: 'NONE', summary: 'health check disabled', fix: 'remove --no-healthcheck (add --health-cmd if the image has no HEALTHCHECK)' };

const service: FieldTest<ServiceOperation, unknown> = {
  field: `${CONTAINER_SPEC}.Healthcheck.Test`,
  values: (request) => [firstTest(containerSpecOf(request)?.Healthcheck)],
  bad: (test) => test === 'NONE',
  finding,
};

/**
 * Only an explicit `--no-healthcheck` (Healthcheck.Test ["NONE"]) is a finding: whether the
 * image defines a HEALTHCHECK is not in the request.
 */
export default defineFieldRule({
  meta: {
    id: 'health-check',
    title: 'Do not disable health checks',
    summary: "`Healthcheck.Test` `[\"NONE\"]` (`--no-healthcheck`)",
    cis: '5.27',
    severity: 'low',
    description: "Config.Healthcheck.Test ['NONE'] (docker run --no-healthcheck; ContainerSpec.Healthcheck for services) turns off the image's HEALTHCHECK, so a hung or compromised container keeps running unnoticed. Whether the image has a health check at all is not visible in the request and is not checked.",
    remediation: 'Remove --no-healthcheck; add --health-cmd if the image has no HEALTHCHECK.',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  tests: () => ({
    'container.create': {
      field: 'Config.Healthcheck.Test',
      values: ({ body }) => [firstTest(body.config.Healthcheck)],
      bad: (test) => test === 'NONE',
      finding,
    },
    'service.create': service,
    'service.update': service,
  }),
});
