import rule from '../../../src/rules/privileged-ports.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const ports = (bindings: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { PortBindings: bindings } });

testRule(rule, {
  valid: [
    { name: 'hardened run -p 127.0.0.1:8080:80', request: cli('run-hardened', 'container.create') },
    { name: 'an ephemeral host port', request: ports({ '80/tcp': [{ HostIp: '', HostPort: '' }] }) },
    { name: 'docker run -P (ephemeral ports)', request: cli('run-publish-all', 'container.create') },
  ],
  invalid: [
    { name: 'docker run -p 80:80', request: cli('run-ports', 'container.create'), findings: [{ field: 'HostConfig.PortBindings["80/tcp"][0]', found: '80' }] },
    { name: 'a range starting below 1024', request: ports({ '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '1000-1100' }] }), findings: [{ found: '1000' }] },
    { name: 'service published on 443', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' } }, EndpointSpec: { Ports: [{ Protocol: 'tcp', TargetPort: 8443, PublishedPort: 443 }] } }), findings: [{ field: 'EndpointSpec.Ports[0]', found: '443' }] },
  ],
});
