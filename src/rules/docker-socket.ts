import { defineRule, type Finding } from '../engine/types.js';
import { MOUNT_OPERATIONS, mountSurface } from './lib/mounts.js';
import { cleanPaths, isWithin } from './lib/paths.js';

interface Options {
  /** Host paths of daemon sockets; the socket and every folder above it are denied. */
  readonly sockets: readonly string[];
}

/**
 * The Docker socket (or containerd's) inside a container is root on the host: whoever can
 * talk to it can start a privileged container. Mounting a folder above the socket (/run,
 * /var/run, /var) exposes it just as well; `:ro` does not stop API calls.
 */
export default defineRule<Options>({
  meta: {
    id: 'docker-socket',
    title: 'Do not mount the Docker socket',
    cis: '5.32',
    severity: 'critical',
    description: 'A bind mount (or local-driver bind volume, or service mount) of /var/run/docker.sock, /run/docker.sock, a containerd socket, or any folder above one of them lets the container drive the daemon: create a privileged container, mount the host root, and so on. Read-only mounts do not help: the API is reached through connect(), not write().',
    remediation: 'Do not give containers the daemon socket. Tools that need the API (CI runners, proxies, monitoring) should use a narrowly scoped API proxy, or run with a digest-pinned image under an exemption naming docker-socket.',
    defaultAction: 'deny',
    operations: [...MOUNT_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        sockets: { type: 'array', items: { type: 'string', pattern: '^/' }, description: 'Absolute host paths of daemon sockets (add the socket of a dockerd started with -H unix://PATH).' },
      },
    },
  },
  defaultOptions: {
    sockets: [
      '/var/run/docker.sock',
      '/run/docker.sock',
      '/run/containerd/containerd.sock',
      '/var/run/containerd/containerd.sock',
      '/run/docker/containerd/containerd.sock',
      '/var/run/docker/containerd/containerd.sock',
    ],
  },
  check(request, options) {
    const sockets = cleanPaths(options.sockets);
    const findings: Finding[] = [];
    for (const hp of mountSurface(request).hostPaths) {
      const socket = sockets.find((s) => isWithin(s, hp.path));
      if (socket === undefined) continue;
      const what = socket === hp.path ? 'the daemon socket' : `a folder holding ${socket}`;
      findings.push({ field: hp.field, found: hp.path, summary: `${hp.field} mounts ${hp.path}, ${what}`, fix: 'do not mount the Docker socket into containers; use an API proxy that allows only what the tool needs' });
    }
    return findings;
  },
});
