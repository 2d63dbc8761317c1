import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { PORT_OPERATIONS, containerPorts, isAllInterfaces, servicePorts } from './lib/ports.js';
import type { ServiceOperation } from './lib/service.js';

/** Swarm publishes a service port on every interface of every node: each one is a finding. */
function service({ body }: RequestOf<ServiceOperation>): readonly Finding[] {
  return servicePorts(body).map((p) => ({
    field: p.field,
    found: 'every node interface',
    summary: `${p.containerPort} published on every host interface`,
    fix: 'publish the service through a load balancer, or use mode=host on an internal interface',
  }));
}

export default defineRule({
  meta: {
    id: 'port-all-interfaces',
    title: 'Bind published ports to one host interface',
    summary: "published ports on `0.0.0.0` / `::` / empty `HostIp`; service ports",
    cis: '5.14',
    severity: 'low',
    description: "A published port with an empty HostIp, 0.0.0.0 or :: (docker run -p 8080:80) listens on every host interface, including public ones; Docker's iptables rules bypass host firewalls such as ufw. Swarm service ports are published on every interface of every node.",
    remediation: 'Bind to the interface that should serve the port: -p 127.0.0.1:8080:80 or -p 10.0.0.5:8080:80.',
    defaultAction: 'warn',
    operations: [...PORT_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    'container.create': ({ body }) =>
      containerPorts(body)
        .filter((p) => isAllInterfaces(p.hostIp))
        .map((p) => ({
          field: p.field,
          found: p.hostIp || '(all interfaces)',
          summary: `${p.containerPort} published on every host interface`,
          fix: 'bind to one address, e.g. -p 127.0.0.1:HOSTPORT:PORT',
        })),
    'service.create': service,
    'service.update': service,
  }),
});
