/**
 * The live rule context (core/context.ts): the facts `serve`, `check` and `scan` give the rules,
 * read from the host (through the host root) and from what dockgate remembers of the daemon's
 * objects. The only file of rules/ that reaches the host and the state modules: each fact is
 * asked of the module that holds it at the moment a handler asks (serve sets the host root, the
 * registry, the daemon configuration's path... at start, possibly after a policy compiled).
 */
import { release } from 'node:os';
import type { RuleContext } from '../../core/context.js';
import { readDaemonConfig } from '../../host/daemon-config.js';
import { resolveHostPath, stampOf } from '../../host/resolve.js';
import { currentHostRoot } from '../../host/root.js';
import { detectedPluginId } from '../../host/self-identity.js';
import { knownNetwork, learnedHostNetworkIds } from '../../state/networks.js';
import { knownPlugins, resolvePlugin, startChain } from '../../state/plugins.js';
import { currentRegistry } from '../../state/registry.js';
import { kernelVersion } from './seccomp-profile.js';

export const liveContext: RuleContext = {
  host: {
    root: currentHostRoot,
    resolve: (path, options) => resolveHostPath(path, currentHostRoot(), options),
    stamp: stampOf,
  },
  containers: {
    lookup: (ref) => currentRegistry().lookup(ref),
    volume: (name) => currentRegistry().volume(name),
    containerRecords: () => currentRegistry().containerRecords(),
  },
  networks: { known: knownNetwork, hostIds: learnedHostNetworkIds },
  plugins: { all: knownPlugins, resolve: resolvePlugin, startChain },
  ownPluginId: detectedPluginId,
  daemonConfig: readDaemonConfig,
  kernel: kernelVersion(release()),
};
