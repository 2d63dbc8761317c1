import { fileURLToPath } from 'node:url';

/** The default policy shipped with dockgate (config/policy.json next to dist/). */
export const DEFAULT_POLICY = fileURLToPath(new URL('../../config/policy.json', import.meta.url));

/** Where the daemon looks for socket plugins, when running as root; else the working folder. */
export function defaultSocket(): string {
  return process.getuid?.() === 0 ? '/run/docker/plugins/dockgate.sock' : './dockgate.sock';
}

/** Where container host paths are remembered: /var/lib/dockgate as root, else the working folder. */
export function defaultStateDir(): string {
  return process.getuid?.() === 0 ? '/var/lib/dockgate' : './dockgate-state';
}
