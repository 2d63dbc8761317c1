import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { mountSurface } from './lib/mounts.js';

const SHARED = new Set(['shared', 'rshared']);

/**
 * Shared propagation makes mounts made inside the container appear on the host (and the
 * other way round). Read from `Binds` modes (`/src:/dst:rshared`) and
 * `Mounts[].BindOptions.Propagation`, on create and in service mounts.
 */
export default defineRule({
  meta: {
    id: 'mount-propagation',
    title: 'Do not use shared mount propagation',
    summary: "bind propagation `shared` / `rshared`",
    cis: '5.20',
    severity: 'medium',
    description: "A bind mount with propagation 'shared' or 'rshared' propagates mounts both ways: a mount made inside the container (with CAP_SYS_ADMIN, or by a process that gains it) shows up on the host, under a host path.",
    remediation: "Remove the shared/rshared propagation (bind-propagation=rprivate, the default); use rslave if host mounts must appear in the container.",
    defaultAction: 'deny',
    operations: ['container.create', 'service.create', 'service.update'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create(_options, context) {
    const handler = (request: RequestOf<'container.create' | 'service.create' | 'service.update'>): readonly Finding[] =>
      mountSurface(request, context).propagation
        .filter((p) => SHARED.has(p.mode))
        .map((p) => ({ field: p.field, found: p.mode, summary: `${p.field} uses ${p.mode} mount propagation`, fix: 'use the default propagation (rprivate), or rslave' }));
    return { 'container.create': handler, 'service.create': handler, 'service.update': handler };
  },
});
