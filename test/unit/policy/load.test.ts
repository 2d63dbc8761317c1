/** Policy files: validated before use, every bad field named; actions, modes and exemptions. */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPolicySchema } from '../../../src/policy/schema.js';
import { loadPolicyFile, normalizeImage, parsePolicy, PolicyError } from '../../../src/policy/load.js';

const configDir = new URL('../../../config/', import.meta.url);

function issuesOf(doc: unknown): string[] {
  try {
    parsePolicy(JSON.stringify(doc), 'test.json');
  } catch (err) {
    if (err instanceof PolicyError) return err.issues.map((i) => `${i.path}: ${i.message}`);
    throw err;
  }
  return [];
}

describe('policy', () => {
  it('config/policy.schema.json is the schema the code validates with', () => {
    const onDisk = JSON.parse(readFileSync(new URL('policy.schema.json', configDir), 'utf8')) as unknown;
    expect(onDisk, 'run: npx tsx src/cli/index.ts schema > config/policy.schema.json').to.deep.equal(buildPolicySchema());
  });

  for (const file of readdirSync(configDir).filter((f) => f.endsWith('.json') && f !== 'policy.schema.json')) {
    it(`ships a valid policy: config/${file}`, () => {
      const policy = loadPolicyFile(new URL(file, configDir).pathname);
      expect(policy.version).to.match(/^[0-9a-f]{12}$/);
    });
  }

  it('applies actions and options, and defaults for rules left out', () => {
    const p = parsePolicy(JSON.stringify({ mode: 'audit', rules: { privileged: 'warn', 'memory-limit': { action: 'deny', options: { max: '1g' } }, 'host-network': 'off' } }), 't');
    const byId = new Map(p.rules.map((r) => [r.rule.meta.id, r]));
    expect(p.mode).to.equal('audit');
    expect(byId.get('privileged')?.action).to.equal('warn');
    expect(byId.get('host-network')?.action).to.equal('off');
    expect(byId.get('memory-limit')?.options).to.deep.equal({ max: '1g' });
    expect(byId.get('restart-policy')).to.deep.include({ action: 'deny', options: { maxRetries: 5 } });
  });

  describe('rejects invalid policies, naming the field and the value', () => {
    const table: [string, unknown, string][] = [
      ['not an object', [], ': must be object'],
      ['missing mode', { rules: {} }, ': missing required property "mode"'],
      ['bad mode', { mode: 'enforcing', rules: {} }, '/mode: expected "enforce" or "audit" (found "enforcing"); did you mean "enforce"?'],
      ['unknown rule id', { mode: 'enforce', rules: { privileges: 'deny' } }, '/rules/privileges: unknown rule "privileges"; did you mean "privileged"?'],
      ['bad action', { mode: 'enforce', rules: { privileged: 'block' } }, '/rules/privileged: expected "deny", "warn", "off" or {action, options} (found "block")'],
      ['bad option value', { mode: 'enforce', rules: { 'restart-policy': { action: 'deny', options: { maxRetries: -1 } } } }, '/rules/restart-policy/options/maxRetries: must be >= 1 (found -1)'],
      ['unknown option', { mode: 'enforce', rules: { 'memory-limit': { action: 'deny', options: { maximum: '1g' } } } }, '/rules/memory-limit/options/maximum: unknown option "maximum" for memory-limit; its options: max'],
      ['bad size', { mode: 'enforce', rules: { 'memory-limit': { action: 'deny', options: { max: 'lots' } } } }, '/rules/memory-limit/options/max: must match pattern'],
      ['exemption without a selector', { mode: 'enforce', rules: {}, exemptions: [{ id: 'x', reason: 'r', rules: ['privileged'] }] }, '/exemptions/0: an exemption needs at least one selector: users, images or containerNames'],
      ['exemption for an unknown rule', { mode: 'enforce', rules: {}, exemptions: [{ id: 'x', reason: 'r', rules: ['nope'], users: ['a'] }] }, '/exemptions/0/rules/0: unknown rule "nope"'],
    ];
    for (const [name, doc, want] of table) {
      it(name, () => {
        expect(issuesOf(doc).join('\n')).to.include(want);
      });
    }
    it('not JSON', () => {
      expect(() => parsePolicy('{mode: enforce}', 'bad.json')).to.throw(PolicyError, /bad.json.*not valid JSON/);
    });
    it('a missing file', () => {
      expect(() => loadPolicyFile('/nonexistent/policy.json')).to.throw(PolicyError, /cannot read the file/);
    });
    it('a folder or a FIFO (never blocks on one)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'dockgate-policy-'));
      try {
        expect(() => loadPolicyFile(dir)).to.throw(PolicyError, /not a regular file/);
        execFileSync('mkfifo', [join(dir, 'fifo.json')]);
        expect(() => loadPolicyFile(join(dir, 'fifo.json'))).to.throw(PolicyError, /not a regular file/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('normalises image references like the daemon', () => {
    expect(normalizeImage('busybox')).to.equal('docker.io/library/busybox:latest');
    expect(normalizeImage('user/app:1')).to.equal('docker.io/user/app:1');
    expect(normalizeImage('registry.local:5000/app')).to.equal('registry.local:5000/app:latest');
    expect(normalizeImage('localhost/app@sha256:abc')).to.equal('localhost/app@sha256:abc');
  });

  describe('exemptions', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const policy = parsePolicy(JSON.stringify({
      mode: 'enforce',
      rules: {},
      exemptions: [
        { id: 'ci', reason: 'CI builders', rules: ['privileged'], users: ['ci-*'] },
        { id: 'agent', reason: 'monitoring agent', rules: ['host-network'], images: ['docker.io/library/agent@sha256:*'], requireDigest: true },
        { id: 'named', reason: 'legacy', rules: ['*'], containerNames: ['legacy-*'] },
      ],
    }), 't');
    const [ci, agent, named] = policy.exemptions as [typeof policy.exemptions[0], typeof policy.exemptions[0], typeof policy.exemptions[0]];
    it('match users by TLS CN glob, never the empty user of the unix socket', () => {
      expect(ci.matches({ user: 'ci-runner-1', image: undefined, containerName: undefined })).to.equal(true);
      expect(ci.matches({ user: 'dev', image: undefined, containerName: undefined })).to.equal(false);
      expect(ci.matches({ user: '', image: undefined, containerName: undefined })).to.equal(false);
      expect(ci.appliesTo('privileged') && !ci.appliesTo('host-network')).to.equal(true);
    });
    it('match images only by digest when requireDigest is set', () => {
      expect(agent.matches({ user: '', image: `agent@${digest}`, containerName: undefined })).to.equal(true);
      expect(agent.matches({ user: '', image: 'agent:latest', containerName: undefined })).to.equal(false);
      expect(agent.matches({ user: '', image: `agent@sha256:${'a'.repeat(10)}`, containerName: undefined })).to.equal(false);
    });
    it('match container names (with or without the leading slash)', () => {
      expect(named.matches({ user: '', image: 'x', containerName: 'legacy-db' })).to.equal(true);
      expect(named.matches({ user: '', image: 'x', containerName: '/legacy-db' })).to.equal(true);
      expect(named.matches({ user: '', image: 'x', containerName: undefined })).to.equal(false);
      expect(named.appliesTo('restart-policy')).to.equal(true);
    });
  });
});
