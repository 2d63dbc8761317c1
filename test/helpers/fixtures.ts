/**
 * Envelopes captured from a real dockerd driven by the real docker CLI, in three sets
 * (test/fixtures/capture/capture.sh; each folder's README says how it was captured):
 *
 * - `1.41`: test/fixtures/cli/      dockerd 20.10.24 (Debian 12), docker CLI 28.2.2
 * - `1.50`: test/fixtures/cli-1.50/ dockerd 28.5.2 (Debian sid), docker CLI 28.2.2, compose, buildx
 * - `1.51`: test/fixtures/cli-1.51/ dockerd 28.5.2 (Debian sid), docker CLI 28.5.2, compose, buildx
 *
 * Every set has the same ids, except the named exceptions in NOT_IN_SET (checked by
 * test/unit/fixtures/sets.test.ts). Without a set argument the helpers read the 1.41 set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseEnvelope } from '../../src/request/envelope.js';
import { decodeRequest, type DecodedRequest } from '../../src/request/decode-request.js';

export type RawEnvelope = Record<string, unknown>;

/** The fixture sets, named by the API version their docker CLI negotiated. */
export const FIXTURE_SETS = ['1.41', '1.50', '1.51'] as const;
export type FixtureSet = (typeof FIXTURE_SETS)[number];

const FOLDERS: Readonly<Record<FixtureSet, string>> = { '1.41': 'cli', '1.50': 'cli-1.50', '1.51': 'cli-1.51' };

/**
 * Fixtures a set does not have, each with the reason: the named exceptions to "every set has
 * every id". A test that needs one of these ids on such a set must say so (see eachSetWith).
 */
export const NOT_IN_SET: Readonly<Record<FixtureSet, Readonly<Record<string, string>>>> = {
  '1.41': {
    'compose-up': 'the 1.41 set was captured without CLI plugins (kept as captured); compose is in the 1.50 and 1.51 sets',
    'compose-down': 'the 1.41 set was captured without CLI plugins (kept as captured); compose is in the 1.50 and 1.51 sets',
    'buildx-build': 'the 1.41 set was captured without CLI plugins (kept as captured); buildx is in the 1.50 and 1.51 sets',
  },
  '1.50': {},
  '1.51': {},
};

export interface Fixture {
  readonly id: string;
  readonly command: readonly string[];
  /** docker CLI version (or `curl x.y` for the api-* fixtures) */
  readonly cli: string;
  /** the CLI plugin that sent the requests (compose-*, buildx-*), with its version */
  readonly plugin?: string;
  readonly daemon: string;
  /** API version of the request URIs (absent in the 1.41 set, whose URIs all use /v1.41/) */
  readonly api?: string;
  /** the docker CLI's negotiated API version, when a CLI plugin used another (compose/buildx in the 1.50 set) */
  readonly cliApi?: string;
  readonly exitCode: number;
  /** api-* fixtures: what the daemon really created */
  readonly observed?: { readonly created: boolean; readonly response: string; readonly 'inspect.HostConfig'?: Readonly<Record<string, unknown>> };
  readonly requests: readonly RawEnvelope[];
}

const folder = (set: FixtureSet): URL => new URL(`../fixtures/${FOLDERS[set]}/`, import.meta.url);
const cache = new Map<string, Fixture>();

/** True when the set has this fixture. */
export function hasFixture(id: string, set: FixtureSet): boolean {
  return existsSync(new URL(`${id}.json`, folder(set)));
}

/** The ids of every fixture in a set (sorted). */
export function fixtureIds(set: FixtureSet): string[] {
  return readdirSync(folder(set))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function fixture(id: string, set: FixtureSet = '1.41'): Fixture {
  const key = `${set}/${id}`;
  let f = cache.get(key);
  if (!f) {
    if (!hasFixture(id, set)) {
      const why = NOT_IN_SET[set][id];
      throw new Error(`fixture set ${set} has no ${id}${why === undefined ? '' : ` (named exception: ${why})`}`);
    }
    f = JSON.parse(readFileSync(new URL(`${id}.json`, folder(set)), 'utf8')) as Fixture;
    cache.set(key, f);
  }
  return f;
}

export function decode(raw: RawEnvelope): DecodedRequest {
  const parsed = parseEnvelope(raw);
  if (!parsed.ok) throw new Error(`bad envelope: ${parsed.reason}`);
  return decodeRequest(parsed.envelope);
}

/** The envelope of the fixture's request with this operation (e.g. container.create). */
export function captured(id: string, operation: string, set: FixtureSet = '1.41'): RawEnvelope {
  const found = fixture(id, set).requests.find((r) => decode(r).operation === operation);
  if (!found) throw new Error(`fixture ${id} (set ${set}) has no ${operation} request`);
  return found;
}

/** Every envelope of the fixture with this operation, in arrival order. */
export function capturedAll(id: string, operation: string, set: FixtureSet = '1.41'): RawEnvelope[] {
  return fixture(id, set).requests.filter((r) => decode(r).operation === operation);
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

/** Reads an envelope's body back as JSON. */
export function bodyOf(env: RawEnvelope): Record<string, unknown> {
  return JSON.parse(Buffer.from(String(env.RequestBody), 'base64').toString('utf8')) as Record<string, unknown>;
}

/** Reads a captured body back as JSON (to derive variants from a real CLI body). */
export function capturedBody(id: string, operation: string, set: FixtureSet = '1.41'): Record<string, unknown> {
  return bodyOf(captured(id, operation, set));
}

/**
 * Runs `body` once per fixture set, each inside `describe('fixtures <set>')`: for the tests
 * whose inputs are captured CLI bodies.
 */
export function eachSet(body: (set: FixtureSet) => void): void {
  for (const set of FIXTURE_SETS) describe(`fixtures ${set}`, () => { body(set); });
}

/**
 * Like eachSet, for tests of fixtures that not every set has: a set that lacks one of `ids`
 * gets a test that checks the named exception (NOT_IN_SET) instead, so a missing fixture is
 * never skipped silently.
 */
export function eachSetWith(ids: readonly string[], body: (set: FixtureSet) => void): void {
  for (const set of FIXTURE_SETS) {
    const missing = ids.filter((id) => !hasFixture(id, set));
    describe(`fixtures ${set}`, () => {
      if (missing.length === 0) {
        body(set);
        return;
      }
      for (const id of missing) {
        const why = NOT_IN_SET[set][id];
        it(`has no ${id}: ${why ?? 'NOT a named exception (add it to NOT_IN_SET with the reason, or capture it)'}`, () => {
          if (why === undefined) throw new Error(`fixture set ${set} lacks ${id}, which is not a named exception in NOT_IN_SET`);
        });
      }
    });
  }
}

/** A request taken from a captured CLI fixture, resolved per set by the table-driven testers. */
export class CliRequest {
  constructor(
    readonly id: string,
    readonly operation: string,
  ) {}

  in(set: FixtureSet): RawEnvelope {
    return captured(this.id, this.operation, set);
  }
}

/** `cli('run-plain', 'container.create')`: that fixture's request, in every set. */
export function cli(id: string, operation: string): CliRequest {
  return new CliRequest(id, operation);
}
