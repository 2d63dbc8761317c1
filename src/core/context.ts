/**
 * What a rule may know beyond the request and its options: facts about the host and the
 * daemon, given to `create` (core/rule.ts) when the policy compiles. A rule does no I/O of its
 * own; it asks the context, which the caller builds (the live one, rules/lib/context.ts, reads
 * the host through the host root and dockgate's memory of the daemon's objects; a test passes
 * its own through `parsePolicy(text, source, context)`).
 *
 * The context is given once per compiled policy, and the facts change while the policy is in
 * force (a container created, daemon.json edited, a folder replaced by a symlink): each fact is
 * therefore asked for when a handler runs, never read once in `create`.
 */
import type { DaemonConfigRead } from '../host/daemon-config.js';
import type { DirStamp, Resolution, ResolveOptions } from '../host/resolve.js';
import type { KnownNetwork } from '../state/networks.js';
import type { KnownPlugin, Resolved as ResolvedPlugin } from '../state/plugins.js';
import type { ContainerRecord, Lookup, VolumeRecord } from '../state/registry.js';

/** The host's filesystem, seen from where dockgate runs (host/root.ts, host/resolve.ts). */
export interface HostView {
  /** Where the host's `/` is visible to dockgate: `/` (socket plugin) or `/host` (managed plugin). */
  root(): string;
  /**
   * Where a host path (absolute, or relative to `/`) leads now, resolved the way the kernel will
   * when the daemon mounts it (host/resolve.ts resolveHostPath under the host root).
   */
  resolve(path: string, options?: ResolveOptions): Resolution;
  /** The stamp of a directory `resolve` looked a name up in (a `lookedIn` entry: on disk, under the root). */
  stamp(onDiskPath: string): DirStamp | undefined;
}

/** The containers and local volumes dockgate saw created, with their host paths (state/registry.ts). */
export interface ContainerMemory {
  /** The container a URI's `{name}` names, resolved as the daemon does (full ID, name, unique ID prefix). */
  lookup(ref: string): Lookup;
  /** A local volume remembered from its `POST /volumes/create`. */
  volume(name: string): VolumeRecord | undefined;
  /** Every container remembered. */
  containerRecords(): readonly ContainerRecord[];
}

/** The networks the daemon described in its answers (state/networks.ts). */
export interface NetworkMemory {
  /** The network the daemon described with exactly this ID. */
  known(id: string): KnownNetwork | undefined;
  /** IDs of the host-driver networks the daemon described. */
  hostIds(): readonly string[];
}

/** The managed plugins and the authorization chain the daemon described (state/plugins.ts). */
export interface PluginMemory {
  /** Every plugin known now. */
  all(): readonly KnownPlugin[];
  /** Which known plugin `{name}` of /plugins/{name}/... names, resolved as the daemon does. */
  resolve(target: string): ResolvedPlugin;
  /** The authorization chain the daemon started with (its latest `docker info` answer); undefined before one. */
  startChain(): readonly string[] | undefined;
}

export interface RuleContext {
  readonly host: HostView;
  readonly containers: ContainerMemory;
  readonly networks: NetworkMemory;
  readonly plugins: PluginMemory;
  /** dockgate's own managed-plugin ID (64 hex), from /proc when it runs as one; undefined otherwise. */
  ownPluginId(): string | undefined;
  /** The daemon's configuration file (daemon.json) as it is now: builder entitlements, authorization plugins. */
  daemonConfig(): DaemonConfigRead;
  /** The running kernel (the daemon's: a managed plugin shares it) as [major, minor]; undefined when unknown. */
  readonly kernel: readonly [number, number] | undefined;
}
