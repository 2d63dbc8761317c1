import { expect } from 'chai';
import rule from '../../../src/rules/port-all-interfaces.js';
import { isAllInterfaces } from '../../../src/rules/lib/ports.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const ports = (bindings: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { PortBindings: bindings } });

describe('addresses that bind every interface', () => {
  it('are empty, 0.0.0.0, :: in any spelling', () => {
    expect(['', '0.0.0.0', '::', '[::]', '0:0:0:0:0:0:0:0', '::ffff:0.0.0.0'].map(isAllInterfaces)).to.deep.equal(Array(6).fill(true));
    expect(['127.0.0.1', '::1', '10.0.0.5', 'fe80::1'].map(isAllInterfaces)).to.deep.equal(Array(4).fill(false));
  });
});

testRule(rule, {
  valid: [
    { name: 'hardened run -p 127.0.0.1:8080:80', request: cli('run-hardened', 'container.create') },
    { name: 'docker run (no ports)', request: cli('run-plain', 'container.create') },
  ],
  invalid: [
    { name: 'docker run -p 80:80', request: cli('run-ports', 'container.create'), findings: [{ found: '(all interfaces)' }] },
    { name: 'an IPv6 wildcard', request: ports({ '80/tcp': [{ HostIp: '::', HostPort: '8080' }] }), findings: [{ found: '::' }] },
    { name: 'an empty binding list (daemon 29+ publishes it on every interface)', request: ports({ '80/tcp': [] }), findings: [{}] },
    { name: 'service ports', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' } }, EndpointSpec: { Ports: [{ TargetPort: 80, PublishedPort: 8080 }] } }), findings: [{ found: 'every node interface' }] },
  ],
});
