/** The plugin API in process (supertest): what the daemon sends, and what it must get back. */
import { expect } from 'chai';
import { ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createLogger } from '../../src/audit/logger.js';
import { createApp } from '../../src/protocol/app.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import { apiRequest, captured, eachSet, fixture } from '../helpers/fixtures.js';

const policy = loadPolicyFile(new URL('../../config/policy.json', import.meta.url).pathname);
let logged: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, cb) {
    logged.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    cb();
  },
});
const app = createApp({ current: () => policy }, createLogger('debug', sink));

function authz(envelope: unknown) {
  return request(app).post('/AuthZPlugin.AuthZReq').type('text/plain').send(JSON.stringify(envelope));
}

describe('plugin API (the daemon endpoints, in process)', () => {
  beforeEach(() => {
    logged = [];
  });

  it('answers Plugin.Activate with an empty body and no Content-Type', async () => {
    const res = await request(app).post('/Plugin.Activate');
    expect(res.status).to.equal(200);
    expect(res.text).to.equal('{"Implements":["authz"]}');
  });

  eachSet((set) => {
    it('denies docker run --privileged with Allow:false on HTTP 200', async () => {
      const res = await authz(captured('run-privileged', 'container.create', set));
      expect(res.status).to.equal(200);
      const body = res.body as { Allow: unknown; Msg: unknown };
      expect(body).to.have.all.keys('Allow', 'Msg');
      expect(body.Allow).to.equal(false);
      // The decision id (dg-...) ends the message; the same id is in the decision line.
      expect(body.Msg).to.match(/^dockgate denied container create: \[privileged\] HostConfig\.Privileged=true \(CIS 5\.5\): drop --privileged, add only the capabilities you need with --cap-add \(compose: remove privileged: true, use cap_add\) \(decision dg-[0-9a-z]{13,}\)$/);
      expect(res.body).to.not.have.property('Err');
    });

    it('allows every request of a compliant docker run', async () => {
      for (const env of fixture('run-compliant', set).requests) {
        const res = await authz(env);
        expect(res.body, String(env.RequestUri)).to.deep.equal({ Allow: true, Msg: '' });
      }
    });

    it('allows AuthZRes (the action already happened) and logs it', async () => {
      const res = await request(app).post('/AuthZPlugin.AuthZRes').send({ ...captured('run-privileged', 'container.create', set), ResponseStatusCode: 201 });
      expect(res.body).to.deep.equal({ Allow: true, Msg: '' });
      const line = logged.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.phase === 'response');
      expect(line).to.include({ event: 'decision', message: 'response', level: 'debug', statusCode: 201 });
    });
  });

  describe('an answer that cannot be written closes that connection and nothing else', () => {
    for (const [name, size] of [['small envelope', 0], ['envelope decided in steps (> 256 KiB)', 300 * 1024]] as const) {
      it(name, async () => {
        const body = JSON.stringify({ Image: 'x', HostConfig: { Privileged: true }, Labels: { pad: 'y'.repeat(size) } });
        // eslint-disable-next-line @typescript-eslint/unbound-method -- put back below, and called with its own `this`
        const original = ServerResponse.prototype.writeHead;
        let thrown = 0;
        ServerResponse.prototype.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
          if (thrown === 0) {
            thrown += 1;
            throw new Error('injected writeHead failure');
          }
          return original.apply(this, args);
        } as ServerResponse['writeHead'];
        try {
          const failed = await authz(apiRequest('POST', '/v1.41/containers/create', body)).timeout(5000).then(() => 'answered', (err: unknown) => (err instanceof Error ? err.message : String(err)));
          expect(thrown).to.equal(1);
          expect(failed).to.not.equal('answered');
        } finally {
          ServerResponse.prototype.writeHead = original;
        }
        const res = await authz(apiRequest('POST', '/v1.41/containers/create', body));
        expect(res.body).to.have.property('Allow', false);
      });
    }
  });

  eachSet((set) => {
    it('writes one JSON decision line without Env values or the body', async () => {
      await authz(captured('run-env', 'container.create', set));
      const lines = logged.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'decision');
      expect(lines).to.have.length(1);
      const line = lines[0]!;
      expect(line).to.include({ decision: 'allow', operation: 'container.create', method: 'POST', path: '/containers/create', image: 'dockgate-test/busybox:1.36', user: '' });
      expect(line.durationUs).to.be.a('number');
      expect(line.decisionId).to.match(/^dg-[0-9a-z]{13,}$/);
      expect(logged.join('\n')).to.not.include('hunter2').and.not.include('DOCKGATE_FAKE_SECRET').and.not.include('RequestBody');
    });
  });

  describe('fails closed on garbage envelopes, and keeps answering', () => {
    const table: [string, string][] = [
      ['not JSON', '{"RequestMethod":'],
      ['a JSON array', '[]'],
      ['a JSON string', '"x"'],
      ['no RequestUri', '{"RequestMethod":"POST"}'],
      ['RequestUri of the wrong type', '{"RequestMethod":"POST","RequestUri":42}'],
      ['invalid base64 body', '{"RequestMethod":"POST","RequestUri":"/containers/create","RequestBody":"%%%"}'],
      ['headers of the wrong type', '{"RequestMethod":"GET","RequestUri":"/_ping","RequestHeaders":[1]}'],
      ['empty body', ''],
    ];
    for (const [name, body] of table) {
      it(name, async () => {
        const res = await request(app).post('/AuthZPlugin.AuthZReq').type('text/plain').send(body);
        expect(res.status).to.equal(200);
        expect(res.body).to.have.property('Allow', false);
        // an empty body is the daemon's retry after a plugin restart (DG_ENVELOPE_EMPTY: run the command again)
        const msg = (res.body as { Msg: string }).Msg;
        expect(msg).to.match(name === 'empty body' ? /^dockgate denied request: \[DG_ENVELOPE_EMPTY\].*run the command again/ : /^dockgate denied request: \[DG_(ENVELOPE_INVALID|BODY_TOO_LARGE)\]/);
        // its decision id, also in the warn line that says why
        const id = / \(decision (dg-[0-9a-z]{13,})\)$/.exec(msg)?.[1];
        expect(id, msg).to.be.a('string');
        expect(logged.some((l) => (JSON.parse(l) as { decisionId?: string }).decisionId === id), 'the log line with the id').to.equal(true);
        // liveness probe: any allowed request does (the 1.41 set's)
        const ok = await authz(captured('run-compliant', 'container.create'));
        expect(ok.body).to.deep.equal({ Allow: true, Msg: '' });
      });
    }
  });

  it('denies a create whose envelope is over the size limit with a 413-style message', async () => {
    const big = apiRequest('POST', '/v1.41/containers/create', { Image: 'x', Pad: 'x'.repeat(7 * 1024 * 1024) });
    const res = await authz(big);
    expect(res.status).to.equal(200);
    expect(res.body).to.have.property('Allow', false);
    expect((res.body as { Msg: string }).Msg).to.include('[DG_BODY_TOO_LARGE]');
  });

  it('decides a 4 MiB create body', async () => {
    const body = JSON.stringify({ Image: 'x', HostConfig: { Memory: 1 << 26 }, Labels: { pad: 'y'.repeat(4 * 1024 * 1024 - 100) } });
    const res = await authz(apiRequest('POST', '/v1.41/containers/create', body));
    expect(res.body).to.deep.equal({ Allow: true, Msg: '' });
  });

  it('answers other paths with 404 JSON', async () => {
    const res = await request(app).get('/whatever');
    expect(res.status).to.equal(404);
    expect(res.body).to.have.property('Err');
    expect((await request(app).get('/AuthZPlugin.AuthZReq')).status).to.equal(404);
  });
});
