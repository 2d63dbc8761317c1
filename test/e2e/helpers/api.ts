/**
 * Raw Docker Engine API calls over the daemon's unix socket: node http for ordinary and
 * chunked requests, and a plain socket for request lines node http will not send as-is.
 */
import http from 'node:http';
import { connect } from 'node:net';

export interface ApiResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface ApiRequest {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
  /** Sends the body with Transfer-Encoding: chunked (no Content-Length), in this many pieces. */
  readonly chunks?: number;
  /**
   * Sends `Expect: 100-continue` and the body only when the daemon asks for it. For large
   * bodies: a daemon that answers without reading the body (an AuthZ deny) then closes the
   * connection, and a body still being written would fail with EPIPE before the answer is read.
   */
  readonly expectContinue?: boolean;
  readonly agent?: http.Agent;
  readonly timeoutMs?: number;
}

export function api(socketPath: string, req: ApiRequest): Promise<ApiResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...req.headers };
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
    if (body !== undefined) {
      if (req.chunks === undefined) headers['Content-Length'] = String(body.length);
      else headers['Transfer-Encoding'] = 'chunked';
      if (req.expectContinue === true) headers.Expect = '100-continue';
    }
    let answer: { res: http.IncomingMessage; chunks: Buffer[] } | undefined;
    const done = (): void => {
      if (answer !== undefined) resolve({ status: answer.res.statusCode ?? 0, headers: answer.res.headers, body: Buffer.concat(answer.chunks).toString('utf8') });
    };
    // The daemon may answer (e.g. deny) before reading a large body, then close the
    // connection: the rest of our write then fails (EPIPE), but the answer is complete.
    const failed = (err: Error & { code?: string }): void => {
      if (answer !== undefined && (err.code === 'EPIPE' || err.code === 'ECONNRESET')) done();
      else reject(err);
    };
    const r = http.request({ socketPath, method: req.method ?? 'GET', path: req.path, headers, agent: req.agent ?? false, timeout: req.timeoutMs ?? 60_000 }, (res) => {
      answer = { res, chunks: [] };
      const a = answer;
      res.on('data', (c: Buffer) => a.chunks.push(c));
      res.on('end', () => {
        done();
        r.destroy();
      });
      res.on('error', failed);
    });
    r.on('timeout', () => r.destroy(new Error(`API ${req.method ?? 'GET'} ${req.path} timed out`)));
    r.on('error', failed);
    if (body !== undefined && req.expectContinue === true) {
      r.on('continue', () => r.end(body));
      r.flushHeaders();
      return;
    }
    if (body !== undefined && req.chunks !== undefined) {
      const size = Math.ceil(body.length / req.chunks);
      for (let i = 0; i < body.length; i += size) r.write(body.subarray(i, i + size));
    } else if (body !== undefined) {
      r.write(body);
    }
    r.end();
  });
}

/**
 * Writes `head` (request line and headers, CRLF-separated, without the blank line) and `body`
 * on a fresh connection, with Content-Length and Connection: close added, and parses the reply.
 */
export function rawApi(socketPath: string, head: string, body: string | Buffer = '', timeoutMs = 60_000): Promise<ApiResponse> {
  const payload = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return new Promise((resolve, reject) => {
    const sock = connect(socketPath);
    const chunks: Buffer[] = [];
    sock.setTimeout(timeoutMs, () => sock.destroy(new Error(`raw request timed out: ${head.split('\r\n')[0] ?? ''}`)));
    sock.on('connect', () => {
      sock.write(`${head}\r\nContent-Length: ${payload.length}\r\nConnection: close\r\n\r\n`);
      sock.end(payload);
    });
    let error: Error | undefined;
    sock.on('data', (c: Buffer) => chunks.push(c));
    // an early answer and close make the rest of the write fail: parse what arrived
    sock.on('error', (e) => {
      error = e;
    });
    sock.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      if (m === null) {
        reject(error ?? new Error(`no HTTP response to ${head.split('\r\n')[0] ?? ''}: ${JSON.stringify(text.slice(0, 200))}`));
        return;
      }
      const split = text.indexOf('\r\n\r\n');
      const headers: http.IncomingHttpHeaders = {};
      for (const line of text.slice(0, split).split('\r\n').slice(1)) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
      }
      let rest = split < 0 ? '' : text.slice(split + 4);
      if (/chunked/i.test(headers['transfer-encoding'] ?? '')) rest = dechunk(rest);
      resolve({ status: Number(m[1]), headers, body: rest });
    });
  });
}

function dechunk(text: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const eol = text.indexOf('\r\n', pos);
    if (eol < 0) return out;
    const size = parseInt(text.slice(pos, eol), 16);
    if (!Number.isFinite(size) || size === 0) return out;
    out += text.slice(eol + 2, eol + 2 + size);
    pos = eol + 2 + size + 2;
  }
}
