import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rule from '../../../src/rules/buildkit-entitlements.js';
import { daemonConfigFromText, daemonConfigPath, readDaemonConfig, setDaemonConfigPath } from '../../../src/host/daemon-config.js';
import { withHostRoot } from '../../../src/host/root.js';
import { startupReport } from '../../../src/cli/startup-report.js';
import { contextWith, daemonJson } from '../../helpers/context.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { findingsThroughEngine, testRule, type InvalidCase, type ValidCase } from '../../helpers/rule-tester.js';

const FIX = 'set "builder": {"entitlements": {"network-host": false}}';

/**
 * Runs the rule's table with daemon.json holding `content` (undefined: no file), given to the
 * rule through its context (the file reader itself is tested below, through the live context).
 */
function withDaemonJson(title: string, content: string | undefined, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(`daemon.json: ${title}`, () => {
    testRule(rule, cases, contextWith({ daemonConfig: daemonJson(content) }));
  });
}

const session = cli('buildx-build', 'session');
const grpc = cli('buildx-build', 'grpc');
const both = (name: string) => [
  { name: `${name}: docker buildx build (POST /session)`, request: session },
  { name: `${name}: docker buildx build (POST /grpc)`, request: grpc },
];

withDaemonJson('network-host false', '{"authorization-plugins":["dockgate"],"builder":{"entitlements":{"network-host":false}}}', {
  valid: [...both('entitlement off'), { name: 'the legacy builder is another rule', request: apiRequest('POST', '/v1.41/build?networkmode=host'), unhandled: true }],
  invalid: [],
});

withDaemonJson('network-host false, other keys in any case (Go folds them)', '{"BUILDER":{"Entitlements":{"Network-Host":false,"security-insecure":false}},"builder":{"gc":{"enabled":true}}}', {
  valid: both('case-folded'),
  invalid: [],
});

withDaemonJson('no builder section', '{"authorization-plugins":["dockgate"]}', {
  valid: [],
  invalid: both('granted by default').map((c) => ({ ...c, findings: [{ field: 'daemon.json builder.entitlements.network-host', found: '(not set: granted)' }] })),
});

withDaemonJson('network-host true', '{"builder":{"entitlements":{"network-host":true}}}', {
  valid: [],
  invalid: [{ name: 'granted', request: session, findings: [{ found: 'true' }] }],
});

withDaemonJson('network-host false, then true (the last one wins)', '{"builder":{"entitlements":{"network-host":false}},"builder":{"entitlements":{"network-host":true}}}', {
  valid: [],
  invalid: [{ name: 'duplicate keys', request: grpc, findings: [{ found: 'true' }] }],
});

withDaemonJson('security-insecure and device granted', '{"builder":{"entitlements":{"network-host":false,"security-insecure":true,"device":true}}}', {
  valid: [],
  invalid: [{ name: 'insecure entitlements', request: session, findings: [{ field: 'daemon.json builder.entitlements.security-insecure' }, { field: 'daemon.json builder.entitlements.device' }] }],
});

withDaemonJson('an entitlement dockgate does not know', '{"builder":{"entitlements":{"network-host":false,"future-thing":true,"other":false}}}', {
  valid: [],
  invalid: [{ name: 'unknown entitlement', request: session, findings: [{ found: 'future-thing' }] }],
});

withDaemonJson('missing', undefined, {
  valid: [],
  invalid: [{ name: 'no daemon.json', request: session, findings: [{ field: 'daemon.json builder.entitlements' }] }],
});

withDaemonJson('not JSON', '{"builder": ', {
  valid: [],
  invalid: [{ name: 'unreadable', request: grpc, findings: [{ field: 'daemon.json builder.entitlements' }] }],
});

withDaemonJson('a wrong type (dockerd would not start)', '{"builder":{"entitlements":{"network-host":"false"}}}', {
  valid: [],
  invalid: [{ name: 'a string for a bool', request: grpc, findings: [{ field: 'daemon.json builder.entitlements' }] }],
});

describe('daemon configuration file', () => {
  it('defaults to /etc/docker/daemon.json, or DOCKGATE_DAEMON_CONFIG', () => {
    const before = process.env.DOCKGATE_DAEMON_CONFIG;
    try {
      Reflect.deleteProperty(process.env, 'DOCKGATE_DAEMON_CONFIG');
      expect(daemonConfigPath()).to.equal('/etc/docker/daemon.json');
      process.env.DOCKGATE_DAEMON_CONFIG = '/srv/docker/daemon.json';
      expect(daemonConfigPath()).to.equal('/srv/docker/daemon.json');
    } finally {
      if (before === undefined) Reflect.deleteProperty(process.env, 'DOCKGATE_DAEMON_CONFIG');
      else process.env.DOCKGATE_DAEMON_CONFIG = before;
    }
  });

  it('is read under the host root (the managed plugin sees the host at /host), symlinks resolved there', () => {
    const root = mkdtempSync(join(tmpdir(), 'dg-host-root-'));
    try {
      mkdirSync(join(root, 'etc/docker'), { recursive: true });
      mkdirSync(join(root, 'srv'), { recursive: true });
      writeFileSync(join(root, 'srv/daemon.json'), '{"builder":{"entitlements":{"network-host":false}}}');
      symlinkSync('/srv/daemon.json', join(root, 'etc/docker/daemon.json'));
      setDaemonConfigPath('/etc/docker/daemon.json');
      withHostRoot(root, () => {
        expect(findingsThroughEngine(rule, apiRequest('POST', '/session'), undefined)).to.deep.equal([]);
        expect(startupReport()[0]).to.include('BuildKit builds are allowed');
      });
    } finally {
      setDaemonConfigPath(undefined);
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('an empty file sets nothing, a UTF-8 BOM is skipped', () => {
    expect(daemonConfigFromText('/d.json', '')).to.include({ state: 'ok', networkHost: null });
    expect(daemonConfigFromText('/d.json', '\uFEFF{"builder":{"entitlements":{"network-host":false}}}')).to.include({ state: 'ok', networkHost: false });
  });

  it('says the exact daemon.json fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-daemon-json-'));
    try {
      writeFileSync(join(dir, 'daemon.json'), '{}');
      setDaemonConfigPath(join(dir, 'daemon.json'));
      const [f] = findingsThroughEngine(rule, apiRequest('POST', '/grpc'), undefined);
      expect(f?.fix).to.equal(`${FIX} in ${join(dir, 'daemon.json')} and restart dockerd`);
    } finally {
      setDaemonConfigPath(undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is read from the file as it is now: missing, unreadable, then read (the live context)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-daemon-json-'));
    const file = join(dir, 'daemon.json');
    try {
      setDaemonConfigPath(file);
      expect(readDaemonConfig()).to.deep.equal({ state: 'missing', path: file });
      expect(findingsThroughEngine(rule, apiRequest('POST', '/session'), undefined)).to.have.length(1);
      writeFileSync(file, '{"builder": ');
      expect(readDaemonConfig()).to.include({ state: 'unreadable', path: file });
      writeFileSync(file, '{"builder":{"entitlements":{"network-host":false}}, "authorization-plugins": ["dockgate"]}');
      expect(readDaemonConfig()).to.deep.include({ state: 'ok', networkHost: false, authorizationPlugins: ['dockgate'] });
      expect(findingsThroughEngine(rule, apiRequest('POST', '/session'), undefined)).to.deep.equal([]);
    } finally {
      setDaemonConfigPath(undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a relative path', () => {
    expect(() => {
      setDaemonConfigPath('daemon.json');
    }).to.throw(/absolute/);
  });
});
