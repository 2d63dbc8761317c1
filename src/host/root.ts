/**
 * Where dockgate sees the host's root filesystem: `/` for the socket plugin (a process on the
 * host), `/host` for the managed plugin (config.json mounts the host's `/` there, read-only,
 * rbind, rslave). Set once at start (`serve --host-root`, `DOCKGATE_HOST_ROOT`); tests point it
 * at a temporary tree.
 */
let hostRoot = '/';

export function currentHostRoot(): string {
  return hostRoot;
}

export function setHostRoot(root: string): void {
  if (!root.startsWith('/')) throw new Error(`the host root must be an absolute path (found ${JSON.stringify(root)})`);
  hostRoot = root.length > 1 && root.endsWith('/') ? root.slice(0, -1) : root;
}

/** Runs `fn` with another host root (tests). */
export function withHostRoot<T>(root: string, fn: () => T): T {
  const before = hostRoot;
  setHostRoot(root);
  try {
    return fn();
  } finally {
    hostRoot = before;
  }
}
