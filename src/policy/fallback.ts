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
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMountinfo, type MountEntry } from '../host/mountinfo.js';
import { writeFileAtomic } from '../state/atomic-file.js';

export { parseMountinfo } from '../host/mountinfo.js';
export { writeFileAtomic, type AtomicWriteOptions } from '../state/atomic-file.js';

/** The copy's path inside the state folder (next to helper state such as containers/). */
export function lastKnownGoodPath(stateDir: string): string {
  return join(stateDir, 'policy', 'last-known-good.json');
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
