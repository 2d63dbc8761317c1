/**
 * Large envelopes (over OFF_THREAD_BYTES, sent as the daemon sends them: no Content-Type) are read
 * and decoded on a worker thread (engine/decide.ts decideOffThread). Each case is sent twice to
 * the same plugin: with a Content-Type, which keeps it on the main thread, and without; the
 * answers and the log lines must be the same, but for the decision id and the timings.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/audit/logger.js';
import { createApp, OFF_THREAD_BYTES } from '../../src/protocol/app.js';
import { closeServer, listenUnix } from '../../src/protocol/listen.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { Metrics } from '../../src/protocol/metrics.js';
import { ResponseTracker } from '../../src/protocol/track.js';
import { DecodeWorker } from '../../src/request/offload.js';
import { apiRequest, captured } from '../helpers/fixtures.js';

const policy = loadPolicyFile(new URL('../../config/policy.json', import.meta.url).pathname);

interface Plugin {
  readonly socket: string;
  readonly lines: string[];
  readonly worker: DecodeWorker;
  close(): Promise<void>;
}

async function start(worker = new DecodeWorker()): Promise<Plugin> {
  const dir = mkdtempSync(join(tmpdir(), 'dockgate-offload-'));
  const socket = join(dir, 'dg.sock');
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  const server: Server = await listenUnix(createApp({ current: () => policy }, createLogger('debug', sink), new Metrics(), new ResponseTracker(), worker), socket);
  return {
    socket,
    lines,
    worker,
    async close() {
      await closeServer(server, socket, 2000);
      await worker.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function post(socket: string, path: string, body: Buffer, contentType: string | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Length': String(body.length) };
    if (contentType !== undefined) headers['Content-Type'] = contentType;
    const req = httpRequest({ socketPath: socket, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** What may differ between two decisions of the same envelope: ids, times and durations. */
function comparable(text: string): string {
  return text.replace(/dg-[0-9a-z]{13,}/g, 'dg-ID').replace(/"timestamp":"[^"]*"/g, '"timestamp":"T"').replace(/"durationUs":\d+/g, '"durationUs":0');
}

/** The envelope bytes, padded with white space past OFF_THREAD_BYTES when shorter. */
function large(envelope: unknown): Buffer {
  const text = typeof envelope === 'string' ? envelope : JSON.stringify(envelope);
  return Buffer.from(text.length > OFF_THREAD_BYTES ? text : `${text}${' '.repeat(OFF_THREAD_BYTES + 1 - text.length)}`);
}

function labels(n: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) out[`bench.pad.${String(i).padStart(6, '0')}`] = 'x'.repeat(40);
  return out;
}

describe('large envelopes decided off the main thread', () => {
  let plugin: Plugin;
  before(async () => {
    plugin = await start();
  });
  after(() => plugin.close());

  /** Sends `bytes` in-thread then off-thread; returns both answers and the lines each wrote. */
  async function both(path: string, bytes: Buffer): Promise<{ answers: string[]; lines: string[][] }> {
    const answers: string[] = [];
    const lines: string[][] = [];
    for (const contentType of ['text/plain', undefined]) {
      plugin.lines.length = 0;
      answers.push(comparable(await post(plugin.socket, path, bytes, contentType)));
      lines.push(plugin.lines.map(comparable));
    }
    expect(plugin.worker.running(), 'the worker decoded the second one').to.equal(true);
    return { answers, lines };
  }

  const privileged = captured('run-privileged', 'container.create');
  const body = (raw: unknown): string => Buffer.from(JSON.stringify(raw)).toString('base64');
  const cases: [string, Buffer, RegExp][] = [
    ['a 4 MiB create of 67,000 labels (allowed)', large(apiRequest('POST', '/v1.41/containers/create', JSON.stringify({ Image: 'busybox:1.36', Labels: labels(67_000), HostConfig: { Memory: 1 << 26, NetworkMode: 'none' } }))), /^\{"Allow":true,"Msg":""\}$/],
    ['docker run --privileged (denied, same message)', large(privileged), /\[privileged\] HostConfig\.Privileged=true/],
    ['a privileged create with 20,000 labels', large({ ...privileged, RequestBody: body({ Image: 'x', Labels: labels(20_000), HostConfig: { Privileged: true } }) }), /\[privileged\]/],
    ['bytes that are not JSON', large(`{"RequestMethod":"POST","RequestUri":"/v1.41/containers/create","RequestBody":"${'A'.repeat(OFF_THREAD_BYTES)}`), /the envelope is not valid JSON \(entity\.parse\.failed\)/],
    ['an empty object (the daemon\'s retry)', large('{}'), /\[DG_ENVELOPE_EMPTY\]/],
    ['an envelope without RequestUri', large({ RequestMethod: 'POST', Pad: 'x' }), /\[DG_ENVELOPE_INVALID\] envelope has no RequestUri/],
    ['a body that is not valid JSON', large({ ...privileged, RequestBody: Buffer.from(`{"Image":"${'x'.repeat(OFF_THREAD_BYTES)}`).toString('base64') }), /\[DG_BODY_INVALID\]/],
  ];
  for (const [name, bytes, expected] of cases) {
    it(`answers ${name} as on the main thread, with the same log lines`, async () => {
      const { answers, lines } = await both('/AuthZPlugin.AuthZReq', bytes);
      expect(answers[0]).to.match(expected);
      expect(answers[1]).to.equal(answers[0]);
      expect(lines[0]?.length).to.be.greaterThan(0);
      expect(lines[1]).to.deep.equal(lines[0]);
    });
  }

  it('logs the AuthZRes of a large create as on the main thread', async () => {
    const res = { ...apiRequest('POST', '/v1.41/containers/create', JSON.stringify({ Image: 'x', Labels: labels(10_000), HostConfig: { Memory: 1 << 26, NetworkMode: 'none' } })), ResponseStatusCode: 201 };
    const { answers, lines } = await both('/AuthZPlugin.AuthZRes', large(res));
    expect(answers).to.deep.equal(['{"Allow":true,"Msg":""}', '{"Allow":true,"Msg":""}']);
    expect(lines[0]?.some((l) => l.includes('"phase":"response"'))).to.equal(true);
    expect(lines[1]).to.deep.equal(lines[0]);
  });

  it('decides on the main thread, as before, a request too large to carry back from the worker', async () => {
    const small = await start(new DecodeWorker({ tapeLimits: { maxOps: 1000, maxStrings: 1000 } }));
    try {
      const bytes = large({ ...privileged, RequestBody: body({ Image: 'x', Labels: labels(30_000), HostConfig: { Privileged: true } }) });
      const answers: string[] = [];
      const lines: string[][] = [];
      for (const contentType of ['text/plain', undefined]) {
        small.lines.length = 0;
        answers.push(comparable(await post(small.socket, '/AuthZPlugin.AuthZReq', bytes, contentType)));
        lines.push(small.lines.map(comparable));
      }
      expect(small.worker.running(), 'the worker was asked').to.equal(true);
      expect(answers[0]).to.include('[privileged]');
      expect(answers[1]).to.equal(answers[0]);
      expect(lines[1]).to.deep.equal(lines[0]);
    } finally {
      await small.close();
    }
  });

  it('denies (DG_INTERNAL) when the worker crashes, and goes on deciding', async () => {
    const crashing = await start(new DecodeWorker({ script: new URL('../fixtures/workers/exits.mjs', import.meta.url) }));
    try {
      const answer = JSON.parse(await post(crashing.socket, '/AuthZPlugin.AuthZReq', large(apiRequest('GET', '/v1.41/containers/json')), undefined)) as { Allow: boolean; Msg: string };
      expect(answer.Allow).to.equal(false);
      expect(answer.Msg).to.match(/\[DG_INTERNAL\] internal error: the decoding worker exited \(code 3\)/);
      expect(crashing.lines.some((l) => l.includes('"event":"internal-error"'))).to.equal(true);
      // A small request does not need the worker.
      const small = JSON.parse(await post(crashing.socket, '/AuthZPlugin.AuthZReq', Buffer.from(JSON.stringify(privileged)), undefined)) as { Allow: boolean; Msg: string };
      expect(small.Allow).to.equal(false);
      expect(small.Msg).to.include('[privileged]');
    } finally {
      await crashing.close();
    }
  });
});
