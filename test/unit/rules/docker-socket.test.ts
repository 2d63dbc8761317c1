import rule from '../../../src/rules/docker-socket.js';
import { apiRequest, captured } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (hostConfig: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: hostConfig });

testRule(rule, {
  valid: [
    { name: 'hardened run', request: captured('run-hardened', 'container.create') },
    { name: 'a data folder under /run that holds no socket', request: create({ Binds: ['/run/app:/run/app'] }) },
    { name: 'a named volume called docker.sock', request: create({ Binds: ['docker.sock:/var/run/docker.sock'] }) },
  ],
  invalid: [
    { name: 'docker run -v /var/run/docker.sock:/var/run/docker.sock', request: captured('run-docker-sock', 'container.create'), findings: [{ field: 'HostConfig.Binds[0]', found: '/var/run/docker.sock' }] },
    { name: 'read-only does not help', request: create({ Binds: ['/run/docker.sock:/s:ro'] }), findings: [{ found: '/run/docker.sock' }] },
    { name: 'a parent folder: /var/run', request: create({ Binds: ['/var/run:/host-run'] }), findings: [{ found: '/var/run', summary: 'HostConfig.Binds[0] mounts /var/run, a folder holding /var/run/docker.sock' }] },
    { name: 'the host root holds every socket', request: captured('run-bind-root', 'container.create'), findings: [{ found: '/' }] },
    { name: 'dot segments', request: create({ Binds: ['/var/run/../run/./docker.sock:/s'] }), findings: [{ found: '/var/run/docker.sock' }] },
    { name: '--mount type=bind', request: create({ Mounts: [{ Type: 'bind', Source: '/run/docker.sock', Target: '/s' }] }), findings: [{ field: 'HostConfig.Mounts[0].Source' }] },
    { name: 'containerd socket', request: create({ Binds: ['/run/containerd/containerd.sock:/c'] }), findings: [{ found: '/run/containerd/containerd.sock' }] },
    { name: 'local volume binding the socket', request: apiRequest('POST', '/v1.41/volumes/create', { Driver: 'local', DriverOpts: { type: 'none', o: 'bind', device: '/var/run/docker.sock' } }), findings: [{ field: 'DriverOpts.device' }] },
    { name: 'a custom daemon socket', request: create({ Binds: ['/srv/docker/api.sock:/s'] }), options: { sockets: ['/srv/docker/api.sock'] }, findings: [{ found: '/srv/docker/api.sock' }] },
  ],
});
