/**
 * Large envelopes decoded on a worker thread (src/request/offload.ts): the request the main
 * thread rebuilds from the worker's tape is exactly the one it would have decoded itself, and a
 * worker that fails makes its job fail (the caller denies), never hang.
 */
import { expect } from 'chai';
import { decodeEnvelope, type EnvelopeOutcome } from '../../../src/request/decode-envelope.js';
import { DecodeWorker } from '../../../src/request/offload.js';
import { readTape, TapeTooLarge, writeTape } from '../../../src/request/tape.js';
import { GO_REGRESSIONS } from '../../differential/regressions.js';
import { FIXTURE_SETS, fixture, fixtureIds, type RawEnvelope } from '../../helpers/fixtures.js';

/**
 * Where `a` and `b` differ, or undefined when they are the same value in every way the rules or
 * the log could see: types and prototypes, own keys in order, Map entries in order, -0 and NaN,
 * Buffer bytes, and objects that are the same object in `a` are the same object in `b`.
 */
function difference(a: unknown, b: unknown, path = '', pairs = new Map<object, object>()): string | undefined {
  if (typeof a !== typeof b) return `${path}: ${typeof a} vs ${typeof b}`;
  if (typeof a !== 'object' || a === null || b === null) return Object.is(a, b) ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
  const bo = b as object;
  const paired = pairs.get(a);
  if (paired !== undefined) return paired === bo ? undefined : `${path}: identity not kept`;
  pairs.set(a, bo);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(bo)) return `${path}: prototype`;
  if (Buffer.isBuffer(a)) return Buffer.compare(a, bo as Buffer) === 0 ? undefined : `${path}: bytes`;
  if (a instanceof Map) {
    const ea = [...(a as Map<unknown, unknown>)];
    const eb = [...(bo as Map<unknown, unknown>)];
    if (ea.length !== eb.length) return `${path}: ${ea.length} vs ${eb.length} entries`;
    for (let i = 0; i < ea.length; i++) {
      const d = difference(ea[i]?.[0], eb[i]?.[0], `${path}<key ${i}>`, pairs) ?? difference(ea[i]?.[1], eb[i]?.[1], `${path}<${i}>`, pairs);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(bo);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${path}: keys ${ka.map(String).join(',')} vs ${kb.map(String).join(',')}`;
  for (const k of ka) {
    if (typeof k === 'symbol') return `${path}: symbol key`;
    const d = difference((a as Record<string, unknown>)[k], (bo as Record<string, unknown>)[k], `${path}.${k}`, pairs);
    if (d !== undefined) return d;
  }
  return undefined;
}

const bytesOf = (raw: RawEnvelope): Buffer => Buffer.from(`${JSON.stringify(raw)}\n`);

/** Every captured envelope of every set, and every Go regression body in an envelope of its kind. */
function corpus(): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  for (const set of FIXTURE_SETS) {
    for (const id of fixtureIds(set)) fixture(id, set).requests.forEach((r, i) => out.push([`${set}/${id}#${i}`, bytesOf(r)]));
  }
  const uris: Record<string, string> = { create: '/v1.41/containers/create', update: '/v1.41/containers/c/update', exec: '/v1.41/containers/c/exec', service: '/v1.41/services/create', floats: '/v1.41/containers/create' };
  for (const g of GO_REGRESSIONS) {
    const body = typeof g.body === 'string' ? Buffer.from(g.body) : g.body;
    out.push([`regression ${g.name}`, bytesOf({ User: 'u', RequestMethod: 'POST', RequestUri: uris[g.kind] ?? '/v1.41/containers/create', RequestBody: body.toString('base64'), RequestHeaders: { 'Content-Type': 'application/json' } })]);
  }
  return out;
}

/** A create envelope whose body has `labels` entries (the benchmark's 4 MiB body has 67,000). */
function manyLabels(labels: number): Buffer {
  const entries: Record<string, string> = {};
  for (let i = 0; i < labels; i++) entries[`bench.pad.${i}`] = `value \u00e9 ${i}`;
  const body = JSON.stringify({ Image: 'busybox', Labels: entries, HostConfig: { Memory: 1 << 28, Binds: ['/srv:/srv:ro'], Privileged: false } });
  return bytesOf({ RequestMethod: 'POST', RequestUri: '/v1.41/containers/create?name=big', RequestBody: Buffer.from(body).toString('base64'), RequestHeaders: { 'Content-Type': 'application/json' } });
}

describe('decoding on a worker thread (offload)', function () {
  // Workers start (and decode every captured envelope) here: on a loaded machine that took over the
  // suite's default 10 s once in six runs. A bound for hangs only, not a timing assertion.
  this.timeout(60_000);
  describe('the tape', () => {
    const shared = { a: 1 };
    const table: [string, unknown][] = [
      ['scalars', [undefined, null, true, false, 0, -0, NaN, 1.5, -(2 ** 53), Infinity, '', 'é\u0000\ud83d\ude00']],
      ['an object with keys in their order, an undefined value and a __proto__ key', JSON.parse('{"b":1,"a":{"__proto__":"x","c":[]},"u":null}') as unknown],
      ['an undefined property', { name: undefined, kind: 'none' }],
      ['Maps in insertion order, any key', new Map<unknown, unknown>([['z', 1], ['a', new Map([['k', ['v']]])], [3, null]])],
      ['empty containers', [[], {}, new Map()]],
      ['a Buffer', { body: Buffer.from('{"Image":"x"}'), empty: Buffer.alloc(0) }],
      ['one object in two places', { first: shared, second: shared, list: [shared] }],
    ];
    for (const [name, value] of table) {
      it(`carries ${name} exactly`, () => {
        expect(difference(value, readTape(writeTape(value)))).to.equal(undefined);
      });
    }

    it('(the comparison sees entry order, -0, identity and prototypes)', () => {
      const one = { a: 1 };
      const differing: [unknown, unknown][] = [
        [new Map([['a', 1], ['b', 2]]), new Map([['b', 2], ['a', 1]])],
        [{ a: 1, b: 2 }, { b: 2, a: 1 }],
        [0, -0],
        [{ x: one, y: one }, { x: { a: 1 }, y: { a: 1 } }],
        [{ name: undefined }, {}],
        [Buffer.from('a'), Buffer.from('b')],
        [new Map(), {}],
      ];
      for (const [a, b] of differing) expect(difference(a, b)).to.be.a('string');
    });

    it('refuses a value larger than its limits (TapeTooLarge), before allocating for it', () => {
      const value = { list: Array.from({ length: 100 }, (_, i) => ({ a: `x${i}`, b: i })) };
      expect(() => writeTape(value, { maxOps: 50, maxStrings: 1000 })).to.throw(TapeTooLarge);
      expect(() => writeTape(value, { maxOps: 10_000, maxStrings: 50 })).to.throw(TapeTooLarge);
      expect(difference(value, readTape(writeTape(value, { maxOps: 10_000, maxStrings: 1000 })))).to.equal(undefined);
    });

    const refused: [string, unknown][] = [
      ['a class instance', { at: new Date(0) }],
      ['a symbol', [Symbol('s')]],
      ['a bigint', { n: 1n }],
      ['a function', { f: () => 1 }],
      ['a typed array that is not a Buffer', new Uint16Array(2)],
      ['a null-prototype object', Object.create(null) as unknown],
    ];
    for (const [name, value] of refused) {
      it(`refuses ${name}`, () => {
        expect(() => writeTape(value)).to.throw(TypeError);
      });
    }
  });

  describe('the same request as the main thread decodes', () => {
    const worker = new DecodeWorker();
    after(() => worker.close());

    const same = async (bytes: Buffer): Promise<EnvelopeOutcome> => {
      const here = decodeEnvelope(bytes);
      // The bytes are moved to the worker: send a copy.
      const there = await worker.decode(Buffer.from(bytes));
      expect(difference(here, there)).to.equal(undefined);
      return there;
    };

    it('for every captured envelope and every Go regression body', async () => {
      const cases = corpus();
      expect(cases.length).to.be.greaterThan(300);
      for (const [name, bytes] of cases) {
        const here = decodeEnvelope(bytes);
        const there = await worker.decode(Buffer.from(bytes));
        expect(difference(here, there), name).to.equal(undefined);
      }
    });

    it('for a body of 67,000 labels, rebuilt in slices', async () => {
      const out = await same(manyLabels(67_000));
      expect(out.kind).to.equal('decoded');
      if (out.kind !== 'decoded' || out.request.body.kind !== 'container.create') throw new Error('not a create');
      expect(out.request.body.config.Labels?.size).to.equal(67_000);
      expect(out.request.body.config.Labels?.get('bench.pad.66999')).to.equal('value \u00e9 66999');
      expect(out.request.body.hostConfig.Memory).to.equal(1 << 28);
    });

    const outcomes: [string, Buffer, EnvelopeOutcome['kind'], boolean?][] = [
      ['not JSON', Buffer.from('{"RequestMethod":'), 'unparsable'],
      ['an empty body (the daemon\'s retry)', Buffer.alloc(0), 'invalid', true],
      ['an empty object', Buffer.from('{}\n'), 'invalid', true],
      ['a byte order mark then an empty body', Buffer.from('\ufeff'), 'invalid', true],
      ['an envelope without RequestUri', Buffer.from('{"RequestMethod":"GET"}'), 'invalid', false],
      ['a byte order mark before the envelope', Buffer.from('\ufeff{"RequestMethod":"GET","RequestUri":"/_ping"}'), 'decoded'],
      ['bad base64', Buffer.from('{"RequestMethod":"POST","RequestUri":"/v1.41/containers/create","RequestBody":"e30"}'), 'invalid', false],
    ];
    for (const [name, bytes, kind, empty] of outcomes) {
      it(`answers ${name} as ${kind}`, async () => {
        const out = await same(bytes);
        expect(out.kind).to.equal(kind);
        if (out.kind === 'invalid') expect(out.empty).to.equal(empty);
      });
    }
  });

  it('sends back, untouched, the bytes of a request too large for a tape', async () => {
    const worker = new DecodeWorker({ tapeLimits: { maxOps: 1000, maxStrings: 1000 } });
    try {
      const bytes = manyLabels(2_000);
      const out = await worker.decode(Buffer.from(bytes));
      expect(out.kind).to.equal('too-large');
      if (out.kind === 'too-large') expect(Buffer.compare(Buffer.from(out.bytes), bytes)).to.equal(0);
      // A small one still comes back decoded.
      expect((await worker.decode(Buffer.from('{"RequestMethod":"GET","RequestUri":"/_ping"}'))).kind).to.equal('decoded');
    } finally {
      await worker.close();
    }
  });

  describe('a worker that fails makes its job fail (the caller denies)', () => {
    const script = (name: string): URL => new URL(`../../fixtures/workers/${name}.mjs`, import.meta.url);
    const job = Buffer.from('{"RequestMethod":"GET","RequestUri":"/_ping"}');

    const failures: [string, ConstructorParameters<typeof DecodeWorker>[0], RegExp][] = [
      ['it exits', { script: script('exits') }, /exited \(code 3\)/],
      ['it never answers', { script: script('silent'), timeoutMs: 300 }, /did not answer within 300 ms/],
      ['it runs out of memory', { script: script('hungry'), maxHeapMb: 16 }, /failed|exited/],
    ];
    for (const [name, options, message] of failures) {
      it(`when ${name}`, async () => {
        const worker = new DecodeWorker(options);
        try {
          const err = await worker.decode(job).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(err).to.be.instanceOf(Error);
          expect((err as Error).message).to.match(message);
          expect(worker.running()).to.equal(false);
        } finally {
          await worker.close();
        }
      });
    }

    it('and the next job starts a new worker', async () => {
      const worker = new DecodeWorker({ script: script('exits') });
      const failure = (e: unknown): string => (e instanceof Error ? e.message : String(e));
      try {
        // Each job reaches a live worker (which exits on it): the dead one was replaced.
        const first = await worker.decode(job).then(() => 'answered', failure);
        const second = await worker.decode(job).then(() => 'answered', failure);
        expect([first, second]).to.deep.equal(['the decoding worker exited (code 3)', 'the decoding worker exited (code 3)']);
      } finally {
        await worker.close();
      }
    });
  });
});
