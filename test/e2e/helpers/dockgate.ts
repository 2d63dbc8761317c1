/**
 * dockgate itself, as the suite runs it: the build, a socket-plugin process started with
 * `node dist/cli/index.js serve`, and the JSON log lines it writes (directly on stdout, or,
 * for a managed plugin, inside the dockerd log).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { poll, run, stopPid } from './proc.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLI = join(REPO, 'dist/cli/index.js');

export interface LogLine {
  readonly event?: string;
  readonly level?: string;
  readonly message?: string;
  readonly [key: string]: unknown;
}

export interface DecisionLine extends LogLine {
  readonly event: 'decision';
  readonly decision: 'allow' | 'deny';
  readonly wouldDeny: boolean;
  readonly operation: string;
  readonly mode: string;
  readonly phase: string;
  readonly violations: readonly { readonly rule: string }[];
  readonly problems: readonly string[];
  readonly durationUs: number;
}

export function isDecision(l: LogLine): l is DecisionLine {
  return l.event === 'decision';
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function npm(args: readonly string[]): Promise<void> {
  const r = await run('npm', args, { cwd: REPO, timeoutMs: 240_000 });
  if (r.code !== 0) throw new Error(`npm ${args.join(' ')} failed (${String(r.code)}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
}

/** Runs `npm run build` unless dist/ is newer than every file in src/. */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestMtime(join(REPO, 'src'))) return;
  await npm(['run', 'build']);
}

/** Where `npm run plugin:build` puts the managed plugin, and the stamp written after a complete build. */
const PLUGIN_DIR = join(REPO, 'plugin/build');
const PLUGIN_STAMP = join(PLUGIN_DIR, '.e2e-built');

/**
 * `npm run plugin:build` unless plugin/build is complete and newer than what it is made of (dist/,
 * the manifest, the build script, the locked dependencies); returns the plugin folder (config.json
 * + rootfs/). The suites only read it (a variant is a copy: `cp -al`, new files of its own), so one
 * build serves every file and every daemon of a run: test/e2e/matrix.ts builds it before it starts
 * the daemons' runs, which may run side by side.
 */
export async function buildManagedPlugin(): Promise<string> {
  await ensureBuilt();
  const inputs = Math.max(newestMtime(join(REPO, 'dist')), ...['config.json', 'plugin/build.sh', 'package-lock.json'].map((f) => statSync(join(REPO, f)).mtimeMs));
  const complete = existsSync(join(PLUGIN_DIR, 'config.json')) && existsSync(join(PLUGIN_DIR, 'rootfs/usr/local/bin/node'));
  if (complete && existsSync(PLUGIN_STAMP) && statSync(PLUGIN_STAMP).mtimeMs >= inputs) return PLUGIN_DIR;
  rmSync(PLUGIN_STAMP, { force: true });
  const r = await run('bash', [join(REPO, 'plugin/build.sh')], { cwd: REPO, timeoutMs: 240_000 });
  if (r.code !== 0) throw new Error(`plugin/build.sh failed (${String(r.code)}):\n${r.stderr.slice(-2000)}`);
  if (!existsSync(join(PLUGIN_DIR, 'config.json')) || !existsSync(join(PLUGIN_DIR, 'rootfs/usr/local/bin/node'))) throw new Error('plugin/build.sh did not produce plugin/build/{config.json,rootfs}');
  writeFileSync(PLUGIN_STAMP, `${new Date().toISOString()}\n`);
  return PLUGIN_DIR;
}

/** One plugin of `docker plugin inspect`: the fields the managed-plugin suites read. */
export interface PluginInspect {
  readonly Id: string;
  readonly Name: string;
  readonly Enabled: boolean;
  readonly PluginReference: string;
  readonly Settings: { readonly Env: readonly string[] };
}

export function parseJsonLines(text: string): LogLine[] {
  const out: LogLine[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    try {
      const v = JSON.parse(t) as unknown;
      if (typeof v === 'object' && v !== null) out.push(v as LogLine);
    } catch {
      // not a log line
    }
  }
  return out;
}

/**
 * A managed plugin's stdout/stderr lines, from the dockerd log, where each is logged as
 * `level=info msg="<the line, Go-quoted>" plugin=<id>`.
 */
export function managedPluginLines(daemonLog: string, pluginId: string): LogLine[] {
  const out: LogLine[] = [];
  for (const line of daemonLog.split('\n')) {
    if (!line.includes(`plugin=${pluginId}`)) continue;
    const m = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line);
    if (m?.[1] === undefined) continue;
    try {
      const text = JSON.parse(`"${m[1].replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')}"`) as string;
      out.push(...parseJsonLines(text));
    } catch {
      // not JSON-quotable: not one of dockgate's lines
    }
  }
  return out;
}

/** dockgate serving as a socket (spec-file) plugin, in a process this suite started. */
export class SocketPlugin {
  private child: ChildProcess | undefined;
  private buffer = '';
  private readonly linesSeen: LogLine[] = [];
  private log: WriteStream | undefined;
  private stderr = '';

  /**
   * `stateDir`: dockgate's state folder (DOCKGATE_STATE_DIR: last-known-good policy, the host
   * paths of the containers it allowed), in the run's temp dir unless given: never the host's
   * /var/lib/dockgate. It outlives stop() and start(), as on a host.
   */
  constructor(
    readonly socket: string,
    readonly logFile: string,
    readonly stateDir: string = join(dirname(logFile), 'dockgate-state'),
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  lines(): readonly LogLine[] {
    return this.linesSeen;
  }

  decisions(): DecisionLine[] {
    return this.linesSeen.filter(isDecision);
  }

  /** Starts `node dist/cli/index.js serve --socket SOCKET ...args` and waits until it listens. */
  async start(args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<void> {
    if (this.child !== undefined) throw new Error('dockgate already started');
    this.log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, [CLI, 'serve', '--socket', this.socket, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DOCKGATE_STATE_DIR: this.stateDir, ...env },
    });
    this.child = child;
    const seenBefore = this.linesSeen.length;
    child.stdout.on('data', (c: Buffer) => {
      this.log?.write(c);
      this.buffer += c.toString('utf8');
      const parts = this.buffer.split('\n');
      this.buffer = parts.pop() ?? '';
      this.linesSeen.push(...parseJsonLines(parts.join('\n')));
    });
    child.stderr.on('data', (c: Buffer) => {
      this.log?.write(c);
      this.stderr += c.toString('utf8');
    });
    await poll(
      'dockgate to listen',
      () => {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`dockgate exited (${String(child.exitCode ?? child.signalCode)}): ${this.stderr.trim()}`);
        return this.linesSeen.slice(seenBefore).some((l) => l.event === 'listening') ? true : undefined;
      },
      15_000,
      50,
    );
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => {
        child.once('exit', () => {
          r();
        });
      });
      await stopPid(child.pid, 10_000);
      await exited;
    }
    await new Promise<void>((r) => {
      if (this.log === undefined) {
        r();
        return;
      }
      this.log.end(() => {
        r();
      });
    });
    this.log = undefined;
  }
}
