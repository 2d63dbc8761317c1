/**
 * Turns a daemon envelope into the one canonical, typed view of the request that every
 * rule reads. No rule touches raw JSON: bodies are decoded here with Go's semantics
 * (gojson/decode.ts) into the daemon's own types (docker-types.ts).
 */
import type { AuthZEnvelope } from './envelope.js';
import {
  ContainerCreateBody, ContainerExecBody, ContainerUpdateBody, HostConfig, NetworkCreateBody, ServiceSpecBody, SwarmInitBody, SwarmJoinBody, VolumeCreateBody,
  type ConfigValue, type ContainerCreateValue, type ContainerExecValue, type ContainerUpdateValue, type HostConfigValue,
  type NetworkCreateBodyValue, type ServiceSpecBodyValue, type SwarmInitBodyValue, type SwarmJoinBodyValue, type VolumeCreateBodyValue,
} from './docker-types.js';
import { decodeGoJSON, zeroValue, type DecodeResult } from './gojson/decode.js';
import type { StructSchema } from './gojson/schema.js';
import { problem, type RequestProblem } from './problems.js';
import { isReadOnlyMethod, matchRoute } from './router.js';
import type { Operation, UnroutedOperation } from './routes.js';
import { parseRequestUri, queryValue } from './uri.js';

export interface ContainerCreateView {
  readonly kind: 'container.create';
  /** `?name=` of the create request, if any. */
  readonly name: string | undefined;
  readonly config: ConfigValue;
  /** The HostConfig the daemon will use (inner HostConfig, or legacy top-level fields). */
  readonly hostConfig: HostConfigValue;
}

export interface ContainerUpdateView {
  readonly kind: 'container.update';
  readonly container: string;
  readonly update: ContainerUpdateValue;
}

export interface ContainerExecView {
  readonly kind: 'container.exec';
  readonly container: string;
  readonly exec: ContainerExecValue;
}

/** POST /services/create and POST /services/{id}/update (swarm.ServiceSpec). */
export interface ServiceView {
  readonly kind: 'service';
  readonly action: 'create' | 'update';
  /** The `{id}` of an update (a service ID, ID prefix or name); undefined on create. */
  readonly service: string | undefined;
  readonly spec: ServiceSpecBodyValue;
  /**
   * `?rollback=previous` on update (first value, as `r.URL.Query().Get`): the daemon still
   * requires a valid body but ignores it and re-applies the service's previous spec, which
   * dockgate cannot see. Rules must not read `spec` then (see rules/lib/service.ts).
   */
  readonly rollback: boolean;
}

/** POST /volumes/create. */
export interface VolumeCreateView {
  readonly kind: 'volume.create';
  readonly volume: VolumeCreateBodyValue;
}

/** POST /networks/create. */
export interface NetworkCreateView {
  readonly kind: 'network.create';
  readonly network: NetworkCreateBodyValue;
}

/** POST /swarm/init. */
export interface SwarmInitView {
  readonly kind: 'swarm.init';
  readonly init: SwarmInitBodyValue;
}

/** POST /swarm/join. */
export interface SwarmJoinView {
  readonly kind: 'swarm.join';
  readonly join: SwarmJoinBodyValue;
}

export interface NoBodyView {
  readonly kind: 'none';
}

export type BodyView = ContainerCreateView | ContainerUpdateView | ContainerExecView | ServiceView | VolumeCreateView | NetworkCreateView | SwarmInitView | SwarmJoinView | NoBodyView;

/** The body view of each operation whose JSON body dockgate decodes. */
export interface DecodedBodies {
  'container.create': ContainerCreateView;
  'container.update': ContainerUpdateView;
  'container.exec': ContainerExecView;
  'service.create': ServiceView;
  'service.update': ServiceView;
  'volume.create': VolumeCreateView;
  'network.create': NetworkCreateView;
  'swarm.init': SwarmInitView;
  'swarm.join': SwarmJoinView;
}

/** The body view a request of `Op` carries: its decoded body, or `none` for an operation without one. */
export type BodyViewOf<Op extends Operation> = Op extends keyof DecodedBodies ? DecodedBodies[Op] : NoBodyView;

/**
 * The body kind each decoding operation's view has once its body decoded. A request whose body
 * did not decode has a `none` view and a problem (which denies it); the engine runs no rule
 * handler on it, so a handler always gets the view its operation promises.
 */
export const BODY_KINDS: { readonly [Op in keyof DecodedBodies]: DecodedBodies[Op]['kind'] } = {
  'container.create': 'container.create',
  'container.update': 'container.update',
  'container.exec': 'container.exec',
  'service.create': 'service',
  'service.update': 'service',
  'volume.create': 'volume.create',
  'network.create': 'network.create',
  'swarm.init': 'swarm.init',
  'swarm.join': 'swarm.join',
};

/** Whether `request` carries the body view its operation promises (`none` for an operation without a decoded body). */
export function hasExpectedBody(request: DecodedRequest): boolean {
  const expected = Object.hasOwn(BODY_KINDS, request.operation) ? BODY_KINDS[request.operation as keyof DecodedBodies] : 'none';
  return request.body.kind === expected;
}

export interface DecodedRequest {
  readonly method: string;
  /** The raw request URI as the daemon sent it. */
  readonly uri: string;
  /** Decoded path without the API version prefix. */
  readonly path: string;
  readonly apiVersion: string | undefined;
  readonly operation: Operation | UnroutedOperation;
  readonly user: string;
  readonly userAuthNMethod: string;
  readonly params: ReadonlyMap<string, string>;
  readonly query: ReadonlyMap<string, readonly string[]>;
  readonly body: BodyView;
  /** Anything that could not be seen or decoded with certainty: each one denies. */
  readonly problems: readonly RequestProblem[];
}

/** A request of operation `Op`, its body view narrowed to the one `Op` carries: what a rule's handler for `Op` receives. */
export type RequestOf<Op extends Operation> = Omit<DecodedRequest, 'operation' | 'body'> & {
  readonly operation: Op;
  readonly body: BodyViewOf<Op>;
};

const NO_BODY: NoBodyView = { kind: 'none' };

const HOSTCONFIG_FIELDS = new Set(Object.keys(HostConfig.fields));

function bodyProblems<T>(result: DecodeResult<T | null>, what: string): { value: T | undefined; problems: RequestProblem[] } {
  if (result.syntaxError) {
    return {
      value: undefined,
      problems: [problem('DG_BODY_INVALID', `${what} body is not valid JSON: ${result.syntaxError.message}`, 'send a valid JSON object')],
    };
  }
  if (result.value === null) {
    return { value: undefined, problems: [problem('DG_BODY_NOT_OBJECT', `${what} body is not a JSON object`, 'send a JSON object')] };
  }
  const problems: RequestProblem[] = [];
  if (result.typeError) {
    problems.push(problem('DG_BODY_TYPE', `${what} body: ${result.typeError.path || 'body'}: ${result.typeError.message}`, 'send each field with the type the Docker API documents'));
  }
  for (const a of result.ambiguities) {
    problems.push(problem('DG_BODY_AMBIGUOUS', `${what} body: ${a.path}: ${a.message}`, 'send each field once'));
  }
  return { value: result.value, problems };
}

/**
 * The HostConfig the daemon (runconfig.ContainerConfigWrapper.getHostConfig, daemons up to
 * 26.x) uses: the `HostConfig` object when present, else the top-level fields; top-level
 * Memory, MemorySwap, CpuShares, CpusetCpus and VolumeDriver fill in zero inner values.
 */
function effectiveHostConfig(body: ContainerCreateValue): HostConfigValue {
  const inner = body.HostConfig;
  const legacy = body.LegacyHostConfig;
  let hc: HostConfigValue;
  if (inner && legacy) {
    hc = inner;
    if (hc.Memory === 0) hc.Memory = legacy.Memory;
    if (hc.MemorySwap === 0) hc.MemorySwap = legacy.MemorySwap;
    if (hc.CpuShares === 0) hc.CpuShares = legacy.CpuShares;
    if (hc.CpusetCpus === '') hc.CpusetCpus = legacy.CpusetCpus;
    if (hc.VolumeDriver === '') hc.VolumeDriver = legacy.VolumeDriver;
  } else {
    hc = inner ?? legacy ?? (zeroValue(HostConfig) as HostConfigValue);
  }
  if (body.Cpuset !== '' && hc.CpusetCpus === '') hc.CpusetCpus = body.Cpuset;
  return hc;
}

interface BodyContext {
  readonly body: Buffer;
  readonly params: ReadonlyMap<string, string>;
  readonly query: ReadonlyMap<string, readonly string[]>;
  /** The operation in words, for messages (`container create`). */
  readonly what: string;
}

interface DecodedBody {
  readonly view: BodyView;
  readonly problems: RequestProblem[];
}

/** Decodes the body into `schema` and wraps a decoded value into its view. */
// T is the decoded type of `schema` (its Infer<>, spelled out at each call: inferring it here is too deep for tsc).
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function decodeAs<T>(schema: StructSchema, ctx: BodyContext, wrap: (value: T) => BodyView): DecodedBody {
  const { value, problems } = bodyProblems(decodeGoJSON<T>(ctx.body, schema), ctx.what);
  return { view: value ? wrap(value) : NO_BODY, problems };
}

function decodeCreate(ctx: BodyContext): DecodedBody {
  const result = decodeGoJSON<ContainerCreateValue>(ctx.body, ContainerCreateBody);
  const { value, problems } = bodyProblems(result, ctx.what);
  if (!value) return { view: NO_BODY, problems };
  if (value.LegacyHostConfig) {
    const keys = [...result.topLevelKeys].filter((k) => HOSTCONFIG_FIELDS.has(k) && k !== 'HostConfig');
    problems.push(problem('DG_LEGACY_HOSTCONFIG', `HostConfig fields at the top level of the body (${keys.join(', ')}): daemons up to 26.x apply them, later ones ignore them`, 'put every host option inside "HostConfig"'));
  }
  const config = value.Config ?? (zeroValue(ContainerCreateBody.embedded.Config) as ConfigValue);
  return { view: { kind: 'container.create', name: queryValue(ctx.query, 'name'), config, hostConfig: effectiveHostConfig(value) }, problems };
}

function decodeService(action: 'create' | 'update', ctx: BodyContext): DecodedBody {
  const update = action === 'update';
  return decodeAs<ServiceSpecBodyValue>(ServiceSpecBody, ctx, (spec) => ({
    kind: 'service',
    action,
    service: update ? ctx.params.get('id') : undefined,
    spec,
    rollback: update && queryValue(ctx.query, 'rollback') === 'previous',
  }));
}

/** The operations whose JSON body dockgate decodes (the rules read it), and how. */
const BODY_DECODERS: { readonly [Op in keyof DecodedBodies]: (ctx: BodyContext) => DecodedBody } = {
  'container.create': decodeCreate,
  'container.update': (ctx) => decodeAs<ContainerUpdateValue>(ContainerUpdateBody, ctx, (update) => ({ kind: 'container.update', container: ctx.params.get('name') ?? '', update })),
  'container.exec': (ctx) => decodeAs<ContainerExecValue>(ContainerExecBody, ctx, (exec) => ({ kind: 'container.exec', container: ctx.params.get('name') ?? '', exec })),
  'service.create': (ctx) => decodeService('create', ctx),
  'service.update': (ctx) => decodeService('update', ctx),
  'volume.create': (ctx) => decodeAs<VolumeCreateBodyValue>(VolumeCreateBody, ctx, (volume) => ({ kind: 'volume.create', volume })),
  'network.create': (ctx) => decodeAs<NetworkCreateBodyValue>(NetworkCreateBody, ctx, (network) => ({ kind: 'network.create', network })),
  'swarm.init': (ctx) => decodeAs<SwarmInitBodyValue>(SwarmInitBody, ctx, (init) => ({ kind: 'swarm.init', init })),
  'swarm.join': (ctx) => decodeAs<SwarmJoinBodyValue>(SwarmJoinBody, ctx, (join) => ({ kind: 'swarm.join', join })),
};

function decodeBody(operation: Operation | UnroutedOperation, req: { body: Buffer | undefined; params: ReadonlyMap<string, string>; query: ReadonlyMap<string, readonly string[]> }): DecodedBody {
  if (!Object.hasOwn(BODY_DECODERS, operation)) return { view: NO_BODY, problems: [] };
  const decoder = BODY_DECODERS[operation as keyof DecodedBodies];
  const what = operation.replace('.', ' ');
  if (!req.body || req.body.length === 0) {
    return {
      view: NO_BODY,
      problems: [problem('DG_BODY_MISSING', `${what} request without a visible body (absent, chunked, or too large for the daemon to forward)`, 'send the body with Content-Type: application/json and a Content-Length under 1 MiB')],
    };
  }
  return decoder({ body: req.body, params: req.params, query: req.query, what });
}

/**
 * The daemon reads a start body when its Content-Length is over 7 bytes, or unknown (chunked), and
 * then only as JSON: httputils.CheckForJSON fails the start for any other media type (or none).
 * The plugin cannot see Transfer-Encoding (Go moves it out of the headers), so a request with no
 * Content-Length and an application/json Content-Type may carry a chunked body; with another
 * Content-Type (`text/plain`), or none, the daemon would not read one.
 */
function startBodyProblem(env: AuthZEnvelope): RequestProblem | undefined {
  const length = env.headers.get('content-length');
  const visible = env.body?.length ?? 0;
  const declared = length === undefined ? undefined : Number(length);
  // Go's mime.ParseMediaType: the media type before any `;`, trimmed, case-insensitive.
  const media = (env.headers.get('content-type')?.split(';')[0] ?? '').trim().toLowerCase();
  const chunked = length === undefined && media === 'application/json';
  if (visible > 7 || (declared !== undefined && declared > 7) || chunked) {
    return problem('DG_START_BODY', 'container start with a request body (API versions below 1.24 replace the container\'s HostConfig with it)', 'start containers without a body and set host options at create');
  }
  return undefined;
}

/**
 * Operations whose query parameters rules read and whose handler also takes parameters from
 * a form body (`r.FormValue`): POST /build reads an urlencoded body before the query (the body
 * wins) and a multipart body after it (keys the query lacks come from the body). The daemon
 * never forwards form bodies to the plugin, so such a request has parameters dockgate cannot see.
 */
const FORM_PARAMETER_OPERATIONS = new Set(['image.build']);
const FORM_MEDIA_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

function formBodyProblem(env: AuthZEnvelope, operation: string): RequestProblem | undefined {
  const contentType = env.headers.get('content-type');
  if (contentType === undefined) return undefined;
  // Go's mime.ParseMediaType: the media type before any `;`, trimmed, case-insensitive.
  const media = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  if (!FORM_MEDIA_TYPES.has(media)) return undefined;
  return problem('DG_FORM_BODY', `${operation.replace('.', ' ')} with a ${media} body: the daemon reads parameters from it that the plugin never sees`, 'send the build context as application/x-tar and every option in the query string');
}

export function decodeRequest(env: AuthZEnvelope): DecodedRequest {
  const parsed = parseRequestUri(env.uri);
  const problems: RequestProblem[] = [];
  const match = parsed.problem === undefined ? matchRoute(env.method, parsed.path) : undefined;
  const readOnly = isReadOnlyMethod(env.method);
  let operation: Operation | UnroutedOperation = match?.spec.operation ?? (readOnly ? 'unknown.read' : 'unknown');
  if (parsed.problem !== undefined) {
    operation = readOnly ? 'unknown.read' : 'unknown';
    if (!readOnly) problems.push(problem('DG_URI_INVALID', `${env.method} ${parsed.rawPath}: ${parsed.problem}`, 'use a clean, canonical API path'));
  } else if (!match && !readOnly) {
    problems.push(problem('DG_ENDPOINT_UNKNOWN', `${env.method} ${parsed.path} is not a Docker API endpoint dockgate knows`, 'use a documented Docker API endpoint, or upgrade dockgate'));
  }
  const params = match?.params ?? new Map<string, string>();
  const path = match && match.apiVersion !== undefined ? parsed.path.slice(parsed.path.indexOf('/', 1)) : parsed.path;
  const decoded = decodeBody(operation, { body: env.body, params, query: parsed.query });
  problems.push(...decoded.problems);
  if (operation === 'container.start') {
    const p = startBodyProblem(env);
    if (p) problems.push(p);
  }
  if (FORM_PARAMETER_OPERATIONS.has(operation)) {
    const p = formBodyProblem(env, operation);
    if (p) problems.push(p);
  }
  return {
    method: env.method,
    uri: env.uri,
    path,
    apiVersion: match?.apiVersion,
    operation,
    user: env.user,
    userAuthNMethod: env.userAuthNMethod,
    params,
    query: parsed.query,
    body: decoded.view,
    problems,
  };
}
