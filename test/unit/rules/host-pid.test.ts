import rule from '../../../src/rules/host-pid.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (body: object) => apiRequest('POST', '/v1.41/containers/create', body);

testRule(rule, {
  valid: [
    { name: 'docker run (private PID namespace)', request: cli('run-plain', 'container.create') },
    { name: 'hardened docker run', request: cli('run-hardened', 'container.create') },
    { name: '--pid container:<id> when allowContainerMode', request: create({ Image: 'x', HostConfig: { PidMode: 'container:db' } }), options: { allowContainerMode: true } },
    { name: 'HOST is not host (the daemon rejects it)', request: create({ Image: 'x', HostConfig: { PidMode: 'HOST' } }) },
    { name: 'host then private (last wins)', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"PidMode":"host","pidmode":""}}') },
  ],
  invalid: [
    { name: 'docker run --pid host', request: cli('run-pid-host', 'container.create'), findings: [{ field: 'HostConfig.PidMode', found: 'host' }] },
    { name: '--pid container:<id>', request: create({ Image: 'x', HostConfig: { PidMode: 'container:agent' } }), findings: [{ found: 'container:agent' }] },
    { name: 'case-folded keys', request: apiRequest('POST', '/containers/create', '{"Image":"x","hostconfig":{"PIDMODE":"host"}}'), findings: [{ found: 'host' }] },
    { name: 'null does not reset a string (Go keeps host)', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"PidMode":"host","PidMode":null}}'), findings: [{ found: 'host' }] },
  ],
});
