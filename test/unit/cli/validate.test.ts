/** `dockgate validate [FILE]`: every problem with its JSON path, exit 0 valid, 1 invalid. */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runValidate } from '../../../src/cli/validate.js';
import { RULES } from '../../../src/rules/index.js';
import { runCli } from '../../helpers/cli.js';
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

  describe('reports every problem at once, like a compiler (exact lines)', () => {
    // [name, file text, the expected lines after "FILE:"]
    const table: [string, string, string[]][] = [
      ['schema and semantic problems in one pass, each once, in file order', [
        '{',
        '  "mode": "enforcing",',
        '  "rules": {',
        '    "privileged": "block",',
        '    "privilegd": "deny",',
        '    "memory-limit": { "action": "deny", "options": { "maximum": "1g" } },',
        '    "restart-policy": { "action": "deny", "options": { "maxRetries": "five" } },',
        '    "capabilities": { "action": "deny", "options": { "allowed": ["net_bind_service", "NET_ADMN"] } }',
        '  },',
        '  "exemptions": [',
        '    { "id": "x", "reason": "r", "rules": ["privilegd", "self-protection"], "users": ["ci-*"] },',
        '    { "id": "x", "reason": "r", "rules": ["*"] }',
        '  ],',
        '  "log": { "levle": "info" }',
        '}',
      ].join('\n'), [
        '2:11  error  mode: expected "enforce" or "audit" (found "enforcing"); did you mean "enforce"?  [DG_POLICY_BAD_VALUE]',
        '4:19  error  rules.privileged: expected "deny", "warn", "off" or {action, options} (found "block")  [DG_POLICY_BAD_VALUE]',
        '5:5  error  rules.privilegd: unknown rule "privilegd"; did you mean "privileged"?  [DG_POLICY_UNKNOWN_RULE]',
        '6:54  error  rules.memory-limit.options.maximum: unknown option "maximum" for memory-limit; its options: max  [DG_POLICY_UNKNOWN_OPTION]',
        '7:70  error  rules.restart-policy.options.maxRetries: must be integer (found "five")  [DG_POLICY_TYPE]',
        '8:86  error  rules.capabilities.options.allowed[1]: unknown capability "NET_ADMN" (read as CAP_NET_ADMN, as the daemon reads it); did you mean "NET_ADMIN"?  [DG_POLICY_UNKNOWN_CAPABILITY]',
        '11:43  error  exemptions[0].rules[0]: unknown rule "privilegd"; did you mean "privileged"? (a rule id, "*" or custom/<name>)  [DG_POLICY_UNKNOWN_RULE]',
        '11:56  error  exemptions[0].rules[1]: self-protection cannot be exempted: set its adminUsers option instead  [DG_POLICY_NOT_EXEMPTIBLE]',
        '12:5  error  exemptions[1]: an exemption needs at least one selector: users, images or containerNames  [DG_POLICY_REQUIRED]',
        '12:13  error  exemptions[1].id: duplicate exemption id "x" (also exemptions[0]): the decision log names exemptions by id  [DG_POLICY_DUPLICATE_ID]',
        '14:12  error  log.levle: unknown property "levle"; did you mean "level"?  [DG_POLICY_UNKNOWN_PROPERTY]',
      ]],
      ['a custom rule on a field the request view does not have', JSON.stringify({
        mode: 'enforce', rules: {}, customRules: [
          { id: 'custom/a', operations: ['container.create'], field: 'body.hostConfig.privileged', operator: 'equals', value: true, message: 'm', action: 'deny' },
          { id: 'custom/a', operations: ['container.create'], field: 'body.exec.User', operator: 'exists', message: 'm', action: 'deny' },
        ],
      }), [
        'LINE  error  customRules[0].field: body.hostConfig (container.HostConfig) has no field "privileged"; did you mean "Privileged"?: the rule would never fire (found "body.hostConfig.privileged")  [DG_POLICY_UNKNOWN_FIELD]',
        'LINE  error  customRules[1].id: duplicate custom rule id "custom/a"  [DG_POLICY_DUPLICATE_ID]',
        'LINE  error  customRules[1].field: body.exec is only in container.exec requests, and this rule\'s operations are container.create: the rule would never fire (found "body.exec.User")  [DG_POLICY_UNKNOWN_FIELD]',
      ]],
      ['a key given twice', '{"mode": "enforce", "rules": {"privileged": "off"}, "rules": {}}', [
        '1:53  error  rules: "rules" is given twice in one object: only the last one would count; merge them  [DG_POLICY_DUPLICATE_KEY]',
      ]],
      ['a missing property and a wrong type', '{"rules": []}', [
        '1:1  error  missing required property "mode"  [DG_POLICY_REQUIRED]',
        '1:11  error  rules: must be object  [DG_POLICY_TYPE]',
      ]],
      ['a trailing comma: line, column and a caret', '{\n  "mode": "enforce",\n  "rules": {},\n}\n', [
        '4:1  error  not valid JSON: expected a property name after \',\' (a trailing comma is not JSON), found \'}\'  [DG_POLICY_JSON_SYNTAX]',
        '    4 | }',
        '        ^',
      ]],
      ['single quotes', '{\'mode\': \'enforce\'}', [
        '1:2  error  not valid JSON: expected a property name in double quotes, found \'\'\'  [DG_POLICY_JSON_SYNTAX]',
        '    1 | {\'mode\': \'enforce\'}',
        '         ^',
      ]],
      ['an unclosed object', '{"mode": "enforce", "rules": {}', [
        '1:32  error  not valid JSON: expected \',\' or \'}\' after a property value, found the end of the file  [DG_POLICY_JSON_SYNTAX]',
        '    1 | {"mode": "enforce", "rules": {}',
        '                                       ^',
      ]],
      ['an empty file', '', [
        '1:1  error  not valid JSON: the file is empty: a policy is a JSON object  [DG_POLICY_JSON_SYNTAX]',
        '    1 | ',
        '        ^',
      ]],
    ];
    for (const [name, text, want] of table) {
      it(name, () => {
        const path = file(`${name.replace(/\W+/g, '-')}.json`, text);
        const out = runValidate(path);
        expect(out.exitCode, out.text).to.equal(1);
        // One-line documents: LINE stands for 1:<column of the value>, checked apart.
        const lines = out.text.split('\n').map((l) => l.replace(/^(\S+):1:\d+ {2}(error {2}customRules)/, '$1:LINE  $2'));
        const errors = want.filter((l) => / {2}error {2}/.test(l)).length;
        expect(lines).to.deep.equal([
          ...want.map((l) => (l.startsWith(' ') ? l : `${path}:${l.replace(/^LINE/, 'LINE')}`)),
          '',
          `${String(errors)} problem${errors === 1 ? '' : 's'} (${String(errors)} error${errors === 1 ? '' : 's'}, 0 warnings): serve would refuse this policy`,
        ]);
      });
    }
  });

  it('warnings alone: exit 0, the policy is valid and says so', () => {
    const path = file('warn.json', JSON.stringify({
      mode: 'enforce', rules: { capabilities: { action: 'deny', options: { allowed: ['NET_BIND_SERVICE', 'all'] } } },
      exemptions: [{ id: 'builders', reason: 'r', rules: ['privileged'], images: ['registry.example.com/builder:*', 'registry.example.com/b@sha256:*'] }],
    }, null, 1));
    const out = runValidate(path);
    expect(out.exitCode, out.text).to.equal(0);
    const lines = out.text.split('\n');
    expect(lines.slice(0, 2).map((l) => l.replace(/:\d+:\d+ {2}/, ':L:C  '))).to.deep.equal([
      `${path}:L:C  warning  rules.capabilities.options.allowed[1]: ALL is never allowed, whatever allowed says: remove it and list the capabilities a workload needs  [DG_POLICY_NO_EFFECT]`,
      `${path}:L:C  warning  exemptions[0].images: exemption "builders" matches images by tag ("registry.example.com/builder:*"): anyone with API access can docker tag any image to match; list digests (name@sha256:...) and set "requireDigest": true  [DG_POLICY_TAG_EXEMPTION]`,
    ]);
    expect(lines[2]).to.match(/: ok \(policy version [0-9a-f]{12}, mode enforce, .*\); 2 warnings, valid anyway: serve would load it$/);
    // requireDigest: true silences it
    const pinned = runValidate(file('pinned.json', JSON.stringify({ mode: 'enforce', rules: {}, exemptions: [{ id: 'b', reason: 'r', rules: ['privileged'], images: ['r/b:*'], requireDigest: true }] })));
    expect(pinned.text).to.not.include('warning');
  });

  it('--format json: every diagnostic with code, severity, pointer, location, line and column', () => {
    const path = file('j.json', '{"mode": "enforce", "rules": {"privileged": "block"}, "log": {"levle": 1}}');
    const out = runValidate(path, 'json');
    expect(out.exitCode).to.equal(1);
    expect(JSON.parse(out.text)).to.deep.equal({
      file: path, valid: false, errorCount: 2, warningCount: 0,
      diagnostics: [
        { code: 'DG_POLICY_BAD_VALUE', severity: 'error', path: '/rules/privileged', location: 'rules.privileged', line: 1, column: 45, message: 'expected "deny", "warn", "off" or {action, options} (found "block")' },
        { code: 'DG_POLICY_UNKNOWN_PROPERTY', severity: 'error', path: '/log/levle', location: 'log.levle', line: 1, column: 63, message: 'unknown property "levle"; did you mean "level"?' },
      ],
    });
    const ok = JSON.parse(runValidate(join(root, 'config/policy.json'), 'json').text) as { valid: boolean; mode: string; diagnostics: unknown[] };
    expect(ok).to.deep.include({ valid: true, mode: 'enforce', diagnostics: [] });
  });

  it('an array, a missing file and a folder: exit 1 with a code', () => {
    const cases: [string, RegExp][] = [
      [file('array.json', '[]'), /^\S+:1:1 {2}error {2}must be object {2}\[DG_POLICY_TYPE\]$/m],
      [tmp.path('missing.json'), /^\S+ {2}error {2}cannot read the file: ENOENT.* {2}\[DG_POLICY_UNREADABLE\]$/m],
    ];
    mkdirSync(tmp.path('folder.json'));
    cases.push([tmp.path('folder.json'), /^\S+ {2}error {2}cannot read the file: not a regular file {2}\[DG_POLICY_UNREADABLE\]$/m]);
    for (const [path, expected] of cases) {
      const out = runValidate(path);
      expect(out.exitCode, path).to.equal(1);
      expect(out.text, path).to.match(expected);
      expect(out.text.startsWith(path), path).to.equal(true);
    }
  });

  // End to end through the entry point (argv parsing, the environment default, exit code), run side
  // by side; every output is tested in process above.
  it('the command: no file takes DOCKGATE_POLICY, like serve (exit 1 when invalid); a file given wins (exit 0)', async function () {
    this.timeout(30_000);
    const bad = file('env-bad.json', JSON.stringify({ mode: 'sometimes', rules: {} }));
    const strict = join(root, 'config/strict.json');
    const [fromEnv, given] = await Promise.all([runCli(['validate'], { DOCKGATE_POLICY: bad }), runCli(['validate', strict], { DOCKGATE_POLICY: bad })]);
    expect(fromEnv.status, fromEnv.stderr).to.equal(1);
    expect(fromEnv.stdout).to.include(`${bad}:1:9  error  mode: expected "enforce" or "audit" (found "sometimes")  [DG_POLICY_BAD_VALUE]`);
    expect(given.status, given.stderr).to.equal(0);
    expect(given.stdout).to.match(new RegExp(`^${strict.replaceAll('.', '\\.')}: ok \\(policy version [0-9a-f]{12}, mode enforce, `));
  });
});
