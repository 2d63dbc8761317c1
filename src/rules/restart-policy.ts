import { defineRule, type Finding } from '../engine/types.js';
import type { RestartPolicyValue } from '../request/docker-types.js';

interface Options {
  /** Most on-failure retries allowed (CIS: 5). */
  readonly maxRetries: number;
}

function check(policy: RestartPolicyValue, field: string, maxRetries: number): Finding[] {
  const fix = `use --restart on-failure:${maxRetries} (or fewer retries)`;
  switch (policy.Name) {
    case '':
    case 'no':
      return [];
    case 'always':
    case 'unless-stopped':
      return [{ field, found: policy.Name, summary: `${field}=${policy.Name} restarts forever`, fix }];
    case 'on-failure':
      if (policy.MaximumRetryCount === 0) {
        return [{ field, found: 'on-failure', summary: `${field}=on-failure with no retry limit restarts forever`, fix }];
      }
      if (policy.MaximumRetryCount > maxRetries) {
        return [{ field, found: `on-failure:${policy.MaximumRetryCount}`, summary: `${field}=on-failure:${policy.MaximumRetryCount} allows more than ${maxRetries} retries`, fix }];
      }
      return [];
    default:
      // The daemon rejects names it does not know; dockgate will not guess what one means.
      return [{ field, found: JSON.stringify(policy.Name), summary: `${field}=${JSON.stringify(policy.Name)} is not a restart policy`, fix }];
  }
}

export default defineRule<Options>({
  meta: {
    id: 'restart-policy',
    title: 'Restart on failure only, a bounded number of times',
    cis: '5.15',
    severity: 'medium',
    description: "Restart policies 'always', 'unless-stopped' and 'on-failure' without a limit restart a failing container forever, which hides crash loops and can be abused to keep a process on the host.",
    remediation: 'Use --restart on-failure:N with N at most the policy\'s maxRetries (5 by default), or no restart policy.',
    defaultAction: 'deny',
    operations: ['container.create', 'container.update'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxRetries: { type: 'integer', minimum: 1, maximum: 1000, description: 'Most on-failure retries allowed.' },
      },
    },
  },
  defaultOptions: { maxRetries: 5 },
  check(request, options) {
    const body = request.body;
    if (body.kind === 'container.create') return check(body.hostConfig.RestartPolicy, 'HostConfig.RestartPolicy', options.maxRetries);
    // On update, an empty Name leaves the container's restart policy as it is.
    if (body.kind === 'container.update') return check(body.update.RestartPolicy, 'RestartPolicy', options.maxRetries);
    return [];
  },
});
