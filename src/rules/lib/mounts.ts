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
 * The local volume driver (volume/local) calls mount(2) with `device`, `type` and `o`
 * directly: `o=bind` (or `rbind`) bind-mounts `device` whatever the type; other types mount
 * `device` (a block device, an image file, a directory for overlay's `lowerdir=`...), and
 * kernel filesystems such as `proc`, `sysfs` or `devtmpfs` are mounted from the daemon's own
 * (the host's) namespaces. A relative device is resolved by the kernel against dockerd's
 * working directory, which is `/` under systemd; dockgate assumes `/`.
 */
import type { BodyView, DecodedRequest } from '../../request/decode-request.js';
import { memoByObject } from '../../engine/memo.js';
import type { MountValue } from '../../request/docker-types.js';
import { goPathClean } from './paths.js';
import { CONTAINER_SPEC, containerSpecOf } from './service.js';

export interface HostPath {
  /** Where the path is in the request, e.g. `HostConfig.Binds[0]`. */
  readonly field: string;
  /** The clean, absolute host path the daemon will mount. */
  readonly path: string;
  /** The value as sent. */
  readonly raw: string;
  readonly readOnly: boolean;
}

export interface MountSurface {
  readonly hostPaths: readonly HostPath[];
  /** Filesystem types given to the local volume driver. */
  readonly volumeTypes: readonly { readonly field: string; readonly type: string }[];
  /** Bind propagation modes set on a mount. */
  readonly propagation: readonly { readonly field: string; readonly mode: string }[];
  /** `HostConfig.VolumesFrom` entries (another container's mounts, which dockgate cannot see). */
  readonly volumesFrom: readonly { readonly field: string; readonly value: string }[];
}

/** Filesystem types whose `device` is not a local path (remote shares, memory filesystems). */
const DEVICE_NOT_A_PATH = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'tmpfs', 'ramfs']);

interface Builder {
  hostPaths: HostPath[];
  volumeTypes: { field: string; type: string }[];
  propagation: { field: string; mode: string }[];
  volumesFrom: { field: string; value: string }[];
}

function hostPath(raw: string): string {
  return goPathClean(raw.startsWith('/') ? raw : `/${raw}`);
}

/** Reads local-driver options (`type`, `device`, `o`); `field` names the options map. */
function localVolume(opts: ReadonlyMap<string, string> | null, field: string, out: Builder): void {
  if (!opts || opts.size === 0) return;
  const type = opts.get('type') ?? '';
  const device = opts.get('device') ?? '';
  const flags = (opts.get('o') ?? '').split(',');
  const bind = flags.includes('bind') || flags.includes('rbind');
  const readOnly = flags.includes('ro');
  if (type !== '') out.volumeTypes.push({ field: `${field}.type`, type });
  if (device !== '' && (bind || !DEVICE_NOT_A_PATH.has(type))) {
    out.hostPaths.push({ field: `${field}.device`, path: hostPath(device), raw: device, readOnly });
  }
  // Paths inside mount options: overlay's lowerdir=/a:/b, upperdir=, workdir=, and the like.
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq < 0) continue;
    for (const part of flag.slice(eq + 1).split(':')) {
      if (part.startsWith('/')) out.hostPaths.push({ field: `${field}.o`, path: goPathClean(part), raw: part, readOnly });
    }
  }
}

function isLocalDriver(name: string): boolean {
  return name === '' || name === 'local';
}

function mounts(list: readonly MountValue[] | null, prefix: string, out: Builder): void {
  (list ?? []).forEach((m, i) => {
    const field = `${prefix}[${i}]`;
    if (m.Type === 'bind') {
      out.hostPaths.push({ field: `${field}.Source`, path: goPathClean(m.Source), raw: m.Source, readOnly: m.ReadOnly });
      const mode = m.BindOptions?.Propagation ?? '';
      if (mode !== '') out.propagation.push({ field: `${field}.BindOptions.Propagation`, mode });
    } else if (m.Type === 'volume') {
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

/**
 * Mount surfaces by request body: sensitive-mounts, docker-socket and mount-propagation all
 * read the same one, so each request's mounts are parsed (and their paths cleaned) once.
 * The surface depends on the body alone, which nothing changes once it is decoded.
 */
const surfaces = memoByObject((body: BodyView) => readMountSurface({ body }));

/** The request's mount surface (shared between rules: read it, never change it). */
export function mountSurface(request: DecodedRequest): MountSurface {
  return surfaces(request.body);
}

function readMountSurface(request: Pick<DecodedRequest, 'body'>): MountSurface {
  const out: Builder = { hostPaths: [], volumeTypes: [], propagation: [], volumesFrom: [] };
  const body = request.body;
  if (body.kind === 'container.create') {
    const hc = body.hostConfig;
    (hc.Binds ?? []).forEach((raw, i) => {
      const bind = parseBind(raw);
      if (!bind) return;
      const field = `HostConfig.Binds[${i}]`;
      const modes = bind.mode.split(',');
      out.hostPaths.push({ field, path: bind.source, raw: bind.rawSource, readOnly: modes.includes('ro') });
      for (const mode of modes) if (mode === 'shared' || mode === 'rshared') out.propagation.push({ field, mode });
    });
    mounts(hc.Mounts, 'HostConfig.Mounts', out);
    (hc.VolumesFrom ?? []).forEach((value, i) => out.volumesFrom.push({ field: `HostConfig.VolumesFrom[${i}]`, value }));
  } else if (body.kind === 'service') {
    mounts(containerSpecOf(request)?.Mounts ?? null, `${CONTAINER_SPEC}.Mounts`, out);
  } else if (body.kind === 'volume.create') {
    if (isLocalDriver(body.volume.Driver)) localVolume(body.volume.DriverOpts, 'DriverOpts', out);
  }
  return out;
}

/** Operations that can mount host paths. */
export const MOUNT_OPERATIONS = ['container.create', 'service.create', 'service.update', 'volume.create'] as const;
