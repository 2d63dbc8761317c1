import rule from '../../../src/rules/apparmor-unconfined.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const service = (taskTemplate: object, extra: object = {}) => apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, ...taskTemplate }, ...extra });

const withOpts = (SecurityOpt: string[]) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { SecurityOpt } });

testRule(rule, {
  valid: [
    { name: 'no security options', request: cli('run-compliant', 'container.create') },
    { name: 'seccomp=unconfined is another rule', request: cli('run-seccomp-unconfined', 'container.create') },
    { name: 'docker-default by name', request: withOpts(['apparmor=docker-default']) },
    { name: 'an empty value is the daemon\'s default', request: withOpts(['apparmor=']) },
    { name: 'a profile listed in allowedProfiles', request: withOpts(['apparmor=acme-web']), options: { allowedProfiles: ['docker-default', 'acme-*'] } },
    { name: 'service AppArmor mode default', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { AppArmor: { Mode: 'default' } } } }) },
    { name: 'unconfined then a profile: the last one wins', request: withOpts(['apparmor=unconfined', 'apparmor=docker-default']) },
    { name: 'docker service create', request: cli('service-create-plain', 'service.create') },
  ],
  invalid: [
    { name: 'docker run --security-opt apparmor=unconfined', request: cli('run-apparmor-unconfined', 'container.create'), findings: [{ field: 'HostConfig.SecurityOpt', found: 'apparmor=unconfined' }] },
    { name: 'legacy apparmor:unconfined', request: withOpts(['apparmor:unconfined']), findings: [{ found: 'apparmor=unconfined' }] },
    { name: 'SecurityOpt in a second HostConfig key', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{},"hostConfig":{"securityopt":["apparmor=unconfined"]}}'), findings: [{ found: 'apparmor=unconfined' }] },
    { name: 'a host profile not in allowedProfiles (issue 13: allowlist)', request: withOpts(['apparmor=my-profile']), findings: [{ found: 'apparmor=my-profile', summary: 'HostConfig.SecurityOpt apparmor=my-profile: a host AppArmor profile that is not in allowedProfiles (it may confine less than docker-default)' }] },
    { name: 'unconfined is never allowed, even by a glob', request: withOpts(['apparmor=unconfined']), options: { allowedProfiles: ['*'] }, findings: [{ found: 'apparmor=unconfined' }] },
    { name: 'docker-default then another profile: the last one wins', request: withOpts(['apparmor=docker-default', 'apparmor=lxc-container-default-with-nesting']), findings: [{ found: 'apparmor=lxc-container-default-with-nesting' }] },
    { name: 'service AppArmor mode other than default and disabled', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { AppArmor: { Mode: 'complain' } } } }), findings: [{ found: 'complain' }] },
    { name: 'service AppArmor mode disabled', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { AppArmor: { Mode: 'disabled' } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.AppArmor.Mode', found: 'disabled' }] },
  ],
});
