import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLogger } from '../audit/logger.js';
import { setHostRoot } from '../host/root.js';
import { HostPathRegistry, setRegistry } from '../state/registry.js';
import { createApp } from '../protocol/app.js';
import { closeServer, listenUnix } from '../protocol/listen.js';
import { Metrics } from '../protocol/metrics.js';
import { PolicyHolder } from '../policy/holder.js';
import { PolicyError, type Mode } from '../policy/load.js';
import { watchPolicy } from '../policy/watch.js';

export interface ServeOptions {
  readonly socket: string;
  readonly policy: string;
  readonly logLevel: string | undefined;
  readonly mode: Mode | undefined;
  /** Where the host's `/` is visible: `/` for the socket plugin, `/host` in the managed plugin. */
  readonly hostRoot?: string;
  /** Where container host paths are remembered between create and start (survives restarts). */
  readonly stateDir?: string;
}

/** The host root must be a folder dockgate can read: without it every host path would be denied. */
function hostRootProblem(root: string): string | undefined {
  if (!root.startsWith('/')) return `--host-root must be an absolute path (found ${JSON.stringify(root)})`;
  try {
    if (!statSync(root).isDirectory()) return `the host root ${root} is not a folder`;
  } catch (err) {
    return `the host root ${root} cannot be read (${err instanceof Error ? err.message : String(err)}); the managed plugin mounts the host's / at /host (config.json mounts)`;
  }
  return undefined;
}

/** Starts the plugin. Resolves when it listens; exits the process on SIGTERM/SIGINT. */
export async function serve(opts: ServeOptions): Promise<void> {
  let holder: PolicyHolder;
  try {
    holder = new PolicyHolder(opts.policy, opts.mode);
  } catch (err) {
    if (err instanceof PolicyError) {
      process.stderr.write(`dockgate: refusing to start: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const hostRoot = opts.hostRoot ?? '/';
  const rootProblem = hostRootProblem(hostRoot);
  if (rootProblem !== undefined) {
    process.stderr.write(`dockgate: refusing to start: ${rootProblem}\n`);
    process.exit(2);
  }
  setHostRoot(hostRoot);
  let registry: HostPathRegistry;
  try {
    registry = new HostPathRegistry(opts.stateDir === undefined ? undefined : resolve(opts.stateDir));
  } catch (err) {
    process.stderr.write(`dockgate: refusing to start: cannot use the state folder ${opts.stateDir ?? ''} (${err instanceof Error ? err.message : String(err)}); set --state-dir or DOCKGATE_STATE_DIR\n`);
    process.exit(2);
  }
  setRegistry(registry);
  const policy = holder.current();
  const metrics = new Metrics();
  // The log goes to stdout, read by dockerd (managed plugin) or journald. If that reader goes
  // away, writes fail with EPIPE: an unhandled 'error' event would end the process and take
  // every docker command down with it. Lines are lost (and counted); deciding goes on.
  let logBroken = false;
  process.stdout.on('error', (err: Error) => {
    metrics.recordLogWriteError();
    if (logBroken) return;
    logBroken = true;
    try {
      process.stderr.write(`dockgate: cannot write the log to stdout (${err.message}); still deciding, log lines are lost (dockgate_log_write_errors_total)\n`);
    } catch {
      // stderr is gone too
    }
  });
  process.stderr.on('error', () => {
    // Nowhere left to report it.
  });
  const logger = createLogger(opts.logLevel ?? policy.logLevel ?? 'info');
  const socket = resolve(opts.socket);
  const app = createApp(holder, logger, metrics);
  let server;
  try {
    server = await listenUnix(app, socket);
  } catch (err) {
    process.stderr.write(`dockgate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
  logger.info(`dockgate listening on ${socket}`, { event: 'listening', socket, policy: policy.source, policyVersion: policy.version, mode: policy.mode, hostRoot, stateDir: opts.stateDir, containersKnown: registry.size });
  if (registry.unreadable.length > 0) logger.warn('state files that could not be read were ignored', { event: 'state-unreadable', files: registry.unreadable });

  // The swap is one assignment in the holder: a request sees the old policy or the new one, never neither.
  const reload = (trigger: 'SIGHUP' | 'file-change'): void => {
    try {
      const next = holder.reload();
      metrics.recordReload(true);
      logger.info('policy reloaded', { event: 'policy-reloaded', trigger, policy: next.source, policyVersion: next.version, mode: next.mode });
    } catch (err) {
      metrics.recordReload(false);
      logger.error('policy reload failed; the last good policy stays in force', {
        event: 'policy-reload-failed',
        trigger,
        policy: opts.policy,
        error: err instanceof Error ? err.message : String(err),
        issues: err instanceof PolicyError ? err.issues : [],
        policyVersion: holder.current().version,
      });
    }
  };
  process.on('SIGHUP', () => {
    reload('SIGHUP');
  });
  const watcher = watchPolicy(resolve(opts.policy), () => {
    reload('file-change');
  }, {
    onWatchError: (err) => {
      logger.warn('cannot watch the policy folder; retrying (SIGHUP still reloads)', { event: 'policy-watch-error', error: err.message });
    },
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    watcher.close();
    logger.info('shutting down', { event: 'shutdown', signal });
    void closeServer(server, socket).then(() => {
      logger.on('finish', () => process.exit(0));
      logger.end();
      setTimeout(() => process.exit(0), 1000).unref();
    });
  };
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
}
