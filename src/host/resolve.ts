/**
 * A host path resolved the way the kernel will resolve it when the daemon (or runc) mounts it:
 * relative paths from `/` (dockerd's working directory under systemd), one component at a
 * time, every symlink followed with the host root as the anchor (an absolute target restarts
 * at the anchor, `..` never climbs above it), `..` taken physically after a symlink (from the
 * link's target, not by cutting text), at most MAX_LINKS symlinks (the kernel's MAXSYMLINKS).
 *
 * The anchor is where the host's `/` is visible to dockgate: `/` for the socket plugin, the
 * read-only rbind mount of the host root (`/host`) for the managed plugin. Paths in results
 * are the host's (`/etc`), never prefixed with the anchor.
 *
 * Nothing is kept between decisions: the filesystem changes between requests (that is the
 * attack). Within one decision (withLookupCache, around the rules of one evaluate), each on-disk
 * path is lstat'ed and each link read once, and every resolution of that decision reuses the
 * answer: the request's paths, the daemon sockets docker-socket looks for (six paths through the
 * same /, /run and /var/run) and the remembered containers' paths share their prefixes. That is
 * one snapshot per decision instead of several taken microseconds apart; the check-to-mount
 * window (docs/security-model.md, the start race) is the same either way. Calls are synchronous
 * because rules are, so no other request runs inside a decision.
 */
import { lstatSync, readlinkSync, type Stats } from 'node:fs';

/** The kernel's limit on symlinks followed in one lookup (MAXSYMLINKS). */
export const MAX_LINKS = 40;
/** PATH_MAX: the kernel refuses longer paths (and link targets) with ENAMETOOLONG. */
export const PATH_MAX = 4096;

/** Depth of withLookupCache calls; the caches below live while it is above 0. */
let lookupDepth = 0;
let statCache: Map<string, Stats | undefined> | undefined;
let linkCache: Map<string, string> | undefined;

/**
 * Runs `fn` (one decision's rules) with each lstat and readlink answered once per on-disk path.
 * Nested calls share the outer cache; it is dropped when the outermost returns or throws.
 */
export function withLookupCache<T>(fn: () => T): T {
  lookupDepth++;
  try {
    return fn();
  } finally {
    lookupDepth--;
    if (lookupDepth === 0) {
      statCache = undefined;
      linkCache = undefined;
    }
  }
}

/** lstat, undefined when nothing is there (other errors throw); from the decision's cache when one is active. */
function lstatOnce(path: string): Stats | undefined {
  if (lookupDepth === 0) return lstatSync(path, { throwIfNoEntry: false });
  statCache ??= new Map();
  if (statCache.has(path)) return statCache.get(path);
  const st = lstatSync(path, { throwIfNoEntry: false });
  statCache.set(path, st);
  return st;
}

function readlinkOnce(path: string): string {
  if (lookupDepth === 0) return readlinkSync(path);
  linkCache ??= new Map();
  const hit = linkCache.get(path);
  if (hit !== undefined) return hit;
  const target = readlinkSync(path);
  linkCache.set(path, target);
  return target;
}

export type FileKind = 'directory' | 'file' | 'block-device' | 'char-device' | 'socket' | 'fifo' | 'other' | 'missing';

/** A directory on the resolved path, with what strict mode needs to know about it. */
export interface DirInfo {
  /** Host path of the directory. */
  readonly path: string;
  readonly uid: number;
  readonly gid: number;
  readonly mode: number;
  /** Owned by uid 0 and writable by neither group nor others. */
  readonly rootOwnedNotShared: boolean;
}

export interface Resolved {
  readonly ok: true;
  /** Where the path leads on the host: resolved existing part plus the missing tail, if any. */
  readonly path: string;
  /** The deepest existing part (equal to `path` when nothing is missing). */
  readonly existing: string;
  /** Components that do not exist yet (the daemon creates a missing bind source). */
  readonly missing: readonly string[];
  /** The type of the final target (`missing` when part of the path does not exist). */
  readonly kind: FileKind;
  /** Symlinks followed. */
  readonly links: number;
  /** Every directory of the resolved existing path, from `/` down (the target too when it is one). */
  readonly dirs: readonly DirInfo[];
  /** The final target's stat, when it exists. */
  readonly target: { readonly uid: number; readonly mode: number; readonly nlink: number; readonly dev: number; readonly ino: number; readonly rdev: number } | undefined;
}

export type UnresolvableReason = 'loop' | 'too-many-links' | 'too-long' | 'permission' | 'not-a-directory' | 'error';

export interface Unresolvable {
  readonly ok: false;
  readonly reason: UnresolvableReason;
  /** A short explanation for the deny message (host paths only, never the anchor). */
  readonly detail: string;
}

export type Resolution = Resolved | Unresolvable;

function kindOf(st: Stats): FileKind {
  if (st.isDirectory()) return 'directory';
  if (st.isFile()) return 'file';
  if (st.isBlockDevice()) return 'block-device';
  if (st.isCharacterDevice()) return 'char-device';
  if (st.isSocket()) return 'socket';
  if (st.isFIFO()) return 'fifo';
  return 'other';
}

function dirInfo(path: string, st: Stats): DirInfo {
  return { path, uid: st.uid, gid: st.gid, mode: st.mode & 0o7777, rootOwnedNotShared: st.uid === 0 && (st.mode & 0o022) === 0 };
}

function join(parts: readonly string[]): string {
  return `/${parts.join('/')}`;
}

function errCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : 'unknown';
}

function fail(reason: UnresolvableReason, detail: string): Unresolvable {
  return { ok: false, reason, detail };
}

/** `anchor` joined with a host path, for the fs calls. */
function onDisk(anchor: string, parts: readonly string[]): string {
  if (parts.length === 0) return anchor;
  return anchor === '/' ? join(parts) : `${anchor}${join(parts)}`;
}

export interface ResolveOptions {
  readonly maxLinks?: number;
  /**
   * Filled with every directory (on disk, under the anchor) in which the walk looked a name up.
   * The resolution can only change if an entry of one of them changes (a name created, removed,
   * renamed or replaced by a symlink), and that changes the directory's ctime (./stamps below).
   */
  readonly lookedIn?: string[];
}

/** A directory's identity and change time, to tell whether its entries changed since. */
export interface DirStamp {
  readonly path: string;
  readonly ino: number;
  readonly ctimeMs: number;
}

/** The stamp of a directory on disk now (from the decision's cache when one is active); undefined when it is gone or unreadable. */
export function stampOf(onDiskPath: string): DirStamp | undefined {
  try {
    const st = lstatOnce(onDiskPath);
    return st === undefined || !st.isDirectory() ? undefined : { path: onDiskPath, ino: st.ino, ctimeMs: st.ctimeMs };
  } catch {
    return undefined;
  }
}

/**
 * Resolves `input` (absolute, or relative to `/`) on the host seen at `anchor`. A missing
 * component ends the walk: the rest is appended as text (`..` in it cancels a missing name).
 */
export function resolveHostPath(input: string, anchor: string, options: ResolveOptions = {}): Resolution {
  const maxLinks = options.maxLinks ?? MAX_LINKS;
  if (input.length >= PATH_MAX) return fail('too-long', `the path is ${input.length} bytes long (the kernel's limit is ${PATH_MAX - 1})`);
  if (input.includes('\0')) return fail('error', 'the path contains a NUL byte');
  const cleanAnchor = anchor.length > 1 && anchor.endsWith('/') ? anchor.slice(0, -1) : anchor;
  // Components still to walk, first one last (a stack).
  const todo = input.split('/').reverse();
  // A trailing slash requires a directory (the kernel: ENOTDIR otherwise).
  const mustBeDir = input.endsWith('/') && input !== '/';
  const resolved: string[] = [];
  let rootStat: Stats | undefined;
  try {
    rootStat = lstatOnce(cleanAnchor);
  } catch (err) {
    return fail('error', `the host root is not readable (${errCode(err)})`);
  }
  if (rootStat === undefined) return fail('error', 'the host root is not readable (ENOENT)');
  const dirs: DirInfo[] = [dirInfo('/', rootStat)];
  let links = 0;
  const seen = new Set<string>();
  const missing: string[] = [];
  let last: Stats | undefined = rootStat;

  while (todo.length > 0) {
    const part = todo.pop() ?? '';
    if (part === '' || part === '.') continue;
    if (missing.length > 0) {
      if (part === '..') missing.pop();
      else missing.push(part);
      if (missing.length === 0) {
        // `missing/..` cancelled the missing name: back on the existing path.
        last = undefined;
      }
      continue;
    }
    if (last !== undefined && !last.isDirectory()) {
      return fail('not-a-directory', `${join(resolved)} is not a directory`);
    }
    if (part === '..') {
      if (resolved.length > 0) {
        resolved.pop();
        dirs.pop();
      }
      last = undefined;
      continue;
    }
    const candidate = [...resolved, part];
    options.lookedIn?.push(onDisk(cleanAnchor, resolved));
    let st: Stats | undefined;
    try {
      st = lstatOnce(onDisk(cleanAnchor, candidate));
    } catch (err) {
      const code = errCode(err);
      if (code === 'EACCES' || code === 'EPERM') return fail('permission', `${join(candidate)} cannot be read by dockgate (${code})`);
      if (code === 'ENOTDIR') return fail('not-a-directory', `${join(resolved)} is not a directory`);
      if (code === 'ELOOP') return fail('loop', `${join(candidate)}: too many levels of symbolic links`);
      return fail('error', `${join(candidate)}: ${code}`);
    }
    if (st === undefined) {
      missing.push(part);
      last = undefined;
      continue;
    }
    if (st.isSymbolicLink()) {
      links++;
      const key = `${join(candidate)}\0${todo.length}\0${todo.join('/')}`;
      if (seen.has(key)) return fail('loop', `${join(candidate)} is part of a symlink loop`);
      seen.add(key);
      if (links > maxLinks) return fail('too-many-links', `more than ${maxLinks} symlinks to follow from ${join(candidate)}`);
      let target: string;
      try {
        target = readlinkOnce(onDisk(cleanAnchor, candidate));
      } catch (err) {
        const code = errCode(err);
        return fail(code === 'EACCES' || code === 'EPERM' ? 'permission' : 'error', `${join(candidate)}: readlink failed (${code})`);
      }
      if (target.length >= PATH_MAX) return fail('too-long', `the symlink ${join(candidate)} is too long`);
      if (target.startsWith('/')) {
        resolved.length = 0;
        dirs.length = 1;
      }
      for (const t of target.split('/').reverse()) todo.push(t);
      last = undefined;
      continue;
    }
    resolved.push(part);
    // Only directories are recorded: a non-directory can only be the last component.
    if (st.isDirectory()) dirs.push(dirInfo(join(resolved), st));
    last = st;
  }

  // The final target's stat (after `..` the parent is not stat'ed yet).
  let final: Stats | undefined;
  if (missing.length === 0) {
    if (last !== undefined) final = last;
    else {
      try {
        final = lstatOnce(onDisk(cleanAnchor, resolved));
      } catch (err) {
        return fail('error', `${join(resolved)}: ${errCode(err)}`);
      }
      if (final === undefined) return fail('error', `${join(resolved)}: ENOENT`);
    }
  }
  const kind: FileKind = final === undefined ? 'missing' : kindOf(final);
  if (mustBeDir && kind !== 'directory' && kind !== 'missing') return fail('not-a-directory', `${join(resolved)} is not a directory (the path ends with a slash)`);
  const existing = join(resolved);
  return {
    ok: true,
    path: missing.length === 0 ? existing : join([...resolved, ...missing]),
    existing,
    missing,
    kind,
    links,
    dirs,
    target: final === undefined ? undefined : { uid: final.uid, mode: final.mode, nlink: final.nlink, dev: final.dev, ino: final.ino, rdev: final.rdev },
  };
}
