/**
 * Networks as the daemon described them in its answers: `GET /networks/{id}` (docker network
 * inspect, which the docker CLI calls for every `--network` of a service before it creates it)
 * and `GET /networks` (docker network ls), read from the AuthZRes envelopes (response bodies under
 * 64 KiB; larger ones arrive empty and teach nothing). The host-network rule uses them to tell a
 * service network ID that is the host network from one that is not.
 *
 * What the daemon says about an ID does not change: network IDs are random and never reused, and
 * a network's driver is fixed at creation. Only IDs are remembered (with name and driver), at
 * most MAX_NETWORKS of them (the oldest learned are forgotten first). An ID never seen is unknown,
 * and the rule fails closed on it. A removed network is forgotten: its DELETE, or a prune whose
 * answer lists it (NetworksDeleted holds names: each is forgotten by name).
 *
 * With a state folder (persistNetworks, called by serve) they are also kept in one file,
 * `networks.json` (mode 0600, written to a temporary file and renamed over the old one whenever
 * what is remembered changes; at most MAX_NETWORKS entries, names cut at MAX_NAME characters),
 * and read back at start: after a dockgate restart a service on a known overlay network is still
 * allowed without the CLI looking the network up again. The file is a cache: losing it only
 * makes dockgate deny an ID until the daemon describes it again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';

export interface KnownNetwork {
  readonly id: string;
  readonly name: string;
  readonly driver: string;
}

export const MAX_NETWORKS = 4096;
/** Longest name kept (names only appear in messages). */
export const MAX_NAME = 256;
/** The state file's name inside the state folder. */
export const NETWORKS_FILE = 'networks.json';

const known = new Map<string, KnownNetwork>();
/** The state file, when persisting; the text last written or read (no rewrite when unchanged). */
let stateFile: string | undefined;
let stateText = '';

/** Whether remembering `n` changes anything. */
function remember(n: KnownNetwork): boolean {
  const had = known.get(n.id);
  if (had && had.name === n.name && had.driver === n.driver) return false;
  known.delete(n.id);
  known.set(n.id, n);
  while (known.size > MAX_NETWORKS) {
    const oldest = known.keys().next().value;
    if (oldest === undefined) break;
    known.delete(oldest);
  }
  return true;
}

/** Writes what is remembered to the state file, when persisting and it changed (throws when it cannot). */
function save(): void {
  if (stateFile === undefined) return;
  const text = JSON.stringify({ networks: [...known.values()] });
  if (text === stateText) return;
  // A cache: no fsync (a power loss can only make dockgate deny an ID until it is described again).
  writeFileAtomic(stateFile, text, { mode: 0o600, sync: false });
  stateText = text;
}

/** One network object of the API (`Id`, `Name`, `Driver`: exact keys, as the daemon writes them). */
function asNetwork(v: unknown): KnownNetwork | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const id = o.Id;
  const name = o.Name;
  const driver = o.Driver;
  if (typeof id !== 'string' || !/^[0-9a-z]+$/.test(id) || id.length > 64 || typeof driver !== 'string' || driver.length > MAX_NAME || typeof name !== 'string') return undefined;
  return { id, name: name.slice(0, MAX_NAME), driver };
}

/** Learns the networks of a network inspect (an object) or list (an array) response body; returns how many. */
export function learnNetworks(body: Uint8Array | string): number {
  let v: unknown;
  try {
    v = JSON.parse(typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));
  } catch {
    return 0;
  }
  let n = 0;
  let changed = false;
  for (const item of Array.isArray(v) ? v : [v]) {
    const net = asNetwork(item);
    if (net) {
      changed = remember(net) || changed;
      n++;
    }
  }
  if (changed) save();
  return n;
}

/**
 * Forgets removed networks: `DELETE /networks/{id}` names one as the daemon resolves it (full
 * ID, exact name, unique ID prefix), a prune answer lists names. Returns how many were forgotten.
 */
export function forgetNetworks(refs: readonly string[]): number {
  let n = 0;
  for (const ref of refs) {
    if (ref === '') continue;
    // Forgetting is always safe (an unknown ID is denied until described again): every network
    // of that name goes (a prune lists names, and a local and a swarm network may share one).
    let hits: string[] = known.has(ref) ? [ref] : [...known.values()].filter((k) => k.name === ref).map((k) => k.id);
    if (hits.length === 0 && /^[0-9a-z]+$/.test(ref)) {
      const byPrefix = [...known.keys()].filter((id) => id.startsWith(ref));
      if (byPrefix.length === 1) hits = byPrefix;
    }
    for (const id of hits) if (known.delete(id)) n++;
  }
  if (n > 0) save();
  return n;
}

/**
 * Keeps the networks in `<dir>/networks.json` from now on, after reading back what it holds.
 * Returns how many were read, and a problem when the file exists but cannot be read (it is then
 * replaced at the next change).
 */
export function persistNetworks(dir: string): { readonly loaded: number; readonly problem?: string } {
  const file = join(dir, NETWORKS_FILE);
  stateFile = file;
  stateText = '';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { loaded: 0 };
    return { loaded: 0, problem: `cannot read ${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
  let entries: unknown;
  try {
    entries = (JSON.parse(text) as { networks?: unknown }).networks;
  } catch {
    entries = undefined;
  }
  if (!Array.isArray(entries)) return { loaded: 0, problem: `${file} is not a networks file dockgate wrote` };
  let loaded = 0;
  for (const e of entries.slice(-MAX_NETWORKS)) {
    const net = asNetwork({ Id: (e as Partial<KnownNetwork> | null)?.id, Name: (e as Partial<KnownNetwork> | null)?.name, Driver: (e as Partial<KnownNetwork> | null)?.driver });
    if (net) {
      remember(net);
      loaded++;
    }
  }
  stateText = JSON.stringify({ networks: [...known.values()] });
  return { loaded };
}

/** The network the daemon described with exactly this ID, if any. */
export function knownNetwork(id: string): KnownNetwork | undefined {
  return known.get(id);
}

/** IDs of the host-driver networks the daemon described. */
export function learnedHostNetworkIds(): string[] {
  return [...known.values()].filter((n) => n.driver === 'host').map((n) => n.id);
}

/** For tests: forgets everything, and stops persisting. */
export function resetNetworks(): void {
  known.clear();
  stateFile = undefined;
  stateText = '';
}
