/**
 * The dockerd releases the real-daemon suites run on: one list, test/e2e/daemons/versions.sh
 * (read by install.sh too). An entry whose packages are "system" is the machine's own Debian
 * docker.io (dockerd and docker from PATH); the others are installed side by side under
 * DOCKGATE_DAEMONS_DIR (default /opt/dockgate-e2e/daemons) by test/e2e/daemons/install.sh.
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExecutable, which } from './which.js';

export const VERSIONS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../daemons/versions.sh');
export const DAEMONS_DIR = process.env.DOCKGATE_DAEMONS_DIR ?? '/opt/dockgate-e2e/daemons';

export interface MatrixEntry {
  /** "20.10", "26.1", "28.5": the daemon's reported Version must start with this and a dot. */
  readonly name: string;
  /** The Debian suite the packages come from. */
  readonly suite: string;
  /** Pinned docker.io package version, or "system". */
  readonly engine: string;
  readonly containerd: string;
}

/** The entries of versions.sh, in order. */
export function matrixEntries(): MatrixEntry[] {
  const text = readFileSync(VERSIONS_FILE, 'utf8');
  const out: MatrixEntry[] = [];
  for (const m of text.matchAll(/^\s*"([^"|]+)\|([^"|]*)\|([^"|]*)\|([^"|]*)\|[^"]*"\s*$/gm)) {
    out.push({ name: m[1]!, suite: m[2]!, engine: m[3]!, containerd: m[4]! });
  }
  if (out.length === 0) throw new Error(`${VERSIONS_FILE}: no DAEMONS entries`);
  return out;
}

export interface MatrixDaemon {
  readonly name: string;
  readonly dockerd: string;
  readonly docker: string;
  readonly cliPlugins: string | undefined;
}

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The binaries of one entry, or why they are not there. */
export function matrixDaemon(name: string): { ok: true; daemon: MatrixDaemon } | { ok: false; reason: string } {
  const entry = matrixEntries().find((e) => e.name === name);
  if (entry === undefined) return { ok: false, reason: `DOCKGATE_E2E_DAEMON=${name}: not in ${VERSIONS_FILE} (${matrixEntries().map((e) => e.name).join(', ')})` };
  if (entry.engine === 'system') {
    // docker.io's own binaries (/usr/sbin/dockerd, /usr/bin/docker) before whatever PATH finds
    // first: a docker CLI installed separately (e.g. a 28.x one in /usr/local/bin) would otherwise
    // test the 20.10 daemon with a newer CLI than a clean CI machine has
    const dockerd = isExecutable('/usr/sbin/dockerd') ? '/usr/sbin/dockerd' : which('dockerd');
    const docker = isExecutable('/usr/bin/docker') ? '/usr/bin/docker' : which('docker');
    if (dockerd === undefined || docker === undefined) return { ok: false, reason: `dockerd ${name}: the system's docker.io is not installed (apt-get install docker.io)` };
    // Debian 12 ships no compose v2 or buildx: the system daemon gets the newest installed
    // entry's (they negotiate the old daemon's API version, as on an operator's machine)
    const newest = matrixEntries().filter((e) => e.engine !== 'system').at(-1);
    const plugins = newest === undefined ? undefined : join(DAEMONS_DIR, newest.name, 'cli-plugins');
    return { ok: true, daemon: { name, dockerd, docker, cliPlugins: plugins !== undefined && existsSync(plugins) ? plugins : undefined } };
  }
  const dir = join(DAEMONS_DIR, name);
  const dockerd = join(dir, 'bin/dockerd');
  const docker = join(dir, 'bin/docker');
  if (!executable(dockerd) || !executable(docker)) return { ok: false, reason: `dockerd ${name}: not installed in ${dir} (run: bash test/e2e/daemons/install.sh)` };
  return { ok: true, daemon: { name, dockerd, docker, cliPlugins: join(dir, 'cli-plugins') } };
}
