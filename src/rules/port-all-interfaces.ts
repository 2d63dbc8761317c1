import { defineCheckRule } from '../engine/types.js';
import { PORT_OPERATIONS, isAllInterfaces, publishedPorts } from './lib/ports.js';

export default defineCheckRule({
  meta: {
    id: 'port-all-interfaces',
    title: 'Bind published ports to one host interface',
    cis: '5.14',
    severity: 'low',
    description: "A published port with an empty HostIp, 0.0.0.0 or :: (docker run -p 8080:80) listens on every host interface, including public ones; Docker's iptables rules bypass host firewalls such as ufw. Swarm service ports are published on every interface of every node.",
    remediation: 'Bind to the interface that should serve the port: -p 127.0.0.1:8080:80 or -p 10.0.0.5:8080:80.',
    defaultAction: 'warn',
    operations: [...PORT_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  check(request) {
    return publishedPorts(request)
      .filter((p) => p.service || isAllInterfaces(p.hostIp))
      .map((p) => ({
        field: p.field,
        found: p.service ? 'every node interface' : p.hostIp || '(all interfaces)',
        summary: `${p.containerPort} published on every host interface`,
        fix: p.service ? 'publish the service through a load balancer, or use mode=host on an internal interface' : 'bind to one address, e.g. -p 127.0.0.1:HOSTPORT:PORT',
      }));
  },
});
