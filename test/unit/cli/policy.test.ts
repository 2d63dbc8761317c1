/** `dockgate policy show` and `dockgate policy diff`: the effective policy, and what changes between two. */
import { expect } from 'chai';
import { join } from 'node:path';
import { runPolicyDiff, runPolicyShow, type EffectivePolicy } from '../../../src/cli/policy.js';
import { runValidate } from '../../../src/cli/validate.js';
import { RULES } from '../../../src/rules/index.js';
import { runCli } from '../../helpers/cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = new URL('../../../', import.meta.url).pathname;
const DEFAULT = join(root, 'config/policy.json');

type Doc = Record<string, unknown>;
const policy = (rules: Doc = {}, extra: Doc = {}): Doc => ({ mode: 'enforce', rules, ...extra });

const PROFILE_CI = { id: 'ci', users: ['ci-*'], rules: { privileged: 'off', 'memory-limit': { action: 'deny', options: { max: '8g' } } } };
const CUSTOM_NET = { id: 'custom/net', operations: ['container.create'], field: 'body.hostConfig.NetworkMode', operator: 'equals', value: 'host', message: 'no host network', action: 'deny' };
const EXEMPT = { id: 'builders', reason: 'image builds', rules: ['privileged'], users: ['ci-*'] };

describe('dockgate policy show', () => {
  const tmp = useTempDir('dockgate-policy-show-');
  const write = (name: string, doc: Doc): string => tmp.file(name, JSON.stringify(doc, null, 2));
  const show = (file: string, user = ''): EffectivePolicy => {
    const out = runPolicyShow(file, { user, format: 'json' });
    expect(out.exitCode, out.text).to.equal(0);
    return JSON.parse(out.text) as EffectivePolicy;
  };

  it('lists every built-in rule with its action and its full options after the defaults', () => {
    const e = show(write('partial.json', policy({ 'restart-policy': { action: 'warn', options: {} }, 'memory-limit': { action: 'deny', options: { max: '16g' } } })));
    expect(Object.keys(e.rules)).to.deep.equal(RULES.map((r) => r.meta.id));
    for (const r of RULES) {
      const got = e.rules[r.meta.id]!;
      if (r.meta.id === 'restart-policy') expect(got).to.include({ action: 'warn' });
      else if (r.meta.id !== 'memory-limit') expect(got.action, r.meta.id).to.equal(r.meta.defaultAction);
      if (r.meta.id !== 'memory-limit') expect(got.options, r.meta.id).to.deep.equal(r.defaultOptions);
    }
    expect(e.rules['memory-limit']).to.deep.include({ action: 'deny', options: { max: '16g' } });
    expect(e.rules['restart-policy']?.options).to.deep.equal({ maxRetries: 5 });
    expect(e).to.deep.include({ mode: 'enforce', user: '', profile: null, customRules: [], exemptions: [], profiles: [], messages: {} });
    expect(e.log).to.deep.equal({ level: 'info', decisions: 'all', sampleAllow: 1 });
  });

  it('prints one line per rule, the mode, and every section (text)', () => {
    const out = runPolicyShow(DEFAULT, { user: '', format: 'text' });
    expect(out.exitCode).to.equal(0);
    const lines = out.text.split('\n');
    expect(lines[0]).to.match(/^policy .*config\/policy\.json \(version [0-9a-f]{12}\), mode enforce$/);
    expect(lines).to.include(`rules: ${String(RULES.length)} (${String(RULES.filter((r) => r.meta.defaultAction === 'deny').length)} deny, ${String(RULES.filter((r) => r.meta.defaultAction === 'warn').length)} warn, 0 off)`);
    expect(out.text).to.match(/^ {2}restart-policy +deny {2}maxRetries=5$/m);
    expect(out.text).to.match(/^ {2}privileged +deny$/m);
    for (const l of ['custom rules: none', 'exemptions: none', 'profiles: none', 'log: level info, decisions all, sampleAllow 1', 'messages: none']) expect(lines).to.include(l);
  });

  describe('with --user: the first profile whose users match applies, as in the engine', () => {
    const table: { name: string; user: string; profile: string | null; privileged: string; max: unknown; fromProfile: boolean; exempt: boolean | undefined }[] = [
      { name: 'no user (the unix socket): the policy rules', user: '', profile: null, privileged: 'deny', max: null, fromProfile: false, exempt: undefined },
      { name: 'a user the profile names', user: 'ci-runner', profile: 'ci', privileged: 'off', max: '8g', fromProfile: true, exempt: true },
      { name: 'a user it does not name', user: 'alice', profile: null, privileged: 'deny', max: null, fromProfile: false, exempt: false },
    ];
    for (const c of table) {
      it(c.name, () => {
        const file = write('profiles.json', policy({}, { profiles: [PROFILE_CI, { id: 'later', users: ['*'], rules: { privileged: 'warn' } }].slice(0, c.user === 'alice' ? 1 : 2), exemptions: [EXEMPT] }));
        const e = show(file, c.user);
        expect(e.profile).to.equal(c.profile);
        expect(e.rules.privileged?.action).to.equal(c.privileged);
        expect(e.rules['memory-limit']?.options.max).to.equal(c.max);
        expect(e.rules.privileged?.fromProfile === true).to.equal(c.fromProfile);
        expect(e.exemptions[0]?.appliesToUser).to.equal(c.exempt);
        const text = runPolicyShow(file, { user: c.user, format: 'text' }).text;
        if (c.profile !== null) {
          expect(text).to.include(`user ${c.user}: profile ci applies`);
          expect(text).to.match(/^\* privileged +off$/m);
          expect(text).to.match(/^\* memory-limit +deny {2}max="8g"$/m);
        } else if (c.user !== '') {
          expect(text).to.include(`user ${c.user}: no profile matches; the policy's rules apply`);
          expect(text).to.include('[not for this user]');
        }
      });
    }
  });

  it('shows custom rules (definition, and their action among the rules), exemptions, profiles, log and messages', () => {
    const e = show(write('full.json', policy({}, {
      customRules: [{ ...CUSTOM_NET, action: 'warn' }], exemptions: [EXEMPT], profiles: [PROFILE_CI],
      log: { level: 'debug', decisions: 'deny-only' }, messages: { help: 'ask #docker', url: 'https://wiki.example.com/dg' },
    })));
    expect(e.rules['custom/net']).to.deep.equal({ action: 'warn', options: {}, severity: 'medium', custom: true });
    expect(e.customRules).to.deep.equal([{ id: 'custom/net', operations: ['container.create'], field: 'body.hostConfig.NetworkMode', operator: 'equals', value: 'host', message: 'no host network' }]);
    expect(e.exemptions).to.deep.equal([{ id: 'builders', reason: 'image builds', rules: ['privileged'], users: ['ci-*'], requireDigest: false }]);
    expect(e.profiles).to.deep.equal([{ id: 'ci', users: ['ci-*'], changes: { privileged: { action: 'off', options: {} }, 'memory-limit': { action: 'deny', options: { max: '8g' } } } }]);
    expect(e.log).to.deep.equal({ level: 'debug', decisions: 'deny-only', sampleAllow: 1 });
    expect(e.messages).to.deep.equal({ help: 'ask #docker', url: 'https://wiki.example.com/dg' });
  });

  it('an invalid policy: validate\'s lines, exit 2', () => {
    const file = write('bad.json', { mode: 'enforcing', rules: {} });
    const out = runPolicyShow(file, { user: '', format: 'text' });
    expect(out.exitCode).to.equal(2);
    // validate's report, as it is (its wording is validate's)
    expect(out.text).to.equal(`${runValidate(file).text}\ndockgate policy show: ${file} is not a valid policy`);
    expect(out.text).to.match(new RegExp(`^${file.replaceAll('.', '\\.')}:2:11  error  mode: .*\\[DG_POLICY_BAD_VALUE\\]$`, 'm'));
    expect(runPolicyShow(tmp.path('missing.json'), { user: '', format: 'json' }).exitCode).to.equal(2);
  });
});

describe('dockgate policy diff', () => {
  const tmp = useTempDir('dockgate-policy-diff-');
  let n = 0;
  const write = (doc: Doc): string => tmp.file(`p${String(++n)}.json`, JSON.stringify(doc, null, 2));

  // [name, A, B, the expected lines (without the summary), user]
  const table: [string, Doc, Doc, string[], string?][] = [
    ['the same file', policy(), policy(), []],
    ['a rule written out at its defaults is the same effective policy', policy(), policy({ privileged: 'deny', 'restart-policy': { action: 'deny', options: { maxRetries: 5 } }, 'memory-limit': { action: 'deny', options: {} } }), []],
    ['an action', policy(), policy({ privileged: 'warn' }), ['privileged: deny -> warn']],
    ['an option', policy({ 'restart-policy': { action: 'deny', options: { maxRetries: 5 } } }), policy({ 'restart-policy': { action: 'deny', options: { maxRetries: 3 } } }), ['restart-policy.options.maxRetries: 5 -> 3']],
    ['an action and options', policy(), policy({ 'memory-limit': { action: 'warn', options: { max: '16g' } }, capabilities: { action: 'deny', options: { allowed: ['NET_BIND_SERVICE'] } } }), [
      'memory-limit: deny -> warn',
      'memory-limit.options.max: null -> "16g"',
      `capabilities.options.allowed: ${JSON.stringify((RULES.find((r) => r.meta.id === 'capabilities')?.defaultOptions as { allowed?: unknown } | undefined)?.allowed)} -> ["NET_BIND_SERVICE"]`,
    ]],
    ['the mode', policy(), { mode: 'audit', rules: {} }, ['mode: enforce -> audit']],
    ['a custom rule added', policy(), policy({}, { customRules: [CUSTOM_NET] }), [
      'custom/net: absent -> deny',
      'custom/net: added (container.create: body.hostConfig.NetworkMode equals "host" (severity medium): no host network)',
    ]],
    ['a custom rule removed', policy({}, { customRules: [CUSTOM_NET] }), policy(), ['custom/net: deny -> absent']],
    ['a custom rule changed', policy({}, { customRules: [CUSTOM_NET] }), policy({}, { customRules: [{ ...CUSTOM_NET, action: 'warn', operator: 'in', value: ['host', 'container:x'] }] }), [
      'custom/net: deny -> warn',
      'custom/net.operator: "equals" -> "in"',
      'custom/net.value: "host" -> ["host","container:x"]',
    ]],
    ['exemptions added, removed, changed', policy({}, { exemptions: [EXEMPT, { id: 'old', reason: 'r', rules: ['*'], containerNames: ['x'] }] }), policy({}, { exemptions: [{ ...EXEMPT, images: ['registry.example.com/builder@sha256:*'], requireDigest: true }, { id: 'new', reason: 'r', rules: ['memory-limit'], users: ['bob'] }] }), [
      'exemptions.builders.images: absent -> ["registry.example.com/builder@sha256:*"]',
      'exemptions.builders.requireDigest: false -> true',
      'exemptions.old: removed (rules *; containerNames x (r))',
      'exemptions.new: added (rules memory-limit; users bob (r))',
    ]],
    ['exemptions in another order are the same', policy({}, { exemptions: [EXEMPT, { ...EXEMPT, id: 'two' }] }), policy({}, { exemptions: [{ ...EXEMPT, id: 'two' }, EXEMPT] }), []],
    ['a profile: only what changes for its users beyond everyone', policy({}, { profiles: [PROFILE_CI] }), policy({ privileged: 'warn' }, { profiles: [{ ...PROFILE_CI, users: ['ci-*', 'build-*'], rules: { ...PROFILE_CI.rules, 'memory-limit': { action: 'deny', options: { max: '4g' } } } }] }), [
      'privileged: deny -> warn',
      'profiles.ci.users: ["ci-*"] -> ["ci-*","build-*"]',
      'profiles.ci.memory-limit.options.max: "8g" -> "4g"',
    ]],
    ['a profile added, and the order of profiles (the first match applies)', policy({}, { profiles: [PROFILE_CI, { id: 'all', users: ['*'], rules: {} }] }), policy({}, { profiles: [{ id: 'all', users: ['*'], rules: {} }, PROFILE_CI, { id: 'ops', users: ['ops-*'], rules: { 'host-pid': 'warn' } }] }), [
      'profiles.ops: added (users ops-*: host-pid warn allowContainerMode=false)',
      'profiles.order: ci,all -> all,ci',
    ]],
    ['for a user: the rules the matching profile gives on each side', policy({}, { profiles: [PROFILE_CI] }), policy({ privileged: 'warn' }, { profiles: [{ id: 'other', users: ['ci-*'], rules: {} }] }), [
      'profile for user ci-7: ci -> other',
      'privileged: off -> warn',
      'memory-limit.options.max: "8g" -> null',
    ], 'ci-7'],
    ['log and messages', policy(), policy({}, { log: { level: 'warn', sampleAllow: 0.5 }, messages: { help: 'ask #docker' } }), [
      'log.level: info -> warn',
      'log.sampleAllow: 1 -> 0.5',
      'messages.help: absent -> "ask #docker"',
    ]],
  ];

  for (const [name, a, b, lines, user] of table) {
    it(`${name}: ${lines.length === 0 ? 'exit 0' : `${String(lines.length)} line(s), exit 1`}`, () => {
      const fa = write(a);
      const fb = write(b);
      const out = runPolicyDiff(fa, fb, { user: user ?? '', format: 'text' });
      const who = user === undefined ? '' : ` for user ${user}`;
      if (lines.length === 0) {
        expect(out).to.deep.equal({ exitCode: 0, text: `${fa} and ${fb} are the same effective policy${who}` });
      } else {
        expect(out.text.split('\n')).to.deep.equal([...lines, `${String(lines.length)} difference${lines.length === 1 ? '' : 's'} between ${fa} and ${fb}${who}`]);
        expect(out.exitCode).to.equal(1);
      }
      const json = runPolicyDiff(fa, fb, { user: user ?? '', format: 'json' });
      const parsed = JSON.parse(json.text) as { equal: boolean; changes: { line: string }[] };
      expect(json.exitCode).to.equal(out.exitCode);
      expect(parsed.equal).to.equal(lines.length === 0);
      expect(parsed.changes.map((c) => c.line)).to.deep.equal(lines);
    });
  }

  it('the JSON form gives each change its path and both values', () => {
    const out = runPolicyDiff(write(policy()), write(policy({ 'restart-policy': { action: 'warn', options: { maxRetries: 3 } } })), { user: '', format: 'json' });
    expect((JSON.parse(out.text) as { changes: unknown[] }).changes).to.deep.equal([
      { path: 'restart-policy', from: 'deny', to: 'warn', line: 'restart-policy: deny -> warn' },
      { path: 'restart-policy.options.maxRetries', from: 5, to: 3, line: 'restart-policy.options.maxRetries: 5 -> 3' },
    ]);
  });

  it('an invalid policy on either side: validate\'s lines, exit 2', () => {
    const good = write(policy());
    const bad = tmp.file('bad.json', '{ "mode": "enforce", "rules": { "privilegd": "deny" } }');
    for (const [a, b] of [[good, bad], [bad, good]] as const) {
      const out = runPolicyDiff(a, b, { user: '', format: 'text' });
      expect(out.exitCode).to.equal(2);
      expect(out.text).to.equal(`${runValidate(bad).text}\ndockgate policy diff: ${bad} is not a valid policy`);
      expect(out.text).to.include(`${bad}:1:33  error  rules.privilegd: unknown rule "privilegd"`);
    }
  });

  // End to end through the entry point (argv parsing, output, exit code): one case per subcommand,
  // run side by side; exit code 2 and every output are tested in process above.
  it('the command line: diff exits 1 with its lines, show --user exits 0', async function () {
    this.timeout(30_000);
    const a = write(policy());
    const b = write(policy({ privileged: 'off' }));
    const [diff, show] = await Promise.all([runCli(['policy', 'diff', a, b]), runCli(['policy', 'show', '--user', 'x', DEFAULT])]);
    expect(diff.status, diff.stderr).to.equal(1);
    expect(diff.stdout).to.equal(`privileged: deny -> off\n1 difference between ${a} and ${b}\n`);
    expect(show.status, show.stderr).to.equal(0);
    expect(show.stdout).to.include('user x: no profile matches').and.match(/^ {2}privileged +deny$/m);
  });
});
