/** Published ports on create (HostConfig.PortBindings) and on services (EndpointSpec.Ports). */
import type { ContainerCreateView, DecodedRequest, ServiceView } from '../../request/decode-request.js';
import { perRequest } from './per-request.js';
import { serviceSpecOf } from './service.js';

export interface PublishedPort {
  readonly field: string;
  /** `80/tcp` on create; `80/tcp` (target port) on a service. */
  readonly containerPort: string;
  /** First host port of the binding; 0 when the daemon picks one. */
  readonly hostPort: number;
  /** As sent; `''` binds every interface. Services always bind every interface. */
  readonly hostIp: string;
  readonly service: boolean;
}

/** HostPort as the daemon reads it: `8080`, a range `8080-8090` (first port), `''`: ephemeral. */
export function firstHostPort(hostPort: string): number {
  const m = /^\s*(\d+)/.exec(hostPort);
  return m?.[1] === undefined ? 0 : Number(m[1]);
}

/**
 * A create's published ports (HostConfig.PortBindings), by body: privileged-ports and
 * port-all-interfaces read the same list (shared between rules: read it, never change it).
 */
export const containerPorts = perRequest((body: ContainerCreateView): readonly PublishedPort[] => {
  const out: PublishedPort[] = [];
  for (const [port, bindings] of body.hostConfig.PortBindings ?? new Map<string, null>()) {
    const field = `HostConfig.PortBindings[${JSON.stringify(port)}]`;
    // Daemon 29+ publishes an empty or null binding list on an ephemeral port of every interface.
    const list: readonly { HostIp: string; HostPort: string }[] = bindings === null || bindings.length === 0 ? [{ HostIp: '', HostPort: '' }] : bindings;
    list.forEach((b, i) => {
      out.push({ field: `${field}[${i}]`, containerPort: port, hostPort: firstHostPort(b.HostPort), hostIp: b.HostIp, service: false });
    });
  }
  return out;
});

/**
 * A service's published ports (EndpointSpec.Ports), by body; none on a rollback (the daemon
 * ignores the body then). Shared between rules as containerPorts is.
 */
export const servicePorts = perRequest((body: ServiceView): readonly PublishedPort[] => {
  const spec = serviceSpecOf({ body });
  // PublishedPort 0 in ingress mode: swarm picks a port (30000+) on every node.
  return (spec?.EndpointSpec?.Ports ?? []).map((p, i) => ({ field: `EndpointSpec.Ports[${i}]`, containerPort: `${p.TargetPort}/${p.Protocol || 'tcp'}`, hostPort: p.PublishedPort, hostIp: '', service: true }));
});

const NONE: readonly PublishedPort[] = [];

/** The request's published ports, whatever its operation (none for a body without ports). */
export function publishedPorts(request: Pick<DecodedRequest, 'body'>): readonly PublishedPort[] {
  const body = request.body;
  if (body.kind === 'container.create') return containerPorts(body);
  if (body.kind === 'service') return servicePorts(body);
  return NONE;
}

/** True for the addresses that bind every interface: empty, 0.0.0.0, ::. */
export function isAllInterfaces(hostIp: string): boolean {
  const ip = hostIp.trim().replace(/^\[(.*)\]$/, '$1');
  if (ip === '' || ip === '0.0.0.0') return true;
  if (!ip.includes(':')) return false;
  try {
    const host = new URL(`http://[${ip}]/`).hostname;
    return host === '[::]' || host === '[::ffff:0:0]';
  } catch {
    return false;
  }
}

export const PORT_OPERATIONS = ['container.create', 'service.create', 'service.update'] as const;
