import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import type { RestartPolicyValue, ServiceSpecBodyValue } from '../request/docker-types.js';
import { SERVICE_OPERATIONS, serviceSpecOf, type ServiceOperation } from './lib/service.js';

interface Options {
  /** Most on-failure retries allowed (CIS: 5). */
  readonly maxRetries: number;
  /** Also deny a service without TaskTemplate.RestartPolicy (swarm then restarts on any exit, forever). */
  readonly denySwarmDefault?: boolean;
}

// denySwarmDefault is off unless set.
const DEFAULTS: Options = { maxRetries: 5 };

/** What the options imply, worked out once per compiled policy. */
interface Limits {
  readonly maxRetries: number;
  readonly denySwarmDefault: boolean;
  /** The fix of a container's restart policy. */
  readonly fix: Pick<Finding, 'fix' | 'compose' | 'note'>;
  /** The fix of a service's restart policy. */
  readonly serviceFix: string;
}

/**
 * What `on-failure` costs, said in every restart-policy fix. Docker documents that the on-failure
 * policy "doesn't restart the container if the daemon restarts" (docs.docker.com, Start containers
 * automatically): after a daemon restart or a clean host reboot only `always` and `unless-stopped`
 * containers come back. (After a host crash an on-failure container may be started again, as an
 * unclean exit: moby/moby#47846; nothing to rely on either way.)
 */
export const ON_FAILURE_NOTE = 'note: the daemon does not start on-failure containers again after it restarts or the host reboots; for a service that must come back, run it from a systemd unit (docker run without --restart) or as a swarm service (docker service create --restart-condition on-failure --restart-max-attempts N)';

/** The fix in both forms: `docker run --restart on-failure:N` and compose's `restart: on-failure:N`. */
function fixFor(maxRetries: number): Pick<Finding, 'fix' | 'compose' | 'note'> {
  return { fix: `use --restart on-failure:${maxRetries} (or fewer retries)`, compose: `restart: on-failure:${maxRetries}`, note: ON_FAILURE_NOTE };
}

function check(policy: RestartPolicyValue, field: string, { maxRetries, fix }: Limits): Finding[] {
  switch (policy.Name) {
    case '':
    case 'no':
      return [];
    case 'always':
    case 'unless-stopped':
      return [{ field, found: policy.Name, summary: `${field}=${policy.Name} restarts forever`, ...fix }];
    case 'on-failure':
      if (policy.MaximumRetryCount === 0) {
        return [{ field, found: 'on-failure', summary: `${field}=on-failure with no retry limit restarts forever`, ...fix }];
      }
      if (policy.MaximumRetryCount > maxRetries) {
        return [{ field, found: `on-failure:${policy.MaximumRetryCount}`, summary: `${field}=on-failure:${policy.MaximumRetryCount} allows more than ${maxRetries} retries`, ...fix }];
      }
      return [];
    default:
      // The daemon rejects names it does not know; dockgate will not guess what one means.
      return [{ field, found: JSON.stringify(policy.Name), summary: `${field}=${JSON.stringify(policy.Name)} is not a restart policy`, ...fix }];
  }
}

/**
 * A service's TaskTemplate.RestartPolicy (swarm.RestartPolicy). Absent, or with an empty
 * Condition, swarm restarts on `any` exit; MaxAttempts nil or 0 is unlimited; a Window makes
 * the attempts count per window, so the limit starts over after each window.
 */
function checkService(spec: ServiceSpecBodyValue, { maxRetries, denySwarmDefault, serviceFix: fix }: Limits): Finding[] {
  const field = 'TaskTemplate.RestartPolicy';
  const policy = spec.TaskTemplate.RestartPolicy;
  if (policy === null) {
    if (!denySwarmDefault) return [];
    return [{ field, found: '(unset)', summary: `${field} unset: swarm restarts tasks on any exit, forever`, fix }];
  }
  const condition = policy.Condition;
  if (condition === 'none') return [];
  if (condition !== '' && condition !== 'any' && condition !== 'on-failure') {
    return [{ field: `${field}.Condition`, found: JSON.stringify(condition), summary: `${field}.Condition=${JSON.stringify(condition)} is not a restart condition`, fix }];
  }
  const shown = condition === '' ? 'any (the swarm default)' : condition;
  const attempts = policy.MaxAttempts ?? 0;
  if (attempts === 0) {
    return [{ field, found: `${condition || 'any'}, MaxAttempts unlimited`, summary: `${field}: condition ${shown} with no MaxAttempts restarts forever`, fix }];
  }
  if (attempts > maxRetries) {
    return [{ field, found: `MaxAttempts=${attempts}`, summary: `${field}.MaxAttempts=${attempts} allows more than ${maxRetries} restarts`, fix }];
  }
  if ((policy.Window ?? 0) > 0) {
    return [{ field, found: `Window=${policy.Window ?? 0}ns`, summary: `${field}.Window is set: MaxAttempts counts per window, so restarts never stop`, fix: `${fix}, without --restart-window` }];
  }
  return [];
}

export default defineRule({
  meta: {
    id: 'restart-policy',
    title: 'Restart on failure only, a bounded number of times',
    summary: "`always`, `unless-stopped`, `on-failure` with no limit or more than `maxRetries` (5), on create and update; service restart condition `any`/`on-failure` unlimited or windowed",
    cis: '5.15',
    severity: 'medium',
    description: "Restart policies 'always', 'unless-stopped' and 'on-failure' without a limit restart a failing container forever, which hides crash loops and can be abused to keep a process on the host. Swarm services: an explicit TaskTemplate.RestartPolicy must not restart forever (Condition 'any' or empty, or 'on-failure', with MaxAttempts unset or 0, or above maxRetries; a Window resets the count). A spec without a RestartPolicy gets swarm's default (any exit, no limit): a finding only with denySwarmDefault.",
    remediation: 'Use --restart on-failure:N with N at most the policy\'s maxRetries (5 by default), or no restart policy; for services, --restart-condition on-failure --restart-max-attempts N (or --restart-condition none).',
    defaultAction: 'deny',
    operations: ['container.create', 'container.update', ...SERVICE_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxRetries: { type: 'integer', minimum: 1, maximum: 1000, description: 'Most on-failure retries allowed.' },
        denySwarmDefault: { type: 'boolean', description: "Deny swarm services that set no RestartPolicy (swarm's default restarts on any exit, forever)." },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const { maxRetries } = options;
    const limits: Limits = {
      maxRetries,
      denySwarmDefault: options.denySwarmDefault === true,
      fix: fixFor(maxRetries),
      serviceFix: `use --restart-condition on-failure --restart-max-attempts ${maxRetries} (or none)`,
    };
    const service = (request: RequestOf<ServiceOperation>): readonly Finding[] => {
      const spec = serviceSpecOf(request);
      return spec ? checkService(spec, limits) : [];
    };
    return {
      'container.create': ({ body }) => check(body.hostConfig.RestartPolicy, 'HostConfig.RestartPolicy', limits),
      // On update, an empty Name leaves the container's restart policy as it is.
      'container.update': ({ body }) => check(body.update.RestartPolicy, 'RestartPolicy', limits),
      'service.create': service,
      'service.update': service,
    };
  },
});
