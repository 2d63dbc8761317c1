/**
 * Serving on the plugin's unix socket: mode 0600 from the moment it exists (the socket is
 * for the daemon only), a stale socket file removed, a live one left alone, and a clean
 * shutdown that answers the requests in flight.
 */
import { mkdirSync, lstatSync, unlinkSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { PluginApp } from './app.js';

export class ListenError extends Error {
  constructor(readonly code: 'DG_SOCKET_IN_USE' | 'DG_SOCKET_NOT_SOCKET' | 'DG_SOCKET_LISTEN', message: string) {
    super(message);
    this.name = 'ListenError';
  }
}

function probe(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const conn = createConnection(path);
    const done = (alive: boolean): void => {
      conn.destroy();
      resolve(alive);
    };
    conn.once('connect', () => {
      done(true);
    });
    conn.once('error', () => {
      done(false);
    });
    conn.setTimeout(1000, () => {
      done(true);
    });
  });
}

/** Removes a stale socket at `path`; refuses when another process answers on it. */
export async function prepareSocketPath(path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (!stat.isSocket()) throw new ListenError('DG_SOCKET_NOT_SOCKET', `${path} exists and is not a socket; refusing to replace it`);
  if (await probe(path)) throw new ListenError('DG_SOCKET_IN_USE', `another process already answers on ${path}; refusing to start a second instance`);
  unlinkSync(path);
}

export async function listenUnix(app: PluginApp, path: string): Promise<Server> {
  await prepareSocketPath(path);
  // umask 0177 while the socket is created: it is born 0600, with no window.
  const previous = process.umask(0o177);
  try {
    return await new Promise<Server>((resolve, reject) => {
      // Stalled clients are looked for every 5 s (Node's default is 30 s), and a burst of
      // connections waits in a deep backlog instead of being refused.
      const server = createServer({ connectionsCheckingInterval: 5_000 }, app);
      server.listen({ path, backlog: 4096 });
      server.once('listening', () => {
        resolve(server);
      });
      server.once('error', (err) => {
        reject(new ListenError('DG_SOCKET_LISTEN', `cannot listen on ${path}: ${err.message}`));
      });
      // Never let a slow or stuck client hold a connection forever.
      server.headersTimeout = 10_000;
      server.requestTimeout = 30_000;
      server.keepAliveTimeout = 60_000;
    });
  } finally {
    process.umask(previous);
  }
}

/**
 * Stops accepting, lets in-flight requests finish (up to graceMs), removes the socket. Resolves
 * true when every connection had closed by itself (each request in flight answered and its
 * connection ended), false when the grace ran out and the connections still open were closed.
 */
export async function closeServer(server: Server, path: string | undefined, graceMs = 5000): Promise<boolean> {
  const graceful = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve(false);
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve(true);
    });
    server.closeIdleConnections();
  });
  if (path !== undefined) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
  return graceful;
}
