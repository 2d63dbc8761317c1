import rule from '../../../src/rules/read-only-rootfs.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'hardened run --read-only', request: cli('run-hardened', 'container.create') },
    { name: 'service --read-only', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', ReadOnly: true } } }) },
    { name: 'exec is not a create', request: cli('exec-plain', 'container.exec'), unhandled: true },
  ],
  invalid: [
    { name: 'docker run', request: cli('run-plain', 'container.create'), findings: [{ field: 'HostConfig.ReadonlyRootfs', found: 'false' }] },
    { name: 'true then false (last wins)', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"ReadonlyRootfs":true,"readonlyrootfs":false}}'), findings: [{}] },
    { name: 'docker service create', request: cli('service-create-plain', 'service.create'), findings: [{ field: 'TaskTemplate.ContainerSpec.ReadOnly' }] },
  ],
});
