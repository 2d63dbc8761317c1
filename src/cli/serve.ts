import { statSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { createLogger, setLoggerFields } from '../audit/logger.js';
import { findDaemonIdentity, UNKNOWN_DAEMON_ID, type DaemonIdentity } from '../host/daemon-id.js';
import { setHostRoot } from '../host/root.js';
import { HostPathRegistry, setRegistry } from '../state/registry.js';
import { persistNetworks } from '../state/networks.js';
import { createApp } from '../protocol/app.js';
import { closeServer, listenUnix } from '../protocol/listen.js';
import { Metrics } from '../protocol/metrics.js';
import { startTextfile } from '../protocol/textfile.js';
import { loadFailureFix, PolicyHolder } from '../policy/holder.js';
import { PolicyError, type Mode } from '../policy/load.js';
import { watchPolicy } from '../policy/watch.js';
import { daemonConfigPath } from '../host/daemon-config.js';
import { VERSION } from '../version.js';
import { DEFAULT_POLICY } from './paths.js';

export interface ServeOptions {
  readonly socket: string;
  readonly policy: string;
  readonly logLevel: string | undefined;
  readonly mode: Mode | undefined;
  /** Where the host's `/` is visible: `/` for the socket plugin, `/host` in the managed plugin. */
  readonly hostRoot?: string;
  /** Where container host paths are remembered between create and start (survives restarts). */
  readonly stateDir?: string;
  /** Also write the metrics to this node-exporter textfile, every metricsIntervalMs. */
  readonly metricsTextfile?: string | undefined;
  readonly metricsIntervalMs?: number;
  /** The daemon's data root as a host path (its engine-id file), when the operator sets it; else found (host/daemon-id.ts). */
  readonly daemonRoot?: string | undefined;
}

/** How often an unknown daemon identity is looked for again (a socket plugin started before the daemon's first start). */
const IDENTITY_RETRY_MS = 5_000;

function identityFields(identity: DaemonIdentity): Record<string, unknown> {
  return { daemonId: identity.id, ...(identity.source === undefined ? {} : { daemonIdSource: identity.source }), dataRoot: identity.dataRoot, dataRootFrom: identity.dataRootFrom };
}

/**
 * A log line written before (or instead of) the logger: the same JSON shape as winston's
 * (timestamp, level, message, fields), so that start-up failures, too, are one JSON object
 * per line for the documented jq pipelines. Written to stderr (the daemon logs a managed
 * plugin's stderr at error level).
 */
export function startupLine(level: 'error' | 'warn', message: string, fields: Readonly<Record<string, unknown>> = {}): string {
  return `${JSON.stringify({ timestamp: new Date().toISOString(), level, message, host: hostname(), version: VERSION, ...fields })}\n`;
}

/** Ends the process on a start-up failure that no fallback can cover (the socket, a bad setting), with a JSON line. */
function refuseToStart(reason: string, message: string, fields: Readonly<Record<string, unknown>> = {}): never {
  try {
    process.stderr.write(startupLine('error', `dockgate: refusing to start: ${message}`, { event: 'start-failed', reason, ...fields }));
  } catch {
    // nowhere to say it
  }
  process.exit(2);
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
  // A bug that escapes every handler ends the process (the daemon or systemd restarts it), said as JSON.
  process.on('uncaughtException', (err) => {
    try {
      process.stderr.write(startupLine('error', 'dockgate: uncaught error, exiting (the daemon or systemd restarts dockgate)', { event: 'fatal', error: err.stack ?? err.message }));
    } finally {
      process.exit(1);
    }
  });
  // Neither an unreadable host root nor an unusable state folder stops dockgate from serving
  // (a plugin that does not answer blocks every docker command): without the host root every
  // host path is unresolvable, so every request naming one is denied with that reason; without
  // the state folder the host paths of created containers are kept in memory only. Both are
  // logged at error level once the logger exists.
  if (opts.daemonRoot !== undefined && !opts.daemonRoot.startsWith('/')) refuseToStart('bad-option', `--daemon-root must be an absolute host path (found ${JSON.stringify(opts.daemonRoot)})`);
  const hostRoot = opts.hostRoot ?? '/';
  const rootProblem = hostRootProblem(hostRoot);
  setHostRoot(hostRoot);
  let registry: HostPathRegistry;
  let stateProblem: string | undefined;
  try {
    registry = new HostPathRegistry(opts.stateDir === undefined ? undefined : resolve(opts.stateDir));
  } catch (err) {
    stateProblem = `cannot use the state folder ${opts.stateDir ?? ''} (${err instanceof Error ? err.message : String(err)})`;
    registry = new HostPathRegistry(undefined);
  }
  setRegistry(registry);
  // The networks the daemon described (host-network's service checks) survive a restart too.
  const networksState = registry.persistent && opts.stateDir !== undefined ? persistNetworks(resolve(opts.stateDir)) : undefined;
  // The policy never stops dockgate from serving: the configured file, else the last-known-good
  // copy in the state folder, else the shipped default, else the built-in policy (holder.ts).
  const holder = new PolicyHolder(opts.policy, opts.mode, { stateDir: opts.stateDir === undefined ? undefined : resolve(opts.stateDir), shippedDefault: DEFAULT_POLICY });
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
      process.stderr.write(startupLine('error', `dockgate: cannot write the log to stdout (${err.message}); still deciding, log lines are lost (dockgate_log_write_errors_total)`, { event: 'log-write-error' }));
    } catch {
      // stderr is gone too
    }
  });
  process.stderr.on('error', () => {
    // Nowhere left to report it.
  });
  // Every line names the host it was written on and the daemon it decides for (a fleet's logs
  // are read together): the daemon's ID, read once from its files (unknown: looked for again
  // every 30 s until found, never a failure).
  const identityOptions = { hostRoot, dataRoot: opts.daemonRoot, daemonConfig: daemonConfigPath() };
  let identity = findDaemonIdentity(identityOptions);
  const logger = createLogger(opts.logLevel ?? policy.logLevel ?? 'info', process.stdout, { host: hostname(), daemonId: identity.id });
  const identityFix = 'set DOCKGATE_DAEMON_ROOT (serve --daemon-root) to the daemon\'s data root (docker info: Docker Root Dir), or DOCKGATE_DAEMON_CONFIG to its daemon.json; dockerd 20.10 keeps its ID in key.json (deprecated-key-path)';
  let identityRetry: NodeJS.Timeout | undefined;
  if (identity.id === UNKNOWN_DAEMON_ID) {
    logger.warn('the daemon\'s identity is unknown: lines carry "daemonId":"unknown" until it is found (looked for every 5 s)', { event: 'daemon-identity-unknown', ...identityFields(identity), tried: identity.tried, fix: identityFix });
    identityRetry = setInterval(() => {
      const found = findDaemonIdentity(identityOptions);
      if (found.id === UNKNOWN_DAEMON_ID) return;
      clearInterval(identityRetry);
      identity = found;
      setLoggerFields(logger, { daemonId: found.id });
      logger.info('the daemon\'s identity was found', { event: 'daemon-identity', ...identityFields(found) });
    }, IDENTITY_RETRY_MS);
    identityRetry.unref();
  }
  const logFallback = (trigger: 'start' | 'SIGHUP' | 'file-change'): void => {
    const fb = holder.fallback();
    if (fb === undefined) return;
    logger.error(`the configured policy cannot be loaded; deciding with the ${fb.origin} policy until it can`, {
      event: 'policy-fallback',
      trigger,
      source: fb.origin,
      policy: fb.file,
      configured: fb.configured,
      error: fb.reason,
      fix: fb.fix,
      since: fb.since.toISOString(),
      ...(fb.savedAt === undefined ? {} : { savedAt: fb.savedAt.toISOString() }),
      policyVersion: holder.current().version,
      mode: holder.current().mode,
    });
  };
  const logCopyError = (): void => {
    const copyError = holder.lastKnownGoodError();
    if (copyError !== undefined) logger.warn('the last-known-good copy of the policy was not saved; a restart with a broken policy falls back to the shipped default', { event: 'last-known-good-unsaved', error: copyError });
  };
  logFallback('start');
  logCopyError();
  if (rootProblem !== undefined) logger.error(`${rootProblem}; every request that names a host path is denied until dockgate runs with a readable host root`, { event: 'host-root-unreadable', hostRoot, fix: 'give dockgate a readable view of the host root (--host-root / DOCKGATE_HOST_ROOT; the managed plugin mounts it at /host), then restart it' });
  if (stateProblem !== undefined) logger.error(`${stateProblem}; the host paths of created containers are kept in memory only, so after a restart their starts count as unverified`, { event: 'state-dir-unusable', stateDir: opts.stateDir, fix: 'set --state-dir or DOCKGATE_STATE_DIR to a folder dockgate can write, then restart it' });
  metrics.attachStatus(() => ({ fallback: holder.fallback()?.origin, lastGoodLoad: holder.lastGoodLoad() }));
  metrics.monitorEventLoop();
  // The swap is one assignment in the holder: a request sees the old policy or the new one, never neither.
  const reload = (trigger: 'SIGHUP' | 'file-change'): void => {
    const ended = holder.fallback();
    try {
      const next = holder.reload();
      metrics.recordReload(true);
      logger.info('policy reloaded', { event: 'policy-reloaded', trigger, policy: next.source, policyVersion: next.version, mode: next.mode });
      if (ended !== undefined) logger.info(`the configured policy loaded: the ${ended.origin} fallback ended`, { event: 'policy-fallback-ended', trigger, source: ended.origin, since: ended.since.toISOString(), policy: next.source, policyVersion: next.version });
      logCopyError();
    } catch (err) {
      metrics.recordReload(false);
      const fallback = holder.fallback();
      logger.error(fallback === undefined ? 'policy reload failed; the last good policy stays in force' : `policy reload failed; the ${fallback.origin} fallback stays in force`, {
        event: 'policy-reload-failed',
        trigger,
        policy: opts.policy,
        error: err instanceof Error ? err.message : String(err),
        issues: err instanceof PolicyError ? err.issues : [],
        fix: loadFailureFix(opts.policy, err),
        ...(fallback === undefined ? {} : { source: fallback.origin }),
        policyVersion: holder.current().version,
      });
    }
  };
  process.on('SIGHUP', () => {
    reload('SIGHUP');
  });
  // Watched before the socket listens: once `listening` is logged, a change to the policy file is seen.
  const watcher = watchPolicy(resolve(opts.policy), () => {
    reload('file-change');
  }, {
    onWatchError: (err) => {
      logger.warn('cannot watch the policy folder; retrying (SIGHUP still reloads)', { event: 'policy-watch-error', error: err.message });
    },
    onUnchanged: () => {
      logger.debug('the policy folder changed but the policy file did not; not reloaded', { event: 'policy-unchanged', policy: opts.policy });
    },
  });
  const socket = resolve(opts.socket);
  const app = createApp(holder, logger, metrics);
  let server;
  try {
    server = await listenUnix(app, socket);
  } catch (err) {
    refuseToStart('socket', err instanceof Error ? err.message : String(err), { socket });
  }
  const fb = holder.fallback();
  logger.info(`dockgate listening on ${socket}`, {
    event: 'listening', version: VERSION, socket, policy: policy.source, policyVersion: policy.version, mode: policy.mode,
    policySource: fb?.origin ?? 'configured', ...(fb === undefined ? {} : { configuredPolicy: fb.configured }),
    hostRoot, stateDir: opts.stateDir, containersKnown: registry.size, networksKnown: networksState?.loaded ?? 0, ...identityFields(identity),
    ...(opts.metricsTextfile === undefined ? {} : { metricsTextfile: opts.metricsTextfile }),
  });
  const textfile = opts.metricsTextfile === undefined
    ? undefined
    : startTextfile(resolve(opts.metricsTextfile), opts.metricsIntervalMs ?? 15_000, () => metrics.render(holder.current()), (err) => {
        logger.warn('cannot write the metrics textfile; retrying every interval', { event: 'metrics-textfile-error', file: opts.metricsTextfile, error: err.message });
      });
  if (registry.unreadable.length > 0) logger.warn('state files that could not be read were ignored', { event: 'state-unreadable', files: registry.unreadable });
  if (networksState?.problem !== undefined) logger.warn('the remembered networks could not be read back; service networks count as unknown until the daemon describes them again', { event: 'state-unreadable', error: networksState.problem });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    watcher.close();
    textfile?.close();
    clearInterval(identityRetry);
    logger.info('shutting down', { event: 'shutdown', signal });
    void closeServer(server, socket).then((graceful) => {
      // graceful: every request in flight was answered and every connection ended by itself.
      if (graceful) logger.info('stopped: every request in flight was answered', { event: 'stopped', graceful });
      else logger.warn('stopped: the shutdown grace ran out; the connections still open were closed', { event: 'stopped', graceful });
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
