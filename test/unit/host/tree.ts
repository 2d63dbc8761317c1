/** A fake host root for tests: a temporary tree that dockgate resolves host paths in. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentHostRoot, setHostRoot } from '../../../src/host/root.js';

/**
 * Builds a tree under `root`: `name/` is a folder, `name -> target` a symlink, `name b:MAJ:MIN`
 * (or `c:`) a device node (root only), anything else a file.
 */
export function buildTree(root: string, entries: readonly string[]): void {
  for (const e of entries) {
    const arrow = e.indexOf(' -> ');
    const dev = /^(.*) ([bc]):(\d+):(\d+)$/.exec(e);
    if (arrow >= 0) {
      const at = join(root, e.slice(0, arrow));
      mkdirSync(join(at, '..'), { recursive: true });
      symlinkSync(e.slice(arrow + 4), at);
    } else if (dev) {
      const at = join(root, dev[1] ?? '');
      mkdirSync(join(at, '..'), { recursive: true });
      execFileSync('mknod', [at, dev[2] ?? 'b', dev[3] ?? '0', dev[4] ?? '0']);
    } else if (e.endsWith('/')) {
      mkdirSync(join(root, e), { recursive: true });
    } else {
      mkdirSync(join(root, e, '..'), { recursive: true });
      writeFileSync(join(root, e), 'x');
    }
  }
}

export const IS_ROOT = process.getuid?.() === 0;

/** A typical Debian host's folders, as far as the host-path rules care. */
export const HOST_TREE: readonly string[] = [
  'etc/', 'etc/shadow', 'etc/ssl/certs/ca.pem -> /usr/share/ca-certificates/ca.crt', 'etc/localtime -> /usr/share/zoneinfo/Etc/UTC',
  'usr/share/zoneinfo/Etc/UTC', 'usr/share/ca-certificates/ca.crt', 'usr/bin/',
  'var/lib/dpkg/info/', 'var/spool/cron/crontabs/', 'var/lib/kubelet/', 'var/lib/docker/volumes/', 'var/run -> /run', 'var/tmp/',
  'run/systemd/', 'run/dbus/', 'run/docker.sock', 'opt/app/bin/', 'root/', 'tmp/', 'dev/',
  'srv/app-data/', 'srv/data/', 'srv/data/file', 'home/u/project/', 'mnt/', 'media/', 'data/',
  // What a container with /srv/data mounted read-write can make there:
  'srv/data/to-root -> /', 'srv/data/to-etc -> /etc', 'srv/data/rel-etc -> ../../etc', 'srv/data/to-dpkg -> ../../var/lib/dpkg',
  'srv/data/to-srv -> /srv', 'srv/data/loop-a -> loop-b', 'srv/data/loop-b -> loop-a', 'srv/data/to-sock -> /var/run/docker.sock',
  'srv/data/dangling -> /etc/cron.d', 'srv/data/to-data -> /srv/app-data',
];

/** Creates the tree before the tests of the enclosing describe and points dockgate at it. */
export function useHostTree(entries: readonly string[] = HOST_TREE): { readonly root: () => string } {
  let root = '';
  let before_ = '/';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dg-host-'));
    buildTree(root, entries);
    before_ = currentHostRoot();
    setHostRoot(root);
  });
  after(() => {
    setHostRoot(before_);
    rmSync(root, { recursive: true, force: true });
  });
  return { root: () => root };
}
