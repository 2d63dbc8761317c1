import { defineRule } from '../core/rule.js';

/**
 * `docker service rollback` (POST /services/{id}/update?rollback=previous) sends the current
 * spec as the body, but the daemon ignores it and re-applies the service's PreviousSpec,
 * which the plugin cannot see. That spec was itself a create or update that went through
 * dockgate when it was submitted, unless it predates dockgate, was submitted through another
 * manager, or was allowed by a policy that has changed since.
 */
export default defineRule({
  meta: {
    id: 'service-rollback',
    title: 'Service rollbacks apply a spec dockgate cannot see',
    summary: "`POST /services/{id}/update?rollback=previous` (applies a spec dockgate cannot see)",
    cis: undefined,
    severity: 'medium',
    description: "A service update with ?rollback=previous re-applies the service's previous spec; the body, which dockgate would check, is ignored by the daemon. The previous spec was checked when it was submitted through this engine under the policy of that time, but not if it was submitted before dockgate, through another swarm manager, or under a looser policy. dockgate does not check the ignored body on a rollback.",
    remediation: 'Roll back with docker service update and the previous settings spelled out (which dockgate checks), or from an admin account.',
    defaultAction: 'warn',
    operations: ['service.update'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    'service.update': ({ body }) => {
      if (!body.rollback) return [];
      return [{ field: 'rollback', found: 'previous', summary: `rollback of service ${body.service ?? ''} to its previous spec, which dockgate cannot see`, fix: 'use docker service update with explicit settings instead of rollback' }];
    },
  }),
});
