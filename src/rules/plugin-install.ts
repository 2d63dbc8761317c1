import { defineCheckRule, type Finding } from '../engine/types.js';
import { queryValue } from '../request/uri.js';
import { globMatcher } from './lib/glob.js';
import { familiarName, parseReference, withDefaultTag } from './lib/reference.js';
import { serviceSpecOf } from './lib/service.js';

interface Options {
  /** Plugin references (globs) that may be pulled, upgraded to and enabled. */
  readonly allowed: readonly string[];
  /** Allow POST /plugins/create (a plugin built from a tar the plugin API cannot see). */
  readonly allowCreate: boolean;
}

/** The forms a reference is matched in: as sent, `vieux/sshfs:latest`, `docker.io/vieux/sshfs:latest`. */
function forms(s: string): string[] {
  const ref = parseReference(s);
  if (!ref) return [s];
  const full = withDefaultTag(ref);
  return [s, full, full.startsWith('docker.io/') ? familiarName(ref.name) + full.slice(ref.name.length) : full];
}

function allowedRef(s: string | undefined, options: Options): boolean {
  if (s === undefined || s === '') return false;
  const match = globMatcher(options.allowed);
  return forms(s).some(match);
}

/**
 * A managed plugin runs as root with whatever it declares: host network, any capability,
 * any host mount, every device. Installing or enabling one is as much as running a
 * privileged container, so only allowlisted plugins may be pulled, upgraded or enabled.
 */
export default defineCheckRule<Options>({
  meta: {
    id: 'plugin-install',
    title: 'Install and enable only allowed plugins',
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
  defaultOptions: { allowed: [], allowCreate: false },
  check(request, options) {
    const findings: Finding[] = [];
    const fix = 'ask for the plugin to be added to the plugin-install option allowed, or have an admin install it';
    switch (request.operation) {
      case 'plugin.pull':
      case 'plugin.upgrade': {
        const remote = queryValue(request.query, 'remote');
        if (!allowedRef(remote, options)) {
          findings.push({ field: 'remote', found: remote ?? '(none)', summary: `${request.operation === 'plugin.pull' ? 'install' : 'upgrade to'} plugin ${remote ?? '(no remote)'}, which is not in the allowlist`, fix });
        }
        break;
      }
      case 'plugin.enable': {
        const name = request.params.get('name');
        if (!allowedRef(name, options)) {
          findings.push({ field: 'plugin', found: name ?? '', summary: `enable plugin ${name ?? ''}, which is not in the allowlist`, fix });
        }
        break;
      }
      case 'plugin.create': {
        const name = queryValue(request.query, 'name') ?? '';
        if (!options.allowCreate) {
          findings.push({ field: 'name', found: name, summary: `create plugin ${name} from a local tar (its manifest is not visible to the authorization plugin)`, fix: 'install plugins from a registry (docker plugin install) after review, or set the plugin-install option allowCreate' });
        }
        break;
      }
      default: {
        const plugin = serviceSpecOf(request)?.TaskTemplate.PluginSpec;
        if (plugin && !allowedRef(plugin.remote, options)) {
          findings.push({ field: 'TaskTemplate.PluginSpec.Remote', found: plugin.remote, summary: `service installs plugin ${plugin.remote || '(no remote)'} on every node, which is not in the allowlist`, fix });
        }
      }
    }
    return findings;
  },
});
