/**
 * The identity of the daemon dockgate decides for: the ID `docker info` shows (`ID`), read
 * from the files the daemon keeps, through the host root, once at start (issue 14: decision
 * lines carry the host and the daemon).
 *
 * Where dockerd keeps its ID (moby daemon/id.go, daemon/daemon.go):
 * - 23.0 and later: `<data root>/engine-id`, a UUID written at the daemon's first start (23.x
 *   first copies the 20.10 trust key's ID there, so an upgraded host keeps its ID).
 * - 20.10: no file holds the ID; it is the libtrust key ID of the trust key, `key.json` in
 *   /etc/docker (`deprecated-key-path` in daemon.json, or the flag, moves it): SHA-256 of the
 *   public key's DER (PKIX), the first 240 bits in base32, in twelve groups of four joined by `:`.
 *
 * The data root, first found wins:
 * 1. `--daemon-root` / `DOCKGATE_DAEMON_ROOT` (a host path), when set: only that one;
 * 2. in the managed plugin, the folder the plugin's own root filesystem lies in
 *    (`<data root>/plugins/<plugin ID>/rootfs`, from this process's mountinfo, and used only
 *    when that host folder is this process's `/`: same device and inode);
 * 3. `data-root` (or the older `graph`) in the daemon's daemon.json;
 * 4. `/var/lib/docker`.
 *
 * Nothing here fails: no identity is `unknown`, with what was tried.
 */
import { createHash, createPublicKey, type JsonWebKey } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { parseMountinfo } from './mountinfo.js';
import { resolveHostPath } from './resolve.js';

export const UNKNOWN_DAEMON_ID = 'unknown';
export const DEFAULT_DATA_ROOT = '/var/lib/docker';
export const DEFAULT_TRUST_KEY = '/etc/docker/key.json';

export interface DaemonIdentity {
  /** The daemon's ID (`docker info` ID), or `unknown`. */
  readonly id: string;
  /** The host file it was read from (`<data root>/engine-id`, a key.json), when found. */
  readonly source?: string;
  /** The data root used, and how it was chosen. */
  readonly dataRoot: string;
  readonly dataRootFrom: 'setting' | 'plugin-rootfs' | 'daemon.json' | 'default';
  /** Every file tried and why it gave nothing (when the ID is unknown, or came from a later source). */
  readonly tried: readonly string[];
}

export interface IdentityOptions {
  /** Where the host's `/` is visible (`/` or `/host`). */
  readonly hostRoot: string;
  /** The daemon's data root, a host path, when the operator set it. */
  readonly dataRoot?: string | undefined;
  /** The daemon's daemon.json, a host path. */
  readonly daemonConfig: string;
  /** This process's mountinfo (tests); default /proc/self/mountinfo. */
  readonly mountinfo?: string | undefined;
  /** This process's `/` (tests); default `/`. */
  readonly selfRoot?: string;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Uint8Array): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32.charAt((acc >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32.charAt((acc << (5 - bits)) & 31);
  return out;
}

/** libtrust's key ID of a public key given as a JWK (EC or RSA): what dockerd 20.10 reports as its ID. */
export function libtrustKeyId(jwk: Readonly<Record<string, unknown>>): string {
  const pub: JsonWebKey = {};
  for (const k of ['kty', 'crv', 'x', 'y', 'n', 'e'] as const) {
    const v = jwk[k];
    if (typeof v === 'string') pub[k] = v;
  }
  const der = createPublicKey({ key: pub, format: 'jwk' }).export({ type: 'spki', format: 'der' });
  const s = base32(createHash('sha256').update(der).digest().subarray(0, 30));
  const groups: string[] = [];
  for (let i = 0; i < s.length; i += 4) groups.push(s.slice(i, i + 4));
  return groups.join(':');
}

function onHost(hostRoot: string, path: string): string {
  return hostRoot === '/' ? path : `${hostRoot}${path}`;
}

/**
 * Reads a host file seen under the host root. Under `/host`, symlinks are followed the way the
 * host's kernel would (`/var/lib/docker -> /data/docker` leads to the host's /data/docker, not
 * the plugin's): the path is resolved on the host first.
 */
function readHostFile(hostRoot: string, path: string): string {
  if (hostRoot === '/') return readFileSync(path, 'utf8');
  const r = resolveHostPath(path, hostRoot);
  if (!r.ok) throw new Error(r.detail);
  if (r.kind === 'missing') throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return readFileSync(onHost(hostRoot, r.path), 'utf8');
}

function why(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}

function readDaemonJson(opts: IdentityOptions, tried: string[]): Record<string, unknown> {
  try {
    const v = JSON.parse(readHostFile(opts.hostRoot, opts.daemonConfig)) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
    tried.push(`${opts.daemonConfig}: not a JSON object`);
  } catch (err) {
    tried.push(`${opts.daemonConfig}: ${why(err)}`);
  }
  return {};
}

/** A string member of daemon.json, its key matched case-insensitively as Go's decoder does (the last one wins). */
function configString(config: Readonly<Record<string, unknown>>, key: string): string | undefined {
  let found: string | undefined;
  for (const [k, v] of Object.entries(config)) if (k.toLowerCase() === key && typeof v === 'string' && v.startsWith('/')) found = v;
  return found;
}

/**
 * In the managed plugin: the daemon's data root, from this process's root filesystem
 * (`<data root>/plugins/<64 hex>/rootfs`), checked to be the same folder seen through the host root.
 */
export function dataRootOfPlugin(opts: IdentityOptions): string | undefined {
  if (opts.hostRoot === '/') return undefined;
  let text = opts.mountinfo;
  try {
    text ??= readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return undefined;
  }
  const self = parseMountinfo(text).filter((m) => m.mountPoint === '/').at(-1);
  const m = self === undefined ? null : /^(\/.*)\/plugins\/[0-9a-f]{64}\/rootfs$/.exec(self.root);
  if (self === undefined || m?.[1] === undefined) return undefined;
  try {
    const mine = statSync(opts.selfRoot ?? '/');
    const there = statSync(onHost(opts.hostRoot, self.root));
    return mine.dev === there.dev && mine.ino === there.ino ? m[1] : undefined;
  } catch {
    return undefined;
  }
}

/** A printable ID of sane length, or undefined. */
function cleanId(text: string): string | undefined {
  const id = text.trim();
  return id !== '' && id.length <= 256 && /^[\x21-\x7e]+$/.test(id) ? id : undefined;
}

/** Finds the daemon's ID (see the module comment). Never throws. */
export function findDaemonIdentity(opts: IdentityOptions): DaemonIdentity {
  const tried: string[] = [];
  const config = readDaemonJson(opts, tried);
  let dataRoot: string;
  let dataRootFrom: DaemonIdentity['dataRootFrom'];
  const fromConfig = configString(config, 'data-root') ?? configString(config, 'graph');
  const fromPlugin = opts.dataRoot === undefined ? dataRootOfPlugin(opts) : undefined;
  if (opts.dataRoot !== undefined) [dataRoot, dataRootFrom] = [opts.dataRoot, 'setting'];
  else if (fromPlugin !== undefined) [dataRoot, dataRootFrom] = [fromPlugin, 'plugin-rootfs'];
  else if (fromConfig !== undefined) [dataRoot, dataRootFrom] = [fromConfig, 'daemon.json'];
  else [dataRoot, dataRootFrom] = [DEFAULT_DATA_ROOT, 'default'];
  const base = { dataRoot, dataRootFrom };

  // 23.0 and later
  const engineId = `${dataRoot.replace(/\/+$/, '')}/engine-id`;
  try {
    const id = cleanId(readHostFile(opts.hostRoot, engineId));
    if (id !== undefined) return { id, source: engineId, ...base, tried };
    tried.push(`${engineId}: not an ID`);
  } catch (err) {
    tried.push(`${engineId}: ${why(err)}`);
  }
  // 20.10: the trust key's ID
  const keyPath = configString(config, 'deprecated-key-path') ?? DEFAULT_TRUST_KEY;
  try {
    const jwk = JSON.parse(readHostFile(opts.hostRoot, keyPath)) as unknown;
    if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) throw new Error('not a JSON web key');
    const id = libtrustKeyId(jwk as Record<string, unknown>);
    return { id, source: keyPath, ...base, tried };
  } catch (err) {
    tried.push(`${keyPath}: ${why(err)}`);
  }
  return { id: UNKNOWN_DAEMON_ID, ...base, tried };
}
