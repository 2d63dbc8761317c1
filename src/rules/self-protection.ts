import { defineRule } from '../engine/types.js';
import { memoByObject } from '../engine/memo.js';
import { globMatcher } from './lib/glob.js';
import { familiarName, isFullId, parseReference } from './lib/reference.js';
import { detectedPluginId } from './lib/self-identity.js';

interface Options {
  /** The names dockgate is installed under (`docker plugin create/install NAME`). */
  readonly names: readonly string[];
  /** dockgate's plugin IDs (64 hex), in addition to the one detected from /proc. */
  readonly ids: readonly string[];
  /** Detect the plugin ID from /proc/self/mountinfo and /proc/self/cgroup. */
  readonly detectId: boolean;
  /** TLS client-certificate CNs (globs) that may disable, reconfigure, upgrade or remove dockgate. */
  readonly adminUsers: readonly string[];
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

/**
 * `docker plugin disable dockgate` removes it from the daemon's authorization chain until
 * the daemon reloads: everything is allowed after that. `rm -f`, `set` and `upgrade` are as
 * bad. This rule denies them, however the request names dockgate.
 */
export default defineRule<Options>({
  meta: {
    id: 'self-protection',
    title: 'Do not let API users disable dockgate',
    cis: undefined,
    severity: 'critical',
    description: 'POST /plugins/{name}/disable on the authorization plugin removes it from the daemon\'s chain until the next reload: every later request is allowed. DELETE /plugins/{name} (rm -f), /plugins/{name}/set and /plugins/{name}/upgrade likewise stop or replace it. The daemon accepts the plugin\'s name, name:tag, full ID or any unique ID prefix; all are recognised. Only the TLS users in adminUsers may do this; exemptions cannot lift this rule.',
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
      },
    },
  },
  defaultOptions: { names: ['dockgate'], ids: [], detectId: true, adminUsers: [] },
  check(request, options) {
    const action = ACTIONS[request.operation];
    const target = request.params.get('name');
    if (action === undefined || target === undefined) return [];
    if (request.user !== '' && globMatcher(options.adminUsers)(request.user)) return [];
    const detected = options.detectId ? detectedPluginId() : undefined;
    const ids = detected === undefined ? options.ids : [...options.ids, detected];
    const why = targetsSelf(target, nameSet(options.names), ids);
    if (why === undefined) return [];
    return [{ field: 'plugin', found: target, summary: `${action} of the authorization plugin itself ("${target}" is ${why})`, fix: 'only a dockgate admin user (self-protection option adminUsers) may do this; or take dockgate out of daemon.json and reload the daemon first' }];
  },
});
