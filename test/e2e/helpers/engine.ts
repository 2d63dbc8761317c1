/**
 * Is there a Docker engine this suite can drive? It needs root (dockerd), a dockerd binary,
 * a docker CLI and a statically linked busybox (the image). Without them the suite is
 * pending with the reason, unless DOCKGATE_E2E_REQUIRED=1 (CI), where it fails.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { matrixDaemon } from './matrix.js';
import { which } from './which.js';
import { run } from './proc.js';

export { which };

export interface Engine {
  readonly dockerd: string;
  readonly docker: string;
  readonly busybox: string;
  /** `unshare` when available: the daemon then runs in its own network namespace. */
  readonly unshare: string | undefined;
  /** The matrix entry (DOCKGATE_E2E_DAEMON, e.g. "28.5"), or undefined for the dockerd in PATH. */
  readonly matrixName: string | undefined;
  /** Folder of docker CLI plugins (buildx, compose) that go with this daemon, if any. */
  readonly cliPlugins: string | undefined;
}

export type EngineCheck = { readonly ok: true; readonly engine: Engine } | { readonly ok: false; readonly reason: string };

/** True when the ELF file has no PT_INTERP program header (it needs no dynamic loader). */
export function isStaticElf(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(64);
    if (readSync(fd, head, 0, 64, 0) < 64 || head.readUInt32BE(0) !== 0x7f454c46) return false;
    const is64 = head[4] === 2;
    const le = head[5] === 1;
    const u16 = (b: Buffer, o: number): number => (le ? b.readUInt16LE(o) : b.readUInt16BE(o));
    const u32 = (b: Buffer, o: number): number => (le ? b.readUInt32LE(o) : b.readUInt32BE(o));
    const phoff = is64 ? Number(le ? head.readBigUInt64LE(0x20) : head.readBigUInt64BE(0x20)) : u32(head, 0x1c);
    const phentsize = u16(head, is64 ? 0x36 : 0x2a);
    const phnum = u16(head, is64 ? 0x38 : 0x2c);
    const ph = Buffer.alloc(phentsize);
    for (let i = 0; i < phnum; i++) {
      readSync(fd, ph, 0, phentsize, phoff + i * phentsize);
      if (u32(ph, 0) === 3) return false; // PT_INTERP
    }
    return true;
  } finally {
    closeSync(fd);
  }
}

let cached: Promise<EngineCheck> | undefined;

export function checkEngine(): Promise<EngineCheck> {
  cached ??= probe();
  return cached;
}

async function probe(): Promise<EngineCheck> {
  if (process.platform !== 'linux') return { ok: false, reason: `dockerd needs Linux (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'not root: a private dockerd needs root' };
  const matrixName = process.env.DOCKGATE_E2E_DAEMON;
  const entry = matrixName === undefined || matrixName === '' ? undefined : matrixDaemon(matrixName);
  if (entry !== undefined && !entry.ok) return entry;
  const chosen = entry?.daemon;
  const dockerd = chosen === undefined ? which('dockerd', 'DOCKERD_BIN') : chosen.dockerd;
  if (dockerd === undefined) return { ok: false, reason: 'no dockerd binary (apt-get install docker.io, or set DOCKERD_BIN)' };
  const docker = chosen === undefined ? which('docker', 'DOCKER_BIN') : chosen.docker;
  if (docker === undefined) return { ok: false, reason: 'no docker CLI (set DOCKER_BIN)' };
  const busybox = which('busybox', 'BUSYBOX_BIN');
  if (busybox === undefined) return { ok: false, reason: 'no busybox to build the test image (apt-get install busybox-static)' };
  if (!isStaticElf(busybox)) return { ok: false, reason: `${busybox} is dynamically linked; the test image needs busybox-static` };
  for (const tool of ['tar', 'umount']) {
    if (which(tool) === undefined) return { ok: false, reason: `no ${tool} binary` };
  }
  const v = await run(dockerd, ['--version'], { timeoutMs: 20_000 });
  if (v.code !== 0) return { ok: false, reason: `${dockerd} --version failed: ${v.stderr.trim()}` };
  const c = await run(docker, ['--version'], { timeoutMs: 20_000 });
  if (c.code !== 0) return { ok: false, reason: `${docker} --version failed: ${c.stderr.trim()}` };
  let unshare = process.env.DOCKGATE_E2E_NETNS === '0' ? undefined : which('unshare');
  if (unshare !== undefined && (await run(unshare, ['--net', '--', 'true'], { timeoutMs: 10_000 })).code !== 0) unshare = undefined;
  return { ok: true, engine: { dockerd, docker, busybox, unshare, matrixName: chosen?.name, cliPlugins: chosen?.cliPlugins } };
}

export const REQUIRED = process.env.DOCKGATE_E2E_REQUIRED === '1';

/**
 * For a `before` hook: returns the engine, or marks the whole suite pending (printing why),
 * or, with DOCKGATE_E2E_REQUIRED=1, fails.
 */
export async function requireEngine(ctx: Mocha.Context): Promise<Engine> {
  const check = await checkEngine();
  if (check.ok) return check.engine;
  if (REQUIRED) throw new Error(`DOCKGATE_E2E_REQUIRED=1 but there is no usable Docker engine: ${check.reason}`);
  process.stdout.write(`      (end-to-end suite pending: ${check.reason}; set DOCKGATE_E2E_REQUIRED=1 to make this a failure)\n`);
  ctx.skip();
}
