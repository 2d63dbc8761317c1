/**
 * Host-side pieces of the host-access suite (issue 12): the folders it creates on the real
 * host filesystem (a data folder under /srv, a project under /home, a marker folder under
 * /var/lib that no data root covers), marker files in root-run system folders, the host's
 * root block device, and a cleanup that refuses to delete a tree with anything mounted
 * under it (a bind of `/` left there would make a recursive delete delete the host).
 */
import { existsSync, lstatSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { mountsUnder } from './proc.js';

/** The host's root filesystem as the kernel mounts it: what a local `-o type=<fstype> -o device=<node>` volume needs. */
export interface RootDevice {
  readonly source: string;
  readonly fstype: string;
  readonly major: number;
  readonly minor: number;
}

function unescapeMountinfo(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/** Linux dev_t (glibc encoding) to major:minor. */
function splitDev(rdev: bigint): { major: number; minor: number } {
  const major = Number(((rdev >> 8n) & 0xfffn) | ((rdev >> 32n) & ~0xfffn));
  const minor = Number((rdev & 0xffn) | ((rdev >> 12n) & ~0xffn));
  return { major, minor };
}

/**
 * The block device holding `/` (from /proc/self/mountinfo: the topmost mount of `/`), or the
 * reason there is none (an overlay or tmpfs root, as in a container, or a filesystem whose
 * st_dev is anonymous and whose source is not a device node).
 */
export function rootDevice(): RootDevice | { readonly reason: string } {
  const lines = readFileSync('/proc/self/mountinfo', 'utf8').split('\n');
  let found: { majmin: string; fstype: string; source: string } | undefined;
  for (const line of lines) {
    const f = line.split(' ');
    if (f.length < 10 || unescapeMountinfo(f[4] ?? '') !== '/') continue;
    const dash = f.indexOf('-', 6);
    if (dash < 0) continue;
    found = { majmin: f[2] ?? '', fstype: f[dash + 1] ?? '', source: unescapeMountinfo(f[dash + 2] ?? '') };
  }
  if (found === undefined) return { reason: 'no mount of / in /proc/self/mountinfo' };
  const { majmin, fstype, source } = found;
  if (source.startsWith('/dev/')) {
    try {
      const st = statSync(source, { bigint: true });
      if (st.isBlockDevice()) return { source, fstype, ...splitDev(st.rdev) };
    } catch {
      // /dev/root and the like: fall back to the mount's major:minor
    }
  }
  const m = /^(\d+):(\d+)$/.exec(majmin);
  if (m !== null && m[1] !== '0') return { source, fstype, major: Number(m[1]), minor: Number(m[2]) };
  return { reason: `the root filesystem is ${fstype} from ${JSON.stringify(source)} with an anonymous device number (${majmin}): there is no block device whose node a container could make` };
}

function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * What the suite created on the host outside its temp dir. remove() deletes them (never
 * following symlinks: node's rmSync unlinks a link) and returns what it could not remove;
 * a tree with a mount at or under it is not touched at all.
 */
export class HostArtifacts {
  private readonly trees: string[] = [];
  private readonly files: string[] = [];

  /** A folder this suite creates (it must not exist yet) and removes with everything in it. */
  tree(path: string): string {
    if (exists(path)) throw new Error(`${path} already exists: refusing to use (and later delete) a folder this run did not create`);
    this.trees.push(path);
    return path;
  }

  /** A single file (a marker in a system folder) to remove at cleanup if it exists. */
  file(path: string): string {
    if (exists(path)) throw new Error(`${path} already exists: refusing to use (and later delete) a file this run did not create`);
    this.files.push(path);
    return path;
  }

  remove(): string[] {
    const left: string[] = [];
    for (const f of this.files) {
      try {
        if (exists(f)) unlinkSync(f);
      } catch (e) {
        left.push(`${f}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (exists(f)) left.push(f);
    }
    for (const t of [...this.trees].reverse()) {
      if (!existsSync(t) && !exists(t)) continue;
      const mounts = mountsUnder(t);
      if (mounts.length > 0) {
        left.push(`${t} (not deleted: mounts under it: ${mounts.join(', ')})`);
        continue;
      }
      try {
        rmSync(t, { recursive: true, force: true });
      } catch (e) {
        left.push(`${t}: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (exists(t)) left.push(t);
    }
    return left;
  }
}
