/**
 * The AuthZ envelope the daemon POSTs to /AuthZPlugin.AuthZReq and /AuthZPlugin.AuthZRes
 * (moby pkg/authorization Request). Field names are the daemon's exact JSON names: note
 * `RequestUri`, not `RequestURI`. Empty fields are omitted by the daemon (omitempty).
 */

export interface AuthZEnvelope {
  readonly user: string;
  readonly userAuthNMethod: string;
  readonly method: string;
  readonly uri: string;
  /** Decoded request body; undefined when the daemon forwarded none. */
  readonly body: Buffer | undefined;
  /** Header names lower-cased; the daemon sends one value per name. */
  readonly headers: ReadonlyMap<string, string>;
  readonly peerCertificateCount: number;
  readonly responseStatusCode: number | undefined;
  /**
   * AuthZRes only: the daemon's response body (absent when empty, streamed, or over 64 KiB;
   * undefined too when it is not valid base64: it is only read to remember a create's ID).
   */
  readonly responseBody?: Buffer | undefined;
}

export type EnvelopeResult = { readonly ok: true; readonly envelope: AuthZEnvelope } | { readonly ok: false; readonly reason: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optionalString(obj: Record<string, unknown>, key: string): string | undefined | Error {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') return new Error(`envelope field ${key} is not a string`);
  return v;
}

/**
 * Strict standard base64, as Go's encoding/json writes []byte: padded, no whitespace, no
 * URL-safe letters, canonical padding bits. Node's decoder accepts all of those, so the text
 * is decoded and must encode back to itself (four times faster than a regex over the text).
 */
export function decodeBase64Body(encoded: string): Buffer | undefined {
  if (encoded.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(encoded, 'base64');
  return bytes.toString('base64') === encoded ? bytes : undefined;
}

/** Validates the parsed envelope JSON. Anything malformed is reported, never guessed. */
export function parseEnvelope(raw: unknown): EnvelopeResult {
  if (!isRecord(raw)) return { ok: false, reason: 'envelope is not a JSON object' };
  const fields: Record<string, string | undefined> = {};
  for (const key of ['User', 'UserAuthNMethod', 'RequestMethod', 'RequestUri', 'RequestBody']) {
    const v = optionalString(raw, key);
    if (v instanceof Error) return { ok: false, reason: v.message };
    fields[key] = v;
  }
  const method = fields.RequestMethod;
  const uri = fields.RequestUri;
  if (!method) return { ok: false, reason: 'envelope has no RequestMethod' };
  if (!uri) return { ok: false, reason: 'envelope has no RequestUri' };

  let body: Buffer | undefined;
  const encoded = fields.RequestBody;
  if (encoded !== undefined && encoded !== '') {
    body = decodeBase64Body(encoded);
    if (!body) return { ok: false, reason: 'RequestBody is not valid base64' };
  }

  const headers = new Map<string, string>();
  const rawHeaders = raw.RequestHeaders;
  if (rawHeaders !== undefined && rawHeaders !== null) {
    if (!isRecord(rawHeaders)) return { ok: false, reason: 'envelope field RequestHeaders is not an object' };
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (typeof value !== 'string') return { ok: false, reason: `request header ${name} is not a string` };
      headers.set(name.toLowerCase(), value);
    }
  }

  const certs = raw.RequestPeerCertificates;
  if (certs !== undefined && certs !== null && !Array.isArray(certs)) {
    return { ok: false, reason: 'envelope field RequestPeerCertificates is not an array' };
  }
  const status = raw.ResponseStatusCode;
  if (status !== undefined && status !== null && typeof status !== 'number') {
    return { ok: false, reason: 'envelope field ResponseStatusCode is not a number' };
  }

  return {
    ok: true,
    envelope: {
      user: fields.User ?? '',
      userAuthNMethod: fields.UserAuthNMethod ?? '',
      method,
      uri,
      body,
      headers,
      peerCertificateCount: Array.isArray(certs) ? certs.length : 0,
      responseStatusCode: typeof status === 'number' ? status : undefined,
      responseBody: typeof raw.ResponseBody === 'string' && raw.ResponseBody !== '' ? decodeBase64Body(raw.ResponseBody) : undefined,
    },
  };
}
