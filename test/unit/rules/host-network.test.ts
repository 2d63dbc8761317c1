import rule from '../../../src/rules/host-network.js';
import { apiRequest, captured } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (body: object) => apiRequest('POST', '/v1.41/containers/create', body);

testRule(rule, {
  valid: [
    { name: 'docker run --network none', request: captured('run-compliant', 'container.create') },
    { name: 'docker run (default bridge)', request: captured('run-plain', 'container.create') },
    { name: '--network container:<id> when allowContainerMode', request: captured('run-net-container', 'container.create'), options: { allowContainerMode: true } },
    { name: 'a network named HOST is not host networking', request: create({ Image: 'x', HostConfig: { NetworkMode: 'HOST' } }) },
  ],
  invalid: [
    { name: 'docker run --network host', request: captured('run-net-host', 'container.create'), findings: [{ field: 'HostConfig.NetworkMode', found: 'host' }] },
    { name: 'docker run --network container:<id>', request: captured('run-net-container', 'container.create'), findings: [{ field: 'HostConfig.NetworkMode', found: 'container:dg-target' }] },
    { name: 'duplicate NetworkMode, last is host', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"NetworkMode":"none","networkmode":"host"}}'), findings: [{ found: 'host' }] },
    { name: 'HostConfig split across duplicate keys', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"Memory":67108864},"HostConfig":{"NetworkMode":"host"}}'), findings: [{ found: 'host' }] },
  ],
});
