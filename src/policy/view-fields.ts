/**
 * Which custom-rule field paths exist in the canonical request view (DecodedRequest) of an
 * operation, checked against the same Go struct schemas the decoder fills (docker-types.ts),
 * so that a path with a typo (`body.hostConfig.privileged`) or one its operations never have
 * (`body.exec.User` on container.create) is a policy error instead of a rule that never fires.
 * The walk follows what custom-rules.ts resolve() does: pointers and slices are looked through
 * (arrays fan out), a map takes the rest of the path as its key, interface{} takes anything.
 */
import type { Schema } from '../request/gojson/schema.js';
import {
  Config,
  ContainerExecBody,
  ContainerUpdateBody,
  HostConfig,
  ServiceSpecBody,
  SwarmInitBody,
  SwarmJoinBody,
  VolumeCreateBody,
} from '../request/docker-types.js';
import { ROUTES } from '../request/routes.js';
import { didYouMean } from './suggest.js';

/** DecodedRequest's scalar fields. */
const SCALAR_ROOTS = new Set(['method', 'uri', 'path', 'apiVersion', 'operation', 'user', 'userAuthNMethod']);

const SERVICE_OPS = ['service.create', 'service.update'];

/** `body.<key>`: what each body view holds, and for which operations. */
const BODY_KEYS: Readonly<Record<string, { readonly schema: Schema | 'scalar'; readonly operations: readonly string[] | 'all' }>> = {
  kind: { schema: 'scalar', operations: 'all' },
  name: { schema: 'scalar', operations: ['container.create'] },
  config: { schema: Config, operations: ['container.create'] },
  hostConfig: { schema: HostConfig, operations: ['container.create'] },
  container: { schema: 'scalar', operations: ['container.update', 'container.exec'] },
  update: { schema: ContainerUpdateBody, operations: ['container.update'] },
  exec: { schema: ContainerExecBody, operations: ['container.exec'] },
  action: { schema: 'scalar', operations: SERVICE_OPS },
  service: { schema: 'scalar', operations: SERVICE_OPS },
  spec: { schema: ServiceSpecBody, operations: SERVICE_OPS },
  rollback: { schema: 'scalar', operations: SERVICE_OPS },
  volume: { schema: VolumeCreateBody, operations: ['volume.create'] },
  init: { schema: SwarmInitBody, operations: ['swarm.init'] },
  join: { schema: SwarmJoinBody, operations: ['swarm.join'] },
};

/** Route parameter names (`{name}`, `{id:.*}`) of an operation's routes. */
function routeParams(operation: string): Set<string> {
  const names = new Set<string>();
  for (const r of ROUTES) {
    if (r.operation !== operation) continue;
    for (const m of r.path.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}/g)) names.add(m[1] ?? '');
  }
  return names;
}

const SCALAR_KINDS: Readonly<Record<string, string>> = { bool: 'a boolean', int: 'a number', float: 'a number', string: 'a string' };

/** Why `segments[i..]` does not exist below `schema` (named `at`), or undefined when it does. */
function walk(schema: Schema, segments: readonly string[], i: number, at: string): string | undefined {
  switch (schema.kind) {
    case 'ptr':
    case 'slice':
      return walk(schema.elem, segments, i, at);
    case 'strslice':
      return walk({ kind: 'string' }, segments, i, at);
    case 'map':
    case 'any':
      // A map's key is the rest of the path (label keys have dots); interface{} holds anything.
      return undefined;
    case 'struct': {
      if (i === segments.length) return undefined;
      const segment = segments[i] ?? '';
      const child = Object.hasOwn(schema.fields, segment) ? schema.fields[segment] : Object.hasOwn(schema.embedded, segment) ? schema.embedded[segment] : undefined;
      if (child !== undefined) return walk(child, segments, i + 1, `${at}.${segment}`);
      const names = [...Object.keys(schema.fields), ...Object.keys(schema.embedded)];
      return `${at} (${schema.name}) has no field ${JSON.stringify(segment)}${didYouMean(segment, names)}`;
    }
    default:
      if (i === segments.length) return undefined;
      return `${at} is ${SCALAR_KINDS[schema.kind] ?? schema.kind}: it has no field ${JSON.stringify(segments[i] ?? '')}`;
  }
}

/**
 * Why `field` can never hold a value for any of `operations` (a custom rule on it would never
 * fire), or undefined. The root (one of the DecodedRequest fields) is checked by the caller.
 */
export function missingFieldReason(field: string, operations: readonly string[]): string | undefined {
  const segments = field.split('.');
  const root = segments[0] ?? '';
  if (SCALAR_ROOTS.has(root)) {
    return segments.length > 1 ? `${root} is a string: it has no field ${JSON.stringify(segments[1] ?? '')}` : undefined;
  }
  if (root === 'query') return undefined;
  if (root === 'params') {
    if (segments.length === 1) return undefined;
    const name = segments.slice(1).join('.');
    const known = new Set(operations.flatMap((op) => [...routeParams(op)]));
    if (known.has(name)) return undefined;
    const list = [...known].sort();
    return `no route of ${operations.join(', ')} has the parameter ${JSON.stringify(name)}${didYouMean(name, list)}${list.length > 0 ? ` (they have: ${list.join(', ')})` : ' (they have none)'}`;
  }
  if (root !== 'body') return undefined;
  if (segments.length === 1) return undefined;
  const key = segments[1] ?? '';
  const view = BODY_KEYS[key];
  if (view === undefined) {
    return `body has no field ${JSON.stringify(key)}${didYouMean(key, Object.keys(BODY_KEYS))} (body.hostConfig and body.config for container.create, body.exec, body.update, body.spec for services, body.volume, body.init, body.join)`;
  }
  if (view.operations !== 'all' && !operations.some((op) => view.operations.includes(op))) {
    return `body.${key} is only in ${view.operations.join(', ')} requests, and this rule's operations are ${operations.join(', ')}`;
  }
  if (view.schema === 'scalar') {
    return segments.length > 2 ? `body.${key} is a string: it has no field ${JSON.stringify(segments[2] ?? '')}` : undefined;
  }
  return walk(view.schema, segments, 2, `body.${key}`);
}
