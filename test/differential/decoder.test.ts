/**
 * dockgate's Go-JSON decoder against Go's own encoding/json, on the same bytes: the Go types
 * and dockgate's schemas declare the same fields; every captured CLI body, every regression
 * case and thousands of generated, attacker-mutated bodies decode to the same values, the same
 * syntax and type errors, and the same ambiguity verdicts. See docs/dev/differential.md.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { decodeGoJSON } from '../../src/request/gojson/decode.js';
import { bytes } from '../../src/request/gojson/schema.js';
import { eachSet, fixture, NOT_IN_SET, type FixtureSet } from '../helpers/fixtures.js';
import { bodyFor, fromJson, valueFor } from './helpers/body-arbitraries.js';
import { compareDecodes, type Verdict } from './helpers/compare.js';
import { fuzzParameters, startGo, type BodyKind, type GoHarness } from './helpers/go-harness.js';
import { Body, showBytes, toBytes, type JNode } from './helpers/json-text.js';
import { GO_REGRESSIONS } from './regressions.js';
import { SCHEMAS } from './helpers/schemas.js';
import { approximationsOf, compareShape, type Approximations, type GoShape } from './helpers/shape.js';

/** Which captured requests carry which body kind. */
const FIXTURE_KINDS: readonly [RegExp, BodyKind][] = [
  [/^\/v[0-9.]+\/containers\/create/, 'create'],
  [/^\/v[0-9.]+\/containers\/[^/]+\/update/, 'update'],
  [/^\/v[0-9.]+\/containers\/[^/]+\/exec/, 'exec'],
  [/^\/v[0-9.]+\/services\/(create|[^/]+\/update)/, 'service'],
];

function capturedBodies(set: FixtureSet): { id: string; kind: BodyKind; body: Buffer }[] {
  const ids = ['api-create-both', 'api-create-hostconfig-null', 'api-create-toplevel', 'create-plain', 'exec-plain', 'exec-privileged', 'exec-root', 'exec-uid0',
    'run-apparmor-unconfined', 'run-bind-etc-ro', 'run-bind-root', 'run-cap-all', 'run-caps', 'run-cgroup-parent', 'run-cgroupns-host', 'run-compliant',
    'run-device-cgroup-rule', 'run-device', 'run-docker-sock', 'run-env', 'run-hardened', 'run-ipc-host', 'run-label-disable', 'run-latest', 'run-memory-only',
    'run-mount-bind', 'run-mount-volume-opts', 'run-name', 'run-net-container', 'run-net-host', 'run-no-healthcheck', 'run-no-new-privileges', 'run-pid-host',
    'run-plain', 'run-ports', 'run-privileged', 'run-publish-all', 'run-restart-always', 'run-restart-no', 'run-restart-on-failure-10', 'run-restart-on-failure-3',
    'run-restart-on-failure', 'run-restart-unless-stopped', 'run-seccomp-colon', 'run-seccomp-profile', 'run-seccomp-unconfined', 'run-sshd', 'run-sysctl',
    'run-systempaths', 'run-ulimit', 'run-userns-host', 'run-uts-host', 'run-volumes-from', 'service-create-host', 'service-create-plain', 'service-rollback',
    'service-update', 'update-cpu-shares', 'update-memory', 'update-restart-always', 'update-restart-on-failure-3',
    // docker compose up's two creates (not in the 1.41 set: a named exception there)
    'compose-up'].filter((id) => NOT_IN_SET[set][id] === undefined);
  const out: { id: string; kind: BodyKind; body: Buffer }[] = [];
  for (const id of ids) {
    for (const env of fixture(id, set).requests) {
      if (typeof env.RequestBody !== 'string' || env.RequestMethod !== 'POST') continue;
      const kind = FIXTURE_KINDS.find(([re]) => re.test(String(env.RequestUri)))?.[1];
      if (kind) out.push({ id, kind, body: Buffer.from(env.RequestBody, 'base64') });
    }
  }
  return out;
}

/** The 1.41 set's bodies: the seeds of the generated bodies below. */
const CAPTURED = capturedBodies('1.41');

const approximations = new Map<BodyKind, Approximations>();

async function verdictFor(go: GoHarness, kind: BodyKind, body: Uint8Array): Promise<Verdict> {
  const schema = SCHEMAS[kind];
  let approx = approximations.get(kind);
  if (!approx) {
    approx = approximationsOf(schema, (await go.describe(kind)) as GoShape);
    approximations.set(kind, approx);
  }
  const ts = decodeGoJSON<unknown>(body, schema);
  const g = await go.decode(kind, body);
  return compareDecodes(schema, ts, g, approx);
}

describe('differential: dockgate decoder vs Go encoding/json', function () {
  let go: GoHarness | undefined;
  before(async function () {
    go = await startGo(this);
  });
  after(async () => {
    await go?.close();
  });

  describe('the Go types declare the fields of docker-types.ts', () => {
    for (const kind of Object.keys(SCHEMAS) as BodyKind[]) {
      it(`${kind}: same fields, same Go types, only the documented approximations`, async () => {
        const shape = (await go!.describe(kind)) as GoShape;
        const report = compareShape(SCHEMAS[kind], shape);
        expect(report.differences, report.differences.join('\n')).to.deep.equal([]);
      });
    }
  });

  eachSet((set) => {
    const bodies = capturedBodies(set);
    it(`decodes all ${bodies.length} captured CLI bodies like Go`, async () => {
      expect(bodies.length).to.be.greaterThan(50);
      for (const { id, kind, body } of bodies) {
        const v = await verdictFor(go!, kind, body);
        expect(v, `${id} (${kind})`).to.deep.equal({ ok: true, outcome: 'value' });
      }
    });
  });

  it(`every regression case still gives what Go gives (${GO_REGRESSIONS.length} cases)`, async () => {
    for (const r of GO_REGRESSIONS) {
      const body = typeof r.body === 'string' ? Buffer.from(r.body) : r.body;
      const v = await verdictFor(go!, r.kind, body);
      expect(v, `${r.name}: ${showBytes(body)}`).to.include({ ok: true });
      const recorded = 'syntaxError' in r.expect ? 'syntax' : 'typeError' in r.expect ? 'type' : (r.expect.ambiguities ?? []).length > 0 ? 'ambiguous' : 'value';
      expect(v.ok && v.outcome, r.name).to.equal(recorded);
    }
  });

  describe('[]byte: swarm SeccompOpts.Profile (base64 in a string, or numbers)', () => {
    const at = (profile: string | Buffer): Buffer =>
      Buffer.concat([Buffer.from('{"Name":"s","TaskTemplate":{"ContainerSpec":{"Image":"busybox","Privileges":{"Seccomp":{"Mode":"custom","Profile":'), Buffer.from(profile), Buffer.from('}}}}}')]);
    const b64 = Buffer.from('{"defaultAction":"SCMP_ACT_ERRNO"}').toString('base64');
    const cases: [string, string, 'value' | 'type'][] = [
      ['standard base64', `"${b64}"`, 'value'],
      ['\\n and \\r inside the text (skipped)', `"${b64.slice(0, 8)}\\n${b64.slice(8, 20)}\\r\\n${b64.slice(20)}"`, 'value'],
      ['one byte, == padding', '"QQ=="', 'value'],
      ['two bytes, = padding', '"QUI="', 'value'],
      ['a newline between the two =', '"QQ=\\n="', 'value'],
      ['empty string', '""', 'value'],
      ['non-zero leftover bits (not strict)', '"QR=="', 'value'],
      ['\\u escapes for the digits', '"\\u0051\\u0051=="', 'value'],
      ['no padding', '"QQ"', 'type'],
      ['one = where two are needed', '"QQ="', 'type'],
      ['padding too early', '"Q==="', 'type'],
      ['data after the padding', '"QQ==QQ=="', 'type'],
      ['URL-safe digits', '"-_-_"', 'type'],
      ['a space', '"QUJD REVG"', 'type'],
      ['numbers', '[123,34,100,34,125]', 'value'],
      ['an empty array', '[]', 'value'],
      ['a null element', '[65,null,66]', 'value'],
      ['null', 'null', 'value'],
      ['out of range', '[256]', 'type'],
      ['negative', '[-1]', 'type'],
      ['a fraction', '[1.5]', 'type'],
      ['a string element', '["A"]', 'type'],
      ['an object', '{}', 'type'],
      ['a number', '65', 'type'],
      ['string, then a shorter array with a null (kept slot)', `"QUJD","Profile":[null]`, 'value'],
      ['array, then a null element beyond it', '[65],"Profile":[null,null]', 'value'],
    ];
    for (const [name, profile, outcome] of cases) {
      it(`${name}: ${outcome}, as Go`, async () => {
        const v = await verdictFor(go!, 'service', at(profile));
        expect(v, profile).to.deep.equal({ ok: true, outcome });
      });
    }

    it('400 generated Profile values (base64 spoilt in every way, numbers, repeated keys) decode like Go', async function () {
      this.timeout(60_000);
      const outcomes: Record<string, number> = {};
      const profiles = fc.array(valueFor(bytes), { minLength: 1, maxLength: 2 }).map((vs) => Buffer.concat(vs.flatMap((v, i) => (i === 0 ? [toBytes(v)] : [Buffer.from(',"Profile":'), toBytes(v)]))));
      await fc.assert(
        fc.asyncProperty(profiles, async (profile) => {
          const v = await verdictFor(go!, 'service', at(profile));
          if (!v.ok) throw new Error(`${showBytes(profile)}: ${v.reason}`);
          outcomes[v.outcome] = (outcomes[v.outcome] ?? 0) + 1;
        }),
        fuzzParameters(400),
      );
      for (const outcome of ['type', 'value']) expect(outcomes[outcome] ?? 0, JSON.stringify(outcomes)).to.be.greaterThan(20);
    });
  });

  describe('generated, attacker-mutated bodies (fast-check)', function () {
    const seeds = (kind: BodyKind): JNode[] => CAPTURED.filter((c) => c.kind === kind).map((c) => fromJson(JSON.parse(c.body.toString('utf8'))));
    const plan: [BodyKind, number][] = [['create', 1500], ['update', 500], ['exec', 500], ['service', 300], ['floats', 200]];
    for (const [kind, runs] of plan) {
      const params = fuzzParameters(runs);
      it(`${kind}: ${params.numRuns} bodies (seed ${params.seed}) decode like Go`, async function () {
        this.timeout(Math.max(30_000, params.numRuns * 50));
        const outcomes: Record<string, number> = {};
        await fc.assert(
          fc.asyncProperty(bodyFor(SCHEMAS[kind], seeds(kind)).map((b) => new Body(b)), async (body) => {
            const v = await verdictFor(go!, kind, body.bytes);
            if (!v.ok) throw new Error(v.reason);
            outcomes[v.outcome] = (outcomes[v.outcome] ?? 0) + 1;
          }),
          params,
        );
        console.log(`      ${kind}: ${JSON.stringify(outcomes)}`);
        // Every branch of the comparison was exercised.
        for (const outcome of kind === 'create' ? ['syntax', 'type', 'value', 'ambiguous'] : ['syntax', 'type', 'value']) expect(outcomes[outcome] ?? 0, `${outcome} cases in ${JSON.stringify(outcomes)}`).to.be.greaterThan(0);
      });
    }
  });
});
