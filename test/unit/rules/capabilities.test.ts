import { expect } from 'chai';
import rule from '../../../src/rules/capabilities.js';
import { goToUpper, normalizeCapability } from '../../../src/rules/lib/capabilities.js';
import { apiRequest, capturedBody, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (hostConfig: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: hostConfig });
const service = (containerSpec: object) => {
  const body = capturedBody('service-create-plain', 'service.create') as { TaskTemplate: { ContainerSpec: object } };
  return apiRequest('POST', '/v1.41/services/create', { ...body, TaskTemplate: { ...body.TaskTemplate, ContainerSpec: { ...body.TaskTemplate.ContainerSpec, ...containerSpec } } });
};

describe('capability names, normalised like the daemon', () => {
  it('uses Go simple upper-casing: ſ → S, ı → I, but ß and ligatures stay', () => {
    expect(goToUpper('ſyſ_admin')).to.equal('SYS_ADMIN');
    expect(goToUpper('ıpc_lock')).to.equal('IPC_LOCK');
    expect(goToUpper('ß')).to.equal('ß');
    expect(goToUpper('\uFB00')).to.equal('\uFB00');
  });
  it('adds CAP_ and keeps ALL', () => {
    expect(['sys_admin', 'CAP_SYS_ADMIN', 'Sys_Admin', 'cap_sys_admin'].map(normalizeCapability)).to.deep.equal(Array(4).fill('CAP_SYS_ADMIN'));
    expect(normalizeCapability('all')).to.equal('ALL');
    expect(normalizeCapability('cap_all')).to.equal('CAP_ALL');
  });
});

testRule(rule, {
  valid: [
    { name: 'docker run (no --cap-add)', request: cli('run-plain', 'container.create') },
    { name: 'hardened: --cap-drop ALL --cap-add NET_BIND_SERVICE', request: cli('run-hardened', 'container.create') },
    { name: 'a default capability in any spelling', request: create({ CapAdd: ['chown', 'CAP_KILL', 'Net_Raw'] }) },
    { name: 'SYS_ADMIN when the policy allows it', request: cli('run-caps', 'container.create'), options: { allowed: ['sys_admin', 'CAP_NET_ADMIN'] } },
    { name: 'service without CapabilityAdd', request: cli('service-create-plain', 'service.create') },
    { name: 'docker service update --limit-memory 128m', request: cli('service-update', 'service.update') },
    { name: 'CapDrop alone is fine', request: create({ CapDrop: ['ALL'] }) },
  ],
  invalid: [
    { name: 'docker run --cap-add SYS_ADMIN --cap-add net_admin', request: cli('run-caps', 'container.create'), findings: [{ field: 'HostConfig.CapAdd', found: 'CAP_NET_ADMIN' }, { found: 'CAP_SYS_ADMIN' }] },
    { name: 'docker run --cap-add ALL', request: cli('run-cap-all', 'container.create'), findings: [{ found: 'ALL' }] },
    { name: 'ALL even when listed as allowed', request: cli('run-cap-all', 'container.create'), options: { allowed: ['ALL'] }, findings: [{ found: 'ALL' }] },
    { name: 'a single string instead of an array (StrSlice)', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"CapAdd":"SYS_ADMIN"}}'), findings: [{ found: 'CAP_SYS_ADMIN' }] },
    { name: 'lower case, no prefix', request: create({ CapAdd: ['sys_ptrace'] }), findings: [{ found: 'CAP_SYS_PTRACE (sent as "sys_ptrace")' }] },
    { name: 'ſ (long s) upper-cases to S in Go', request: create({ CapAdd: ['\u017Fys_admin'] }), findings: [{ found: 'CAP_SYS_ADMIN (sent as "\u017Fys_admin")' }] },
    { name: 'ı (dotless i) upper-cases to I in Go', request: create({ CapAdd: ['\u0131pc_lock'] }), findings: [{ found: 'CAP_IPC_LOCK (sent as "\u0131pc_lock")' }] },
    { name: 'lower-case all', request: create({ CapAdd: ['all'] }), findings: [{ found: 'ALL (sent as "all")' }] },
    { name: 'CapDrop does not cancel an add', request: create({ CapAdd: ['SYS_ADMIN'], CapDrop: ['SYS_ADMIN'] }), findings: [{ found: 'CAP_SYS_ADMIN' }] },
    { name: 'duplicate key: the last array replaces the first', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"CapAdd":["KILL"],"capadd":["SYS_MODULE"]}}'), findings: [{ found: 'CAP_SYS_MODULE' }] },
    { name: 'duplicates reported once', request: create({ CapAdd: ['SYS_ADMIN', 'sys_admin', 'CAP_SYS_ADMIN'] }), findings: [{ found: 'CAP_SYS_ADMIN' }] },
    { name: 'docker service create --cap-add SYS_ADMIN', request: cli('service-create-host', 'service.create'), findings: [{ field: 'TaskTemplate.ContainerSpec.CapabilityAdd', found: 'CAP_SYS_ADMIN' }] },
    { name: 'docker service update with CapabilityAdd SYS_ADMIN (the whole spec is sent)', request: apiRequest('POST', '/v1.41/services/s1/update?version=3', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', CapabilityAdd: ['SYS_ADMIN'] } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.CapabilityAdd', found: 'CAP_SYS_ADMIN' }] },
    { name: 'service CapabilityAdd ALL, lower case', request: service({ capabilityadd: ['all'] }), findings: [{ found: 'ALL (sent as "all")' }] },
    { name: 'default set is the allowlist: NET_ADMIN is not in it', request: create({ CapAdd: ['NET_ADMIN'] }), findings: [{ found: 'CAP_NET_ADMIN' }] },
  ],
});
