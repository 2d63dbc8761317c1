import rule from '../../../src/rules/host-network.js';
import { apiRequest, captured } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const service = (taskTemplate: object, extra: object = {}) => apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, ...taskTemplate }, ...extra });
const HOST_ID = '199vgntdw297v99k0bo0wvbx7';

const create = (body: object) => apiRequest('POST', '/v1.41/containers/create', body);

testRule(rule, {
  valid: [
    { name: 'docker run --network none', request: captured('run-compliant', 'container.create') },
    { name: 'docker run (default bridge)', request: captured('run-plain', 'container.create') },
    { name: '--network container:<id> when allowContainerMode', request: captured('run-net-container', 'container.create'), options: { allowContainerMode: true } },
    { name: 'a network named HOST is not host networking', request: create({ Image: 'x', HostConfig: { NetworkMode: 'HOST' } }) },
    { name: 'docker service create without networks', request: captured('service-create-plain', 'service.create') },
    { name: 'service on an overlay network, host ID known', request: service({ Networks: [{ Target: 'k2j3h4g5f6d7s8a9q0w1e2r3t' }] }), options: { hostNetworkIds: [HOST_ID] } },
    { name: 'service on a network named with non-ID characters', request: service({ Networks: [{ Target: 'app-net' }] }) },
    { name: 'service rollback (the previous spec applies; see service-rollback)', request: apiRequest('POST', '/v1.41/services/abc/update?rollback=previous&version=2', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, Networks: [{ Target: 'host' }] } }) },
  ],
  invalid: [
    { name: 'docker run --network host', request: captured('run-net-host', 'container.create'), findings: [{ field: 'HostConfig.NetworkMode', found: 'host' }] },
    { name: 'docker run --network container:<id>', request: captured('run-net-container', 'container.create'), findings: [{ field: 'HostConfig.NetworkMode', found: 'container:dg-target' }] },
    { name: 'duplicate NetworkMode, last is host', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"NetworkMode":"none","networkmode":"host"}}'), findings: [{ found: 'host' }] },
    { name: 'HostConfig split across duplicate keys', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"Memory":67108864},"HostConfig":{"NetworkMode":"host"}}'), findings: [{ found: 'host' }] },
    { name: 'docker service create --network host (the CLI sends the ID)', request: captured('service-create-host', 'service.create'), findings: [{ field: 'TaskTemplate.Networks[0].Target', found: HOST_ID }] },
    { name: 'the same, with the host network ID configured', request: captured('service-create-host', 'service.create'), options: { hostNetworkIds: [HOST_ID] }, findings: [{ summary: `TaskTemplate.Networks[0].Target=${HOST_ID} is (a prefix of) the ID of the host network` }] },
    { name: 'an ID prefix of the host network', request: service({ Networks: [{ Target: '199v' }] }), options: { hostNetworkIds: [HOST_ID] }, findings: [{ found: '199v' }] },
    { name: 'the name host, any case', request: service({ Networks: [{ Target: 'HOST' }] }), options: { hostNetworkIds: [HOST_ID] }, findings: [{ found: 'HOST' }] },
    { name: 'the deprecated top-level Networks', request: service({}, { Networks: [{ Target: 'host' }] }), findings: [{ field: 'Networks[0].Target', found: 'host' }] },
    { name: 'service update to host', request: apiRequest('POST', '/v1.41/services/abc/update?version=2', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, Networks: [{ Target: 'host' }] } }), findings: [{ found: 'host' }] },
  ],
});
