import { defineRule, type Finding } from '../core/rule.js';
import type { UlimitValue } from '../request/docker-types.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecHandlers } from './lib/service.js';

interface Options {
  /** Ulimit names (e.g. `nofile`) that may be overridden. */
  readonly allowed: readonly string[];
}

const DEFAULTS: Options = { allowed: [] };

function check(list: readonly (UlimitValue | null)[] | null, prefix: string, allowed: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  (list ?? []).forEach((u, i) => {
    if (!u || allowed.has(u.Name)) return;
    out.push({ field: `${prefix}[${i}]`, found: `${u.Name}=${u.Soft}:${u.Hard}`, summary: `ulimit ${u.Name} overridden (${u.Soft}:${u.Hard})`, fix: 'drop --ulimit and rely on the daemon defaults, or ask for the name to be added to the ulimits option allowed' });
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'ulimits',
    title: 'Override ulimits only when needed',
    summary: "`Ulimits` not in `allowed`",
    cis: '5.19',
    severity: 'low',
    description: "HostConfig.Ulimits (docker run --ulimit; ContainerSpec.Ulimits for services) replaces the daemon's default resource limits for the container; raising nofile, nproc or memlock lets one container exhaust host resources.",
    remediation: 'Drop --ulimit unless the workload needs it; allow the specific names it needs with the ulimits option allowed.',
    defaultAction: 'warn',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowed: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Ulimit names that may be overridden, e.g. ['nofile']." },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const allowed = new Set(options.allowed);
    return {
      'container.create': ({ body }) => check(body.hostConfig.Ulimits, 'HostConfig.Ulimits', allowed),
      ...containerSpecHandlers((spec) => check(spec.Ulimits, `${CONTAINER_SPEC}.Ulimits`, allowed)),
    };
  },
});
