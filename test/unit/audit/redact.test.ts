/** Redaction of decision-line strings, and which decision lines are written (log options). */
import { expect } from 'chai';
import fc from 'fast-check';
import { Writable } from 'node:stream';
import { AllowCounter, shouldLog, type LogOptions } from '../../../src/audit/log-filter.js';
import { createLogger, decisionRecord, writeDecision } from '../../../src/audit/logger.js';
import { REDACTED, REDACTION_PATTERNS, redactFinding, redactFindingOf, redactFound, redactString } from '../../../src/audit/redact.js';
import type { Decision, Violation } from '../../../src/engine/engine.js';
import { apiRequest, captured, capturedBody, decode, eachSet } from '../../helpers/fixtures.js';

const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----';

function violation(field: string, found: string, action: 'deny' | 'warn' = 'deny'): Violation {
  return { rule: 'custom', action, severity: 'high', cis: undefined, finding: { field, found, fix: 'x' } };
}

function decision(allow: boolean, violations: Violation[] = [], wouldDeny = false): Decision {
  return { allow, msg: '', wouldDeny, violations, problems: [], mode: 'enforce' } as unknown as Decision;
}

describe('audit: redaction', () => {
  const secrets: [string, string, string][] = [
    ['password=', 'DB password=hunter2 used', 'hunter2'],
    ['passwd:', 'passwd: s3cr3tvalue', 's3cr3tvalue'],
    ['secret=', 'client_secret=abcdef', 'abcdef'],
    ['token in a query', 'a?name=x&token=abc123secret', 'abc123secret'],
    ['api_key', 'API_KEY=zzkey999', 'zzkey999'],
    ['api-key JSON', '{"api-key": "qq777"}', 'qq777'],
    ['Authorization Basic', 'Authorization: Basic dXNlcjpwYXNz', 'dXNlcjpwYXNz'],
    ['Bearer', 'Authorization: Bearer eyJhbGciOi.payload.sig', 'eyJhbGciOi'],
    ['AWS key', '/etc/AKIAIOSFODNN7EXAMPLE/creds', 'AKIAIOSFODNN7EXAMPLE'],
    ['PEM block', `profile ${PEM} end`, 'MIIEowIBAAKCAQEA'],
  ];
  for (const [name, input, secret] of secrets) {
    it(`redacts ${name}`, () => {
      const out = redactString(input);
      expect(out).to.include(REDACTED);
      expect(out).to.not.include(secret);
    });
  }

  it('keeps ordinary values', () => {
    for (const s of ['/containers/create', 'docker.io/library/nginx:1.25', '/var/run/docker.sock', 'host', 'alice', '/run/secrets']) {
      expect(redactString(s)).to.equal(s);
    }
  });

  // Unquoted `key:value` with no space is also how references are written: credentials in that
  // form are still redacted when the key is a whole token ending in a credential word.
  const tightSecrets: [string, string, string][] = [
    ['upper-case env-style key', 'DB_PASSWORD:hunter2', 'hunter2'],
    ['flag with a colon', 'run --token:abc123secret now', 'abc123secret'],
    ['registry_auth', 'registry_auth:eyJ1c2VyIjoiYSJ9', 'eyJ1c2VyIjoiYSJ9'],
    ['bare auth', 'auth:dXNlcjpwYXNz', 'dXNlcjpwYXNz'],
    ['x-auth-token in a sentence', 'header x-auth-token:s3cr3t sent', 's3cr3t'],
    ['JSON key, no space', '{"auth":"dXNlcjpwYXNz"}', 'dXNlcjpwYXNz'],
    ['key starting with a credential word, spaced colon', 'tokenizer_key : s3cr3t', 's3cr3t'],
    ['key starting with a credential word, equals', 'authz_secret=s3cr3t', 's3cr3t'],
  ];
  for (const [name, input, secret] of tightSecrets) {
    it(`redacts a tight key:value: ${name}`, () => {
      const out = redactString(input);
      expect(out).to.include(REDACTED);
      expect(out).to.not.include(secret);
    });
  }

  it('keeps plugin, image, volume and bind references whole (name:tag is not key:value)', () => {
    for (const s of [
      '/v1.51/plugins/127.0.0.1:5000/authz:1/disable',
      '/v1.51/plugins/127.0.0.1:5000/dge2e/authz-broker:0.1.0/set',
      '/v1.41/plugins/authz:1/json',
      'authz:1',
      'authz-broker:latest',
      'oauth2-proxy/oauth2-proxy:v7.6.0',
      'tokenizer:2',
      'vault-secrets-operator:0.4',
      'registry.example:5000/team/auth:1.2',
      'db_password:/run/secrets',
      '/srv/app/token:/token:ro',
    ]) {
      expect(redactString(s), s).to.equal(s);
    }
  });

  it('redacts long base64 and hex blobs in a finding, but not digests or paths', () => {
    const b64 = 'QUtJQUlPU0ZPRE5ON0VYQU1QTEVzZWNyZXRrZXl2YWx1ZTEyMzQ1Njc4OTA=';
    const hex = 'a'.repeat(20) + '0123456789abcdef0123456789';
    expect(redactFound(`value ${b64}`)).to.equal(`value ${REDACTED}`);
    expect(redactFound(hex)).to.equal(REDACTED);
    const digest = `busybox@sha256:${'0123456789abcdef'.repeat(4)}`;
    expect(redactFound(digest)).to.equal(digest);
    expect(redactFound('/var/lib/docker/volumes/data/_data/some/deep/folder')).to.equal('/var/lib/docker/volumes/data/_data/some/deep/folder');
  });

  it('never shows an Env value, whatever its name', () => {
    expect(redactFinding('Config.Env[2]', 'FOO=hunter2')).to.equal(`FOO=${REDACTED}`);
    expect(redactFinding('Env', 'hunter2')).to.equal(REDACTED);
  });

  it('redacts label values whose key looks secret-like (field path names the label)', () => {
    expect(redactFinding('Config.Labels.db.password', 'hunter2')).to.equal(REDACTED);
    expect(redactFinding('Config.Labels["com.example.api-key"]', 'k-123')).to.equal(REDACTED);
    expect(redactFinding('Labels.vault_token', 'plain')).to.equal(REDACTED);
    expect(redactFinding('Config.Labels', '{"a":"b"}')).to.equal(REDACTED);
    expect(redactFinding('Config.Labels.owner', 'team-a')).to.equal('team-a');
  });

  eachSet((set) => {
    it('decisionRecord redacts every string of the line', () => {
      const request = decode(captured('run-env', 'container.create', set));
      const record = decisionRecord(request, decision(false, [
        violation('Config.Labels.db_password', 'hunter2'),
        violation('HostConfig.Binds[0]', '/etc/AKIAIOSFODNN7EXAMPLE'),
        violation('HostConfig.SecurityOpt', `seccomp=${PEM}`),
        violation('Config.Env[0]', 'DOCKGATE_FAKE_SECRET=hunter2'),
      ]), 'v1', 1);
      const text = JSON.stringify(record);
      expect(text).to.not.include('hunter2').and.not.include('AKIAIOSFODNN7EXAMPLE').and.not.include('BEGIN RSA').and.not.include('MIIEow');
      expect(record.violations.map((v) => v.found)).to.deep.equal([REDACTED, `/etc/${REDACTED}`, `seccomp=${REDACTED}`, `DOCKGATE_FAKE_SECRET=${REDACTED}`]);
    });
  });

  eachSet((set) => {
    it('logs the whole path of a plugin disable under a registry reference', () => {
      const real = captured('plugin-disable', 'plugin.disable', set);
      const uri = String(real.RequestUri).replace(/plugins\/[^/]+\/disable$/, 'plugins/127.0.0.1:5000/authz:1/disable');
      const request = decode({ ...real, RequestUri: uri });
      const record = decisionRecord(request, decision(false, [violation('plugin', '127.0.0.1:5000/authz:1')]), 'v1', 1);
      expect(record.path).to.equal('/plugins/127.0.0.1:5000/authz:1/disable');
      expect(record.violations[0]!.found).to.equal('127.0.0.1:5000/authz:1');
    });
  });

  eachSet((set) => {
    it('redacts before cutting a found value at 200 characters', () => {
      const request = decode(captured('run-env', 'container.create', set));
      const record = decisionRecord(request, decision(false, [violation('X', `${'x '.repeat(90)}${PEM}`)]), 'v1', 1);
      expect(record.violations[0]!.found).to.not.include('BEGIN');
    });
  });
});

/** Every pattern run on every string, in order: what redactString did before it skipped patterns that cannot match. */
function everyPattern(s: string): string {
  return REDACTION_PATTERNS.reduce((out, [re, replacement]) => out.replace(re, replacement), s);
}

describe('audit: redactString skips only patterns that cannot match', () => {
  // Pieces that make each pattern match, nearly match, or be skipped.
  const piece = fc.constantFrom(
    'password', 'PASSWD', 'pwd', 'secret', 'token', 'Token', 'api_key', 'api-key', 'access-key', 'private_key', 'auth', 'Authorization', 'credentials', 'db_', 'x-', 'authz', 'tokenizer',
    '=', ':', ' = ', ' : ', ': ', '"', "'", '\t', '\n', '\u00a0', '\u2028', ' ', '/', '-', '.', '_', '&', ';', ',',
    'Basic', 'Bearer ', 'Digest', 'AKIA', 'ASIA', 'AIDA', 'AROA', 'IOSFODNN7EXAMPLE', 'ABCDEFGHIJKLMNOP',
    '-----BEGIN ', '-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----', '-----',
    'hunter2', 's3cr3t', '/srv/data', 'nginx:1.25', '127.0.0.1:5000/authz:1', 'x', '0',
  );
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

  it('gives what running all five patterns gives, on generated strings', () => {
    fc.assert(fc.property(text, (s) => redactString(s) === everyPattern(s)), { numRuns: 20_000, seed: 17 });
  });

  it('gives what running all five patterns gives, on every table entry above', () => {
    const inputs = [
      'DB password=hunter2 used', 'passwd: s3cr3tvalue', 'Authorization: Basic dXNlcjpwYXNz', '/etc/AKIAIOSFODNN7EXAMPLE/creds', `profile ${PEM} end`,
      'DB_PASSWORD:hunter2', 'registry_auth:eyJ1c2VyIjoiYSJ9', '{"auth":"dXNlcjpwYXNz"}', 'authz_secret=s3cr3t', '/v1.51/plugins/127.0.0.1:5000/authz:1/disable',
      'oauth2-proxy/oauth2-proxy:v7.6.0', '/srv/app/token:/token:ro', 'no memory limit', 'HostConfig.SecurityOpt', 'seccomp=unconfined', 'true', '',
    ];
    for (const s of inputs) expect(redactString(s), s).to.equal(everyPattern(s));
  });
});

describe('audit: every free-text position of a decision line is redacted', () => {
  // Secrets in the forms the patterns catch, each placed in every position a requester (or a
  // certificate) chooses.
  const secrets: [string, string, string][] = [
    ['key=value', 'password=hunter2xyz', 'hunter2xyz'],
    // The tight form counts only after a separator, never after `/` (a path or reference component).
    ['tight key:value', 'run db_token:hunter3xyz', 'hunter3xyz'],
    ['AWS key id', 'AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    ['Authorization value', 'Bearer hunter4xyz.sig', 'hunter4xyz'],
  ];
  const plain: Decision = decision(false, [violation('HostConfig.Privileged', 'true')]);

  function line(record: ReturnType<typeof decisionRecord>): string {
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk.toString('utf8'));
        cb();
      },
    });
    writeDecision(createLogger('info', sink), 'info', 'decision', record);
    return chunks.join('');
  }

  for (const [kind, secret, value] of secrets) {
    const positions: [string, () => ReturnType<typeof decisionRecord>][] = [
      ['user', () => decisionRecord(decode({ ...apiRequest('GET', '/v1.41/containers/json'), User: `cn ${secret}` }), plain, 'v1', 1)],
      ['method (one dockerd does not route)', () => decisionRecord({ ...decode(apiRequest('GET', '/v1.41/containers/json')), method: `GET ${secret}` }, plain, 'v1', 1)],
      ['path', () => decisionRecord(decode(apiRequest('POST', `/v1.41/containers/${encodeURIComponent(secret)}/start`)), plain, 'v1', 1)],
      ['containerName (create)', () => decisionRecord(decode(apiRequest('POST', `/v1.41/containers/create?name=${encodeURIComponent(secret)}`, capturedBody('run-plain', 'container.create'))), plain, 'v1', 1)],
      ['image', () => decisionRecord(decode(apiRequest('POST', '/v1.41/containers/create', { ...capturedBody('run-plain', 'container.create'), Image: `busybox ${secret}` })), plain, 'v1', 1)],
      ['containerName (exec)', () => decisionRecord(decode(apiRequest('POST', `/v1.41/containers/${encodeURIComponent(secret)}/exec`, { Cmd: ['sh'], User: 'root' })), plain, 'v1', 1)],
      ['violation field (a label key)', () => decisionRecord(decode(apiRequest('GET', '/v1.41/containers/json')), decision(false, [violation(`Config.Labels["x ${secret}"]`, 'v')]), 'v1', 1)],
      ['violation found', () => decisionRecord(decode(apiRequest('GET', '/v1.41/containers/json')), decision(false, [violation('HostConfig.Binds[0]', `/srv/${secret}`)]), 'v1', 1)],
      ['violation found, cut at 200 characters', () => decisionRecord(decode(apiRequest('GET', '/v1.41/containers/json')), decision(false, [violation('X', `${'y'.repeat(190)} ${secret}`)]), 'v1', 1)],
    ];
    for (const [position, build] of positions) {
      it(`${kind} in the ${position}`, () => {
        const written = line(build());
        expect(written).to.include(REDACTED);
        expect(written).to.not.include(value);
      });
    }
  }

  eachSet((set) => {
    it('never writes an Env value, in the line or the deny message, whatever the other fields hold', () => {
      const env = ['DOCKGATE_FAKE_SECRET=hunter2', 'PLAIN=plainEnvValue1', 'NOEQUALS'];
      const body = { ...capturedBody('run-env', 'container.create', set), Env: env };
      const request = decode(apiRequest('POST', '/v1.41/containers/create?name=web', body));
      const violations = env.map((e, i) => violation(`Config.Env[${i}]`, e));
      const written = line(decisionRecord(request, decision(false, violations), 'v1', 1));
      for (const v of ['hunter2', 'plainEnvValue1', 'NOEQUALS']) expect(written).to.not.include(v);
      expect((JSON.parse(written) as { violations: { found: string }[] }).violations.map((v) => v.found)).to.deep.equal([`DOCKGATE_FAKE_SECRET=${REDACTED}`, `PLAIN=${REDACTED}`, REDACTED]);
    });
  });

  it('writes dockgate\'s own values and routed methods as they are', () => {
    const record = decisionRecord(decode(apiRequest('DELETE', '/v1.41/containers/web')), decision(false, [violation('HostConfig.Privileged', 'true')]), 'v1', 1);
    expect(record).to.include({ method: 'DELETE', operation: 'container.remove', path: '/containers/web', policyVersion: 'v1', decision: 'deny' });
    expect(record.violations[0]).to.include({ rule: 'custom', action: 'deny', severity: 'high', field: 'HostConfig.Privileged', found: 'true' });
  });
});

describe('audit: which decision lines are written', () => {
  const all: LogOptions = { decisions: 'all', sampleAllow: 1 };
  const denyOnly: LogOptions = { decisions: 'deny-only', sampleAllow: 1 };

  it('writes every line by default', () => {
    const c = new AllowCounter();
    expect([1, 2, 3].map(() => shouldLog(decision(true), all, c))).to.deep.equal([true, true, true]);
  });

  it('deny-only drops plain allows, keeps denies, warn findings and would-deny', () => {
    const c = new AllowCounter();
    expect(shouldLog(decision(true), denyOnly, c)).to.equal(false);
    expect(shouldLog(decision(false, [violation('a', 'b')]), denyOnly, c)).to.equal(true);
    expect(shouldLog(decision(true, [violation('a', 'b', 'warn')]), denyOnly, c)).to.equal(true);
    expect(shouldLog(decision(true, [violation('a', 'b')], true), denyOnly, c)).to.equal(true);
  });

  it('samples plain allows by counter: 0.25 writes every 4th, deterministically', () => {
    const c = new AllowCounter();
    const written = Array.from({ length: 12 }, () => shouldLog(decision(true), { decisions: 'all', sampleAllow: 0.25 }, c));
    expect(written.map((w, i) => (w ? i + 1 : 0)).filter(Boolean)).to.deep.equal([4, 8, 12]);
  });

  it('sampling writes floor(n*r) of n plain allows and never drops a deny', () => {
    const c = new AllowCounter();
    const opts: LogOptions = { decisions: 'all', sampleAllow: 0.1 };
    let allows = 0;
    for (let i = 0; i < 1000; i++) if (shouldLog(decision(true), opts, c)) allows++;
    expect(allows).to.equal(100);
    for (let i = 0; i < 10; i++) expect(shouldLog(decision(false, [violation('a', 'b')]), opts, c)).to.equal(true);
  });
});

describe('redactFindingOf (a finding redacted once for its deny message and its log line)', () => {
  const table: [string, string][] = [
    ['Config.Env', 'DB_PASSWORD=hunter2'],
    ['Config.Labels.db.password', 'hunter2'],
    ['Config.Labels', 'x'],
    ['HostConfig.SecurityOpt', 'seccomp=unconfined'],
    ['HostConfig.Binds', `/srv:/srv token=${'a1B'.repeat(20)}`],
    ['HostConfig.Privileged', 'true'],
  ];
  for (const [field, found] of table) {
    it(`answers as redactFinding for ${field}, and the same again`, () => {
      const finding = { field, found };
      expect(redactFindingOf(finding)).to.equal(redactFinding(field, found));
      expect(redactFindingOf(finding)).to.equal(redactFinding(field, found));
    });
  }

  it('works the value out again when the finding object changed', () => {
    const finding = { field: 'HostConfig.Privileged', found: 'true' };
    expect(redactFindingOf(finding)).to.equal('true');
    finding.field = 'Config.Env';
    finding.found = 'TOKEN=abc';
    expect(redactFindingOf(finding)).to.equal(`TOKEN=${REDACTED}`);
  });
});
