/** The envelope dockerd would send for a request the stand-in recorded (moby pkg/authorization; src/standin/envelope.ts says what each field holds). */
import { expect } from 'chai';
import type { RecordedRequest } from '../../../src/standin/daemon.js';
import { canonicalHeader, envelopeOf, FORWARD_LIMIT_BYTES } from '../../../src/standin/envelope.js';
import { decode } from '../../helpers/fixtures.js';

function rec(over: Partial<RecordedRequest> & { headers?: [string, string][] }): RecordedRequest {
  const body = over.body ?? Buffer.from('{"Image":"busybox:1.36","HostConfig":{"Privileged":true}}');
  return {
    seq: 1, method: 'POST', uri: '/v1.51/containers/create?name=x', chunked: false, upgrade: false, body,
    rawHeaders: over.headers ?? [['Host', 'api.moby.localhost'], ['Content-Type', 'application/json'], ['Content-Length', String(body.length)]],
    ...over,
  };
}

describe('stand-in envelope', () => {
  it('canonical header names, as Go writes them', () => {
    const table: [string, string][] = [['content-type', 'Content-Type'], ['X-REGISTRY-AUTH', 'X-Registry-Auth'], ['traceparent', 'Traceparent'], ['user-agent', 'User-Agent'], ['a b', 'a b']];
    for (const [name, want] of table) expect(canonicalHeader(name), name).to.equal(want);
  });

  it('keeps the raw URI and method, one value per header (the last), and drops Host, Transfer-Encoding and credentials', () => {
    const env = envelopeOf(rec({ uri: '/v1.51/containers/%63reate?name=a&name=b', headers: [
      ['Host', 'api.moby.localhost'], ['Content-Type', 'application/json'], ['x-custom', 'one'], ['X-Custom', 'two'],
      ['Authorization', 'Bearer secret'], ['X-Registry-Auth', 'e30='], ['x-registry-config', 'e30='], ['Transfer-Encoding', 'chunked'],
    ] }), { user: '' });
    expect(env.RequestUri).to.equal('/v1.51/containers/%63reate?name=a&name=b');
    expect(env.RequestMethod).to.equal('POST');
    expect(env.RequestHeaders).to.deep.equal({ 'Content-Type': 'application/json', 'X-Custom': 'two' });
    expect(env).to.not.have.any.keys('User', 'UserAuthNMethod');
  });

  it('the TLS user when one is given', () => {
    expect(envelopeOf(rec({}), { user: 'ci-runner' })).to.include({ User: 'ci-runner', UserAuthNMethod: 'TLS' });
  });

  it('forwards a JSON body under 1 MiB, and the plugin decodes it', () => {
    const req = decode(envelopeOf(rec({}), { user: '' }));
    expect(req.operation).to.equal('container.create');
    expect(req.problems).to.deep.equal([]);
  });

  const withheld: [string, Partial<RecordedRequest> & { headers?: [string, string][] }][] = [
    ['a non-JSON Content-Type', { headers: [['Content-Type', 'text/plain']] }],
    ['a JSON type only in a second Content-Type (the daemon reads the first)', { headers: [['Content-Type', 'text/plain'], ['Content-Type', 'application/json']] }],
    ['a chunked body', { chunked: true, headers: [['Content-Type', 'application/json']] }],
    ['a body of 1 MiB', { body: Buffer.concat([Buffer.from('{"Image":"x","Labels":{"a":"'), Buffer.alloc(FORWARD_LIMIT_BYTES, 'a'), Buffer.from('"}}')]) }],
  ];
  for (const [what, over] of withheld) {
    it(`withholds ${what}: the create is denied (DG_BODY_MISSING)`, () => {
      const env = envelopeOf(rec(over), { user: '' });
      expect(env).to.not.have.key('RequestBody');
      expect(decode(env).problems.map((p) => p.code)).to.deep.equal(['DG_BODY_MISSING']);
    });
  }

  it('never forwards a body on a path ending in /auth', () => {
    const env = envelopeOf(rec({ uri: '/v1.51/auth', body: Buffer.from('{"username":"u","password":"p"}') }), { user: '' });
    expect(env).to.not.have.key('RequestBody');
  });
});
