/**
 * What keeps dockgate serving when its configured policy cannot be loaded (issue 14): a
 * last-known-good copy of the last policy file that loaded, kept in the state folder, and a
 * diagnosis of why the configured file is unreadable when the cause is a stale mount.
 *
 * The copy is the policy file's exact text (so `dockgate validate` reads it like any policy),
 * written after every good load whose text differs from the copy: to a temporary file in the
 * same folder, fsynced, renamed over the copy, then the folder fsynced. A crash or a full disk
 * at any point leaves the previous copy or the new one, never half of one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseMountinfo, type MountEntry } from '../host/mountinfo.js';

export { parseMountinfo } from '../host/mountinfo.js';

/** The copy's path inside the state folder (next to helper state such as containers/). */
export function lastKnownGoodPath(stateDir: string): string {
  return join(stateDir, 'policy', 'last-known-good.json');
}

function fsyncPath(path: string, flags: string): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface AtomicWriteOptions {
  /** The file's mode (default 0600). */
  readonly mode?: number;
  /** The mode of folders created for it (default 0700). */
  readonly dirMode?: number;
  /** fsync the file and its folder (default true): the new content survives a power loss. */
  readonly sync?: boolean;
}

/** Writes `text` to `file` atomically: a temporary file in the same folder (fsynced), renamed over it, the folder fsynced. */
export function writeFileAtomic(file: string, text: string, opts: AtomicWriteOptions = {}): void {
  const sync = opts.sync ?? true;
  mkdirSync(dirname(file), { recursive: true, mode: opts.dirMode ?? 0o700 });
  const tmp = `${file}.tmp-${String(process.pid)}`;
  const fd = openSync(tmp, 'w', opts.mode ?? 0o600);
  try {
    try {
      writeSync(fd, text);
      if (sync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  if (!sync) return;
  try {
    fsyncPath(dirname(file), 'r');
  } catch {
    // Some filesystems refuse fsync on a folder; the rename is done either way.
  }
}

/** The copy's text and when it was written, or undefined when there is none (or it cannot be read). */
export function readLastKnownGood(stateDir: string): { readonly text: string; readonly savedAt: Date } | undefined {
  const file = lastKnownGoodPath(stateDir);
  try {
    const st = statSync(file);
    if (!st.isFile()) return undefined;
    return { text: readFileSync(file, 'utf8'), savedAt: st.mtime };
  } catch {
    return undefined;
  }
}

/** Saves `text` as the copy unless it already holds exactly that. Returns true when written. */
export function saveLastKnownGood(stateDir: string, text: string): boolean {
  const file = lastKnownGoodPath(stateDir);
  try {
    if (readFileSync(file, 'utf8') === text) return false;
  } catch {
    // no copy yet
  }
  writeFileAtomic(file, text);
  return true;
}

/**
 * When `file` lies under a mount whose source folder was deleted on the host (a managed
 * plugin's policy mount after `rm -rf /etc/dockgate && mkdir /etc/dockgate`: the plugin keeps
 * the deleted folder until it restarts), the mount point and the host folder it had; else
 * undefined. The deepest mount above the file decides, as the kernel does.
 */
export function deletedMountFor(file: string, mountinfo: string): { readonly mountPoint: string; readonly hostFolder: string } | undefined {
  let best: MountEntry | undefined;
  for (const m of parseMountinfo(mountinfo)) {
    const prefix = m.mountPoint.endsWith('/') ? m.mountPoint : `${m.mountPoint}/`;
    if (file !== m.mountPoint && !file.startsWith(prefix)) continue;
    if (best === undefined || m.mountPoint.length >= best.mountPoint.length) best = m;
  }
  if (best === undefined || !best.root.endsWith('//deleted')) return undefined;
  return { mountPoint: best.mountPoint, hostFolder: best.root.slice(0, -'//deleted'.length) };
}

/** The same, reading this process's mountinfo; undefined when it cannot be read (not Linux). */
export function deletedMountOf(file: string): { readonly mountPoint: string; readonly hostFolder: string } | undefined {
  let text: string;
  try {
    text = readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return undefined;
  }
  return deletedMountFor(file, text);
}

/** What an operator does about a deleted policy mount: make the daemon mount the new folder. */
export function deletedMountFix(mount: { readonly mountPoint: string; readonly hostFolder: string }): string {
  return `the policy folder mounted at ${mount.mountPoint} was deleted on the host (${mount.hostFolder} in its filesystem; replaced by rm and mkdir?): this plugin process still sees the deleted folder. ` +
    `Restart the plugin process so that the daemon mounts the new folder (docs/operations.md, "The policy folder was replaced"), ` +
    `or read the policy through the host mount (DOCKGATE_POLICY=/host${mount.hostFolder}/<file>), which follows a replaced folder`;
}
