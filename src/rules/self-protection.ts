import { defineRule } from '../engine/types.js';
import { memoByObject } from '../engine/memo.js';
import { globMatcher } from './lib/glob.js';
import { familiarName, isFullId, parseReference } from './lib/reference.js';
import { readEntitlements } from './lib/daemon-config.js';
import { detectedPluginId } from './lib/self-identity.js';

export interface SelfProtectionOptions {
  /** The names dockgate is installed under (`docker plugin create/install NAME`). */
  readonly names: readonly string[];
  /** dockgate's plugin IDs (64 hex), in addition to the one detected from /proc. */
  readonly ids: readonly string[];
  /** Detect the plugin ID from /proc/self/mountinfo and /proc/self/cgroup. */
  readonly detectId: boolean;
  /** TLS client-certificate CNs (globs) that may disable, reconfigure, upgrade or remove dockgate. */
  readonly adminUsers: readonly string[];
  /** Plugins known not to be authorization plugins: anyone may disable, remove, set or upgrade them. */
  readonly otherPlugins: readonly string[];
  /** Protect the authorization plugins daemon.json names (read from the host, like buildkit-entitlements). */
  readonly readDaemonConfig: boolean;
}

const ACTIONS: Readonly<Record<string, string>> = {
  'plugin.disable': 'disable',
  'plugin.remove': 'remove',
  'plugin.set': 'reconfigure',
  'plugin.upgrade': 'upgrade',
};

const HEX = /^[0-9a-f]+$/;

/** A plugin name as the daemon stores it (reference.FamiliarString(TagNameOnly(ref))). */
function storedName(s: string): string | undefined {
  const ref = parseReference(s);
  if (!ref || ref.digest !== undefined) return undefined;
  return `${familiarName(ref.name)}:${ref.tag ?? 'latest'}`;
}

/**
 * How the daemon resolves `{name}` in /plugins/{name}/... (plugin/store.go resolvePluginID):
 * a 64-hex string is a full ID; otherwise it must parse as a reference (else: not found),
 * a digest reference is never found, a name (with `:latest` added) is compared with each
 * plugin's stored name, and failing that the raw string is an ID prefix.
 * Returns why the target is (or may be) dockgate, or undefined.
 */
export function targetsSelf(target: string, names: ReadonlySet<string>, ids: readonly string[]): string | undefined {
  if (isFullId(target)) return ids.includes(target) ? 'its plugin ID' : ids.length === 0 ? 'possibly its plugin ID (dockgate does not know its ID)' : undefined;
  const ref = parseReference(target);
  if (!ref || ref.digest !== undefined) return undefined;
  const stored = storedName(target);
  if (stored !== undefined && names.has(stored)) return `its name ${stored}`;
  // Another plugin of that name would win, but dockgate cannot see the plugin list: fail closed.
  if (!HEX.test(target)) return undefined;
  if (ids.length === 0) return 'possibly a prefix of its plugin ID (dockgate does not know its ID)';
  return ids.some((id) => id.startsWith(target)) ? 'a prefix of its plugin ID' : undefined;
}

const nameSet = memoByObject((names: readonly string[]): ReadonlySet<string> => new Set(names.map((n) => storedName(n)).filter((n): n is string => n !== undefined)));

/** The authorization plugins daemon.json names (the daemon's chain), as stored names. */
function chainNames(): readonly string[] {
  const read = readEntitlements();
  return read.state === 'ok' ? read.authorizationPlugins : [];
}

const merged = memoByObject((names: readonly string[]) => memoByObject((chain: readonly string[]) => nameSet([...names, ...chain])));

/** What self-protection protects, for the start-up log (no request needed). */
export function protectedReferences(options: Readonly<SelfProtectionOptions>): Record<string, unknown> {
  const detected = options.detectId ? detectedPluginId() : undefined;
  return {
    names: [...nameSet(options.names)],
    authorizationPluginsInDaemonConfig: options.readDaemonConfig ? [...chainNames()] : 'not read',
    ids: detected === undefined ? options.ids : [...options.ids, detected],
    idKnown: detected !== undefined || options.ids.length > 0,
    everyOtherPluginExcept: [...nameSet(options.otherPlugins)],
    adminUsers: options.adminUsers,
  };
}

/**
 * `docker plugin disable dockgate` removes it from the daemon's authorization chain until
 * the daemon reloads: everything is allowed after that. `rm -f`, `set` and `upgrade` are as
 * bad. This rule denies them, however the request names dockgate.
 */
export default defineRule<SelfProtectionOptions>({
  meta: {
    id: 'self-protection',
    title: 'Do not let API users disable dockgate',
    cis: undefined,
    severity: 'critical',
    description: 'POST /plugins/{name}/disable on the authorization plugin removes it from the daemon\'s chain until the next reload: every later request is allowed. DELETE /plugins/{name} (rm -f), /plugins/{name}/set and /plugins/{name}/upgrade likewise stop or replace it. Whatever reference dockgate was installed under (registry host:port/path:tag, --alias, full ID, ID prefix), these calls are denied: on dockgate by its names, the authorization plugins daemon.json names, its detected ID and any prefix of it; and on every other plugin too, because any plugin may be an authorization plugin, unless it is listed in otherPlugins. Only the TLS users in adminUsers may do this; exemptions cannot lift this rule.',
    remediation: 'To upgrade or reconfigure dockgate, connect as one of the policy\'s adminUsers (TLS client certificate), or take dockgate out of daemon.json, reload the daemon, change the plugin, add it back and reload.',
    defaultAction: 'deny',
    operations: Object.keys(ACTIONS),
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        names: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied." },
        ids: { type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{64}$' }, description: "dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start." },
        detectId: { type: 'boolean', description: 'Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup.' },
        adminUsers: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match.' },
        otherPlugins: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Plugins known not to be authorization plugins, by name as installed (e.g. 'vieux/sshfs:latest'; ':latest' is implied): anyone may disable, remove, set or upgrade them. Every other plugin may be an authorization plugin and is admin-only." },
        readDaemonConfig: { type: 'boolean', description: "Protect the plugins daemon.json's authorization-plugins names (the daemon configuration file buildkit-entitlements reads), even if otherPlugins lists them." },
      },
    },
  },
  defaultOptions: { names: ['dockgate'], ids: [], detectId: true, adminUsers: [], otherPlugins: [], readDaemonConfig: true },
  check(request, options) {
    const action = ACTIONS[request.operation];
    const target = request.params.get('name');
    if (action === undefined || target === undefined) return [];
    if (request.user !== '' && globMatcher(options.adminUsers)(request.user)) return [];
    const detected = options.detectId ? detectedPluginId() : undefined;
    const ids = detected === undefined ? options.ids : [...options.ids, detected];
    const names = options.readDaemonConfig ? merged(options.names)(chainNames()) : nameSet(options.names);
    const fix = 'only a dockgate admin user (self-protection option adminUsers) may do this; or take dockgate out of daemon.json and reload the daemon first';
    const why = targetsSelf(target, names, ids);
    if (why !== undefined) {
      return [{ field: 'plugin', found: target, summary: `${action} of the authorization plugin itself ("${target}" is ${why})`, fix }];
    }
    // Not dockgate as far as it knows: still any plugin may be an authorization plugin (dockgate
    // under a name it was not told, or another plugin of the chain), unless the policy says not.
    const stored = storedName(target);
    if (!isFullId(target) && stored !== undefined && nameSet(options.otherPlugins).has(stored)) return [];
    return [{ field: 'plugin', found: target, summary: `${action} of plugin "${target}", which may be an authorization plugin (only the plugins in the self-protection option otherPlugins are known not to be)`, fix: `${fix}; if "${target}" is not an authorization plugin, add its name to the self-protection option otherPlugins` }];
  },
});
