import { defineRule } from '../core/rule.js';

/**
 * `docker swarm init` turns the engine into a swarm manager: it opens the cluster ports
 * (2377, 7946, 4789) and accepts services, whose tasks the daemon creates without asking
 * the authorization plugin.
 */
export default defineRule({
  meta: {
    id: 'swarm-init',
    title: 'Enable swarm mode only where needed',
    summary: "`POST /swarm/init`",
    cis: '5.1',
    severity: 'medium',
    description: 'POST /swarm/init makes this engine a swarm manager: it listens for other nodes on 2377/tcp (ListenAddr, 0.0.0.0 by default), and from then on service tasks are created inside the daemon without AuthZ calls (dockgate checks service specs instead). Swarm mode should be enabled deliberately, not by any API user.',
    remediation: 'Leave swarm mode off on engines that do not run services; initialise the swarm from an admin account (exemption by TLS user) where it is needed.',
    defaultAction: 'warn',
    operations: ['swarm.init'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    // Every swarm init is a finding; ListenAddr says where the new manager listens.
    'swarm.init': ({ body }) => {
      const listen = body.init.ListenAddr || '0.0.0.0:2377';
      return [{ field: 'ListenAddr', found: listen, summary: `swarm init (manager listening on ${listen})`, fix: 'do not enable swarm mode on this engine unless it runs services' }];
    },
  }),
});
