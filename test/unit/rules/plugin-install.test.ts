import rule from '../../../src/rules/plugin-install.js';
import { apiRequest } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const privileges = [{ Name: 'network', Description: '', Value: ['host'] }];
const pull = (remote: string) => apiRequest('POST', `/v1.41/plugins/pull?remote=${encodeURIComponent(remote)}&name=${encodeURIComponent(remote)}`, privileges);
const allowSshfs = { allowed: ['docker.io/vieux/sshfs:*'] };

testRule(rule, {
  valid: [
    { name: 'docker plugin install vieux/sshfs (allowlisted)', request: pull('vieux/sshfs'), options: allowSshfs },
    { name: 'the same, fully qualified', request: pull('docker.io/vieux/sshfs:v1'), options: allowSshfs },
    { name: 'enable an allowlisted plugin', request: apiRequest('POST', '/v1.41/plugins/vieux/sshfs:latest/enable?timeout=0'), options: allowSshfs },
    { name: 'upgrade to an allowlisted reference', request: apiRequest('POST', '/v1.41/plugins/sshfs/upgrade?remote=vieux/sshfs:v2', privileges), options: allowSshfs },
    { name: 'plugin create when allowed', request: apiRequest('POST', '/v1.41/plugins/create?name=local/p', undefined, { 'Content-Type': 'application/x-tar' }), options: { allowCreate: true } },
    { name: 'a plain service', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' } } }) },
  ],
  invalid: [
    { name: 'docker plugin install of anything by default', request: pull('vieux/sshfs'), findings: [{ field: 'remote', found: 'vieux/sshfs' }] },
    { name: 'a plugin outside the allowlist', request: pull('evil/rootkit:latest'), options: allowSshfs, findings: [{ found: 'evil/rootkit:latest' }] },
    { name: 'an allowlisted name from another registry', request: pull('evil.example.com/vieux/sshfs'), options: allowSshfs, findings: [{}] },
    { name: 'pull without remote', request: apiRequest('POST', '/v1.41/plugins/pull', []), options: allowSshfs, findings: [{ found: '(none)' }] },
    { name: 'enable of a plugin outside the allowlist', request: apiRequest('POST', '/v1.41/plugins/evil/enable'), options: allowSshfs, findings: [{ field: 'plugin', found: 'evil' }] },
    { name: 'upgrade to another reference', request: apiRequest('POST', '/v1.41/plugins/vieux/sshfs/upgrade?remote=evil/sshfs', privileges), options: allowSshfs, findings: [{ found: 'evil/sshfs' }] },
    { name: 'docker plugin create (content not visible)', request: apiRequest('POST', '/v1.41/plugins/create?name=local/p', undefined, { 'Content-Type': 'application/x-tar' }), findings: [{ field: 'name', found: 'local/p' }] },
    { name: 'a service that installs a plugin on every node', request: apiRequest('POST', '/v1.41/services/create', { Name: 'p', TaskTemplate: { Runtime: 'plugin', PluginSpec: { name: 'evil', remote: 'evil/plugin:1' } } }), options: allowSshfs, findings: [{ field: 'TaskTemplate.PluginSpec.Remote', found: 'evil/plugin:1' }] },
  ],
});
