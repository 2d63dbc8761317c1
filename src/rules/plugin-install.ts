import { defineRule, type Finding, type Handler } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { queryValue } from '../request/uri.js';
import { globMatcher, type Matcher } from './lib/glob.js';
import { familiarName, parseReference, withDefaultTag } from '../request/reference.js';
import { serviceSpecOf, type ServiceOperation } from './lib/service.js';

interface Options {
  /** Plugin references (globs) that may be pulled, upgraded to and enabled. */
  readonly allowed: readonly string[];
  /** Allow POST /plugins/create (a plugin built from a tar the plugin API cannot see). */
  readonly allowCreate: boolean;
}

const DEFAULTS: Options = { allowed: [], allowCreate: false };

const fix = 'ask for the plugin to be added to the plugin-install option allowed, or have an admin install it';

/** The forms a reference is matched in: as sent, `vieux/sshfs:latest`, `docker.io/vieux/sshfs:latest`. */
function forms(s: string): string[] {
  const ref = parseReference(s);
  if (!ref) return [s];
  const full = withDefaultTag(ref);
  return [s, full, full.startsWith('docker.io/') ? familiarName(ref.name) + full.slice(ref.name.length) : full];
}

/** Whether a reference is in the allowlist `match` (an absent or empty one never is). */
function allowedRef(s: string | undefined, match: Matcher): boolean {
  if (s === undefined || s === '') return false;
  return forms(s).some(match);
}

/** plugin.pull and plugin.upgrade: the reference in `?remote=`, which is what gets installed. */
function remoteHandler(verb: 'install' | 'upgrade to', match: Matcher): Handler<'plugin.pull' | 'plugin.upgrade'> {
  return (request) => {
    const remote = queryValue(request.query, 'remote');
    if (allowedRef(remote, match)) return [];
    return [{ field: 'remote', found: remote ?? '(none)', summary: `${verb} plugin ${remote ?? '(no remote)'}, which is not in the allowlist`, fix }];
  };
}

/**
 * A managed plugin runs as root with whatever it declares: host network, any capability,
 * any host mount, every device. Installing or enabling one is as much as running a
 * privileged container, so only allowlisted plugins may be pulled, upgraded or enabled.
 */
export default defineRule({
  meta: {
    id: 'plugin-install',
    title: 'Install and enable only allowed plugins',
    summary: "plugin pull, upgrade, enable outside the `allowed` list; plugin create; service `PluginSpec`",
    cis: undefined,
    severity: 'critical',
    description: "POST /plugins/pull and /plugins/{name}/upgrade (?remote=), /plugins/{name}/enable, /plugins/create and swarm services with a PluginSpec install or start a managed plugin, which runs with the privileges its manifest declares (capabilities such as CAP_SYS_ADMIN, host network, host mounts, all devices). The requester chose those privileges. Only references in the allowlist may be pulled, upgraded to or enabled; /plugins/create (whose manifest and rootfs travel in a tar the plugin API never sees) is denied unless allowCreate.",
    remediation: 'Ask for the plugin to be reviewed and added to the plugin-install option allowed (e.g. "docker.io/vieux/sshfs:*"), or have an admin install it.',
    defaultAction: 'deny',
    operations: ['plugin.pull', 'plugin.upgrade', 'plugin.create', 'plugin.enable', 'service.create', 'service.update'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowed: { type: 'array', items: { type: 'string', minLength: 1 }, description: "Plugin references (micromatch globs) that may be pulled, upgraded to and enabled, matched as sent and normalised ('vieux/sshfs:latest', 'docker.io/vieux/sshfs:latest')." },
        allowCreate: { type: 'boolean', description: 'Allow POST /plugins/create (docker plugin create), whose content dockgate cannot see.' },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options) {
    const match = globMatcher(options.allowed);
    const service = (request: RequestOf<ServiceOperation>): readonly Finding[] => {
      const plugin = serviceSpecOf(request)?.TaskTemplate.PluginSpec;
      if (!plugin || allowedRef(plugin.remote, match)) return [];
      return [{ field: 'TaskTemplate.PluginSpec.Remote', found: plugin.remote, summary: `service installs plugin ${plugin.remote || '(no remote)'} on every node, which is not in the allowlist`, fix }];
    };
    return {
      'plugin.pull': remoteHandler('install', match),
      'plugin.upgrade': remoteHandler('upgrade to', match),
      'plugin.create': (request) => {
        if (options.allowCreate) return [];
        const name = queryValue(request.query, 'name') ?? '';
        return [{ field: 'name', found: name, summary: `create plugin ${name} from a local tar (its manifest is not visible to the authorization plugin)`, fix: 'install plugins from a registry (docker plugin install) after review, or set the plugin-install option allowCreate' }];
      },
      'plugin.enable': (request) => {
        const name = request.params.get('name');
        if (allowedRef(name, match)) return [];
        return [{ field: 'plugin', found: name ?? '', summary: `enable plugin ${name ?? ''}, which is not in the allowlist`, fix }];
      },
      'service.create': service,
      'service.update': service,
    };
  },
});
