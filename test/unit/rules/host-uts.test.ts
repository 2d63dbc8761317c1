import rule from '../../../src/rules/host-uts.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker run', request: cli('run-plain', 'container.create') },
    { name: 'hardened docker run', request: cli('run-hardened', 'container.create') },
  ],
  invalid: [
    { name: 'docker run --uts host', request: cli('run-uts-host', 'container.create'), findings: [{ field: 'HostConfig.UTSMode', found: 'host' }] },
    { name: 'lower-case key', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"utsmode":"host"}}'), findings: [{ found: 'host' }] },
  ],
});
