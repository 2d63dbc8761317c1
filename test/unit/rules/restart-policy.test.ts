import rule from '../../../src/rules/restart-policy.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const service = (taskTemplate: object, extra: object = {}) => apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, ...taskTemplate }, ...extra });

const create = (RestartPolicy: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { RestartPolicy } });

testRule(rule, {
  valid: [
    { name: 'no restart policy', request: cli('run-compliant', 'container.create') },
    { name: 'docker run --restart no', request: cli('run-restart-no', 'container.create') },
    { name: 'docker run --restart on-failure:3', request: cli('run-restart-on-failure-3', 'container.create') },
    { name: 'on-failure:10 when maxRetries is 10', request: cli('run-restart-on-failure-10', 'container.create'), options: { maxRetries: 10 } },
    { name: 'docker update --restart on-failure:3', request: cli('update-restart-on-failure-3', 'container.update') },
    { name: 'docker update --memory (restart policy unchanged)', request: cli('update-memory', 'container.update') },
    { name: 'docker service create (no RestartPolicy: the swarm default is not a finding by default)', request: cli('service-create-plain', 'service.create') },
    { name: 'service on-failure with 3 attempts', request: service({ RestartPolicy: { Condition: 'on-failure', MaxAttempts: 3 } }) },
    { name: 'service condition none', request: service({ RestartPolicy: { Condition: 'none' } }) },
  ],
  invalid: [
    { name: 'docker run --restart always', request: cli('run-restart-always', 'container.create'), findings: [{ field: 'HostConfig.RestartPolicy', found: 'always' }] },
    { name: 'docker run --restart unless-stopped', request: cli('run-restart-unless-stopped', 'container.create'), findings: [{ found: 'unless-stopped' }] },
    { name: 'docker run --restart on-failure (no limit)', request: cli('run-restart-on-failure', 'container.create'), findings: [{ found: 'on-failure' }] },
    { name: 'docker run --restart on-failure:10', request: cli('run-restart-on-failure-10', 'container.create'), findings: [{ found: 'on-failure:10' }] },
    { name: 'docker update --restart always', request: cli('update-restart-always', 'container.update'), findings: [{ field: 'RestartPolicy', found: 'always' }] },
    { name: 'a name the daemon does not know', request: create({ Name: 'Always' }), findings: [{ found: '"Always"' }] },
    { name: 'lower-case keys', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"restartpolicy":{"name":"always"}}}'), findings: [{ found: 'always' }] },
    { name: 'service condition any, unlimited', request: service({ RestartPolicy: { Condition: 'any', MaxAttempts: 0 } }), findings: [{ field: 'TaskTemplate.RestartPolicy', found: 'any, MaxAttempts unlimited' }] },
    { name: 'service with an empty condition (swarm reads any)', request: service({ RestartPolicy: { Delay: 1000000000 } }), findings: [{ found: 'any, MaxAttempts unlimited' }] },
    { name: 'service on-failure with too many attempts', request: service({ RestartPolicy: { Condition: 'on-failure', MaxAttempts: 10 } }), findings: [{ found: 'MaxAttempts=10' }] },
    { name: 'service attempts counted per window never stop', request: service({ RestartPolicy: { Condition: 'on-failure', MaxAttempts: 3, Window: 10000000000 } }), findings: [{ found: 'Window=10000000000ns' }] },
    { name: 'service without RestartPolicy when denySwarmDefault', request: cli('service-create-plain', 'service.create'), options: { denySwarmDefault: true }, findings: [{ found: '(unset)' }] },
  ],
});
