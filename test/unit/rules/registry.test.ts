/** Every rule has its file, test, doc and README row, under its id; ids are unique. */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { RULES } from '../../../src/rules/index.js';

const root = new URL('../../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

describe('rule registry', () => {
  it('has unique, stable-looking ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z][a-z0-9-]*$/);
  });
  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id}: source, test, doc and README row`, () => {
      expect(existsSync(new URL(`src/rules/${id}.ts`, root)), 'source').to.equal(true);
      expect(existsSync(new URL(`test/unit/rules/${id}.test.ts`, root)), 'test').to.equal(true);
      const doc = new URL(`docs/rules/${id}.md`, root);
      expect(existsSync(doc), 'doc').to.equal(true);
      expect(readFileSync(doc, 'utf8')).to.match(new RegExp(`^# ${id}\\n`));
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
      expect(row, 'README rule table row').to.not.equal(undefined);
      if (rule.meta.cis) expect(row).to.include(rule.meta.cis);
      expect(row).to.include(`| ${rule.meta.severity} | ${rule.meta.defaultAction} |`);
    });
    it(`${id}: metadata is complete`, () => {
      expect(rule.meta.title).to.not.equal('');
      expect(rule.meta.remediation).to.not.equal('');
      expect(rule.meta.operations).to.not.be.empty;
      expect(rule.meta.optionsSchema).to.include({ type: 'object', additionalProperties: false });
    });
  }
});
