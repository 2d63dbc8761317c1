/**
 * Custom rules without code (src/policy/custom-rules.ts): public field paths (the table is
 * test/unit/policy/field-paths.test.ts), operators, compiled into field rules and run with the
 * built-in rules through the real loader and engine.
 */
import { expect } from 'chai';
import { evaluate } from '../../../src/engine/engine.js';
import { parsePolicy, PolicyError, type Policy } from '../../../src/policy/load.js';
import { apiRequest, captured, cli, CliRequest, decode, eachSet, FIXTURE_SETS, type RawEnvelope } from '../../helpers/fixtures.js';

const CREATE = ['container.create'];
const custom = (rule: object, doc: object = {}): Policy =>
  parsePolicy(JSON.stringify({ mode: 'enforce', rules: { 'memory-limit': 'off', 'read-only-rootfs': 'off' }, customRules: [{ id: 'custom/r', operations: CREATE, message: 'not here', action: 'deny', ...rule }], ...doc }), 'test');
const create = (body: object, query = ''): RawEnvelope => apiRequest('POST', `/v1.41/containers/create${query}`, { Image: 'busybox', ...body });
const findings = (raw: RawEnvelope, p: Policy): string[] => evaluate(decode(raw), p).violations.filter((v) => v.rule === 'custom/r').map((v) => `${v.finding.field}=${v.finding.found}`);

function issuesOf(rule: object): string[] {
  try {
    custom(rule);
  } catch (err) {
    if (err instanceof PolicyError) return err.issues.map((i) => `${i.path}: ${i.message}`);
    throw err;
  }
  return [];
}

describe('custom rules', () => {
  describe('operators and field paths', () => {
    // rule, request, what it finds ('' = nothing)
    // (a captured request runs once per fixture set)
    const table: [string, object, RawEnvelope | CliRequest, string][] = [
      ['equals (captured --network host)', { field: 'body.hostConfig.NetworkMode', operator: 'equals', value: 'host' }, cli('run-net-host', 'container.create'), 'body.hostConfig.NetworkMode=host'],
      ['equals, no match', { field: 'body.hostConfig.NetworkMode', operator: 'equals', value: 'host' }, cli('run-compliant', 'container.create'), ''],
      ['equals a boolean', { field: 'body.hostConfig.Privileged', operator: 'equals', value: true }, cli('run-privileged', 'container.create'), 'body.hostConfig.Privileged=true'],
      ['in', { field: 'body.hostConfig.NetworkMode', operator: 'in', value: ['host', 'none'] }, cli('run-name', 'container.create'), 'body.hostConfig.NetworkMode=none'],
      ['glob on an array: any element (captured -v /:/host)', { field: 'body.hostConfig.Binds', operator: 'glob', value: '/:/**' }, cli('run-bind-root', 'container.create'), 'body.hostConfig.Binds=/:/host'],
      ['glob on the image (** crosses slashes)', { field: 'body.config.Image', operator: 'glob', value: '**/*:latest' }, cli('run-latest', 'container.create'), 'body.config.Image=dockgate-test/busybox:latest'],
      ['glob: * does not cross a slash', { field: 'body.config.Image', operator: 'glob', value: '*:latest' }, cli('run-latest', 'container.create'), ''],
      ['regex on the image', { field: 'body.config.Image', operator: 'regex', value: '^dockgate-test/' }, cli('run-plain', 'container.create'), 'body.config.Image=dockgate-test/busybox:1.36'],
      ['regex, no match', { field: 'body.config.Image', operator: 'regex', value: '^registry\\.example\\.com/' }, create({}), ''],
      ['query parameter (?name=)', { field: 'query.name', operator: 'glob', value: 'dg-*' }, cli('run-name', 'container.create'), 'query.name=dg-named'],
      ['a Map key (label)', { field: 'body.config.Labels.team', operator: 'equals', value: 'red' }, create({ Labels: { team: 'red' } }), 'body.config.Labels.team=red'],
      ['a Map key with dots', { field: 'body.config.Labels.com.example.team', operator: 'exists' }, create({ Labels: { 'com.example.team': 'x' } }), 'body.config.Labels.com.example.team=x'],
      ['exists: a missing label', { field: 'body.config.Labels.team', operator: 'exists' }, create({}), ''],
      ['exists: zero values are not set', { field: 'body.hostConfig.CgroupParent', operator: 'exists' }, create({}), ''],
      ['exists: an empty array is not set', { field: 'body.hostConfig.Binds', operator: 'exists' }, create({ HostConfig: { Binds: [] } }), ''],
      ['exists: a non-empty map', { field: 'body.config.Labels', operator: 'exists' }, create({ Labels: { a: 'b' } }), 'body.config.Labels=set'],
      ['greater-than', { field: 'body.hostConfig.Memory', operator: 'greater-than', value: 1024 ** 3 }, create({ HostConfig: { Memory: 2 * 1024 ** 3 } }), `body.hostConfig.Memory=${String(2 * 1024 ** 3)}`],
      ['greater-than, not more', { field: 'body.hostConfig.Memory', operator: 'greater-than', value: 1024 ** 3 }, create({ HostConfig: { Memory: 1024 } }), ''],
      ['the TLS user', { field: 'user', operator: 'glob', value: 'contractor-*' }, { ...create({}), User: 'contractor-7' }, 'user=contractor-7'],
      ['a route parameter', { operations: ['container.start'], field: 'params.name', operator: 'glob', value: 'db-*' }, apiRequest('POST', '/v1.41/containers/db-1/start'), 'params.name=db-1'],
      ['the whole query (exists: any parameter)', { field: 'query', operator: 'exists' }, cli('run-name', 'container.create'), 'query=set'],
      ['a list of structs fans out (captured --mount)', { field: 'body.hostConfig.Mounts.Type', operator: 'equals', value: 'bind' }, cli('run-mount-bind', 'container.create'), 'body.hostConfig.Mounts.Type=bind'],
      ['the body kind', { operations: ['container.update'], field: 'body.kind', operator: 'equals', value: 'container.update' }, cli('update-memory', 'container.update'), 'body.kind=container.update'],
      ['a service spec (captured)', { operations: ['service.create'], field: 'body.spec.TaskTemplate.ContainerSpec.Image', operator: 'glob', value: 'dockgate-test/**' }, cli('service-create-plain', 'service.create'), 'body.spec.TaskTemplate.ContainerSpec.Image=dockgate-test/busybox:1.36'],
      ['a network body (captured --internal)', { operations: ['network.create'], field: 'body.network.Internal', operator: 'equals', value: true }, cli('network-create', 'network.create'), 'body.network.Internal=true'],
      ['a path of another operation finds nothing on this one', { operations: ['container.create', 'container.exec'], field: 'body.exec.User', operator: 'exists' }, cli('run-name', 'container.create'), ''],
    ];
    for (const [name, rule, raw, want] of table) {
      if (raw instanceof CliRequest) {
        for (const set of FIXTURE_SETS) {
          it(`${name} [${set}]`, () => {
            expect(findings(raw.in(set), custom(rule)).join('; ')).to.equal(want);
          });
        }
        continue;
      }
      it(name, () => {
        expect(findings(raw, custom(rule)).join('; ')).to.equal(want);
      });
    }
  });

  it('runs only for its operations', () => {
    const p = custom({ operations: ['container.exec'], field: 'user', operator: 'exists' });
    expect(findings({ ...create({}), User: 'u' }, p)).to.deep.equal([]);
  });

  eachSet((set) => {
    it('denies with the built-in message format: [id] field=value: message; fix', () => {
      const p = custom({ id: 'custom/no-host-network', field: 'body.hostConfig.NetworkMode', operator: 'equals', value: 'host', message: 'host networking is not allowed here', fix: 'use --network mynet' });
      const d = evaluate(decode(captured('run-net-host', 'container.create', set)), p);
      expect(d.allow).to.equal(false);
      expect(d.msg).to.include('[custom/no-host-network] body.hostConfig.NetworkMode=host: host networking is not allowed here; use --network mynet');
    });

    it('warn allows; audit mode would deny; exemptions and profiles apply', () => {
      const rule = { field: 'body.hostConfig.NetworkMode', operator: 'equals', value: 'host' };
      const req = captured('run-net-host', 'container.create', set);
      const noBuiltIn = { 'host-network': 'off', 'memory-limit': 'off', 'read-only-rootfs': 'off' };
      expect(evaluate(decode(req), custom({ ...rule, action: 'warn' }, { rules: noBuiltIn }))).to.include({ allow: true, wouldDeny: false });
      expect(evaluate(decode(req), custom(rule, { mode: 'audit', rules: noBuiltIn }))).to.include({ allow: true, wouldDeny: true });
      const exempt = custom(rule, { rules: noBuiltIn, exemptions: [{ id: 'ci', reason: 'r', rules: ['custom/r'], users: ['ci-*'] }] });
      expect(evaluate(decode({ ...req, User: 'ci-1' }), exempt).allow).to.equal(true);
      expect(evaluate(decode(req), exempt).allow).to.equal(false);
      const profiled = custom(rule, { rules: noBuiltIn, profiles: [{ id: 'ops', users: ['ops-*'], rules: { 'custom/r': 'off' } }] });
      expect(evaluate(decode({ ...req, User: 'ops-1' }), profiled)).to.include({ allow: true, profile: 'ops' });
      expect(evaluate(decode({ ...req, User: 'dev-1' }), profiled).allow).to.equal(false);
    });
  });

  it('compiles the regex once, at load', () => {
    const p = custom({ field: 'body.config.Image', operator: 'regex', value: 'x' });
    const rule = p.rules.find((r) => r.rule.meta.id === 'custom/r');
    expect(rule).to.deep.include({ action: 'deny', options: {} });
  });

  describe('rejects invalid custom rules, naming the JSON path', () => {
    const invalid: [string, object, string][] = [
      ['unknown operator', { field: 'user', operator: 'matches', value: 'x' }, '/customRules/0/operator: expected "equals", "in", "glob", "regex", "exists" or "greater-than" (found "matches")'],
      ['a path through a missing object', { field: 'body.hostConfig.RestartPolicy.Nope.Deeper', operator: 'exists' }, '/customRules/0/field: body.hostConfig.RestartPolicy (container.RestartPolicy) has no field "Nope": the rule would never fire'],
      ['no prototype walk', { field: 'body.config.constructor.name', operator: 'exists' }, '/customRules/0/field: body.config (container.Config) has no field "constructor"'],
      ['a field in the wrong case', { field: 'body.hostConfig.privileged', operator: 'equals', value: true }, '/customRules/0/field: body.hostConfig (container.HostConfig) has no field "privileged"; did you mean "Privileged"?: the rule would never fire (found "body.hostConfig.privileged")'],
      ['a body its operations never have', { field: 'body.exec.User', operator: 'exists' }, "/customRules/0/field: body.exec is only in container.exec requests, and this rule's operations are container.create: the rule would never fire"],
      ['a field below a string', { field: 'body.hostConfig.NetworkMode.x', operator: 'exists' }, '/customRules/0/field: body.hostConfig.NetworkMode is a string: it has no field "x"'],
      ['an unknown body key', { field: 'body.hostconfig.Privileged', operator: 'exists' }, '/customRules/0/field: body has no field "hostconfig"; did you mean "hostConfig"?'],
      ['a route parameter the operation lacks', { field: 'params.nme', operator: 'exists' }, '/customRules/0/field: no route of container.create has the parameter "nme"'],
      ['invalid regex', { field: 'user', operator: 'regex', value: '(' }, '/customRules/0/value: not a valid regular expression'],
      ['regex that backtracks exponentially (nested quantifier)', { field: 'body.config.Image', operator: 'regex', value: '^(a+)+$' }, '/customRules/0/value: regular expression refused: a repeated group holds a quantifier'],
      ['regex that backtracks exponentially (alternation)', { field: 'body.config.Image', operator: 'regex', value: '^(?:a|a)*$' }, '/customRules/0/value: regular expression refused'],
      ['regex with a backreference', { field: 'body.config.Image', operator: 'regex', value: '(a)\\1' }, '/customRules/0/value: regular expression refused: backreferences are not allowed'],
      ['regex too long', { field: 'user', operator: 'regex', value: 'a'.repeat(300) }, '/customRules/0/value: must NOT have more than 256 characters'],
      ['equals without a value', { field: 'user', operator: 'equals' }, '/customRules/0: missing required property "value"'],
      ['in with a non-list', { field: 'user', operator: 'in', value: 'x' }, '/customRules/0/value: must be array'],
      ['greater-than with a string', { field: 'body.hostConfig.Memory', operator: 'greater-than', value: '1g' }, '/customRules/0/value: must be number'],
      ['exists with a value', { field: 'user', operator: 'exists', value: 'x' }, '/customRules/0/value: exists takes no value'],
      ['Env of a create', { field: 'body.config.Env', operator: 'exists' }, '/customRules/0/field: Env values are secrets'],
      ['Env of an exec', { field: 'body.exec.Env', operator: 'glob', value: 'A=*' }, '/customRules/0/field: Env values are secrets'],
      ['Env of a service', { operations: ['service.create'], field: 'body.spec.TaskTemplate.ContainerSpec.Env', operator: 'exists' }, '/customRules/0/field: Env values are secrets'],
      ['unknown root', { field: 'problems.0', operator: 'exists' }, '/customRules/0/field: must start with one of'],
      ['bad field syntax', { field: 'body..x', operator: 'exists' }, '/customRules/0/field: must match pattern'],
      ['a built-in id', { id: 'privileged', field: 'user', operator: 'exists' }, '/customRules/0/id: must match pattern'],
      ['unknown operation', { operations: ['container.run'], field: 'user', operator: 'exists' }, '/customRules/0/operations/0: expected "build.cancel"'],
      ['no message', { message: undefined, field: 'user', operator: 'exists' }, '/customRules/0: missing required property "message"'],
      ['bad action', { action: 'block', field: 'user', operator: 'exists' }, '/customRules/0/action: expected "deny", "warn" or "off" (found "block")'],
    ];
    for (const [name, rule, want] of invalid) {
      it(name, () => {
        expect(issuesOf(rule).join('\n')).to.include(want);
      });
    }
    it('duplicate ids, and references to custom rules that do not exist', () => {
      const base = { id: 'custom/a', operations: CREATE, field: 'user', operator: 'exists', message: 'm', action: 'deny' };
      const issues = (doc: object): string => {
        try {
          parsePolicy(JSON.stringify({ mode: 'enforce', rules: {}, ...doc }), 't');
        } catch (err) {
          if (err instanceof PolicyError) return err.issues.map((i) => `${i.path}: ${i.message}`).join('\n');
          throw err;
        }
        return '';
      };
      expect(issues({ customRules: [base, base] })).to.include('/customRules/1/id: duplicate custom rule id "custom/a"');
      expect(issues({ customRules: [base], exemptions: [{ id: 'e', reason: 'r', rules: ['custom/b'], users: ['x'] }] })).to.include('/exemptions/0/rules/0: no custom rule has the id "custom/b"');
      expect(issues({ customRules: [base], profiles: [{ id: 'p', users: ['x'], rules: { 'custom/b': 'off' } }] })).to.include('/profiles/0/rules/custom~1b: no custom rule has the id "custom/b"');
    });
  });
});
