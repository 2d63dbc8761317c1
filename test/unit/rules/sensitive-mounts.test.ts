import { expect } from 'chai';
import { chmodSync, chownSync, linkSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rule from '../../../src/rules/sensitive-mounts.js';
import { mountSurface, parseBind, submountsWritable } from '../../../src/rules/lib/mounts.js';
import { liveContext } from '../../../src/rules/lib/context.js';
import { contextWith } from '../../helpers/context.js';
import { goPathClean } from '../../../src/rules/lib/paths.js';
import { apiRequest, capturedBody, cli, decode } from '../../helpers/fixtures.js';
import { findingsThroughEngine, testRule } from '../../helpers/rule-tester.js';
import { IS_ROOT, HOST_TREE, useHostTree } from '../host/tree.js';
import { currentRegistry, HostPathRegistry, setRegistry, type StoredHostPath } from '../../../src/state/registry.js';

const create = (hostConfig: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: hostConfig });
const volume = (body: object) => apiRequest('POST', '/v1.41/volumes/create', body);
const localVolume = (opts: Record<string, string>) => volume({ Driver: 'local', DriverOpts: opts });
const driverConfig = (opts: Record<string, string>) => create({ Mounts: [{ Type: 'volume', Target: '/v', VolumeOptions: { DriverConfig: { Name: 'local', Options: opts } } }] });
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

describe('sensitive-mounts on a fake host (symlinks, devices, data roots)', () => {
  useHostTree([...HOST_TREE, ...(IS_ROOT ? ['srv/data/sda b:8:0', 'srv/data/mem c:1:1', 'dev/sdb1 b:8:17', 'dev/disk/by-label/data -> ../../sdb1'] : [])]);

  testRule(rule, {
    valid: [
      { name: 'docker run (no mounts)', request: cli('run-plain', 'container.create') },
      { name: 'hardened run: -v /srv/dg-data:/data (missing: judged by /srv)', request: cli('run-hardened', 'container.create') },
      { name: 'a named volume', request: create({ Binds: ['data:/data', 'etc:/etc'] }) },
      { name: 'an anonymous volume at /etc in the container', request: create({ Binds: ['/etc'] }) },
      { name: '-v $PWD:/src in a project under /home', request: create({ Binds: ['/home/u/project:/src'] }) },
      { name: 'a data folder', request: create({ Binds: ['/srv/app-data:/data', '/data:/d', '/mnt:/m', '/media:/x'] }) },
      { name: 'a missing folder under a data root (the daemon creates it)', request: create({ Binds: ['/srv/new/deeper:/x'] }) },
      { name: 'a symlink that stays in the data roots', request: create({ Binds: ['/srv/data/to-data:/x'] }) },
      { name: 'a trailing slash', request: create({ Binds: ['/srv/app-data/:/x'] }) },
      { name: '/etc/localtime read-only: a symlink into /usr/share/zoneinfo (both allowReadOnly)', request: create({ Binds: ['/etc/localtime:/etc/localtime:ro'] }) },
      { name: 'a CA certificate read-only (symlink into /usr/share/ca-certificates)', request: create({ Binds: ['/etc/ssl/certs/ca.pem:/ca.pem:ro'] }) },
      { name: 'an allowed path', request: create({ Binds: ['/var/lib/docker/volumes/x:/x'] }), options: { allow: ['/var/lib/docker/volumes/**'] } },
      { name: 'an extra data root', request: create({ Binds: ['/opt/app:/x'] }), options: { dataRoots: ['/opt'] } },
      { name: 'dataRoots ["/"]: the old deny-list behaviour', request: create({ Binds: ['/opt/app:/x', '/etcetera:/y'] }), options: { dataRoots: ['/'] } },
      { name: 'docker volume create (plain)', request: cli('volume-create-plain', 'volume.create') },
      { name: 'a local volume with only a size', request: localVolume({ size: '1g' }) },
      { name: 'local volume bind of a data folder', request: localVolume({ type: 'none', o: 'bind', device: '/srv/data' }) },
      { name: 'local volume bind, relative device under a data root', request: localVolume({ type: 'none', o: 'bind', device: 'srv/data' }) },
      { name: 'tmpfs volume', request: localVolume({ type: 'tmpfs', o: 'size=64m,uid=1000', device: 'tmpfs' }) },
      { name: 'local volume over NFS', request: localVolume({ type: 'nfs', o: 'addr=10.0.0.1,rw', device: ':/export/etc' }) },
      { name: 'local volume over CIFS', request: localVolume({ type: 'cifs', o: 'addr=10.0.0.1,username=u', device: '//10.0.0.1/share' }) },
      { name: 'overlay on data folders', request: localVolume({ type: 'overlay', device: 'overlay', o: 'lowerdir=/srv/data:/home/u/project,upperdir=/srv/app-data/u,workdir=/srv/app-data/w,index=off' }) },
      { name: 'a third-party volume driver (options are its own)', request: volume({ Driver: 'vieux/sshfs', DriverOpts: { sshcmd: 'u@h:/etc' } }) },
      { name: 'service with a data bind', request: service([{ Type: 'bind', Source: '/srv/app', Target: '/app' }]) },
      { name: 'DriverConfig at create: bind of a data folder', request: driverConfig({ type: 'none', o: 'bind', device: '/srv/data' }) },
      { name: '--volumes-from when allowed', request: cli('run-volumes-from', 'container.create'), options: { allowVolumesFrom: true } },
      ...(IS_ROOT ? [
        { name: 'ext4 on a listed block device', request: localVolume({ type: 'ext4', device: '/dev/sdb1' }), options: { blockDevices: ['/dev/sdb1'] } },
        { name: 'ext4 on a listed device named through a symlink', request: localVolume({ type: 'ext4', device: '/dev/disk/by-label/data' }), options: { blockDevices: ['/dev/sdb1'] } },
      ] : []),
    ],
    invalid: [
      { name: 'docker run -v /:/host', request: cli('run-bind-root', 'container.create'), findings: [{ field: 'HostConfig.Binds[0]', found: '/' }] },
      { name: 'docker run -v /etc:/etc-host:ro (read-only is not safe)', request: cli('run-bind-etc-ro', 'container.create'), findings: [{ found: '/etc', summary: 'HostConfig.Binds[0] mounts /etc, a sensitive host path (read-only does not make it safe)' }] },
      { name: 'docker run --mount type=bind,source=/etc', request: cli('run-mount-bind', 'container.create'), findings: [{ field: 'HostConfig.Mounts[0].Source', found: '/etc' }] },
      { name: 'docker run --mount type=volume with local bind options', request: cli('run-mount-volume-opts', 'container.create'), findings: [{ field: 'HostConfig.Mounts[0].VolumeOptions.DriverConfig.Options.device', found: '/etc' }] },
      { name: 'docker volume create -o o=bind -o device=/etc', request: cli('volume-create-bind', 'volume.create'), findings: [{ field: 'DriverOpts.device', found: '/etc' }] },
      { name: 'docker service create --mount type=bind,source=/etc', request: cli('service-create-host', 'service.create'), findings: [{ field: 'TaskTemplate.ContainerSpec.Mounts[0].Source', found: '/etc' }] },
      { name: 'docker run --volumes-from', request: cli('run-volumes-from', 'container.create'), findings: [{ field: 'HostConfig.VolumesFrom[0]', found: 'dg-target' }] },
      { name: 'a parent of a denied path: /var holds /var/lib/docker', request: create({ Binds: ['/var:/v'] }), findings: [{ found: '/var', summary: 'HostConfig.Binds[0] mounts /var, a folder holding /var/lib/docker' }] },
      { name: 'dot segments and doubled slashes', request: create({ Binds: ['/srv/../etc/:/x', '//proc:/p'] }), findings: [{ found: '/etc (sent as "/srv/../etc/")' }, { found: '/proc (sent as "//proc")' }] },
      { name: '/etc/localtime read-write is not in allowReadOnly', request: create({ Binds: ['/etc/localtime:/etc/localtime'] }), findings: [{ found: '/etc/localtime' }] },
      { name: 'case-folded Mounts keys', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"mounts":[{"type":"bind","SOURCE":"/root","target":"/r"}]}}'), findings: [{ found: '/root' }] },
      { name: 'a custom deny list inside a data root', request: create({ Binds: ['/srv/secrets/db:/s'] }), options: { deny: ['/srv/secrets/**'] }, findings: [{ found: '/srv/secrets/db' }] },
      // Root-run paths a deny list misses: outside every data root.
      ...['/var/lib/dpkg', '/var/spool/cron', '/run/systemd', '/run/dbus', '/var/lib/kubelet', '/opt/app/bin', '/tmp', '/var/tmp', '/etcetera'].map((p) => ({
        name: `${p} is outside the data roots`, request: create({ Binds: [`${p}:/x`] }),
        findings: [{ found: p, summary: `HostConfig.Binds[0] mounts ${p}, outside the data roots (/home, /srv, /data, /mnt, /media)` }],
      })),
      // Symlinks: judged where they lead.
      { name: 'a symlink to / at the end', request: create({ Binds: ['/srv/data/to-root:/host'] }), findings: [{ found: '/srv/data/to-root', summary: 'HostConfig.Binds[0] mounts /srv/data/to-root, which resolves to /: / is a sensitive host path' }] },
      { name: 'a symlink in the middle', request: create({ Binds: ['/srv/data/to-etc/cron.d:/x'] }), findings: [{ summary: 'HostConfig.Binds[0] mounts /srv/data/to-etc/cron.d, which resolves to /etc/cron.d, of which /etc exists: /etc/cron.d is a sensitive host path' }] },
      { name: 'a relative symlink to a root-run path', request: create({ Binds: ['/srv/data/to-dpkg:/x'] }), findings: [{ summary: 'HostConfig.Binds[0] mounts /srv/data/to-dpkg, which resolves to /var/lib/dpkg: /var/lib/dpkg is outside the data roots (/home, /srv, /data, /mnt, /media)' }] },
      { name: 'a dangling symlink (the daemon would create its target)', request: create({ Binds: ['/srv/data/dangling:/x'] }), findings: [{ found: '/srv/data/dangling' }] },
      { name: '.. after a symlink: cleaned by the daemon first, so /srv/data', request: create({ Binds: ['/srv/data/to-etc/..:/x', '/srv/data/rel-etc/:/y'] }), findings: [{ field: 'HostConfig.Binds[1]', found: '/srv/data/rel-etc (sent as "/srv/data/rel-etc/")' }] },
      { name: 'a symlink loop cannot be resolved', request: create({ Binds: ['/srv/data/loop-a:/x'] }), findings: [{ summary: 'HostConfig.Binds[0] mounts /srv/data/loop-a, which cannot be resolved safely on the host: /srv/data/loop-a is part of a symlink loop' }] },
      { name: '--mount type=bind through a symlink', request: create({ Mounts: [{ Type: 'bind', Source: '/srv/data/to-root', Target: '/h' }] }), findings: [{ field: 'HostConfig.Mounts[0].Source' }] },
      { name: 'service bind through a symlink', request: service([{ Type: 'bind', Source: '/srv/data/to-etc', Target: '/h' }]), findings: [{ field: 'TaskTemplate.ContainerSpec.Mounts[0].Source' }] },
      { name: 'volumes/create bind device through a symlink', request: localVolume({ type: 'none', o: 'bind', device: '/srv/data/to-root' }), findings: [{ field: 'DriverOpts.device' }] },
      { name: 'volumes/create bind with a relative device to a system folder', request: localVolume({ type: 'none', o: 'bind', device: 'etc' }), findings: [{ found: '/etc (sent as "etc")' }] },
      { name: 'volumes/create bind device: .. after a symlink is physical (raw to the kernel)', request: localVolume({ type: 'none', o: 'rbind', device: '/srv/data/to-etc/../var/lib/dpkg' }), findings: [{ summary: 'DriverOpts.device mounts /srv/data/var/lib/dpkg (sent as "/srv/data/to-etc/../var/lib/dpkg"), which resolves to /var/lib/dpkg: /var/lib/dpkg is outside the data roots (/home, /srv, /data, /mnt, /media)' }] },
      { name: 'o=bind binds whatever the type', request: localVolume({ type: 'nfs', o: 'bind', device: '/etc' }), findings: [{ found: '/etc' }] },
      { name: 'DriverConfig at create: bind through a symlink', request: driverConfig({ type: 'none', o: 'bind', device: '/srv/data/to-etc' }), findings: [{ field: 'HostConfig.Mounts[0].VolumeOptions.DriverConfig.Options.device' }] },
      { name: 'service volume mount with bind options', request: service([{ Type: 'volume', Source: 'v', Target: '/v', VolumeOptions: { DriverConfig: { Options: { type: 'none', o: 'bind', device: '/' } } } }]), findings: [{ found: '/' }] },
      // Overlay: every folder is a host path, relative ones from /.
      { name: 'overlay with a relative lowerdir', request: localVolume({ type: 'overlay', device: 'overlay', o: 'lowerdir=etc:srv/data,upperdir=/srv/app-data/u,workdir=/srv/app-data/w' }), findings: [{ field: 'DriverOpts.o', found: '/etc (sent as "etc")' }] },
      { name: 'overlay with an absolute lowerdir on /etc', request: localVolume({ type: 'overlay', device: 'overlay', o: 'lowerdir=/etc:/srv/x,upperdir=/srv/u,workdir=/srv/w' }), findings: [{ field: 'DriverOpts.o', found: '/etc' }] },
      { name: 'overlay with a relative upperdir and workdir', request: localVolume({ type: 'overlay', device: 'overlay', o: 'lowerdir=/srv/data,upperdir=var/lib/dpkg,workdir=run/dbus' }), findings: [{ found: '/var/lib/dpkg (sent as "var/lib/dpkg")' }, { found: '/run/dbus (sent as "run/dbus")' }] },
      { name: 'overlay lowerdir through a symlink', request: localVolume({ type: 'overlay', device: 'overlay', o: 'lowerdir=/srv/data/to-etc,upperdir=/srv/u,workdir=/srv/w' }), findings: [{ summary: 'DriverOpts.o mounts /srv/data/to-etc, which resolves to /etc: /etc is a sensitive host path (read-only does not make it safe)' }] },
      { name: 'overlay options with escapes or unknown keys', request: localVolume({ type: 'overlay', device: 'overlay', o: 'lowerdir=/srv/a\\:b,upperdir=/srv/u' }), findings: [{ field: 'DriverOpts.o' }] },
      { name: 'overlay option dockgate does not know', request: localVolume({ type: 'overlay', device: 'overlay', o: 'lowerdir=/srv/a,frobdir=/etc' }), findings: [{ found: 'frobdir=/etc' }] },
      { name: 'overlay through DriverConfig at create', request: driverConfig({ type: 'overlay', device: 'overlay', o: 'lowerdir=etc,upperdir=/srv/u,workdir=/srv/w' }), findings: [{ field: 'HostConfig.Mounts[0].VolumeOptions.DriverConfig.Options.o', found: '/etc (sent as "etc")' }] },
      { name: 'overlay through a service mount', request: service([{ Type: 'volume', Source: 'v', Target: '/v', VolumeOptions: { DriverConfig: { Name: 'local', Options: { type: 'overlay', device: 'overlay', o: 'lowerdir=/,upperdir=/srv/u,workdir=/srv/w' } } } }]), findings: [{ found: '/' }] },
      // Disk filesystems: only listed block devices.
      { name: 'ext4 on a device that is not listed (the default lists none)', request: localVolume({ type: 'ext4', device: '/dev/sda1' }), findings: [{ field: 'DriverOpts.device', found: '/dev/sda1' }] },
      { name: 'ext4 on a folder', request: localVolume({ type: 'ext4', device: '/srv/data' }), findings: [{ summary: 'DriverOpts.device mounts /srv/data as a filesystem\'s device: it is a directory, not a listed block device' }] },
      { name: 'xfs with a path in o= (logdev)', request: localVolume({ type: 'xfs', device: '/srv/data/file', o: 'logdev=/dev/sdc' }), findings: [{ field: 'DriverOpts.device' }, { field: 'DriverOpts.o', found: '/dev/sdc' }] },
      { name: 'a local volume of the host procfs', request: localVolume({ type: 'proc', device: 'proc' }), findings: [{ found: '/proc (sent as "proc")' }, { field: 'DriverOpts.type', found: 'proc' }] },
      { name: 'a local volume of sysfs through --mount', request: driverConfig({ type: 'sysfs', device: 'none' }), findings: [{ found: '/none (sent as "none")' }, { field: 'HostConfig.Mounts[0].VolumeOptions.DriverConfig.Options.type', found: 'sysfs' }] },
      ...(IS_ROOT ? [
        { name: 'ext4 on a block node a container made in a data folder', request: localVolume({ type: 'ext4', device: '/srv/data/sda' }), options: { blockDevices: ['/dev/sdb1'] }, findings: [{ summary: 'DriverOpts.device mounts /srv/data/sda, a block device not listed in blockDevices (a container can make a node of any host disk in a folder it writes)' }] },
        { name: 'ext4 on a char node in a data folder', request: localVolume({ type: 'ext4', device: '/srv/data/mem' }), findings: [{ summary: 'DriverOpts.device mounts /srv/data/mem as a filesystem\'s device: it is a char-device, not a listed block device' }] },
        { name: 'a bind of a device node in a data folder', request: create({ Binds: ['/srv/data/sda:/dev/x'] }), findings: [{ found: '/srv/data/sda' }] },
        { name: 'DriverConfig at create: ext4 on a node in a data folder', request: driverConfig({ type: 'ext4', device: '/srv/data/sda' }), findings: [{ field: 'HostConfig.Mounts[0].VolumeOptions.DriverConfig.Options.device' }] },
      ] : []),
    ],
  });

  it('names the written path, where it resolves, and the fix', () => {
    const findings = findingsThroughEngine(rule, create({ Binds: ['/srv/data/to-root:/host'] }), undefined);
    expect(findings).to.have.length(1);
    expect(findings[0]?.fix).to.equal('mount a folder under a data root (/home, /srv, /data, /mnt, /media) that is not reached through a symlink, or a named volume');
  });
});

describe('sensitive-mounts strict mode (sound by construction)', () => {
  const tree = useHostTree([
    'srv/volumes/app/', 'srv/volumes/app/sub/', 'srv/volumes/app.conf', 'srv/volumes/link -> app', 'srv/volumes/to-etc -> /etc', 'etc/',
    'srv/shared/app/', 'srv/user/app/', 'srv/volumes/hard', 'home/u/project/',
  ]);
  before(() => {
    chmodSync(join(tree.root(), 'srv'), 0o755);
    chmodSync(join(tree.root(), 'srv/volumes'), 0o755);
    chmodSync(join(tree.root(), 'srv/shared'), 0o775);
    chownSync(join(tree.root(), 'srv/user'), 1000, 1000);
    chmodSync(join(tree.root(), 'srv/user'), 0o755);
    linkSync(join(tree.root(), 'srv/volumes/hard'), join(tree.root(), 'srv/volumes/hard2'));
  });
  const strict = { strict: true, strictPaths: ['/srv/volumes/*', '/srv/shared/*', '/srv/user/*'] };
  const check = (binds: string[]) => findingsThroughEngine(rule, create({ Binds: binds }), strict).map((f) => f.summary);

  it('allows a strict path that is a real folder under root-owned, unshared folders (the folder itself may be anyone\'s)', () => {
    expect(check(['/srv/volumes/app:/data', '/srv/volumes/app.conf:/etc/app.conf:ro'])).to.deep.equal([]);
  });
  const table: readonly (readonly [string, string])[] = [
    ['/srv/volumes/link', 'HostConfig.Binds[0] mounts /srv/volumes/link, which resolves to /srv/volumes/app: the path follows a symlink (sensitive-mounts strict mode)'],
    ['/srv/volumes/to-etc', 'HostConfig.Binds[0] mounts /srv/volumes/to-etc, which resolves to /etc: the path follows a symlink (sensitive-mounts strict mode)'],
    ['/srv/volumes/app/sub', 'HostConfig.Binds[0] mounts /srv/volumes/app/sub: not one of the strict paths (sensitive-mounts strict mode)'],
    ['/srv/volumes', 'HostConfig.Binds[0] mounts /srv/volumes: not one of the strict paths (sensitive-mounts strict mode)'],
    ['/srv/volumes/new', 'HostConfig.Binds[0] mounts /srv/volumes/new: /srv/volumes is the deepest part that exists; strict mode mounts only existing folders (sensitive-mounts strict mode)'],
    ['/srv/shared/app', 'HostConfig.Binds[0] mounts /srv/shared/app: /srv/shared is writable by its group (mode 775) (sensitive-mounts strict mode)'],
    ['/srv/user/app', 'HostConfig.Binds[0] mounts /srv/user/app: /srv/user is owned by uid 1000, not root (sensitive-mounts strict mode)'],
    ['/srv/volumes/hard', 'HostConfig.Binds[0] mounts /srv/volumes/hard: it is a file with 2 hard links (sensitive-mounts strict mode)'],
    ['/home/u/project', 'HostConfig.Binds[0] mounts /home/u/project: not one of the strict paths (sensitive-mounts strict mode)'],
  ];
  for (const [path, summary] of table) {
    it(`denies ${path}`, () => {
      expect(check([`${path}:/x`])).to.deep.equal([summary]);
    });
  }
  it('judges overlay folders the same way', () => {
    const findings = findingsThroughEngine(rule, localVolume({ type: 'overlay', device: 'overlay', o: 'lowerdir=/srv/volumes/app,upperdir=/srv/volumes/link,workdir=srv/volumes/app' }), strict);
    expect(findings.map((f) => f.found)).to.deep.equal(['/srv/volumes/link']);
  });
  it('config/strict.json turns it on with /srv/volumes/*', () => {
    const policy = JSON.parse(readFileSync(new URL('../../../config/strict.json', import.meta.url), 'utf8')) as { rules: Record<string, unknown> };
    expect(policy.rules['sensitive-mounts']).to.deep.equal({ action: 'deny', options: { strict: true, strictPaths: ['/srv/volumes/*'] } });
  });
});

describe('read-only binds: whether the host\'s mounts below the source stay writable (:ro, the API version and bind-recursive checked on 20.10, 26.1, 28.5; kernel and runtime from moby\'s source)', () => {
  type Row = readonly [name: string, readOnly: boolean, bind: object | null, apiVersion: string | undefined, kernel: readonly [number, number] | undefined, runtime: string, expected: boolean];
  const rows: readonly Row[] = [
    ['a writable bind (writable anyway)', false, null, '1.51', [6, 1], '', false],
    [':ro without an API version (the daemon\'s own: 1.41 on 20.10)', true, null, undefined, [6, 1], '', true],
    [':ro at API 1.41 (20.10)', true, null, '1.41', [6, 1], '', true],
    [':ro at API 1.43 (25+ keep ro at the top only for old clients)', true, null, '1.43', [6, 1], '', true],
    [':ro at API 1.44 on kernel 5.12 (rro)', true, null, '1.44', [5, 12], '', false],
    [':ro at API 1.51 on kernel 5.11 (no mount_setattr: the daemon falls back to ro)', true, null, '1.51', [5, 11], '', true],
    [':ro at API 1.51, kernel unknown', true, null, '1.51', undefined, '', true],
    [':ro at API 1.51, --runtime runc', true, null, '1.51', [6, 1], 'runc', false],
    [':ro at API 1.51, another runtime (it may not take rro: silent fallback)', true, null, '1.51', [6, 1], 'runsc', true],
    ['bind-recursive=writable (ReadOnlyNonRecursive) at API 1.51', true, { ReadOnlyNonRecursive: true }, '1.51', [6, 1], '', true],
    ['bind-recursive=readonly (ReadOnlyForceRecursive) at API 1.51, kernel 5.4 (the start fails instead)', true, { ReadOnlyForceRecursive: true, Propagation: 'rprivate' }, '1.51', [5, 4], '', false],
    ['ReadOnlyForceRecursive at API 1.41 (20.10 has no such field)', true, { ReadOnlyForceRecursive: true }, '1.41', [6, 1], '', true],
    ['bind-recursive=disabled (NonRecursive) at API 1.41: no mounts below in the container', true, { NonRecursive: true }, '1.41', [6, 1], '', false],
    ['NonRecursive without an API version', true, { NonRecursive: true }, undefined, undefined, '', false],
    ['NonRecursive at API 1.39 (ignored before 1.40)', true, { NonRecursive: true }, '1.39', [6, 1], '', true],
  ];
  for (const [name, readOnly, bind, apiVersion, kernel, runtime, expected] of rows) {
    it(`${name}: ${expected ? 'writable below' : 'read-only all the way down'}`, () => {
      expect(submountsWritable(readOnly, bind as Parameters<typeof submountsWritable>[1], { apiVersion, kernel, runtime })).to.equal(expected);
    });
  }
  it('a local volume bound with o=rbind,ro keeps the mounts below writable; o=bind,ro has none', () => {
    const of = (o: string) => mountSurface(decode(localVolume({ type: 'none', o, device: '/srv/data' })), liveContext).hostPaths.map((h) => [h.readOnly, h.submountsWritable]);
    expect(of('rbind,ro')).to.deep.equal([[true, true]]);
    expect(of('bind,ro')).to.deep.equal([[true, false]]);
    expect(of('bind')).to.deep.equal([[false, false]]);
  });
  it('a create reads HostConfig.Runtime, the API version of its path and the running kernel', () => {
    const ctx = (kernel: readonly [number, number]) => ({ containers: liveContext.containers, kernel });
    const of = (path: string, hc: object, kernel: readonly [number, number]) => mountSurface(decode(apiRequest('POST', path, { Image: 'x', HostConfig: hc })), ctx(kernel)).hostPaths.map((h) => h.submountsWritable);
    expect(of('/v1.51/containers/create', { Binds: ['/srv/data:/d:ro'] }, [6, 1])).to.deep.equal([false]);
    expect(of('/v1.51/containers/create', { Binds: ['/srv/data:/d:ro'] }, [5, 10])).to.deep.equal([true]);
    expect(of('/v1.51/containers/create', { Binds: ['/srv/data:/d:ro'], Runtime: 'kata' }, [6, 1])).to.deep.equal([true]);
    expect(of('/v1.41/containers/create', { Binds: ['/srv/data:/d:ro'] }, [6, 1])).to.deep.equal([true]);
  });
});

describe('sensitive-mounts: a host path below another container\'s writable mount (the start race)', () => {
  useHostTree(['srv/data/race/d/', 'srv/data/race/e/', 'srv/data/sib/', 'srv/data/link -> race', 'srv/other/', 'etc/']);
  const A = 'a'.repeat(12) + '1'.repeat(52);
  const B = 'b'.repeat(12) + '2'.repeat(52);
  let saved: HostPathRegistry;
  beforeEach(() => {
    saved = currentRegistry();
    setRegistry(new HostPathRegistry(undefined));
  });
  afterEach(() => { setRegistry(saved); });

  /**
   * A remembered host path (what the registry keeps from a create). `readOnly: true` is read-only
   * all the way down unless `submountsWritable` says otherwise (`undefined`: a record kept before
   * dockgate noted it).
   */
  const stored = (path: string, opts: { readOnly?: boolean; submountsWritable?: boolean | undefined; role?: StoredHostPath['role']; field?: string } = {}): StoredHostPath => {
    const base = { field: opts.field ?? 'HostConfig.Binds[0]', path, raw: path, kernelPath: path, readOnly: opts.readOnly ?? false, role: opts.role ?? 'bind' } as const;
    const sw = 'submountsWritable' in opts ? opts.submountsWritable : false;
    return sw === undefined ? base : { ...base, submountsWritable: sw };
  };
  /** A create as the 28.5 CLI sends it (API 1.51). */
  const create51 = (hostConfig: object) => apiRequest('POST', '/v1.51/containers/create', { Image: 'x', HostConfig: hostConfig });
  /** A read-only --mount type=bind of /srv/data/race at /w, with these BindOptions (as the CLI sends them). */
  const roMount = (bindOptions?: object) => ({ Type: 'bind', Source: '/srv/data/race', Target: '/w', ReadOnly: true, ...(bindOptions === undefined ? {} : { BindOptions: bindOptions }) });
  const ONLY_TOP = 'read-only (top only)';
  /** Container `a` (id A) created with these host paths and named volumes. */
  const containerA = (paths: readonly StoredHostPath[], volumes: readonly string[] = []): void => { currentRegistry().recordContainer(A, 'a', paths, volumes.map((name, i) => ({ field: `HostConfig.Binds[${i + 1}]`, name }))); };
  /** A kernel with mount_setattr (5.12+): the daemon makes :ro recursive at API 1.44+ (whatever kernel runs the tests). */
  const rroKernel = contextWith({ kernel: [6, 1] });
  const summaries = (raw: ReturnType<typeof create>, options: object = {}): string[] => findingsThroughEngine(rule, raw, options, false, rroKernel).map((f) => f.summary ?? '');

  const BELOW_A = (s: string, p: string, field = 'HostConfig.Binds[0]') => `${field} mounts ${s}, below ${p}, which container a mounts writable`;

  interface Case {
    readonly name: string;
    readonly setup: () => void;
    readonly request: () => ReturnType<typeof create>;
    readonly options?: object;
    /** The summaries expected: none means allowed. */
    readonly denied: readonly string[];
  }
  const table: readonly Case[] = [
    { name: 'another container\'s writable bind above: denied', setup: () => { containerA([stored('/srv/data/race')]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [BELOW_A('/srv/data/race/d', '/srv/data/race')] },
    { name: 'a missing path below it (the daemon would create it): denied', setup: () => { containerA([stored('/srv/data/race')]); }, request: () => create({ Binds: ['/srv/data/race/new/deeper:/x'] }), denied: [BELOW_A('/srv/data/race/new/deeper', '/srv/data/race')] },
    { name: 'the new path read-only makes no difference (the swap still decides what is mounted)', setup: () => { containerA([stored('/srv/data/race')]); }, request: () => create({ Binds: ['/srv/data/race/d:/x:ro'] }), denied: [BELOW_A('/srv/data/race/d', '/srv/data/race')] },
    { name: '--mount type=bind below it: denied', setup: () => { containerA([stored('/srv/data/race')]); }, request: () => create({ Mounts: [{ Type: 'bind', Source: '/srv/data/race/d', Target: '/x' }] }), denied: [BELOW_A('/srv/data/race/d', '/srv/data/race', 'HostConfig.Mounts[0].Source')] },
    { name: 'the other container mounts it read-only all the way down (:ro at API 1.44+ on 25+, or not recursive): allowed', setup: () => { containerA([stored('/srv/data/race', { readOnly: true })]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [] },
    // A read-only bind that is not read-only below (20.10, API < 1.44, bind-recursive=writable):
    // a data disk mounted below it on the host is writable in that container, which can swap a
    // folder there for a symlink before the next start or a restart by the daemon (checked on
    // 20.10, 26.1 and 28.5: the container below got the host's /etc).
    { name: 'the other container mounts it read-only only at its top: denied', setup: () => { containerA([stored('/srv/data/race', { readOnly: true, submountsWritable: true })]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [`HostConfig.Binds[0] mounts /srv/data/race/d, below /srv/data/race, which container a mounts ${ONLY_TOP}`] },
    { name: 'a read-only bind remembered before dockgate noted how far down it is read-only: counted (denied)', setup: () => { containerA([stored('/srv/data/race', { readOnly: true, submountsWritable: undefined })]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [`HostConfig.Binds[0] mounts /srv/data/race/d, below /srv/data/race, which container a mounts ${ONLY_TOP}`] },
    { name: 'a read-only overlay lower folder remembered before that: not counted', setup: () => { containerA([stored('/srv/data/race', { readOnly: true, role: 'overlay', submountsWritable: undefined })]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [] },
    { name: 'sibling data folders: allowed', setup: () => { containerA([stored('/srv/data/race')]); }, request: () => create({ Binds: ['/srv/data/sib:/x', '/srv/other:/y'] }), denied: [] },
    { name: 'the same folder in both (not below it): allowed', setup: () => { containerA([stored('/srv/data/race')]); }, request: () => create({ Binds: ['/srv/data/race:/x'] }), denied: [] },
    { name: 'a folder whose name is only a prefix (/srv/data/rac is not above /srv/data/race/d): allowed', setup: () => { containerA([stored('/srv/data/rac')]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [] },
    { name: 'the other container was removed (docker rm): allowed', setup: () => { containerA([stored('/srv/data/race')]); currentRegistry().forgetContainer('a'); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [] },
    {
      name: 'the other container writes it through a symlink (where it resolves counts)',
      setup: () => { containerA([stored('/srv/data/link')]); },
      request: () => create({ Binds: ['/srv/data/race/d:/x'] }),
      denied: ['HostConfig.Binds[0] mounts /srv/data/race/d, below /srv/data/link (which resolves to /srv/data/race), which container a mounts writable'],
    },
    {
      name: 'the new path is written through a symlink into it',
      setup: () => { containerA([stored('/srv/data/race')]); },
      request: () => create({ Binds: ['/srv/data/link/d:/x'] }),
      denied: ['HostConfig.Binds[0] mounts /srv/data/link/d, which resolves to /srv/data/race/d, below /srv/data/race, which container a mounts writable'],
    },
    {
      name: 'a local bind volume the other container uses is its writable mount',
      setup: () => { currentRegistry().recordVolume('vol', [stored('/srv/data/race', { field: 'DriverOpts.device' })]); containerA([], ['vol']); },
      request: () => create({ Binds: ['/srv/data/race/d:/x'] }),
      denied: [BELOW_A('/srv/data/race/d', '/srv/data/race')],
    },
    { name: 'a local bind volume mounted ro (o=bind,ro): allowed', setup: () => { currentRegistry().recordVolume('vol', [stored('/srv/data/race', { field: 'DriverOpts.device', readOnly: true })]); containerA([], ['vol']); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [] },
    { name: 'a local bind volume mounted o=rbind,ro (the mounts below stay writable): denied', setup: () => { currentRegistry().recordVolume('vol', [stored('/srv/data/race', { field: 'DriverOpts.device', readOnly: true, submountsWritable: true })]); containerA([], ['vol']); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [`HostConfig.Binds[0] mounts /srv/data/race/d, below /srv/data/race, which container a mounts ${ONLY_TOP}`] },
    { name: 'a local bind volume no container uses: allowed', setup: () => { currentRegistry().recordVolume('vol', [stored('/srv/data/race', { field: 'DriverOpts.device' })]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [] },
    { name: 'an overlay upperdir of the other container is writable', setup: () => { containerA([stored('/srv/data/race', { role: 'overlay', field: 'HostConfig.Mounts[0].VolumeOptions.DriverConfig.Options.o' })]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [BELOW_A('/srv/data/race/d', '/srv/data/race')] },
    { name: 'an overlay lowerdir (read-only): allowed', setup: () => { containerA([stored('/srv/data/race', { role: 'overlay', readOnly: true })]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), denied: [] },
    { name: 'a local bind volume whose device is below it: denied at volume create', setup: () => { containerA([stored('/srv/data/race')]); }, request: () => localVolume({ type: 'none', o: 'bind', device: '/srv/data/race/d' }), denied: [BELOW_A('/srv/data/race/d', '/srv/data/race', 'DriverOpts.device')] },
    { name: 'a service bind below it: denied', setup: () => { containerA([stored('/srv/data/race')]); }, request: () => service([{ Type: 'bind', Source: '/srv/data/race/d', Target: '/x' }]), denied: [BELOW_A('/srv/data/race/d', '/srv/data/race', 'TaskTemplate.ContainerSpec.Mounts[0].Source')] },
    {
      name: 'the same request mounts the folder above writable: denied',
      setup: () => undefined,
      request: () => create({ Binds: ['/srv/data/race:/w', '/srv/data/race/d:/x'] }),
      denied: ['HostConfig.Binds[1] mounts /srv/data/race/d, below /srv/data/race, which this request also mounts writable (HostConfig.Binds[0])'],
    },
    { name: 'the same request mounts the folder above :ro at API 1.51 (rro on kernel 5.12+): allowed', setup: () => undefined, request: () => create51({ Binds: ['/srv/data/race:/w:ro', '/srv/data/race/d:/x'] }), denied: [] },
    { name: 'the same, --runtime runsc (a runtime that may not take rro: silent fallback to ro): denied', setup: () => undefined, request: () => create51({ Binds: ['/srv/data/race:/w:ro', '/srv/data/race/d:/x'], Runtime: 'runsc' }), denied: [`HostConfig.Binds[1] mounts /srv/data/race/d, below /srv/data/race, which this request also mounts ${ONLY_TOP} (HostConfig.Binds[0])`] },
    { name: 'the same request mounts the folder above :ro at API 1.41 (20.10, or 25+ for an old client: ro at the top only): denied', setup: () => undefined, request: () => create({ Binds: ['/srv/data/race:/w:ro', '/srv/data/race/d:/x'] }), denied: [`HostConfig.Binds[1] mounts /srv/data/race/d, below /srv/data/race, which this request also mounts ${ONLY_TOP} (HostConfig.Binds[0])`] },
    { name: 'the same request, the folder above readonly,bind-recursive=writable (ReadOnlyNonRecursive) at API 1.51: denied', setup: () => undefined, request: () => create51({ Mounts: [roMount({ ReadOnlyNonRecursive: true }), { Type: 'bind', Source: '/srv/data/race/d', Target: '/x' }] }), denied: [`HostConfig.Mounts[1].Source mounts /srv/data/race/d, below /srv/data/race, which this request also mounts ${ONLY_TOP} (HostConfig.Mounts[0].Source)`] },
    { name: 'the same request, the folder above readonly,bind-recursive=disabled (NonRecursive) at API 1.41: allowed', setup: () => undefined, request: () => create({ Mounts: [roMount({ NonRecursive: true }), { Type: 'bind', Source: '/srv/data/race/d', Target: '/x' }] }), denied: [] },
    { name: 'the same request mounts two siblings: allowed', setup: () => undefined, request: () => create({ Binds: ['/srv/data/race/d:/w', '/srv/data/race/e:/x'] }), denied: [] },
    {
      name: 'a new writable mount above another container\'s path: denied',
      setup: () => { containerA([stored('/srv/data/race/d', { readOnly: true })]); },
      request: () => create({ Binds: ['/srv/data/race:/w'] }),
      denied: ['HostConfig.Binds[0] mounts /srv/data/race writable, above /srv/data/race/d, which container a mounts'],
    },
    { name: 'a new read-only mount above another container\'s path at API 1.51: allowed', setup: () => { containerA([stored('/srv/data/race/d')]); }, request: () => create51({ Binds: ['/srv/data/race:/w:ro'] }), denied: [] },
    { name: 'a new read-only mount above another container\'s path at API 1.41: denied', setup: () => { containerA([stored('/srv/data/race/d')]); }, request: () => create({ Binds: ['/srv/data/race:/w:ro'] }), denied: [`HostConfig.Binds[0] mounts /srv/data/race ${ONLY_TOP}, above /srv/data/race/d, which container a mounts`] },
    { name: 'a new readonly,bind-recursive=writable mount above another container\'s path at API 1.51: denied', setup: () => { containerA([stored('/srv/data/race/d')]); }, request: () => create51({ Mounts: [roMount({ ReadOnlyNonRecursive: true })] }), denied: [`HostConfig.Mounts[0].Source mounts /srv/data/race ${ONLY_TOP}, above /srv/data/race/d, which container a mounts`] },
    { name: 'allowNestedBinds: true allows it', setup: () => { containerA([stored('/srv/data/race')]); }, request: () => create({ Binds: ['/srv/data/race/d:/x', '/srv/data/race/e:/y', '/srv/data/race:/z'] }), options: { allowNestedBinds: true }, denied: [] },
    { name: 'a path denied for another reason is not judged again', setup: () => { containerA([stored('/srv/data')]); }, request: () => create({ Binds: ['/srv/data/race/d:/x'] }), options: { deny: ['/srv/data/race/**'] }, denied: ['HostConfig.Binds[0] mounts /srv/data/race/d, a sensitive host path'] },
  ];
  for (const c of table) {
    it(c.name, () => {
      c.setup();
      expect(summaries(c.request(), c.options)).to.deep.equal(c.denied);
    });
  }

  it('names the fix (a sibling folder, or the other container\'s mount read-only) and why, with the other container\'s field', () => {
    const full = (raw: ReturnType<typeof create>) => findingsThroughEngine(rule, raw, undefined).map((f) => [f.field, f.found, f.fix, f.note]);
    currentRegistry().recordVolume('vol', [stored('/srv/data/race', { field: 'DriverOpts.device' })]);
    containerA([stored('/srv/other')], ['vol']);
    expect(full(create({ Binds: ['/srv/data/race/d:/x'] }))).to.deep.equal([[
      'HostConfig.Binds[0]', '/srv/data/race/d',
      "mount a data folder beside /srv/data/race, not below another container's writable mount (or a named volume), or mount /srv/data/race in a (aaaaaaaaaaaa) read-only all the way down (:ro is, at API 1.44+ on dockerd 25+ and kernel 5.12+; elsewhere --mount type=bind,source=/srv/data/race,target=...,readonly,bind-recursive=disabled, or bind-nonrecursive=true with a docker CLI before 25)",
      "a container that can write /srv/data/race (a (aaaaaaaaaaaa): HostConfig.Binds[1], volume vol (DriverOpts.device)) can swap a folder on the way to /srv/data/race/d for a symlink between dockgate's check and the kernel's mount; if that container no longer exists (docker run --rm), run docker ps -a: dockgate forgets the containers the daemon's list no longer holds",
    ]]);
    expect(full(create({ Binds: ['/srv/data/sib:/w', '/srv/data/sib/d:/x'] }))).to.deep.equal([[
      'HostConfig.Binds[1]', '/srv/data/sib/d',
      'mount sibling folders, not one inside the other, or mount /srv/data/sib read-only all the way down (:ro is, at API 1.44+ on dockerd 25+ and kernel 5.12+; elsewhere --mount type=bind,source=/srv/data/sib,target=...,readonly,bind-recursive=disabled, or bind-nonrecursive=true with a docker CLI before 25)',
      'the container can swap a folder on the way to /srv/data/sib/d for a symlink through /srv/data/sib; the next start or restart would mount what the link leads to',
    ]]);
    expect(full(create({ Binds: ['/srv:/w'] }))).to.deep.equal([[
      'HostConfig.Binds[0]', '/srv',
      "mount /srv read-only all the way down (:ro is, at API 1.44+ on dockerd 25+ and kernel 5.12+; elsewhere --mount type=bind,source=/srv,target=...,readonly,bind-recursive=disabled, or bind-nonrecursive=true with a docker CLI before 25), or a data folder that holds no other container's mount",
      "a container that can write /srv can swap a folder on the way to /srv/other (a (aaaaaaaaaaaa): HostConfig.Binds[0]) for a symlink between dockgate's check and the kernel's mount when a starts; if that container no longer exists (docker run --rm), run docker ps -a: dockgate forgets the containers the daemon's list no longer holds",
    ]]);
  });

  describe('at start and restart (the remembered paths, judged again)', () => {
    const start = (ref: string, op = 'start') => findingsThroughEngine(rule, apiRequest('POST', `/v1.41/containers/${ref}/${op}`), undefined).map((f) => f.summary ?? '');
    it('denies the start of b, remembered below a\'s writable bind (b created before a, or before this check)', () => {
      containerA([stored('/srv/data/race')]);
      currentRegistry().recordContainer(B, 'b', [stored('/srv/data/race/d')], []);
      expect(start('b')).to.deep.equal([BELOW_A('/srv/data/race/d', '/srv/data/race')]);
      expect(start(B.slice(0, 12), 'restart')).to.have.length(1);
      // a's own start: its writable bind holds b's path
      expect(start('a')).to.deep.equal(['HostConfig.Binds[0] mounts /srv/data/race writable, above /srv/data/race/d, which container b mounts']);
    });
    it('allows it once a is removed, or when a mounts it read-only all the way down (not when only its top is)', () => {
      containerA([stored('/srv/data/race', { readOnly: true, submountsWritable: true })]);
      currentRegistry().recordContainer(B, 'b', [stored('/srv/data/race/d')], []);
      expect(start('b')).to.deep.equal([`HostConfig.Binds[0] mounts /srv/data/race/d, below /srv/data/race, which container a mounts ${ONLY_TOP}`]);
      containerA([stored('/srv/data/race', { readOnly: true })]);
      expect(start('b')).to.deep.equal([]);
      containerA([stored('/srv/data/race')]);
      currentRegistry().forgetContainer(A);
      expect(start('b')).to.deep.equal([]);
    });
    it('does not count the started container against itself, but does count its own nesting (docker restart b)', () => {
      currentRegistry().recordContainer(B, 'b', [stored('/srv/data/race/d')], []);
      expect(start('b')).to.deep.equal([]);
      currentRegistry().recordContainer(B, 'b', [stored('/srv/data/race', { field: 'HostConfig.Binds[0]' }), stored('/srv/data/race/d', { field: 'HostConfig.Binds[1]' })], []);
      expect(start('b', 'restart')).to.deep.equal(['HostConfig.Binds[1] mounts /srv/data/race/d, below /srv/data/race, which this container also mounts writable (HostConfig.Binds[0])']);
    });
  });
});
