/**
 * The load generator: talks to a plugin the way dockerd's plugin client (Go net/http) does:
 * HTTP/1.1 over the plugin's unix socket, persistent keep-alive connections with one request
 * in flight on each, `POST /AuthZPlugin.AuthZReq` with exactly the daemon's headers (empty
 * Host, Go's User-Agent, Content-Length, the plugin Accept type, and no Content-Type).
 *
 * Requests are pre-encoded and responses parsed with a few byte searches, so the client
 * spends little of the CPU it shares with the process under test (node's http client costs
 * several times more per request and would cap the floor's figure).
 */
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/** The bytes dockerd writes for one plugin call. */
export function encodeRequest(path: string, body: Buffer): Buffer {
  const head = `POST ${path} HTTP/1.1\r\nHost: \r\nUser-Agent: Go-http-client/1.1\r\nContent-Length: ${body.length}\r\nAccept: application/vnd.docker.plugins.v1.2+json\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

export type ReplyCallback = (err: Error | undefined, status: number, body: Buffer) => void;

const CRLFCRLF = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:[ \t]*(\d+)/i;
const CONNECTION_CLOSE = /\r\nconnection:[ \t]*close/i;

/** One keep-alive connection; one request at a time (like a Go transport connection). */
export class Connection {
  private buf: Buffer | undefined;
  private pending: ReplyCallback | undefined;
  private closed = false;

  private constructor(private readonly sock: Socket) {
    sock.setNoDelay(true);
    sock.on('data', (chunk: Buffer) => {
      this.buf = this.buf === undefined ? chunk : Buffer.concat([this.buf, chunk]);
      this.parse();
    });
    const fail = (err?: Error): void => {
      this.closed = true;
      const cb = this.pending;
      this.pending = undefined;
      cb?.(err ?? new Error('connection closed by the server'), 0, Buffer.alloc(0));
    };
    sock.on('error', fail);
    sock.on('close', () => {
      fail();
    });
  }

  static open(path: string): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const sock = connect(path);
      sock.once('connect', () => {
        sock.removeListener('error', reject);
        resolve(new Connection(sock));
      });
      sock.once('error', reject);
    });
  }

  get usable(): boolean {
    return !this.closed;
  }

  send(bytes: Buffer, cb: ReplyCallback): void {
    if (this.pending) throw new Error('a request is already in flight on this connection');
    if (this.closed) {
      cb(new Error('connection is closed'), 0, Buffer.alloc(0));
      return;
    }
    this.pending = cb;
    this.sock.write(bytes);
  }

  private parse(): void {
    const buf = this.buf;
    if (buf === undefined) return;
    const headEnd = buf.indexOf(CRLFCRLF);
    if (headEnd < 0) return;
    const head = buf.toString('latin1', 0, headEnd);
    const m = CONTENT_LENGTH.exec(head);
    if (!m) {
      this.sock.destroy(new Error(`response without Content-Length: ${head.split('\r\n')[0] ?? ''}`));
      return;
    }
    const total = headEnd + 4 + Number(m[1]);
    if (buf.length < total) return;
    const status = Number(head.slice(9, 12));
    const body = buf.subarray(headEnd + 4, total);
    this.buf = buf.length > total ? buf.subarray(total) : undefined;
    const cb = this.pending;
    this.pending = undefined;
    if (CONNECTION_CLOSE.test(head)) this.closed = true;
    cb?.(undefined, status, body);
  }

  close(): void {
    this.closed = true;
    this.sock.destroy();
  }
}

/** One request of a workload: what to send and how to tell a right answer. */
export interface Workload {
  readonly id: string;
  readonly title: string;
  /** Pre-encoded requests, sent in turn. */
  readonly requests: readonly Buffer[];
  /** Size of the API request body the envelope carries (bytes). */
  readonly bodyBytes: number;
  /** Size of the envelope (the plugin request's body). */
  readonly envelopeBytes: number;
  /** Returns a description of what is wrong with the reply to requests[i], or undefined. */
  readonly check: (i: number, status: number, body: Buffer) => string | undefined;
  /**
   * Which of the requests write a decision line (default: every one, all being AuthZReq). An
   * AuthZRes writes none at the default log level.
   */
  readonly logged?: readonly boolean[];
}

/** The decision lines `answered` requests of a workload write (requests are sent in turn from the first). */
export function expectedLines(workload: Workload, answered: number): number {
  const logged = workload.logged;
  if (logged === undefined) return answered;
  let n = 0;
  for (let i = 0; i < Math.min(answered, logged.length); i++) if (logged[i] === true) n += 1 + Math.floor((answered - 1 - i) / logged.length);
  return n;
}

export interface LoadOptions {
  readonly socket: string;
  readonly workload: Workload;
  readonly concurrency: number;
  /** Time-boxed mode: requests during warmup are not measured. */
  readonly warmupMs?: number;
  readonly durationMs?: number;
  /** Count mode: send exactly this many requests (all measured). */
  readonly count?: number;
  /** Called when the measured window opens and closes (to read /proc counters). */
  readonly onWindowStart?: () => void;
  readonly onWindowEnd?: () => void;
}

export interface LoadResult {
  /** Responses received inside the measured window. */
  readonly completed: number;
  /** Every response received, warm-up included. */
  readonly answered: number;
  readonly windowMs: number;
  readonly throughput: number;
  /** Latency (ms) of every request sent inside the window. */
  readonly latencies: Float64Array;
  readonly wrong: number;
  readonly errors: number;
  readonly firstProblem: string | undefined;
  /** The load generator's own CPU time per request (µs), to judge how much it took from the server. */
  readonly clientCpuUsPerRequest: number;
}

/** Closed loop: each connection sends its next request as soon as the previous one is answered. */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const { workload, concurrency } = opts;
  const conns = await Promise.all(Array.from({ length: concurrency }, () => Connection.open(opts.socket)));
  const countMode = opts.count !== undefined;
  const latencies: number[] = [];
  let next = 0;
  let completed = 0;
  let answered = 0;
  let wrong = 0;
  let errors = 0;
  let firstProblem: string | undefined;
  let measuring = countMode;
  let stopped = false;
  let windowStart = 0;
  let windowEnd = 0;
  let cpu0 = process.cpuUsage();
  let active = concurrency;

  return new Promise<LoadResult>((resolve) => {
    const finish = (): void => {
      for (const c of conns) c.close();
      const windowMs = windowEnd - windowStart;
      const cpu = process.cpuUsage(cpu0);
      resolve({
        completed,
        answered,
        windowMs,
        throughput: completed / (windowMs / 1000),
        latencies: Float64Array.from(latencies),
        wrong,
        errors,
        firstProblem,
        clientCpuUsPerRequest: (cpu.user + cpu.system) / Math.max(1, completed),
      });
    };
    const openWindow = (): void => {
      opts.onWindowStart?.();
      cpu0 = process.cpuUsage();
      windowStart = performance.now();
      measuring = true;
    };
    const closeWindow = (): void => {
      windowEnd = performance.now();
      measuring = false;
      stopped = true;
      opts.onWindowEnd?.();
    };

    const issue = (slot: number): void => {
      if (stopped || (countMode && next >= (opts.count ?? 0))) {
        if (--active === 0) {
          if (countMode) closeWindow();
          finish();
        }
        return;
      }
      const conn = conns[slot];
      if (conn === undefined) return;
      const i = next++ % workload.requests.length;
      const bytes = workload.requests[i];
      if (bytes === undefined) return;
      const measured = measuring;
      const sentAt = performance.now();
      const onReply: ReplyCallback = (err, status, body) => {
        const t = performance.now();
        if (err) {
          errors++;
          firstProblem ??= `${workload.id}: ${err.message}`;
          // Reconnect and go on: a closed connection must not end the run.
          void Connection.open(opts.socket).then(
            (c) => {
              conns[slot] = c;
              issue(slot);
            },
            (e: unknown) => {
              firstProblem ??= `${workload.id}: reconnect failed: ${e instanceof Error ? e.message : String(e)}`;
              stopped = true;
              issue(slot);
            },
          );
          return;
        }
        answered++;
        const problem = workload.check(i, status, body);
        if (problem !== undefined) {
          wrong++;
          firstProblem ??= `${workload.id}: ${problem}`;
        }
        if (measuring) completed++;
        if (measured) latencies.push(t - sentAt);
        if (!conn.usable) {
          void Connection.open(opts.socket).then((c) => {
            conns[slot] = c;
            issue(slot);
          });
          return;
        }
        issue(slot);
      };
      conn.send(bytes, onReply);
    };

    if (countMode) {
      openWindow();
    } else {
      setTimeout(openWindow, opts.warmupMs ?? 0);
      setTimeout(closeWindow, (opts.warmupMs ?? 0) + (opts.durationMs ?? 1000));
    }
    for (let s = 0; s < concurrency; s++) issue(s);
  });
}
