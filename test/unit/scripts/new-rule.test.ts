/** `npm run new-rule <id>` (scripts/new-rule.ts): what it writes and where it registers the rule. */
import { expect } from 'chai';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { camel, registered, scaffoldRule, withReadmeRow } from '../../../scripts/new-rule.js';
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
    const text = registered(index, 'no-host-time');
    const imports = text.split('\n').filter((l) => /^import [a-zA-Z]+ from '\.\//.test(l));
    expect(imports).to.include("import noHostTime from './no-host-time.js';");
    expect([...imports].sort()).to.deep.equal(imports);
    expect(text).to.include(`  ${camel(RULES.at(-1)?.meta.id ?? '')},\n  noHostTime,\n];`);
  });

  it('adds the README row after the last row of the rule table', () => {
    const lines = withReadmeRow(readme, 'no-host-time').split('\n');
    const row = lines.findIndex((l) => l.startsWith('| `no-host-time` |'));
    expect(lines[row - 1]).to.match(new RegExp(`^\\| \`${RULES.at(-1)?.meta.id ?? ''}\` \\|`));
    expect(lines[row]).to.equal('| `no-host-time` | - | medium | warn | TODO | [no-host-time](docs/rules/no-host-time.md) |');
  });

  describe('on a tree', () => {
    let tree = '';
    beforeEach(() => {
      tree = mkdtempSync(join(tmpdir(), 'dg-new-rule-'));
      for (const dir of ['src/rules', 'test/unit/rules', 'docs/rules']) mkdirSync(join(tree, dir), { recursive: true });
      copyFileSync(join(root, 'src/rules/index.ts'), join(tree, 'src/rules/index.ts'));
      copyFileSync(join(root, 'README.md'), join(tree, 'README.md'));
    });
    afterEach(() => {
      rmSync(tree, { recursive: true, force: true });
    });

    it('writes the rule, its test and its doc, registers it and adds its README row', () => {
      expect(scaffoldRule(tree, 'no-host-time')).to.deep.equal(['src/rules/no-host-time.ts', 'test/unit/rules/no-host-time.test.ts', 'docs/rules/no-host-time.md', 'src/rules/index.ts', 'README.md']);
      expect(readFileSync(join(tree, 'src/rules/no-host-time.ts'), 'utf8')).to.include("id: 'no-host-time'");
      expect(readFileSync(join(tree, 'test/unit/rules/no-host-time.test.ts'), 'utf8')).to.include("import rule from '../../../src/rules/no-host-time.js';");
      expect(readFileSync(join(tree, 'docs/rules/no-host-time.md'), 'utf8')).to.match(/^# no-host-time\n/);
      expect(readFileSync(join(tree, 'src/rules/index.ts'), 'utf8')).to.equal(registered(index, 'no-host-time'));
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
