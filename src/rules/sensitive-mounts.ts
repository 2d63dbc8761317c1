import type { RuleContext } from '../core/context.js';
import { defineRule, sameHandler, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import type { Resolved } from '../host/resolve.js';
import { globBase, globMatcher, type Matcher } from './lib/glob.js';
import { describeSent, describeWhere, resolutionOf } from './lib/host-paths.js';
import { MOUNT_OPERATIONS, mountSurface, START_OPERATIONS, type HostPath, type MountOperation } from './lib/mounts.js';
import { knownMounts, onlyTopReadOnly, strictlyBelow, writes, type BothForms, type KnownMount } from './lib/nested-mounts.js';
import { cleanPaths, goPathClean, isWithin } from './lib/paths.js';

interface Options {
  /**
   * Folders that hold data (not software or state run by root): a bind source or overlay folder
   * must lie in one of them, as written and where it resolves.
   */
  readonly dataRoots: readonly string[];
  /** Host paths (micromatch globs) that must not be mounted, nor any folder above them. */
  readonly deny: readonly string[];
  /** Host paths (globs) that may be mounted although they are outside the data roots or in `deny`. */
  readonly allow: readonly string[];
  /** Host paths (globs) that may be mounted read-only although they are outside the data roots or in `deny`. */
  readonly allowReadOnly: readonly string[];
  /** Filesystem types the local volume driver may mount (`type=` option). */
  readonly volumeTypes: readonly string[];
  /** Block devices (absolute host paths) a local volume of a disk filesystem may mount. */
  readonly blockDevices: readonly string[];
  /** Allow `--volumes-from` (which copies another container's mounts, unseen). */
  readonly allowVolumesFrom: boolean;
  /** Sound mode: host paths only from `strictPaths`, through root-owned folders no one else can write. */
  readonly strict: boolean;
  /** Strict mode's host paths: absolute, `*` stands for exactly one path component, no `**`. */
  readonly strictPaths: readonly string[];
  /**
   * Allow a host path strictly below a folder that another known container (or the same
   * request) mounts writable, which that container could swap for a symlink at the next start.
   * Strict mode ignores it.
   */
  readonly allowNestedBinds: boolean;
}

/** System paths denied even inside a data root (and, with `dataRoots: ["/"]`, the old deny list). */
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

/** Folders that hold data by convention; docs/rules/sensitive-mounts.md gives the reason for each. */
export const DEFAULT_DATA_ROOTS: readonly string[] = ['/home', '/srv', '/data', '/mnt', '/media'];

/** What the options imply, computed once per compiled policy (create). */
interface Compiled {
  readonly options: Readonly<Options>;
  readonly allow: Matcher;
  readonly allowReadOnly: Matcher;
  readonly deny: Matcher;
  /** The folder each deny glob lies in (`/var/lib/docker/**` -> `/var/lib/docker`). */
  readonly denyBases: readonly string[];
  /** The data roots, cleaned. */
  readonly roots: readonly string[];
  readonly volumeTypes: ReadonlySet<string>;
  /** Strict paths split into components (`*` matches any one). */
  readonly strictPatterns: readonly (readonly string[])[];
  /** The fix of a path outside the data roots. */
  readonly dataFix: string;
}

function compile(options: Readonly<Options>): Compiled {
  const roots = cleanPaths(options.dataRoots);
  return {
    options,
    allow: globMatcher(options.allow),
    allowReadOnly: globMatcher(options.allowReadOnly),
    deny: globMatcher(options.deny),
    denyBases: options.deny.map(globBase),
    roots,
    volumeTypes: new Set(options.volumeTypes),
    strictPatterns: options.strictPaths.map((p) => goPathClean(p).split('/').slice(1)),
    dataFix: `mount a folder under a data root (${roots.join(', ')}) that is not reached through a symlink, or a named volume`,
  };
}

function matchesStrict(path: string, patterns: readonly (readonly string[])[]): boolean {
  const parts = path.split('/').slice(1);
  return patterns.some((pat) => pat.length === parts.length && pat.every((c, i) => c === '*' ? parts[i] !== '' : c === parts[i]));
}

/** Why a host path (as written, or as resolved) may not be mounted, or undefined when it may. */
function pathVerdict(path: string, readOnly: boolean, c: Compiled): string | undefined {
  if (c.allow(path)) return undefined;
  if (readOnly && c.allowReadOnly(path)) return undefined;
  if (c.deny(path)) return 'a sensitive host path';
  // A folder above a denied path exposes it too (/var holds /var/lib/docker).
  const below = c.denyBases.find((base) => base !== path && isWithin(base, path));
  if (below !== undefined) return `a folder holding ${below}`;
  const roots = c.roots;
  if (!roots.some((root) => isWithin(path, root))) return `outside the data roots (${roots.length === 0 ? 'none listed' : roots.join(', ')})`;
  return undefined;
}

const DEFAULTS: Options = {
  dataRoots: DEFAULT_DATA_ROOTS,
  deny: DEFAULT_DENY,
  allow: [],
  allowReadOnly: ['/etc/localtime', '/etc/timezone', '/usr/share/zoneinfo/**', '/etc/ssl/certs/**', '/usr/share/ca-certificates/**', '/usr/local/share/ca-certificates/**'],
  volumeTypes: ['none', 'tmpfs', 'nfs', 'nfs4', 'cifs', 'smb3', 'ext4', 'xfs', 'btrfs', 'overlay'],
  blockDevices: [],
  allowVolumesFrom: false,
  strict: false,
  strictPaths: [],
  allowNestedBinds: false,
};

const UNRESOLVABLE_FIX = 'mount a plain folder under a data root, or a named volume';

/** A bind source or overlay folder, in the default (data roots) mode. */
function judgeDataPath(hp: HostPath, r: Resolved, c: Compiled): Finding[] {
  const where = describeWhere(hp, r);
  const findings: Finding[] = [];
  const checked = r.path === hp.path ? [hp.path] : [hp.path, r.path];
  for (const p of checked) {
    const why = pathVerdict(p, hp.readOnly, c);
    if (why === undefined) continue;
    const subject = checked.length > 1 ? `: ${p} is ` : ', ';
    findings.push({ field: hp.field, found: describeSent(hp), summary: `${hp.field} mounts ${where}${subject}${why}${hp.readOnly && why === 'a sensitive host path' ? ' (read-only does not make it safe)' : ''}`, fix: c.dataFix });
    break;
  }
  if (findings.length > 0) return findings;
  if (r.kind === 'block-device' || r.kind === 'char-device') {
    findings.push({ field: hp.field, found: describeSent(hp), summary: `${hp.field} mounts ${where}, a ${r.kind === 'block-device' ? 'block' : 'character'} device node (a container can make one of any host device in a folder it writes)`, fix: 'mount a folder, not a device node; devices are given with --device, which the host-devices rule judges' });
  } else if (r.kind === 'file' && r.target !== undefined && r.target.nlink > 1) {
    findings.push({ field: hp.field, found: describeSent(hp), summary: `${hp.field} mounts ${where}, a file with ${r.target.nlink} hard links (it may be a system file under another name)`, fix: 'mount a folder, or a file with a single link' });
  }
  return findings;
}

/** A bind source or overlay folder, in strict mode. */
function judgeStrictPath(hp: HostPath, r: Resolved, c: Compiled): Finding[] {
  const where = describeWhere(hp, r);
  const fix = `mount one of the strict paths (${c.options.strictPaths.join(', ') || 'none listed'}) as written, reached through root-owned folders that no one else can write`;
  const deny = (why: string): Finding[] => [{ field: hp.field, found: describeSent(hp), summary: `${hp.field} mounts ${where}: ${why} (sensitive-mounts strict mode)`, fix }];
  if (r.links > 0 || r.path !== hp.path) return deny('the path follows a symlink');
  if (r.missing.length > 0) return deny(`${r.existing} is the deepest part that exists; strict mode mounts only existing folders`);
  if (!matchesStrict(hp.path, c.strictPatterns)) return deny('not one of the strict paths');
  // Every folder above the mounted one: root-owned, not writable by group or others.
  const parents = r.kind === 'directory' ? r.dirs.slice(0, -1) : r.dirs;
  for (const d of parents) {
    if (d.uid !== 0) return deny(`${d.path} is owned by uid ${d.uid}, not root`);
    if ((d.mode & 0o022) !== 0) return deny(`${d.path} is writable by ${(d.mode & 0o020) !== 0 ? 'its group' : 'others'} (mode ${(d.mode & 0o7777).toString(8)})`);
  }
  if (r.kind !== 'directory' && r.kind !== 'file') return deny(`it is a ${r.kind}, not a folder or a regular file`);
  if (r.kind === 'file' && r.target !== undefined && r.target.nlink > 1) return deny(`it is a file with ${r.target.nlink} hard links`);
  return [];
}

/** The device of a disk-filesystem volume: a block device the operator listed. */
function judgeDevice(hp: HostPath, r: Resolved, c: Compiled, context: RuleContext): Finding[] {
  const where = describeWhere(hp, r);
  const fix = 'use a named volume, tmpfs, or a network share; an operator can list the block device in the sensitive-mounts option blockDevices';
  if (r.kind !== 'block-device') {
    return [{ field: hp.field, found: describeSent(hp), summary: `${hp.field} mounts ${where} as a filesystem's device: it is ${r.kind === 'missing' ? 'missing' : `a ${r.kind}`}, not a listed block device`, fix }];
  }
  const listed = c.options.blockDevices.some((d) => {
    const lr = context.host.resolve(d);
    return lr.ok && lr.kind === 'block-device' && lr.path === r.path;
  });
  if (listed) return [];
  return [{ field: hp.field, found: describeSent(hp), summary: `${hp.field} mounts ${where}, a block device not listed in blockDevices (a container can make a node of any host disk in a folder it writes)`, fix }];
}

/** A host path of the request that passed every other check, and where it resolves. */
interface Judged {
  readonly hp: HostPath;
  readonly r: Resolved;
}

function formsOf(j: Judged): BothForms {
  return { path: j.hp.path, resolved: j.r.path };
}

/** `path`, and where it resolves when that differs: for messages. */
function shown(p: BothForms, which: string): string {
  return which === p.path ? p.path : `${p.path} (which resolves to ${which})`;
}

const RACE = 'between dockgate\'s check and the kernel\'s mount';

/**
 * Host paths one inside another (docs/security-model.md, "the start race"): a path strictly
 * below a folder that a known container, or this request, mounts writable; and a writable path
 * of this request above a path another known container mounts. Either way a container can swap
 * a folder on the way to the inner path for a symlink while the inner one is being mounted.
 */
/** The way out when the other container is gone without dockgate seeing it go (docker run --rm). */
const GONE = "if that container no longer exists (docker run --rm), run docker ps -a: dockgate forgets the containers the daemon's list no longer holds";

/** How a mount that counts for nesting lets the container write: all of it, or the host's mounts below a read-only top. */
function howWritable(onlyTop: boolean): string {
  return onlyTop ? 'read-only (top only)' : 'writable';
}

/** Why a read-only mount counts: said in the note. */
function onlyTopWhy(onlyTop: boolean, p: string): string {
  return onlyTop ? `${p} is read-only at its top only (20.10, API < 1.44, bind-recursive=writable, or an rbind volume): the host's mounts below it stay writable in the container; ` : '';
}

/** The fix that makes a mount of `p` not count: read-only all the way down. */
function readOnlyFix(p: string): string {
  return `read-only all the way down (:ro is, at API 1.44+ on dockerd 25+ and kernel 5.12+; elsewhere --mount type=bind,source=${p},target=...,readonly,bind-recursive=disabled, or bind-nonrecursive=true with a docker CLI before 25)`;
}

function judgeNesting(request: RequestOf<MountOperation>, judged: readonly Judged[], context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const starting = (START_OPERATIONS as readonly string[]).includes(request.operation);
  const self = starting ? context.containers.lookup(request.params.get('name') ?? '') : undefined;
  const others: readonly KnownMount[] = knownMounts(context, self !== undefined && 'found' in self ? self.found.id : undefined);
  const what = starting ? 'this container' : 'this request';
  const flagged = new Set<HostPath>();
  for (const inner of judged) {
    const s = formsOf(inner);
    const where = describeWhere(inner.hp, inner.r);
    // The same request (or, at start, the same container): another of its writable paths above.
    for (const outer of judged) {
      if (outer === inner || !writes(outer.hp)) continue;
      const hit = strictlyBelow(s, formsOf(outer));
      if (!hit) continue;
      const p = shown(formsOf(outer), hit.outer);
      findings.push({
        field: inner.hp.field, found: describeSent(inner.hp),
        summary: `${inner.hp.field} mounts ${where}, below ${p}, which ${what} also mounts ${howWritable(onlyTopReadOnly(outer.hp))} (${outer.hp.field})`,
        fix: `mount sibling folders, not one inside the other, or mount ${hit.outer} ${readOnlyFix(hit.outer)}`,
        note: `${onlyTopWhy(onlyTopReadOnly(outer.hp), hit.outer)}the container can swap a folder on the way to ${hit.inner} for a symlink through ${hit.outer}; the next start or restart would mount what the link leads to`,
      });
      flagged.add(inner.hp);
      break;
    }
    if (flagged.has(inner.hp)) continue;
    // Another known container's writable path above.
    for (const o of others) {
      if (!o.writable) continue;
      const hit = strictlyBelow(s, o);
      if (!hit) continue;
      findings.push({
        field: inner.hp.field, found: describeSent(inner.hp),
        summary: `${inner.hp.field} mounts ${where}, below ${shown(o, hit.outer)}, which container ${o.short} mounts ${howWritable(o.onlyTopReadOnly)}`,
        fix: `mount a data folder beside ${hit.outer}, not below another container's writable mount (or a named volume), or mount ${hit.outer} in ${o.container} ${readOnlyFix(hit.outer)}`,
        note: `${onlyTopWhy(o.onlyTopReadOnly, hit.outer)}a container that can write ${hit.outer} (${o.container}: ${o.field}) can swap a folder on the way to ${hit.inner} for a symlink ${RACE}; ${GONE}`,
      });
      flagged.add(inner.hp);
      break;
    }
  }
  // This request's writable paths above a path another known container mounts.
  for (const outer of judged) {
    if (flagged.has(outer.hp) || !writes(outer.hp)) continue;
    const p = formsOf(outer);
    for (const o of others) {
      const hit = strictlyBelow(o, p);
      if (!hit) continue;
      findings.push({
        field: outer.hp.field, found: describeSent(outer.hp),
        summary: `${outer.hp.field} mounts ${describeWhere(outer.hp, outer.r)} ${howWritable(onlyTopReadOnly(outer.hp))}, above ${shown(o, hit.inner)}, which container ${o.short} mounts`,
        fix: `mount ${hit.outer} ${readOnlyFix(hit.outer)}, or a data folder that holds no other container's mount`,
        note: `${onlyTopWhy(onlyTopReadOnly(outer.hp), hit.outer)}a container that can write ${hit.outer} can swap a folder on the way to ${hit.inner} (${o.container}: ${o.field}) for a symlink ${RACE} when ${o.short} starts; ${GONE}`,
      });
      break;
    }
  }
  return findings;
}

/**
 * Host paths mounted into a container: Binds, Mounts of type bind, local-driver volumes (on
 * create, on a service, on POST /volumes/create), and VolumesFrom. Each path is judged as
 * written (after path.Clean) and where it resolves on the host now (symlinks followed from the
 * host root, relative paths from `/`); one that cannot be resolved is denied. The host and the
 * containers dockgate remembers are the rule context's.
 */
export default defineRule({
  meta: {
    id: 'sensitive-mounts',
    title: 'Mount host paths only from data folders',
    summary: "host paths outside the data roots (`/home`, `/srv`, `/data`, `/mnt`, `/media`), as written and where they resolve on the host (symlinks followed), in `Binds`, `Mounts`, service mounts and local-driver volumes (bind `device`, overlay folders, disk filesystems only on listed block devices; create, services, `POST /volumes/create`), again at start; unresolvable paths; kernel-filesystem volumes; `VolumesFrom`; strict mode",
    cis: '5.6',
    severity: 'critical',
    description: "A host path mounted into a container must lie in a data root (/home, /srv, /data, /mnt, /media by default), both as written and where it leads on the host: the system tree (/, /etc, /usr, /var/lib/dpkg, cron spools, /run/systemd, the Docker and containerd state...) is denied without being listed, because a root-run path that a deny list forgets gives the container the host. Paths are resolved on the host the way the kernel will (symlinks followed, relative paths from /); one that cannot be resolved (a loop, too many links, unreadable) is denied. The same judgement covers --mount type=bind, swarm service mounts, and local-driver volumes (docker volume create, --mount type=volume with volume-opt): a bind volume's device and every overlay folder are host paths; a disk filesystem (ext4, xfs, btrfs...) may only mount a block device the operator listed; kernel filesystems (proc, sysfs...) are refused. --volumes-from copies another container's mounts, which dockgate cannot see. A host path strictly below a folder that another container dockgate knows of (or the same request) mounts writable is denied too: that container could swap a folder on the way for a symlink between dockgate's check and the kernel's mount (option allowNestedBinds).",
    remediation: 'Mount a data folder (e.g. -v /srv/app-data:/data, or -v $PWD:/src in a project under /home) or a named volume. Read-only system files (e.g. /etc/localtime) are in the option allowReadOnly; more data roots can be listed in dataRoots.',
    defaultAction: 'deny',
    operations: [...MOUNT_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dataRoots: { type: 'array', items: { type: 'string', pattern: '^/' }, description: 'Absolute host folders that hold data: a bind source or overlay folder must lie in one, as written and as resolved. ["/"] gives the deny-list behaviour of dockgate before issue 12.' },
        deny: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Host path globs (micromatch, dot: true) that must not be mounted even inside a data root; '/etc/**' covers /etc and everything below it. A folder above a denied path is denied too." },
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Host path globs that may be mounted although they are outside the data roots or deny covers them.' },
        allowReadOnly: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Host path globs that may be mounted read-only although they are outside the data roots or deny covers them.' },
        volumeTypes: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Filesystem types the local volume driver may mount (its 'type' option)." },
        blockDevices: { type: 'array', items: { type: 'string', pattern: '^/' }, description: 'Block devices (absolute host paths, e.g. /dev/disk/by-label/data) that local volumes of a disk filesystem may mount; compared where they resolve.' },
        allowVolumesFrom: { type: 'boolean', description: 'Allow --volumes-from (HostConfig.VolumesFrom).' },
        strict: { type: 'boolean', description: 'Sound mode: a bind source or overlay folder must be one of strictPaths exactly, with no symlink on the way, and every folder above it owned by root and writable by neither group nor others.' },
        strictPaths: { type: 'array', items: { type: 'string', pattern: '^/(?!.*\\*\\*)' }, description: "Strict mode's host paths: absolute, '*' stands for exactly one path component ('/srv/volumes/*'), no '**'." },
        allowNestedBinds: { type: 'boolean', description: "Allow a host path strictly below a folder that another container dockgate knows of (or the same request) mounts writable: that container can swap a folder on the way for a symlink between dockgate's check and the kernel's mount. Strict mode ignores it." },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options: Readonly<Options>, context) {
    const c = compile(options);
    const nesting = options.strict || !options.allowNestedBinds;
    const handler = (request: RequestOf<MountOperation>): readonly Finding[] => {
      const surface = mountSurface(request, context);
      const findings: Finding[] = [];
      const judged: Judged[] = [];
      for (const hp of surface.hostPaths) {
        const r = resolutionOf(hp, context.host);
        if (!r.ok) {
          const where = describeWhere(hp, r);
          findings.push({ field: hp.field, found: describeSent(hp), summary: `${hp.field} mounts ${where}, which cannot be resolved safely on the host: ${r.detail}`, fix: UNRESOLVABLE_FIX });
          continue;
        }
        const found = hp.role === 'block-device' ? judgeDevice(hp, r, c, context) : options.strict ? judgeStrictPath(hp, r, c) : judgeDataPath(hp, r, c);
        findings.push(...found);
        if (found.length === 0) judged.push({ hp, r });
      }
      if (judged.length > 0 && nesting) findings.push(...judgeNesting(request, judged, context));
      for (const t of surface.volumeTypes) {
        if (c.volumeTypes.has(t.type)) continue;
        findings.push({ field: t.field, found: t.type, summary: `${t.field}=${t.type}: a local volume of this filesystem type is not allowed (kernel filesystems such as proc, sysfs or devtmpfs are the host's)`, fix: 'use a plain named volume, or a bind of a data folder' });
      }
      for (const p of surface.volumeProblems) {
        findings.push({ field: p.field, found: p.found, summary: `${p.field}: ${p.why}`, fix: 'write overlay options as lowerdir=, upperdir=, workdir= with plain paths' });
      }
      if (!options.allowVolumesFrom) {
        for (const v of surface.volumesFrom) {
          findings.push({ field: v.field, found: v.value, summary: `${v.field}=${v.value} copies another container's mounts, which dockgate cannot check`, fix: 'mount the named volumes you need directly with -v name:/path (or allow it with the sensitive-mounts option allowVolumesFrom)' });
        }
      }
      return findings;
    };
    return sameHandler(MOUNT_OPERATIONS, handler);
  },
});
