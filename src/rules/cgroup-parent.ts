import { defineFieldRule } from '../core/field-rule.js';
import { globMatcher } from './lib/glob.js';

interface Options {
  /** Cgroup parents (globs) that may be used. */
  readonly allowed: readonly string[];
}

export default defineFieldRule<Options, 'container.create'>({
  meta: {
    id: 'cgroup-parent',
    title: 'Keep containers in the daemon\'s cgroup',
    summary: "`CgroupParent` not in `allowed`",
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
  tests: (options) => {
    const allowed = globMatcher(options.allowed);
    return {
      'container.create': {
        field: 'HostConfig.CgroupParent',
        values: ({ body }) => [body.hostConfig.CgroupParent],
        bad: (parent) => parent !== '' && !allowed(String(parent)),
        finding: { fix: 'drop --cgroup-parent (or allow it with the cgroup-parent option allowed)' },
      },
    };
  },
});
