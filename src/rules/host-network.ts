import { defineRule } from '../engine/types.js';

interface Options {
  /** Allow `--network container:<id>` (sharing another container's network namespace). */
  readonly allowContainerMode: boolean;
}

/**
 * `--network host` puts the container in the host's network namespace. `container:<id>`
 * joins another container's namespace, which is the host's when that container uses host
 * networking; dockgate cannot see the other container, so it is denied unless allowed.
 */
export default defineRule<Options>({
  meta: {
    id: 'host-network',
    title: "Do not share the host's network namespace",
    cis: '5.10',
    severity: 'high',
    description: "NetworkMode 'host' gives the container the host's interfaces, ports and loopback services (including ones bound to 127.0.0.1). NetworkMode 'container:<id>' shares another container's namespace, which is the host's if that container runs with --network host.",
    remediation: 'Remove --network host; use a user-defined bridge network and publish the ports you need with -p. For container:<id>, set the host-network option allowContainerMode if the containers you join never use host networking.',
    defaultAction: 'deny',
    operations: ['container.create'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowContainerMode: { type: 'boolean', description: "Allow NetworkMode 'container:<id>'." },
      },
    },
  },
  defaultOptions: { allowContainerMode: false },
  check(request, options) {
    if (request.body.kind !== 'container.create') return [];
    const mode = request.body.hostConfig.NetworkMode;
    if (mode === 'host') {
      return [{ field: 'HostConfig.NetworkMode', found: 'host', fix: 'remove --network host; use a user-defined network and publish ports with -p' }];
    }
    if (mode.startsWith('container:') && !options.allowContainerMode) {
      return [{ field: 'HostConfig.NetworkMode', found: mode, fix: "use a user-defined network instead of another container's namespace (or allow it with the host-network option allowContainerMode)" }];
    }
    return [];
  },
});
