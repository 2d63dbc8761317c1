/**
 * dockgate's own files (the state folder's records, the last-known-good policy copy, the metrics
 * textfile) are replaced whole, never half-written: a temporary file in the same folder, renamed
 * over the old one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

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
