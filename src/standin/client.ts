/**
 * Runs the operator's own docker CLI (or `docker compose`) against a stand-in daemon: a fresh
 * private folder (mode 0700) holds the stand-in's socket (0600) and a private DOCKER_CONFIG
 * whose cli-plugins link the user's plugins (compose, buildx) and which holds no credentials.
 * The client's environment is the caller's, without anything that points it at another daemon.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import { StandInDaemon, type StandInOptions } from './daemon.js';

/** Environment variables that would send the client elsewhere, or give it credentials. */
const CLEARED = ['DOCKER_HOST', 'DOCKER_CONTEXT', 'DOCKER_CONFIG', 'DOCKER_TLS', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_AUTH_CONFIG'];

export interface ClientResult {
  readonly exitCode: number | null;
  /** The signal that ended it (our timeout), if any. */
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/** The docker binary: `explicit`, else `docker` found on PATH. Undefined when there is none. */
export function findDocker(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const executable = (p: string): boolean => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (explicit !== undefined && explicit !== '') {
    if (explicit.includes('/')) return executable(explicit) ? explicit : undefined;
    env = { ...env };
  }
  const name = explicit !== undefined && explicit !== '' ? explicit : 'docker';
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '' || !isAbsolute(dir)) continue;
    const p = join(dir, name);
    if (executable(p)) return p;
  }
  return undefined;
}

/** The folders where the docker CLI finds plugins for this user (DOCKER_CONFIG, else ~/.docker). */
export function userPluginDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const config = env.DOCKER_CONFIG !== undefined && env.DOCKER_CONFIG !== '' ? env.DOCKER_CONFIG : join(homedir(), '.docker');
  return [join(config, 'cli-plugins')];
}

export interface Session {
  readonly dir: string;
  readonly socket: string;
  readonly config: string;
  readonly daemon: StandInDaemon;
  close(): Promise<void>;
}

/** Starts a stand-in daemon in a fresh private folder. */
export async function startSession(opts: StandInOptions, env: NodeJS.ProcessEnv = process.env): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'dockgate-check-'));
  const socket = join(dir, 'docker.sock');
  const config = join(dir, 'config');
  mkdirSync(join(config, 'cli-plugins'), { recursive: true, mode: 0o700 });
  // No credentials, no contexts: an empty client configuration.
  writeFileSync(join(config, 'config.json'), '{}\n', { mode: 0o600 });
  for (const pluginDir of userPluginDirs(env)) {
    if (!existsSync(pluginDir)) continue;
    for (const p of readdirSync(pluginDir)) {
      if (!p.startsWith('docker-')) continue;
      const target = join(config, 'cli-plugins', p);
      if (!existsSync(target)) symlinkSync(join(pluginDir, p), target);
    }
  }
  const daemon = new StandInDaemon(opts);
  try {
    await daemon.listen(socket);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    dir, socket, config, daemon,
    close: async () => {
      await daemon.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const MAX_OUTPUT = 64 * 1024;

/**
 * Runs `docker ARGS` against the session's stand-in; kills it (by its pid) after `timeoutMs`.
 * stdin is /dev/null, or with `terminal` the caller's own terminal (`docker run -it` refuses
 * to start without one); the stand-in ends every attach at once, so nothing is read from it.
 */
export function runClient(docker: string, args: readonly string[], session: Session, timeoutMs: number, env: NodeJS.ProcessEnv = process.env, terminal = false): Promise<ClientResult> {
  const childEnv: NodeJS.ProcessEnv = { ...env };
  for (const name of CLEARED) Reflect.deleteProperty(childEnv, name);
  childEnv.DOCKER_HOST = `unix://${session.socket}`;
  childEnv.DOCKER_CONFIG = session.config;
  childEnv.DOCKER_CLI_HINTS = 'false';
  return new Promise((resolve) => {
    const child = spawn(docker, [...args], { env: childEnv, stdio: [terminal ? 'inherit' : 'ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (c: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += c.toString('utf8');
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ exitCode: null, signal: null, stdout, stderr: `${stderr}${err.message}`, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code, signal, stdout, stderr, timedOut });
    });
  });
}
