import type { HostView } from '../core/context.js';
import { defineRule, sameHandler, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { describeSent, describeWhere, resolutionOf } from './lib/host-paths.js';
import { MOUNT_OPERATIONS, mountSurface, type MountOperation } from './lib/mounts.js';
import { cleanPaths, isWithin } from './lib/paths.js';
import { StampedResolutions } from './lib/stamped.js';

interface Options {
  /** Host paths of daemon sockets; the socket and every folder above it are denied. */
  readonly sockets: readonly string[];
}

const DEFAULTS: Options = {
  sockets: [
    '/var/run/docker.sock',
    '/run/docker.sock',
    '/run/containerd/containerd.sock',
    '/var/run/containerd/containerd.sock',
    '/run/docker/containerd/containerd.sock',
    '/var/run/docker/containerd/containerd.sock',
  ],
};

interface SocketNow {
  /** The configured path and where it resolves now. */
  readonly paths: readonly string[];
  /** The socket file's identity, when it exists (a hard link or another mount of it is the same file). */
  readonly id: { readonly dev: number; readonly ino: number } | undefined;
}

/**
 * The configured sockets as they are on the host now. Sockets come and go (a daemon restart
 * re-creates its socket): each one's last resolution is reused only while every directory its
 * walk looked in is provably unchanged (rules/lib/stamped.ts); re-creating a socket or replacing
 * a folder on its path changes one of them.
 */
function socketsNow(sockets: readonly string[], host: HostView, remembered: StampedResolutions): SocketNow[] {
  return sockets.map((s) => {
    const r = remembered.resolve(host, s);
    if (!r.ok) return { paths: [s], id: undefined };
    const id = r.kind === 'socket' && r.target ? { dev: r.target.dev, ino: r.target.ino } : undefined;
    return { paths: r.path === s ? [s] : [s, r.path], id };
  });
}

const FIX = 'do not mount the Docker socket into containers; use an API proxy that allows only what the tool needs';

/**
 * The Docker socket (or containerd's) inside a container is root on the host: whoever can
 * talk to it can start a privileged container. Mounting a folder above the socket (/run,
 * /var/run, /var) exposes it just as well; `:ro` does not stop API calls. Each host path is
 * judged as written and where it resolves (a symlink to /run/docker.sock is the socket), and a
 * path that resolves to the socket file itself under another name (a hard link) is caught by
 * its inode. The host is the rule context's.
 */
export default defineRule({
  meta: {
    id: 'docker-socket',
    title: 'Do not mount the Docker socket',
    summary: "the Docker or containerd socket, or a folder above it, mounted in any of those ways, as written, where the path resolves, or the same socket file under another name",
    cis: '5.32',
    severity: 'critical',
    description: 'A bind mount (or local-driver bind volume, overlay folder, or service mount) of /var/run/docker.sock, /run/docker.sock, a containerd socket, or any folder above one of them lets the container drive the daemon: create a privileged container, mount the host root, and so on. Paths are judged as written and where they resolve on the host (a symlink to the socket is the socket). Read-only mounts do not help: the API is reached through connect(), not write().',
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
  defaultOptions: DEFAULTS,
  create(options: Readonly<Options>, context) {
    const configured = cleanPaths(options.sockets);
    const remembered = new StampedResolutions();
    const handler = (request: RequestOf<MountOperation>): readonly Finding[] => {
      const hostPaths = mountSurface(request, context).hostPaths;
      if (hostPaths.length === 0) return [];
      const sockets = socketsNow(configured, context.host, remembered);
      const findings: Finding[] = [];
      for (const hp of hostPaths) {
        const r = resolutionOf(hp, context.host);
        const where = describeWhere(hp, r);
        if (!r.ok) {
          findings.push({ field: hp.field, found: describeSent(hp), summary: `${hp.field} mounts ${where}, which cannot be resolved safely on the host (it may lead to the daemon socket): ${r.detail}`, fix: FIX });
          continue;
        }
        const candidates = r.path === hp.path ? [hp.path] : [hp.path, r.path];
        let what: string | undefined;
        for (const s of sockets) {
          for (const sp of s.paths) {
            const c = candidates.find((p) => isWithin(sp, p));
            if (c !== undefined) {
              what = c === sp ? `${c} is the daemon socket` : `${c} is a folder holding ${sp}`;
              break;
            }
          }
          if (what === undefined && s.id !== undefined && r.target !== undefined && r.target.dev === s.id.dev && r.target.ino === s.id.ino) {
            what = `it is the daemon socket ${s.paths[0] ?? ''} under another name (same file)`;
          }
          if (what !== undefined) break;
        }
        if (what === undefined) continue;
        findings.push({ field: hp.field, found: describeSent(hp), summary: `${hp.field} mounts ${where}: ${what}`, fix: FIX });
      }
      return findings;
    };
    return sameHandler(MOUNT_OPERATIONS, handler);
  },
});
