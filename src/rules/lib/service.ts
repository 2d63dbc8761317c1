/** The parts of a swarm service request that rules read. */
import type { DecodedRequest } from '../../request/decode-request.js';
import type { ContainerSpecValue, ServiceSpecBodyValue } from '../../request/docker-types.js';

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
