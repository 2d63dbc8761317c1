import { expect } from 'chai';
import { linkSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import rule from '../../../src/rules/docker-socket.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { findingsThroughEngine, testRule } from '../../helpers/rule-tester.js';
import { HOST_TREE, useHostTree } from '../host/tree.js';

const create = (hostConfig: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: hostConfig });

describe('docker-socket on a fake host', () => {
  // /run/docker.sock is a plain file in the tree: the rule judges paths; identity needs a real socket (below).
  useHostTree(HOST_TREE);

  testRule(rule, {
    valid: [
      { name: 'hardened run', request: cli('run-hardened', 'container.create') },
      { name: 'a data folder under /run that holds no socket', request: create({ Binds: ['/run/app:/run/app'] }) },
      { name: 'a named volume called docker.sock', request: create({ Binds: ['docker.sock:/var/run/docker.sock'] }) },
      { name: 'a data folder', request: create({ Binds: ['/srv/data/file:/f'] }) },
    ],
    invalid: [
      { name: 'docker run -v /var/run/docker.sock:/var/run/docker.sock', request: cli('run-docker-sock', 'container.create'), findings: [{ field: 'HostConfig.Binds[0]', found: '/var/run/docker.sock' }] },
      { name: 'read-only does not help', request: create({ Binds: ['/run/docker.sock:/s:ro'] }), findings: [{ found: '/run/docker.sock' }] },
      { name: 'a parent folder: /var/run', request: create({ Binds: ['/var/run:/host-run'] }), findings: [{ found: '/var/run', summary: 'HostConfig.Binds[0] mounts /var/run, which resolves to /run: /var/run is a folder holding /var/run/docker.sock' }] },
      { name: 'the host root holds every socket', request: cli('run-bind-root', 'container.create'), findings: [{ found: '/' }] },
      { name: 'dot segments', request: create({ Binds: ['/var/run/../run/./docker.sock:/s'] }), findings: [{ found: '/var/run/docker.sock (sent as "/var/run/../run/./docker.sock")' }] },
      { name: '--mount type=bind', request: create({ Mounts: [{ Type: 'bind', Source: '/run/docker.sock', Target: '/s' }] }), findings: [{ field: 'HostConfig.Mounts[0].Source' }] },
      { name: 'containerd socket', request: create({ Binds: ['/run/containerd/containerd.sock:/c'] }), findings: [{ found: '/run/containerd/containerd.sock' }] },
      { name: 'local volume binding the socket', request: apiRequest('POST', '/v1.41/volumes/create', { Driver: 'local', DriverOpts: { type: 'none', o: 'bind', device: '/var/run/docker.sock' } }), findings: [{ field: 'DriverOpts.device' }] },
      { name: 'a custom daemon socket', request: create({ Binds: ['/srv/docker/api.sock:/s'] }), options: { sockets: ['/srv/docker/api.sock'] }, findings: [{ found: '/srv/docker/api.sock' }] },
      { name: 'a symlink to the socket in a data folder', request: create({ Binds: ['/srv/data/to-sock:/s'] }), findings: [{ found: '/srv/data/to-sock', summary: 'HostConfig.Binds[0] mounts /srv/data/to-sock, which resolves to /run/docker.sock: /run/docker.sock is the daemon socket' }] },
      { name: 'a symlink to / in a data folder', request: create({ Binds: ['/srv/data/to-root:/h'] }), findings: [{ summary: 'HostConfig.Binds[0] mounts /srv/data/to-root, which resolves to /: / is a folder holding /var/run/docker.sock' }] },
      { name: 'a path that cannot be resolved', request: create({ Binds: ['/srv/data/loop-a:/h'] }), findings: [{ found: '/srv/data/loop-a' }] },
    ],
  });
});

describe('docker-socket: the socket under another name (same inode)', () => {
  const tree = useHostTree(['run/', 'srv/data/']);
  let server: Server | undefined;
  before(async () => {
    mkdirSync(join(tree.root(), 'run'), { recursive: true });
    const sock = join(tree.root(), 'run/docker.sock');
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(sock, resolve));
    linkSync(sock, join(tree.root(), 'srv/data/hard.sock'));
  });
  after(async () => {
    await new Promise<void>((resolve) => server?.close(() => { resolve(); }));
  });
  it('denies a hard link of the socket in a data folder', () => {
    const findings = findingsThroughEngine(rule, create({ Binds: ['/srv/data/hard.sock:/s'] }), undefined);
    expect(findings).to.have.length(1);
    expect(findings[0]?.summary).to.equal('HostConfig.Binds[0] mounts /srv/data/hard.sock: it is the daemon socket /run/docker.sock under another name (same file)');
  });
});
