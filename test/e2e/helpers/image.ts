/**
 * The test image: a static busybox imported with `docker import` (no registry is reachable).
 * Pinned tag, never latest.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrivateDaemon } from './daemon.js';
import { run } from './proc.js';

export const IMAGE = 'dockgate-e2e/busybox:1.36';

export async function importBusybox(daemon: PrivateDaemon, workdir: string): Promise<void> {
  const rootfs = join(workdir, 'image-rootfs');
  rmSync(rootfs, { recursive: true, force: true });
  for (const d of ['bin', 'etc', 'tmp', 'proc', 'sys', 'dev', 'root']) mkdirSync(join(rootfs, d), { recursive: true });
  copyFileSync(daemon.engine.busybox, join(rootfs, 'bin/busybox'));
  const list = await run(daemon.engine.busybox, ['--list'], { timeoutMs: 10_000 });
  if (list.code !== 0) throw new Error(`busybox --list failed: ${list.stderr}`);
  for (const applet of list.stdout.split('\n')) {
    if (applet !== '' && applet !== 'busybox' && /^[\w.[-]+$/.test(applet)) symlinkSync('busybox', join(rootfs, 'bin', applet));
  }
  writeFileSync(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n');
  writeFileSync(join(rootfs, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\n');
  const tarBuf = await tarBuffer(rootfs);
  await daemon.dockerOk(['import', '--change', 'CMD ["sh"]', '-', IMAGE], { input: tarBuf, timeoutMs: 120_000 });
  rmSync(rootfs, { recursive: true, force: true });
}

/** `tar -c` of a folder, as bytes (run() would decode them as text). */
function tarBuffer(dir: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', ['-C', dir, '-c', '.'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`tar exited ${String(code)}`));
    });
  });
}
