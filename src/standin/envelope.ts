/**
 * A request recorded by the stand-in daemon, turned into the AuthZ envelope dockerd would send
 * the plugin for it (moby pkg/authorization: authz.go and api.go; the envelope the plugin reads is request/envelope.ts):
 *
 * - `RequestUri`: the raw request target, as sent; `RequestMethod` as sent.
 * - `RequestHeaders`: Go's canonical header names, one value each (the last of a repeated
 *   header), without `Host` and `Transfer-Encoding` (Go's server moves them out of the header
 *   map) and without `Authorization`, `X-Registry-Auth` and `X-Registry-Config`.
 * - `RequestBody`: base64, only when the media type of the (first) Content-Type is
 *   application/json, the path does not end in `/auth`, and the body is forwarded by every
 *   daemon build: sent with a Content-Length, not empty, under 1 MiB. A larger or chunked JSON
 *   body is left out, as upstream daemons do; the engine then denies a create, update, exec...
 *   without its body (DG_BODY_MISSING): `check` fails closed where a daemon build would not
 *   show the plugin the body.
 */
import type { RecordedRequest } from './daemon.js';

/** Bodies of this size or more are not forwarded by upstream dockerd builds. */
export const FORWARD_LIMIT_BYTES = 1024 * 1024;

const DROPPED = new Set(['Host', 'Transfer-Encoding', 'Authorization', 'X-Registry-Auth', 'X-Registry-Config']);

/** Go's textproto.CanonicalMIMEHeaderKey for token names: `content-type` -> `Content-Type`. */
export function canonicalHeader(name: string): string {
  if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) return name;
  return name.toLowerCase().replace(/(^|-)([a-z])/g, (_m, sep: string, c: string) => `${sep}${c.toUpperCase()}`);
}

export interface AuthUser {
  /** The TLS client certificate CN the daemon would report ('' over the unix socket). */
  readonly user: string;
}

export function headerMap(rawHeaders: RecordedRequest['rawHeaders']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of rawHeaders) {
    const key = canonicalHeader(name);
    if (DROPPED.has(key)) continue;
    out[key] = value;
  }
  return out;
}

/** The first value of a header, as the daemon's `r.Header.Get` reads it. */
function firstHeader(rawHeaders: RecordedRequest['rawHeaders'], name: string): string | undefined {
  const key = canonicalHeader(name);
  return rawHeaders.find(([n]) => canonicalHeader(n) === key)?.[1];
}

function isJsonMedia(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  return (contentType.split(';')[0] ?? '').trim().toLowerCase() === 'application/json';
}

/** Why a request's body is not in its envelope, or undefined when it is (or there is none). */
export function bodyWithheld(req: RecordedRequest): string | undefined {
  if (req.body === undefined) return 'the body is too large to read';
  if (req.body.length === 0) return undefined;
  if (!isJsonMedia(firstHeader(req.rawHeaders, 'Content-Type'))) return undefined;
  const path = req.uri.split('?')[0] ?? '';
  if (path.endsWith('/auth')) return undefined;
  if (req.chunked) return 'the body was sent chunked (older daemons do not forward chunked bodies)';
  if (req.body.length >= FORWARD_LIMIT_BYTES) return `the body is ${req.body.length} bytes (daemons do not forward JSON bodies of 1 MiB or more)`;
  return undefined;
}

function forwarded(req: RecordedRequest): Buffer | undefined {
  if (!req.body || req.body.length === 0) return undefined;
  if (!isJsonMedia(firstHeader(req.rawHeaders, 'Content-Type'))) return undefined;
  if ((req.uri.split('?')[0] ?? '').endsWith('/auth')) return undefined;
  return bodyWithheld(req) === undefined ? req.body : undefined;
}

/** The raw envelope (the JSON object dockerd POSTs to /AuthZPlugin.AuthZReq). */
export function envelopeOf(req: RecordedRequest, who: AuthUser): Record<string, unknown> {
  const body = forwarded(req);
  return {
    ...(who.user === '' ? {} : { User: who.user, UserAuthNMethod: 'TLS' }),
    RequestMethod: req.method,
    RequestUri: req.uri,
    RequestHeaders: headerMap(req.rawHeaders),
    ...(body ? { RequestBody: body.toString('base64') } : {}),
  };
}
