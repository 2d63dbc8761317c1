import rule from '../../../src/rules/ulimits.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'hardened run (Ulimits: [])', request: cli('run-hardened', 'container.create') },
    { name: 'an allowed ulimit', request: cli('run-ulimit', 'container.create'), options: { allowed: ['nofile'] } },
  ],
  invalid: [
    { name: 'docker run --ulimit nofile=1024:2048', request: cli('run-ulimit', 'container.create'), findings: [{ field: 'HostConfig.Ulimits[0]', found: 'nofile=1024:2048' }] },
    { name: 'service ulimit', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Ulimits: [{ Name: 'nproc', Soft: 1, Hard: 2 }] } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Ulimits[0]' }] },
  ],
});
