import type { NetworkMemory } from '../core/context.js';
import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import type { NetworkAttachmentConfigValue } from '../request/docker-types.js';
import { serviceSpecOf, type ServiceOperation } from './lib/service.js';

interface Options {
  /** Allow `--network container:<id>` (sharing another container's network namespace). */
  readonly allowContainerMode: boolean;
  /** IDs of the `host` network (swarm-scoped and local), to recognise it in service specs. */
  readonly hostNetworkIds: readonly string[];
}

/** Characters of swarm (base 36) and local (hex) network IDs: a target made of them may be an ID prefix. */
const ID_CHARS = /^[0-9a-z]+$/;

/**
 * How the daemon resolves a service's `Networks[].Target` (daemon/cluster populateNetworkID,
 * getNetwork): full swarm ID, then exact name, then unique swarm ID prefix; failing those, a
 * local network (by ID, name or ID prefix) that is predefined (`host`, `bridge`, `none`) is
 * swapped for the swarm network of the same name. The docker CLI always sends the ID (it
 * looks each `--network` up first with GET /networks/{name}), so the name alone proves nothing.
 *
 * dockgate learns what each ID is from the daemon's own answers to those lookups (AuthZRes of
 * network inspect and ls, src/state/networks.ts, given by the rule context): a Target that is exactly the ID of a network the
 * daemon described with another driver than `host` is not the host network; one described with
 * the host driver is. Anything else that could be an ID (or an ID prefix) is unknown: denied,
 * unless hostNetworkIds lists the host network's IDs (then only their prefixes are denied).
 */
function serviceTargetFinding(target: string, field: string, ids: readonly string[], networks: NetworkMemory): Finding | undefined {
  const fix = 'remove --network host from the service; attach it to an overlay network';
  if (target.toLowerCase() === 'host') return { field, found: target, summary: `${field}=${target} is the host network`, fix };
  const known = networks.known(target);
  if (known?.driver === 'host') return { field, found: target, summary: `${field}=${target} is the ID of the host network ${known.name} (as the daemon described it)`, fix };
  if (target !== '' && [...ids, ...networks.hostIds()].some((id) => id.startsWith(target))) {
    return { field, found: target, summary: `${field}=${target} is (a prefix of) the ID of the host network`, fix };
  }
  if (known !== undefined || ids.length > 0 || !ID_CHARS.test(target)) return undefined;
  return {
    field,
    found: target,
    summary: `${field}=${target} may be the ID of the host network (the daemon has not described this network to dockgate)`,
    fix: 'create the service with the docker CLI (it looks the network up first, which tells dockgate what it is), or set the host-network option hostNetworkIds to the IDs of the host network (docker network ls --no-trunc --filter driver=host)',
  };
}

function networkFindings(list: readonly NetworkAttachmentConfigValue[] | null, prefix: string, ids: readonly string[], networks: NetworkMemory): Finding[] {
  const out: Finding[] = [];
  (list ?? []).forEach((n, i) => {
    const f = serviceTargetFinding(n.Target, `${prefix}[${i}].Target`, ids, networks);
    if (f) out.push(f);
  });
  return out;
}

const DEFAULTS: Options = { allowContainerMode: false, hostNetworkIds: [] };

/**
 * `--network host` puts the container in the host's network namespace. `container:<id>`
 * joins another container's namespace, which is the host's when that container uses host
 * networking; dockgate cannot see the other container, so it is denied unless allowed.
 * Swarm services attach to networks by `Target`.
 */
export default defineRule({
  meta: {
    id: 'host-network',
    title: "Do not share the host's network namespace",
    summary: "`NetworkMode` `host`; `container:<id>` unless `allowContainerMode`; service network targets that are (or may be) the host network: IDs learned from the daemon's answers to the CLI's network lookups (overlay networks pass), `hostNetworkIds`, unknown IDs denied",
    cis: '5.10',
    severity: 'high',
    description: "NetworkMode 'host' gives the container the host's interfaces, ports and loopback services (including ones bound to 127.0.0.1). NetworkMode 'container:<id>' shares another container's namespace, which is the host's if that container runs with --network host. A swarm service attached to the host network (TaskTemplate.Networks[].Target, or the deprecated top-level Networks) runs its tasks the same way; the docker CLI sends network IDs, which dockgate recognises from the daemon's own answers to the network lookups the CLI makes first (docker network inspect), or from hostNetworkIds. An ID the daemon never described is denied.",
    remediation: 'Remove --network host; use a user-defined bridge network and publish the ports you need with -p. For container:<id>, set the host-network option allowContainerMode if the containers you join never use host networking. For services, attach them to overlay networks with the docker CLI (dockgate learns each network\'s driver from the daemon\'s answer to the CLI\'s lookup); for raw API clients, list the host network IDs in hostNetworkIds.',
    defaultAction: 'deny',
    operations: ['container.create', 'service.create', 'service.update'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowContainerMode: { type: 'boolean', description: "Allow NetworkMode 'container:<id>'." },
        hostNetworkIds: {
          type: 'array',
          items: { type: 'string', pattern: '^[0-9a-z]+$' },
          description: "Full IDs of the host network, swarm-scoped and local (docker network ls --no-trunc --filter driver=host). With them, a service network Target is denied only when it is 'host' or a prefix of one of these IDs; without them, every Target that could be an ID (only lower-case letters and digits) is denied.",
        },
      },
    },
  },
  defaultOptions: DEFAULTS,
  create(options: Readonly<Options>, context) {
    const service = (request: RequestOf<ServiceOperation>): readonly Finding[] => {
      const spec = serviceSpecOf(request);
      if (!spec) return [];
      return [
        ...networkFindings(spec.TaskTemplate.Networks, 'TaskTemplate.Networks', options.hostNetworkIds, context.networks),
        ...networkFindings(spec.Networks, 'Networks', options.hostNetworkIds, context.networks),
      ];
    };
    return {
      'container.create': ({ body }) => {
        const mode = body.hostConfig.NetworkMode;
        if (mode === 'host') {
          return [{ field: 'HostConfig.NetworkMode', found: 'host', fix: 'remove --network host; use a user-defined network and publish ports with -p', compose: 'remove network_mode: host; use networks and ports' }];
        }
        if (mode.startsWith('container:') && !options.allowContainerMode) {
          return [{ field: 'HostConfig.NetworkMode', found: mode, fix: "use a user-defined network instead of another container's namespace (or allow it with the host-network option allowContainerMode)" }];
        }
        return [];
      },
      'service.create': service,
      'service.update': service,
    };
  },
});
