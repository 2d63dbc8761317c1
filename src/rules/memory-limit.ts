import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { formatBytes, parseBytes } from './lib/bytes.js';
import { serviceSpecOf, type ServiceOperation } from './lib/service.js';

interface Options {
  /** Largest memory limit allowed, in bytes or as a size (`16g`); null for no maximum. */
  readonly max: number | string | null;
}

const DEFAULTS: Options = { max: null };

export default defineRule({
  meta: {
    id: 'memory-limit',
    title: 'Limit container memory',
    summary: "create without `Memory` > 0; above `max`; update to a negative or above-`max` value; service without `Limits.MemoryBytes`",
    cis: '5.11',
    severity: 'medium',
    description: 'A container without a memory limit (HostConfig.Memory 0) can use all of the host\'s memory and get other workloads, or the daemon, killed. On update, Memory 0 means "unchanged" and is fine. A swarm service create or update sends the whole spec: TaskTemplate.Resources.Limits.MemoryBytes 0 means no limit for every task.',
    remediation: 'Add --memory (e.g. --memory=512m; --limit-memory for docker service) sized for the workload; with the max option, stay under the policy\'s ceiling.',
    defaultAction: 'deny',
    operations: ['container.create', 'container.update', 'service.create', 'service.update'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max: {
          description: 'Largest memory limit allowed: bytes, or a size like "16g"; null for none.',
          oneOf: [
            { type: 'null' },
            { type: 'integer', minimum: 1 },
            { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)? ?[kKmMgGtTpP]?[iI]?[bB]?$' },
          ],
        },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const max = options.max === null ? undefined : parseBytes(options.max);
    const compose = 'mem_limit: 512m, or deploy.resources.limits.memory: 512m';
    const aboveMax = (field: string, memory: number): readonly Finding[] => {
      if (max === undefined || memory <= max) return [];
      return [{ field, found: formatBytes(memory), summary: `memory limit ${formatBytes(memory)} is above the policy maximum ${formatBytes(max)}`, fix: `use --memory=${formatBytes(max)} or less`, compose: `mem_limit: ${formatBytes(max)} or less` }];
    };
    const service = (request: RequestOf<ServiceOperation>): readonly Finding[] => {
      const spec = serviceSpecOf(request);
      if (!spec || spec.TaskTemplate.PluginSpec) return [];
      const memory = spec.TaskTemplate.Resources?.Limits?.MemoryBytes ?? 0;
      const field = 'TaskTemplate.Resources.Limits.MemoryBytes';
      if (memory <= 0) return [{ field, found: String(memory), summary: 'service without a memory limit', fix: 'add --limit-memory, e.g. --limit-memory=512m', compose: 'deploy.resources.limits.memory: 512m' }];
      return aboveMax(field, memory);
    };
    return {
      'container.create': ({ body }) => {
        const memory = body.hostConfig.Memory;
        if (memory <= 0) return [{ field: 'HostConfig.Memory', found: String(memory), summary: 'no memory limit', fix: 'add --memory, e.g. --memory=512m', compose }];
        return aboveMax('HostConfig.Memory', memory);
      },
      // On update, Memory 0 means "unchanged".
      'container.update': ({ body }) => {
        const memory = body.update.Memory;
        if (memory < 0) return [{ field: 'Memory', found: String(memory), summary: `memory limit removed (Memory=${memory})`, fix: 'set a positive --memory, e.g. --memory=512m', compose }];
        return memory === 0 ? [] : aboveMax('Memory', memory);
      },
      'service.create': service,
      'service.update': service,
    };
  },
});
