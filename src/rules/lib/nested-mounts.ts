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
 * The containers known are the registry's records (src/state/registry.ts, through the rule
 * context): each one's own host
 * paths (binds, overlay folders, DriverConfig binds) and those of the named local volumes it
 * uses. Paths are compared as written and where they resolve now, both ways round: a request's
 * path below another's writable one, and a request's writable path above another's path.
 */
import type { HostView, RuleContext } from '../../core/context.js';
import type { DirStamp } from '../../host/resolve.js';
import type { ContainerRecord, StoredHostPath } from '../../state/registry.js';
import { isWithin } from './paths.js';
import { resolveStamped, stampsHold } from './stamped.js';

/** A host path some known container mounts. */
export interface KnownMount {
  /** The path as written (clean, absolute). */
  readonly path: string;
  /** Where it resolves now; undefined when it cannot be resolved. */
  readonly resolved: string | undefined;
  /** Where it is in the container's create, e.g. `HostConfig.Binds[0]` or `volume data (DriverOpts.device)`. */
  readonly field: string;
  /** Whether the container can write it, or below it (writes()). */
  readonly writable: boolean;
  /** Read-only, but the host's mounts below it are writable in the container (writes()). */
  readonly onlyTopReadOnly: boolean;
  /** The container, for messages: `name (id prefix)` or the id prefix. */
  readonly container: string;
  /** The container in short: its name, or the id prefix. */
  readonly short: string;
}

/**
 * Whether a host path (by role and mode) lets the container that mounts it write the folder, or
 * something below it: a read-write bind, an overlay upperdir or workdir, and a read-only bind
 * that is read-only only at the top (the host's mounts below its source stay writable in the
 * container: rules/lib/mounts.ts submountsWritable). A read-only bind remembered from before
 * dockgate noted that is counted as writable (not known). Overlay lower folders are read through
 * overlayfs, which does not cross the mounts below them.
 */
export function writes(hp: Pick<StoredHostPath, 'role' | 'readOnly' | 'submountsWritable'>): boolean {
  if (!hp.readOnly) return hp.role === 'bind' || hp.role === 'overlay';
  return onlyTopReadOnly(hp);
}

/** A read-only bind whose source's host submounts are (or may be) writable in the container. */
export function onlyTopReadOnly(hp: Pick<StoredHostPath, 'role' | 'readOnly' | 'submountsWritable'>): boolean {
  return hp.readOnly && hp.role === 'bind' && (hp.submountsWritable ?? true);
}

/** The container as messages name it. */
export function containerLabel(rec: Pick<ContainerRecord, 'id' | 'name'>): string {
  const short = rec.id.slice(0, 12);
  return rec.name === undefined ? short : `${rec.name} (${short})`;
}

/** A remembered path's resolution, with the directories it was read from as they were then. */
interface Remembered {
  readonly root: string;
  readonly where: string | undefined;
  /** Every directory the walk looked a name up in; undefined: not reusable (re-resolve next time). */
  readonly stamps: readonly DirStamp[] | undefined;
}

/**
 * Resolutions of remembered paths from earlier decisions, by kernel path (only those still
 * remembered), per host view (the live context has one: one memo for every policy and profile).
 */
const rememberedBy = new WeakMap<HostView, ReadonlyMap<string, Remembered>>();

/**
 * Where a remembered host path leads now. The path is resolved again (src/host/resolve.ts, one
 * lstat per component) unless every directory its last resolution looked a name up in is still
 * the same directory with the same ctime: a resolution can only change when an entry of one of
 * those directories changes (a folder created, removed or renamed, a symlink made or replaced),
 * and each of those sets the directory's ctime. The stamps of directories many paths share
 * (/srv/data for a thousand containers) are read once per decision.
 * Not seen: a mount made or removed on the way (root's doing, not a directory entry).
 */
function whereNow(host: HostView, kernelPath: string, root: string, now: number, remembered: ReadonlyMap<string, Remembered>, next: Map<string, Remembered>): string | undefined {
  const last = remembered.get(kernelPath);
  if (last?.root === root && last.stamps !== undefined && stampsHold(host, last.stamps)) {
    next.set(kernelPath, last);
    return last.where;
  }
  // A path that could not be resolved (a loop, an unreadable folder, an I/O error) is tried again each time.
  const { resolution: r, stamps } = resolveStamped(host, kernelPath, now);
  const where = r.ok ? r.path : undefined;
  next.set(kernelPath, { root, where, stamps });
  return where;
}


/**
 * The host paths of every container dockgate remembers except `exceptId` (the container being
 * started), each where it leads now (whereNow: resolved again unless provably unchanged). A
 * local volume's host paths count for every container that uses it (writable unless the volume
 * itself is mounted `ro`: how a container uses it is not kept). `now` is the wall clock (tests
 * move it on, so that stamps read as settled).
 */
export function knownMounts({ host, containers }: Pick<RuleContext, 'host' | 'containers'>, exceptId: string | undefined, now = Date.now()): readonly KnownMount[] {
  const root = host.root();
  const remembered = rememberedBy.get(host) ?? new Map<string, Remembered>();
  const out: KnownMount[] = [];
  // Each distinct path resolved once (replicas and shared volumes name the same ones).
  const seen = new Map<string, string | undefined>();
  const next = new Map<string, Remembered>();
  const resolve = (kernelPath: string): string | undefined => {
    if (seen.has(kernelPath)) return seen.get(kernelPath);
    const where = whereNow(host, kernelPath, root, now, remembered, next);
    seen.set(kernelPath, where);
    return where;
  };
  for (const rec of containers.containerRecords()) {
    if (rec.id === exceptId) continue;
    const container = containerLabel(rec);
    const short = rec.name ?? rec.id.slice(0, 12);
    const push = (hp: StoredHostPath, field: string): void => {
      out.push({ path: hp.path, resolved: resolve(hp.kernelPath), field, writable: writes(hp), onlyTopReadOnly: onlyTopReadOnly(hp), container, short });
    };
    for (const hp of rec.hostPaths) push(hp, hp.field);
    for (const v of rec.volumes) {
      for (const hp of containers.volume(v.name)?.hostPaths ?? []) push(hp, `${v.field}, volume ${v.name} (${hp.field})`);
    }
  }
  // Forgotten containers' paths leave the memo with them.
  rememberedBy.set(host, next);
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
