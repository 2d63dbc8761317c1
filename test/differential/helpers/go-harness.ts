/**
 * Builds the Go program in test/differential/go (stdlib only) into a temporary directory and
 * runs it as one long-lived child: one JSON request per line in, one answer per line out, so
 * thousands of bodies are compared in seconds.
 *
 * Without a `go` toolchain the calling suite is marked pending with the reason, unless
 * DOCKGATE_E2E_REQUIRED=1 (CI), where a missing toolchain is a failure.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROUTES } from '../../../src/request/routes.js';

const GO_DIR = new URL('../go/', import.meta.url).pathname;

export interface GoDecodeResult {
  readonly value: unknown;
  readonly syntaxError?: string;
  readonly typeError?: string;
  /** UnmarshalTypeError.Field: dotted JSON field names (no indices, no map keys). */
  readonly typeErrorField?: string;
}

export interface GoRouteResult {
  readonly status: 'bad-request' | 'options-star' | 'redirect' | 'not-found' | 'route';
  readonly error?: string;
  readonly path?: string;
  /** Index into ROUTES, -1 when no route. */
  readonly route: number;
  readonly params?: Record<string, string>;
  readonly version?: string;
  readonly query: [string, string[]][];
  readonly queryError: boolean;
}

interface Answer {
  readonly id: number;
  readonly error?: string;
  readonly v28?: GoDecodeResult;
  readonly v29?: GoDecodeResult;
  readonly shape?: unknown;
  readonly route?: GoRouteResult;
}

export type BodyKind = 'create' | 'update' | 'exec' | 'service' | 'floats';

export interface GoHarness {
  /** Daemon <= 28 decode (StrSlice), and for `create` also the 29+ decode ([]string). */
  decode(kind: BodyKind, body: Uint8Array): Promise<{ v28: GoDecodeResult; v29?: GoDecodeResult }>;
  describe(kind: BodyKind): Promise<unknown>;
  route(method: string, uri: string): Promise<GoRouteResult>;
  close(): Promise<void>;
}

/** Why Go cannot be used here, or undefined when it can. */
export function goUnavailable(): string | undefined {
  const probe = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return `the Go toolchain is not installed (\`go version\` failed: ${probe.error?.message ?? probe.stderr.trim()}); install golang-go`;
  return undefined;
}

function goEnv(cacheDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GOFLAGS: '', GOPROXY: 'off', GOTOOLCHAIN: 'local', GO111MODULE: 'on', GOWORK: 'off' };
  // `go` refuses to run without a build cache; CI may have no HOME.
  const cache = spawnSync('go', ['env', 'GOCACHE'], { encoding: 'utf8', env });
  if (cache.status !== 0 || cache.stdout.trim() === '' || cache.stdout.trim() === 'off') env.GOCACHE = cacheDir;
  return env;
}

/**
 * Call from a mocha `before` hook (function, not arrow): builds and starts the Go program,
 * or skips the suite (pending) with the reason, or fails it when DOCKGATE_E2E_REQUIRED=1.
 */
export async function startGo(ctx: Mocha.Context): Promise<GoHarness> {
  ctx.timeout(180_000);
  const missing = goUnavailable();
  if (missing !== undefined) {
    if (process.env.DOCKGATE_E2E_REQUIRED === '1') throw new Error(`DOCKGATE_E2E_REQUIRED=1: ${missing}`);
    console.log(`      pending: ${missing}`);
    ctx.skip();
  }
  const dir = mkdtempSync(join(tmpdir(), 'dockgate-go-'));
  const bin = join(dir, 'differential');
  const env = goEnv(join(dir, 'gocache'));
  const build = spawnSync('go', ['build', '-o', bin, '.'], { cwd: GO_DIR, env, encoding: 'utf8', timeout: 170_000 });
  if (build.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`go build failed (${build.error?.message ?? `exit ${String(build.status)}`}):\n${build.stderr}`);
  }
  const child: ChildProcessWithoutNullStreams = spawn(bin, [], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const pending = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  let exited: Error | undefined;
  child.once('exit', (code, signal) => {
    exited = new Error(`the Go differential program exited (${String(code ?? signal)}): ${stderr}`);
    for (const p of pending.values()) p.reject(exited);
    pending.clear();
  });
  createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
    const answer = JSON.parse(line) as Answer;
    const p = pending.get(answer.id);
    if (!p) return;
    pending.delete(answer.id);
    if (answer.error !== undefined) p.reject(new Error(`Go: ${answer.error}`));
    else p.resolve(answer);
  });
  let nextId = 1;
  const call = (msg: Record<string, unknown>): Promise<Answer> =>
    new Promise<Answer>((resolve, reject) => {
      if (exited) {
        reject(exited);
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.stdin.write(`${JSON.stringify({ ...msg, id })}\n`);
    });

  await call({
    kind: 'routes',
    routes: ROUTES.map((r) => ({ method: r.method, path: r.path, anyMethodUnversioned: r.anyMethodUnversioned === true })),
  });

  return {
    async decode(kind, body) {
      const a = await call({ kind, body: Buffer.from(body).toString('base64') });
      if (!a.v28) throw new Error('Go gave no decode result');
      return a.v29 ? { v28: a.v28, v29: a.v29 } : { v28: a.v28 };
    },
    async describe(kind) {
      return (await call({ kind: 'describe', target: kind })).shape;
    },
    async route(method, uri) {
      const a = await call({ kind: 'uri', method, uri: Buffer.from(uri, 'utf8').toString('base64') });
      if (!a.route) throw new Error('Go gave no route result');
      return a.route;
    },
    async close() {
      child.stdin.end();
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            child.kill('SIGKILL');
          }, 5000);
          child.once('exit', () => {
            clearTimeout(t);
            resolve();
          });
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * fast-check settings: a fixed seed and a bounded number of runs unless asked otherwise.
 * DOCKGATE_FUZZ_RUNS (runs per property), DOCKGATE_FUZZ_SEED (an integer, or `random`), and
 * DOCKGATE_FUZZ_PATH (the `path` a failure report prints, to replay just that case).
 */
export function fuzzParameters(defaultRuns: number): { numRuns: number; seed: number; endOnFailure: boolean; path?: string } {
  const runsEnv = process.env.DOCKGATE_FUZZ_RUNS;
  const seedEnv = process.env.DOCKGATE_FUZZ_SEED;
  const runs = runsEnv !== undefined && runsEnv !== '' ? Number(runsEnv) : defaultRuns;
  let seed = 0x0d0c6a7e;
  if (seedEnv === 'random') seed = Math.floor(Math.random() * 0x7fffffff);
  else if (seedEnv !== undefined && seedEnv !== '') seed = Number(seedEnv);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`DOCKGATE_FUZZ_RUNS must be a positive integer (got ${String(runsEnv)})`);
  if (!Number.isSafeInteger(seed)) throw new Error(`DOCKGATE_FUZZ_SEED must be an integer or "random" (got ${String(seedEnv)})`);
  const path = process.env.DOCKGATE_FUZZ_PATH;
  return { numRuns: runs, seed, endOnFailure: false, ...(path !== undefined && path !== '' ? { path } : {}) };
}
