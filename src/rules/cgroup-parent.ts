import { defineCheckRule } from '../engine/types.js';
import { globMatcher } from './lib/glob.js';

interface Options {
  /** Cgroup parents (globs) that may be used. */
  readonly allowed: readonly string[];
}

export default defineCheckRule<Options>({
  meta: {
    id: 'cgroup-parent',
    title: 'Keep containers in the daemon\'s cgroup',
    cis: '5.25',
    severity: 'medium',
    description: "HostConfig.CgroupParent (docker run --cgroup-parent) places the container under a cgroup of the requester's choice instead of the daemon's (/docker or system.slice): it can escape the limits set for containers, or share a parent with host services and their accounting.",
    remediation: 'Drop --cgroup-parent, or add the cgroups your platform uses to the cgroup-parent option allowed.',
    defaultAction: 'warn',
    operations: ['container.create'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowed: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Cgroup parents (micromatch globs) that may be used, e.g. '/docker-tenants/*' or 'tenant-*.slice'." },
      },
    },
  },
  defaultOptions: { allowed: [] },
  check(request, options) {
    if (request.body.kind !== 'container.create') return [];
    const parent = request.body.hostConfig.CgroupParent;
    if (parent === '' || globMatcher(options.allowed)(parent)) return [];
    return [{ field: 'HostConfig.CgroupParent', found: parent, fix: 'drop --cgroup-parent (or allow it with the cgroup-parent option allowed)' }];
  },
});
