/**
 * The one decision pipeline (engine/decide.ts): envelope in, decision and decoded request out,
 * the same as parsing, decoding and evaluating by hand; every way it can stop is a refusal,
 * never an allow; hooks run once each, in order, and a throwing hook refuses the request.
 */
import { expect } from 'chai';
import type { ActiveRule, Policy } from '../../../src/core/policy.js';
import { decide, decideInSteps, type DecideOptions, type Decided, type Refused } from '../../../src/engine/decide.js';
import { evaluate } from '../../../src/engine/engine.js';
import { DECISION_ID } from '../../../src/engine/decision-id.js';
import { parsePolicy } from '../../../src/policy/load.js';
import type { Operation } from '../../../src/request/routes.js';
import { apiRequest, captured, decode, eachSet, type RawEnvelope } from '../../helpers/fixtures.js';

const policy = (doc: object): Policy => parsePolicy(JSON.stringify({ mode: 'enforce', rules: {}, ...doc }), 'test');
const ENFORCE = policy({});
const AUDIT = policy({ mode: 'audit' });

/** A policy whose only rule on `container.create` throws (the engine denies with DG_INTERNAL). */
function throwingRule(base: Policy): Policy {
  const first = base.rules[0];
  if (first === undefined) throw new Error('the default policy has no rule');
  const broken: ActiveRule = {
    rule: first.rule,
    action: 'deny',
    handler: () => {
      throw new Error('boom');
    },
  };
  return { ...base, handlers: new Map<Operation, readonly ActiveRule[]>([['container.create', [broken]]]), profiles: [] };
}

/** The decision without its id (two evaluations never share one). */
function withoutId(d: { readonly id?: string; readonly msg: string }): object {
  const { id, ...rest } = d;
  return { ...rest, msg: id === undefined ? d.msg : d.msg.replace(id, 'ID') };
}

/** Calls decide and decideInSteps alike, so each case runs through both. */
const RUNNERS: readonly { readonly name: string; readonly run: (raw: unknown, p: Policy | (() => Policy), o?: DecideOptions) => Promise<Decided | Refused | { ok: true; decision: undefined }> }[] = [
  { name: 'decide', run: (raw, p, o) => Promise.resolve(decide(raw, p, o ?? {})) },
  { name: 'decideInSteps', run: (raw, p, o) => decideInSteps(raw, p, o ?? {}) },
];

describe('decide (engine/decide.ts)', () => {
  for (const { name, run } of RUNNERS) {
    describe(name, () => {
      eachSet((set) => {
        const cases: readonly { readonly fixture: string; readonly policy: Policy; readonly allow: boolean; readonly wouldDeny: boolean }[] = [
          { fixture: 'run-compliant', policy: ENFORCE, allow: true, wouldDeny: false },
          { fixture: 'run-privileged', policy: ENFORCE, allow: false, wouldDeny: true },
          { fixture: 'run-privileged', policy: AUDIT, allow: true, wouldDeny: true },
        ];
        for (const c of cases) {
          it(`${c.fixture} (${c.policy.mode}): the decision evaluate gives for the decoded envelope, and the request`, async () => {
            const raw = captured(c.fixture, 'container.create', set);
            const out = await run(raw, c.policy);
            if (!out.ok || out.decision === undefined) throw new Error(`not decided: ${JSON.stringify(out)}`);
            expect(out.decision).to.include({ allow: c.allow, wouldDeny: c.wouldDeny, mode: c.policy.mode });
            expect(out.decision.id).to.match(DECISION_ID);
            expect(withoutId(out.decision)).to.deep.equal(withoutId(evaluate(decode(raw), c.policy)));
            expect(out.request.operation).to.equal('container.create');
            expect(out.policy).to.equal(c.policy);
          });
        }
      });

      it('a rule that throws is a DG_INTERNAL deny from the engine, in audit mode too (not a refusal)', async () => {
        for (const base of [ENFORCE, AUDIT]) {
          const out = await run(captured('run-compliant', 'container.create'), throwingRule(base));
          if (!out.ok || out.decision === undefined) throw new Error('not decided');
          expect(out.decision.allow, base.mode).to.equal(false);
          expect(out.decision.problems.map((p) => p.code)).to.deep.equal(['DG_INTERNAL']);
          expect(out.decision.msg).to.include('failed: boom');
        }
      });

      const refusals: readonly { readonly what: string; readonly raw: unknown; readonly emptyIsRetry: boolean; readonly refusal: Refused['refusal']; readonly reason: string }[] = [
        { what: 'no envelope, as a retry', raw: undefined, emptyIsRetry: true, refusal: 'envelope-empty', reason: 'empty envelope' },
        { what: 'null, as a retry', raw: null, emptyIsRetry: true, refusal: 'envelope-empty', reason: 'empty envelope' },
        { what: 'an empty string, as a retry', raw: '', emptyIsRetry: true, refusal: 'envelope-empty', reason: 'empty envelope' },
        { what: '{}, as a retry', raw: {}, emptyIsRetry: true, refusal: 'envelope-empty', reason: 'empty envelope' },
        { what: '{} without emptyIsRetry', raw: {}, emptyIsRetry: false, refusal: 'envelope-invalid', reason: 'envelope has no RequestMethod' },
        { what: 'null without emptyIsRetry', raw: null, emptyIsRetry: false, refusal: 'envelope-invalid', reason: 'envelope is not a JSON object' },
        { what: 'an array', raw: [], emptyIsRetry: true, refusal: 'envelope-invalid', reason: 'envelope is not a JSON object' },
        { what: 'no RequestUri', raw: { RequestMethod: 'GET' }, emptyIsRetry: true, refusal: 'envelope-invalid', reason: 'envelope has no RequestUri' },
        { what: 'a body that is not base64', raw: { ...apiRequest('POST', '/v1.41/containers/create'), RequestBody: 'e30' }, emptyIsRetry: true, refusal: 'envelope-invalid', reason: 'RequestBody is not valid base64' },
      ];
      for (const r of refusals) {
        it(`refuses ${r.what} (${r.refusal}), reports it once, reads no policy`, async () => {
          const reported: Refused[] = [];
          let policyReads = 0;
          const out = await run(r.raw, () => {
            policyReads += 1;
            return ENFORCE;
          }, { emptyIsRetry: r.emptyIsRetry, onRefusal: (x) => reported.push(x), onDecision: () => expect.fail('no decision') });
          if (out.ok) throw new Error('decided');
          expect(out).to.include({ refusal: r.refusal, reason: r.reason });
          expect(out.id).to.match(DECISION_ID);
          expect(reported).to.deep.equal([out]);
          expect(policyReads).to.equal(0);
        });
      }

      it('runs the hooks once each, in order, with what it returns; reads the policy once', async () => {
        const seen: string[] = [];
        let policyReads = 0;
        const out = await run(captured('run-privileged', 'container.create'), () => {
          policyReads += 1;
          seen.push('policy');
          return ENFORCE;
        }, {
          onDecoded: (request) => seen.push(`decoded ${request.operation}`),
          onDecision: (d) => seen.push(`decision ${d.decision.allow ? 'allow' : 'deny'} ${d.request.operation}`),
          onRefusal: () => seen.push('refusal'),
        });
        expect(out.ok).to.equal(true);
        expect(seen).to.deep.equal(['policy', 'decoded container.create', 'decision deny container.create']);
        expect(policyReads).to.equal(1);
      });

      it('passes the start it was given to the hooks and the outcome', async () => {
        let hooked: number | undefined;
        const out = await run(captured('run-compliant', 'container.create'), ENFORCE, { start: 12.5, onDecision: (d) => (hooked = d.start) });
        expect(out).to.include({ ok: true, start: 12.5 });
        expect(hooked).to.equal(12.5);
      });

      it('evaluate false: decoded, onDecoded runs, no decision and no onDecision', async () => {
        const decoded: string[] = [];
        const out = await run(captured('run-privileged', 'container.create'), ENFORCE, {
          evaluate: false,
          onDecoded: (request, envelope) => decoded.push(`${request.operation} ${envelope.method}`),
          onDecision: () => expect.fail('evaluated'),
        });
        expect(out).to.include({ ok: true, decision: undefined });
        expect(decoded).to.deep.equal(['container.create POST']);
      });

      it('a throwing onDecision refuses the request as internal-error, with the decoded request, reported once', async () => {
        const reported: Refused[] = [];
        const out = await run(captured('run-compliant', 'container.create'), ENFORCE, {
          onDecision: () => {
            throw new Error('log broken');
          },
          onRefusal: (x) => reported.push(x),
        });
        if (out.ok) throw new Error('decided');
        expect(out).to.include({ refusal: 'internal-error', reason: 'log broken' });
        expect(out.error).to.be.instanceOf(Error);
        expect(out.request?.operation).to.equal('container.create');
        expect(reported).to.deep.equal([out]);
      });

      it('a throwing onDecoded or policy getter refuses the request as internal-error', async () => {
        const fromHook = await run(captured('run-compliant', 'container.create'), ENFORCE, {
          onDecoded: () => {
            throw new Error('tracker broken');
          },
        });
        expect(fromHook).to.include({ ok: false, refusal: 'internal-error', reason: 'tracker broken' });
        const fromPolicy = await run(captured('run-compliant', 'container.create'), () => {
          throw new Error('no policy');
        });
        expect(fromPolicy).to.include({ ok: false, refusal: 'internal-error', reason: 'no policy' });
        expect((fromPolicy as Refused).request).to.equal(undefined);
      });

      it('a throw while reporting an envelope refusal becomes an internal-error one, reported too; a throw reporting that is swallowed', async () => {
        const reported: string[] = [];
        const out = await run({}, ENFORCE, {
          emptyIsRetry: true,
          onRefusal: (x) => {
            reported.push(x.refusal);
            throw new Error(`cannot log ${x.refusal}`);
          },
        });
        expect(out).to.include({ ok: false, refusal: 'internal-error', reason: 'cannot log envelope-empty' });
        expect(reported).to.deep.equal(['envelope-empty', 'internal-error']);
      });

      it('gives each refusal its own id', async () => {
        const ids = new Set<string>();
        for (let i = 0; i < 5; i++) {
          const out = await run({}, ENFORCE, { emptyIsRetry: true });
          if (out.ok) throw new Error('decided');
          ids.add(out.id);
        }
        expect(ids.size).to.equal(5);
      });
    });
  }

  it('decideInSteps yields to the event loop between its steps; decide does not', async () => {
    let turns = 0;
    let running = true;
    const tick = (): void => {
      turns += 1;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const raw: RawEnvelope = captured('run-privileged', 'container.create');
    decide(raw, ENFORCE);
    expect(turns, 'decide').to.equal(0);
    await decideInSteps(raw, ENFORCE);
    running = false;
    // One turn before the envelope, one before the decode, one before the rules.
    expect(turns).to.be.at.least(3);
  });
});
