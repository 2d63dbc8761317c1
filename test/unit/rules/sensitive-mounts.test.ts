import { expect } from 'chai';
import rule from '../../../src/rules/sensitive-mounts.js';
import { parseBind } from '../../../src/rules/lib/mounts.js';
import { goPathClean } from '../../../src/rules/lib/paths.js';
import { apiRequest, captured, capturedBody } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (hostConfig: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: hostConfig });
const volume = (body: object) => apiRequest('POST', '/v1.41/volumes/create', body);
const service = (mounts: object[]) => {
  const body = capturedBody('service-create-plain', 'service.create') as { TaskTemplate: { ContainerSpec: object } };
  return apiRequest('POST', '/v1.41/services/create', { ...body, TaskTemplate: { ...body.TaskTemplate, ContainerSpec: { ...body.TaskTemplate.ContainerSpec, Mounts: mounts } } });
};

describe('host paths, read like the daemon', () => {
  it('cleans paths like Go path.Clean', () => {
    expect(['/etc/', '//etc', '/./etc', '/srv/../etc', '/../../etc', '/etc/.', '/', '/a//b/../c'].map(goPathClean)).to.deep.equal(['/etc', '/etc', '/etc', '/etc', '/etc', '/etc', '/', '/a/c']);
  });
  it('splits Binds like ParseMountRaw', () => {
    expect(parseBind('/etc:/x:ro')).to.deep.equal({ source: '/etc', rawSource: '/etc', mode: 'ro' });
    expect(parseBind('/srv/../etc/:/x')).to.deep.equal({ source: '/etc', rawSource: '/srv/../etc/', mode: '' });
    expect(parseBind('data:/x')).to.equal(undefined);
    expect(parseBind('/anonymous')).to.equal(undefined);
    expect(parseBind('/a:/b:ro:x')).to.equal(undefined);
  });
});

testRule(rule, {
  valid: [
    { name: 'docker run (no mounts)', request: captured('run-plain', 'container.create') },
    { name: 'hardened run: -v /srv/dg-data:/data', request: captured('run-hardened', 'container.create') },
    { name: 'a named volume', request: create({ Binds: ['data:/data', 'etc:/etc'] }) },
    { name: 'an anonymous volume at /etc in the container', request: create({ Binds: ['/etc'] }) },
    { name: '/etc/localtime read-only (default allowReadOnly)', request: create({ Binds: ['/etc/localtime:/etc/localtime:ro'] }) },
    { name: 'an allowed path', request: create({ Binds: ['/var/lib/docker/volumes/x:/x'] }), options: { allow: ['/var/lib/docker/volumes/**'] } },
    { name: 'a data folder whose name starts like a denied one', request: create({ Binds: ['/etcetera:/x', '/usrdata:/y'] }) },
    { name: 'docker volume create (plain)', request: captured('volume-create-plain', 'volume.create') },
    { name: 'local volume bind of a data folder', request: volume({ Driver: 'local', DriverOpts: { type: 'none', o: 'bind', device: '/srv/data' } }) },
    { name: 'local volume over NFS', request: volume({ Driver: 'local', DriverOpts: { type: 'nfs', o: 'addr=10.0.0.1,rw', device: ':/export/etc' } }) },
    { name: 'a third-party volume driver (options are its own)', request: volume({ Driver: 'vieux/sshfs', DriverOpts: { sshcmd: 'u@h:/etc' } }) },
    { name: 'service with a data bind', request: service([{ Type: 'bind', Source: '/srv/app', Target: '/app' }]) },
    { name: '--volumes-from when allowed', request: captured('run-volumes-from', 'container.create'), options: { allowVolumesFrom: true } },
  ],
  invalid: [
    { name: 'docker run -v /:/host', request: captured('run-bind-root', 'container.create'), findings: [{ field: 'HostConfig.Binds[0]', found: '/' }] },
    { name: 'docker run -v /etc:/etc-host:ro (read-only is not safe)', request: captured('run-bind-etc-ro', 'container.create'), findings: [{ found: '/etc', summary: 'HostConfig.Binds[0] mounts /etc, a sensitive host path (read-only does not make it safe)' }] },
    { name: 'docker run --mount type=bind,source=/etc', request: captured('run-mount-bind', 'container.create'), findings: [{ field: 'HostConfig.Mounts[0].Source', found: '/etc' }] },
    { name: 'docker run --mount type=volume with local bind options', request: captured('run-mount-volume-opts', 'container.create'), findings: [{ field: 'HostConfig.Mounts[0].VolumeOptions.DriverConfig.Options.device', found: '/etc' }] },
    { name: 'docker volume create -o o=bind -o device=/etc', request: captured('volume-create-bind', 'volume.create'), findings: [{ field: 'DriverOpts.device', found: '/etc' }] },
    { name: 'docker service create --mount type=bind,source=/etc', request: captured('service-create-host', 'service.create'), findings: [{ field: 'TaskTemplate.ContainerSpec.Mounts[0].Source', found: '/etc' }] },
    { name: 'docker run --volumes-from', request: captured('run-volumes-from', 'container.create'), findings: [{ field: 'HostConfig.VolumesFrom[0]', found: 'dg-target' }] },
    { name: 'a parent of a denied path: /var holds /var/lib/docker', request: create({ Binds: ['/var:/v'] }), findings: [{ found: '/var', summary: 'HostConfig.Binds[0] mounts /var, a folder holding /var/lib/docker' }] },
    { name: 'a subfolder of /etc', request: create({ Binds: ['/etc/ssh:/x:ro'] }), findings: [{ found: '/etc/ssh' }] },
    { name: 'dot segments and doubled slashes', request: create({ Binds: ['/srv/../etc/:/x', '//proc:/p'] }), findings: [{ found: '/etc (sent as "/srv/../etc/")' }, { found: '/proc (sent as "//proc")' }] },
    { name: '/etc/localtime read-write is not in allowReadOnly', request: create({ Binds: ['/etc/localtime:/etc/localtime'] }), findings: [{ found: '/etc/localtime' }] },
    { name: 'Mounts bind with a ReadOnly flag is still /etc', request: create({ Mounts: [{ Type: 'bind', Source: '/etc/', Target: '/x', ReadOnly: true }] }), findings: [{ found: '/etc (sent as "/etc/")' }] },
    { name: 'case-folded Mounts keys', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"mounts":[{"type":"bind","SOURCE":"/root","target":"/r"}]}}'), findings: [{ found: '/root' }] },
    { name: 'a local volume of a block device', request: volume({ DriverOpts: { type: 'ext4', device: '/dev/sda1' } }), findings: [{ field: 'DriverOpts.device', found: '/dev/sda1' }] },
    { name: 'a relative bind device resolves against /', request: volume({ Driver: 'local', DriverOpts: { type: 'none', o: 'bind', device: 'etc' } }), findings: [{ found: '/etc (sent as "etc")' }] },
    { name: 'o=bind binds whatever the type', request: volume({ DriverOpts: { type: 'nfs', o: 'bind', device: '/etc' } }), findings: [{ found: '/etc' }] },
    { name: 'overlay lowerdir on host folders', request: volume({ DriverOpts: { type: 'overlay', device: 'overlay', o: 'lowerdir=/etc:/srv/x,upperdir=/srv/u,workdir=/srv/w' } }), findings: [{ field: 'DriverOpts.o', found: '/etc' }] },
    { name: 'a local volume of the host procfs', request: volume({ DriverOpts: { type: 'proc', device: 'proc' } }), findings: [{ found: '/proc (sent as "proc")' }, { field: 'DriverOpts.type', found: 'proc' }] },
    { name: 'a local volume of sysfs through --mount', request: create({ Mounts: [{ Type: 'volume', Target: '/s', VolumeOptions: { DriverConfig: { Name: 'local', Options: { type: 'sysfs', device: 'none' } } } }] }), findings: [{ field: 'HostConfig.Mounts[0].VolumeOptions.DriverConfig.Options.type', found: 'sysfs' }] },
    { name: 'service volume mount with bind options', request: service([{ Type: 'volume', Source: 'v', Target: '/v', VolumeOptions: { DriverConfig: { Options: { type: 'none', o: 'bind', device: '/' } } } }]), findings: [{ found: '/' }] },
    { name: 'a custom deny list', request: create({ Binds: ['/srv/secrets/db:/s'] }), options: { deny: ['/srv/secrets/**'] }, findings: [{ found: '/srv/secrets/db' }] },
  ],
});
