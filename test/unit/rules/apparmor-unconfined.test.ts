import rule from '../../../src/rules/apparmor-unconfined.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const service = (taskTemplate: object, extra: object = {}) => apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, ...taskTemplate }, ...extra });

const withOpts = (SecurityOpt: string[]) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { SecurityOpt } });

testRule(rule, {
  valid: [
    { name: 'no security options', request: cli('run-compliant', 'container.create') },
    { name: 'seccomp=unconfined is another rule', request: cli('run-seccomp-unconfined', 'container.create') },
    { name: 'a named profile', request: withOpts(['apparmor=my-profile']) },
    { name: 'unconfined then a profile: the last one wins', request: withOpts(['apparmor=unconfined', 'apparmor=docker-default']) },
    { name: 'docker service create', request: cli('service-create-plain', 'service.create') },
  ],
  invalid: [
    { name: 'docker run --security-opt apparmor=unconfined', request: cli('run-apparmor-unconfined', 'container.create'), findings: [{ field: 'HostConfig.SecurityOpt', found: 'apparmor=unconfined' }] },
    { name: 'legacy apparmor:unconfined', request: withOpts(['apparmor:unconfined']), findings: [{ found: 'apparmor=unconfined' }] },
    { name: 'SecurityOpt in a second HostConfig key', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{},"hostConfig":{"securityopt":["apparmor=unconfined"]}}'), findings: [{ found: 'apparmor=unconfined' }] },
    { name: 'service AppArmor mode disabled', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { AppArmor: { Mode: 'disabled' } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.AppArmor.Mode', found: 'disabled' }] },
  ],
});
