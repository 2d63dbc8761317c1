/** Log hygiene on the plugin API: what never reaches a log line, deny-only logging, sampling. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createLogger } from '../../src/audit/logger.js';
import { parsePolicy, type Policy } from '../../src/policy/load.js';
import { createApp } from '../../src/protocol/app.js';
import { apiRequest, captured, capturedBody, eachSet } from '../helpers/fixtures.js';

const POLICY_FILE = new URL('../../config/policy.json', import.meta.url).pathname;
const BASE = JSON.parse(readFileSync(POLICY_FILE, 'utf8')) as Record<string, unknown>;

function policyWith(log: Record<string, unknown>): Policy {
  return parsePolicy(JSON.stringify({ ...BASE, log: { level: 'debug', ...log } }), 'test');
}

function harness(policy: Policy) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      cb();
    },
  });
  const app = createApp({ current: () => policy }, createLogger('debug', sink));
  return {
    lines,
    decisions: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'decision'),
    authz: (envelope: unknown) => request(app).post('/AuthZPlugin.AuthZReq').type('text/plain').send(JSON.stringify(envelope)),
    authzRes: (envelope: unknown) => request(app).post('/AuthZPlugin.AuthZRes').type('text/plain').send(JSON.stringify(envelope)),
  };
}

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUDockgateTestCertificateBody0123456789wCgYIKoZIzj0\n-----END CERTIFICATE-----';
const CERT_B64 = 'MIIBszCCAVmgAwIBAgIUDockgateTestCertificateBody0123456789wCgYIKoZIzj0';
const AWS = 'AKIAIOSFODNN7EXAMPLE';

function createEnvelope(patch: (body: Record<string, unknown>) => void, uri = '/v1.41/containers/create?name=x', headers: Record<string, string> = {}) {
  const body = capturedBody('run-env', 'container.create');
  patch(body);
  return apiRequest('POST', uri, body, headers);
}

describe('log hygiene (express app)', () => {
  eachSet((set) => {
    it('never logs Env values of the real run-env fixture, at request or response phase', async () => {
      const h = harness(policyWith({}));
      await h.authz(captured('run-env', 'container.create', set));
      await h.authzRes({ ...captured('run-env', 'container.create', set), ResponseStatusCode: 201 });
      expect(h.decisions()).to.have.length(2);
      expect(h.lines.join('\n')).to.not.include('hunter2').and.not.include('DOCKGATE_FAKE_SECRET=');
    });
  });

  it('never logs label values', async () => {
    const h = harness(policyWith({}));
    await h.authz(createEnvelope((b) => {
      b.Labels = { ...(b.Labels as Record<string, string> | null), 'db.password': 'labelSecretValue1', 'com.example.api-key': 'labelSecretValue2' };
    }));
    expect(h.decisions()).to.have.length(1);
    expect(h.lines.join('\n')).to.not.include('labelSecretValue');
  });

  it('redacts an AWS key in a bind path (the finding is logged, the key is not)', async () => {
    const h = harness(policyWith({}));
    const res = await h.authz(createEnvelope((b) => {
      (b.HostConfig as Record<string, unknown>).Binds = [`/etc/${AWS}:/creds`];
    }));
    expect((res.body as { Allow: boolean }).Allow).to.equal(false);
    const line = h.decisions()[0]!;
    expect(line.decision).to.equal('deny');
    expect(JSON.stringify(line)).to.include('/etc/[redacted]');
    expect(h.lines.join('\n')).to.not.include(AWS);
  });

  it('never logs a PEM block sent in a SecurityOpt seccomp profile', async () => {
    const h = harness(policyWith({}));
    const profile = JSON.stringify({ defaultAction: 'SCMP_ACT_ALLOW', comment: PEM });
    await h.authz(createEnvelope((b) => {
      (b.HostConfig as Record<string, unknown>).SecurityOpt = [`seccomp=${profile}`];
    }));
    expect(h.decisions()).to.have.length(1);
    expect(h.lines.join('\n')).to.not.include('BEGIN CERTIFICATE').and.not.include(CERT_B64);
  });

  it('logs the path without its query (a token in the query never reaches the log)', async () => {
    const h = harness(policyWith({}));
    await h.authz(createEnvelope(() => undefined, '/v1.41/containers/create?name=x&token=abc123secret'));
    const line = h.decisions()[0]!;
    expect(line.path).to.equal('/containers/create');
    expect(h.lines.join('\n')).to.not.include('abc123secret').and.not.include('token=');
  });

  it('never logs registry auth, Authorization headers or peer certificates, even for an invalid envelope', async () => {
    const h = harness(policyWith({}));
    const headers = { 'X-Registry-Auth': 'eyJ1c2VybmFtZSI6InJlZ2lzdHJ5VXNlciIsInBhc3N3b3JkIjoicmVnUGFzcyJ9', Authorization: 'Basic cmVnaXN0cnlVc2VyOnJlZ1Bhc3M=' };
    const valid = { ...apiRequest('POST', '/v1.41/images/create?fromImage=busybox&tag=1.36', undefined, headers), RequestPeerCertificates: [CERT_B64] };
    await h.authz(valid);
    await h.authzRes({ ...valid, ResponseStatusCode: 200 });
    // Invalid envelopes: the warn lines name the problem, never the headers or certificates.
    await h.authz({ ...valid, RequestUri: 42 });
    await h.authz({ ...valid, RequestHeaders: { ...headers, 'X-Bad': 7 } });
    await h.authz({ ...valid, RequestPeerCertificates: CERT_B64 });
    await h.authzRes({ ...valid, RequestUri: 42 });
    const warns = h.lines.filter((l) => l.includes('"envelope-invalid"'));
    expect(warns).to.have.length(4);
    expect(h.decisions()).to.have.length(2);
    const all = h.lines.join('\n');
    for (const secret of [headers['X-Registry-Auth'], 'cmVnaXN0cnlVc2VyOnJlZ1Bhc3M', 'X-Registry-Auth', CERT_B64, 'RequestPeerCertificates":[', 'RequestHeaders":{']) {
      expect(all).to.not.include(secret);
    }
  });

  eachSet((set) => {
    it('deny-only: plain allows are not written; denies and allows with warn findings are', async () => {
      const h = harness(policyWith({ decisions: 'deny-only' }));
      await h.authz(apiRequest('GET', '/v1.41/containers/json'));
      await h.authz(apiRequest('GET', '/v1.41/_ping'));
      // run-env is allowed with warn findings (no read-only rootfs, no pids limit...): written.
      await h.authz(captured('run-env', 'container.create', set));
      await h.authz(captured('run-privileged', 'container.create', set));
      const lines = h.decisions();
      expect(lines.map((l) => [l.decision, l.operation])).to.deep.equal([['allow', 'container.create'], ['deny', 'container.create']]);
      expect((lines[0]!.violations as { action: string }[]).every((v) => v.action === 'warn')).to.equal(true);
    });
  });

  eachSet((set) => {
    it('deny-only still writes would-deny allows in audit mode', async () => {
      const policy = parsePolicy(JSON.stringify({ ...BASE, mode: 'audit', log: { decisions: 'deny-only' } }), 'test');
      const h = harness(policy);
      await h.authz(apiRequest('GET', '/v1.41/containers/json'));
      await h.authz(captured('run-privileged', 'container.create', set));
      expect(h.decisions().map((l) => [l.decision, l.wouldDeny])).to.deep.equal([['allow', true]]);
    });
  });

  eachSet((set) => {
    it('sampleAllow 0.5 writes every 2nd plain allow and every deny', async () => {
      const h = harness(policyWith({ sampleAllow: 0.5 }));
      for (let i = 0; i < 6; i++) await h.authz(apiRequest('GET', '/v1.41/containers/json'));
      await h.authz(captured('run-privileged', 'container.create', set));
      await h.authz(captured('run-privileged', 'container.create', set));
      const lines = h.decisions();
      expect(lines.filter((l) => l.decision === 'allow')).to.have.length(3);
      expect(lines.filter((l) => l.decision === 'deny')).to.have.length(2);
    });
  });

  it('the schema rejects a sampleAllow outside (0, 1] and an unknown decisions value', () => {
    for (const log of [{ sampleAllow: 0 }, { sampleAllow: 1.5 }, { decisions: 'none' }]) {
      expect(() => policyWith(log), JSON.stringify(log)).to.throw(/invalid policy/);
    }
  });
});
