/**
 * Host paths mounted one inside another (the start race of docs/security-model.md).
 *
 * A container that can write a host folder P can rename anything below P: it can swap a folder
 * on the way to a host path S below P for a symlink (renameat2 RENAME_EXCHANGE, in a loop),
 * so that dockgate's check sees the folder and the kernel's mount, a moment later, follows the
 * link. Nothing else an API-only user has writes the host, so a host path that lies strictly
 * below no writable mount of any container dockgate knows, nor of the same request, cannot be
 * swapped by them.
 *
 * The containers known are the registry's records (src/state/registry.ts): each one's own host
 * paths (binds, overlay folders, DriverConfig binds) and those of the named local volumes it
 * uses. Paths are compared as written and where they resolve now, both ways round: a request's
 * path below another's writable one, and a request's writable path above another's path.
 */
import { currentHostRoot } from '../../host/root.js';
import { resolveHostPath } from '../../host/resolve.js';
import { currentRegistry, type ContainerRecord, type StoredHostPath } from '../../state/registry.js';
import { isWithin } from './paths.js';

/** A host path some known container mounts. */
export interface KnownMount {
  /** The path as written (clean, absolute). */
  readonly path: string;
  /** Where it resolves now; undefined when it cannot be resolved. */
  readonly resolved: string | undefined;
  /** Where it is in the container's create, e.g. `HostConfig.Binds[0]` or `volume data (DriverOpts.device)`. */
  readonly field: string;
  /** Whether the container can write it (a read-write bind, an overlay upperdir or workdir). */
  readonly writable: boolean;
  /** The container, for messages: `name (id prefix)` or the id prefix. */
  readonly container: string;
  /** The container in short: its name, or the id prefix. */
  readonly short: string;
}

/** Whether a host path (by role and mode) lets the container that mounts it write the folder. */
export function writes(hp: Pick<StoredHostPath, 'role' | 'readOnly'>): boolean {
  return !hp.readOnly && (hp.role === 'bind' || hp.role === 'overlay');
}

/** The container as messages name it. */
export function containerLabel(rec: Pick<ContainerRecord, 'id' | 'name'>): string {
  const short = rec.id.slice(0, 12);
  return rec.name === undefined ? short : `${rec.name} (${short})`;
}

/**
 * The host paths of every container dockgate remembers except `exceptId` (the container being
 * started), each resolved now. A local volume's host paths count for every container that uses
 * it (writable unless the volume itself is mounted `ro`: how a container uses it is not kept).
 */
export function knownMounts(exceptId: string | undefined): readonly KnownMount[] {
  const registry = currentRegistry();
  const root = currentHostRoot();
  const out: KnownMount[] = [];
  // Each distinct path resolved once (replicas and shared volumes name the same ones).
  const seen = new Map<string, string | undefined>();
  const resolve = (kernelPath: string): string | undefined => {
    if (seen.has(kernelPath)) return seen.get(kernelPath);
    const r = resolveHostPath(kernelPath, root);
    const where = r.ok ? r.path : undefined;
    seen.set(kernelPath, where);
    return where;
  };
  for (const rec of registry.containerRecords()) {
    if (rec.id === exceptId) continue;
    const container = containerLabel(rec);
    const short = rec.name ?? rec.id.slice(0, 12);
    const push = (hp: StoredHostPath, field: string): void => {
      out.push({ path: hp.path, resolved: resolve(hp.kernelPath), field, writable: writes(hp), container, short });
    };
    for (const hp of rec.hostPaths) push(hp, hp.field);
    for (const v of rec.volumes) {
      for (const hp of registry.volume(v.name)?.hostPaths ?? []) push(hp, `${v.field}, volume ${v.name} (${hp.field})`);
    }
  }
  return out;
}

/** A path as written and where it resolves (the same string twice when nothing differs). */
export interface BothForms {
  readonly path: string;
  readonly resolved: string | undefined;
}

function forms(p: BothForms): readonly string[] {
  return p.resolved === undefined || p.resolved === p.path ? [p.path] : [p.path, p.resolved];
}

/**
 * Whether `inner` lies strictly below `outer`, comparing every form of each (written,
 * resolved); returns the pair that does, for the message.
 */
export function strictlyBelow(inner: BothForms, outer: BothForms): { readonly inner: string; readonly outer: string } | undefined {
  for (const i of forms(inner)) {
    for (const o of forms(outer)) {
      if (i !== o && isWithin(i, o)) return { inner: i, outer: o };
    }
  }
  return undefined;
}
