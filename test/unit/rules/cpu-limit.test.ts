import rule from '../../../src/rules/cpu-limit.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'hardened run --cpus 0.5', request: cli('run-hardened', 'container.create') },
    { name: '--cpu-shares', request: apiRequest('POST', '/containers/create', { Image: 'x', HostConfig: { CpuShares: 512 } }) },
    { name: 'service --limit-cpu', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, Resources: { Limits: { NanoCPUs: 500000000 } } } }) },
  ],
  invalid: [
    { name: 'docker run', request: cli('run-plain', 'container.create'), findings: [{ field: 'HostConfig.NanoCpus' }] },
    { name: 'docker service create', request: cli('service-create-plain', 'service.create'), findings: [{ field: 'TaskTemplate.Resources.Limits.NanoCPUs' }] },
    { name: 'docker service update --limit-memory 128m (no CPU limit in the new spec)', request: cli('service-update', 'service.update'), findings: [{ field: 'TaskTemplate.Resources.Limits.NanoCPUs', found: '0' }] },
  ],
});
