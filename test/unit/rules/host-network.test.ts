import { expect } from 'chai';
import { parseEnvelope } from '../../../src/request/envelope.js';
import { ResponseTracker } from '../../../src/protocol/track.js';
import rule from '../../../src/rules/host-network.js';
import { knownNetwork, learnNetworks, resetNetworks } from '../../../src/state/networks.js';
import { apiRequest, capturedBody, cli, decode, FIXTURE_SETS, type FixtureSet } from '../../helpers/fixtures.js';
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

/** What the daemon answers to the CLI's `GET /networks/<name>?scope=swarm` (the fields dockgate reads, and a few more). */
const inspectBody = (name: string, id: string, driver: string): string => JSON.stringify({ Name: name, Id: id, Created: '2026-12-04T17:00:00Z', Scope: driver === 'host' ? 'local' : 'swarm', Driver: driver, EnableIPv6: false, IPAM: { Driver: 'default', Options: null, Config: [] }, Internal: false, Attachable: false, Ingress: false, Containers: null, Options: null, Labels: null });
const OVERLAY_ID = 'k2j3h4g5f6d7s8a9q0w1e2r3t';
const LOCAL_HOST_ID = 'f'.repeat(64);

describe('host-network: network IDs learned from the daemon (issue 13)', () => {
  /** The daemon's answer to a network inspect, through the response tracker as the plugin sees it. */
  const answer = (name: string, id: string, driver: string): void => {
    const tracker = new ResponseTracker();
    const raw = { ...apiRequest('GET', `/v1.51/networks/${name}?scope=swarm`), ResponseStatusCode: 200, ResponseBody: Buffer.from(inspectBody(name, id, driver)).toString('base64') };
    tracker.expect(decode(raw));
    expect(tracker.wanted()).to.equal(true);
    const parsed = parseEnvelope(raw);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(tracker.observe(decode(raw), parsed.envelope)).to.deep.equal({ event: 'networks-learned', networks: 1 });
  };
  before(() => {
    resetNetworks();
    for (const set of FIXTURE_SETS) answer('host', capturedHostId(set), 'host');
    answer('app', OVERLAY_ID, 'overlay');
    // docker network ls: an array
    expect(learnNetworks(`[${inspectBody('host', LOCAL_HOST_ID, 'host')},${inspectBody('bridge', 'b'.repeat(64), 'bridge')}]`)).to.equal(2);
  });
  after(() => {
    resetNetworks();
  });

  testRule(rule, {
    valid: [
      { name: 'docker service create --network app (an overlay the daemon described)', request: service({ Networks: [{ Target: OVERLAY_ID }] }) },
      { name: 'the deprecated top-level Networks', request: service({}, { Networks: [{ Target: OVERLAY_ID }] }) },
      { name: 'a network name that cannot be an ID', request: service({ Networks: [{ Target: 'app_net' }] }) },
    ],
    invalid: [
      { name: 'docker service create --network host (the CLI looked host up first)', request: cli('service-create-host', 'service.create'), findings: (set) => [{ field: 'TaskTemplate.Networks[0].Target', found: capturedHostId(set), summary: `TaskTemplate.Networks[0].Target=${capturedHostId(set)} is the ID of the host network host (as the daemon described it)` }] },
      { name: 'the local host network ID from docker network ls', request: service({ Networks: [{ Target: LOCAL_HOST_ID }] }), findings: [{ found: LOCAL_HOST_ID }] },
      { name: 'a prefix of a learned host network ID', request: service({ Networks: [{ Target: LOCAL_HOST_ID.slice(0, 12) }] }), findings: [{ summary: `TaskTemplate.Networks[0].Target=${LOCAL_HOST_ID.slice(0, 12)} is (a prefix of) the ID of the host network` }] },
      { name: 'a prefix of the overlay ID (the daemon resolves prefixes too: unknown)', request: service({ Networks: [{ Target: OVERLAY_ID.slice(0, 10) }] }), findings: [{ found: OVERLAY_ID.slice(0, 10) }] },
      { name: 'an ID the daemon never described', request: service({ Networks: [{ Target: 'zz9vgntdw297v99k0bo0wvbx7' }] }), findings: [{ summary: 'TaskTemplate.Networks[0].Target=zz9vgntdw297v99k0bo0wvbx7 may be the ID of the host network (the daemon has not described this network to dockgate)' }] },
      { name: 'overlay and host in one service', request: service({ Networks: [{ Target: OVERLAY_ID }, { Target: 'host' }] }), findings: [{ field: 'TaskTemplate.Networks[1].Target' }] },
    ],
  });

  it('learns nothing from a response it cannot read, an error status, or objects without Id and Driver', () => {
    expect(learnNetworks('not json')).to.equal(0);
    expect(learnNetworks('{"message":"network x not found"}')).to.equal(0);
    const tracker = new ResponseTracker();
    const raw = { ...apiRequest('GET', '/v1.51/networks/x'), ResponseStatusCode: 404, ResponseBody: Buffer.from(inspectBody('x', 'a'.repeat(25), 'host')).toString('base64') };
    tracker.expect(decode(raw));
    const parsed = parseEnvelope(raw);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(tracker.observe(decode(raw), parsed.envelope)).to.equal(undefined);
    expect(knownNetwork('a'.repeat(25))).to.equal(undefined);
  });
});
