/**
 * What the daemon said about its managed plugins and its authorization chain, read from the
 * AuthZRes envelopes of `GET /plugins` (docker plugin ls), `GET /plugins/{name}/json` (docker
 * plugin inspect, and the CLI's first call of docker plugin upgrade) and `GET /info` (docker
 * info). self-protection uses it to tell an authorization plugin from another plugin, and one in
 * the daemon's chain from one outside it (issue 13/14).
 *
 * Facts about the daemon these rest on (moby, checked on dockerd 20.10.24, 26.1.5 and 28.5.2):
 * - A plugin's ID is random and never reused; its interface types (`Config.Interface.Types`,
 *   strings like `docker.authz/1.0` in the API) change only by an upgrade, which dockgate sees
 *   (the record is dropped when an upgrade or removal is allowed, before the daemon acts).
 * - `GET /plugins` without filters lists every managed plugin: a plugin it does not list is gone.
 * - `GET /info` `Plugins.Authorization` is the chain the daemon STARTED with (flags and
 *   daemon.json): a SIGHUP reload replaces the chain with daemon.json's `authorization-plugins`
 *   (command-line plugins are dropped) but /info keeps reporting the start chain until the
 *   daemon restarts (daemon.Reload does not copy AuthorizationPlugins).
 *
 * Everything is in memory: a restarted dockgate knows nothing until the next `docker plugin ls`
 * and `docker info`, and fails closed meanwhile. Bodies of 64 KiB or more arrive empty and teach
 * nothing.
 */
import { familiarName, isFullId, parseReference } from '../request/reference.js';

export type PluginKind = 'authz' | 'other';

export interface KnownPlugin {
  /** 64 hex. */
  readonly id: string;
  /** The name the daemon stores (`dockgate:latest`, `127.0.0.1:5000/dockgate:0.1.0`, an alias with its tag). */
  readonly name: string;
  /** The interface types, as the daemon lists them (`docker.authz/1.0`). */
  readonly types: readonly string[];
  /** `authz` when a type's capability is authz (what the daemon's authorization chain needs). */
  readonly kind: PluginKind;
}

export const MAX_PLUGINS = 1024;

const FULL_ID = /^[0-9a-f]{64}$/;

const plugins = new Map<string, KnownPlugin>();
/** IDs dropped (removal or upgrade allowed) and at which step: an answer asked before that must not bring them back. */
const dropped = new Map<string, number>();
/** Orders asks and drops (time has millisecond steps; this does not). */
let step = 0;

/** A step number for an ask (an allowed plugin list or inspect): pass it to learnPluginList/learnPluginInspect with its answer. */
export function nextStep(): number {
  return ++step;
}
let info: { chain: readonly string[]; at: number } | undefined;

/** One interface type as the API writes it (a string), or the struct form some clients use. */
function typeString(t: unknown): string | undefined {
  if (typeof t === 'string') return t;
  if (typeof t !== 'object' || t === null || Array.isArray(t)) return undefined;
  const o = t as Record<string, unknown>;
  if (typeof o.Prefix !== 'string' || typeof o.Capability !== 'string' || typeof o.Version !== 'string') return undefined;
  return `${o.Prefix}.${o.Capability}/${o.Version}`;
}

/** The capability of `prefix.capability/version` (the daemon compares it with "authz"). */
function capability(t: string): string {
  const slash = t.lastIndexOf('/');
  const head = slash < 0 ? t : t.slice(0, slash);
  return head.slice(head.indexOf('.') + 1).toLowerCase();
}

/** One plugin object of the API (`Id`, `Name`, `Config.Interface.Types`: exact keys, as the daemon writes them). */
export function asPlugin(v: unknown): KnownPlugin | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const { Id: id, Name: name, Config: config } = o;
  if (typeof id !== 'string' || !FULL_ID.test(id) || typeof name !== 'string' || name === '') return undefined;
  if (typeof config !== 'object' || config === null) return undefined;
  const iface = (config as Record<string, unknown>).Interface;
  if (typeof iface !== 'object' || iface === null) return undefined;
  const rawTypes = (iface as Record<string, unknown>).Types;
  if (!Array.isArray(rawTypes)) return undefined;
  const types: string[] = [];
  for (const t of rawTypes) {
    const s = typeString(t);
    // a type dockgate cannot read: the plugin's kind is unknown
    if (s === undefined) return undefined;
    types.push(s);
  }
  return { id, name, types, kind: types.some((t) => capability(t) === 'authz') ? 'authz' : 'other' };
}

function parse(body: Uint8Array | string): unknown {
  try {
    return JSON.parse(typeof body === 'string' ? body : Buffer.from(body).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function remember(p: KnownPlugin, askedAt: number): boolean {
  const gone = dropped.get(p.id);
  if (gone !== undefined && gone > askedAt) return false;
  plugins.delete(p.id);
  plugins.set(p.id, p);
  while (plugins.size > MAX_PLUGINS) {
    const oldest = plugins.keys().next().value;
    if (oldest === undefined) break;
    plugins.delete(oldest);
  }
  return true;
}

/**
 * Learns from a `GET /plugins` answer (asked at step `askedAt`, from nextStep(); 0: asked before anything was dropped). `complete`: the request had no
 * filters, so plugins it does not list are gone. Returns how many plugins it learned, or
 * undefined when the body is not a list dockgate can read (then nothing changes).
 */
export function learnPluginList(body: Uint8Array | string, askedAt: number, complete: boolean): number | undefined {
  const v = parse(body);
  if (!Array.isArray(v)) return undefined;
  const read: KnownPlugin[] = [];
  for (const item of v) {
    const p = asPlugin(item);
    // one entry dockgate cannot read: the list cannot prove any plugin is gone
    if (p === undefined) {
      complete = false;
      continue;
    }
    read.push(p);
  }
  if (complete) {
    const listed = new Set(read.map((p) => p.id));
    for (const id of [...plugins.keys()]) if (!listed.has(id)) plugins.delete(id);
  }
  let n = 0;
  for (const p of read) if (remember(p, askedAt)) n++;
  return n;
}

/** Learns from a `GET /plugins/{name}/json` answer; returns the plugin, or undefined. */
export function learnPluginInspect(body: Uint8Array | string, askedAt: number): KnownPlugin | undefined {
  const p = asPlugin(parse(body));
  return p !== undefined && remember(p, askedAt) ? p : undefined;
}

/** Learns the start chain from a `GET /info` answer (`Plugins.Authorization`); returns it, or undefined. */
export function learnInfo(body: Uint8Array | string): readonly string[] | undefined {
  const v = parse(body);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const p = (v as Record<string, unknown>).Plugins;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return undefined;
  const a = (p as Record<string, unknown>).Authorization;
  // null: no authorization plugin at start (Go's nil slice)
  let chain: string[];
  if (a === null) chain = [];
  else if (Array.isArray(a) && a.every((x): x is string => typeof x === 'string')) chain = a;
  else return undefined;
  info = { chain, at: Date.now() };
  return chain;
}

/** The authorization chain the daemon started with, per the latest `GET /info` answer; undefined before one. */
export function startChain(): readonly string[] | undefined {
  return info?.chain;
}

/** Every plugin known now. */
export function knownPlugins(): KnownPlugin[] {
  return [...plugins.values()];
}

export function knownPlugin(id: string): KnownPlugin | undefined {
  return plugins.get(id);
}

/** Drops what dockgate knows about one plugin (an allowed removal or upgrade): it is unknown until listed again. */
export function dropPlugin(id: string): void {
  plugins.delete(id);
  dropped.set(id, nextStep());
  while (dropped.size > MAX_PLUGINS) {
    const oldest = dropped.keys().next().value;
    if (oldest === undefined) break;
    dropped.delete(oldest);
  }
}

/** A plugin name as the daemon stores it (reference.FamiliarString(TagNameOnly(ref))), or undefined (not a name the daemon resolves). */
export function storedPluginName(s: string): string | undefined {
  const ref = parseReference(s);
  if (!ref || ref.digest !== undefined) return undefined;
  return `${familiarName(ref.name)}:${ref.tag ?? 'latest'}`;
}

export type Resolved = { readonly state: 'known'; readonly plugin: KnownPlugin } | { readonly state: 'unknown' } | { readonly state: 'ambiguous'; readonly plugins: readonly KnownPlugin[] } | { readonly state: 'invalid' };

/**
 * Which known plugin `{name}` in /plugins/{name}/... names, resolved as the daemon does
 * (plugin/store.go resolvePluginID): a 64-hex string is a full ID; otherwise it must parse as a
 * reference without digest (else the daemon finds nothing: `invalid`); a stored name equal to the
 * reference with `:latest` added wins; failing that, the string is an ID prefix. `unknown`: no
 * known plugin matches (the daemon may still have one dockgate was never told about).
 */
export function resolvePlugin(target: string): Resolved {
  if (isFullId(target)) {
    const p = plugins.get(target);
    return p === undefined ? { state: 'unknown' } : { state: 'known', plugin: p };
  }
  const stored = storedPluginName(target);
  if (stored === undefined) return { state: 'invalid' };
  const all = [...plugins.values()];
  const byName = all.find((p) => p.name === stored);
  if (byName !== undefined) return { state: 'known', plugin: byName };
  const [first, ...more] = all.filter((p) => p.id.startsWith(target));
  if (first === undefined) return { state: 'unknown' };
  return more.length === 0 ? { state: 'known', plugin: first } : { state: 'ambiguous', plugins: [first, ...more] };
}

/** For tests. */
export function forgetPlugins(): void {
  plugins.clear();
  dropped.clear();
  info = undefined;
}
