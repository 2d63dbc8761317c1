import { defineRule, type Finding } from '../engine/types.js';
import { memoByObject } from '../engine/memo.js';
import { globBase, globMatcher } from './lib/glob.js';
import { MOUNT_OPERATIONS, mountSurface, type HostPath } from './lib/mounts.js';
import { isWithin } from './lib/paths.js';

interface Options {
  /** Host paths (micromatch globs) that must not be mounted, nor any folder above them. */
  readonly deny: readonly string[];
  /** Host paths (globs) that may be mounted even though `deny` covers them. */
  readonly allow: readonly string[];
  /** Host paths (globs) that may be mounted read-only even though `deny` covers them. */
  readonly allowReadOnly: readonly string[];
  /** Filesystem types the local volume driver may mount (`type=` option). */
  readonly volumeTypes: readonly string[];
  /** Allow `--volumes-from` (which copies another container's mounts, unseen). */
  readonly allowVolumesFrom: boolean;
}

export const DEFAULT_DENY: readonly string[] = [
  '/',
  '/bin/**',
  '/boot/**',
  '/dev/**',
  '/etc/**',
  '/lib/**',
  '/lib32/**',
  '/lib64/**',
  '/libx32/**',
  '/proc/**',
  '/root/**',
  '/sbin/**',
  '/sys/**',
  '/usr/**',
  '/var/lib/docker/**',
  '/var/lib/containerd/**',
  '/run/docker/**',
  '/var/run/docker/**',
  '/run/containerd/**',
  '/var/run/containerd/**',
];

const basesOf = memoByObject((deny: readonly string[]): readonly string[] => deny.map(globBase));

const typeSet = memoByObject((types: readonly string[]): ReadonlySet<string> => new Set(types));

/** Why a host path is sensitive, or undefined when it may be mounted. */
function sensitive(hp: HostPath, options: Options): string | undefined {
  if (globMatcher(options.allow)(hp.path)) return undefined;
  if (hp.readOnly && globMatcher(options.allowReadOnly)(hp.path)) return undefined;
  if (globMatcher(options.deny)(hp.path)) return 'a sensitive host path';
  // A folder above a denied path exposes it too (/var holds /var/lib/docker).
  const below = basesOf(options.deny).find((base) => base !== hp.path && isWithin(base, hp.path));
  return below === undefined ? undefined : `a folder holding ${below}`;
}

/**
 * Host paths mounted into a container: Binds, Mounts of type bind, local-driver volumes with
 * a device or bind options (on create, on a service, on POST /volumes/create), and
 * VolumesFrom. Paths are compared after path.Clean, like the daemon mounts them.
 */
export default defineRule<Options>({
  meta: {
    id: 'sensitive-mounts',
    title: 'Do not mount sensitive host paths',
    cis: '5.6',
    severity: 'critical',
    description: "Mounting a host system folder (/, /etc, /proc, /sys, /dev, /boot, /usr, /lib, /root, the Docker and containerd state and runtime folders...) or any folder above one gives the container the host: it can read secrets, change host configuration or binaries, or reach runtime sockets. Read-only does not make /etc or /proc safe (shadow, keys, kernel interfaces). The same paths are checked in --mount type=bind, in local-driver volumes whose options bind or mount a host path (docker volume create -o type=none -o o=bind -o device=/etc, --mount type=volume,volume-opt=...), and in swarm service mounts; local volumes of kernel filesystem types (proc, sysfs, devtmpfs...) mount the host's own. --volumes-from copies another container's mounts, which dockgate cannot see.",
    remediation: 'Mount a dedicated data folder (e.g. -v /srv/app-data:/data) or a named volume instead of a system folder. If a read-only mount of a specific file is needed (e.g. /etc/localtime), list it in the sensitive-mounts option allowReadOnly.',
    defaultAction: 'deny',
    operations: [...MOUNT_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        deny: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Host path globs (micromatch, dot: true) that must not be mounted; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too." },
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Host path globs that may be mounted although deny covers them.' },
        allowReadOnly: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Host path globs that may be mounted read-only although deny covers them.' },
        volumeTypes: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Filesystem types the local volume driver may mount (its 'type' option)." },
        allowVolumesFrom: { type: 'boolean', description: 'Allow --volumes-from (HostConfig.VolumesFrom).' },
      },
    },
  },
  defaultOptions: {
    deny: DEFAULT_DENY,
    allow: [],
    allowReadOnly: ['/etc/localtime', '/etc/timezone', '/usr/share/zoneinfo/**', '/etc/ssl/certs/**'],
    volumeTypes: ['none', 'tmpfs', 'nfs', 'nfs4', 'cifs', 'smb3', 'ext4', 'xfs', 'btrfs', 'overlay'],
    allowVolumesFrom: false,
  },
  check(request, options) {
    const surface = mountSurface(request);
    const findings: Finding[] = [];
    for (const hp of surface.hostPaths) {
      const why = sensitive(hp, options);
      if (why === undefined) continue;
      const shown = hp.raw === hp.path ? hp.path : `${hp.path} (sent as ${JSON.stringify(hp.raw)})`;
      findings.push({ field: hp.field, found: shown, summary: `${hp.field} mounts ${shown}, ${why}${hp.readOnly ? ' (read-only does not make it safe)' : ''}`, fix: 'mount a dedicated data folder or a named volume instead' });
    }
    const types = typeSet(options.volumeTypes);
    for (const t of surface.volumeTypes) {
      if (types.has(t.type)) continue;
      findings.push({ field: t.field, found: t.type, summary: `${t.field}=${t.type}: a local volume of this filesystem type is not allowed (kernel filesystems such as proc, sysfs or devtmpfs are the host's)`, fix: 'use a plain named volume, or a bind of a data folder' });
    }
    if (!options.allowVolumesFrom) {
      for (const v of surface.volumesFrom) {
        findings.push({ field: v.field, found: v.value, summary: `${v.field}=${v.value} copies another container's mounts, which dockgate cannot check`, fix: 'mount the named volumes you need directly with -v name:/path (or allow it with the sensitive-mounts option allowVolumesFrom)' });
      }
    }
    return findings;
  },
});
