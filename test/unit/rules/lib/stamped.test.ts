/**
 * A resolution reused across decisions only while provably unchanged (src/rules/lib/stamped.ts):
 * a fake host whose directory stamps and resolutions the test sets, and a clock it moves.
 */
import { expect } from 'chai';
import type { HostView } from '../../../../src/core/context.js';
import type { DirStamp, Resolution, ResolveOptions } from '../../../../src/host/resolve.js';
import { SETTLE_MS, StampedResolutions } from '../../../../src/rules/lib/stamped.js';

class FakeHost implements HostView {
  rootPath = '/host';
  readonly stamps = new Map<string, DirStamp>();
  /** The socket's inode: what a resolution reports, changed when the test "re-creates" it. */
  ino = 100;
  ok = true;
  resolves = 0;

  root(): string {
    return this.rootPath;
  }

  resolve(path: string, options?: ResolveOptions): Resolution {
    this.resolves++;
    options?.lookedIn?.push('/host', '/host/run');
    if (!this.ok) return { ok: false, reason: 'permission', detail: 'denied' };
    return { ok: true, path, existing: path, missing: [], kind: 'socket', links: 0, dirs: [], target: { uid: 0, mode: 0o140660, nlink: 1, dev: 1, ino: this.ino, rdev: 0 } };
  }

  stamp(onDiskPath: string): DirStamp | undefined {
    return this.stamps.get(onDiskPath);
  }

  setStamp(path: string, ino: number, ctimeMs: number): void {
    this.stamps.set(path, { path, ino, ctimeMs });
  }
}

const T0 = 1_000_000;

function setup(clockAt = T0 + SETTLE_MS): { host: FakeHost; cache: StampedResolutions; clock: { now: number } } {
  const host = new FakeHost();
  host.setStamp('/host', 2, T0 - 60_000);
  host.setStamp('/host/run', 3, T0);
  const clock = { now: clockAt };
  return { host, cache: new StampedResolutions(() => clock.now), clock };
}

const inoOf = (r: Resolution): number | undefined => (r.ok ? r.target?.ino : undefined);

describe('stamped resolutions (a configured path reused while provably unchanged)', () => {
  it('reuses the last resolution while every directory the walk looked in keeps its inode and ctime', () => {
    const { host, cache } = setup();
    for (let i = 0; i < 5; i++) expect(inoOf(cache.resolve(host, '/run/docker.sock'))).to.equal(100);
    expect(host.resolves).to.equal(1);
  });

  it('resolves again when a directory on the walk changed (the socket re-created: new ctime), and sees the new socket', () => {
    const { host, cache, clock } = setup();
    cache.resolve(host, '/run/docker.sock');
    host.ino = 200;
    host.setStamp('/host/run', 3, T0 + 1);
    clock.now = T0 + 1 + SETTLE_MS;
    expect(inoOf(cache.resolve(host, '/run/docker.sock'))).to.equal(200);
    expect(host.resolves).to.equal(2);
    expect(inoOf(cache.resolve(host, '/run/docker.sock'))).to.equal(200);
    expect(host.resolves).to.equal(2);
  });

  it('resolves again when a directory was replaced (same ctime, another inode) or is gone', () => {
    const { host, cache } = setup();
    cache.resolve(host, '/run/docker.sock');
    host.setStamp('/host/run', 4, T0);
    cache.resolve(host, '/run/docker.sock');
    expect(host.resolves).to.equal(2);
    host.stamps.delete('/host/run');
    cache.resolve(host, '/run/docker.sock');
    cache.resolve(host, '/run/docker.sock');
    expect(host.resolves, 'a missing directory is never a reusable stamp').to.equal(4);
  });

  it('never trusts a stamp taken less than SETTLE_MS after its directory changed (a change in the same tick would not show)', () => {
    const { host, cache } = setup(T0 + SETTLE_MS - 1);
    for (let i = 0; i < 3; i++) cache.resolve(host, '/run/docker.sock');
    expect(host.resolves).to.equal(3);
  });

  it('never reuses a walk that failed', () => {
    const { host, cache } = setup();
    host.ok = false;
    cache.resolve(host, '/run/docker.sock');
    cache.resolve(host, '/run/docker.sock');
    expect(host.resolves).to.equal(2);
  });

  it('keeps each path and each host root apart', () => {
    const { host, cache } = setup();
    cache.resolve(host, '/run/docker.sock');
    cache.resolve(host, '/var/run/docker.sock');
    expect(host.resolves).to.equal(2);
    host.rootPath = '/other';
    cache.resolve(host, '/run/docker.sock');
    expect(host.resolves).to.equal(3);
  });
});
