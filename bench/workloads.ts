/**
 * The benchmark's workloads, built from envelopes a real dockerd sent for real docker CLI
 * commands (test/fixtures/cli). Envelopes are serialized as Go's json.Marshal writes them
 * (compact, the struct's field order, which JSON.parse/stringify keep).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeRequest, type Workload } from './client.js';
import { ROOT } from './servers.js';

type Envelope = Record<string, unknown>;

interface Fixture {
  readonly requests: readonly Envelope[];
  readonly pluginRequests?: readonly { readonly headers: Readonly<Record<string, string>> }[];
}

const AUTHZ_REQ = '/AuthZPlugin.AuthZReq';
const AUTHZ_RES = '/AuthZPlugin.AuthZRes';

function fixture(id: string): Fixture {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'cli', `${id}.json`), 'utf8')) as Fixture;
}

function findRequest(id: string, method: string, uriPart: string): { envelope: Envelope; contentLength: number | undefined } {
  const f = fixture(id);
  const idx = f.requests.findIndex((r) => r.RequestMethod === method && String(r.RequestUri).includes(uriPart));
  const envelope = f.requests[idx];
  if (envelope === undefined) throw new Error(`fixture ${id} has no ${method} ${uriPart} request`);
  const cl = f.pluginRequests?.[idx]?.headers['Content-Length'];
  return { envelope, contentLength: cl === undefined ? undefined : Number(cl) };
}

function bodyOf(envelope: Envelope): Buffer {
  return typeof envelope.RequestBody === 'string' ? Buffer.from(envelope.RequestBody, 'base64') : Buffer.alloc(0);
}

/** The same envelope with another request body (Content-Length header updated, as the daemon would). */
function withBody(envelope: Envelope, body: Buffer): Envelope {
  const headers = { ...(envelope.RequestHeaders as Record<string, string>), 'Content-Length': String(body.length) };
  return { ...envelope, RequestBody: body.toString('base64'), RequestHeaders: headers };
}

/** Go's json.Encoder writes the value then a newline; docker's CLI sends that. */
function goJson(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');
}

/** dockerd's plugin client writes the envelope with json.NewEncoder: compact, then a newline. */
function envelopeBytes(envelope: Envelope): Buffer {
  return goJson(envelope);
}

interface Reply {
  readonly Allow?: unknown;
  readonly Msg?: unknown;
}

function parseReply(status: number, body: Buffer): Reply | string {
  if (status !== 200) return `HTTP ${status}: ${body.toString('utf8', 0, 200)}`;
  try {
    const r = JSON.parse(body.toString('utf8')) as Reply;
    if (typeof r.Allow !== 'boolean') return `reply without a boolean Allow: ${body.toString('utf8', 0, 200)}`;
    return r;
  } catch {
    return `reply is not JSON: ${body.toString('utf8', 0, 200)}`;
  }
}

/** Expects Allow (and, for a deny, every listed rule id in Msg). */
function expectDecision(allow: boolean, rules: readonly string[] = []): (i: number, status: number, body: Buffer) => string | undefined {
  return (_i, status, body) => {
    const r = parseReply(status, body);
    if (typeof r === 'string') return r;
    if (r.Allow !== allow) return `expected Allow:${allow}, got ${body.toString('utf8', 0, 300)}`;
    const msg = typeof r.Msg === 'string' ? r.Msg : '';
    const missing = rules.filter((id) => !msg.includes(`[${id}]`));
    if (missing.length > 0) return `deny message lacks ${missing.join(', ')}: ${msg.slice(0, 300)}`;
    return undefined;
  };
}

function make(id: string, title: string, envelope: Envelope, check: Workload['check']): Workload {
  const payload = envelopeBytes(envelope);
  return { id, title, requests: [encodeRequest(AUTHZ_REQ, payload)], bodyBytes: bodyOf(envelope).length, envelopeBytes: payload.length, check };
}

/** Adds `Labels` entries to a create body until it is exactly `size` bytes long (as sent, newline included). */
function padCreate(base: Record<string, unknown>, size: number, entryBytes: number): Buffer {
  const labels: Record<string, string> = {};
  const body = { ...base, Labels: labels };
  let length = goJson(body).length;
  let n = 0;
  // Keys and values are plain ASCII: an entry costs its quoted key, a colon, its quoted value and a comma.
  const cost = (key: string, value: number): number => (n > 0 ? 1 : 0) + key.length + 2 + 1 + value + 2;
  const add = (valueBytes: number): void => {
    const key = `bench.pad.${String(n).padStart(6, '0')}`;
    labels[key] = 'x'.repeat(valueBytes);
    length += cost(key, valueBytes);
    n++;
  };
  const entry = Math.max(1, entryBytes);
  while (size - length > entry + 64) add(entry);
  add(size - length - cost(`bench.pad.${String(n).padStart(6, '0')}`, 0));
  const out = goJson(body);
  if (out.length !== size) throw new Error(`padded body is ${out.length} bytes, wanted ${size}`);
  return out;
}

export const RULE_IDS = ['privileged', 'host-network', 'seccomp-unconfined', 'apparmor-unconfined', 'memory-limit', 'restart-policy'] as const;

export interface Workloads {
  /** The throughput workloads, in report order. */
  readonly main: readonly Workload[];
  /** A mix for the memory rounds (hardened, violations, GET, in turn). */
  readonly mix: Workload;
  /** 4 MiB create bodies: one long string, and many small map entries. */
  readonly huge: readonly Workload[];
  /** A tiny request sent while a huge one is being decided. */
  readonly tiny: Workload;
  /** The floor decides nothing: it only has to answer every request with Allow:true. */
  readonly floorCheck: Workload['check'];
  readonly fidelity: string;
}

export function buildWorkloads(): Workloads {
  const hardened = findRequest('run-hardened', 'POST', '/containers/create');
  const hardenedPayload = envelopeBytes(hardened.envelope);
  const fidelity =
    hardened.contentLength === hardenedPayload.length
      ? `hardened envelope re-serialized to ${hardenedPayload.length} bytes, the Content-Length dockerd sent`
      : `hardened envelope is ${hardenedPayload.length} bytes; dockerd sent ${String(hardened.contentLength)}`;
  const hardenedBody = JSON.parse(bodyOf(hardened.envelope).toString('utf8')) as Record<string, unknown>;

  // Every rule violated at once, in the CLI's own body shape.
  const hc = { ...(hardenedBody.HostConfig as Record<string, unknown>) };
  hc.Privileged = true;
  hc.NetworkMode = 'host';
  hc.SecurityOpt = ['seccomp=unconfined', 'apparmor=unconfined'];
  hc.Memory = 0;
  hc.MemorySwap = 0;
  hc.RestartPolicy = { Name: 'always', MaximumRetryCount: 0 };
  const violations = withBody(hardened.envelope, goJson({ ...hardenedBody, HostConfig: hc }));

  const get = findRequest('ps', 'GET', '/containers/json').envelope;
  // The daemon's second exchange for the same call: the request again with its answer (a list of
  // no containers; dockerd 28.5's response headers), as the end-to-end phase's GETs have it.
  const getResponse: Envelope = {
    ...get,
    ResponseBody: Buffer.from('[]\n').toString('base64'),
    ResponseHeaders: { 'Api-Version': '1.51', 'Content-Type': 'application/json', 'Docker-Experimental': 'false', Ostype: 'linux', Server: 'Docker/28.5.2+dfsg4 (linux)' },
    ResponseStatusCode: 200,
  };
  const mib = withBody(hardened.envelope, padCreate(hardenedBody, 1024 * 1024 - 1, 1000));

  const allow = expectDecision(true);
  const main: Workload[] = [
    make('hardened', 'hardened create (docker run, real CLI body)', hardened.envelope, allow),
    make('violations', 'same create, every rule violated', violations, expectDecision(false, RULE_IDS)),
    make('get', 'body-less GET /containers/json', get, allow),
    {
      id: 'get-pair',
      title: 'GET /containers/json as the daemon calls for it: AuthZReq then AuthZRes',
      requests: [encodeRequest(AUTHZ_REQ, envelopeBytes(get)), encodeRequest(AUTHZ_RES, envelopeBytes(getResponse))],
      bodyBytes: 0,
      envelopeBytes: envelopeBytes(getResponse).length,
      check: allow,
      logged: [true, false],
    },
    make('create-1mib', 'hardened create padded to 1 MiB - 1 (labels)', mib, allow),
  ];
  const [h, v, g] = main;
  if (h === undefined || v === undefined || g === undefined) throw new Error('workloads missing');
  const mixChecks = [h.check, v.check, g.check];
  const mix: Workload = {
    id: 'mix',
    title: 'hardened, violations, GET in turn',
    requests: [h, v, g].map((w) => w.requests[0] ?? Buffer.alloc(0)),
    bodyBytes: h.bodyBytes,
    envelopeBytes: h.envelopeBytes,
    check: (i, status, body) => mixChecks[i]?.(i, status, body),
  };

  const FOUR_MIB = 4 * 1024 * 1024;
  const huge: Workload[] = [
    make('create-4mib-string', '4 MiB create: one 4 MiB label value', withBody(hardened.envelope, padCreate(hardenedBody, FOUR_MIB, FOUR_MIB)), allow),
    make('create-4mib-fields', '4 MiB create: ~60,000 labels of 40 bytes', withBody(hardened.envelope, padCreate(hardenedBody, FOUR_MIB, 40)), allow),
  ];
  const floorCheck = expectDecision(true);
  return { main, mix, huge, tiny: make('tiny', 'HEAD /_ping', findRequest('ps', 'HEAD', '/_ping').envelope, allow), floorCheck, fidelity };
}
