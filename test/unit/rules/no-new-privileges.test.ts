import rule from '../../../src/rules/no-new-privileges.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (securityOpt: string[]) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { SecurityOpt: securityOpt } });

testRule(rule, {
  valid: [
    { name: 'docker run --security-opt no-new-privileges', request: cli('run-no-new-privileges', 'container.create') },
    { name: 'hardened run', request: cli('run-hardened', 'container.create') },
    { name: 'no-new-privileges=true', request: create(['no-new-privileges=true']) },
    { name: 'no-new-privileges:1 (legacy separator, Go ParseBool)', request: create(['no-new-privileges:1']) },
    { name: 'service NoNewPrivileges', request: apiRequest('POST', '/v1.51/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: { NoNewPrivileges: true } } } }) },
    { name: 'service NoNewPrivileges at API 1.44', request: apiRequest('POST', '/v1.44/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: { NoNewPrivileges: true } } } }) },
    { name: 'service NoNewPrivileges, no API version in the path', request: apiRequest('POST', '/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: { NoNewPrivileges: true } } } }) },
  ],
  invalid: [
    { name: 'docker run', request: cli('run-plain', 'container.create'), findings: [{ field: 'HostConfig.SecurityOpt', found: '(no no-new-privileges)' }] },
    { name: 'turned off again by a later entry', request: create(['no-new-privileges', 'no-new-privileges=false']), findings: [{ found: 'no-new-privileges=false' }] },
    { name: 'docker service create', request: cli('service-create-plain', 'service.create'), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.NoNewPrivileges' }] },
    { name: 'service NoNewPrivileges at API 1.41 (20.10 has no such field; 25+ clear it)', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: { NoNewPrivileges: true } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.NoNewPrivileges', found: 'true', summary: 'TaskTemplate.ContainerSpec.Privileges.NoNewPrivileges=true is ignored at API 1.41 (the field exists from 1.44): no-new-privileges is not set' }] },
    { name: 'service NoNewPrivileges at API 1.43', request: apiRequest('POST', '/v1.43/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: { NoNewPrivileges: true } } } }), findings: [{ found: 'true' }] },
  ],
});
