/**
 * A host path's resolution reused from an earlier decision while it provably cannot have
 * changed (the nesting check's method, docs/security-model.md): a resolution can only change
 * when an entry of a directory its walk looked a name up in changes (a folder created, removed
 * or renamed, a symlink made or replaced, a socket re-created), and each of those sets that
 * directory's ctime. So the resolution is kept with the stamp (inode, ctime) of each of those
 * directories and reused while every stamp is the same. A stamp taken less than SETTLE_MS after
 * its directory last changed is not trusted (timestamps advance in clock ticks: a change in the
 * same tick would not show), nor is a walk that failed. Not seen: a mount made or removed on the
 * way (root's doing, not a directory entry).
 */
import type { HostView } from '../../core/context.js';
import type { DirStamp, Resolution } from '../../host/resolve.js';

export const SETTLE_MS = 2000;

export function sameStamp(then: DirStamp, now: DirStamp | undefined): boolean {
  return now !== undefined && now.ino === then.ino && now.ctimeMs === then.ctimeMs;
}

/** Whether every stamp is still that of its directory on the host now. */
export function stampsHold(host: HostView, stamps: readonly DirStamp[]): boolean {
  return stamps.every((s) => sameStamp(s, host.stamp(s.path)));
}

/**
 * Resolves `kernelPath` and stamps the directories the walk looked in: the stamps, or undefined
 * when the resolution must not be reused (it failed, a directory is gone, or a stamp is fresh).
 */
export function resolveStamped(host: HostView, kernelPath: string, now: number): { readonly resolution: Resolution; readonly stamps: readonly DirStamp[] | undefined } {
  const lookedIn: string[] = [];
  const resolution = host.resolve(kernelPath, { lookedIn });
  const stamps: DirStamp[] = [];
  let settled = resolution.ok;
  for (const dir of new Set(lookedIn)) {
    const s = host.stamp(dir);
    if (s === undefined || now - s.ctimeMs < SETTLE_MS) settled = false;
    if (s !== undefined) stamps.push(s);
  }
  return { resolution, stamps: settled ? stamps : undefined };
}

/**
 * Resolutions of a fixed set of host paths (a rule's configured paths), each reused while its
 * stamps hold. One per compiled rule; entries are kept per host root.
 */
export class StampedResolutions {
  private readonly entries = new Map<string, { readonly root: string; readonly resolution: Resolution; readonly stamps: readonly DirStamp[] | undefined }>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Where `kernelPath` leads on the host now: the last resolution when provably unchanged, else resolved again. */
  resolve(host: HostView, kernelPath: string): Resolution {
    const root = host.root();
    const last = this.entries.get(kernelPath);
    if (last?.root === root && last.stamps !== undefined && stampsHold(host, last.stamps)) return last.resolution;
    const { resolution, stamps } = resolveStamped(host, kernelPath, this.clock());
    this.entries.set(kernelPath, { root, resolution, stamps });
    return resolution;
  }
}
