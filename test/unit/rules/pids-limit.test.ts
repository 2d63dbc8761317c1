import rule from '../../../src/rules/pids-limit.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'hardened run --pids-limit 100', request: cli('run-hardened', 'container.create') },
    { name: 'docker update --memory (PidsLimit unchanged)', request: cli('update-memory', 'container.update') },
    { name: 'service --limit-pids', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, Resources: { Limits: { Pids: 100 } } } }) },
  ],
  invalid: [
    { name: 'docker run (PidsLimit 0)', request: cli('run-plain', 'container.create'), findings: [{ field: 'HostConfig.PidsLimit', found: '0' }] },
    { name: 'PidsLimit -1', request: apiRequest('POST', '/containers/create', { Image: 'x', HostConfig: { PidsLimit: -1 } }), findings: [{ found: '-1' }] },
    { name: 'docker update --pids-limit -1', request: apiRequest('POST', '/v1.41/containers/c/update', { PidsLimit: -1 }), findings: [{ field: 'PidsLimit', found: '-1' }] },
    { name: 'docker service create without --limit-pids', request: cli('service-create-plain', 'service.create'), findings: [{ field: 'TaskTemplate.Resources.Limits.Pids' }] },
  ],
});
