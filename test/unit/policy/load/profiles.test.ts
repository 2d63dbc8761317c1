/** Profiles: per-user (TLS CN) overrides of rule actions and options, compiled at load. */
import { expect } from 'chai';
import { decisionRecord } from '../../../../src/audit/logger.js';
import { evaluate } from '../../../../src/engine/engine.js';
import { parsePolicy, PolicyError, type Policy } from '../../../../src/policy/load.js';
import { apiRequest, captured, decode, eachSet, type FixtureSet, type RawEnvelope } from '../../../helpers/fixtures.js';

const policy = (doc: object): Policy => parsePolicy(JSON.stringify({ mode: 'enforce', rules: {}, ...doc }), 'test');
const as = (user: string, raw: RawEnvelope): RawEnvelope => ({ ...raw, User: user, UserAuthNMethod: user === '' ? '' : 'TLS' });

function issuesOf(doc: object): string[] {
  try {
    policy(doc);
  } catch (err) {
    if (err instanceof PolicyError) return err.issues.map((i) => `${i.path}: ${i.message}`);
    throw err;
  }
  return [];
}

const P = policy({
  rules: { 'memory-limit': { action: 'deny', options: { max: '1g' } } },
  profiles: [
    { id: 'ci', users: ['ci-*'], rules: { privileged: 'off', 'memory-limit': { action: 'deny', options: { max: '8g' } } } },
    { id: 'ci-strict', users: ['ci-strict-*'], rules: { privileged: 'deny' } },
    { id: 'dev', users: ['dev-*', '*.example.com'], rules: { privileged: 'warn' } },
  ],
});

describe('profiles', () => {
  const privilegedIn = (set: FixtureSet): RawEnvelope => captured('run-privileged', 'container.create', set);
  const table: [string, string, boolean, string | undefined][] = [
    // name, TLS user, allowed, profile applied
    ['no user (unix socket): no profile', '', false, undefined],
    ['a user no profile matches', 'web-deployer', false, undefined],
    ['CI user: privileged off', 'ci-runner-1', true, 'ci'],
    ['first matching profile wins, in file order', 'ci-strict-1', true, 'ci'],
    ['dev user: privileged warns', 'dev-alice', true, 'dev'],
    ['dot: true globs', 'build.example.com', true, 'dev'],
  ];
  eachSet((set) => {
    for (const [name, user, allow, profile] of table) {
      it(name, () => {
        const d = evaluate(decode(as(user, privilegedIn(set))), P);
        expect(d.allow, d.msg).to.equal(allow);
        expect(d.profile).to.equal(profile);
      });
    }
  });

  it('merges a profile\'s options over the policy\'s', () => {
    const body = { Image: 'x', HostConfig: { Memory: 4 * 1024 ** 3 } };
    const req = (user: string) => decode(as(user, apiRequest('POST', '/v1.41/containers/create', body)));
    expect(evaluate(req(''), P).msg).to.include('[memory-limit]');
    expect(evaluate(req('ci-1'), P).allow).to.equal(true);
    const ci = P.profiles[0]!;
    expect(ci.rules.find((r) => r.rule.meta.id === 'memory-limit')?.options).to.deep.equal({ max: '8g' });
    expect(ci.rules.find((r) => r.rule.meta.id === 'restart-policy')).to.equal(P.rules.find((r) => r.rule.meta.id === 'restart-policy'));
  });

  eachSet((set) => {
    it('names the profile in the decision log line, only when one applied', () => {
      const withProfile = decode(as('ci-runner-1', privilegedIn(set)));
      expect(decisionRecord(withProfile, evaluate(withProfile, P), P.version, 1)).to.include({ profile: 'ci', decision: 'allow' });
      const without = decode(privilegedIn(set));
      expect(decisionRecord(without, evaluate(without, P), P.version, 1)).to.not.have.property('profile');
    });
  });

  eachSet((set) => {
    it('exemptions still apply under a profile', () => {
      const p = policy({
        profiles: [{ id: 'ci', users: ['ci-*'], rules: { 'host-network': 'deny' } }],
        exemptions: [{ id: 'ci-priv', reason: 'builders', rules: ['privileged'], users: ['ci-*'] }],
      });
      const d = evaluate(decode(as('ci-1', privilegedIn(set))), p);
      expect(d).to.include({ allow: true, profile: 'ci' });
      expect(d.violations.find((v) => v.rule === 'privileged')?.exemptedBy).to.equal('ci-priv');
    });
  });

  describe('rejects invalid profiles, naming the JSON path', () => {
    const invalid: [string, object, string][] = [
      ['self-protection off', { profiles: [{ id: 'x', users: ['a'], rules: { 'self-protection': 'off' } }] }, '/profiles/0/rules/self-protection: self-protection cannot be turned off or changed by a profile'],
      ['self-protection options', { profiles: [{ id: 'x', users: ['a'], rules: { 'self-protection': { action: 'deny', options: { adminUsers: ['*'] } } } }] }, '/profiles/0/rules/self-protection: self-protection cannot'],
      ['unknown rule', { profiles: [{ id: 'x', users: ['a'], rules: { privileges: 'off' } }] }, '/profiles/0/rules/privileges: unknown rule "privileges"; did you mean "privileged"?'],
      ['bad action', { profiles: [{ id: 'x', users: ['a'], rules: { privileged: 'allow' } }] }, '/profiles/0/rules/privileged: expected "deny", "warn", "off" or {action, options} (found "allow")'],
      ['bad option', { profiles: [{ id: 'x', users: ['a'], rules: { 'restart-policy': { action: 'deny', options: { maxRetries: 0 } } } }] }, '/profiles/0/rules/restart-policy/options/maxRetries: must be >= 1 (found 0)'],
      ['no users', { profiles: [{ id: 'x', rules: {} }] }, '/profiles/0: missing required property "users"'],
      ['empty users', { profiles: [{ id: 'x', users: [], rules: {} }] }, '/profiles/0/users: must NOT have fewer than 1 items'],
      ['bad id', { profiles: [{ id: 'X Y', users: ['a'], rules: {} }] }, '/profiles/0/id: must match pattern'],
      ['duplicate id', { profiles: [{ id: 'x', users: ['a'], rules: {} }, { id: 'x', users: ['b'], rules: {} }] }, '/profiles/1/id: duplicate profile id "x"'],
    ];
    for (const [name, doc, want] of invalid) {
      it(name, () => {
        expect(issuesOf(doc).join('\n')).to.include(want);
      });
    }
  });
});
