/**
 * Host paths of a request resolved on the host (src/host/resolve.ts), once per request: the
 * rules that judge them (sensitive-mounts, docker-socket) share each resolution. Results are
 * kept per HostPath object, which belongs to one decoded request; nothing outlives it. The host
 * is the rule context's.
 */
import type { HostView } from '../../core/context.js';
import type { Resolution } from '../../host/resolve.js';
import type { HostPath } from './mounts.js';

const cache = new WeakMap<HostPath, { readonly root: string; readonly resolution: Resolution }>();

/** Where `hp` leads on the host now (the kernel's view, from the host root dockgate sees). */
export function resolutionOf(hp: HostPath, host: HostView): Resolution {
  const root = host.root();
  const hit = cache.get(hp);
  if (hit?.root === root) return hit.resolution;
  const resolution = host.resolve(hp.kernelPath);
  cache.set(hp, { root, resolution });
  return resolution;
}

/** The path as written (cleaned), and the raw text when it differs: a finding's `found`. */
export function describeSent(hp: HostPath): string {
  return hp.raw === hp.path ? hp.path : `${hp.path} (sent as ${JSON.stringify(hp.raw)})`;
}

/** The path as written and, when different, where it leads: for deny messages. */
export function describeWhere(hp: HostPath, resolution: Resolution): string {
  const sent = describeSent(hp);
  if (!resolution.ok || resolution.path === hp.path) return sent;
  const missing = resolution.missing.length > 0 ? `, of which ${resolution.existing} exists` : '';
  return `${sent}, which resolves to ${resolution.path}${missing}`;
}
