import { defineCheckRule } from '../engine/types.js';
import type { HealthConfigValue } from '../request/docker-types.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf } from './lib/service.js';

function disabled(h: HealthConfigValue | null): boolean {
  return h?.Test?.[0] === 'NONE';
}

/**
 * Only an explicit `--no-healthcheck` (Healthcheck.Test ["NONE"]) is a finding: whether the
 * image defines a HEALTHCHECK is not in the request.
 */
export default defineCheckRule({
  meta: {
    id: 'health-check',
    title: 'Do not disable health checks',
    cis: '5.27',
    severity: 'low',
    description: "Config.Healthcheck.Test ['NONE'] (docker run --no-healthcheck; ContainerSpec.Healthcheck for services) turns off the image's HEALTHCHECK, so a hung or compromised container keeps running unnoticed. Whether the image has a health check at all is not visible in the request and is not checked.",
    remediation: 'Remove --no-healthcheck; add --health-cmd if the image has no HEALTHCHECK.',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  check(request) {
    const fix = 'remove --no-healthcheck (add --health-cmd if the image has no HEALTHCHECK)';
    if (request.body.kind === 'container.create') {
      return disabled(request.body.config.Healthcheck) ? [{ field: 'Config.Healthcheck.Test', found: 'NONE', summary: 'health check disabled', fix }] : [];
    }
    const spec = containerSpecOf(request);
    return spec && disabled(spec.Healthcheck) ? [{ field: `${CONTAINER_SPEC}.Healthcheck.Test`, found: 'NONE', summary: 'health check disabled', fix }] : [];
  },
});
