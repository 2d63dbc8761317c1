import rule from '../../../src/rules/memory-limit.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const service = (taskTemplate: object, extra: object = {}) => apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, ...taskTemplate }, ...extra });

testRule(rule, {
  valid: [
    { name: 'docker run --memory 64m', request: cli('run-memory-only', 'container.create') },
    { name: 'hardened run', request: cli('run-hardened', 'container.create') },
    { name: 'under the maximum', request: cli('run-compliant', 'container.create'), options: { max: '64m' } },
    { name: 'docker update --memory 128m', request: cli('update-memory', 'container.update') },
    { name: 'docker update --cpu-shares (Memory 0 = unchanged)', request: cli('update-cpu-shares', 'container.update') },
    { name: 'docker update within a maximum in bytes', request: cli('update-memory', 'container.update'), options: { max: 134217728 } },
    { name: 'docker service create --limit-memory 64m', request: cli('service-create-plain', 'service.create') },
    { name: 'docker service update --limit-memory 128m', request: cli('service-update', 'service.update') },
    { name: 'docker service rollback (the body is ignored)', request: apiRequest('POST', '/v1.41/services/abc/update?rollback=previous&version=3', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' } } }) },
  ],
  invalid: [
    { name: 'docker run with no --memory', request: cli('run-plain', 'container.create'), findings: [{ field: 'HostConfig.Memory', summary: 'no memory limit' }] },
    { name: 'docker run --cap-add without memory', request: cli('run-caps', 'container.create'), findings: [{ summary: 'no memory limit' }] },
    { name: 'over the maximum', request: cli('run-compliant', 'container.create'), options: { max: '32m' }, findings: [{ found: '64m', summary: 'memory limit 64m is above the policy maximum 32m' }] },
    { name: 'update over the maximum', request: cli('update-memory', 'container.update'), options: { max: '64m' }, findings: [{ field: 'Memory', found: '128m' }] },
    { name: 'update with a negative memory', request: apiRequest('POST', '/v1.41/containers/c1/update', { Memory: -1 }), findings: [{ field: 'Memory', found: '-1' }] },
    { name: 'memory set then reset by a later HostConfig key', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"Memory":67108864},"hostconfig":{"memory":0}}'), findings: [{ summary: 'no memory limit' }] },
    { name: 'docker service create without --limit-memory', request: cli('service-create-host', 'service.create'), findings: [{ field: 'TaskTemplate.Resources.Limits.MemoryBytes', summary: 'service without a memory limit' }] },
    { name: 'service update that drops the limit (the whole spec is replaced)', request: service({ Resources: { Limits: {} } }), findings: [{ found: '0' }] },
    { name: 'service over the maximum', request: cli('service-update', 'service.update'), options: { max: '64m' }, findings: [{ found: '128m' }] },
  ],
});
