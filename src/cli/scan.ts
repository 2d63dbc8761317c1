/**
 * `dockgate scan`: the "what breaks if we enforce" report. Lists every container of a daemon
 * (GET /containers/json?all=1), inspects each, rebuilds the create request it was made from
 * (Config + HostConfig + ?name=), decides it with the policy as a `container.create`, and
 * reports the ones the policy would deny. Unix sockets only; node:http, no Docker SDK.
 */
import { request } from 'node:http';
import { decide } from '../engine/decide.js';
import { loadPolicyFile, type Policy } from '../policy/load.js';
import { DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS } from '../rules/systempaths-unconfined.js';
import { buildEnvelope, type CheckOutput } from './check.js';

export const DEFAULT_DOCKER_SOCKET = '/var/run/docker.sock';
const API_VERSION = 'v1.41';
const TIMEOUT_MS = 30_000;

export interface ScanOptions {
  readonly policy: string;
  readonly format: 'table' | 'json';
  /** `--host`; else DOCKER_HOST (unix:// only); else /var/run/docker.sock. */
  readonly host: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface ScanViolation {
  readonly rule: string;
  readonly action: string;
  readonly field: string;
  readonly found: string;
  readonly exemptedBy?: string;
}

export interface ScanResult {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  /** deny: the policy would deny creating it; warn: allowed with warnings; allow: clean. */
  readonly decision: 'deny' | 'warn' | 'allow';
  readonly violations: readonly ScanViolation[];
}

type Resolved = { readonly ok: true; readonly socket: string } | { readonly ok: false; readonly error: string };

/** The daemon socket to use: --host, else DOCKER_HOST, else the default socket. Only unix://. */
export function resolveDockerSocket(host: string | undefined, env: Readonly<Record<string, string | undefined>>): Resolved {
  const from = host !== undefined && host !== '' ? { value: host, what: '--host' } : env.DOCKER_HOST !== undefined && env.DOCKER_HOST !== '' ? { value: env.DOCKER_HOST, what: 'DOCKER_HOST' } : undefined;
  if (from === undefined) return { ok: true, socket: DEFAULT_DOCKER_SOCKET };
  if (from.value.startsWith('unix://')) {
    const path = from.value.slice('unix://'.length);
    if (path === '') return { ok: false, error: `${from.what} ${from.value}: no socket path` };
    return { ok: true, socket: path };
  }
  if (from.value.startsWith('/')) return { ok: true, socket: from.value };
  return { ok: false, error: `${from.what} ${from.value}: only unix:// sockets are supported (tcp:// and ssh:// are not); use --host unix:///path/to/docker.sock` };
}

/** GET a JSON document from the Docker API over a unix socket. */
export function dockerGet(socket: string, path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: socket, path, method: 'GET', headers: { Host: 'docker', Accept: 'application/json' }, timeout: TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200) {
          reject(new Error(`GET ${path}: HTTP ${res.statusCode ?? '?'}: ${text.trim().slice(0, 300)}`));
          return;
        }
        try {
          resolve(JSON.parse(text));
        } catch (err) {
          reject(new Error(`GET ${path}: not JSON: ${err instanceof Error ? err.message : String(err)}`));
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path}: no answer in ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (err) => {
      reject(new Error(`cannot reach the Docker API on ${socket}: ${err.message}`));
    });
    req.end();
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface DaemonFacts {
  /** `/info` CgroupVersion: on "1" the daemon's default cgroup namespace is the host's. */
  readonly cgroupVersion: string | undefined;
  /**
   * `/version` ApiVersion: the version a docker CLI as new as the daemon creates containers at,
   * and so the one each container is decided at (what the daemon does with a request can depend
   * on it, e.g. whether `:ro` is read-only all the way down). Without it: 1.41.
   */
  readonly apiVersion?: string;
}

/** The daemon's ApiVersion from its `/version` answer, when it is one dockgate can put in a path. */
export function apiVersionOf(version: unknown): string | undefined {
  const v = isRecord(version) ? version.ApiVersion : undefined;
  return typeof v === 'string' && /^1\.\d{1,3}$/.test(v) ? v : undefined;
}

/**
 * The create request a container was made from, rebuilt from its inspect document. Two
 * values the daemon fills in itself at create time are reset to what the CLI sent, or every
 * container would be reported for them: `label=disable` added to SecurityOpt for privileged,
 * host-PID and host-IPC containers (those are reported by their own rules), and
 * CgroupnsMode `host`, the default on cgroup v1 daemons (there an explicit `--cgroupns host`
 * cannot be told from the default, and is not reported). Likewise MaskedPaths and
 * ReadonlyPaths: the daemon stores its own default lists (older daemons' lists lack the paths
 * added later, see LATER_DEFAULTS) into HostConfig when the request left them null; such a
 * list is read back as null. Any other list is decided as it is.
 */
/** Default masked paths added by later daemons: 20.10's list has neither. */
const LATER_DEFAULTS = new Set(['/proc/interrupts', '/sys/devices/virtual/powercap']);

/** True when `list` is the daemon's default list of some version (the defaults, maybe without the later ones). */
function isDaemonDefault(list: unknown, defaults: readonly string[]): boolean {
  if (!Array.isArray(list) || list.length === 0) return false;
  const items = new Set(list as unknown[]);
  if (items.size !== list.length) return false;
  for (const p of items) if (typeof p !== 'string' || !defaults.includes(p)) return false;
  return defaults.every((p) => items.has(p) || LATER_DEFAULTS.has(p));
}

export function createFromInspect(inspect: Record<string, unknown>, facts: DaemonFacts): { body: Record<string, unknown>; name: string; uri: string } {
  const config = isRecord(inspect.Config) ? { ...inspect.Config } : {};
  const hostConfig = isRecord(inspect.HostConfig) ? { ...inspect.HostConfig } : {};
  const name = typeof inspect.Name === 'string' ? inspect.Name.replace(/^\//, '') : '';
  const sharesHost = hostConfig.Privileged === true || hostConfig.PidMode === 'host' || hostConfig.IpcMode === 'host';
  if (sharesHost && Array.isArray(hostConfig.SecurityOpt)) {
    const opts = (hostConfig.SecurityOpt as unknown[]).filter((o) => o !== 'label=disable');
    hostConfig.SecurityOpt = opts.length > 0 ? opts : null;
  }
  if (facts.cgroupVersion === '1' && hostConfig.CgroupnsMode === 'host') hostConfig.CgroupnsMode = '';
  if (isDaemonDefault(hostConfig.MaskedPaths, DEFAULT_MASKED_PATHS)) hostConfig.MaskedPaths = null;
  if (isDaemonDefault(hostConfig.ReadonlyPaths, DEFAULT_READONLY_PATHS)) hostConfig.ReadonlyPaths = null;
  return {
    body: { ...config, HostConfig: hostConfig },
    name,
    uri: `/${facts.apiVersion === undefined ? API_VERSION : `v${facts.apiVersion}`}/containers/create${name === '' ? '' : `?name=${encodeURIComponent(name)}`}`,
  };
}

export function decideContainer(inspect: Record<string, unknown>, policy: Policy, facts: DaemonFacts): ScanResult {
  const { body, name, uri } = createFromInspect(inspect, facts);
  const id = typeof inspect.Id === 'string' ? inspect.Id : '';
  const image = typeof body.Image === 'string' ? body.Image : '';
  const outcome = decide(buildEnvelope(JSON.stringify(body), uri, 'POST', ''), policy);
  if (!outcome.ok) throw outcome.refusal === 'internal-error' ? outcome.error : new Error(`container ${name}: ${outcome.reason}`);
  const decision = outcome.decision;
  const violations: ScanViolation[] = [
    ...decision.problems.map((p) => ({ rule: p.code, action: 'deny', field: '', found: p.detail })),
    ...decision.violations.map((v) => ({
      rule: v.rule, action: v.action, field: v.finding.field, found: v.finding.found, ...(v.exemptedBy !== undefined ? { exemptedBy: v.exemptedBy } : {}),
    })),
  ];
  const warned = decision.violations.some((v) => v.exemptedBy === undefined);
  return { id, name, image, decision: decision.wouldDeny ? 'deny' : warned ? 'warn' : 'allow', violations };
}

function table(results: readonly ScanResult[], mode: Policy['mode']): string {
  const rows = results.map((r) => {
    const denies = r.violations.filter((v) => v.action === 'deny' && v.exemptedBy === undefined).map((v) => v.rule);
    const warns = r.violations.filter((v) => v.action === 'warn' && v.exemptedBy === undefined).map((v) => v.rule);
    const rules = [denies.join(','), warns.length > 0 ? `warn: ${warns.join(',')}` : ''].filter((s) => s !== '').join('  ');
    return [r.name, r.image, r.decision.toUpperCase(), rules === '' ? '-' : rules];
  });
  const head = ['CONTAINER', 'IMAGE', 'DECISION', 'RULES'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  const denied = results.filter((r) => r.decision === 'deny').length;
  // The policy's mode changes what the plugin enforces, not what would be denied: in audit mode the
  // same containers break on the day the policy is switched to enforce.
  const audit = mode === 'audit' && denied > 0 ? ' (the policy is in audit mode: the plugin lets them through and logs them now; they are denied once it enforces)' : '';
  return [line(head), ...rows.map(line), '', `${results.length} container(s), ${denied} would be denied by the policy${audit}`].join('\n');
}

export async function runScan(opts: ScanOptions): Promise<CheckOutput> {
  let policy: Policy;
  try {
    policy = loadPolicyFile(opts.policy);
  } catch (err) {
    return { exitCode: 2, text: `dockgate scan: ${err instanceof Error ? err.message : String(err)}` };
  }
  const where = resolveDockerSocket(opts.host, opts.env ?? process.env);
  if (!where.ok) return { exitCode: 2, text: `dockgate scan: ${where.error}` };
  const results: ScanResult[] = [];
  try {
    const info = await dockerGet(where.socket, '/info');
    const apiVersion = apiVersionOf(await dockerGet(where.socket, '/version'));
    const cgroupVersion = isRecord(info) && typeof info.CgroupVersion === 'string' ? info.CgroupVersion : undefined;
    const facts: DaemonFacts = apiVersion === undefined ? { cgroupVersion } : { cgroupVersion, apiVersion };
    const list = await dockerGet(where.socket, '/containers/json?all=1');
    if (!Array.isArray(list)) throw new Error('GET /containers/json: not a JSON array');
    for (const item of list as unknown[]) {
      if (!isRecord(item) || typeof item.Id !== 'string') throw new Error('GET /containers/json: an entry has no Id');
      let inspect: unknown;
      try {
        inspect = await dockerGet(where.socket, `/containers/${encodeURIComponent(item.Id)}/json`);
      } catch (err) {
        // removed between the list and the inspect
        if (err instanceof Error && /HTTP 404/.test(err.message)) continue;
        throw err;
      }
      if (!isRecord(inspect)) throw new Error(`GET /containers/${item.Id}/json: not a JSON object`);
      results.push(decideContainer(inspect, policy, facts));
    }
  } catch (err) {
    return { exitCode: 2, text: `dockgate scan: ${err instanceof Error ? err.message : String(err)}` };
  }
  results.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const anyDenied = results.some((r) => r.decision === 'deny');
  const text = opts.format === 'json'
    ? JSON.stringify(results.map((r) => ({ id: r.id, name: r.name, image: r.image, decision: r.decision, violations: r.violations })), null, 2)
    : table(results, policy.mode);
  // Exit 1 when any container would be denied, whatever the policy's mode: scan answers "what
  // breaks when we enforce", and a rollout script must not read an audit policy as all clear.
  return { exitCode: anyDenied ? 1 : 0, text };
}
