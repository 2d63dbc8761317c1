/**
 * The Go allow-all reference plugin (bench/goplugin/main.go): built with the installed Go
 * toolchain (standard library only: no module download, no network) and started on a unix
 * socket, for the end-to-end figure (bench/e2e.ts). dockgate's own share of a docker call is
 * its added latency minus this plugin's, same daemon, same run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, ROOT } from './servers.js';

export type GoBuild = { readonly ok: true; readonly binary: string; readonly version: string } | { readonly ok: false; readonly reason: string };

/** `go build` of bench/goplugin/main.go into .bench/goplugin. */
export function buildGoPlugin(): GoBuild {
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error !== undefined || go.status !== 0) return { ok: false, reason: `no Go toolchain (go version: ${go.error?.message ?? go.stderr.trim()}); apt-get install golang-go` };
  mkdirSync(OUT, { recursive: true });
  const binary = join(OUT, 'goplugin');
  const env = { ...process.env, GOCACHE: process.env.GOCACHE ?? join(OUT, 'gocache'), GOPROXY: 'off', GO111MODULE: 'off', CGO_ENABLED: '0' };
  const b = spawnSync('go', ['build', '-o', binary, join(ROOT, 'bench', 'goplugin', 'main.go')], { encoding: 'utf8', env, cwd: ROOT });
  if (b.status !== 0) return { ok: false, reason: `go build failed: ${b.stderr.trim().slice(0, 500)}` };
  return { ok: true, binary, version: go.stdout.trim() };
}

/** Starts the plugin on `socket`; resolves once the socket exists. */
export async function startGoPlugin(binary: string, socket: string): Promise<ChildProcess> {
  const child = spawn(binary, [socket], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    if (existsSync(socket)) return child;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  throw new Error(`the Go plugin did not listen on ${socket}`);
}

/** Stops the plugin by its pid and waits for it. */
export async function stopGoPlugin(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await done;
}
