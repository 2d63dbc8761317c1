/**
 * The stand-in daemon of `dockgate check -- run|create|compose ...`: a short-lived Docker API
 * server on a private unix socket that the operator's own docker CLI (or compose) talks to
 * instead of dockerd. It records every request the client sends, exactly as it arrives, and
 * answers just enough for the client to go on: a ping, the version, images that "exist",
 * networks and volumes it remembers, container creates (an ID), inspects and lists that show
 * created containers as running and healthy once started, starts, waits and attaches that end
 * at once. It never acts on the host: nothing runs, nothing is pulled, nothing is written but
 * the socket. Anything else gets a clear error (and is still recorded, and decided).
 *
 * This module only serves and records; deciding is the caller's (src/standin/decide.ts), via
 * the `onRequest` hook, called for each request before it is answered.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** The API version the stand-in advertises: the newest of the daemons dockgate is tested with. */
export const STANDIN_API_VERSION = '1.51';
export const STANDIN_MIN_API_VERSION = '1.24';

/** Bodies are read up to this size; a larger one is recorded as too large (never forwarded). */
export const MAX_READ_BYTES = 16 * 1024 * 1024;

/** One request as the client sent it. */
export interface RecordedRequest {
  readonly seq: number;
  readonly method: string;
  /** The raw request target, as sent (not decoded). */
  readonly uri: string;
  /** Header names and values as sent, in order (Node's rawHeaders, paired). */
  readonly rawHeaders: readonly (readonly [string, string])[];
  /** The body as read; undefined when it exceeded MAX_READ_BYTES. */
  readonly body: Buffer | undefined;
  /** True when the client sent the body chunked (no Content-Length). */
  readonly chunked: boolean;
  /** An upgrade (hijacked) request: attach, exec start, BuildKit's /session and /grpc. */
  readonly upgrade: boolean;
}

/** What the stand-in answered, for the report (status only; bodies are the stand-in's own). */
export interface Answer {
  readonly status: number;
  /** Set when the stand-in could not answer what the client asked for. */
  readonly unsupported?: string;
}

export interface StandInContainer {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly networks: readonly string[];
  /** The sequence number of its create request. */
  readonly createdBy: number;
  state: 'created' | 'running' | 'exited';
  readonly hasHealthcheck: boolean;
  readonly cmd: readonly string[];
}

interface NetworkRecord {
  readonly id: string;
  readonly name: string;
  readonly driver: string;
  readonly labels: Readonly<Record<string, string>>;
}

interface VolumeRecord {
  readonly name: string;
  readonly driver: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, string>>;
}

export interface StandInOptions {
  /** Called for each recorded request before it is answered (the caller decides it there). */
  readonly onRequest?: (request: RecordedRequest) => void;
  /** Called after the answer, with the stand-in's container ID for a create. */
  readonly onAnswer?: (request: RecordedRequest, answer: Answer, created: StandInContainer | undefined) => void;
}

const newId = (): string => randomBytes(32).toString('hex');

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [k, val] of Object.entries(v)) if (typeof val === 'string') out[k] = val;
  return out;
}

function parseJson(body: Buffer | undefined): unknown {
  if (!body || body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads a JSON field case-insensitively (the daemon matches keys so; the CLIs write exact names). */
function field(obj: unknown, name: string): unknown {
  if (!isRecord(obj)) return undefined;
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(obj)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** The `filters` query parameter: `{"label":{"a=b":true}}` or the old `{"label":["a=b"]}`. */
function parseFilters(raw: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (raw === null || raw === '') return out;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return out;
  }
  if (!isRecord(v)) return out;
  for (const [k, vals] of Object.entries(v)) {
    if (Array.isArray(vals)) out.set(k, vals.filter((x): x is string => typeof x === 'string'));
    else if (isRecord(vals)) out.set(k, Object.keys(vals).filter((x) => vals[x] === true));
  }
  return out;
}

function labelsMatch(labels: Readonly<Record<string, string>>, wanted: readonly string[] | undefined): boolean {
  for (const w of wanted ?? []) {
    const eq = w.indexOf('=');
    if (eq < 0 ? !(w in labels) : labels[w.slice(0, eq)] !== w.slice(eq + 1)) return false;
  }
  return true;
}

/** Go's time format for a fixed, plausible creation time. */
const CREATED = '2025-01-01T00:00:00.000000000Z';

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** A plausible image for any reference: the stand-in never pulls, so every image "exists". */
function imageJson(ref: string): Record<string, unknown> {
  const id = `sha256:${Buffer.from(ref).toString('hex').padEnd(64, '0').slice(0, 64)}`;
  return {
    Id: id,
    RepoTags: ref.includes('@') ? [] : [ref],
    RepoDigests: [],
    Parent: '',
    Comment: 'dockgate check stand-in image',
    Created: CREATED,
    DockerVersion: '',
    Author: '',
    Config: { Env: [PATH_ENV], Cmd: ['sh'], Entrypoint: null, WorkingDir: '', Labels: null, Volumes: null, ExposedPorts: null, User: '' },
    Architecture: process.arch === 'arm64' ? 'arm64' : 'amd64',
    Os: 'linux',
    Size: 0,
    GraphDriver: { Name: 'overlay2', Data: null },
    RootFS: { Type: 'layers', Layers: [] },
    Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
  };
}

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly handle: (ctx: Ctx, m: RegExpExecArray) => void;
}

interface Ctx {
  readonly req: RecordedRequest;
  readonly url: URL;
  readonly res: ServerResponse;
  readonly json: unknown;
}

export class StandInDaemon {
  readonly containers: StandInContainer[] = [];
  private readonly networks = new Map<string, NetworkRecord>();
  private readonly volumes = new Map<string, VolumeRecord>();
  private readonly server: Server;
  private seq = 0;
  private lastCreated: StandInContainer | undefined;
  readonly recorded: RecordedRequest[] = [];

  constructor(private readonly opts: StandInOptions = {}) {
    for (const name of ['bridge', 'host', 'none']) this.networks.set(name, { id: newId(), name, driver: name === 'bridge' ? 'bridge' : name === 'host' ? 'host' : 'null', labels: {} });
    this.server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
      this.read(req, (recorded) => {
        this.serve(recorded, res);
      });
    });
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
      this.hijack(req, socket);
    });
  }

  /** Listens on `socket`, mode 0600. */
  listen(socket: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(socket, () => {
        this.server.off('error', reject);
        try {
          chmodSync(socket, 0o600);
          resolve();
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => {
        resolve();
      });
      this.server.closeAllConnections();
    });
  }

  private record(req: IncomingMessage, body: Buffer | undefined, upgrade: boolean): RecordedRequest {
    const pairs: [string, string][] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) pairs.push([req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '']);
    const recorded: RecordedRequest = {
      seq: ++this.seq,
      method: req.method ?? 'GET',
      uri: req.url ?? '/',
      rawHeaders: pairs,
      body,
      chunked: req.headers['content-length'] === undefined && req.headers['transfer-encoding'] !== undefined,
      upgrade,
    };
    this.recorded.push(recorded);
    this.opts.onRequest?.(recorded);
    return recorded;
  }

  private read(req: IncomingMessage, then: (r: RecordedRequest) => void): void {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_READ_BYTES) over = true;
      else chunks.push(c);
    });
    req.on('end', () => {
      then(this.record(req, over ? undefined : Buffer.concat(chunks), false));
    });
    req.on('error', () => {
      then(this.record(req, undefined, false));
    });
  }

  /** Attach and the like: a 101, then the stream ends at once (the container printed nothing). */
  private hijack(req: IncomingMessage, socket: Duplex): void {
    const recorded = this.record(req, Buffer.alloc(0), true);
    const path = new URL(recorded.uri, 'http://standin').pathname.replace(/^\/v[\d.]+\//, '/');
    if (/^\/containers\/[^/]+\/attach$/.test(path) || /^\/exec\/[^/]+\/start$/.test(path)) {
      socket.end('HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\n');
      this.opts.onAnswer?.(recorded, { status: 101 }, undefined);
      return;
    }
    const msg = JSON.stringify({ message: `dockgate check: the stand-in daemon does not serve ${recorded.method} ${path} (an upgraded connection); the request was recorded and decided` });
    socket.end(`HTTP/1.1 501 Not Implemented\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(msg)}\r\nConnection: close\r\n\r\n${msg}`);
    this.opts.onAnswer?.(recorded, { status: 501, unsupported: `${recorded.method} ${path}` }, undefined);
  }

  private send(ctx: Ctx, status: number, body?: unknown, extra: Record<string, string> = {}): void {
    const text = body === undefined ? '' : `${JSON.stringify(body)}\n`;
    ctx.res.writeHead(status, {
      'Api-Version': STANDIN_API_VERSION,
      'Docker-Experimental': 'false',
      Ostype: 'linux',
      Server: 'Docker/dockgate-check (linux)',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      'Content-Length': String(Buffer.byteLength(text)),
      ...extra,
    });
    ctx.res.end(ctx.req.method === 'HEAD' ? undefined : text);
  }

  private notFound(ctx: Ctx, what: string): void {
    this.send(ctx, 404, { message: what });
  }

  private findContainer(ref: string): StandInContainer | undefined {
    const name = ref.replace(/^\//, '');
    return this.containers.find((c) => c.id === ref || c.name === name) ?? (/^[0-9a-f]+$/.test(ref) ? this.containers.find((c) => c.id.startsWith(ref)) : undefined);
  }

  private findNetwork(ref: string): NetworkRecord | undefined {
    return this.networks.get(ref) ?? [...this.networks.values()].find((n) => n.id === ref || (/^[0-9a-f]+$/.test(ref) && n.id.startsWith(ref)));
  }

  private containerJson(c: StandInContainer): Record<string, unknown> {
    const running = c.state === 'running';
    return {
      Id: c.id,
      Created: CREATED,
      Path: c.cmd[0] ?? '',
      Args: c.cmd.slice(1),
      State: {
        Status: c.state,
        Running: running,
        Paused: false,
        Restarting: false,
        OOMKilled: false,
        Dead: false,
        Pid: 0,
        ExitCode: 0,
        Error: '',
        StartedAt: running ? CREATED : '0001-01-01T00:00:00Z',
        FinishedAt: '0001-01-01T00:00:00Z',
        ...(c.hasHealthcheck ? { Health: { Status: running ? 'healthy' : 'starting', FailingStreak: 0, Log: [] } } : {}),
      },
      Image: imageJson(c.image).Id,
      Name: `/${c.name}`,
      RestartCount: 0,
      Driver: 'overlay2',
      Platform: 'linux',
      MountLabel: '',
      ProcessLabel: '',
      AppArmorProfile: '',
      HostConfig: { NetworkMode: c.networks[0] ?? 'bridge' },
      Mounts: [],
      Config: { Image: c.image, Labels: c.labels, Cmd: c.cmd, Env: [], Tty: false, OpenStdin: false },
      NetworkSettings: this.networkSettings(c),
    };
  }

  private networkSettings(c: StandInContainer): Record<string, unknown> {
    const networks: Record<string, unknown> = {};
    for (const n of c.networks) {
      const rec = this.findNetwork(n);
      networks[n] = { NetworkID: rec?.id ?? '', EndpointID: '', Gateway: '', IPAddress: '', IPPrefixLen: 0, MacAddress: '', Aliases: null, DNSNames: null };
    }
    return { Networks: networks, Ports: {} };
  }

  private containerSummary(c: StandInContainer): Record<string, unknown> {
    return {
      Id: c.id,
      Names: [`/${c.name}`],
      Image: c.image,
      ImageID: imageJson(c.image).Id,
      Command: c.cmd.join(' '),
      Created: 1735689600,
      Ports: [],
      Labels: c.labels,
      State: c.state,
      Status: c.state === 'running' ? `Up 1 second${c.hasHealthcheck ? ' (healthy)' : ''}` : 'Created',
      HostConfig: { NetworkMode: c.networks[0] ?? 'bridge' },
      NetworkSettings: this.networkSettings(c),
      Mounts: [],
    };
  }

  private networkJson(n: NetworkRecord): Record<string, unknown> {
    return {
      Name: n.name, Id: n.id, Created: CREATED, Scope: 'local', Driver: n.driver, EnableIPv4: true, EnableIPv6: false,
      IPAM: { Driver: 'default', Options: null, Config: [] }, Internal: false, Attachable: false, Ingress: false,
      ConfigFrom: { Network: '' }, ConfigOnly: false, Containers: {}, Options: {}, Labels: n.labels,
    };
  }

  private volumeJson(v: VolumeRecord): Record<string, unknown> {
    return { CreatedAt: CREATED, Driver: v.driver, Labels: v.labels, Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`, Name: v.name, Options: v.options, Scope: 'local' };
  }

  private readonly routes: readonly Route[] = [
    { method: 'GET', pattern: /^\/_ping$/, handle: (ctx) => { this.plain(ctx, 'OK'); } },
    { method: 'HEAD', pattern: /^\/_ping$/, handle: (ctx) => { this.plain(ctx, 'OK'); } },
    {
      method: 'GET', pattern: /^\/version$/, handle: (ctx) => {
        this.send(ctx, 200, {
          Platform: { Name: 'dockgate check stand-in daemon' },
          Components: [{ Name: 'Engine', Version: 'dockgate-check', Details: { ApiVersion: STANDIN_API_VERSION, MinAPIVersion: STANDIN_MIN_API_VERSION, Os: 'linux', Arch: 'amd64' } }],
          Version: '28.5.2', ApiVersion: STANDIN_API_VERSION, MinAPIVersion: STANDIN_MIN_API_VERSION, GitCommit: 'dockgate', GoVersion: 'go1.24',
          Os: 'linux', Arch: process.arch === 'arm64' ? 'arm64' : 'amd64', KernelVersion: '6.1.0', BuildTime: CREATED,
        });
      },
    },
    {
      method: 'GET', pattern: /^\/info$/, handle: (ctx) => {
        this.send(ctx, 200, {
          ID: 'dockgate-check', Containers: this.containers.length, ContainersRunning: 0, ContainersPaused: 0, ContainersStopped: 0, Images: 0,
          Driver: 'overlay2', DriverStatus: [], Plugins: { Volume: ['local'], Network: ['bridge', 'host', 'null'], Authorization: ['dockgate'], Log: ['json-file', 'local'] },
          MemoryLimit: true, SwapLimit: true, CpuCfsPeriod: true, CpuCfsQuota: true, CPUShares: true, CPUSet: true, PidsLimit: true, IPv4Forwarding: true,
          Debug: false, NFd: 0, OomKillDisable: false, NGoroutines: 0, SystemTime: CREATED, LoggingDriver: 'json-file', CgroupDriver: 'systemd', CgroupVersion: '2',
          NEventsListener: 0, KernelVersion: '6.1.0', OperatingSystem: 'dockgate check stand-in daemon', OSVersion: '', OSType: 'linux', Architecture: 'x86_64',
          IndexServerAddress: 'https://index.docker.io/v1/', RegistryConfig: { IndexConfigs: {}, InsecureRegistryCIDRs: [], Mirrors: [] }, NCPU: 1, MemTotal: 1073741824,
          GenericResources: null, DockerRootDir: '/var/lib/docker', HttpProxy: '', HttpsProxy: '', NoProxy: '', Name: 'dockgate-check', Labels: [],
          ExperimentalBuild: false, ServerVersion: '28.5.2', Runtimes: { runc: { path: 'runc' } }, DefaultRuntime: 'runc', Swarm: { LocalNodeState: 'inactive', ControlAvailable: false, NodeID: '', NodeAddr: '' },
          LiveRestoreEnabled: false, Isolation: '', InitBinary: 'docker-init', ContainerdCommit: { ID: '' }, RuncCommit: { ID: '' }, InitCommit: { ID: '' },
          SecurityOptions: ['name=seccomp,profile=builtin', 'name=cgroupns'], Warnings: null,
        });
      },
    },
    { method: 'GET', pattern: /^\/images\/(.+)\/json$/, handle: (ctx, m) => { this.send(ctx, 200, imageJson(decodeURIComponent(m[1] ?? ''))); } },
    {
      // A pull: never done. The answer is the end of a pull stream for an image already present.
      method: 'POST', pattern: /^\/images\/create$/, handle: (ctx) => {
        const from = ctx.url.searchParams.get('fromImage') ?? '';
        const tag = ctx.url.searchParams.get('tag') ?? '';
        const ref = tag === '' ? from : `${from}${tag.startsWith('sha256:') ? '@' : ':'}${tag}`;
        const text = `${JSON.stringify({ status: `Status: Image is up to date for ${ref} (dockgate check: nothing pulled)` })}\n`;
        ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)), 'Api-Version': STANDIN_API_VERSION });
        ctx.res.end(text);
      },
    },
    { method: 'GET', pattern: /^\/images\/json$/, handle: (ctx) => { this.send(ctx, 200, []); } },
    {
      method: 'GET', pattern: /^\/networks$/, handle: (ctx) => {
        const f = parseFilters(ctx.url.searchParams.get('filters'));
        const names = f.get('name');
        const ids = f.get('id');
        const list = [...this.networks.values()].filter((n) =>
          (!names || names.some((x) => n.name.includes(x))) && (!ids || ids.some((x) => n.id.startsWith(x))) && labelsMatch(n.labels, f.get('label')));
        this.send(ctx, 200, list.map((n) => this.networkJson(n)));
      },
    },
    {
      method: 'GET', pattern: /^\/networks\/([^/]+)$/, handle: (ctx, m) => {
        const n = this.findNetwork(decodeURIComponent(m[1] ?? ''));
        if (n) this.send(ctx, 200, this.networkJson(n));
        else this.notFound(ctx, `network ${decodeURIComponent(m[1] ?? '')} not found`);
      },
    },
    {
      method: 'POST', pattern: /^\/networks\/create$/, handle: (ctx) => {
        const name = field(ctx.json, 'Name');
        if (typeof name !== 'string' || name === '') {
          this.send(ctx, 400, { message: 'network name is required' });
          return;
        }
        const driver = field(ctx.json, 'Driver');
        const rec: NetworkRecord = { id: newId(), name, driver: typeof driver === 'string' && driver !== '' ? driver : 'bridge', labels: stringMap(field(ctx.json, 'Labels')) };
        this.networks.set(name, rec);
        this.send(ctx, 201, { Id: rec.id, Warning: '' });
      },
    },
    { method: 'POST', pattern: /^\/networks\/([^/]+)\/(connect|disconnect)$/, handle: (ctx) => { this.send(ctx, 200); } },
    {
      method: 'GET', pattern: /^\/volumes$/, handle: (ctx) => {
        const f = parseFilters(ctx.url.searchParams.get('filters'));
        const names = f.get('name');
        const list = [...this.volumes.values()].filter((v) => (!names || names.some((x) => v.name.includes(x))) && labelsMatch(v.labels, f.get('label')));
        this.send(ctx, 200, { Volumes: list.map((v) => this.volumeJson(v)), Warnings: null });
      },
    },
    {
      method: 'GET', pattern: /^\/volumes\/([^/]+)$/, handle: (ctx, m) => {
        const v = this.volumes.get(decodeURIComponent(m[1] ?? ''));
        if (v) this.send(ctx, 200, this.volumeJson(v));
        else this.notFound(ctx, `get ${decodeURIComponent(m[1] ?? '')}: no such volume`);
      },
    },
    {
      method: 'POST', pattern: /^\/volumes\/create$/, handle: (ctx) => {
        const given = field(ctx.json, 'Name');
        const driver = field(ctx.json, 'Driver');
        const rec: VolumeRecord = {
          name: typeof given === 'string' && given !== '' ? given : newId(),
          driver: typeof driver === 'string' && driver !== '' ? driver : 'local',
          labels: stringMap(field(ctx.json, 'Labels')),
          options: stringMap(field(ctx.json, 'DriverOpts')),
        };
        this.volumes.set(rec.name, rec);
        this.send(ctx, 201, this.volumeJson(rec));
      },
    },
    {
      method: 'GET', pattern: /^\/containers\/json$/, handle: (ctx) => {
        const all = ['1', 'true', 'True'].includes(ctx.url.searchParams.get('all') ?? '');
        const f = parseFilters(ctx.url.searchParams.get('filters'));
        const names = f.get('name');
        const ids = f.get('id');
        const status = f.get('status');
        const list = this.containers.filter((c) =>
          (all || c.state === 'running') && labelsMatch(c.labels, f.get('label')) && (!names || names.some((x) => c.name.includes(x.replace(/^\//, '')))) &&
          (!ids || ids.some((x) => c.id.startsWith(x))) && (!status || status.includes(c.state)));
        this.send(ctx, 200, list.map((c) => this.containerSummary(c)));
      },
    },
    { method: 'POST', pattern: /^\/containers\/create$/, handle: (ctx) => { this.create(ctx); } },
    { method: 'GET', pattern: /^\/containers\/([^/]+)\/json$/, handle: (ctx, m) => { this.withContainer(ctx, m, (c) => { this.send(ctx, 200, this.containerJson(c)); }); } },
    {
      method: 'POST', pattern: /^\/containers\/([^/]+)\/(start|restart|unpause)$/, handle: (ctx, m) => {
        this.withContainer(ctx, m, (c) => {
          c.state = 'running';
          this.send(ctx, 204);
        });
      },
    },
    {
      method: 'POST', pattern: /^\/containers\/([^/]+)\/(stop|kill)$/, handle: (ctx, m) => {
        this.withContainer(ctx, m, (c) => {
          c.state = 'exited';
          this.send(ctx, 204);
        });
      },
    },
    { method: 'POST', pattern: /^\/containers\/([^/]+)\/wait$/, handle: (ctx, m) => { this.withContainer(ctx, m, () => { this.send(ctx, 200, { StatusCode: 0, Error: null }); }); } },
    { method: 'POST', pattern: /^\/containers\/([^/]+)\/resize$/, handle: (ctx, m) => { this.withContainer(ctx, m, () => { this.send(ctx, 200); }); } },
    {
      method: 'DELETE', pattern: /^\/containers\/([^/]+)$/, handle: (ctx, m) => {
        this.withContainer(ctx, m, (c) => {
          c.state = 'exited';
          this.send(ctx, 204);
        });
      },
    },
    {
      // Logs of a container that printed nothing (a multiplexed stream with no frames).
      method: 'GET', pattern: /^\/containers\/([^/]+)\/logs$/, handle: (ctx, m) => {
        this.withContainer(ctx, m, () => {
          ctx.res.writeHead(200, { 'Content-Type': 'application/vnd.docker.multiplexed-stream', 'Content-Length': '0', 'Api-Version': STANDIN_API_VERSION });
          ctx.res.end();
        });
      },
    },
  ];

  private plain(ctx: Ctx, text: string): void {
    ctx.res.writeHead(200, {
      'Api-Version': STANDIN_API_VERSION, 'Builder-Version': '2', 'Docker-Experimental': 'false', Ostype: 'linux', 'Swarm': 'inactive',
      'Cache-Control': 'no-cache, no-store, must-revalidate', Pragma: 'no-cache', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(text.length),
    });
    ctx.res.end(ctx.req.method === 'HEAD' ? undefined : text);
  }

  private withContainer(ctx: Ctx, m: RegExpExecArray, then: (c: StandInContainer) => void): void {
    const ref = decodeURIComponent(m[1] ?? '');
    const c = this.findContainer(ref);
    if (c) then(c);
    else this.notFound(ctx, `No such container: ${ref}`);
  }

  private create(ctx: Ctx): void {
    const body = ctx.json;
    const image = field(body, 'Image');
    if (!isRecord(body) || typeof image !== 'string') {
      this.send(ctx, 400, { message: 'dockgate check: the stand-in daemon could not read this create body (no Image)' });
      return;
    }
    const given = ctx.url.searchParams.get('name');
    const id = newId();
    const name = given !== null && given !== '' ? given.replace(/^\//, '') : `dockgate_check_${id.slice(0, 8)}`;
    const hostConfig = field(body, 'HostConfig');
    const networkMode = field(hostConfig, 'NetworkMode');
    const endpoints = field(field(body, 'NetworkingConfig'), 'EndpointsConfig');
    const networks = isRecord(endpoints) && Object.keys(endpoints).length > 0 ? Object.keys(endpoints) : [typeof networkMode === 'string' && networkMode !== '' ? networkMode : 'bridge'];
    const cmd = field(body, 'Cmd');
    const health = field(field(body, 'Healthcheck'), 'Test');
    const c: StandInContainer = {
      id,
      name,
      image,
      labels: stringMap(field(body, 'Labels')),
      networks,
      createdBy: ctx.req.seq,
      state: 'created',
      hasHealthcheck: Array.isArray(health) && health.length > 0 && health[0] !== 'NONE',
      cmd: Array.isArray(cmd) ? cmd.filter((x): x is string => typeof x === 'string') : typeof cmd === 'string' ? [cmd] : [],
    };
    this.containers.push(c);
    this.lastCreated = c;
    this.send(ctx, 201, { Id: id, Warnings: [] });
  }

  private serve(req: RecordedRequest, res: ServerResponse): void {
    const url = new URL(req.uri, 'http://standin');
    const path = url.pathname.replace(/^\/v[\d.]+\//, '/');
    const ctx: Ctx = { req, url, res, json: parseJson(req.body) };
    this.lastCreated = undefined;
    const route = this.routes.find((r) => r.method === req.method && r.pattern.test(path));
    if (route) {
      route.handle(ctx, route.pattern.exec(path) as RegExpExecArray);
      this.opts.onAnswer?.(req, { status: res.statusCode }, this.lastCreated);
      return;
    }
    const what = `${req.method} ${path}`;
    this.send(ctx, 501, { message: `dockgate check: the stand-in daemon does not serve ${what}; the request was recorded and decided, but the client could not go on` });
    this.opts.onAnswer?.(req, { status: 501, unsupported: what }, undefined);
  }
}
