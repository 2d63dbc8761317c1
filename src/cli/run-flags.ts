/**
 * `dockgate check --emulate -- run ...` (the fallback for machines without a docker CLI; by
 * default check runs the real CLI against a stand-in daemon, see check-client.ts): turns `docker run` flags into the container-create body the
 * docker CLI (28.x) sends, with the CLI's defaults and field order (see the captured bodies in
 * test/fixtures/cli/run-*.json). Only the common flags are known; any other flag is an error
 * naming it, never a guess. Pure: no I/O except reading a seccomp profile file, as the CLI does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBytes } from '../rules/lib/bytes.js';
import { ALL, normalizeCapability } from '../rules/lib/capabilities.js';

export interface RunRequest {
  /** The JSON body of POST /containers/create. */
  readonly body: Record<string, unknown>;
  /** `--name`, if given. */
  readonly name: string | undefined;
  /** The request URI, `/v1.41/containers/create` plus `?name=`. */
  readonly uri: string;
}

export type RunFlagsResult = { readonly ok: true; readonly request: RunRequest } | { readonly ok: false; readonly error: string };

export interface RunFlagsEnv {
  /** Reads a `--security-opt seccomp=FILE` profile. */
  readonly readFile?: (path: string) => string;
  /** Values for `-e NAME` without `=` (the CLI takes them from its environment). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
}

export const RUN_API_VERSION = 'v1.41';

class FlagError extends Error {}

type Kind = 'bool' | 'value';

interface FlagDef {
  readonly names: readonly string[];
  readonly kind: Kind;
}

/** The flags understood, with their aliases (long names without `--`, short with `-`). */
const FLAGS: readonly FlagDef[] = [
  { names: ['privileged'], kind: 'bool' },
  { names: ['network', 'net'], kind: 'value' },
  { names: ['security-opt'], kind: 'value' },
  { names: ['memory', '-m'], kind: 'value' },
  { names: ['memory-swap'], kind: 'value' },
  { names: ['restart'], kind: 'value' },
  { names: ['cap-add'], kind: 'value' },
  { names: ['cap-drop'], kind: 'value' },
  { names: ['volume', '-v'], kind: 'value' },
  { names: ['mount'], kind: 'value' },
  { names: ['publish', '-p'], kind: 'value' },
  { names: ['publish-all', '-P'], kind: 'bool' },
  { names: ['expose'], kind: 'value' },
  { names: ['pid'], kind: 'value' },
  { names: ['ipc'], kind: 'value' },
  { names: ['uts'], kind: 'value' },
  { names: ['userns'], kind: 'value' },
  { names: ['cgroupns'], kind: 'value' },
  { names: ['device'], kind: 'value' },
  { names: ['device-cgroup-rule'], kind: 'value' },
  { names: ['cgroup-parent'], kind: 'value' },
  { names: ['volumes-from'], kind: 'value' },
  { names: ['read-only'], kind: 'bool' },
  { names: ['user', '-u'], kind: 'value' },
  { names: ['pids-limit'], kind: 'value' },
  { names: ['health-cmd'], kind: 'value' },
  { names: ['no-healthcheck'], kind: 'bool' },
  { names: ['cpus'], kind: 'value' },
  { names: ['cpu-shares', '-c'], kind: 'value' },
  { names: ['name'], kind: 'value' },
  { names: ['env', '-e'], kind: 'value' },
  { names: ['detach', '-d'], kind: 'bool' },
  { names: ['rm'], kind: 'bool' },
  { names: ['interactive', '-i'], kind: 'bool' },
  { names: ['tty', '-t'], kind: 'bool' },
  { names: ['ulimit'], kind: 'value' },
  { names: ['sysctl'], kind: 'value' },
  { names: ['tmpfs'], kind: 'value' },
  { names: ['entrypoint'], kind: 'value' },
  { names: ['workdir', '-w'], kind: 'value' },
];

const BY_NAME = new Map<string, FlagDef>();
for (const f of FLAGS) for (const n of f.names) BY_NAME.set(n.startsWith('-') ? n : `--${n}`, f);

function canonical(def: FlagDef): string {
  return def.names[0] ?? '';
}

interface Parsed {
  readonly values: Map<string, string[]>;
  readonly image: string;
  readonly cmd: readonly string[];
}

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** pflag: flags until the first positional argument (the image), the rest is the command. */
function splitArgs(argv: readonly string[]): Parsed {
  const values = new Map<string, string[]>();
  const add = (def: FlagDef, v: string): void => {
    const key = canonical(def);
    const list = values.get(key) ?? [];
    list.push(v);
    values.set(key, list);
  };
  const boolValue = (flag: string, v: string): string => {
    if (TRUE.has(v)) return 'true';
    if (FALSE.has(v)) return 'false';
    throw new FlagError(`invalid boolean value for ${flag}`);
  };
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      i += 1;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const flag = eq === -1 ? arg : arg.slice(0, eq);
      const def = BY_NAME.get(flag);
      if (!def || flag.length <= 3) throw new FlagError(`unknown flag: ${flag} (dockgate check -- run knows only the common docker run flags, and does not guess)`);
      if (def.kind === 'bool') {
        add(def, eq === -1 ? 'true' : boolValue(flag, arg.slice(eq + 1)));
      } else if (eq !== -1) {
        add(def, arg.slice(eq + 1));
      } else {
        const v = argv[i + 1];
        if (v === undefined) throw new FlagError(`flag needs an argument: ${flag}`);
        add(def, v);
        i += 1;
      }
      i += 1;
      continue;
    }
    // short flags, possibly combined: -it, -dit, -m64m, -v/a:/b, -e=X
    let j = 1;
    let consumedNext = false;
    while (j < arg.length) {
      const ch = arg.charAt(j);
      const flag = `-${ch}`;
      const def = BY_NAME.get(flag);
      if (!def) throw new FlagError(`unknown shorthand flag: '${ch}' in ${arg.length > 2 ? `-${arg.slice(1, j + 1)}...` : arg}`);
      if (def.kind === 'bool') {
        if (arg.charAt(j + 1) === '=') {
          add(def, boolValue(flag, arg.slice(j + 2)));
          break;
        }
        add(def, 'true');
        j += 1;
        continue;
      }
      let rest = arg.slice(j + 1);
      if (rest.startsWith('=')) rest = rest.slice(1);
      if (rest !== '' || arg.charAt(j + 1) === '=') {
        add(def, rest);
      } else {
        const v = argv[i + 1];
        if (v === undefined) throw new FlagError(`flag needs an argument: '${ch}' in ${flag}`);
        add(def, v);
        consumedNext = true;
      }
      break;
    }
    i += consumedNext ? 2 : 1;
  }
  const image = argv[i];
  if (image === undefined || image === '') throw new FlagError('"docker run" requires at least 1 argument: IMAGE [COMMAND] [ARG...]');
  return { values, image, cmd: argv.slice(i + 1) };
}

/** go-units RAMInBytes: 64m, 1.5g, 512k, 100 (bytes); binary multiples (the one size parser, rules/lib/bytes). */
export function ramInBytes(text: string, flag: string): number {
  const bytes = parseBytes(text);
  if (bytes === undefined) throw new FlagError(`invalid size for ${flag}: '${text}'`);
  return bytes;
}

function intValue(text: string, flag: string): number {
  if (!/^-?\d+$/.test(text)) throw new FlagError(`invalid argument for ${flag}: '${text}' is not an integer`);
  return Number(text);
}

function normalizeCaps(list: readonly string[]): string[] | null {
  if (list.length === 0) return null;
  const caps = new Set<string>();
  for (const raw of list) {
    // the CLI's NormalizeCapability: trimmed, Go's strings.ToUpper, CAP_ prefix, ALL kept (the one capability normaliser)
    if (raw.trim() === '') continue;
    const c = normalizeCapability(raw.trim());
    if (c === ALL) return [ALL];
    caps.add(c);
  }
  return [...caps].sort();
}

interface PortSpec {
  readonly key: string;
  readonly hostIp: string;
  readonly hostPort: string;
}

function splitRange(text: string, flag: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) throw new FlagError(`invalid port '${text}' in ${flag}`);
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  if (b < a || a > 65535 || b > 65535) throw new FlagError(`invalid port range '${text}' in ${flag}`);
  return [a, b];
}

/** nat.ParsePortSpec: [ip:][hostPort:]containerPort[/proto], ranges expanded. */
function parsePublish(spec: string): PortSpec[] {
  let rest = spec;
  let proto = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash !== -1) {
    proto = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
  }
  let ip = '';
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) throw new FlagError(`invalid --publish '${spec}'`);
    ip = rest.slice(1, close);
    rest = rest.slice(close + 1).replace(/^:/, '');
  }
  const parts = rest.split(':');
  let hostPort = '';
  let containerPort: string;
  if (ip === '' && parts.length === 3) {
    ip = parts[0] ?? '';
    hostPort = parts[1] ?? '';
    containerPort = parts[2] ?? '';
  } else if (parts.length === 2) {
    hostPort = parts[0] ?? '';
    containerPort = parts[1] ?? '';
  } else if (parts.length === 1) {
    containerPort = parts[0] ?? '';
  } else {
    throw new FlagError(`invalid --publish '${spec}'`);
  }
  const [c0, c1] = splitRange(containerPort, '--publish');
  const hostRange = hostPort === '' ? undefined : splitRange(hostPort, '--publish');
  if (hostRange && hostRange[1] - hostRange[0] !== c1 - c0 && hostRange[0] !== hostRange[1]) {
    throw new FlagError(`invalid --publish '${spec}': host and container port ranges differ`);
  }
  const out: PortSpec[] = [];
  for (let p = c0; p <= c1; p++) {
    let hp = '';
    if (hostRange) hp = hostRange[0] === hostRange[1] ? String(hostRange[0]) : String(hostRange[0] + (p - c0));
    out.push({ key: `${p}/${proto}`, hostIp: ip, hostPort: hp });
  }
  return out;
}

function parseDevice(spec: string): Record<string, string> {
  const parts = spec.split(':');
  const host = parts[0] ?? '';
  let target = host;
  let perms = 'rwm';
  if (parts.length === 2) {
    const p = parts[1] ?? '';
    if (/^[rwm]{1,3}$/.test(p)) perms = p;
    else target = p;
  } else if (parts.length === 3) {
    target = parts[1] ?? '';
    perms = parts[2] ?? '';
    if (!/^[rwm]{1,3}$/.test(perms)) throw new FlagError(`invalid device mode in --device '${spec}'`);
  } else if (parts.length > 3) {
    throw new FlagError(`invalid --device '${spec}'`);
  }
  if (host === '') throw new FlagError(`invalid --device '${spec}'`);
  return { PathOnHost: host, PathInContainer: target, CgroupPermissions: perms };
}

function parseUlimit(spec: string): Record<string, unknown> {
  const m = /^([a-z]+)=(-?\d+)(?::(-?\d+))?$/.exec(spec);
  if (!m) throw new FlagError(`invalid --ulimit '${spec}' (expected name=soft[:hard])`);
  const soft = Number(m[2]);
  return { Name: m[1], Hard: m[3] === undefined ? soft : Number(m[3]), Soft: soft };
}

/** The CLI's --mount CSV (mounttypes.Mount), keys in the CLI's JSON order. */
function parseMount(spec: string): Record<string, unknown> {
  let type = 'volume';
  let source: string | undefined;
  let target: string | undefined;
  let readOnly = false;
  let propagation: string | undefined;
  let nonRecursive = false;
  let driver: string | undefined;
  const driverOpts: Record<string, string> = {};
  let noCopy = false;
  let tmpfsSize: number | undefined;
  let tmpfsMode: number | undefined;
  for (const field of spec.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq === -1 ? field : field.slice(0, eq)).trim().toLowerCase();
    const value = eq === -1 ? undefined : field.slice(eq + 1);
    const bool = (): boolean => value === undefined || TRUE.has(value);
    switch (key) {
      case 'type': type = value ?? ''; break;
      case 'source': case 'src': source = value ?? ''; break;
      case 'target': case 'dst': case 'destination': target = value ?? ''; break;
      case 'readonly': case 'ro': readOnly = bool(); break;
      case 'bind-propagation': propagation = value ?? ''; break;
      case 'bind-nonrecursive': nonRecursive = bool(); break;
      case 'volume-driver': driver = value ?? ''; break;
      case 'volume-nocopy': noCopy = bool(); break;
      case 'volume-opt': {
        const v = value ?? '';
        const e = v.indexOf('=');
        if (e === -1) throw new FlagError(`invalid volume-opt '${v}' in --mount`);
        driverOpts[v.slice(0, e)] = v.slice(e + 1);
        break;
      }
      case 'tmpfs-size': tmpfsSize = ramInBytes(value ?? '', '--mount tmpfs-size'); break;
      case 'tmpfs-mode': tmpfsMode = Number.parseInt(value ?? '', 8); break;
      default:
        throw new FlagError(`unknown --mount option '${key}' (known: type, source, target, readonly, bind-propagation, bind-nonrecursive, volume-driver, volume-opt, volume-nocopy, tmpfs-size, tmpfs-mode)`);
    }
  }
  if (!['bind', 'volume', 'tmpfs'].includes(type)) throw new FlagError(`unsupported --mount type '${type}'`);
  if (target === undefined || target === '') throw new FlagError(`--mount '${spec}': target is required`);
  const m: Record<string, unknown> = { Type: type };
  if (source !== undefined && source !== '') m.Source = source;
  m.Target = target;
  if (readOnly) m.ReadOnly = true;
  if (type === 'bind' && (propagation !== undefined || nonRecursive)) {
    m.BindOptions = { ...(propagation !== undefined ? { Propagation: propagation } : {}), ...(nonRecursive ? { NonRecursive: true } : {}) };
  }
  if (type === 'volume' && (driver !== undefined || noCopy || Object.keys(driverOpts).length > 0)) {
    const sorted = Object.fromEntries(Object.entries(driverOpts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    m.VolumeOptions = {
      ...(noCopy ? { NoCopy: true } : {}),
      ...(driver !== undefined || Object.keys(sorted).length > 0 ? { DriverConfig: { Name: driver ?? '', ...(Object.keys(sorted).length > 0 ? { Options: sorted } : {}) } } : {}),
    };
  }
  if (type === 'tmpfs' && (tmpfsSize !== undefined || tmpfsMode !== undefined)) {
    m.TmpfsOptions = { ...(tmpfsSize !== undefined ? { SizeBytes: tmpfsSize } : {}), ...(tmpfsMode !== undefined ? { Mode: tmpfsMode } : {}) };
  }
  return m;
}

function endpointSettings(): Record<string, unknown> {
  return {
    IPAMConfig: null, Links: null, Aliases: null, MacAddress: '', DriverOpts: null, GwPriority: 0, NetworkID: '', EndpointID: '',
    Gateway: '', IPAddress: '', IPPrefixLen: 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, DNSNames: null,
  };
}

function build(p: Parsed, env: RunFlagsEnv): RunRequest {
  const all = (flag: string): string[] => p.values.get(flag) ?? [];
  const last = (flag: string): string | undefined => all(flag).at(-1);
  const bool = (flag: string): boolean => last(flag) === 'true';

  const detach = bool('detach');
  const interactive = bool('interactive');
  const tty = bool('tty');

  // ports
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const spec of all('publish')) {
    for (const ps of parsePublish(spec)) {
      exposed[ps.key] = {};
      (bindings[ps.key] ??= []).push({ HostIp: ps.hostIp, HostPort: ps.hostPort });
    }
  }
  for (const spec of all('expose')) {
    const [proto0, proto] = spec.includes('/') ? [spec.slice(0, spec.indexOf('/')), spec.slice(spec.indexOf('/') + 1)] : [spec, 'tcp'];
    const [a, b] = splitRange(proto0, '--expose');
    for (let port = a; port <= b; port++) exposed[`${port}/${proto.toLowerCase()}`] = {};
  }

  // volumes: a source makes it a bind (or named volume) in Binds; otherwise an anonymous volume
  const binds: string[] = [];
  const volumes: Record<string, object> = {};
  for (const spec of all('volume')) {
    const parts = spec.split(':');
    if (parts.length === 1) {
      volumes[spec] = {};
      continue;
    }
    const src = parts[0] ?? '';
    if (src === '') throw new FlagError(`invalid --volume '${spec}': empty source`);
    if (src.startsWith('.')) parts[0] = resolve(env.cwd ?? process.cwd(), src);
    binds.push(parts.join(':'));
  }

  // security options
  let securityOpt: string[] | null = null;
  let systemPathsUnconfined = false;
  if (all('security-opt').length > 0) {
    securityOpt = [];
    for (const opt of all('security-opt')) {
      const sep = opt.includes('=') ? '=' : opt.includes(':') ? ':' : undefined;
      const key = sep === undefined ? opt : opt.slice(0, opt.indexOf(sep));
      const value = sep === undefined ? '' : opt.slice(opt.indexOf(sep) + 1);
      if (key === 'systempaths') {
        if (value !== 'unconfined') throw new FlagError(`invalid --security-opt systempaths=${value}: only "unconfined" is valid`);
        systemPathsUnconfined = true;
        continue;
      }
      if (key === 'seccomp' && value !== 'unconfined' && value !== 'builtin' && sep !== undefined) {
        const read = env.readFile ?? ((f: string) => readFileSync(f, 'utf8'));
        let profile: unknown;
        try {
          profile = JSON.parse(read(resolve(env.cwd ?? process.cwd(), value)));
        } catch (err) {
          throw new FlagError(`--security-opt seccomp=${value}: cannot read the profile: ${err instanceof Error ? err.message : String(err)}`);
        }
        securityOpt.push(`seccomp=${JSON.stringify(profile)}`);
        continue;
      }
      securityOpt.push(opt);
    }
  }

  // restart policy
  let restart = { Name: 'no', MaximumRetryCount: 0 };
  const rp = last('restart');
  if (rp !== undefined && rp !== '') {
    const [nameRaw, countRaw] = rp.split(':', 2) as [string, string | undefined];
    if (!['no', 'always', 'unless-stopped', 'on-failure'].includes(nameRaw)) throw new FlagError(`invalid restart policy '${rp}'`);
    if (countRaw !== undefined && nameRaw !== 'on-failure') throw new FlagError(`invalid restart policy '${rp}': maximum retry count only with on-failure`);
    restart = { Name: nameRaw, MaximumRetryCount: countRaw === undefined ? 0 : intValue(countRaw, '--restart') };
  }
  if (bool('rm') && restart.Name !== 'no') throw new FlagError('conflicting options: cannot specify both --restart and --rm');

  // health
  let healthcheck: Record<string, unknown> | undefined;
  if (bool('no-healthcheck')) {
    if (last('health-cmd') !== undefined) throw new FlagError('--no-healthcheck conflicts with --health-* options');
    healthcheck = { Test: ['NONE'] };
  } else {
    const hc = last('health-cmd');
    if (hc !== undefined && hc !== '') healthcheck = { Test: ['CMD-SHELL', hc] };
  }

  // environment (values are never echoed)
  const envList: string[] = [];
  for (const e of all('env')) {
    if (e.includes('=')) {
      if (e.startsWith('=')) throw new FlagError('invalid environment variable in -e/--env: a name is required');
      envList.push(e);
    } else {
      const v = (env.env ?? process.env)[e];
      envList.push(v === undefined ? e : `${e}=${v}`);
    }
  }

  const ulimits = all('ulimit').map(parseUlimit);
  const sysctls: Record<string, string> = {};
  for (const s of all('sysctl')) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new FlagError(`invalid --sysctl '${s}' (expected name=value)`);
    sysctls[s.slice(0, eq)] = s.slice(eq + 1);
  }
  const tmpfs: Record<string, string> = {};
  for (const t of all('tmpfs')) {
    const colon = t.indexOf(':');
    tmpfs[colon === -1 ? t : t.slice(0, colon)] = colon === -1 ? '' : t.slice(colon + 1);
  }
  const mounts = all('mount').map(parseMount);
  const devices = all('device').map(parseDevice);

  const memory = last('memory');
  const swap = last('memory-swap');
  const cpus = last('cpus');
  let nanoCpus = 0;
  if (cpus !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(cpus)) throw new FlagError(`invalid argument for --cpus: '${cpus}'`);
    nanoCpus = Math.round(Number(cpus) * 1e9);
  }
  const pidsLimit = last('pids-limit');
  const network = last('network') ?? 'default';
  const endpoints: Record<string, unknown> = {};
  if (!['none', 'host'].includes(network) && !network.startsWith('container:')) endpoints[network] = endpointSettings();
  const entrypoint = last('entrypoint');
  const name = last('name');

  const config: Record<string, unknown> = {
    Hostname: '', Domainname: '', User: last('user') ?? '',
    AttachStdin: interactive && !detach, AttachStdout: !detach, AttachStderr: !detach,
  };
  if (Object.keys(exposed).length > 0) config.ExposedPorts = exposed;
  Object.assign(config, {
    Tty: tty, OpenStdin: interactive, StdinOnce: interactive && !detach,
    Env: envList.length > 0 ? envList : null,
    Cmd: p.cmd.length > 0 ? [...p.cmd] : null,
  });
  if (healthcheck) config.Healthcheck = healthcheck;
  Object.assign(config, {
    Image: p.image, Volumes: volumes, WorkingDir: last('workdir') ?? '', Entrypoint: entrypoint === undefined ? null : [entrypoint], OnBuild: null, Labels: {},
  });

  const hostConfig: Record<string, unknown> = {
    Binds: binds.length > 0 ? binds : null, ContainerIDFile: '', LogConfig: { Type: '', Config: {} }, NetworkMode: network,
    PortBindings: bindings, RestartPolicy: restart, AutoRemove: bool('rm'), VolumeDriver: '', VolumesFrom: all('volumes-from').length > 0 ? all('volumes-from') : null, ConsoleSize: [0, 0],
    CapAdd: normalizeCaps(all('cap-add')), CapDrop: normalizeCaps(all('cap-drop')), CgroupnsMode: last('cgroupns') ?? '',
    Dns: [], DnsOptions: [], DnsSearch: [], ExtraHosts: null, GroupAdd: null, IpcMode: last('ipc') ?? '', Cgroup: '', Links: null,
    OomScoreAdj: 0, PidMode: last('pid') ?? '', Privileged: bool('privileged'), PublishAllPorts: bool('publish-all'),
    ReadonlyRootfs: bool('read-only'), SecurityOpt: securityOpt,
  };
  if (Object.keys(tmpfs).length > 0) hostConfig.Tmpfs = tmpfs;
  Object.assign(hostConfig, { UTSMode: last('uts') ?? '', UsernsMode: last('userns') ?? '', ShmSize: 0 });
  if (Object.keys(sysctls).length > 0) hostConfig.Sysctls = sysctls;
  Object.assign(hostConfig, {
    Isolation: '', CpuShares: last('cpu-shares') === undefined ? 0 : intValue(last('cpu-shares') ?? '', '--cpu-shares'),
    Memory: memory === undefined ? 0 : ramInBytes(memory, '--memory'), NanoCpus: nanoCpus, CgroupParent: last('cgroup-parent') ?? '',
    BlkioWeight: 0, BlkioWeightDevice: [], BlkioDeviceReadBps: [], BlkioDeviceWriteBps: [], BlkioDeviceReadIOps: [], BlkioDeviceWriteIOps: [],
    CpuPeriod: 0, CpuQuota: 0, CpuRealtimePeriod: 0, CpuRealtimeRuntime: 0, CpusetCpus: '', CpusetMems: '', Devices: devices,
    DeviceCgroupRules: all('device-cgroup-rule').length > 0 ? all('device-cgroup-rule') : null, DeviceRequests: null, MemoryReservation: 0,
    MemorySwap: swap === undefined ? 0 : swap === '-1' ? -1 : ramInBytes(swap, '--memory-swap'),
    MemorySwappiness: -1, OomKillDisable: false, PidsLimit: pidsLimit === undefined ? 0 : intValue(pidsLimit, '--pids-limit'),
    Ulimits: ulimits, CpuCount: 0, CpuPercent: 0, IOMaximumIOps: 0, IOMaximumBandwidth: 0,
  });
  if (mounts.length > 0) hostConfig.Mounts = mounts;
  Object.assign(hostConfig, { MaskedPaths: systemPathsUnconfined ? [] : null, ReadonlyPaths: systemPathsUnconfined ? [] : null });

  const body = { ...config, HostConfig: hostConfig, NetworkingConfig: { EndpointsConfig: endpoints } };
  const uri = `/${RUN_API_VERSION}/containers/create${name === undefined ? '' : `?name=${encodeURIComponent(name)}`}`;
  return { body, name, uri };
}

/**
 * Parses `docker run` arguments (without the leading `run`; a leading `run` is accepted and
 * skipped) into the create request the docker CLI would send.
 */
export function parseRunFlags(argv: readonly string[], env: RunFlagsEnv = {}): RunFlagsResult {
  const args = argv[0] === 'run' ? argv.slice(1) : argv;
  try {
    return { ok: true, request: build(splitArgs(args), env) };
  } catch (err) {
    if (err instanceof FlagError) return { ok: false, error: err.message };
    throw err;
  }
}
