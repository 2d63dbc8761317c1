/** `dockgate validate [FILE]`: every problem with its JSON path, exit 0 valid, 1 invalid. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runValidate } from '../../../src/cli/validate.js';
import { RULES } from '../../../src/rules/index.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = new URL('../../../', import.meta.url).pathname;

describe('dockgate validate', () => {
  const tmp = useTempDir('dockgate-validate-');
  const file = tmp.file;

  for (const name of ['policy.json', 'audit.json', 'strict.json']) {
    it(`accepts the shipped config/${name} and summarises it`, () => {
      const path = join(root, 'config', name);
      const out = runValidate(path);
      expect(out.exitCode).to.equal(0);
      const version = createHash('sha256').update(readFileSync(path, 'utf8')).digest('hex').slice(0, 12);
      const m = new RegExp(`^${path.replaceAll('.', '\\.')}: ok \\(policy version ${version}, mode (enforce|audit), (\\d+) rules: (\\d+) deny, (\\d+) warn, (\\d+) off\\)$`).exec(out.text);
      expect(m, out.text).to.not.equal(null);
      const [total, deny, warn, off] = [m?.[2], m?.[3], m?.[4], m?.[5]].map(Number);
      expect(total).to.equal(RULES.length);
      expect(deny! + warn! + off!).to.equal(total);
      expect(m?.[1]).to.equal(name === 'audit.json' ? 'audit' : 'enforce');
    });
  }

  it('counts the actions a policy chooses, defaults included', () => {
    const path = file('small.json', JSON.stringify({ mode: 'audit', rules: { privileged: 'off', 'swarm-init': 'deny', 'host-uts': 'warn' } }));
    const out = runValidate(path);
    expect(out.exitCode).to.equal(0);
    const defaults = { deny: 0, warn: 0, off: 0 };
    for (const r of RULES) defaults[r.meta.defaultAction] += 1;
    // privileged (deny -> off), swarm-init (warn -> deny), host-uts (deny -> warn)
    const expected = `${String(RULES.length)} rules: ${String(defaults.deny - 1)} deny, ${String(defaults.warn)} warn, ${String(defaults.off + 1)} off`;
    expect(out.text).to.include('mode audit').and.include(expected);
  });

  it('prints every problem, one per line, with the file and its JSON path', () => {
    const path = file('bad.json', JSON.stringify({
      mode: 'enforce',
      rules: {
        'restart-policy': { action: 'deny', options: { maxRetries: 'five' } },
        'no-such-rule': 'deny',
        privileged: 'block',
      },
      extra: true,
    }));
    const out = runValidate(path);
    expect(out.exitCode).to.equal(1);
    const lines = out.text.split('\n');
    for (const l of lines) expect(l).to.match(new RegExp(`^${path.replaceAll('.', '\\.')}: /\\S*: .+`));
    expect(lines).to.include(`${path}: /rules/restart-policy/options/maxRetries: must be integer (found "five")`);
    expect(lines).to.include(`${path}: /: unknown property "extra"`);
    expect(out.text).to.include(`${path}: /rules: unknown property "no-such-rule"`);
    expect(out.text).to.include(`${path}: /rules/privileged: must be equal to one of the allowed values: "deny", "warn", "off" (found "block")`);
  });

  it('rejects an unknown option and a missing mode', () => {
    const out = runValidate(file('opts.json', JSON.stringify({ rules: { 'memory-limit': { action: 'deny', options: { maximum: '1g' } } } })));
    expect(out.exitCode).to.equal(1);
    expect(out.text).to.include(': /rules/memory-limit/options: unknown property "maximum"');
    expect(out.text).to.match(/: \/: must have required property 'mode'/);
  });

  it('rejects text that is not JSON, an empty file, a JSON array, a missing file and a folder, with exit 1', () => {
    const cases: [string, RegExp][] = [
      [file('garbage.json', '{not json'), /: \/: not valid JSON: /],
      [file('empty.json', ''), /: \/: not valid JSON: /],
      [file('array.json', '[]'), /: \/: must be object/],
      [tmp.path('missing.json'), /: \/: cannot read the file: ENOENT/],
    ];
    mkdirSync(tmp.path('folder.json'));
    cases.push([tmp.path('folder.json'), /: \/: cannot read the file: not a regular file/]);
    for (const [path, expected] of cases) {
      const out = runValidate(path);
      expect(out.exitCode, path).to.equal(1);
      expect(out.text, path).to.match(expected);
      expect(out.text.startsWith(`${path}: `), path).to.equal(true);
    }
  });

  describe('the command', function () {
    this.timeout(30_000);
    const cli = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/index.ts'), 'validate', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DOCKGATE_POLICY: '', ...env } });

    it('validates the default policy when given no file, and exits 0', () => {
      const r = cli([]);
      expect(r.status).to.equal(0);
      expect(r.stdout).to.match(new RegExp(`^${join(root, 'config/policy.json').replaceAll('.', '\\.')}: ok \\(policy version [0-9a-f]{12}, mode enforce, `));
    });

    it('takes DOCKGATE_POLICY as the default, like serve, and exits 1 on an invalid policy', () => {
      const bad = file('env-bad.json', JSON.stringify({ mode: 'sometimes', rules: {} }));
      const r = cli([], { DOCKGATE_POLICY: bad });
      expect(r.status).to.equal(1);
      expect(r.stdout).to.include(`${bad}: /mode: must be equal to one of the allowed values: "enforce", "audit" (found "sometimes")`);
      const good = cli([join(root, 'config/strict.json')], { DOCKGATE_POLICY: bad });
      expect(good.status).to.equal(0);
    });
  });
});
