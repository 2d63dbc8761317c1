/**
 * From the bytes the daemon POSTed to the decoded request, in one function: what the plugin's
 * server does for an AuthZ envelope (read it as JSON, check it, decode its request), written
 * once so that the decoding worker (offload-worker.ts) decides exactly as the main thread does.
 */
import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { decodeRequest, type DecodedRequest } from './decode-request.js';
import { parseEnvelope, type AuthZEnvelope } from './envelope.js';

export type EnvelopeOutcome =
  /** Not JSON (body-parser's `entity.parse.failed`). */
  | { readonly kind: 'unparsable' }
  /** JSON, but not an envelope; `empty` when it is the daemon's retry after a plugin restart (isEmptyEnvelope). */
  | { readonly kind: 'invalid'; readonly reason: string; readonly empty: boolean }
  | { readonly kind: 'decoded'; readonly envelope: AuthZEnvelope; readonly request: DecodedRequest }
  /** The decoding worker only (offload.ts): too large to carry back; the envelope's bytes, for this thread to decide. */
  | { readonly kind: 'too-large'; readonly bytes: Uint8Array };

/**
 * The daemon's retry after a plugin restart: moby's plugin client re-sends the request it
 * already read from (a drained buffer), so the envelope arrives empty (no body, or `{}`).
 */
export function isEmptyEnvelope(raw: unknown): boolean {
  return raw === undefined || raw === null || raw === '' || (typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 0);
}

/**
 * The envelope's bytes as text, as body-parser's JSON reader decodes them when no Content-Type
 * names a charset (UTF-8, iconv-lite's decoder): valid UTF-8, which is all the daemon sends,
 * decodes the same with Buffer's toString; anything else goes through the StringDecoder
 * iconv-lite uses.
 */
function utf8Text(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const decoder = new StringDecoder('utf8');
  return decoder.write(bytes) + decoder.end();
}

/**
 * The envelope's JSON as body-parser's JSON reader reads it (`strict: false`, UTF-8): an empty
 * body is `{}`, a leading byte order mark is dropped, any JSON value is accepted. The server's
 * reader of daemon-shaped envelopes, the stepwise path and the decoding worker all use this one.
 */
export function parseEnvelopeJson(bytes: Uint8Array): { readonly ok: true; readonly raw: unknown } | { readonly ok: false } {
  let text = utf8Text(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return { ok: true, raw: {} };
  try {
    return { ok: true, raw: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Reads, checks and decodes one envelope. */
export function decodeEnvelope(bytes: Uint8Array): EnvelopeOutcome {
  const json = parseEnvelopeJson(bytes);
  if (!json.ok) return { kind: 'unparsable' };
  const parsed = parseEnvelope(json.raw);
  if (!parsed.ok) return { kind: 'invalid', reason: parsed.reason, empty: isEmptyEnvelope(json.raw) };
  return { kind: 'decoded', envelope: parsed.envelope, request: decodeRequest(parsed.envelope) };
}
