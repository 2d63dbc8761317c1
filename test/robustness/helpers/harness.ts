/**
 * Shared pieces of the robustness tests: the plugin in-process on a unix socket, the real
 * `dockgate serve` process, raw socket clients, and requests whose right answer is known.
 * Everything talks over unix sockets in temporary directories; nothing listens on a network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { createLogger } from '../../../src/audit/logger.js';
import { evaluate } from '../../../src/engine/engine.js';
import { parseEnvelope } from '../../../src/request/envelope.js';
import { createApp, type PolicySource } from '../../../src/protocol/app.js';
import { closeServer, listenUnix } from '../../../src/protocol/listen.js';
import { loadPolicyFile, type Policy } from '../../../src/policy/load.js';
import { decodeRequest } from '../../../src/request/decode-request.js';
import { apiRequest, captured, type RawEnvelope } from '../../helpers/fixtures.js';
import { postRaw, type RawResponse } from '../../helpers/plugin-client.js';

export const ROOT = new URL('../../../', import.meta.url).pathname;
export const DEFAULT_POLICY = join(ROOT, 'config/policy.json');

export function defaultPolicy(): Policy {
  return loadPolicyFile(DEFAULT_POLICY);
}

export const quiet = (): Writable => new Writable({ write: (_c, _e, cb) => { cb(); } });

export interface InProcess {
  readonly socket: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** The plugin app on a unix socket in this process, with listenUnix's real settings. */
export async function startInProcess(policies?: PolicySource): Promise<InProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'dockgate-rb-'));
  const socket = join(dir, 'dockgate.sock');
  const policy = policies ? undefined : defaultPolicy();
  const server = await listenUnix(createApp(policies ?? { current: () => policy! }, createLogger('error', quiet())), socket);
  return {
    socket,
    server,
    async close() {
      await closeServer(server, socket, 2000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ServeProcess {
  readonly child: ChildProcess;
  output(): string;
  readonly exited: Promise<number | null>;
}

/** The real `dockgate serve` (node --import tsx src/cli/index.ts serve ...), as test/protocol does. */
export function startServe(args: string[], nodeArgs: string[] = [], env: Readonly<Record<string, string>> = {}): ServeProcess {
  // A state folder of its own (removed when it exits) unless the test gives one: a test run as
  // root must never write the host's /var/lib/dockgate.
  const state = mkdtempSync(join(tmpdir(), 'dockgate-state-'));
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(ROOT, 'src/cli/index.ts'), 'serve', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOCKGATE_STATE_DIR: state, ...env },
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      rmSync(state, { recursive: true, force: true });
      resolve(code);
    }),
  );
  return { child, output: () => out, exited };
}

export async function until(cond: () => boolean, ms = 15_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A connection on which the test writes raw bytes; collects what the server sends back. */
export function rawConnection(socket: string): Promise<{ conn: Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const conn = createConnection(socket);
    let data = '';
    conn.on('data', (c: Buffer) => (data += c.toString('latin1')));
    const closed = new Promise<void>((r) => conn.once('close', () => { r(); }));
    conn.once('error', reject);
    conn.once('connect', () => {
      conn.removeListener('error', reject);
      conn.on('error', () => undefined);
      resolve({ conn, received: () => data, closed });
    });
  });
}

export function authzReq(socket: string, envelope: RawEnvelope | string | Buffer): Promise<RawResponse> {
  return postRaw(socket, '/AuthZPlugin.AuthZReq', typeof envelope === 'string' || Buffer.isBuffer(envelope) ? envelope : JSON.stringify(envelope));
}

/** The decision the engine gives this envelope in-process (the reference for answers over the socket). */
export function expectedAllow(envelope: RawEnvelope, policy: Policy): boolean {
  const parsed = parseEnvelope(envelope);
  if (!parsed.ok) return false;
  return evaluate(decodeRequest(parsed.envelope), policy).allow;
}

/** A normal request whose answer is known: the real CLI's `docker run --privileged`. */
export const PRIVILEGED = (): RawEnvelope => captured('run-privileged', 'container.create');
/** The real CLI's compliant `docker run`; its answer is computed from the policy. */
export const COMPLIANT = (): RawEnvelope => captured('run-compliant', 'container.create');

/** Checks that the plugin still answers a normal request correctly. */
export async function answersNormally(socket: string, policy: Policy): Promise<void> {
  const denied = await authzReq(socket, PRIVILEGED());
  if (denied.status !== 200 || (denied.json as { Allow?: unknown }).Allow !== false) throw new Error(`privileged create not denied: ${denied.status} ${denied.body}`);
  const normal = await authzReq(socket, COMPLIANT());
  const want = expectedAllow(COMPLIANT(), policy);
  if (normal.status !== 200 || (normal.json as { Allow?: unknown }).Allow !== want) throw new Error(`compliant create answered ${normal.status} ${normal.body}, want Allow ${want}`);
}

export { apiRequest, captured, postRaw };
