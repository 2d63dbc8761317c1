/**
 * An envelope sent as the daemon sends it (no Content-Type, no Content-Encoding) is read by
 * body-parser's raw reader and parsed by the plugin; one sent with a JSON Content-Type goes
 * through body-parser's JSON reader. Both must give the same answer and the same log lines,
 * byte for byte (decision ids, timestamps and durations aside), whatever the bytes: the
 * daemon's own envelopes, a byte order mark, bytes that are not UTF-8, not JSON, or nothing.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/audit/logger.js';
import { createApp } from '../../src/protocol/app.js';
import { closeServer, listenUnix } from '../../src/protocol/listen.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { captured } from '../helpers/fixtures.js';
import { postRaw } from '../helpers/plugin-client.js';

const root = new URL('../../', import.meta.url).pathname;
const policy = loadPolicyFile(join(root, 'config/policy.json'));

/** Decision ids, timestamps and durations differ from one request to the next. */
function normalise(text: string): string {
  return text
    .replace(/dg-[0-9a-z]+/g, 'dg-ID')
    .replace(/"timestamp":"[^"]*"/g, '"timestamp":"T"')
    .replace(/"durationUs":\d+/g, '"durationUs":0');
}

const get = captured('ps', 'container.list');
const create = captured('run-compliant', 'container.create');
const privileged = captured('run-privileged', 'container.create');
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** The compliant create, its container name (in the URI) holding bytes that are not UTF-8. */
function notUtf8Name(): Buffer {
  const [head, tail] = JSON.stringify({ ...create, RequestUri: '/v1.41/containers/create?name=NAME' }).split('NAME');
  return Buffer.concat([Buffer.from(head ?? ''), Buffer.from([0x61, 0xc3, 0x28, 0xff, 0xe2, 0x82]), Buffer.from(tail ?? '')]);
}

const BODIES: readonly (readonly [string, string | Buffer])[] = [
  ['the daemon\'s GET /containers/json', `${JSON.stringify(get)}\n`],
  ['a compliant create', `${JSON.stringify(create)}\n`],
  ['a privileged create (denied)', `${JSON.stringify(privileged)}\n`],
  ['the GET after a byte order mark', Buffer.concat([bom, Buffer.from(JSON.stringify(get))])],
  ['a byte order mark alone', bom],
  ['a create whose name is not UTF-8', notUtf8Name()],
  ['raw bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0x52, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
  ['not JSON', 'garbage'],
  ['truncated JSON', '{"RequestMethod":"GET","RequestUri":'],
  ['white space', ' \n'],
  ['an empty body', ''],
  ['{}', '{}'],
  ['null', 'null'],
  ['an array', '[]'],
  ['a string', '"GET"'],
  ['a number', '1'],
];

describe('envelope reader: the daemon\'s (no Content-Type) and body-parser\'s JSON reader agree', () => {
  let dir: string;
  let socket: string;
  let server: Server;
  let lines: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-reader-'));
    socket = join(dir, 'dockgate.sock');
    const sink = new Writable({
      write: (chunk: Buffer, _e, cb) => {
        lines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
        cb();
      },
    });
    // debug: AuthZRes envelopes are read, decoded and logged too.
    server = await listenUnix(createApp({ current: () => policy }, createLogger('debug', sink)), socket);
  });
  after(async () => {
    await closeServer(server, socket);
    rmSync(dir, { recursive: true, force: true });
  });

  async function exchange(path: string, body: string | Buffer, headers: Record<string, string>): Promise<{ reply: string; log: string[] }> {
    lines = [];
    const res = await postRaw(socket, path, body, headers);
    // Lines are written before the answer (the logger's stream is synchronous here).
    return { reply: `${res.status} ${normalise(JSON.stringify(res.json))}`, log: lines.map(normalise) };
  }

  for (const path of ['/AuthZPlugin.AuthZReq', '/AuthZPlugin.AuthZRes']) {
    for (const [name, body] of BODIES) {
      it(`${path}: ${name}`, async () => {
        const daemon = await exchange(path, body, {});
        const json = await exchange(path, body, { 'Content-Type': 'application/json' });
        // Every AuthZReq writes a line (its decision, or why there is none): the comparison is never of two empty logs.
        if (path === '/AuthZPlugin.AuthZReq') expect(daemon.log).to.not.be.empty;
        expect(daemon.reply).to.equal(json.reply);
        expect(daemon.log).to.deep.equal(json.log);
      });
    }
  }

  it('answers a plain allow with the constant reply', async () => {
    const res = await postRaw(socket, '/AuthZPlugin.AuthZReq', `${JSON.stringify(get)}\n`);
    expect(res.status).to.equal(200);
    expect(res.body).to.equal(JSON.stringify({ Allow: true, Msg: '' }));
  });
});
