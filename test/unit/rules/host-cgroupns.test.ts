import rule from '../../../src/rules/host-cgroupns.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker run (daemon default)', request: cli('run-plain', 'container.create') },
    { name: '--cgroupns private', request: apiRequest('POST', '/containers/create', { Image: 'x', HostConfig: { CgroupnsMode: 'private' } }) },
  ],
  invalid: [
    { name: 'docker run --cgroupns host', request: cli('run-cgroupns-host', 'container.create'), findings: [{ field: 'HostConfig.CgroupnsMode', found: 'host' }] },
  ],
});
