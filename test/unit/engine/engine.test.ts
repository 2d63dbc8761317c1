/** The engine: actions, audit mode, exemptions, fail-closed on rule errors, the deny message. */
import { expect } from 'chai';
import { decisionRecord } from '../../../src/audit/logger.js';
import { DECISION_ID, newDecisionId } from '../../../src/engine/decision-id.js';
import { evaluate } from '../../../src/engine/engine.js';
import { ON_FAILURE_NOTE } from '../../../src/rules/restart-policy.js';
import { defineRule } from '../../../src/core/rule.js';
import { withRules } from '../../helpers/with-rules.js';
import { parsePolicy, type Policy } from '../../../src/policy/load.js';
import { apiRequest, captured, decode, eachSet } from '../../helpers/fixtures.js';

const policy = (doc: object): Policy => parsePolicy(JSON.stringify({ mode: 'enforce', rules: {}, ...doc }), 'test');
const DEFAULT = policy({});

describe('engine', () => {
  eachSet((set) => {
    it('allows a compliant docker run', () => {
      const d = evaluate(decode(captured('run-compliant', 'container.create', set)), DEFAULT);
      expect(d).to.include({ allow: true, wouldDeny: false, msg: '' });
    });

    it('denies docker run --privileged with one line naming the violation, its field, CIS number and fix', () => {
      const d = evaluate(decode(captured('run-privileged', 'container.create', set)), DEFAULT);
      expect(d.allow).to.equal(false);
      expect(d.id).to.match(DECISION_ID);
      expect(d.msg).to.equal(`dockgate denied container create: [privileged] HostConfig.Privileged=true (CIS 5.5): drop --privileged, add only the capabilities you need with --cap-add (compose: remove privileged: true, use cap_add) (decision ${d.id ?? ''})`);
    });

    it('warn allows and records; off skips the rule', () => {
      const req = decode(captured('run-privileged', 'container.create', set));
      const warn = evaluate(req, policy({ rules: { privileged: 'warn' } }));
      expect(warn).to.include({ allow: true, wouldDeny: false });
      expect(warn.violations.filter((v) => v.rule === 'privileged').map((v) => v.action)).to.deep.equal(['warn']);
      expect(evaluate(req, policy({ rules: { privileged: 'off' } })).violations.filter((v) => v.rule === 'privileged')).to.deep.equal([]);
    });

    it('audit mode never denies but says what it would deny', () => {
      const d = evaluate(decode(captured('run-privileged', 'container.create', set)), policy({ mode: 'audit' }));
      expect(d).to.include({ allow: true, wouldDeny: true });
      expect(d.msg).to.match(/^dockgate would deny container create: \[privileged\]/);
    });
  });

  it('denies with one line naming every violation, its field, CIS number and fix', () => {
    const plain = evaluate(decode(apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { Privileged: true, NetworkMode: 'host', RestartPolicy: { Name: 'always' } } })), DEFAULT);
    expect(plain.msg).to.equal(
      'dockgate denied container create: [privileged] HostConfig.Privileged=true (CIS 5.5): drop --privileged, add only the capabilities you need with --cap-add (compose: remove privileged: true, use cap_add); ' +
      '[host-network] HostConfig.NetworkMode=host (CIS 5.10): remove --network host; use a user-defined network and publish ports with -p (compose: remove network_mode: host; use networks and ports); ' +
      '[memory-limit] no memory limit (CIS 5.11): add --memory, e.g. --memory=512m (compose: mem_limit: 512m, or deploy.resources.limits.memory: 512m); ' +
      '[restart-policy] HostConfig.RestartPolicy=always restarts forever (CIS 5.15): use --restart on-failure:5 (or fewer retries) (compose: restart: on-failure:5); ' +
      `${ON_FAILURE_NOTE} (decision ${plain.id ?? ''})`,
    );
    expect(plain.msg).to.not.include('\n');
  });

  describe('deny messages that lead somewhere', () => {
    const create = (hostConfig: object): ReturnType<typeof decode> => decode(apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { Memory: 67108864, ...hostConfig } }));
    const table: [string, object | undefined, string][] = [
      ['no footer', undefined, ''],
      ['help text', { help: 'ask #platform-docker on Slack' }, '. Help: ask #platform-docker on Slack'],
      ['a URL', { url: 'https://wiki.example.com/dockgate' }, '. Help: https://wiki.example.com/dockgate'],
      ['both', { help: 'exemptions:', url: 'https://wiki.example.com/dockgate#exempt' }, '. Help: exemptions: https://wiki.example.com/dockgate#exempt'],
    ];
    for (const [name, messages, footer] of table) {
      it(`${name}: the operator's footer, then the decision id`, () => {
        const p = policy(messages === undefined ? {} : { messages });
        const d = evaluate(create({ Privileged: true }), p);
        expect(d.msg).to.equal(`dockgate denied container create: [privileged] HostConfig.Privileged=true (CIS 5.5): drop --privileged, add only the capabilities you need with --cap-add (compose: remove privileged: true, use cap_add)${footer} (decision ${d.id ?? ''})`);
        // audit mode: the same footer and id on the would-deny message
        const audit = evaluate(create({ Privileged: true }), policy({ mode: 'audit', ...(messages === undefined ? {} : { messages }) }));
        expect(audit.msg).to.match(new RegExp(`${footer.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(decision dg-[0-9a-z]+\\)$`));
      });
    }

    it('the same id in the message and in the decision log line; a new id per decision', () => {
      const req = create({ Privileged: true });
      const d = evaluate(req, DEFAULT);
      expect(d.id).to.match(DECISION_ID);
      expect(decisionRecord(req, d, DEFAULT.version, 1).decisionId).to.equal(d.id);
      expect(d.msg.endsWith(`(decision ${d.id ?? ''})`)).to.equal(true);
      const allowed = evaluate(create({}), policy({ rules: { 'restart-policy': 'off' } }));
      expect(allowed.msg).to.equal('');
      expect(allowed.id).to.match(DECISION_ID);
      const ids = new Set(Array.from({ length: 20_000 }, () => newDecisionId()));
      expect(ids.size).to.equal(20_000);
      const t = Date.UTC(2026, 11, 4);
      expect(newDecisionId(t)).to.match(new RegExp(`^dg-${t.toString(36)}[0-9a-z]{5}$`));
    });

    it('the id is not in brackets: [...] holds rule ids and problem codes only', () => {
      const d = evaluate(create({ Privileged: true, NetworkMode: 'host' }), DEFAULT);
      expect([...d.msg.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1])).to.deep.equal(['privileged', 'host-network']);
    });

    const fixes: [string, object, string][] = [
      ['restart always: CLI, compose and what on-failure does not do', { RestartPolicy: { Name: 'always' } }, `[restart-policy] HostConfig.RestartPolicy=always restarts forever (CIS 5.15): use --restart on-failure:5 (or fewer retries) (compose: restart: on-failure:5); ${ON_FAILURE_NOTE}`],
      ['on-failure without a limit', { RestartPolicy: { Name: 'on-failure' } }, '(compose: restart: on-failure:5)'],
      ['no memory limit: CLI and compose', { Memory: 0 }, '[memory-limit] no memory limit (CIS 5.11): add --memory, e.g. --memory=512m (compose: mem_limit: 512m, or deploy.resources.limits.memory: 512m)'],
      ['privileged', { Privileged: true }, '--cap-add (compose: remove privileged: true, use cap_add)'],
      ['host network', { NetworkMode: 'host' }, 'publish ports with -p (compose: remove network_mode: host; use networks and ports)'],
    ];
    const strictFixes: [string, string][] = [
      ['pids-limit', '(compose: pids_limit: 200)'],
      ['read-only-rootfs', '(compose: read_only: true, with tmpfs or volumes)'],
      ['cpu-limit', '(compose: cpus: 0.5, or deploy.resources.limits.cpus: 0.5)'],
      ['no-new-privileges', '(compose: add no-new-privileges:true to security_opt)'],
    ];
    for (const [rule, want] of strictFixes) {
      it(`${rule}: the compose form`, () => {
        const msg = evaluate(create({}), policy({ rules: { [rule]: 'deny' } })).msg;
        expect(msg).to.include(`[${rule}]`).and.include(want);
      });
    }
    for (const [name, hostConfig, want] of fixes) {
      it(name, () => {
        expect(evaluate(create(hostConfig), DEFAULT).msg).to.include(want);
      });
    }
    it('the on-failure note says the daemon does not restart them, and what to do instead', () => {
      expect(ON_FAILURE_NOTE).to.include('does not start on-failure containers again after it restarts or the host reboots').and.include('systemd unit').and.include('swarm service');
    });

    const invalid: [string, object, string][] = [
      ['an empty messages block', {}, '/messages: must NOT have fewer than 1 properties'],
      ['a URL that is not http(s)', { url: 'javascript:alert(1)' }, '/messages/url: must match pattern'],
      ['help on two lines', { help: 'a\nb' }, '/messages/help: must match pattern'],
      ['an unknown key', { footer: 'x' }, '/messages/footer: unknown property "footer"'],
    ];
    for (const [name, messages, want] of invalid) {
      it(`rejects ${name}`, () => {
        expect(() => policy({ messages })).to.throw(want);
      });
    }
  });

  it('keeps requester-chosen values on one line', () => {
    const d = evaluate(decode(apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { Memory: 1 << 26, NetworkMode: 'container:a\nb' } })), DEFAULT);
    expect(d.msg).to.include('container:a?b').and.not.include('\n');
  });

  it('redacts secret-looking values in the deny message too (the daemon logs it)', () => {
    const p = policy({ customRules: [{ id: 'custom/no-token-label', operations: ['container.create'], field: 'body.config.Labels.token', operator: 'exists', message: 'no token labels', action: 'deny' }] });
    const d = evaluate(decode(apiRequest('POST', '/v1.41/containers/create', { Image: 'x', Labels: { token: 's3cr3tvalue' }, HostConfig: { Memory: 1 << 26 } })), p);
    expect(d.allow).to.equal(false);
    expect(d.msg).to.include('[custom/no-token-label] body.config.Labels.token=[redacted]').and.not.include('s3cr3tvalue');
  });

  it('request-level problems deny whatever the rules say', () => {
    const d = evaluate(decode(apiRequest('POST', '/v1.41/containers/create')), policy({ rules: { 'memory-limit': 'off' } }));
    expect(d.allow).to.equal(false);
    expect(d.msg).to.match(/^dockgate denied container create: \[DG_BODY_MISSING\]/);
  });

  it('an exemption lifts only the rules it names, for the requests it matches', () => {
    const p = policy({ exemptions: [{ id: 'named', reason: 'test', rules: ['privileged'], containerNames: ['builder-*'] }] });
    const body = { Image: 'x', HostConfig: { Privileged: true, Memory: 1 << 26 } };
    const exempt = evaluate(decode(apiRequest('POST', '/v1.41/containers/create?name=builder-1', body)), p);
    expect(exempt.allow).to.equal(true);
    expect(exempt.violations.filter((v) => v.action === 'deny').map((v) => v.exemptedBy)).to.deep.equal(['named']);
    expect(evaluate(decode(apiRequest('POST', '/v1.41/containers/create?name=web', body)), p).allow).to.equal(false);
    const other = evaluate(decode(apiRequest('POST', '/v1.41/containers/create?name=builder-1', { ...body, HostConfig: { ...body.HostConfig, NetworkMode: 'host' } })), p);
    expect(other.allow).to.equal(false);
    expect(other.msg).to.include('[host-network]').and.not.include('[privileged]');
  });

  eachSet((set) => {
    it('runs the rules of the request\'s operation once each, in policy order, skipping off rules; creates each rule once per rule list, never per request', () => {
      const calls: string[] = [];
      const created: string[] = [];
      const probe = (id: string, operations: readonly ('container.create' | 'container.exec')[]) => defineRule({
        meta: { ...DEFAULT.rules[0]!.rule.meta, id, operations },
        defaultOptions: {},
        create() {
          created.push(id);
          const handler = () => {
            calls.push(id);
            return [{ field: id, found: 'x', fix: 'y' }];
          };
          return Object.fromEntries(operations.map((op) => [op, handler])) as Record<(typeof operations)[number], typeof handler>;
        },
      });
      const p = withRules(DEFAULT, [
        { rule: probe('c', ['container.create', 'container.exec']), action: 'warn', options: {} },
        { rule: probe('exec', ['container.exec']), action: 'deny', options: {} },
        { rule: probe('off', ['container.create']), action: 'off', options: {} },
        { rule: probe('a', ['container.exec', 'container.create']), action: 'deny', options: {} },
        { rule: probe('b', ['container.create']), action: 'warn', options: {} },
      ]);
      const req = decode(captured('run-compliant', 'container.create', set));
      for (let i = 0; i < 2; i++) {
        calls.length = 0;
        const d = evaluate(req, p);
        expect(calls).to.deep.equal(['c', 'a', 'b']);
        expect(d.violations.map((v) => `${v.rule}:${v.action}`)).to.deep.equal(['c:warn', 'a:deny', 'b:warn']);
        expect(d.msg).to.match(/^dockgate denied container create: \[a\]/);
      }
      calls.length = 0;
      evaluate(decode(apiRequest('GET', '/v1.41/containers/json')), p);
      expect(calls).to.deep.equal([]);
      expect(created, 'create() calls: once per rule that is not off, at compile').to.deep.equal(['c', 'exec', 'a', 'b']);
    });

    it('denies, even in audit mode, when a rule throws', () => {
      const broken = defineRule({
        meta: { ...DEFAULT.rules[0]!.rule.meta, id: 'broken', operations: ['container.create'] },
        defaultOptions: {},
        create: () => ({
          'container.create': () => {
            throw new Error('boom');
          },
        }),
      });
      for (const mode of ['enforce', 'audit'] as const) {
        const p: Policy = { ...withRules(DEFAULT, [{ rule: broken, action: 'deny', options: {} }]), mode };
        const d = evaluate(decode(captured('run-compliant', 'container.create', set)), p);
        expect(d.allow, mode).to.equal(false);
        expect(d.msg).to.include('[DG_INTERNAL] rule broken failed: boom');
      }
    });
  });
});
