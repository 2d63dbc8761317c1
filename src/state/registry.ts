/**
 * What dockgate allowed at create, kept for the start (issue 12, "create, swap, start").
 *
 * A container's host paths are resolved by the kernel when it starts, not when it is created,
 * and `POST /containers/{id}/start` carries no body. So dockgate remembers, per container, the
 * host paths its create named (and those of the named local volumes it uses), and the rules
 * judge them again, where they lead now, at start and restart. The container ID comes from the
 * create's AuthZRes response body (`{"Id": ...}`), the name from `?name=`; renames and removals
 * are followed from their AuthZRes. Local volumes are remembered by name from
 * `POST /volumes/create`.
 *
 * Records live in memory and, with a state folder, one JSON file each (written to a temporary
 * file, then renamed), read back at start: a plugin restart keeps them. They hold host paths
 * and field names only, never an Env value or a credential.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A host path as remembered (the shape of rules/lib/mounts HostPath, without the class). */
export interface StoredHostPath {
  readonly field: string;
  readonly path: string;
  readonly raw: string;
  readonly kernelPath: string;
  readonly readOnly: boolean;
  /**
   * A read-only bind whose source's host submounts stay writable in the container
   * (rules/lib/mounts.ts submountsWritable). Absent in records kept before dockgate noted it:
   * then not known.
   */
  readonly submountsWritable?: boolean;
  readonly role: 'bind' | 'overlay' | 'block-device';
}

export interface ContainerRecord {
  readonly id: string;
  readonly name: string | undefined;
  readonly hostPaths: readonly StoredHostPath[];
  /** Named volumes the container uses (their host paths are looked up at start). */
  readonly volumes: readonly { readonly field: string; readonly name: string }[];
}

export interface VolumeRecord {
  readonly name: string;
  readonly hostPaths: readonly StoredHostPath[];
}

export type Lookup = { readonly found: ContainerRecord } | { readonly missing: 'unknown' | 'ambiguous' };

const ID = /^[0-9a-f]{64}$/;

function isStoredHostPath(v: unknown): v is StoredHostPath {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.field === 'string' && typeof o.path === 'string' && typeof o.raw === 'string' && typeof o.kernelPath === 'string' &&
    typeof o.readOnly === 'boolean' && (o.submountsWritable === undefined || typeof o.submountsWritable === 'boolean') &&
    (o.role === 'bind' || o.role === 'overlay' || o.role === 'block-device');
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** A file name for a volume name (names are [a-zA-Z0-9][a-zA-Z0-9_.-]*, but never trust that). */
function volumeFile(name: string): string {
  return `${Buffer.from(name).toString('hex')}.json`;
}

export class HostPathRegistry {
  private readonly containers = new Map<string, ContainerRecord>();
  private readonly names = new Map<string, string>();
  private readonly volumes = new Map<string, VolumeRecord>();
  /** Files that could not be read back at start (reported by serve). */
  readonly unreadable: string[] = [];

  /** `dir` undefined: memory only (tests, `dockgate check`). */
  constructor(private readonly dir: string | undefined) {
    if (dir === undefined) return;
    mkdirSync(join(dir, 'containers'), { recursive: true, mode: 0o700 });
    mkdirSync(join(dir, 'volumes'), { recursive: true, mode: 0o700 });
    for (const f of readdirSync(join(dir, 'containers'))) {
      if (!f.endsWith('.json')) continue;
      const r = readJson(join(dir, 'containers', f));
      const rec = r as Partial<ContainerRecord> | undefined;
      if (rec && typeof rec.id === 'string' && ID.test(rec.id) && Array.isArray(rec.hostPaths) && rec.hostPaths.every(isStoredHostPath) && Array.isArray(rec.volumes)) {
        this.index({ id: rec.id, name: typeof rec.name === 'string' ? rec.name : undefined, hostPaths: rec.hostPaths, volumes: rec.volumes });
      } else {
        this.unreadable.push(join('containers', f));
      }
    }
    for (const f of readdirSync(join(dir, 'volumes'))) {
      if (!f.endsWith('.json')) continue;
      const rec = readJson(join(dir, 'volumes', f)) as Partial<VolumeRecord> | undefined;
      if (rec && typeof rec.name === 'string' && Array.isArray(rec.hostPaths) && rec.hostPaths.every(isStoredHostPath)) {
        this.volumes.set(rec.name, { name: rec.name, hostPaths: rec.hostPaths });
      } else {
        this.unreadable.push(join('volumes', f));
      }
    }
  }

  get persistent(): boolean {
    return this.dir !== undefined;
  }

  get size(): number {
    return this.containers.size;
  }

  /**
   * When this process recorded each container (0 for records read back at start: they are older
   * than anything it sees). A container missing from a later answer is forgotten only when it was
   * recorded before that request was asked, so a create that overtakes a list is never lost.
   */
  private readonly recordedAt = new Map<string, number>();

  private index(rec: ContainerRecord, at = 0): void {
    this.recordedAt.set(rec.id, at);
    this.containers.set(rec.id, rec);
    if (rec.name !== undefined) this.names.set(rec.name, rec.id);
  }

  private write(sub: string, file: string, value: unknown): void {
    if (this.dir === undefined) return;
    const target = join(this.dir, sub, file);
    const tmp = `${target}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
    renameSync(tmp, target);
  }

  private remove(sub: string, file: string): void {
    if (this.dir === undefined) return;
    rmSync(join(this.dir, sub, file), { force: true });
  }

  /** Remembers a created container (the name without the leading `/`, as `?name=` gives it). */
  recordContainer(id: string, name: string | undefined, hostPaths: readonly StoredHostPath[], volumes: ContainerRecord['volumes']): void {
    if (!ID.test(id)) throw new Error('not a container ID');
    const clean = name === undefined || name === '' ? undefined : name.replace(/^\//, '');
    // A name belongs to one container at a time: a new create with it replaces the old mapping.
    const rec: ContainerRecord = { id, name: clean, hostPaths: hostPaths.map(storedOf), volumes };
    this.index(rec, Date.now());
    this.write('containers', `${id}.json`, rec);
  }

  recordVolume(name: string, hostPaths: readonly StoredHostPath[]): void {
    const rec: VolumeRecord = { name, hostPaths: hostPaths.map(storedOf) };
    this.volumes.set(name, rec);
    this.write('volumes', volumeFile(name), rec);
  }

  /** Every container dockgate remembers (sensitive-mounts compares their host paths with a request's). */
  containerRecords(): readonly ContainerRecord[] {
    return [...this.containers.values()];
  }

  volume(name: string): VolumeRecord | undefined {
    return this.volumes.get(name);
  }

  forgetVolume(name: string): void {
    if (this.volumes.delete(name)) this.remove('volumes', volumeFile(name));
  }

  /**
   * The container a start URI names, resolved like the daemon's GetContainer: a full ID, then
   * a name (with or without the leading `/`), then a unique ID prefix.
   */
  lookup(ref: string): Lookup {
    const exact = this.containers.get(ref);
    if (exact) return { found: exact };
    const byName = this.names.get(ref.replace(/^\//, ''));
    if (byName !== undefined) {
      const rec = this.containers.get(byName);
      if (rec) return { found: rec };
    }
    if (ref === '' || !/^[0-9a-f]+$/.test(ref)) return { missing: 'unknown' };
    let hit: ContainerRecord | undefined;
    for (const [id, rec] of this.containers) {
      if (!id.startsWith(ref)) continue;
      if (hit) return { missing: 'ambiguous' };
      hit = rec;
    }
    return hit ? { found: hit } : { missing: 'unknown' };
  }

  rename(ref: string, newName: string): void {
    const l = this.lookup(ref);
    if (!('found' in l)) return;
    const old = l.found;
    if (old.name !== undefined && this.names.get(old.name) === old.id) this.names.delete(old.name);
    this.recordContainer(old.id, newName, old.hostPaths, old.volumes);
  }

  /**
   * The daemon listed every container that exists (`GET /containers/json?all=1`, unfiltered,
   * asked at `askedAt`): forgets each recorded before that which the list lacks (removed by the
   * daemon itself: `docker run --rm`, or while dockgate was not running). Returns how many.
   */
  forgetAbsent(present: ReadonlySet<string>, askedAt: number): number {
    let n = 0;
    for (const rec of [...this.containers.values()]) {
      if (present.has(rec.id) || (this.recordedAt.get(rec.id) ?? 0) >= askedAt) continue;
      this.forgetContainer(rec.id);
      n++;
    }
    return n;
  }

  forgetContainer(ref: string): void {
    const l = this.lookup(ref);
    if (!('found' in l)) return;
    const rec = l.found;
    this.recordedAt.delete(rec.id);
    this.containers.delete(rec.id);
    if (rec.name !== undefined && this.names.get(rec.name) === rec.id) this.names.delete(rec.name);
    this.remove('containers', `${rec.id}.json`);
  }
}

function storedOf(hp: StoredHostPath): StoredHostPath {
  const base = { field: hp.field, path: hp.path, raw: hp.raw, kernelPath: hp.kernelPath, readOnly: hp.readOnly };
  return hp.submountsWritable === undefined ? { ...base, role: hp.role } : { ...base, submountsWritable: hp.submountsWritable, role: hp.role };
}

/** The registry the rules and the protocol use (serve sets a persistent one). */
let current = new HostPathRegistry(undefined);

export function currentRegistry(): HostPathRegistry {
  return current;
}

export function setRegistry(registry: HostPathRegistry): void {
  current = registry;
}
