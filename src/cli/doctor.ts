/**
 * `dockgate doctor`: checks a host the way an operator would before and after enforcing
 * (issue 14). Each check is one line: its state (ok, warn, fail, skip), what was found, and the
 * fix. Sources: the daemon's daemon.json (what survives a reload), the running daemon's
 * `GET /info` and `GET /plugins` (what is in force), dockerd's command line in /proc, the Docker
 * socket's mode, and dockgate's own `/healthz` on its plugin socket (fallback state, last
 * decision). Nothing is changed. Exit 0 when no check fails, 1 when one does, 2 on a usage error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dockerGet, resolveDockerSocket } from './scan.js';

export type CheckState = 'ok' | 'warn' | 'fail' | 'skip';

export interface DoctorCheck {
  readonly id: string;
  readonly state: CheckState;
  readonly message: string;
  readonly fix?: string;
}

export interface DoctorOptions {
  /** daemon.json (default /etc/docker/daemon.json). */
  readonly daemonConfig: string;
  /** The Docker API socket (--host, DOCKER_HOST, /var/run/docker.sock). */
  readonly host: string | undefined;
  /** dockgate's plugin socket, for /healthz; default: found under /run/docker/plugins. */
  readonly pluginSocket: string | undefined;
  /** The plugin name to look for (default: dockgate). */
  readonly plugin: string;
  /** Where /proc is (tests). */
  readonly procRoot: string;
  /** Where plugin sockets live (tests). */
  readonly pluginsDir: string;
  /** A decision older than this is reported (seconds). */
  readonly staleAfterSeconds: number;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const DEFAULT_DOCTOR: Omit<DoctorOptions, 'host' | 'pluginSocket' | 'env'> = {
  daemonConfig: '/etc/docker/daemon.json',
  plugin: 'dockgate',
  procRoot: '/proc',
  pluginsDir: '/run/docker/plugins',
  staleAfterSeconds: 3600,
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether a plugin reference (`dockgate`, `dockgate:latest`, `registry/ops/dockgate:0.1.0`) is the named plugin. */
export function isPluginRef(ref: string, name: string): boolean {
  const noTag = ref.replace(/:[^:/]+$/, '');
  const base = noTag.slice(noTag.lastIndexOf('/') + 1);
  return ref === name || noTag === name || base === name;
}

/** dockerd's arguments, from /proc/<pid>/cmdline of every process whose executable is named dockerd. */
export function dockerdArgs(procRoot: string): string[][] {
  return dockerdProcesses(procRoot).map((p) => p.args);
}

interface DockerdProcess {
  readonly pid: string;
  readonly args: string[];
}

function dockerdProcesses(procRoot: string): DockerdProcess[] {
  const out: DockerdProcess[] = [];
  let entries: string[];
  try {
    entries = readdirSync(procRoot);
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const argv = readFileSync(join(procRoot, e, 'cmdline'), 'utf8').split('\0').filter((a) => a !== '');
      if (argv[0] !== undefined && /(^|\/)dockerd$/.test(argv[0])) out.push({ pid: e, args: argv.slice(1) });
    } catch {
      // gone, or not ours to read
    }
  }
  return out;
}

/** `-H`/`--host` values of a dockerd command line, and whether it has --tlsverify. */
function hostsOf(args: readonly string[]): { hosts: string[]; tlsverify: boolean } {
  const hosts: string[] = [];
  let tlsverify = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-H' || a === '--host') hosts.push(args[++i] ?? '');
    else if (a.startsWith('-H=') || a.startsWith('--host=')) hosts.push(a.slice(a.indexOf('=') + 1));
    else if (a.startsWith('-H') && a.length > 2) hosts.push(a.slice(2));
    else if (a === '--tlsverify' || a === '--tlsverify=true') tlsverify = true;
  }
  return { hosts, tlsverify };
}

/**
 * The dockerd processes serving `socket`: those whose -H names it. A host may run several
 * daemons (a rootless one, a test daemon): the checks are about the one asked. When none names
 * it (systemd socket activation, -H fd://, or the default socket), every dockerd counts.
 */
function daemonsServing(all: readonly DockerdProcess[], socket: string | undefined): { readonly daemons: readonly DockerdProcess[]; readonly matched: boolean } {
  if (socket === undefined) return { daemons: all, matched: false };
  const mine = all.filter((p) => hostsOf(p.args).hosts.some((h) => h === `unix://${socket}` || h === socket));
  return mine.length > 0 ? { daemons: mine, matched: true } : { daemons: all, matched: false };
}

/** `--authorization-plugin` values on a dockerd command line. */
function authzFlags(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--authorization-plugin') out.push(args[++i] ?? '');
    else if (a.startsWith('--authorization-plugin=')) out.push(a.slice('--authorization-plugin='.length));
  }
  return out;
}

interface Health {
  readonly status?: string;
  readonly version?: string;
  readonly policy?: { readonly source?: string; readonly configured?: string; readonly fallback?: { readonly reason?: string; readonly fix?: string } };
  readonly lastDecision?: string | null;
}

/** Plugin sockets dockgate may listen on: the socket plugin's, and each managed plugin's folder. */
function candidateSockets(dir: string, name: string): string[] {
  const out = [join(dir, `${name}.sock`)];
  try {
    for (const e of readdirSync(dir)) {
      if (/^[0-9a-f]{64}$/.test(e)) out.push(join(dir, e, `${name}.sock`));
    }
  } catch {
    // no plugins folder
  }
  return out.filter((p) => {
    try {
      return statSync(p).isSocket();
    } catch {
      return false;
    }
  });
}

export async function runDoctor(opts: DoctorOptions): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  const add = (id: string, state: CheckState, message: string, fix?: string): void => {
    checks.push(fix === undefined || state === 'ok' ? { id, state, message } : { id, state, message, fix });
  };

  // daemon.json: what the daemon applies at start and at every reload
  let config: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(readFileSync(opts.daemonConfig, 'utf8')) as unknown;
    if (isRecord(parsed)) config = parsed;
    else add('daemon-config', 'fail', `${opts.daemonConfig} is not a JSON object`, 'fix the file: the daemon will not start with it');
  } catch (err) {
    add('daemon-config', 'fail', `cannot read ${opts.daemonConfig}: ${err instanceof Error ? err.message : String(err)}`, `create ${opts.daemonConfig} with {"authorization-plugins": ["${opts.plugin}"], "live-restore": true}`);
  }
  // The running daemon (if it answers).
  let info: Record<string, unknown> | undefined;
  let plugins: unknown[] | undefined;
  const sock = resolveDockerSocket(opts.host, opts.env);
  const daemons = daemonsServing(dockerdProcesses(opts.procRoot), sock.ok ? sock.socket : undefined);
  // When this doctor's own GET /info went to the daemon: a dockgate in its chain decides it.
  let asked: number | undefined;
  if (!sock.ok) {
    add('daemon-api', 'fail', sock.error, 'use --host unix:///var/run/docker.sock');
  } else {
    try {
      asked = Date.now();
      const i = await dockerGet(sock.socket, '/info');
      if (isRecord(i)) info = i;
      const p = await dockerGet(sock.socket, '/plugins');
      if (Array.isArray(p)) plugins = p;
      add('daemon-api', 'ok', `the daemon answers on ${sock.socket}${typeof info?.ServerVersion === 'string' ? ` (dockerd ${info.ServerVersion})` : ''}`);
    } catch (err) {
      add('daemon-api', 'warn', `cannot ask the daemon: ${err instanceof Error ? err.message : String(err)}`, 'run as root, or pass --host unix:///path/to/docker.sock; the checks below use daemon.json only');
    }
  }

  if (config !== undefined) {
    const chain = Array.isArray(config['authorization-plugins']) ? config['authorization-plugins'].filter((x): x is string => typeof x === 'string') : [];
    const named = chain.find((r) => isPluginRef(r, opts.plugin));
    const flagged = daemons.matched ? daemons.daemons.flatMap((d) => authzFlags(d.args)).find((r) => isPluginRef(r, opts.plugin)) : undefined;
    if (named !== undefined) add('plugin-configured', 'ok', `daemon.json names ${named} in authorization-plugins`);
    else if (flagged !== undefined) add('plugin-configured', 'fail', `only dockerd's command line names ${flagged} (--authorization-plugin); daemon.json does not (found ${JSON.stringify(chain)}): the next reload (SIGHUP, systemctl reload docker) takes it out of the chain and allows everything`, `add "${flagged}" to "authorization-plugins" in ${opts.daemonConfig} and drop the --authorization-plugin flag`);
    else add('plugin-configured', 'fail', `daemon.json does not name ${opts.plugin} in authorization-plugins (found ${JSON.stringify(chain)})`, `add "${opts.plugin}" to "authorization-plugins" in ${opts.daemonConfig} (not --authorization-plugin: a reload drops it), after the plugin is enabled, then systemctl reload docker`);
  }
  if (info !== undefined) {
    const authz = isRecord(info.Plugins) && Array.isArray(info.Plugins.Authorization) ? info.Plugins.Authorization.filter((x): x is string => typeof x === 'string') : [];
    if (authz.some((r) => isPluginRef(r, opts.plugin))) add('plugin-active', 'ok', `the daemon's authorization chain holds ${authz.join(', ')}`);
    else add('plugin-active', 'fail', `the running daemon does not use ${opts.plugin} for authorization (chain: ${JSON.stringify(authz)}): every request is allowed`, 'enable the plugin, name it in daemon.json, then systemctl reload docker');
  }
  if (plugins !== undefined) {
    const mine = plugins.filter(isRecord).filter((p) => typeof p.Name === 'string' && isPluginRef(p.Name, opts.plugin));
    if (mine.length === 0) add('plugin-enabled', 'skip', `no managed plugin named ${opts.plugin} (a socket plugin, or another name: --plugin NAME)`);
    for (const p of mine) {
      if (p.Enabled === true) add('plugin-enabled', 'ok', `managed plugin ${String(p.Name)} is enabled`);
      else add('plugin-enabled', 'fail', `managed plugin ${String(p.Name)} is disabled: the daemon exits at its next reload (26.x, 28.x) and allows everything meanwhile`, `docker plugin enable ${String(p.Name)}`);
    }
  }

  // live-restore, BuildKit, user namespaces: from the running daemon when known, else daemon.json
  const liveRestore = info !== undefined ? info.LiveRestoreEnabled === true : config?.['live-restore'] === true;
  if (liveRestore) add('live-restore', 'ok', 'live-restore is on: a daemon restart leaves containers running');
  else add('live-restore', 'warn', 'live-restore is off: restarting the daemon (the last-resort recovery of a broken plugin) stops every container', `set "live-restore": true in ${opts.daemonConfig}, then systemctl reload docker`);
  if (config !== undefined) {
    const builder = isRecord(config.builder) ? config.builder : undefined;
    const ent = builder !== undefined && isRecord(builder.entitlements) ? builder.entitlements : undefined;
    if (ent?.['network-host'] === false) add('buildkit-network-host', 'ok', 'builder.entitlements.network-host is false');
    else add('buildkit-network-host', 'fail', 'BuildKit may grant the network.host entitlement (docker build --network host), which no authorization plugin can see', `set "builder": {"entitlements": {"network-host": false}} in ${opts.daemonConfig}`);
  }
  const securityOptions = info !== undefined && Array.isArray(info.SecurityOptions) ? info.SecurityOptions.filter((x): x is string => typeof x === 'string') : undefined;
  const userns = securityOptions !== undefined ? securityOptions.some((o) => o.startsWith('name=userns')) : typeof config?.['userns-remap'] === 'string' && config['userns-remap'] !== '';
  if (userns) add('userns-remap', 'ok', 'user namespace remapping is on');
  else add('userns-remap', 'warn', 'user namespace remapping is off: root in a container is root on the host (CIS 2.8)', `set "userns-remap": "default" in ${opts.daemonConfig} (existing images and volumes need care: read Docker's userns-remap docs)`);

  // no unauthenticated TCP socket
  const tcp: string[] = [];
  const fromConfig = config !== undefined && Array.isArray(config.hosts) ? config.hosts.filter((x): x is string => typeof x === 'string') : [];
  const configVerify = config?.tlsverify === true;
  for (const h of fromConfig) if (h.startsWith('tcp://') && !configVerify) tcp.push(`${h} (daemon.json)`);
  for (const d of daemons.daemons) {
    const { hosts, tlsverify } = hostsOf(d.args);
    for (const h of hosts) if (h.startsWith('tcp://') && !tlsverify && !configVerify) tcp.push(`${h} (dockerd ${d.pid} -H)`);
  }
  if (tcp.length === 0) add('tcp-socket', 'ok', 'no TCP socket without --tlsverify');
  else add('tcp-socket', 'fail', `unauthenticated TCP API: ${tcp.join(', ')}: anyone who reaches it is root on the host, and dockgate sees no user`, 'remove the tcp:// host, or add tlsverify with client certificates (CIS 2.6)');

  // the Docker socket's permissions
  if (sock.ok) {
    try {
      const st = statSync(sock.socket);
      const mode = st.mode & 0o777;
      if ((mode & 0o002) !== 0) add('socket-permissions', 'fail', `${sock.socket} is world-writable (mode ${mode.toString(8)})`, `chmod 660 ${sock.socket} (and fix the unit that creates it)`);
      else if (st.uid !== 0) add('socket-permissions', 'fail', `${sock.socket} is owned by uid ${String(st.uid)}, not root`, `chown root ${sock.socket}`);
      else add('socket-permissions', 'ok', `${sock.socket} mode ${mode.toString(8)}, owner root (everyone in its group is root on the host)`);
    } catch (err) {
      add('socket-permissions', 'skip', `cannot stat ${sock.socket}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  // dockgate itself: its /healthz (fallback state, version, last decision)
  const sockets = opts.pluginSocket !== undefined ? [opts.pluginSocket] : candidateSockets(opts.pluginsDir, opts.plugin);
  let health: Health | undefined;
  let healthError = '';
  for (const s of sockets) {
    try {
      const h = await dockerGet(s, '/healthz');
      if (isRecord(h) && typeof h.status === 'string') {
        health = h;
        break;
      }
    } catch (err) {
      healthError = err instanceof Error ? err.message : String(err);
    }
  }
  if (health === undefined) {
    add('dockgate-health', sockets.length === 0 ? 'warn' : 'fail', sockets.length === 0 ? `no dockgate socket found under ${opts.pluginsDir}` : `dockgate does not answer /healthz (${healthError}): a hung plugin makes every docker command hang`, sockets.length === 0 ? 'pass --plugin-socket PATH (socket plugin: /run/dockgate/dockgate.sock)' : 'kill the plugin process; the daemon (or systemd) restarts it (docs/operations.md, failure states)');
  } else {
    if (health.status === 'ok') add('policy-fallback', 'ok', `dockgate ${health.version ?? ''} decides with its configured policy`);
    else add('policy-fallback', 'fail', `dockgate decides with its ${health.policy?.source ?? 'fallback'} policy: ${health.policy?.fallback?.reason ?? 'the configured policy cannot be loaded'}`, health.policy?.fallback?.fix ?? 'fix the policy file');
    const last = health.lastDecision === null || health.lastDecision === undefined ? undefined : Date.parse(health.lastDecision);
    const active = checks.find((c) => c.id === 'plugin-active')?.state === 'ok';
    // The decision time has millisecond precision, like `asked`.
    if (last !== undefined && asked !== undefined && info !== undefined && last >= asked) add('decisions', 'ok', `dockgate decided this doctor's own GET /info (at ${new Date(last).toISOString()}): it is in the daemon's chain and answering`);
    else if (active && info !== undefined) add('decisions', 'warn', `the daemon's chain holds ${opts.plugin}, but the dockgate that answers /healthz did not decide this doctor's GET /info (last decision: ${last === undefined ? 'none' : new Date(last).toISOString()})`, 'another dockgate instance may answer for the daemon: point --plugin-socket at the one in the chain');
    else if (last === undefined) add('decisions', 'warn', 'no decision since dockgate started: is it in the daemon\'s chain?', 'run docker version; check plugin-active above');
    else if (Date.now() - last > opts.staleAfterSeconds * 1000) add('decisions', 'warn', `the last decision was at ${new Date(last).toISOString()}`, 'if the daemon is busy, dockgate may be out of its chain: check plugin-active');
    else add('decisions', 'ok', `last decision at ${new Date(last).toISOString()}`);
  }
  return checks;
}

export function formatDoctor(checks: readonly DoctorCheck[], format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify({ ok: !checks.some((c) => c.state === 'fail'), checks }, null, 2);
  return checks.map((c) => `${c.state.toUpperCase().padEnd(4)}  ${c.id.padEnd(21)} ${c.message}${c.fix === undefined ? '' : ` -- fix: ${c.fix}`}`).join('\n');
}

export function doctorExitCode(checks: readonly DoctorCheck[]): 0 | 1 {
  return checks.some((c) => c.state === 'fail') ? 1 : 0;
}
