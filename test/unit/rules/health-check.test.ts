import rule from '../../../src/rules/health-check.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker run (image default)', request: cli('run-plain', 'container.create') },
    { name: 'hardened run --health-cmd true', request: cli('run-hardened', 'container.create') },
    { name: 'docker service update --limit-memory 128m', request: cli('service-update', 'service.update') },
  ],
  invalid: [
    { name: 'docker run --no-healthcheck', request: cli('run-no-healthcheck', 'container.create'), findings: [{ field: 'Config.Healthcheck.Test', found: 'NONE' }] },
    { name: 'lower-case keys', request: apiRequest('POST', '/containers/create', '{"image":"x","healthcheck":{"test":["NONE"]}}'), findings: [{}] },
    { name: 'service update --no-healthcheck', request: apiRequest('POST', '/v1.41/services/s1/update?version=3', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Healthcheck: { Test: ['NONE'] } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Healthcheck.Test', found: 'NONE' }] },
    { name: 'service --no-healthcheck', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Healthcheck: { Test: ['NONE'] } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Healthcheck.Test' }] },
  ],
});
