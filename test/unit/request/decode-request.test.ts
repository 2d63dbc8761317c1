/** The canonical request view, and every way a body can be unseeable or undecodable (each denies). */
import { expect } from 'chai';
import { parseEnvelope } from '../../../src/request/envelope.js';
import { apiRequest, captured, decode, eachSet, fixture } from '../../helpers/fixtures.js';

const codes = (raw: Record<string, unknown>) => decode(raw).problems.map((p) => p.code);

describe('request decoding', () => {
  eachSet((set) => {
    it('reads a real docker run create body into the canonical view', () => {
      const r = decode(captured('run-hardened', 'container.create', set));
      expect(r.operation).to.equal('container.create');
      expect(r.problems).to.deep.equal([]);
      if (r.body.kind !== 'container.create') throw new Error('not a create view');
      expect(r.body.name).to.equal('dg-hardened');
      expect(r.body.config.Image).to.equal('dockgate-test/busybox:1.36');
      expect(r.body.hostConfig.Memory).to.equal(256 * 1024 * 1024);
      expect(r.body.hostConfig.RestartPolicy).to.deep.equal({ Name: 'on-failure', MaximumRetryCount: 5 });
      expect(r.body.hostConfig.CapDrop).to.deep.equal(['ALL']);
      expect(r.body.hostConfig.ReadonlyRootfs).to.equal(true);
    });

    it('reads exec and update bodies', () => {
      const exec = decode(captured('exec-root', 'container.exec', set));
      expect(exec.body.kind === 'container.exec' && [exec.body.container, exec.body.exec.User]).to.deep.equal(['dg-target', 'root']);
      const update = decode(captured('update-memory', 'container.update', set));
      expect(update.body.kind === 'container.update' && update.body.update.Memory).to.equal(128 * 1024 * 1024);
    });
  });

  describe('fails closed on bodies it cannot see or decode', () => {
    const table: [string, Record<string, unknown>, string[]][] = [
      ['create without a body', apiRequest('POST', '/v1.41/containers/create'), ['DG_BODY_MISSING']],
      ['create with an empty body', apiRequest('POST', '/v1.41/containers/create', ''), ['DG_BODY_MISSING']],
      ['create whose body the daemon hid (query ending in /auth)', apiRequest('POST', '/v1.41/containers/create?x=/auth', undefined, { 'Content-Length': '80', 'Content-Type': 'application/json' }), ['DG_BODY_MISSING']],
      ['exec without a body', apiRequest('POST', '/v1.41/containers/c/exec'), ['DG_BODY_MISSING']],
      ['update without a body', apiRequest('POST', '/v1.41/containers/c/update'), ['DG_BODY_MISSING']],
      ['invalid JSON', apiRequest('POST', '/v1.41/containers/create', '{"Image":'), ['DG_BODY_INVALID']],
      ['trailing content after the object', apiRequest('POST', '/v1.41/containers/create', '{"Image":"x"}{"HostConfig":{"Privileged":true}}'), ['DG_BODY_INVALID']],
      ['a JSON array', apiRequest('POST', '/v1.41/containers/create', '[{"Image":"x"}]'), ['DG_BODY_NOT_OBJECT']],
      ['JSON null', apiRequest('POST', '/v1.41/containers/create', 'null'), ['DG_BODY_NOT_OBJECT']],
      ['a string', apiRequest('POST', '/v1.41/containers/c/exec', '"sh"'), ['DG_BODY_NOT_OBJECT']],
      ['a value of the wrong type', apiRequest('POST', '/v1.41/containers/create', '{"Image":"x","HostConfig":{"Memory":"1g"}}'), ['DG_BODY_TYPE']],
      ['service create without a body', apiRequest('POST', '/v1.41/services/create'), ['DG_BODY_MISSING']],
      ['service update whose body the daemon hid', apiRequest('POST', '/v1.41/services/abc/update?version=3', undefined, { 'Content-Type': 'text/plain', 'Content-Length': '400' }), ['DG_BODY_MISSING']],
      ['service rollback without a body', apiRequest('POST', '/v1.41/services/abc/update?version=3&rollback=previous'), ['DG_BODY_MISSING']],
      ['volume create without a body', apiRequest('POST', '/v1.41/volumes/create'), ['DG_BODY_MISSING']],
      ['swarm init without a body', apiRequest('POST', '/v1.41/swarm/init'), ['DG_BODY_MISSING']],
      ['swarm join without a body', apiRequest('POST', '/v1.41/swarm/join'), ['DG_BODY_MISSING']],
      ['a service body of the wrong type', apiRequest('POST', '/v1.41/services/create', '{"TaskTemplate":{"ContainerSpec":{"CapabilityAdd":"SYS_ADMIN"}}}'), ['DG_BODY_TYPE']],
      ['build with an urlencoded body (hidden parameters)', apiRequest('POST', '/v1.41/build?t=x', undefined, { 'Content-Type': 'Application/X-WWW-Form-Urlencoded; charset=utf-8' }), ['DG_FORM_BODY']],
      ['build with a multipart body (hidden parameters)', apiRequest('POST', '/v1.41/build?t=x', undefined, { 'Content-Type': 'multipart/form-data; boundary=x' }), ['DG_FORM_BODY']],
      ['start with a HostConfig body', apiRequest('POST', '/v1.23/containers/c/start', { Privileged: true }), ['DG_START_BODY']],
      ['start with a hidden chunked body', apiRequest('POST', '/v1.23/containers/c/start', undefined, { 'Content-Type': 'application/json' }), ['DG_START_BODY']],
      ['start with a hidden large body', apiRequest('POST', '/v1.23/containers/c/start', undefined, { 'Content-Type': 'application/json', 'Content-Length': '2000000' }), ['DG_START_BODY']],
    ];
    for (const [name, raw, want] of table) {
      it(name, () => {
        expect(codes(raw)).to.deep.equal(want);
      });
    }
    it('invalid base64 is an envelope error', () => {
      expect(parseEnvelope({ RequestMethod: 'POST', RequestUri: '/containers/create', RequestBody: 'not base64!' })).to.deep.equal({ ok: false, reason: 'RequestBody is not valid base64' });
    });
  });

  it('marks ambiguous, or shows the rules, an array that merges into an earlier duplicate', () => {
    // Go decodes the last Binds into the first one's backing array: the "/:/h" slot may survive.
    const r = decode(apiRequest('POST', '/containers/create', '{"HostConfig":{"Binds":["a:/a","/:/h"]},"HostConfig":{"Binds":["b:/b"]},"HostConfig":{"Binds":["c:/c",null]}}'));
    const ambiguous = r.problems.some((p) => p.code === 'DG_BODY_AMBIGUOUS');
    const visible = r.body.kind === 'container.create' && (r.body.hostConfig.Binds ?? []).includes('/:/h');
    expect(ambiguous || visible).to.equal(true);
  });

  eachSet((set) => {
    it('reads swarm service bodies, and a rollback as a rollback', () => {
      const create = decode(captured('service-create-host', 'service.create', set));
      expect(create.problems).to.deep.equal([]);
      if (create.body.kind !== 'service') throw new Error('not a service view');
      expect(create.body).to.include({ action: 'create', service: undefined, rollback: false });
      expect(create.body.spec.TaskTemplate.ContainerSpec?.CapabilityAdd).to.deep.equal(['CAP_SYS_ADMIN']);
      // the CLI sent the host network's ID (25 lower-case alphanumerics), not the name
      expect(create.body.spec.TaskTemplate.Networks?.[0]?.Target).to.match(/^[a-z0-9]{25}$/);
      const updateEnv = captured('service-update', 'service.update', set);
      const serviceId = /\/services\/([a-z0-9]{25})\/update\?/.exec(String(updateEnv.RequestUri))?.[1];
      expect(serviceId, String(updateEnv.RequestUri)).to.be.a('string');
      const update = decode(updateEnv);
      expect(update.body.kind === 'service' && [update.body.action, update.body.service, update.body.rollback]).to.deep.equal(['update', serviceId, false]);
      const rollback = decode(captured('service-rollback', 'service.update', set));
      expect(rollback.body.kind === 'service' && rollback.body.rollback).to.equal(true);
    });

    it('reads volume and swarm init bodies', () => {
      const volume = decode(captured('volume-create-bind', 'volume.create', set));
      expect(volume.body.kind === 'volume.create' && [...(volume.body.volume.DriverOpts ?? [])]).to.deep.equal([['device', '/etc'], ['o', 'bind'], ['type', 'none']]);
      const init = decode(captured('swarm-init', 'swarm.init', set));
      expect(init.body.kind === 'swarm.init' && init.body.init.AdvertiseAddr).to.equal('127.0.0.1');
    });

    it('lets a tar build through (the body is never forwarded, the options are in the query)', () => {
      expect(codes(captured('build-network-host', 'image.build', set))).to.deep.equal([]);
    });

    it('lets a real docker start (Content-Length: 0, no body) through', () => {
      expect(codes(captured('start', 'container.start', set))).to.deep.equal([]);
    });
  });

  it('reads the service rollback flag as r.URL.Query().Get does (first value wins)', () => {
    const first = decode(apiRequest('POST', '/v1.41/services/abc/update?rollback=none&rollback=previous&version=1', { Name: 's' }));
    expect(first.body.kind === 'service' && first.body.rollback).to.equal(false);
  });

  it('reads swarm join bodies', () => {
    const join = decode(apiRequest('POST', '/v1.41/swarm/join', '{"remoteaddrs":["10.0.0.1:2377"],"JoinToken":"t"}'));
    expect(join.body.kind === 'swarm.join' && join.body.join.RemoteAddrs).to.deep.equal(['10.0.0.1:2377']);
  });

  it('lets a tiny start body through (the daemon ignores bodies of 7 bytes or less)', () => {
    expect(codes(apiRequest('POST', '/v1.23/containers/c/start', '{}'))).to.deep.equal([]);
  });

  describe('HostConfig at the top level of a create body (daemons up to 26.x apply it)', () => {
    eachSet((set) => {
      it('decodes it as a daemon up to 26.x does, and denies the ambiguous form', () => {
        for (const id of ['api-create-toplevel', 'api-create-hostconfig-null']) {
          const r = decode(captured(id, 'container.create', set));
          expect(r.problems.map((p) => p.code), id).to.deep.equal(['DG_LEGACY_HOSTCONFIG']);
          expect(r.body.kind === 'container.create' && r.body.hostConfig.Privileged, id).to.equal(true);
        }
      });
      // The plugin cannot tell the daemon's version: the same bytes made a privileged
      // container on 20.10 (set 1.41) and an unprivileged one on 28.5 (sets 1.50, 1.51).
      it(`records what the daemon made of it (${set === '1.41' ? '20.10 applied' : '28.5 ignored'} the top-level fields)`, () => {
        for (const id of ['api-create-toplevel', 'api-create-hostconfig-null']) {
          expect(fixture(id, set).observed?.['inspect.HostConfig']?.Privileged, id).to.equal(set === '1.41');
        }
        expect(fixture('api-create-both', set).observed?.['inspect.HostConfig']?.Memory).to.equal(set === '1.41' ? 67108864 : 0);
      });
    });
    it('fills zero inner Memory from the top level, as the daemon did in api-create-both', () => {
      const r = decode(apiRequest('POST', '/v1.41/containers/create', '{"Image":"x","Cmd":["true"],"HostConfig":{"NetworkMode":"none"},"Memory":67108864,"Privileged":true}'));
      if (r.body.kind !== 'container.create') throw new Error('not a create view');
      expect(r.body.hostConfig).to.include({ Memory: 67108864, Privileged: false, NetworkMode: 'none' });
    });
  });

  eachSet((set) => {
    it('reads the chunked create the daemon forwarded', () => {
      const r = decode(captured('api-create-chunked', 'container.create', set));
      expect(r.body.kind === 'container.create' && r.body.hostConfig.Privileged).to.equal(true);
    });

    it('never carries a user over the unix socket', () => {
      expect(decode(captured('run-compliant', 'container.create', set)).user).to.equal('');
    });
  });
});
