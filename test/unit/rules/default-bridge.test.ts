import rule from '../../../src/rules/default-bridge.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker run --network none', request: cli('run-compliant', 'container.create') },
    { name: 'a user-defined network', request: apiRequest('POST', '/containers/create', { Image: 'x', HostConfig: { NetworkMode: 'app' } }) },
  ],
  invalid: [
    { name: 'docker run (NetworkMode default)', request: cli('run-plain', 'container.create'), findings: [{ field: 'HostConfig.NetworkMode', found: 'default' }] },
    { name: 'bridge', request: apiRequest('POST', '/containers/create', { Image: 'x', HostConfig: { NetworkMode: 'bridge' } }), findings: [{ found: 'bridge' }] },
    { name: 'empty', request: apiRequest('POST', '/containers/create', { Image: 'x', HostConfig: {} }), findings: [{ found: '(default)' }] },
  ],
});
