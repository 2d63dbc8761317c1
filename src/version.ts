/**
 * dockgate's version, as released: package.json's `version`, read once at start from the
 * package.json next to dist/ (the managed plugin ships it at /opt/dockgate/package.json; the
 * ESM in dist/ needs it anyway for `"type": "module"`). `--version`, the `listening` line,
 * `/healthz` and `dockgate_build_info` all show this one value.
 */
import { readFileSync } from 'node:fs';

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' && pkg.version !== '' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export const VERSION: string = readVersion();
