import { expect } from 'chai';
import rule, { protectedReferences, targetsSelf, type SelfProtectionOptions } from '../../../src/rules/self-protection.js';
import { idFromCgroup, idFromMountinfo } from '../../../src/host/self-identity.js';
import { contextWith, daemonJson } from '../../helpers/context.js';
import { apiRequest, cli, fixture, type FixtureSet } from '../../helpers/fixtures.js';
import { findingsThroughEngine, testRule } from '../../helpers/rule-tester.js';

const ID = '3f9a1c0e5b7d2a4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f';
const OTHER = 'aa00000000000000000000000000000000000000000000000000000000000000';
const disable = (name: string, user?: string) => ({ ...apiRequest('POST', `/v1.41/plugins/${name}/disable`), ...(user === undefined ? {} : { User: user, UserAuthNMethod: 'TLS' }) });
const known = { ids: [ID], detectId: false, readDaemonConfig: false };
/** The capture plugin's unique name, which that set's `docker plugin disable <name>` used. */
const capturedPluginName = (set: FixtureSet): string => fixture('plugin-disable', set).command[3]!;

// Detection reads /proc, and daemon.json is the host's: the tests say what the rule knows (its context).
const NOT_DETECTED = contextWith({ ownPluginId: () => undefined, daemonConfig: daemonJson(undefined) });
const DETECTED = contextWith({ ownPluginId: () => ID, daemonConfig: daemonJson(undefined) });
const CHAIN_IN_DAEMON_JSON = contextWith({ ownPluginId: () => undefined, daemonConfig: daemonJson('{"authorization-plugins": ["127.0.0.1:5000/dockgate:0.1.0"]}') });

describe('self-protection: how the daemon resolves a plugin reference', () => {
  const names = new Set(['dockgate:latest']);
  it('matches the name with or without tag, domain or library/', () => {
    for (const t of ['dockgate', 'dockgate:latest', 'library/dockgate', 'docker.io/library/dockgate:latest', 'index.docker.io/dockgate']) {
      expect(targetsSelf(t, names, [ID]), t).to.match(/^its name/);
    }
  });
  it('matches the full ID and any prefix of it', () => {
    expect(targetsSelf(ID, names, [ID])).to.equal('its plugin ID');
    expect(targetsSelf('3f9a', names, [ID])).to.equal('a prefix of its plugin ID');
    expect(targetsSelf('3', names, [ID])).to.equal('a prefix of its plugin ID');
  });
  it('does not match other names, other IDs, other tags, digests, or what the daemon cannot parse', () => {
    for (const t of ['dockgate:1.0', 'other', 'vieux/sshfs', OTHER, 'aa', 'DOCKGATE', 'dockgate@sha256:' + 'a'.repeat(64)]) {
      expect(targetsSelf(t, names, [ID]), t).to.equal(undefined);
    }
  });
  it('fails closed on hex targets while its ID is unknown', () => {
    expect(targetsSelf('aa', names, [])).to.match(/^possibly/);
    expect(targetsSelf(OTHER, names, [])).to.match(/^possibly/);
    expect(targetsSelf('vieux/sshfs', names, [])).to.equal(undefined);
  });
  it('finds its ID in /proc/self/mountinfo and /proc/self/cgroup of a managed plugin', () => {
    const mountinfo = `1 0 0:1 / / rw - overlay overlay rw\n512 500 0:25 /docker/plugins/${ID} /run/docker/plugins rw,nosuid - tmpfs tmpfs rw\n`;
    expect(idFromMountinfo(mountinfo)).to.equal(ID);
    expect(idFromMountinfo('1 0 0:1 / / rw - overlay overlay rw\n')).to.equal(undefined);
    expect(idFromCgroup(`0::/system.slice/runc-${ID}.scope\n`)).to.equal(ID);
    expect(idFromCgroup(`12:memory:/${ID}\n`)).to.equal(ID);
    expect(idFromCgroup('0::/system.slice/dockgate.service\n')).to.equal(undefined);
  });
  it('uses the detected ID', () => {
    expect(findingsThroughEngine(rule, disable('3f9a1c'), undefined, false, DETECTED)).to.have.length(1);
    expect(findingsThroughEngine(rule, disable('aa'), { readDaemonConfig: false, otherPlugins: ['aa'] }, false, DETECTED)).to.deep.equal([]);
    // without it, any hex target may be a prefix of its ID
    expect(findingsThroughEngine(rule, disable('aa'), { readDaemonConfig: false, otherPlugins: ['aa'] }, false, NOT_DETECTED)).to.have.length(1);
    expect(findingsThroughEngine(rule, disable('3f9a1c'), { detectId: false }, false, DETECTED)[0]?.summary).to.equal('disable of the authorization plugin itself ("3f9a1c" is possibly a prefix of its plugin ID (dockgate does not know its ID))');
  });
});

testRule(rule, {
  valid: [
    { name: 'docker plugin disable of a plugin listed in otherPlugins', request: cli('plugin-disable', 'plugin.disable'), options: (set) => ({ ...known, otherPlugins: [capturedPluginName(set)] }) },
    { name: 'docker plugin rm of a plugin listed in otherPlugins', request: cli('plugin-rm', 'plugin.remove'), options: { ...known, otherPlugins: ['x'] } },
    { name: 'otherPlugins by full reference', request: disable('vieux/sshfs'), options: { ...known, otherPlugins: ['docker.io/vieux/sshfs:latest'] } },
    { name: 'an admin user (TLS CN)', request: disable('dockgate', 'ops-alice'), options: { ...known, adminUsers: ['ops-*'] } },
    { name: 'plugin enable is not a threat', request: apiRequest('POST', '/v1.41/plugins/dockgate/enable'), options: known, unhandled: true },
  ],
  invalid: [
    { name: 'docker plugin disable <its name> (captured)', request: cli('plugin-disable', 'plugin.disable'), options: (set) => ({ ...known, names: [capturedPluginName(set)] }), findings: (set) => [{ field: 'plugin', found: capturedPluginName(set) }] },
    { name: 'docker plugin rm <its name> (captured)', request: cli('plugin-rm', 'plugin.remove'), options: { ...known, names: ['x'] }, findings: [{ found: 'x' }] },
    { name: 'disable by name:tag', request: disable('dockgate:latest'), options: known, findings: [{ found: 'dockgate:latest' }] },
    { name: 'disable by full reference', request: disable('docker.io/library/dockgate:latest'), options: known, findings: [{}] },
    { name: 'disable by full ID', request: disable(ID), options: known, findings: [{ found: ID }] },
    { name: 'disable by ID prefix', request: disable('3f9a1c'), options: known, findings: [{ found: '3f9a1c' }] },
    { name: 'rm -f by ID prefix', request: apiRequest('DELETE', '/v1.41/plugins/3f9?force=1'), options: known, findings: [{ found: '3f9' }] },
    { name: 'set', request: apiRequest('POST', '/v1.41/plugins/dockgate/set', ['DOCKGATE_MODE=audit']), options: known, findings: [{ summary: 'reconfigure of the authorization plugin itself ("dockgate" is its name dockgate:latest)' }] },
    { name: 'upgrade', request: apiRequest('POST', '/v1.41/plugins/dockgate:latest/upgrade?remote=evil/dockgate', []), options: known, findings: [{}] },
    { name: 'percent-encoded name in the path', request: apiRequest('POST', '/v1.41/plugins/dock%67ate/disable'), options: known, findings: [{ found: 'dockgate' }] },
    { name: 'a non-admin user', request: disable('dockgate', 'dev-bob'), options: { ...known, adminUsers: ['ops-*'] }, findings: [{}] },
    { name: 'an unknown ID: any hex target may be a prefix of it', request: disable('ab'), options: { detectId: false }, findings: [{ found: 'ab' }] },
    { name: 'a registry name', request: disable('registry.example.com/sec/dockgate:1.2'), options: { ...known, names: ['registry.example.com/sec/dockgate:1.2'] }, findings: [{}] },
    // Issue 13: installed under a name the policy does not list, dockgate is still protected: any plugin may be an authorization plugin.
    { name: 'docker plugin disable of any plugin not known to be harmless (captured)', request: cli('plugin-disable', 'plugin.disable'), options: known, findings: (set) => [{ field: 'plugin', found: capturedPluginName(set), summary: `disable of plugin "${capturedPluginName(set)}", which may be an authorization plugin (only the plugins in the self-protection option otherPlugins are known not to be)` }] },
    { name: 'docker plugin rm of any plugin (captured)', request: cli('plugin-rm', 'plugin.remove'), options: known, findings: [{ found: 'x' }] },
    { name: 'disable 127.0.0.1:5000/dockgate:0.1.0 under the default names', request: disable('127.0.0.1:5000/dockgate:0.1.0'), options: known, findings: [{ found: '127.0.0.1:5000/dockgate:0.1.0' }] },
    { name: 'rm -f of a registry name with a port and a path', request: apiRequest('DELETE', '/v1.41/plugins/registry.example.com:5000/sec/dockgate:1.2?force=1'), options: known, findings: [{ found: 'registry.example.com:5000/sec/dockgate:1.2' }] },
    { name: 'set of an --alias name', request: apiRequest('POST', '/v1.41/plugins/authz/set', ['DOCKGATE_MODE=audit']), options: known, findings: [{ found: 'authz' }] },
    { name: 'upgrade of an --alias name', request: apiRequest('POST', '/v1.41/plugins/authz/upgrade?remote=evil/x', []), options: known, findings: [{ found: 'authz' }] },
    { name: 'a plugin ID never matches otherPlugins', request: disable(OTHER), options: { ...known, otherPlugins: [OTHER] }, findings: [{ found: OTHER }] },
    { name: 'another tag of the same repository', request: disable('dockgate:2.0'), options: known, findings: [{ found: 'dockgate:2.0' }] },
    { name: 'a plugin whose ID dockgate knows is not its own (may be another authorization plugin)', request: disable(OTHER), options: known, findings: [{ found: OTHER }] },
  ],
}, NOT_DETECTED);

describe('self-protection: the authorization plugins daemon.json names', () => {
  const options: SelfProtectionOptions = { ...(rule.defaultOptions as SelfProtectionOptions), ids: [ID], detectId: false, otherPlugins: ['127.0.0.1:5000/dockgate:0.1.0', 'vieux/sshfs'] };
  it('are protected even when otherPlugins lists them (an operator mistake)', () => {
    const [f] = findingsThroughEngine(rule, disable('127.0.0.1:5000/dockgate:0.1.0'), options, false, CHAIN_IN_DAEMON_JSON);
    expect(f?.summary).to.equal('disable of the authorization plugin itself ("127.0.0.1:5000/dockgate:0.1.0" is its name 127.0.0.1:5000/dockgate:0.1.0)');
    expect(findingsThroughEngine(rule, disable('vieux/sshfs:latest'), options, false, CHAIN_IN_DAEMON_JSON)).to.deep.equal([]);
  });
  it('are named in the start-up report of what is protected', () => {
    expect(protectedReferences(options, CHAIN_IN_DAEMON_JSON)).to.deep.include({ names: ['dockgate:latest'], authorizationPluginsInDaemonConfig: ['127.0.0.1:5000/dockgate:0.1.0'], ids: [ID], idKnown: true, everyOtherPluginExcept: ['127.0.0.1:5000/dockgate:0.1.0', 'vieux/sshfs:latest'] });
  });
});
