/**
 * The public field paths of custom rules (`customRules[].field` in the policy file), version 1.
 *
 * A path is a root or prefix from FIELD_PATHS (`user`, `query.<name>`, `body.hostConfig`), then,
 * below a Go struct, the Docker API's own field names (`body.hostConfig.NetworkMode`). Each entry
 * reads its value from the request view through an explicit accessor, so that an internal
 * rename of the view changes the accessor, never the path users write; below it, the walk
 * follows the same Go struct schemas the decoder fills (request/docker-types.ts). The validator
 * (missingFieldReason), the resolver (fieldReader), the policy schema's `field` and
 * docs/custom-rules-fields.md (scripts/gen-field-paths.ts) all read this table.
 *
 * Paths are public API: removing or renaming one breaks users' policy files, and
 * test/unit/policy/field-paths.test.ts pins the version 1 list. Adding a path (a decoded
 * field, a body) keeps the version; a change that removes or changes one needs a new version.
 */
import { goTypeName } from '../request/gojson/decode.js';
import { bool, map, slice, string, type Schema } from '../request/gojson/schema.js';
import {
  Config,
  ContainerExecBody,
  ContainerUpdateBody,
  HostConfig,
  NetworkCreateBody,
  ServiceSpecBody,
  SwarmInitBody,
  SwarmJoinBody,
  VolumeCreateBody,
} from '../request/docker-types.js';
import type { DecodedRequest } from '../request/decode-request.js';
import { ROUTES, type Operation } from '../request/routes.js';
import { didYouMean } from './suggest.js';

/** The version of the public path table. Policies written for version 1 keep working while it is 1. */
export const FIELD_PATHS_VERSION = 1;

/** The generated reference of every path (scripts/gen-field-paths.ts). */
export const FIELD_PATHS_DOC = 'docs/custom-rules-fields.md';

/** The syntax of a path (the policy schema's `field` pattern): a name, then dot-separated segments. */
export const FIELD_PATH_PATTERN = '^[A-Za-z][A-Za-z0-9_]*(\\.[^.]+)*$';
export const FIELD_PATH_MAX_LENGTH = 300;

/** Segments never readable: their values are secrets (Env) and would reach messages and logs. */
export const FORBIDDEN_SEGMENT = /^env$/i;

/** One public root or prefix. */
export interface FieldPath {
  /** As policies write it: public API, never renamed or removed within a version. */
  readonly path: string;
  /** The operations whose requests have it (`all`: every operation). */
  readonly operations: 'all' | readonly Operation[];
  /**
   * What it holds: a scalar, a Go struct (the Docker API's field names below it), a map (the rest
   * of the path is a key), or `group`: only the table's longer paths are below it (`body`).
   */
  readonly schema: Schema | 'group';
  /** Its type as the Docker API (Go) names it; the schema's Go type when not given. */
  readonly goType?: string;
  /** One line for the docs and the policy schema. */
  readonly description: string;
  /** Its value in a request view: the only place that knows the view's internal shape. */
  readonly read: (request: DecodedRequest) => unknown;
  /** A map whose keys depend on the operation (route parameters): the keys of one operation. */
  readonly keys?: (operation: Operation) => readonly string[];
}

const SERVICE_OPS: readonly Operation[] = ['service.create', 'service.update'];

/** Route parameter names (`{name}`, `{id:.*}`) of an operation's routes. */
export function routeParams(operation: Operation): string[] {
  const names = new Set<string>();
  for (const r of ROUTES) {
    if (r.operation !== operation) continue;
    for (const m of r.path.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\}/g)) names.add(m[1] ?? '');
  }
  return [...names].sort();
}

/** The public table, version 1 (order: as the docs list it; roots first in the order errors name them). */
export const FIELD_PATHS: readonly FieldPath[] = [
  { path: 'method', operations: 'all', schema: string, goType: 'string (RequestMethod)', description: 'The HTTP method (GET, POST, ...).', read: (r) => r.method },
  { path: 'uri', operations: 'all', schema: string, goType: 'string (RequestURI)', description: 'The request URI as the daemon sent it, version prefix and query string included.', read: (r) => r.uri },
  { path: 'path', operations: 'all', schema: string, description: 'The decoded path without the API version prefix (/containers/create).', read: (r) => r.path },
  { path: 'apiVersion', operations: 'all', schema: string, description: 'The API version of the URI (1.51), unset when the URI has none.', read: (r) => r.apiVersion },
  { path: 'operation', operations: 'all', schema: string, description: 'The operation name (container.create), as `dockgate rules` and the decision log show it.', read: (r) => r.operation },
  { path: 'user', operations: 'all', schema: string, goType: 'string (User)', description: 'The TLS client certificate CN; empty over the unix socket.', read: (r) => r.user },
  { path: 'userAuthNMethod', operations: 'all', schema: string, goType: 'string (UserAuthNMethod)', description: 'How the daemon authenticated the user (TLS); empty over the unix socket.', read: (r) => r.userAuthNMethod },
  {
    path: 'params',
    operations: 'all',
    schema: map(string),
    description: 'The route parameters (params.name of /containers/{name}/start): the rest of the path is the parameter name.',
    read: (r) => r.params,
    keys: routeParams,
  },
  { path: 'query', operations: 'all', schema: map(slice(string)), goType: 'url.Values', description: 'The query parameters (query.name of ?name=): the rest of the path is the parameter name; a repeated parameter matches when any value does.', read: (r) => r.query },
  { path: 'body', operations: 'all', schema: 'group', description: 'The decoded JSON body: the paths below, by operation.', read: (r) => r.body },
  {
    path: 'body.kind',
    operations: 'all',
    schema: string,
    description: 'What the body is: container.create, container.update, container.exec, service, volume.create, network.create, swarm.init, swarm.join; none for an operation without a decoded body.',
    read: (r) => r.body.kind,
  },
  { path: 'body.name', operations: ['container.create'], schema: string, goType: 'string (?name=)', description: 'The container name of the create (?name=), unset when none is given.', read: ({ body }) => (body.kind === 'container.create' ? body.name : undefined) },
  { path: 'body.config', operations: ['container.create'], schema: Config, description: 'The container configuration (docker run\'s image, command, user, labels, ...).', read: ({ body }) => (body.kind === 'container.create' ? body.config : undefined) },
  {
    path: 'body.hostConfig',
    operations: ['container.create'],
    schema: HostConfig,
    description: 'The HostConfig the daemon will use (the body\'s HostConfig, or the legacy top-level fields of older API versions).',
    read: ({ body }) => (body.kind === 'container.create' ? body.hostConfig : undefined),
  },
  {
    path: 'body.container',
    operations: ['container.update', 'container.exec'],
    schema: string,
    description: 'The container as the request names it (the {name} of the route: an ID, ID prefix or name).',
    read: ({ body }) => (body.kind === 'container.update' || body.kind === 'container.exec' ? body.container : undefined),
  },
  { path: 'body.update', operations: ['container.update'], schema: ContainerUpdateBody, description: 'The body of docker update (resources and restart policy).', read: ({ body }) => (body.kind === 'container.update' ? body.update : undefined) },
  { path: 'body.exec', operations: ['container.exec'], schema: ContainerExecBody, description: 'The body of docker exec (command, user, privileged, ...).', read: ({ body }) => (body.kind === 'container.exec' ? body.exec : undefined) },
  { path: 'body.action', operations: SERVICE_OPS, schema: string, description: 'create or update.', read: ({ body }) => (body.kind === 'service' ? body.action : undefined) },
  { path: 'body.service', operations: SERVICE_OPS, schema: string, description: 'The {id} of a service update (an ID, ID prefix or name); unset on create.', read: ({ body }) => (body.kind === 'service' ? body.service : undefined) },
  { path: 'body.spec', operations: SERVICE_OPS, schema: ServiceSpecBody, description: 'The service spec (docker service create/update, docker stack deploy).', read: ({ body }) => (body.kind === 'service' ? body.spec : undefined) },
  {
    path: 'body.rollback',
    operations: SERVICE_OPS,
    schema: bool,
    description: 'true for ?rollback=previous on update: the daemon re-applies the previous spec, which dockgate cannot see (body.spec is not what runs).',
    read: ({ body }) => (body.kind === 'service' ? body.rollback : undefined),
  },
  { path: 'body.volume', operations: ['volume.create'], schema: VolumeCreateBody, description: 'The body of docker volume create.', read: ({ body }) => (body.kind === 'volume.create' ? body.volume : undefined) },
  { path: 'body.network', operations: ['network.create'], schema: NetworkCreateBody, description: 'The body of docker network create.', read: ({ body }) => (body.kind === 'network.create' ? body.network : undefined) },
  { path: 'body.init', operations: ['swarm.init'], schema: SwarmInitBody, description: 'The body of docker swarm init.', read: ({ body }) => (body.kind === 'swarm.init' ? body.init : undefined) },
  { path: 'body.join', operations: ['swarm.join'], schema: SwarmJoinBody, description: 'The body of docker swarm join.', read: ({ body }) => (body.kind === 'swarm.join' ? body.join : undefined) },
];

const BY_PATH = new Map(FIELD_PATHS.map((e) => [e.path, e]));

/** The first segments every path starts with, in table order. */
export const FIELD_ROOTS: readonly string[] = [...new Set(FIELD_PATHS.map((e) => e.path.split('.')[0] ?? ''))];

/** Whether the entry exists for an operation. */
export const hasOperation = (entry: FieldPath, operation: Operation): boolean => entry.operations === 'all' || entry.operations.includes(operation);

/** The entry a path starts with (the longest), and the segments after it; undefined for an unknown root. */
export function lookupFieldPath(field: string): { readonly entry: FieldPath; readonly rest: readonly string[] } | undefined {
  const segments = field.split('.');
  for (let n = segments.length; n > 0; n--) {
    const entry = BY_PATH.get(segments.slice(0, n).join('.'));
    if (entry !== undefined) return { entry, rest: segments.slice(n) };
  }
  return undefined;
}

/** The entries directly below a group (`body` -> body.kind, body.config, ...). */
function childrenOf(group: FieldPath): FieldPath[] {
  const depth = group.path.split('.').length + 1;
  return FIELD_PATHS.filter((e) => e.path.startsWith(`${group.path}.`) && e.path.split('.').length === depth);
}

/** The Go type of an entry, as the docs show it. */
export function goTypeOf(entry: FieldPath): string {
  if (entry.goType !== undefined) return entry.goType;
  return entry.schema === 'group' ? 'object' : goTypeName(entry.schema);
}

const SCALAR_KINDS: Readonly<Record<string, string>> = { bool: 'a boolean', int: 'a number', float: 'a number', string: 'a string' };

/** The struct field (or embedded struct) `name` of a struct schema. */
function fieldOf(schema: Schema & { kind: 'struct' }, name: string): Schema | undefined {
  if (Object.hasOwn(schema.fields, name)) return schema.fields[name];
  if (Object.hasOwn(schema.embedded, name)) return schema.embedded[name];
  return undefined;
}

/** One step of a compiled path below its entry: a struct field, or a map key (the rest of the path). */
type Step = { readonly field: string } | { readonly key: string };

/**
 * Walks `segments[i..]` below `schema` (named `at`): the steps to read it, or why it does not
 * exist. Pointers and slices are looked through (arrays fan out: any element may match), a map
 * takes the rest of the path as its key (label keys have dots), interface{} takes anything (the
 * decoder keeps no value of it, so nothing is ever found there).
 */
function walk(schema: Schema, segments: readonly string[], i: number, at: string, steps: Step[]): string | undefined {
  switch (schema.kind) {
    case 'ptr':
    case 'slice':
      return walk(schema.elem, segments, i, at, steps);
    case 'strslice':
      return walk(string, segments, i, at, steps);
    case 'map':
      if (i < segments.length) steps.push({ key: segments.slice(i).join('.') });
      return undefined;
    case 'any':
      for (const field of segments.slice(i)) steps.push({ field });
      return undefined;
    case 'struct': {
      if (i === segments.length) return undefined;
      const segment = segments[i] ?? '';
      const child = fieldOf(schema, segment);
      if (child !== undefined) {
        steps.push({ field: segment });
        return walk(child, segments, i + 1, `${at}.${segment}`, steps);
      }
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
 * fire), or undefined. An unknown root (lookupFieldPath undefined) and Env are the caller's.
 */
export function missingFieldReason(field: string, operations: readonly Operation[]): string | undefined {
  const found = lookupFieldPath(field);
  if (found === undefined) return undefined;
  const { entry, rest } = found;
  if (entry.schema === 'group') {
    if (rest.length === 0) return undefined;
    const key = rest[0] ?? '';
    const children = childrenOf(entry);
    // The structs below it, by operations: `body.config, body.hostConfig for container.create; ...`.
    const byOps = new Map<string, string[]>();
    for (const c of children) {
      if (c.schema === 'group' || c.schema.kind !== 'struct') continue;
      const ops = c.operations === 'all' ? 'every operation' : c.operations.join(', ');
      byOps.set(ops, [...(byOps.get(ops) ?? []), c.path]);
    }
    const structs = [...byOps].map(([ops, paths]) => `${paths.join(', ')} for ${ops}`);
    return `${entry.path} has no field ${JSON.stringify(key)}${didYouMean(key, children.map((c) => c.path.slice(entry.path.length + 1)))} (${structs.join('; ')})`;
  }
  if (entry.operations !== 'all' && !operations.some((op) => hasOperation(entry, op))) {
    return `${entry.path} is only in ${entry.operations.join(', ')} requests, and this rule's operations are ${operations.join(', ')}`;
  }
  if (entry.keys !== undefined && rest.length > 0) {
    const name = rest.join('.');
    const known = [...new Set(operations.flatMap((op) => entry.keys?.(op) ?? []))].sort();
    if (known.includes(name)) return undefined;
    return `no route of ${operations.join(', ')} has the parameter ${JSON.stringify(name)}${didYouMean(name, known)}${known.length > 0 ? ` (they have: ${known.join(', ')})` : ' (they have none)'}`;
  }
  return walk(entry.schema, rest, 0, entry.path, []);
}

/** Collects every value the steps reach: arrays fan out, a map step reads its key, a field step an own property. */
function collect(value: unknown, steps: readonly Step[], i: number, out: unknown[]): void {
  if (Array.isArray(value)) {
    for (const element of value) collect(element, steps, i, out);
    return;
  }
  const step = steps[i];
  if (step === undefined) {
    out.push(value);
    return;
  }
  if ('key' in step) {
    if (value instanceof Map && value.has(step.key)) collect(value.get(step.key), steps, steps.length, out);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Map) && Object.hasOwn(value, step.field)) {
    collect((value as Readonly<Record<string, unknown>>)[step.field], steps, i + 1, out);
  }
}

const NOTHING = (): unknown[] => [];

/**
 * Every value `field` reaches in a request of `operation` (none when the path is not in that
 * operation's requests): the entry's accessor, then the walk compiled once from its Go schema.
 */
export function fieldReader(field: string, operation: Operation): (request: DecodedRequest) => unknown[] {
  const found = lookupFieldPath(field);
  // Env is refused at load; never read here either.
  if (found === undefined || !hasOperation(found.entry, operation) || field.split('.').some((s) => FORBIDDEN_SEGMENT.test(s))) return NOTHING;
  const { entry, rest } = found;
  const steps: Step[] = [];
  if (entry.schema === 'group') {
    if (rest.length > 0) return NOTHING;
  } else if (walk(entry.schema, rest, 0, entry.path, steps) !== undefined) {
    return NOTHING;
  }
  return (request) => {
    const out: unknown[] = [];
    collect(entry.read(request), steps, 0, out);
    return out;
  };
}

/** One path of the expanded table: the entry itself or a field below it. */
export interface ExpandedPath {
  /** The path as a policy writes it; a map's key or a route parameter is written `<key>` / `<name>`. */
  readonly path: string;
  readonly goType: string;
  /** What the path's shape means for a rule: a map key, a list, interface{}, Env. */
  readonly note: string | undefined;
  /** Env: refused (its values are secrets). */
  readonly secret: boolean;
  /** The entry it belongs to. */
  readonly entry: FieldPath;
}

function noteOf(schema: Schema): string | undefined {
  switch (schema.kind) {
    case 'ptr':
      return noteOf(schema.elem);
    case 'slice':
    case 'strslice':
    case 'bytes':
      return 'list: matches when any element matches';
    case 'map':
      return 'map: the rest of the path is the key (dots included)';
    case 'any':
      return 'interface{}: not decoded, never holds a value';
    default:
      return undefined;
  }
}

/** The struct a schema holds through pointers and slices, if any. */
function structBelow(schema: Schema): (Schema & { kind: 'struct' }) | undefined {
  if (schema.kind === 'ptr' || schema.kind === 'slice') return structBelow(schema.elem);
  return schema.kind === 'struct' ? schema : undefined;
}

/** Every path of the table: each entry, then every field below it (depth first, in Go declaration order). */
export function expandFieldPaths(): ExpandedPath[] {
  const out: ExpandedPath[] = [];
  const below = (entry: FieldPath, schema: Schema, path: string, secret: boolean, seen: readonly string[]): void => {
    const st = structBelow(schema);
    if (st !== undefined && !seen.includes(st.name)) {
      const children: [string, Schema][] = [...Object.entries(st.fields), ...Object.entries(st.embedded)];
      for (const [name, child] of children) {
        const childPath = `${path}.${name}`;
        const childSecret = secret || FORBIDDEN_SEGMENT.test(name);
        out.push({ path: childPath, goType: goTypeName(child), note: noteOf(child), secret: childSecret, entry });
        below(entry, child, childPath, childSecret, [...seen, st.name]);
      }
    }
    const m = schema.kind === 'ptr' ? schema.elem : schema;
    if (m.kind === 'map') {
      const key = entry.keys !== undefined ? '<name>' : '<key>';
      const note = structBelow(m.elem) === undefined ? noteOf(m.elem) : 'the whole element: only exists is meaningful (a map key takes the rest of the path)';
      out.push({ path: `${path}.${key}`, goType: goTypeName(m.elem), note, secret, entry });
    }
  };
  for (const entry of FIELD_PATHS) {
    out.push({ path: entry.path, goType: goTypeOf(entry), note: entry.schema === 'group' ? undefined : noteOf(entry.schema), secret: false, entry });
    if (entry.schema !== 'group') below(entry, entry.schema, entry.path, false, []);
  }
  return out;
}

/** The policy schema's `field` (its description names the version and the generated reference). */
export function fieldPathSchema(): Record<string, unknown> {
  return {
    type: 'string',
    pattern: FIELD_PATH_PATTERN,
    maxLength: FIELD_PATH_MAX_LENGTH,
    description:
      `Field path, version ${String(FIELD_PATHS_VERSION)} (every path: ${FIELD_PATHS_DOC}). One of ${FIELD_ROOTS.join(', ')}, e.g. body.hostConfig.NetworkMode, body.config.Labels.team, query.name, user; ` +
      `below body: ${FIELD_PATHS.filter((e) => e.path.startsWith('body.')).map((e) => e.path).join(', ')}, then the Docker API's field names. ` +
      'Arrays match when any element matches; a map key takes the rest of the path. Env is never readable.',
  };
}
