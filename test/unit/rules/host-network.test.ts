import rule from '../../../src/rules/host-network.js';
import { apiRequest, capturedBody, cli, type FixtureSet } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const service = (taskTemplate: object, extra: object = {}) => apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, ...taskTemplate }, ...extra });
const HOST_ID = '199vgntdw297v99k0bo0wvbx7';
/** The ID of the host network the CLI looked up and sent in that set's `service create --network host`. */
const capturedHostId = (set: FixtureSet): string => {
  const body = capturedBody('service-create-host', 'service.create', set) as { TaskTemplate: { Networks: { Target: string }[] } };
  return body.TaskTemplate.Networks[0]!.Target;
};

const create = (body: object) => apiRequest('POST', '/v1.41/containers/create', body);

testRule(rule, {
  valid: [
    { name: 'docker run --network none', request: cli('run-compliant', 'container.create') },
    { name: 'docker run (default bridge)', request: cli('run-plain', 'container.create') },
    { name: '--network container:<id> when allowContainerMode', request: cli('run-net-container', 'container.create'), options: { allowContainerMode: true } },
    { name: 'a network named HOST is not host networking', request: create({ Image: 'x', HostConfig: { NetworkMode: 'HOST' } }) },
    { name: 'docker service create without networks', request: cli('service-create-plain', 'service.create') },
    { name: 'service on an overlay network, host ID known', request: service({ Networks: [{ Target: 'k2j3h4g5f6d7s8a9q0w1e2r3t' }] }), options: { hostNetworkIds: [HOST_ID] } },
    { name: 'service on a network named with non-ID characters', request: service({ Networks: [{ Target: 'app-net' }] }) },
    { name: 'service rollback (the previous spec applies; see service-rollback)', request: apiRequest('POST', '/v1.41/services/abc/update?rollback=previous&version=2', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, Networks: [{ Target: 'host' }] } }) },
  ],
  invalid: [
    { name: 'docker run --network host', request: cli('run-net-host', 'container.create'), findings: [{ field: 'HostConfig.NetworkMode', found: 'host' }] },
    { name: 'docker run --network container:<id>', request: cli('run-net-container', 'container.create'), findings: [{ field: 'HostConfig.NetworkMode', found: 'container:dg-target' }] },
    { name: 'duplicate NetworkMode, last is host', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"NetworkMode":"none","networkmode":"host"}}'), findings: [{ found: 'host' }] },
    { name: 'HostConfig split across duplicate keys', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"Memory":67108864},"HostConfig":{"NetworkMode":"host"}}'), findings: [{ found: 'host' }] },
    { name: 'docker service create --network host (the CLI sends the ID)', request: cli('service-create-host', 'service.create'), findings: (set) => [{ field: 'TaskTemplate.Networks[0].Target', found: capturedHostId(set) }] },
    { name: 'the same, with the host network ID configured', request: cli('service-create-host', 'service.create'), options: (set) => ({ hostNetworkIds: [capturedHostId(set)] }), findings: (set) => [{ summary: `TaskTemplate.Networks[0].Target=${capturedHostId(set)} is (a prefix of) the ID of the host network` }] },
    { name: 'an ID prefix of the host network', request: service({ Networks: [{ Target: '199v' }] }), options: { hostNetworkIds: [HOST_ID] }, findings: [{ found: '199v' }] },
    { name: 'the name host, any case', request: service({ Networks: [{ Target: 'HOST' }] }), options: { hostNetworkIds: [HOST_ID] }, findings: [{ found: 'HOST' }] },
    { name: 'the deprecated top-level Networks', request: service({}, { Networks: [{ Target: 'host' }] }), findings: [{ field: 'Networks[0].Target', found: 'host' }] },
    { name: 'service update to host', request: apiRequest('POST', '/v1.41/services/abc/update?version=2', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, Networks: [{ Target: 'host' }] } }), findings: [{ found: 'host' }] },
  ],
});
