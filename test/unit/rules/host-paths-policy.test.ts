/**
 * The shipped policies on host paths (issue 12), on a fake host tree: the default denies the
 * system tree without listing it and keeps data binds, projects under /home and named volumes.
 */
import { expect } from 'chai';
import { evaluate } from '../../../src/engine/engine.js';
import { loadPolicyFile } from '../../../src/policy/load.js';
import { apiRequest, decode } from '../../helpers/fixtures.js';
import { HOST_TREE, useHostTree } from '../host/tree.js';

const DEFAULT = loadPolicyFile(new URL('../../../config/policy.json', import.meta.url).pathname);
const BASE = { Image: 'busybox:1.36', HostConfig: { Memory: 67108864, NetworkMode: 'none' } };
const run = (binds: string[]) => apiRequest('POST', '/v1.41/containers/create', { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: binds } });
const denyingRules = (binds: string[]) => {
  const d = evaluate(decode(run(binds)), DEFAULT);
  return d.violations.filter((v) => v.action === 'deny').map((v) => v.rule);
};

describe('default policy on host paths (fake host)', () => {
  useHostTree(HOST_TREE);

  for (const p of ['/var/lib/dpkg', '/var/spool/cron', '/var/spool/cron/crontabs', '/run/systemd', '/run/dbus', '/var/lib/kubelet', '/etc', '/usr/bin', '/opt/app/bin', '/var/lib/docker', '/root', '/']) {
    it(`denies -v ${p}:/x`, () => {
      expect(denyingRules([`${p}:/x`])).to.include('sensitive-mounts');
    });
  }
  for (const binds of [['/home/u/project:/src'], ['/srv/app-data:/data'], ['/srv/app-data/new-folder:/data'], ['named:/data'], ['/data:/d:ro', '/mnt:/m']]) {
    it(`allows -v ${binds.join(' -v ')}`, () => {
      const d = evaluate(decode(run(binds)), DEFAULT);
      expect(d.msg).to.equal('');
      expect(d.allow).to.equal(true);
    });
  }
  it('denies a symlink to / in a data folder with both host-path rules, naming where it leads', () => {
    const d = evaluate(decode(run(['/srv/data/to-root:/host'])), DEFAULT);
    expect(d.allow).to.equal(false);
    expect(d.violations.filter((v) => v.action === 'deny').map((v) => v.rule)).to.deep.equal(['sensitive-mounts', 'docker-socket']);
    expect(d.msg).to.include('[sensitive-mounts] HostConfig.Binds[0] mounts /srv/data/to-root, which resolves to /: / is a sensitive host path');
  });
  it('allows a plain and a tmpfs local volume, denies a disk volume on an unlisted device', () => {
    const vol = (opts: object) => evaluate(decode(apiRequest('POST', '/v1.41/volumes/create', { Name: 'v', Driver: 'local', DriverOpts: opts })), DEFAULT);
    expect(vol({}).allow).to.equal(true);
    expect(vol({ type: 'tmpfs', device: 'tmpfs', o: 'size=10m' }).allow).to.equal(true);
    expect(vol({ type: 'ext4', device: '/srv/data/file' }).allow).to.equal(false);
  });
});
