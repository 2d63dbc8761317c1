import { resolve } from 'node:path';
import { createLogger } from '../audit/logger.js';
import { createApp } from '../protocol/app.js';
import { closeServer, listenUnix } from '../protocol/listen.js';
import { PolicyHolder } from '../policy/holder.js';
import { PolicyError, type Mode } from '../policy/load.js';

export interface ServeOptions {
  readonly socket: string;
  readonly policy: string;
  readonly logLevel: string | undefined;
  readonly mode: Mode | undefined;
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
  const policy = holder.current();
  const logger = createLogger(opts.logLevel ?? policy.logLevel ?? 'info');
  const socket = resolve(opts.socket);
  const app = createApp(holder, logger);
  let server;
  try {
    server = await listenUnix(app, socket);
  } catch (err) {
    process.stderr.write(`dockgate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
  logger.info(`dockgate listening on ${socket}`, { event: 'listening', socket, policy: policy.source, policyVersion: policy.version, mode: policy.mode });

  process.on('SIGHUP', () => {
    try {
      const next = holder.reload();
      logger.info('policy reloaded', { event: 'policy-reloaded', policy: next.source, policyVersion: next.version, mode: next.mode });
    } catch (err) {
      logger.error('policy reload failed; the last good policy stays in force', { event: 'policy-reload-failed', error: err instanceof Error ? err.message : String(err), policyVersion: holder.current().version });
    }
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
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
