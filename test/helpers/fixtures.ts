/** Envelopes captured from a real dockerd driven by the real docker CLI (test/fixtures/cli). */
import { readFileSync } from 'node:fs';
import { parseEnvelope } from '../../src/protocol/envelope.js';
import { decodeRequest, type DecodedRequest } from '../../src/request/decode-request.js';

export type RawEnvelope = Record<string, unknown>;

export interface Fixture {
  readonly id: string;
  readonly command: readonly string[];
  readonly requests: readonly RawEnvelope[];
}

const cache = new Map<string, Fixture>();

export function fixture(id: string): Fixture {
  let f = cache.get(id);
  if (!f) {
    f = JSON.parse(readFileSync(new URL(`../fixtures/cli/${id}.json`, import.meta.url), 'utf8')) as Fixture;
    cache.set(id, f);
  }
  return f;
}

export function decode(raw: RawEnvelope): DecodedRequest {
  const parsed = parseEnvelope(raw);
  if (!parsed.ok) throw new Error(`bad envelope: ${parsed.reason}`);
  return decodeRequest(parsed.envelope);
}

/** The envelope of the fixture's request with this operation (e.g. container.create). */
export function captured(id: string, operation: string): RawEnvelope {
  const found = fixture(id).requests.find((r) => decode(r).operation === operation);
  if (!found) throw new Error(`fixture ${id} has no ${operation} request`);
  return found;
}

/** An envelope for a hand-made API request, as the daemon would forward it. */
export function apiRequest(method: string, uri: string, body?: string | object, headers: Record<string, string> = {}): RawEnvelope {
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return {
    RequestMethod: method,
    RequestUri: uri,
    RequestHeaders: {
      ...(text === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) }),
      ...headers,
    },
    ...(text === undefined || text === '' ? {} : { RequestBody: Buffer.from(text).toString('base64') }),
  };
}

/** Reads a captured body back as JSON (to derive variants from a real CLI body). */
export function capturedBody(id: string, operation: string): Record<string, unknown> {
  const env = captured(id, operation);
  return JSON.parse(Buffer.from(String(env.RequestBody), 'base64').toString('utf8')) as Record<string, unknown>;
}
