/**
 * `npm run gen` (scripts/gen.ts): every derived file (schema, validator, rule doc headers, the
 * README rule table, the shipped policies) is what the generator writes today, a change to a
 * rule's metadata changes them, and nothing is left over from a rule that no longer exists (a
 * doc, a test, a source file, a transitional README line). The other direction (every rule has
 * its source, test, doc and README row) is test/unit/rules/registry.test.ts.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { derivedFiles, policyText, README_TABLE_END, README_TABLE_START, readmeText, ROOT, ruleDocPath } from '../../../scripts/gen.js';
import { SHIPPED_POLICIES } from '../../../scripts/shipped-policies.js';
import { fieldPathFiles } from '../../../scripts/gen-field-paths.js';
import { FIELD_PATHS_DOC } from '../../../src/policy/field-paths.js';
import type { AnyRule, RuleMeta } from '../../../src/core/rule.js';
import { PROBLEM_CODES } from '../../../src/request/problems.js';
import { RULES } from '../../../src/rules/index.js';

const read = (path: string): string => readFileSync(resolve(ROOT, path), 'utf8');
const ids = new Set(RULES.map((r) => r.meta.id));

/** Files in test/unit/rules/ that test something other than one rule, with what they test. */
const NOT_RULE_TESTS: Readonly<Record<string, string>> = {
  'default-policy.test.ts': 'the shipped policies (config/*.json) through the engine',
  'host-paths-policy.test.ts': 'host-path rules together under the default policy',
  'lib.test.ts': 'src/rules/lib helpers',
  'nested-mounts.test.ts': 'src/rules/lib/nested-mounts.ts (remembered paths, where they lead now)',
  'registry.test.ts': 'the rule registry (every rule has its files)',
  'seccomp-profile.test.ts': 'src/rules/lib/seccomp-profile.ts and its default-profile data',
  'self-protection-chain.test.ts': 'self-protection with the daemon\'s authorization-plugin chain',
};

describe('npm run gen (scripts/gen.ts)', () => {
  describe('derived files are up to date', () => {
    for (const [path, text] of derivedFiles()) {
      it(path, () => {
        // A string comparison of the validator would print hundreds of kilobytes on failure.
        expect(read(path) === text, `${path} is stale: run npm run gen`).to.equal(true);
      });
    }
  });

  it('covers the custom-rule field path reference (scripts/gen-field-paths.ts)', () => {
    const files = derivedFiles();
    for (const [path, text] of fieldPathFiles()) expect(files.get(path) === text, `${path} is not among the derived files`).to.equal(true);
    expect([...fieldPathFiles().keys()]).to.include(FIELD_PATHS_DOC);
  });

  describe('nothing without a rule', () => {
    it('every docs/rules/*.md is a rule\'s doc', () => {
      const orphans = readdirSync(resolve(ROOT, 'docs/rules')).filter((f) => f.endsWith('.md') && !ids.has(f.slice(0, -'.md'.length)));
      expect(orphans, 'docs without a rule').to.deep.equal([]);
    });
    it('every test/unit/rules/*.test.ts is a rule\'s test or a named other test', () => {
      const orphans = readdirSync(resolve(ROOT, 'test/unit/rules')).filter((f) => f.endsWith('.test.ts') && !ids.has(f.slice(0, -'.test.ts'.length)) && NOT_RULE_TESTS[f] === undefined);
      expect(orphans, 'tests without a rule (or add them to NOT_RULE_TESTS with what they test)').to.deep.equal([]);
    });
    it('every src/rules/*.ts is a registered rule (or the registry)', () => {
      const orphans = readdirSync(resolve(ROOT, 'src/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !ids.has(f.slice(0, -'.ts'.length)));
      expect(orphans, 'rule sources not in src/rules/index.ts').to.deep.equal([]);
    });
    it('every rule says in its metadata what it checks (the README table\'s cell), in one line', () => {
      expect(RULES.filter((r) => r.meta.summary.trim() === '' || r.meta.summary.includes('\n')).map((r) => r.meta.id)).to.deep.equal([]);
    });
  });

  describe('a change to a rule\'s metadata changes the derived files', () => {
    // What the staleness tests above compare against is what the generator makes of the rules'
    // metadata: a rule whose title, action or severity changes makes every file that shows it stale.
    const readme = read('README.md');
    const changed = (id: string, meta: Partial<RuleMeta>): AnyRule[] => RULES.map((r) => (r.meta.id === id ? { ...r, meta: { ...r.meta, ...meta } } : r));
    const swarmInit = RULES.find((r) => r.meta.id === 'swarm-init');
    it('the README table has one row per rule, between its markers, in the Rules section', () => {
      const section = readme.slice(readme.indexOf('\n## Rules\n'), readme.indexOf('\n## ', readme.indexOf('\n## Rules\n') + 1));
      const table = section.slice(section.indexOf(README_TABLE_START), section.indexOf(README_TABLE_END));
      const rows = table.split('\n').map((l) => /^\| `([a-z0-9-]+)` \|/.exec(l)?.[1]).filter((id): id is string => id !== undefined);
      expect(rows).to.deep.equal(RULES.map((r) => r.meta.id));
    });
    it('a rule\'s title, summary, severity or default action: its README row', () => {
      expect(swarmInit, 'swarm-init').to.not.equal(undefined);
      for (const meta of [{ title: 'Another title' }, { summary: 'something else' }, { severity: 'high' }, { defaultAction: 'deny' }] as const) {
        const text = readmeText(readme, changed('swarm-init', meta));
        expect(text, JSON.stringify(meta)).to.not.equal(readme);
        expect(text.split('\n').filter((l, i) => l !== readme.split('\n')[i]), JSON.stringify(meta)).to.have.length(1);
      }
    });
    it('a row shows the rule\'s summary, its CIS numbers (alsoCis after cis) and its title, linked to its doc', () => {
      const text = readmeText(readme, RULES.map((r) => (r.meta.id === 'swarm-init' ? { ...r, meta: { ...r.meta, id: 'no-such-rule', title: 'A title', summary: 'Checks `x`', cis: '5.1', alsoCis: ['5.2'] } } : r)));
      expect(text.split('\n').find((l) => l.startsWith('| `no-such-rule` |'))).to.match(/^\| `no-such-rule` \| 5\.1, 5\.2 \| \w+ \| \w+ \| Checks `x` \| \[A title\]\(docs\/rules\/no-such-rule\.md\) \|$/);
    });
    for (const policy of SHIPPED_POLICIES) {
      it(`a rule's default action or default options: ${policy.path}`, () => {
        const text = read(policy.path);
        expect(policyText(policy, changed('swarm-init', { defaultAction: 'off' })) !== text, 'defaultAction').to.equal(policy.action === 'default');
        const withOptions = RULES.map((r) => (r.meta.id === 'host-network' ? { ...r, defaultOptions: { allowContainerMode: true } } : r));
        expect(policyText(policy, withOptions) !== text, 'defaultOptions').to.equal(policy.showDefaults.includes('host-network'));
        const doc = JSON.parse(text) as { rules: Record<string, unknown> };
        expect(Object.keys(doc.rules)).to.deep.equal(RULES.map((r) => r.meta.id));
      });
    }
  });

  it('README "Requests dockgate cannot see or decode" has one row per request problem code, and no other', () => {
    const readme = read('README.md');
    const start = readme.indexOf('\n## Requests dockgate cannot see or decode\n');
    expect(start).to.be.greaterThan(-1);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const rows = section.split('\n').map((l) => /^\| `(DG_[A-Z_]+)` \|/.exec(l)?.[1]).filter((c): c is string => c !== undefined);
    expect([...rows].sort()).to.deep.equal(Object.keys(PROBLEM_CODES).sort());
  });

  describe('rule doc CIS rows agree with the metadata', () => {
    for (const rule of RULES) {
      it(rule.meta.id, () => {
        const row = read(ruleDocPath(rule.meta.id)).split('\n').find((l) => l.startsWith('| CIS Docker Benchmark |'));
        expect(row, 'CIS row').to.not.equal(undefined);
        expect(row).to.match(new RegExp(`^\\| CIS Docker Benchmark \\| ${rule.meta.cis === undefined ? '(?:none|-) ' : `${rule.meta.cis.replace('.', '\\.')}\\b`}`));
      });
    }
  });
});
