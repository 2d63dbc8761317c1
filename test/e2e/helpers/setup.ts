/**
 * The setup most e2e files share: dockgate as a socket plugin the daemon finds through a spec
 * file, and a private dockerd, both owned by the run (its cleanup stops them in the right order:
 * containers removed and the daemon stopped before dockgate, since a daemon whose plugin is
 * gone hangs every call).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PrivateDaemon } from './daemon.js';
import { SocketPlugin } from './dockgate.js';
import type { Engine } from './engine.js';
import { SPEC_DIR } from './host.js';
import type { E2eRun } from './run.js';

export interface RunPlugin {
  readonly plugin: SocketPlugin;
  /** The name the daemon knows it by (`--authorization-plugin=<name>`). */
  readonly name: string;
}

/**
 * Starts `dockgate serve` (default policy unless `args` say otherwise) on a socket in the run's
 * folder and writes `/etc/docker/plugins/dockgate-e2e-<run id>.spec` naming it. Call it before
 * runDaemon(), so that the daemon is stopped first at cleanup.
 */
export async function runSocketPlugin(r: E2eRun, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunPlugin> {
  const name = `dockgate-e2e-${r.id}`;
  mkdirSync(join(r.tmp, 'plugin'), { mode: 0o700 });
  const plugin = new SocketPlugin(join(r.tmp, 'plugin/dockgate.sock'), join(r.tmp, 'dockgate.log'));
  r.defer('stop dockgate', () => plugin.stop());
  await plugin.start(args, env);
  mkdirSync(SPEC_DIR, { recursive: true });
  const spec = join(SPEC_DIR, `${name}.spec`);
  r.deleteLater(spec);
  writeFileSync(spec, `unix://${plugin.socket}\n`);
  return { plugin, name };
}

/** The folder of the run's private dockerd (runDaemon()): its daemon.json and data root, known before it exists. */
export function runDaemonRoot(r: E2eRun): string {
  return join(r.tmp, 'daemon');
}

/** The run's private dockerd (not started): stopped, after its containers are removed, at cleanup. */
export function runDaemon(r: E2eRun, engine: Engine): PrivateDaemon {
  const daemon = new PrivateDaemon(engine, runDaemonRoot(r), `dge2e${r.id}`);
  r.defer('stop dockerd', () => daemon.stop());
  r.defer('remove containers', () => daemon.removeAllContainers());
  return daemon;
}

export interface RunPluginAndDaemon extends RunPlugin {
  /** The run's private dockerd, not started: start it with `authz: [name]` (or name it in daemon.json) to put dockgate in its chain. */
  readonly daemon: PrivateDaemon;
}

/** runSocketPlugin() (`args`, `env`), then runDaemon(): the order cleanup needs. */
export async function runPluginAndDaemon(r: E2eRun, engine: Engine, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunPluginAndDaemon> {
  const { plugin, name } = await runSocketPlugin(r, args, env);
  return { plugin, name, daemon: runDaemon(r, engine) };
}
