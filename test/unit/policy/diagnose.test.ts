/** The pieces of `dockgate validate`: edit distance, JSON locations, the error-code catalogue. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { POLICY_CODES } from '../../../src/policy/codes.js';
import { diagnosePolicyText } from '../../../src/policy/load.js';
import { locate } from '../../../src/policy/json-locate.js';
import { closest, editDistance } from '../../../src/policy/suggest.js';
import { missingFieldReason } from '../../../src/policy/field-paths.js';
import type { Operation } from '../../../src/request/routes.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('policy diagnostics', () => {
  describe('edit distance and "did you mean"', () => {
    const table: [string, string, number][] = [['privileged', 'privilegd', 1], ['host-pid', 'host-ipc', 2], ['ab', 'ba', 1], ['', 'abc', 3], ['level', 'levle', 1]];
    for (const [a, b, d] of table) it(`${a} / ${b}: ${String(d)}`, () => expect(editDistance(a, b)).to.equal(d));
    it('suggests only close names, case first', () => {
      expect(closest('privilegd', ['privileged', 'host-pid'])).to.equal('privileged');
      expect(closest('PRIVILEGED', ['privileged'])).to.equal('privileged');
      expect(closest('xyz', ['privileged', 'host-pid'])).to.equal(undefined);
      expect(closest('ab', ['xy'])).to.equal(undefined);
    });
  });

  describe('locations', () => {
    it('values and keys by JSON pointer, nested arrays, escaped keys', () => {
      const text = '{\n  "a": [1, {"b/c": true}],\n  "d~e": "x"\n}';
      const where = locate(text);
      if (!where.ok) throw new Error(where.message);
      expect(where.values.get('/a/1/b~1c')).to.include({ line: 2, column: 20 });
      expect(where.keys.get('/a/1/b~1c')).to.include({ line: 2, column: 13 });
      expect(where.keys.get('/d~0e')).to.include({ line: 3, column: 3 });
      expect(where.duplicates).to.deep.equal([]);
    });
    const bad: [string, string, number, number][] = [
      ['trailing comma in an array', '[1,]', 1, 4],
      ['a comment', '{\n// no\n}', 2, 1],
      ['a bare word', '{"a": yes}', 1, 7],
      ['an unclosed string', '{"a": "x}', 1, 7],
      ['text after the value', '{} {}', 1, 4],
      ['a leading zero', '{"a": 01}', 1, 8],
    ];
    for (const [name, text, line, column] of bad) {
      it(`syntax: ${name} at ${String(line)}:${String(column)}, as JSON.parse refuses it`, () => {
        expect(() => JSON.parse(text) as unknown).to.throw(SyntaxError);
        const where = locate(text);
        expect(where.ok).to.equal(false);
        if (!where.ok) expect([where.position.line, where.position.column]).to.deep.equal([line, column]);
      });
    }
    it('accepts what JSON.parse accepts', () => {
      for (const text of ['{}', '[]', '"s"', '-0.5e+3', '{"a":"\\u00e9\\n","b":[null,true,false]}', ' \n{ "a" : { } } \n']) {
        expect(locate(text).ok, text).to.equal(true);
      }
    });
  });

  describe('custom-rule fields in the request view', () => {
    const table: [string, readonly Operation[], string | undefined][] = [
      ['body.hostConfig.NetworkMode', ['container.create'], undefined],
      ['body.hostConfig.Binds', ['container.create'], undefined],
      ['body.config.Labels.com.example.team', ['container.create'], undefined],
      ['body.hostConfig.RestartPolicy.Name', ['container.create'], undefined],
      ['body.spec.TaskTemplate.ContainerSpec.Image', ['service.create'], undefined],
      ['body.exec.Privileged', ['container.exec'], undefined],
      ['body.update.Memory', ['container.update'], undefined],
      ['body.volume.DriverOpts.device', ['volume.create'], undefined],
      ['query.name', ['container.create'], undefined],
      ['params.name', ['container.exec'], undefined],
      ['user', ['container.create'], undefined],
      ['body.hostConfig.Privileges', ['container.create'], 'body.hostConfig (container.HostConfig) has no field "Privileges"; did you mean "Privileged"?'],
      ['body.spec.TaskTemplate.ContainerSpec.Img', ['service.create'], 'body.spec.TaskTemplate.ContainerSpec (swarm.ContainerSpec) has no field "Img"'],
      ['user.name', ['container.create'], 'user is a string: it has no field "name"'],
      ['body.config.__proto__', ['container.create'], 'body.config (container.Config) has no field "__proto__"'],
    ];
    for (const [field, ops, want] of table) {
      it(`${field} on ${ops.join(',')}`, () => {
        const got = missingFieldReason(field, ops);
        if (want === undefined) expect(got).to.equal(undefined);
        else expect(got).to.be.a('string').that.satisfies((s: string) => s.startsWith(want));
      });
    }
  });

  it('every diagnostic of a mixed document has a catalogued code', () => {
    const { diagnostics } = diagnosePolicyText(JSON.stringify({ mode: 'x', rules: { privileged: 1, a: 'deny', capabilities: { action: 'deny', options: { allowed: ['NOPE', 'ALL'] } } }, exemptions: [{ id: 'A', reason: '', rules: [], images: ['x'] }], log: { sampleAllow: 2 } }));
    expect(diagnostics.length).to.be.greaterThan(5);
    for (const d of diagnostics) expect(POLICY_CODES, d.message).to.have.property(d.code);
  });

  it('README lists every code in its catalogue, with its severity', () => {
    for (const [code, info] of Object.entries(POLICY_CODES)) {
      expect(readme, code).to.match(new RegExp(`^\\| \`${code}\` \\| ${info.severity} \\|`, 'm'));
    }
  });
});
