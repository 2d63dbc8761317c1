import rule from '../../../src/rules/apparmor-unconfined.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

/** A service spec sent at API `version` ('' for none; Privileges.AppArmor exists from 1.44). */
const service = (taskTemplate: object, extra: object = {}, version = 'v1.51') =>
  apiRequest('POST', `${version === '' ? '' : `/${version}`}/services/create`, { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, ...taskTemplate }, ...extra });
const appArmor = (Mode: string, version?: string) => service({ ContainerSpec: { Image: 'x:1', Privileges: { AppArmor: { Mode } } } }, {}, version);

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
    { name: 'service AppArmor mode empty (default)', request: appArmor('') },
    { name: 'service AppArmor disabled at API 1.43: daemons 25+ clear the field', request: appArmor('disabled', 'v1.43') },
    { name: 'service AppArmor disabled at API 1.41: 20.10 has no such field', request: appArmor('disabled', 'v1.41') },
  ],
  invalid: [
    { name: 'docker run --security-opt apparmor=unconfined', request: cli('run-apparmor-unconfined', 'container.create'), findings: [{ field: 'HostConfig.SecurityOpt', found: 'apparmor=unconfined' }] },
    { name: 'legacy apparmor:unconfined', request: withOpts(['apparmor:unconfined']), findings: [{ found: 'apparmor=unconfined' }] },
    { name: 'SecurityOpt in a second HostConfig key', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{},"hostConfig":{"securityopt":["apparmor=unconfined"]}}'), findings: [{ found: 'apparmor=unconfined' }] },
    { name: 'a host profile not in allowedProfiles (issue 13: allowlist)', request: withOpts(['apparmor=my-profile']), findings: [{ found: 'apparmor=my-profile', summary: 'HostConfig.SecurityOpt apparmor=my-profile: a host AppArmor profile that is not in allowedProfiles (it may confine less than docker-default)' }] },
    { name: 'unconfined is never allowed, even by a glob', request: withOpts(['apparmor=unconfined']), options: { allowedProfiles: ['*'] }, findings: [{ found: 'apparmor=unconfined' }] },
    { name: 'docker-default then another profile: the last one wins', request: withOpts(['apparmor=docker-default', 'apparmor=lxc-container-default-with-nesting']), findings: [{ found: 'apparmor=lxc-container-default-with-nesting' }] },
    { name: 'service AppArmor mode other than default and disabled', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { AppArmor: { Mode: 'complain' } } } }), findings: [{ found: 'complain' }] },
    { name: 'service AppArmor mode disabled', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { AppArmor: { Mode: 'disabled' } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.AppArmor.Mode', found: 'disabled', summary: 'TaskTemplate.ContainerSpec.Privileges.AppArmor.Mode=disabled: the task runs with apparmor=unconfined' }] },
    { name: 'service update with AppArmor disabled', request: apiRequest('POST', '/v1.51/services/s1/update?version=3', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: { AppArmor: { Mode: 'disabled' } } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.AppArmor.Mode', found: 'disabled' }] },
    { name: 'service AppArmor disabled at API 1.44', request: appArmor('disabled', 'v1.44'), findings: [{ found: 'disabled' }] },
    { name: 'service AppArmor disabled with no API version in the path (the daemon uses its own)', request: appArmor('disabled', ''), findings: [{ found: 'disabled' }] },
    { name: 'service AppArmor Mode Disabled (not a mode dockgate knows; daemons run it as default)', request: appArmor('Disabled'), findings: [{ found: 'Disabled', summary: 'TaskTemplate.ContainerSpec.Privileges.AppArmor.Mode="Disabled" is not a mode dockgate knows (default, disabled); daemons up to 28.5 run it as default, a newer one may not' }] },
  ],
});
