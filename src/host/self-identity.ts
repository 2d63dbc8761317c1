/**
 * How dockgate finds its own managed-plugin ID without asking the daemon (a managed plugin
 * has no access to the Docker socket).
 *
 * The daemon starts a managed plugin as a containerd task whose ID is the plugin ID
 * (moby plugin/manager_linux.go `executor.Create(p.GetID(), ...)`), and bind-mounts the
 * plugin's runtime directory `/run/docker/plugins/<ID>` at `/run/docker/plugins`
 * (plugin/v2/plugin_linux.go InitSpec). Inside the plugin, `/proc/self/mountinfo` therefore
 * shows a mount at `/run/docker/plugins` whose root ends in the 64-hex plugin ID. Plugins get
 * no cgroup namespace (oci DefaultSpec), so `/proc/self/cgroup` names a cgroup built from the
 * same ID as a second source. Both are read once, on first use. Rules get the ID through their
 * context (core/context.ts `ownPluginId`).
 */
import { readFileSync } from 'node:fs';

const ID = /^[0-9a-f]{64}$/;
const ID_IN_TEXT = /(?:^|[/:-])([0-9a-f]{64})(?:\.scope)?$/;

/** The plugin ID from /proc/self/mountinfo text: the root of the mount at /run/docker/plugins. */
export function idFromMountinfo(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const fields = line.split(' ');
    if (fields[4] !== '/run/docker/plugins') continue;
    const root = fields[3] ?? '';
    const last = root.slice(root.lastIndexOf('/') + 1);
    if (ID.test(last)) return last;
  }
  return undefined;
}

/** The plugin ID from /proc/self/cgroup text: a 64-hex cgroup name (`/<id>`, `.../runc-<id>.scope`). */
export function idFromCgroup(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const path = line.slice(line.indexOf(':', line.indexOf(':') + 1) + 1);
    for (const part of path.split('/')) {
      const m = ID_IN_TEXT.exec(part);
      if (m?.[1] !== undefined) return m[1];
    }
  }
  return undefined;
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

let detected: { id: string | undefined } | undefined;

/** The ID detected from /proc, or undefined (not a managed plugin, or not Linux). Cached. */
export function detectedPluginId(): string | undefined {
  detected ??= { id: idFromMountinfo(read('/proc/self/mountinfo')) ?? idFromCgroup(read('/proc/self/cgroup')) };
  return detected.id;
}
