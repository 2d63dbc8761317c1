/**
 * What each tested dockerd build really does where daemons differ (daemon-facts sections 2, 3,
 * 5, 7 and 9, each checked on these builds). The suites expect exactly this for the daemon they
 * run on: a control that cannot prove a power on some daemon is marked not applicable there,
 * with the reason, and the suite then checks that the reason holds (the daemon really ignores
 * or refuses the request). Nothing is weakened for every version because one differs.
 *
 * Behaviour follows the build, not the version number (Debian's 26.1.5 and 28.5.2 carry
 * backports the upstream tags of the same numbers lack), so a build missing from this table is
 * an error: add its row after checking it, never guess.
 */

export interface DaemonVersion {
  /** `GET /version` Version, e.g. "28.5.2+dfsg4". */
  readonly version: string;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** The highest API version the daemon speaks, e.g. "1.51". */
  readonly apiVersion: string;
  readonly minApiVersion: string;
}

export interface DaemonBehaviour {
  /** The builds (GET /version Version) this row was checked on. */
  readonly builds: readonly string[];
  /**
   * Whether HostConfig fields at the top level of a create body are applied when the body has
   * no HostConfig (or `"HostConfig": null`). 27.0 and later ignore them at every API version.
   */
  readonly topLevelHostConfig: boolean;
  /**
   * How a JSON body reaches the plugin: bodies smaller than `forwardBelow` bytes are forwarded;
   * a larger one is either `skipped` (the handler runs, the plugin sees no body) or `rejected`
   * (500 "request body too large for authorization plugin", the plugin is not called).
   */
  readonly bodies: { readonly forwardBelow: number; readonly larger: 'skipped' | 'rejected' };
  /** A start request with a HostConfig body (API < 1.24) replaces the HostConfig; else 400. */
  readonly startBodyHonoured: boolean;
  /** Privileged containers start on these machines (20.10's runc setup fails here). */
  readonly privilegedStarts: boolean;
}

const MIB = 1024 * 1024;

const TABLE: readonly DaemonBehaviour[] = [
  {
    builds: ['20.10.24+dfsg1'],
    topLevelHostConfig: true,
    bodies: { forwardBelow: MIB, larger: 'skipped' },
    startBodyHonoured: true,
    privilegedStarts: false,
  },
  {
    builds: ['26.1.5+dfsg1'],
    topLevelHostConfig: true,
    bodies: { forwardBelow: 4 * MIB + 1, larger: 'rejected' },
    startBodyHonoured: false,
    privilegedStarts: true,
  },
  {
    builds: ['28.5.2+dfsg4'],
    topLevelHostConfig: false,
    bodies: { forwardBelow: 4 * MIB + 1, larger: 'rejected' },
    startBodyHonoured: false,
    privilegedStarts: true,
  },
];

export function parseVersion(v: { Version?: unknown; ApiVersion?: unknown; MinAPIVersion?: unknown }): DaemonVersion {
  const version = String(v.Version);
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (m === null) throw new Error(`dockerd reported an unparsable version ${JSON.stringify(v.Version)}`);
  return { version, major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), apiVersion: String(v.ApiVersion), minApiVersion: String(v.MinAPIVersion) };
}

/** The row for this build; throws (naming the build) when it has not been checked. */
export function behaviourOf(v: DaemonVersion): DaemonBehaviour {
  const row = TABLE.find((r) => r.builds.includes(v.version));
  if (row === undefined) throw new Error(`dockerd ${v.version} is not in test/e2e/helpers/behaviour.ts: check what it does (daemon-facts sections 2, 3, 5, 9) and add its row`);
  return row;
}

/** Every build the table knows (for the README's tested-versions table check). */
export const KNOWN_BUILDS: readonly string[] = TABLE.flatMap((r) => r.builds);
