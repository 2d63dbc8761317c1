import rule from '../../../src/rules/selinux-unconfined.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (securityOpt: string[]) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { SecurityOpt: securityOpt } });
const service = (selinux: object) => apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: { SELinuxContext: selinux } } } });

testRule(rule, {
  valid: [
    { name: 'docker run', request: cli('run-plain', 'container.create') },
    { name: 'a confined label', request: create(['label=type:container_t', 'label=level:s0:c100,c200']) },
    { name: 'service with a confined label', request: service({ Type: 'container_t' }) },
  ],
  invalid: [
    { name: 'docker run --security-opt label=disable', request: cli('run-label-disable', 'container.create'), findings: [{ field: 'HostConfig.SecurityOpt', found: 'label=disable' }] },
    { name: 'legacy label:disable', request: create(['label:disable']), findings: [{ found: 'label=disable' }] },
    { name: 'bare disable', request: create(['disable']), findings: [{ found: 'label=disable' }] },
    { name: 'super privileged container type', request: create(['label=type:spc_t']), findings: [{ found: 'label=type:spc_t' }] },
    { name: 'service SELinuxContext.Disable', request: service({ Disable: true }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.SELinuxContext.Disable' }] },
    { name: 'service with type spc_t', request: service({ type: 'spc_t' }), findings: [{ found: 'spc_t' }] },
  ],
});
