/**
 * The few global paths a private dockerd (and a socket plugin) touch: spec files in
 * /etc/docker/plugins, managed plugins' state in /run/docker/plugins (dockerd 20.10 puts it
 * there whatever --exec-root says), containerd's /run/containerd/s, and cgroup folders named
 * "docker". A snapshot taken before the run says which of them this run created, so cleanup
 * removes those (and only when empty) and leaves what was there before alone.
 */
import { existsSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

export const SPEC_DIR = '/etc/docker/plugins';
export const PLUGIN_RUN_DIR = '/run/docker/plugins';

const HOST_DIRS = [PLUGIN_RUN_DIR, '/run/docker', '/run/containerd/s', '/run/containerd', '/run/mount', SPEC_DIR, '/etc/docker'];

function cgroupCandidates(): string[] {
  const out: string[] = ['/sys/fs/cgroup/docker'];
  try {
    for (const c of readdirSync('/sys/fs/cgroup')) out.push(join('/sys/fs/cgroup', c, 'docker'));
  } catch {
    // no cgroup fs
  }
  return out;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** rmdir of `dir` and its empty sub-folders, deepest first (cgroup folders hold only pseudo files). */
function removeEmptyTree(dir: string): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name));
  } catch {
    return;
  }
  for (const e of entries) removeEmptyTree(e);
  try {
    rmdirSync(dir);
  } catch {
    // not empty (or busy): left in place
  }
}

/**
 * A managed plugin's run folder (/run/docker/plugins/<id>): containerd leaves its init FIFOs
 * there and the plugin its socket. Those (FIFOs and sockets directly in it, which hold no data)
 * are unlinked, then the folder is removed if empty. Nothing is followed or recursed into.
 */
function removePluginRunDir(dir: string): void {
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isFIFO() || e.isSocket()) unlinkSync(join(dir, e.name));
    }
  } catch {
    // gone already, or not ours to read
  }
  removeEmptyTree(dir);
}

export class HostState {
  private readonly existed = new Set<string>();
  private readonly candidates: string[];

  constructor() {
    this.candidates = [...cgroupCandidates(), ...HOST_DIRS];
    for (const p of this.candidates) if (existsSync(p)) this.existed.add(p);
  }

  /** Removes the host folders this run created, when empty; returns those it could not remove. */
  cleanup(extraRunDirs: readonly string[] = []): string[] {
    const left: string[] = [];
    for (const d of extraRunDirs) {
      removePluginRunDir(d);
      if (isDir(d)) left.push(d);
    }
    for (const p of this.candidates) {
      if (this.existed.has(p) || !isDir(p)) continue;
      if (p.startsWith('/sys/fs/cgroup/')) removeEmptyTree(p);
      else {
        try {
          rmdirSync(p);
        } catch {
          // not empty: someone else uses it now
        }
      }
      if (isDir(p)) left.push(p);
    }
    return left;
  }
}
