/**
 * The daemon's configuration file (daemon.json), read by dockgate itself: BuildKit's
 * entitlements are only in there, and BuildKit's requests carry nothing a plugin can read; the
 * authorization plugins it names are the chain self-protection protects. Rules read it through
 * their context (core/context.ts `daemonConfig`).
 *
 * The file is a host path (default `/etc/docker/daemon.json`, `serve --daemon-config PATH` or
 * `DOCKGATE_DAEMON_CONFIG` for a daemon started with `--config-file`), resolved under the host
 * root like every host path (`/host` in the managed plugin, whose config.json mounts the host's
 * `/` read-only there). dockerd decodes it with encoding/json into its Config struct (keys
 * case-insensitive, a repeated key's last value wins): so does dockgate, through the same
 * decoder as request bodies. The file is read again when its identity, size or mtime changes;
 * BuildKit requests are rare, so the stat on each one costs nothing that matters.
 */
import { readFileSync, statSync } from 'node:fs';
import { currentHostRoot } from './root.js';
import { resolveHostPath } from './resolve.js';
import { decodeGoJSON } from '../request/gojson/decode.js';
import { bool, ptr, slice, string, struct, type Infer } from '../request/gojson/schema.js';

export const DEFAULT_DAEMON_CONFIG = '/etc/docker/daemon.json';

let configured: string | undefined;

/** Sets the host path of the daemon's configuration file (serve --daemon-config). */
export function setDaemonConfigPath(path: string | undefined): void {
  if (path !== undefined && !path.startsWith('/')) throw new Error(`the daemon configuration must be an absolute host path (found ${JSON.stringify(path)})`);
  configured = path;
  cache = undefined;
}

/** The host path of the daemon's configuration file dockgate reads. */
export function daemonConfigPath(): string {
  const env = process.env.DOCKGATE_DAEMON_CONFIG;
  return configured ?? (env !== undefined && env.startsWith('/') ? env : DEFAULT_DAEMON_CONFIG);
}

/** config.BuilderEntitlements: network-host, security-insecure (20.10-28.x), device (29.x). */
const Entitlements = struct('config.BuilderEntitlements', { 'network-host': ptr(bool), 'security-insecure': ptr(bool), device: ptr(bool) });
const Builder = struct('config.BuilderConfig', { Entitlements });
const DaemonConfig = struct('config.Config', { builder: Builder, 'authorization-plugins': slice(string) });
type DaemonConfigValue = Infer<typeof DaemonConfig>;

export type DaemonConfigRead =
  | {
      readonly state: 'ok';
      readonly path: string;
      readonly networkHost: boolean | null;
      readonly securityInsecure: boolean | null;
      readonly device: boolean | null;
      readonly unknown: readonly string[];
      /** The authorization plugins the file names (`authorization-plugins`), in chain order. */
      readonly authorizationPlugins: readonly string[];
    }
  | { readonly state: 'missing'; readonly path: string }
  | { readonly state: 'unreadable'; readonly path: string; readonly reason: string };

const KNOWN = new Set(['network-host', 'security-insecure', 'device']);

/**
 * Entitlement keys in the file that dockgate does not know and that are not `false`: a newer
 * daemon may grant something with them. Keys are matched case-insensitively, like Go's.
 */
function unknownEntitlements(text: string): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  const child = (o: unknown, name: string): unknown[] =>
    o !== null && typeof o === 'object' && !Array.isArray(o)
      ? Object.entries(o as Record<string, unknown>).filter(([k]) => k.toLowerCase() === name).map(([, v]) => v)
      : [];
  const out: string[] = [];
  for (const builder of child(raw, 'builder')) {
    for (const ents of child(builder, 'entitlements')) {
      if (ents === null || typeof ents !== 'object' || Array.isArray(ents)) continue;
      for (const [k, v] of Object.entries(ents as Record<string, unknown>)) {
        if (!KNOWN.has(k.toLowerCase()) && v !== false) out.push(k);
      }
    }
  }
  return out;
}

/** Reads daemon.json text (exported for tests). */
export function daemonConfigFromText(path: string, text: string): DaemonConfigRead {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { state: 'ok', path, networkHost: null, securityInsecure: null, device: null, unknown: [], authorizationPlugins: [] };
  const r = decodeGoJSON<DaemonConfigValue>(body, DaemonConfig);
  if (r.syntaxError) return { state: 'unreadable', path, reason: `not valid JSON (${r.syntaxError.message})` };
  if (r.typeError) return { state: 'unreadable', path, reason: `${r.typeError.path}: ${r.typeError.message}` };
  if (r.ambiguities.length > 0) return { state: 'unreadable', path, reason: 'its meaning depends on the daemon version' };
  const e = r.value?.builder.Entitlements;
  return {
    state: 'ok',
    path,
    networkHost: e?.['network-host'] ?? null,
    securityInsecure: e?.['security-insecure'] ?? null,
    device: e?.device ?? null,
    unknown: unknownEntitlements(body),
    authorizationPlugins: r.value?.['authorization-plugins'] ?? [],
  };
}

let cache: { key: string; read: DaemonConfigRead } | undefined;

/** The daemon's configuration file as it is now: builder entitlements, authorization plugins. */
export function readDaemonConfig(): DaemonConfigRead {
  const path = daemonConfigPath();
  const root = currentHostRoot();
  const resolved = resolveHostPath(path, root);
  if (!resolved.ok) return { state: 'unreadable', path, reason: resolved.detail };
  if (resolved.kind === 'missing') return { state: 'missing', path };
  const onDisk = root === '/' ? resolved.path : `${root}${resolved.path}`;
  try {
    const st = statSync(onDisk);
    const key = `${root}|${path}|${st.dev}|${st.ino}|${st.size}|${st.mtimeMs}|${st.ctimeMs}`;
    if (cache?.key === key) return cache.read;
    const read = daemonConfigFromText(path, readFileSync(onDisk, 'utf8'));
    cache = { key, read };
    return read;
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : 'error';
    return code === 'ENOENT' ? { state: 'missing', path } : { state: 'unreadable', path, reason: code };
  }
}
