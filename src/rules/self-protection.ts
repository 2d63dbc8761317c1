import type { RuleContext } from '../core/context.js';
import { defineRule, sameHandler, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import type { Operation } from '../request/routes.js';
import type { KnownPlugin } from '../state/plugins.js';
import { globMatcher } from './lib/glob.js';
import { familiarName, isFullId, parseReference } from '../request/reference.js';

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

const ACTIONS = {
  'plugin.disable': 'disable',
  'plugin.remove': 'remove',
  'plugin.set': 'reconfigure',
  'plugin.upgrade': 'upgrade',
} as const satisfies Partial<Record<Operation, string>>;

const HEX = /^[0-9a-f]+$/;

const DEFAULTS: SelfProtectionOptions = { names: ['dockgate'], ids: [], detectId: true, adminUsers: [], otherPlugins: [], readDaemonConfig: true };

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

/** Plugin names as the daemon stores them (names it cannot resolve are left out). */
function nameSet(names: readonly string[]): ReadonlySet<string> {
  return new Set(names.map((n) => storedName(n)).filter((n): n is string => n !== undefined));
}

/**
 * Whether a chain entry (an `authorization-plugins` name or an /info entry) may name this plugin:
 * its stored name, its full ID, or (the daemon resolves chain names like any plugin name) a prefix
 * of its ID.
 */
function chainEntryNames(entry: string, p: KnownPlugin): boolean {
  if (isFullId(entry)) return entry === p.id;
  if (storedName(entry) === p.name) return true;
  return HEX.test(entry) && p.id.startsWith(entry);
}

/** The authorization plugins daemon.json names (the daemon's chain), as written. */
function chainNames(context: RuleContext): readonly string[] {
  const read = context.daemonConfig();
  return read.state === 'ok' ? read.authorizationPlugins : [];
}

/**
 * daemon.json's authorization-plugins as written (names, IDs or ID prefixes), `[]` when the file
 * does not exist, or why dockgate cannot tell (not read by policy, unreadable).
 */
function daemonConfigChain(options: Readonly<SelfProtectionOptions>, context: RuleContext): { ok: true; chain: readonly string[] } | { ok: false; why: string } {
  if (!options.readDaemonConfig) return { ok: false, why: 'the self-protection option readDaemonConfig is false, so dockgate does not read daemon.json' };
  const read = context.daemonConfig();
  if (read.state === 'ok') return { ok: true, chain: read.authorizationPlugins };
  if (read.state === 'missing') return { ok: true, chain: [] };
  return { ok: false, why: `dockgate cannot read the daemon configuration ${read.path} (${read.reason})` };
}

/**
 * Whether dockgate itself joined the daemon's authorization chain by a reload: it is answering
 * this request, so it is in the chain now, and the chain the daemon started with (/info) does not
 * name it (by its names, its ID or a prefix of it, or the name its known plugin record has). Then
 * the daemon has reloaded since it started, and a reload replaces the whole chain with
 * daemon.json's authorization-plugins (command-line plugins are dropped): the start chain no
 * longer says anything daemon.json does not.
 */
function joinedByReload(start: readonly string[], names: ReadonlySet<string>, ids: readonly string[], known: readonly KnownPlugin[]): boolean {
  if (ids.length === 0) return false;
  const own = ids.map((id) => known.find((p) => p.id === id)).filter((p): p is KnownPlugin => p !== undefined);
  // its own record (and so the name it was installed under, an alias) must be known
  if (own.length === 0) return false;
  return !start.some((e) => {
    const stored = storedName(e);
    if (stored !== undefined && names.has(stored)) return true;
    if (isFullId(e) ? ids.includes(e) : HEX.test(e) && ids.some((id) => id.startsWith(e))) return true;
    return own.some((p) => chainEntryNames(e, p));
  });
}

interface Verdict {
  readonly summary: string;
  readonly fix: string;
}

/**
 * Issue 13/14: what the daemon said about this plugin (docker plugin ls / inspect) and about its
 * chain (docker info), with daemon.json: may a non-admin disable, remove, set or upgrade it?
 * undefined: yes (a plugin known not to be an authorization plugin, or an authorization plugin
 * known to be outside the chain).
 */
function judgeKnown(p: KnownPlugin, target: string, action: string, judge: Judge, names: ReadonlySet<string>, ids: readonly string[], fix: string): Verdict | undefined {
  const { options, otherNames, context } = judge;
  // summaries are cut at 120 characters in the deny message: the reason comes right after the name
  const label = p.name;
  if (ids.includes(p.id)) return { summary: `${action} of the authorization plugin itself (${label}, ID ${p.id.slice(0, 12)}, is dockgate)`, fix };
  const other = !isFullId(target) && otherNames.has(p.name);
  if (p.kind === 'other') return undefined;
  // an authorization plugin: in the chain or not?
  const config = daemonConfigChain(options, context);
  if (!config.ok) return { summary: `${action} of authorization plugin ${label}: cannot tell if it is in the chain`, fix: `${config.why}; ${fix}` };
  if (config.chain.some((e) => chainEntryNames(e, p))) return { summary: `${action} of authorization plugin ${label}: daemon.json's authorization-plugins names it`, fix };
  const start = context.plugins.startChain();
  if (start === undefined) {
    if (other) return undefined;
    return { summary: `${action} of authorization plugin ${label}: chain unknown, no docker info seen yet`, fix: `dockgate has not seen the daemon's authorization chain since it started: run \`docker info\` first (dockgate reads the chain the daemon started with from its answer), then try again; or: ${fix}` };
  }
  if (start.some((e) => chainEntryNames(e, p)) && !joinedByReload(start, names, ids, context.plugins.all())) {
    return {
      summary: `${action} of authorization plugin ${label}: in the daemon's start chain, no reload seen`,
      fix: `${fix}. It is in the chain the daemon started with (docker info shows it) and dockgate has seen no reload since. It counts as outside the chain once the daemon reloaded a daemon.json without it (SIGHUP) that added dockgate itself (then run \`docker plugin ls\` and try again), or after the daemon restarts without it`,
    };
  }
  return undefined;
}

/** What the options imply (computed once per compiled policy), with the context. */
interface Judge {
  readonly options: Readonly<SelfProtectionOptions>;
  /** The option `names` as stored names. */
  readonly ownNames: ReadonlySet<string>;
  /** The option `otherPlugins` as stored names. */
  readonly otherNames: ReadonlySet<string>;
  readonly context: RuleContext;
}

/** What self-protection protects, for the start-up log (no request needed). */
export function protectedReferences(options: Readonly<SelfProtectionOptions>, context: RuleContext): Record<string, unknown> {
  const detected = options.detectId ? context.ownPluginId() : undefined;
  return {
    names: [...nameSet(options.names)],
    authorizationPluginsInDaemonConfig: options.readDaemonConfig ? [...chainNames(context)] : 'not read',
    ids: detected === undefined ? options.ids : [...options.ids, detected],
    idKnown: detected !== undefined || options.ids.length > 0,
    everyOtherPluginExcept: [...nameSet(options.otherPlugins)],
    adminUsers: options.adminUsers,
  };
}

/**
 * `docker plugin disable dockgate` removes it from the daemon's authorization chain until
 * the daemon reloads: everything is allowed after that. `rm -f`, `set` and `upgrade` are as
 * bad. This rule denies them, however the request names dockgate. Its own plugin ID, daemon.json
 * and what the daemon said about its plugins come from the rule context.
 */
export default defineRule({
  meta: {
    id: 'self-protection',
    title: 'Do not let API users disable dockgate',
    summary: "disable, rm, set, upgrade of dockgate itself under any reference (its names, the authorization plugins daemon.json names, ID, ID prefix), of any authorization plugin that may be in the daemon's chain, and of plugins dockgate knows nothing of (learned from `docker plugin ls`, `docker info` and daemon.json; `otherPlugins` lifts unknown ones), except by `adminUsers`",
    cis: undefined,
    severity: 'critical',
    description: "POST /plugins/{name}/disable on the authorization plugin removes it from the daemon's chain until the next reload: every later request is allowed. DELETE /plugins/{name} (rm -f), /plugins/{name}/set and /plugins/{name}/upgrade likewise stop or replace it. Whatever reference dockgate was installed under (registry host:port/path:tag, --alias, full ID, ID prefix), these calls are denied: on dockgate by its names, the authorization plugins daemon.json names, its detected ID and any prefix of it; on any authorization plugin daemon.json names or the daemon started with (docker info), unless dockgate itself joined the chain by a reload; and on plugins dockgate knows nothing of (it learns plugin kinds from docker plugin ls and inspect) unless otherPlugins lists them. Only the TLS users in adminUsers may do this; exemptions cannot lift this rule.",
    remediation: "To upgrade or reconfigure dockgate, connect as one of the policy's adminUsers (TLS client certificate), or take dockgate out of daemon.json, reload the daemon, change the plugin, add it back and reload. For another plugin, run docker plugin ls and docker info first (dockgate then knows whether it is an authorization plugin in the chain).",
    defaultAction: 'deny',
    operations: Object.keys(ACTIONS) as (keyof typeof ACTIONS)[],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        names: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Names dockgate is installed under, as given to docker plugin create/install (e.g. 'dockgate', 'registry.example.com/dockgate:1.2'); ':latest' is implied." },
        ids: { type: 'array', items: { type: 'string', pattern: '^[0-9a-f]{64}$' }, description: "dockgate's managed-plugin ID (docker plugin inspect --format '{{.Id}}' dockgate), in addition to the one detected at start." },
        detectId: { type: 'boolean', description: 'Detect the plugin ID from /proc/self/mountinfo (the /run/docker/plugins mount) and /proc/self/cgroup.' },
        adminUsers: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'TLS client-certificate CNs (micromatch globs) allowed to disable, remove, reconfigure or upgrade dockgate. Empty users (unix socket) never match.' },
        otherPlugins: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Plugins known not to be authorization plugins, by name as installed (e.g. 'vieux/sshfs:latest'; ':latest' is implied): anyone may disable, remove, set or upgrade them while dockgate has not learned what they are (docker plugin ls), unless daemon.json or the daemon's start chain names them." },
        readDaemonConfig: { type: 'boolean', description: "Protect the plugins daemon.json's authorization-plugins names (the daemon configuration file buildkit-entitlements reads), even if otherPlugins lists them. Without it no authorization plugin can be shown to be outside the chain." },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options: Readonly<SelfProtectionOptions>, context) {
    const judge: Judge = { options, ownNames: nameSet(options.names), otherNames: nameSet(options.otherPlugins), context };
    const admin = globMatcher(options.adminUsers);
    const fix = 'only a dockgate admin user (self-protection option adminUsers) may do this; or take dockgate out of daemon.json and reload the daemon first';
    const handler = (request: RequestOf<keyof typeof ACTIONS>): readonly Finding[] => {
      const action = ACTIONS[request.operation];
      const target = request.params.get('name');
      if (target === undefined) return [];
      if (request.user !== '' && admin(request.user)) return [];
      const detected = options.detectId ? context.ownPluginId() : undefined;
      const ids = detected === undefined ? options.ids : [...options.ids, detected];
      const names = options.readDaemonConfig ? new Set([...judge.ownNames, ...nameSet(chainNames(context))]) : judge.ownNames;
      const why = targetsSelf(target, names, ids);
      if (why !== undefined) {
        return [{ field: 'plugin', found: target, summary: `${action} of the authorization plugin itself ("${target}" is ${why})`, fix }];
      }
      // What the daemon said about its plugins (docker plugin ls, inspect) and its chain (docker info).
      const resolved = context.plugins.resolve(target);
      if (resolved.state === 'known') {
        const v = judgeKnown(resolved.plugin, target, action, judge, names, ids, fix);
        return v === undefined ? [] : [{ field: 'plugin', found: target, ...v }];
      }
      if (resolved.state === 'ambiguous') {
        return [{ field: 'plugin', found: target, summary: `${action} of "${target}", a prefix of the IDs of ${resolved.plugins.length} plugins`, fix: 'name the plugin by its name or full ID' }];
      }
      // Not a plugin dockgate knows: any plugin may be an authorization plugin (dockgate under a
      // name it was not told, or another plugin of the chain), unless the policy says not.
      const stored = storedName(target);
      if (!isFullId(target) && stored !== undefined && judge.otherNames.has(stored) && !(context.plugins.startChain() ?? []).some((e) => storedName(e) === stored)) return [];
      return [
        {
          field: 'plugin',
          found: target,
          summary: `${action} of plugin "${target}", which may be an authorization plugin (only the plugins in the self-protection option otherPlugins are known not to be)`,
          fix: `${fix}; or run \`docker plugin ls\` first (dockgate then knows which plugins are authorization plugins) and, for an authorization plugin, \`docker info\`; if "${target}" is not an authorization plugin, its name may also go in the self-protection option otherPlugins`,
        },
      ];
    };
    return sameHandler(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[], handler);
  },
});
