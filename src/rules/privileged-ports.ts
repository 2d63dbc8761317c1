import { defineRule, type Finding } from '../core/rule.js';
import { PORT_OPERATIONS, containerPorts, servicePorts, type PublishedPort } from './lib/ports.js';

/** A finding for each port published on a host port below 1024 (0: the daemon or swarm picks one). */
function privileged(ports: readonly PublishedPort[]): readonly Finding[] {
  return ports
    .filter((p) => p.hostPort > 0 && p.hostPort < 1024)
    .map((p) => ({ field: p.field, found: String(p.hostPort), summary: `${p.containerPort} published on privileged host port ${p.hostPort}`, fix: `publish on a host port of 1024 or above, e.g. -p ${p.hostPort + 8000}:${p.containerPort.split('/')[0] ?? ''}` }));
}

export default defineRule({
  meta: {
    id: 'privileged-ports',
    title: 'Do not publish privileged host ports',
    summary: "host ports below 1024 (`PortBindings`, service `PublishedPort`)",
    cis: '5.8',
    severity: 'low',
    description: 'Publishing a container port on a host port below 1024 (HostConfig.PortBindings HostPort, a service\'s EndpointSpec.Ports PublishedPort) takes a port that host services (ssh 22, smtp 25, dns 53, http 80...) and their clients trust as privileged.',
    remediation: 'Publish on a host port of 1024 or above (-p 8080:80) and put a reverse proxy or load balancer in front.',
    defaultAction: 'warn',
    operations: [...PORT_OPERATIONS],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
  },
  defaultOptions: {},
  create: () => ({
    'container.create': ({ body }) => privileged(containerPorts(body)),
    'service.create': ({ body }) => privileged(servicePorts(body)),
    'service.update': ({ body }) => privileged(servicePorts(body)),
  }),
});
