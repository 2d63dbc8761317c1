import rule from '../../../src/rules/mount-propagation.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (hostConfig: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: hostConfig });

testRule(rule, {
  valid: [
    { name: 'hardened run (default rprivate)', request: cli('run-hardened', 'container.create') },
    { name: 'rslave', request: create({ Binds: ['/srv/a:/a:rslave'] }) },
    { name: 'Mounts with private propagation', request: create({ Mounts: [{ Type: 'bind', Source: '/srv/a', Target: '/a', BindOptions: { Propagation: 'rprivate' } }] }) },
  ],
  invalid: [
    { name: 'docker run --mount ...,bind-propagation=rshared', request: cli('run-mount-bind', 'container.create'), findings: [{ field: 'HostConfig.Mounts[0].BindOptions.Propagation', found: 'rshared' }] },
    { name: 'Binds mode shared', request: create({ Binds: ['/srv/a:/a:ro,shared'] }), findings: [{ field: 'HostConfig.Binds[0]', found: 'shared' }] },
    { name: 'service mount with rshared', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Mounts: [{ Type: 'bind', Source: '/srv/a', Target: '/a', BindOptions: { Propagation: 'rshared' } }] } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Mounts[0].BindOptions.Propagation' }] },
  ],
});
