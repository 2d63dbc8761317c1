/** The parts of a swarm service request that rules read. */
import type { DecodedRequest } from '../../request/decode-request.js';
import type { ContainerSpecValue, ServiceSpecBodyValue } from '../../request/docker-types.js';
import { sameHandler, type Finding, type Handlers } from '../../core/rule.js';

/** Field names in findings are relative to the ServiceSpec body. */
export const CONTAINER_SPEC = 'TaskTemplate.ContainerSpec';

/**
 * The service spec the daemon will apply, or undefined when the request is not a service
 * create/update or is a `?rollback=previous` (the daemon ignores the body then; the
 * `service-rollback` rule covers it).
 */
export function serviceSpecOf(request: Pick<DecodedRequest, 'body'>): ServiceSpecBodyValue | undefined {
  const body = request.body;
  if (body.kind !== 'service' || body.rollback) return undefined;
  return body.spec;
}

/** The spec's ContainerSpec, when the request sets one. */
export function containerSpecOf(request: Pick<DecodedRequest, 'body'>): ContainerSpecValue | undefined {
  return serviceSpecOf(request)?.TaskTemplate.ContainerSpec ?? undefined;
}

export const SERVICE_OPERATIONS = ['service.create', 'service.update'] as const;

/** The two operations whose body is a ServiceSpec. */
export type ServiceOperation = (typeof SERVICE_OPERATIONS)[number];

/**
 * The service.create and service.update handlers of a rule that judges the task's ContainerSpec
 * (nothing on a rollback or a spec without one, as containerSpecOf).
 */
export function containerSpecHandlers(check: (spec: ContainerSpecValue) => readonly Finding[]): Handlers<ServiceOperation> {
  return sameHandler(SERVICE_OPERATIONS, (request) => {
    const spec = containerSpecOf(request);
    return spec ? check(spec) : [];
  });
}

/** Go's versions.LessThan: dot-separated numbers, a missing or non-numeric part counts as 0. */
export function apiVersionLess(v: string, other: string): boolean {
  const a = v.split('.');
  const b = other.split('.');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = Number.parseInt(a[i] ?? '0', 10) || 0;
    const y = Number.parseInt(b[i] ?? '0', 10) || 0;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * ContainerSpec.Privileges.Seccomp, .AppArmor and .NoNewPrivileges exist from API 1.44 (daemon
 * 25). Daemons 25+ clear them from a request made at an older API version (adjustForAPIVersion);
 * 20.10 (API 1.41) has no such fields and ignores them. True when the request names an API
 * version below 1.44: the daemon then runs the service with its default profiles whatever these
 * fields say. Without a version in the path the daemon uses its own (1.44+ from daemon 25).
 */
export function privilegesIgnored(request: Pick<DecodedRequest, 'apiVersion'>): boolean {
  return request.apiVersion !== undefined && apiVersionLess(request.apiVersion, '1.44');
}
