/**
 * Watches the folder that holds the policy file, so that every way of changing it is seen:
 * an in-place write, an atomic replace by rename (what editors and config tools do), and a
 * managed plugin's mounted folder. Events are debounced, and the file's content hash is
 * compared with the last one seen, so a burst of events or a touch without a change does not
 * reload. The reload itself (validate, swap, log) is the caller's `onChange`.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { dirname } from 'node:path';

export interface WatchOptions {
  /** Quiet time after the last event before the file is read (default 200 ms). */
  readonly debounceMs?: number;
  /** Content key of the policy already in force (see contentKey), so the first event that changes nothing is skipped. */
  readonly initialKey?: string;
  /** Called when the folder cannot be watched (the watch is retried every retryMs; called again only after it worked). */
  readonly onWatchError?: (err: Error) => void;
  /** How long to wait before watching again a folder that is gone or cannot be watched (default 1000 ms). */
  readonly retryMs?: number;
  /** Called when events were seen but the file's content is the one in force (nothing to reload). */
  readonly onUnchanged?: () => void;
}

export interface PolicyWatcher {
  close(): void;
}

/** What the file holds now: the sha256 of its bytes, or why it cannot be read. */
export function contentKey(file: string): string {
  try {
    if (!statSync(file).isFile()) return 'unreadable:not a regular file';
    return `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
  } catch (err) {
    return `unreadable:${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  }
}

/** Calls `onChange` (debounced) whenever the policy file's content differs from the last seen. */
export function watchPolicy(file: string, onChange: () => void, opts: WatchOptions = {}): PolicyWatcher {
  const debounceMs = opts.debounceMs ?? 200;
  const retryMs = opts.retryMs ?? 1000;
  let lastKey = opts.initialKey ?? contentKey(file);
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let closed = false;
  /** Whether the failing streak was already reported. */
  let reported = false;
  const failed = (err: Error): void => {
    if (!reported) opts.onWatchError?.(err);
    reported = true;
  };

  /**
   * The watched folder's identity: a folder deleted (or replaced by rm + mkdir) must be watched
   * again. Its device and inode number alone cannot tell: ext4 hands a freed inode number to the
   * next folder made (measured: 3 times in 4 for rm -r + mkdir), and the watch of the deleted
   * folder then sees nothing more. So the watched folder is held open: while the descriptor is
   * open its inode number cannot be reused, and its link count drops to 0 when it is deleted.
   */
  let folderId: string | undefined;
  let folderFd: number | undefined;
  const folderNow = (): string | undefined => {
    try {
      const st = statSync(dirname(file));
      return `${String(st.dev)}:${String(st.ino)}`;
    } catch {
      return undefined;
    }
  };
  const closeFolder = (): void => {
    if (folderFd === undefined) return;
    try {
      closeSync(folderFd);
    } catch {
      // already closed: nothing held
    }
    folderFd = undefined;
  };
  /** Whether the folder being watched is no longer the one at the path (deleted, replaced). */
  const folderReplaced = (): boolean => {
    if (folderNow() !== folderId) return true;
    if (folderFd === undefined) return false;
    try {
      return fstatSync(folderFd).nlink === 0;
    } catch {
      return true;
    }
  };
  const check = (): void => {
    timer = undefined;
    if (closed) return;
    if (watcher !== undefined && folderReplaced()) {
      // The folder went away: its watch sees nothing more. Watch again (every retryMs until it is back).
      watcher.close();
      watcher = undefined;
      closeFolder();
      rearm();
    }
    const key = contentKey(file);
    if (key === lastKey) {
      opts.onUnchanged?.();
      return;
    }
    lastKey = key;
    onChange();
  };
  const schedule = (): void => {
    if (closed) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
    timer.unref();
  };
  const arm = (): void => {
    retry = undefined;
    if (closed) return;
    try {
      // Any event in the folder: the file may be renamed over, or the folder's contents swapped.
      closeFolder();
      folderFd = openSync(dirname(file), constants.O_RDONLY | constants.O_DIRECTORY);
      const st = fstatSync(folderFd);
      folderId = `${String(st.dev)}:${String(st.ino)}`;
      watcher = watch(dirname(file), { persistent: false }, schedule);
      watcher.on('error', (err) => {
        watcher?.close();
        watcher = undefined;
        closeFolder();
        failed(err);
        rearm();
      });
      reported = false;
      // The folder may have been replaced while no watch was in place.
      schedule();
    } catch (err) {
      watcher?.close();
      watcher = undefined;
      closeFolder();
      failed(err as Error);
      rearm();
    }
  };
  const rearm = (): void => {
    if (closed || retry !== undefined) return;
    retry = setTimeout(arm, retryMs);
    retry.unref();
  };
  arm();

  return {
    close() {
      closed = true;
      watcher?.close();
      closeFolder();
      if (timer !== undefined) clearTimeout(timer);
      if (retry !== undefined) clearTimeout(retry);
    },
  };
}
