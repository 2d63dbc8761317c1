/**
 * Networks as the daemon described them in its answers: `GET /networks/{id}` (docker network
 * inspect, which the docker CLI calls for every `--network` of a service before it creates it)
 * and `GET /networks` (docker network ls), read from the AuthZRes envelopes (response bodies under
 * 64 KiB; larger ones arrive empty and teach nothing). The host-network rule uses them to tell a
 * service network ID that is the host network from one that is not.
 *
 * What the daemon says about an ID does not change: network IDs are random and never reused, and
 * a network's driver is fixed at creation. Only IDs are remembered (with name and driver), in
 * memory, at most MAX_NETWORKS of them (the oldest learned are forgotten first). An ID never seen
 * is unknown, and the rule fails closed on it.
 */

export interface KnownNetwork {
  readonly id: string;
  readonly name: string;
  readonly driver: string;
}

export const MAX_NETWORKS = 4096;

const known = new Map<string, KnownNetwork>();

function remember(n: KnownNetwork): void {
  known.delete(n.id);
  known.set(n.id, n);
  while (known.size > MAX_NETWORKS) {
    const oldest = known.keys().next().value;
    if (oldest === undefined) break;
    known.delete(oldest);
  }
}

/** One network object of the API (`Id`, `Name`, `Driver`: exact keys, as the daemon writes them). */
function asNetwork(v: unknown): KnownNetwork | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const id = o.Id;
  const name = o.Name;
  const driver = o.Driver;
  if (typeof id !== 'string' || !/^[0-9a-z]+$/.test(id) || typeof driver !== 'string' || typeof name !== 'string') return undefined;
  return { id, name, driver };
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
  for (const item of Array.isArray(v) ? v : [v]) {
    const net = asNetwork(item);
    if (net) {
      remember(net);
      n++;
    }
  }
  return n;
}

/** The network the daemon described with exactly this ID, if any. */
export function knownNetwork(id: string): KnownNetwork | undefined {
  return known.get(id);
}

/** IDs of the host-driver networks the daemon described. */
export function learnedHostNetworkIds(): string[] {
  return [...known.values()].filter((n) => n.driver === 'host').map((n) => n.id);
}

/** For tests. */
export function forgetNetworks(): void {
  known.clear();
}
