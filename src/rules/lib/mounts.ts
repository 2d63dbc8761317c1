/**
 * Every way a request puts a host path (or a host kernel filesystem) into a container, read
 * the way the daemon reads it:
 *
 * - `HostConfig.Binds` (volume/mounts linux_parser ParseMountRaw): `src:dst[:mode]`, split on
 *   `:` (more than two colons is invalid); a source starting with `/` is a bind mount, anything
 *   else a named volume; the source is `path.Clean`ed; mode `ro` makes it read-only, `shared` /
 *   `rshared` set the propagation;
 * - `HostConfig.Mounts` and a service's `ContainerSpec.Mounts`: `Type` `bind` (exact) with
 *   `Source` (cleaned), `ReadOnly`, `BindOptions.Propagation`; `Type` `volume` with
 *   `VolumeOptions.DriverConfig` options for the `local` driver;
 * - `POST /volumes/create` with the `local` driver (`Driver` empty or `local`) and `DriverOpts`.
 *
 * Local-driver volumes are modelled as moby's volume/local driver mounts them: it validates
 * the keys `type`, `device`, `o` and `size`, then calls mount(2) with `device`, `type` and the
 * `o` text, split by moby/sys/mount into flags (`bind`, `rbind`, `ro`...) and the data string
 * the filesystem reads. So:
 *
 * - `o` with `bind` or `rbind` is a bind mount of `device`, whatever `type` says (the kernel
 *   ignores the type and the data of MS_BIND);
 * - `tmpfs` mounts memory; `nfs`, `nfs4`, `cifs`, `smb3` mount a remote share (`device` and
 *   `addr=` name the server, not a local path);
 * - `overlay` mounts the directories named in its data: `lowerdir=` (a `:`-separated list;
 *   `::` separates data-only layers), `upperdir=`, `workdir=`, and `lowerdir+=` / `datadir+=`
 *   on newer kernels; every one is a host path, relative ones taken from dockerd's working
 *   directory (`/` under systemd). Its `device` is only a name;
 * - any other type mounts `device` as a block device (ext4, xfs, btrfs...), or is a kernel
 *   filesystem (proc, sysfs, devtmpfs...) that mounts the host's own; path-valued data options
 *   (ext4 `journal_path=`, xfs `logdev=`, btrfs `device=`) name block devices too.
 *
 * Paths in volume options reach the kernel as written (moby does not clean them): `kernelPath`
 * keeps them raw, so that `a/link/..` is resolved as the kernel resolves it. Bind sources in
 * `Binds` and `Mounts` are `path.Clean`ed by the daemon first.
 */
import type { ContainerMemory, RuleContext } from '../../core/context.js';
import type { BodyView, DecodedRequest } from '../../request/decode-request.js';
import type { MountValue } from '../../request/docker-types.js';
import type { StoredHostPath } from '../../state/registry.js';
import { onlyTopReadOnly } from './nested-mounts.js';
import { goPathClean } from './paths.js';
import { kernelAtLeast } from './seccomp-profile.js';
import { apiVersionLess, CONTAINER_SPEC, containerSpecOf } from './service.js';

/**
 * What a host path is to the mount: a bind source (a folder or file the container gets), an
 * overlay layer folder, or the device a disk filesystem is mounted from.
 */
export type HostPathRole = 'bind' | 'overlay' | 'block-device';

export interface HostPath {
  /** Where the path is in the request, e.g. `HostConfig.Binds[0]`. */
  readonly field: string;
  /** The clean, absolute host path as written (relative paths taken from `/`). */
  readonly path: string;
  /** The value as sent. */
  readonly raw: string;
  /** What the kernel is given to resolve (cleaned by the daemon for binds, raw in volume options). */
  readonly kernelPath: string;
  readonly readOnly: boolean;
  /**
   * A read-only bind that leaves the host's mounts below its source writable in the container
   * (`submountsWritable`): the container can rename things inside them. False for writable
   * mounts (they are writable anyway) and for read-only ones that are so all the way down.
   */
  readonly submountsWritable: boolean;
  readonly role: HostPathRole;
  /** The named local volume whose options name this path (remembered from its POST /volumes/create). */
  readonly volume?: string;
}

/** A local-driver volume option dockgate cannot read with certainty (denied). */
export interface VolumeProblem {
  readonly field: string;
  readonly found: string;
  readonly why: string;
}

export interface MountSurface {
  readonly hostPaths: readonly HostPath[];
  /** Filesystem types given to the local volume driver. */
  readonly volumeTypes: readonly { readonly field: string; readonly type: string }[];
  /** Bind propagation modes set on a mount. */
  readonly propagation: readonly { readonly field: string; readonly mode: string }[];
  /** `HostConfig.VolumesFrom` entries (another container's mounts, which dockgate cannot see). */
  readonly volumesFrom: readonly { readonly field: string; readonly value: string }[];
  /** Local-driver options that cannot be read with certainty. */
  readonly volumeProblems: readonly VolumeProblem[];
  /** Named volumes a container create uses (`-v name:/path`, `--mount type=volume,source=name`). */
  readonly volumeRefs: readonly { readonly field: string; readonly name: string }[];
}

/** Filesystems of memory: `device` is only a name. */
export const MEMORY_TYPES: ReadonlySet<string> = new Set(['tmpfs']);
/** Network filesystems: `device` and `addr=` name a remote server and share. */
export const NETWORK_TYPES: ReadonlySet<string> = new Set(['nfs', 'nfs4', 'cifs', 'smb3']);

/** Overlay data options that name host folders. */
const OVERLAY_PATH_OPTIONS = new Set(['lowerdir', 'upperdir', 'workdir', 'lowerdir+', 'datadir+']);
/** Overlay data options that name no path (flags and on/off settings), and generic mount flags. */
const OVERLAY_OTHER_OPTIONS = new Set([
  'redirect_dir', 'index', 'uuid', 'nfs_export', 'xino', 'metacopy', 'verity', 'volatile', 'userxattr', 'default_permissions',
  'ro', 'rw', 'nodev', 'dev', 'nosuid', 'suid', 'noexec', 'exec', 'noatime', 'atime', 'relatime', 'norelatime', 'strictatime', 'nodiratime', 'diratime',
  'sync', 'async', 'dirsync', 'mand', 'nomand', 'lazytime', 'nolazytime', 'iversion', 'noiversion', 'silent', 'loud', 'remount', 'private', 'rprivate', 'slave', 'rslave', 'shared', 'rshared', 'unbindable', 'runbindable',
]);

/** What the mount surface is read with: the containers and volumes dockgate remembers, and the running kernel. */
export type MountFacts = Pick<RuleContext, 'containers' | 'kernel'>;

interface Builder {
  /** The containers and volumes dockgate remembers (a named volume's host paths are the container's). */
  readonly containers: ContainerMemory;
  hostPaths: HostPath[];
  volumeTypes: { field: string; type: string }[];
  propagation: { field: string; mode: string }[];
  volumesFrom: { field: string; value: string }[];
  volumeProblems: VolumeProblem[];
  volumeRefs: { field: string; name: string }[];
}

/** A path as written, made absolute from `/` and cleaned (for display and for the lexical check). */
export function hostPath(raw: string): string {
  return goPathClean(raw.startsWith('/') ? raw : `/${raw}`);
}

function pushPath(out: Builder, field: string, raw: string, readOnly: boolean, role: HostPathRole, submountsWritable = false): void {
  out.hostPaths.push({ field, path: hostPath(raw), raw, kernelPath: raw, readOnly, submountsWritable, role });
}

/** What decides whether a read-only bind of a container is read-only all the way down. */
interface ReadOnlyContext {
  /** The API version in the request's path (undefined: the daemon's own, 1.41 on 20.10). */
  readonly apiVersion: string | undefined;
  readonly kernel: RuleContext['kernel'];
  /** HostConfig.Runtime ('' for the daemon's default runtime). */
  readonly runtime: string;
}

/** Runtimes that take `rro` (runc 1.1+, which dockerd 25+ ships with): the daemon's default, or runc named. */
const RRO_RUNTIMES: ReadonlySet<string> = new Set(['', 'runc', 'io.containerd.runc.v2']);

/**
 * Whether a read-only bind of a container leaves the host's mounts below its source writable
 * there (checked on dockerd 20.10, 26.1 and 28.5). The daemon binds with `rbind`, so a mount
 * below the source on the host (a data disk under /srv, a stick under /media) is in the
 * container too, and plain `ro` makes only the top mount read-only:
 * - 20.10 (API 1.41) always binds `ro` that way, as 25+ do for a request at an API version
 *   below 1.44 and for `BindOptions.ReadOnlyNonRecursive`;
 * - 25+ at API 1.44+ ask the runtime for `rro` when the kernel has mount_setattr (5.12+) and
 *   the runtime takes it, and otherwise fall back to `ro` without a word, unless
 *   `BindOptions.ReadOnlyForceRecursive`, which refuses to start the container instead;
 * - `BindOptions.NonRecursive` (API 1.40+) binds without the mounts below: nothing below to write.
 * Without an API version in the path the daemon uses its own, which may be 20.10's.
 */
export function submountsWritable(readOnly: boolean, bind: MountValue['BindOptions'], ro: ReadOnlyContext): boolean {
  if (!readOnly) return false;
  const v = ro.apiVersion;
  if (bind?.NonRecursive === true && (v === undefined || !apiVersionLess(v, '1.40'))) return false;
  if (v === undefined || apiVersionLess(v, '1.44') || bind?.ReadOnlyNonRecursive === true) return true;
  if (bind?.ReadOnlyForceRecursive === true) return false;
  return !(kernelAtLeast(ro.kernel, '5.12') === true && RRO_RUNTIMES.has(ro.runtime));
}

/**
 * Reads local-driver options (`type`, `device`, `o`) the way volume/local mounts them;
 * `field` names the options map.
 */
function localVolume(opts: ReadonlyMap<string, string> | null, field: string, out: Builder): void {
  if (!opts || opts.size === 0) return;
  const type = opts.get('type') ?? '';
  const device = opts.get('device') ?? '';
  const o = opts.get('o') ?? '';
  // Nothing to mount: a plain volume (perhaps with a `size` quota).
  if (type === '' && device === '' && o === '') return;
  const flags = o.split(',');
  const readOnly = flags.includes('ro');
  if (flags.includes('bind') || flags.includes('rbind')) {
    // MS_BIND: the kernel ignores the type and the data; `device` is the bind source. `rbind`
    // takes the mounts below it too, and `ro` then makes only the top one read-only.
    pushPath(out, `${field}.device`, device, readOnly, 'bind', readOnly && flags.includes('rbind'));
    return;
  }
  out.volumeTypes.push({ field: `${field}.type`, type });
  if (MEMORY_TYPES.has(type) || NETWORK_TYPES.has(type)) return;
  if (type === 'overlay') {
    if (o.includes('\\')) {
      out.volumeProblems.push({ field: `${field}.o`, found: o, why: 'overlay options with backslash escapes (dockgate does not read escaped paths)' });
      return;
    }
    for (const flag of flags) {
      if (flag === '') continue;
      const eq = flag.indexOf('=');
      const key = eq < 0 ? flag : flag.slice(0, eq);
      if (OVERLAY_PATH_OPTIONS.has(key) && eq >= 0) {
        const value = flag.slice(eq + 1);
        const list = key === 'lowerdir' || key === 'lowerdir+' || key === 'datadir+' ? value.split(':') : [value];
        for (const dir of list) if (dir !== '') pushPath(out, `${field}.o`, dir, key !== 'upperdir' && key !== 'workdir', 'overlay');
      } else if (!OVERLAY_OTHER_OPTIONS.has(key)) {
        out.volumeProblems.push({ field: `${field}.o`, found: flag, why: `an overlay option dockgate does not know (${key})` });
      }
    }
    return;
  }
  // A disk filesystem (or a kernel one): `device` is mounted as a block device, and
  // path-valued data options name devices too.
  pushPath(out, `${field}.device`, device, readOnly, 'block-device');
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq < 0) continue;
    const value = flag.slice(eq + 1);
    if (value.includes('/')) pushPath(out, `${field}.o`, value, readOnly, 'block-device');
  }
}

function isLocalDriver(name: string): boolean {
  return name === '' || name === 'local';
}

function mounts(list: readonly MountValue[] | null, prefix: string, out: Builder, ro: ReadOnlyContext): void {
  (list ?? []).forEach((m, i) => {
    const field = `${prefix}[${i}]`;
    if (m.Type === 'bind') {
      const clean = goPathClean(m.Source);
      out.hostPaths.push({ field: `${field}.Source`, path: hostPath(clean), raw: m.Source, kernelPath: clean, readOnly: m.ReadOnly, submountsWritable: submountsWritable(m.ReadOnly, m.BindOptions, ro), role: 'bind' });
      const mode = m.BindOptions?.Propagation ?? '';
      if (mode !== '') out.propagation.push({ field: `${field}.BindOptions.Propagation`, mode });
    } else if (m.Type === 'volume') {
      if (m.Source !== '') useVolume(out, `${field}.Source`, m.Source);
      const driver = m.VolumeOptions?.DriverConfig;
      if (driver && isLocalDriver(driver.Name)) localVolume(driver.Options, `${field}.VolumeOptions.DriverConfig.Options`, out);
    }
  });
}

/** A `Binds` entry as ParseMountRaw reads it; undefined for volumes and anonymous volumes. */
export function parseBind(raw: string): { source: string; rawSource: string; mode: string } | undefined {
  const arr = raw.split(':');
  // More than two colons, or an empty first part, is rejected by the daemon.
  if (arr.length > 3 || arr.length < 2 || arr[0] === '') return undefined;
  const source = arr[0] ?? '';
  if (!source.startsWith('/')) return undefined;
  return { source: goPathClean(source), rawSource: source, mode: arr[2] ?? '' };
}

/** The volume name of a `Binds` entry `name:/path[:mode]`, if it is one. */
function namedVolumeOf(raw: string): string | undefined {
  const arr = raw.split(':');
  if (arr.length < 2 || arr.length > 3) return undefined;
  const name = arr[0] ?? '';
  return name === '' || name.startsWith('/') ? undefined : name;
}

function emptyBuilder(containers: ContainerMemory): Builder {
  return { containers, hostPaths: [], volumeTypes: [], propagation: [], volumesFrom: [], volumeProblems: [], volumeRefs: [] };
}

/**
 * A named volume used by a container: its local-driver host paths, remembered from its
 * POST /volumes/create, are host paths of the container too (the driver mounts them when the
 * container starts, resolving them then).
 */
function useVolume(out: Builder, field: string, name: string): void {
  out.volumeRefs.push({ field, name });
  const rec = out.containers.volume(name);
  if (!rec) return;
  for (const hp of rec.hostPaths) out.hostPaths.push({ ...fromRecord(hp), field: `${field} (volume ${name}: ${hp.field})`, volume: name });
}

/** A remembered host path; one kept before dockgate noted submountsWritable: a read-only bind may leave them writable. */
function fromRecord(hp: StoredHostPath): HostPath {
  return { ...hp, submountsWritable: onlyTopReadOnly(hp) };
}

/**
 * At `POST /containers/{id}/start` and `/restart` (no body), the host paths remembered from the
 * container's create, and those of the named volumes it uses: the kernel resolves them at
 * start, so they are judged again where they lead now.
 */
function readStartSurface(request: DecodedRequest, containers: ContainerMemory): MountSurface {
  const out = emptyBuilder(containers);
  const l = containers.lookup(request.params.get('name') ?? '');
  if (!('found' in l)) return out;
  for (const hp of l.found.hostPaths) out.hostPaths.push(fromRecord(hp));
  for (const v of l.found.volumes) useVolume(out, v.field, v.name);
  return out;
}

/** Operations that start a container: its host paths are mounted (and resolved) then. */
export const START_OPERATIONS = ['container.start', 'container.restart'] as const;
export type StartOperation = (typeof START_OPERATIONS)[number];

/**
 * Mount surfaces by request (a start, which has no body) and by request body: sensitive-mounts,
 * docker-socket and mount-propagation all read the same one, so each request's mounts are
 * parsed (and their paths cleaned) once. The surface depends on the request alone, which
 * nothing changes once it is decoded, and on what dockgate remembered when the first rule asked
 * (the rules of one decision share one context).
 */
const startSurfaces = new WeakMap<DecodedRequest, MountSurface>();
const surfaces = new WeakMap<BodyView, MountSurface>();

/** The request's mount surface (shared between rules: read it, never change it); `containers` gives the remembered volumes and starts. */
export function mountSurface(request: DecodedRequest, facts: MountFacts): MountSurface {
  // A start has no body (the shared empty view): its surface is the request's own.
  const starting = request.operation === 'container.start' || request.operation === 'container.restart';
  const hit = starting ? startSurfaces.get(request) : surfaces.get(request.body);
  if (hit !== undefined) return hit;
  const surface = starting ? readStartSurface(request, facts.containers) : readMountSurface(request, facts);
  if (starting) startSurfaces.set(request, surface);
  else surfaces.set(request.body, surface);
  return surface;
}

function readMountSurface(request: Pick<DecodedRequest, 'body' | 'apiVersion'>, facts: MountFacts): MountSurface {
  const out = emptyBuilder(facts.containers);
  const body = request.body;
  if (body.kind === 'container.create') {
    const hc = body.hostConfig;
    const ro: ReadOnlyContext = { apiVersion: request.apiVersion, kernel: facts.kernel, runtime: hc.Runtime };
    (hc.Binds ?? []).forEach((raw, i) => {
      const field = `HostConfig.Binds[${i}]`;
      const bind = parseBind(raw);
      if (!bind) {
        const volume = namedVolumeOf(raw);
        if (volume !== undefined) useVolume(out, field, volume);
        return;
      }
      const modes = bind.mode.split(',');
      const readOnly = modes.includes('ro');
      out.hostPaths.push({ field, path: bind.source, raw: bind.rawSource, kernelPath: bind.source, readOnly, submountsWritable: submountsWritable(readOnly, null, ro), role: 'bind' });
      for (const mode of modes) if (mode === 'shared' || mode === 'rshared') out.propagation.push({ field, mode });
    });
    mounts(hc.Mounts, 'HostConfig.Mounts', out, ro);
    (hc.VolumesFrom ?? []).forEach((value, i) => out.volumesFrom.push({ field: `HostConfig.VolumesFrom[${i}]`, value }));
  } else if (body.kind === 'service') {
    // The daemon makes a service's task containers itself, as at the service request's API version.
    mounts(containerSpecOf(request)?.Mounts ?? null, `${CONTAINER_SPEC}.Mounts`, out, { apiVersion: request.apiVersion, kernel: facts.kernel, runtime: '' });
  } else if (body.kind === 'volume.create') {
    if (isLocalDriver(body.volume.Driver)) localVolume(body.volume.DriverOpts, 'DriverOpts', out);
  }
  return out;
}

/** Operations that can mount host paths (a start mounts what its create named). */
export const MOUNT_OPERATIONS = ['container.create', 'service.create', 'service.update', 'volume.create', 'container.start', 'container.restart'] as const;
export type MountOperation = (typeof MOUNT_OPERATIONS)[number];
