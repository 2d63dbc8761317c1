/**
 * `npm run new-rule <id>` (scripts/new-rule.ts): what it writes and where it registers the rule.
 * The README row and the shipped policies' entries are npm run gen's (test/unit/scripts/gen.test.ts):
 * shown here on a registry with the scaffolded rule in it.
 */
import { expect } from 'chai';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyText, readmeText } from '../../../scripts/gen.js';
import { camel, registered, scaffoldRule } from '../../../scripts/new-rule.js';
import { SHIPPED_POLICIES } from '../../../scripts/shipped-policies.js';
import { defineRule, type AnyRule } from '../../../src/core/rule.js';
import { RULES } from '../../../src/rules/index.js';

const root = new URL('../../../', import.meta.url).pathname;
const index = readFileSync(join(root, 'src/rules/index.ts'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('scripts/new-rule', () => {
  it('names the import in camel case', () => {
    expect(camel('no-host-time')).to.equal('noHostTime');
    expect(camel('sshd')).to.equal('sshd');
  });

  it('imports the rule in order and appends it to RULES', () => {
    const text = registered(index, 'example-new-rule');
    const imports = text.split('\n').filter((l) => /^import [a-zA-Z]+ from '\.\//.test(l));
    expect(imports).to.include("import exampleNewRule from './example-new-rule.js';");
    expect([...imports].sort()).to.deep.equal(imports);
    expect(text).to.include(`  ${camel(RULES.at(-1)?.meta.id ?? '')},\n  exampleNewRule,\n];`);
  });

  describe('npm run gen with the new rule registered', () => {
    // The scaffold's metadata as it writes it (a warn rule of severity medium, no options).
    const scaffolded: AnyRule = defineRule({
      meta: { id: 'example-new-rule', title: 'TODO', summary: 'TODO: what it checks', cis: undefined, severity: 'medium', description: 'TODO', remediation: 'TODO', defaultAction: 'warn', operations: ['container.create'], optionsSchema: { type: 'object', additionalProperties: false, properties: {} } },
      defaultOptions: {},
      create: () => ({ 'container.create': () => [] }),
    });
    const rules = [...RULES, scaffolded];

    it('adds its README row after the last row of the rule table', () => {
      const lines = readmeText(readme, rules).split('\n');
      const row = lines.findIndex((l) => l.startsWith('| `example-new-rule` |'));
      expect(lines[row - 1]).to.match(new RegExp(`^\\| \`${RULES.at(-1)?.meta.id ?? ''}\` \\|`));
      expect(lines[row]).to.equal('| `example-new-rule` | - | medium | warn | TODO: what it checks | [TODO](docs/rules/example-new-rule.md) |');
    });

    for (const policy of SHIPPED_POLICIES) {
      it(`adds it to ${policy.path} (${policy.action === 'default' ? 'warn, its default' : policy.action}), the rest of the text as it is`, () => {
        const text = readFileSync(join(root, policy.path), 'utf8');
        const out = policyText(policy, rules);
        const doc = JSON.parse(out) as { rules: Record<string, unknown> };
        expect(Object.keys(doc.rules).at(-1)).to.equal('example-new-rule');
        expect(doc.rules['example-new-rule']).to.equal(policy.action === 'default' ? 'warn' : policy.action);
        expect(JSON.parse(text)).to.deep.equal({ ...doc, rules: Object.fromEntries(Object.entries(doc.rules).filter(([k]) => k !== 'example-new-rule')) });
        expect(out.split('\n').length).to.equal(text.split('\n').length + 1);
      });
    }
  });

  describe('on a tree', () => {
    let tree = '';
    beforeEach(() => {
      tree = mkdtempSync(join(tmpdir(), 'dg-new-rule-'));
      for (const dir of ['src/rules', 'test/unit/rules', 'docs/rules']) mkdirSync(join(tree, dir), { recursive: true });
      copyFileSync(join(root, 'src/rules/index.ts'), join(tree, 'src/rules/index.ts'));
    });
    afterEach(() => {
      rmSync(tree, { recursive: true, force: true });
    });

    it('writes the rule, its test and its doc and registers it (nothing else: the rest is npm run gen\'s)', () => {
      expect(scaffoldRule(tree, 'example-new-rule')).to.deep.equal(['src/rules/example-new-rule.ts', 'test/unit/rules/example-new-rule.test.ts', 'docs/rules/example-new-rule.md', 'src/rules/index.ts']);
      expect(readFileSync(join(tree, 'src/rules/example-new-rule.ts'), 'utf8')).to.include("id: 'example-new-rule'");
      expect(readFileSync(join(tree, 'test/unit/rules/example-new-rule.test.ts'), 'utf8')).to.include("import rule from '../../../src/rules/example-new-rule.js';");
      expect(readFileSync(join(tree, 'docs/rules/example-new-rule.md'), 'utf8')).to.match(/^# example-new-rule\n/);
      expect(readFileSync(join(tree, 'src/rules/index.ts'), 'utf8')).to.equal(registered(index, 'example-new-rule'));
    });

    it('refuses an id that is not one, and one that exists', () => {
      expect(() => scaffoldRule(tree, 'No_Host')).to.throw('is not a rule id');
      expect(() => scaffoldRule(tree, 'privileged-')).to.throw('is not a rule id');
      copyFileSync(join(root, 'src/rules/privileged.ts'), join(tree, 'src/rules/privileged.ts'));
      expect(() => scaffoldRule(tree, 'privileged')).to.throw('exists already');
      expect(existsSync(join(tree, 'docs/rules/privileged.md'))).to.equal(false);
    });
  });
});
