/**
 * `docker compose up -d` / `down -v` of a web + db project (test/fixtures/capture/compose/compose.yaml)
 * and `docker buildx build`, captured with compose 2.40.3 and buildx 0.29.1 against dockerd 28.5.2
 * (sets 1.50 and 1.51; the 1.41 set has no CLI plugin fixtures: a named exception in NOT_IN_SET).
 * What the router and decoder make of every request, and what the default policy decides.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, type Decision } from '../../../src/engine/engine.js';
import { loadPolicyFile } from '../../../src/policy/load.js';
import type { ContainerCreateView } from '../../../src/request/decode-request.js';
import { setDaemonConfigPath } from '../../../src/host/daemon-config.js';
import { setDetectedPluginIdForTest } from '../../../src/host/self-identity.js';
import { bodyOf, capturedAll, decode, eachSetWith, fixture, type RawEnvelope } from '../../helpers/fixtures.js';

const DEFAULT = loadPolicyFile(new URL('../../../config/policy.json', import.meta.url).pathname);
const decide = (raw: RawEnvelope): Decision => evaluate(decode(raw), DEFAULT);
const findings = (d: Decision): string[] => d.violations.map((v) => `${v.rule}:${v.action}`);

/** Operations that only read (compose polls inspect while it waits for the db to be healthy: their number varies). */
const READS = new Set(['system.ping', 'system.version', 'image.inspect', 'network.inspect', 'network.list', 'volume.inspect', 'container.list', 'container.inspect']);

setDetectedPluginIdForTest(undefined);

function createView(raw: RawEnvelope): ContainerCreateView {
  const r = decode(raw);
  expect(r.problems).to.deep.equal([]);
  if (r.body.kind !== 'container.create') throw new Error(`not a create: ${r.body.kind}`);
  return r.body;
}

describe('docker compose (web + db project dgshop)', () => {
  eachSetWith(['compose-up', 'compose-down'], (set) => {
    const up = fixture('compose-up', set);
    const down = fixture('compose-down', set);
    const createOf = (name: string): RawEnvelope => {
      const found = capturedAll('compose-up', 'container.create', set).find((r) => String(r.RequestUri).endsWith(`?name=${name}`));
      if (!found) throw new Error(`no create of ${name}`);
      return found;
    };

    it('records the plugin, the daemon and the API version compose negotiated on its own', () => {
      expect(up.plugin).to.match(/^docker-compose 2\.40\.3/);
      expect(up.daemon).to.match(/^28\.5\.2/);
      expect(up.exitCode).to.equal(0);
      expect(down.exitCode).to.equal(0);
      // compose 2.40 uses API 1.51 whatever the docker CLI negotiated (1.50 for CLI 28.2)
      expect(up.api).to.equal('1.51');
      expect(up.cliApi).to.equal(set === '1.51' ? undefined : set);
      for (const r of up.requests) expect(String(r.RequestUri)).to.match(/^\/(v1\.51\/|_ping$)/);
    });

    it('up: every request routes to a known operation and decodes without a problem', () => {
      for (const r of [...up.requests, ...down.requests]) {
        const d = decode(r);
        expect(d.operation, String(r.RequestUri)).to.not.match(/^unknown/);
        expect(d.problems, String(r.RequestUri)).to.deep.equal([]);
      }
    });

    it('up: network.create, volume.create, container.create x2 (db, web), container.start x2, besides reads', () => {
      const writes = up.requests.map((r) => decode(r)).filter((d) => !READS.has(d.operation));
      expect(writes.map((d) => d.operation)).to.deep.equal(['network.create', 'volume.create', 'container.create', 'container.create', 'container.start', 'container.start']);
      expect(writes.filter((d) => d.operation === 'container.create').map((d) => d.body.kind === 'container.create' && d.body.name)).to.deep.equal(['dgshop-db-1', 'dgshop-web-1']);
    });

    it('up: the user-defined network and the named volume, labelled by compose (no driver, no driver options)', () => {
      const [net] = capturedAll('compose-up', 'network.create', set);
      expect(bodyOf(net!)).to.deep.include({ Name: 'dgshop_backend', Driver: '', Internal: false, Options: null });
      const [vol] = capturedAll('compose-up', 'volume.create', set);
      const v = decode(vol!);
      if (v.body.kind !== 'volume.create') throw new Error('not a volume create');
      expect(v.body.volume.Name).to.equal('dgshop_dbdata');
      expect(v.body.volume.Driver).to.equal('');
      expect(v.body.volume.DriverOpts).to.equal(null);
      expect(v.body.volume.Labels?.get('com.docker.compose.volume')).to.equal('dbdata');
    });

    it('up: db create: mem_limit 128m, restart on-failure:3, healthcheck, the named volume as a Binds entry, the user network', () => {
      const db = createView(createOf('dgshop-db-1'));
      expect(db.config.Image).to.equal('dockgate-test/busybox:1.36');
      expect(db.config.Healthcheck?.Test).to.deep.equal(['CMD', 'test', '-f', '/var/lib/db/state']);
      expect(db.config.Healthcheck?.Interval).to.equal(1e9);
      expect(db.config.Env).to.equal(null);
      expect(db.hostConfig).to.deep.include({ Memory: 128 * 1024 * 1024, NetworkMode: 'dgshop_backend', Privileged: false, ReadonlyRootfs: false, PidsLimit: null });
      expect(db.hostConfig.RestartPolicy).to.deep.equal({ Name: 'on-failure', MaximumRetryCount: 3 });
      expect(db.hostConfig.Binds).to.deep.equal(['dgshop_dbdata:/var/lib/db:rw']);
      expect(db.hostConfig.Mounts).to.equal(null);
      expect(bodyOf(createOf('dgshop-db-1')).NetworkingConfig).to.have.nested.property('EndpointsConfig.dgshop_backend.Aliases').that.deep.equals(['dgshop-db-1', 'db']);
    });

    it('up: web create: deploy limits (64M, 0.5 CPU, 100 pids), on-failure:5, read-only, no-new-privileges, cap-drop ALL, 127.0.0.1:8080', () => {
      const web = createView(createOf('dgshop-web-1'));
      expect(web.config.Healthcheck?.Test).to.deep.equal(['CMD-SHELL', 'wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1']);
      expect(web.hostConfig).to.deep.include({ Memory: 64 * 1024 * 1024, NanoCpus: 5e8, PidsLimit: 100, ReadonlyRootfs: true, NetworkMode: 'dgshop_backend' });
      expect(web.hostConfig.RestartPolicy).to.deep.equal({ Name: 'on-failure', MaximumRetryCount: 5 });
      expect(web.hostConfig.SecurityOpt).to.deep.equal(['no-new-privileges:true']);
      expect(web.hostConfig.CapDrop).to.deep.equal(['ALL']);
      expect(web.hostConfig.PortBindings?.get('8080/tcp')).to.deep.equal([{ HostIp: '127.0.0.1', HostPort: '8080' }]);
      expect(web.hostConfig.Binds).to.equal(null);
    });

    it('up: starts carry no body (28.5 answers a start body with 400)', () => {
      const starts = capturedAll('compose-up', 'container.start', set);
      expect(starts).to.have.length(2);
      for (const s of starts) {
        expect(s).to.not.have.property('RequestBody');
        expect(s.RequestHeaders).to.not.have.property('Content-Type');
      }
    });

    it('down: stops and removes both containers, then the volume (-v) and the network', () => {
      const ops = down.requests.map((r) => decode(r).operation).filter((op) => !READS.has(op));
      expect(ops.filter((op) => op.startsWith('container.'))).to.deep.equal(['container.stop', 'container.remove', 'container.stop', 'container.remove']);
      // compose removes the volume and the network in parallel: their order varies between runs
      expect(ops.filter((op) => !op.startsWith('container.')).sort()).to.deep.equal(['network.remove', 'volume.remove']);
      expect(capturedAll('compose-down', 'volume.remove', set).map((r) => r.RequestUri)).to.deep.equal(['/v1.51/volumes/dgshop_dbdata?force=1']);
    });

    describe('under the default policy (config/policy.json)', () => {
      it('allows every request of compose up and compose down', () => {
        for (const r of [...up.requests, ...down.requests]) {
          const d = decide(r);
          expect(d.allow, `${String(r.RequestMethod)} ${String(r.RequestUri)}: ${d.msg}`).to.equal(true);
          expect(d.violations.filter((v) => v.action === 'deny'), String(r.RequestUri)).to.deep.equal([]);
        }
      });

      it('db: allowed, with the hardening warnings the file earns (no read_only, pids limit, no-new-privileges, cpus)', () => {
        const d = decide(createOf('dgshop-db-1'));
        expect(d).to.include({ allow: true, wouldDeny: false, msg: '' });
        expect(findings(d)).to.deep.equal(['read-only-rootfs:warn', 'pids-limit:warn', 'no-new-privileges:warn', 'cpu-limit:warn']);
      });

      it('web: allowed with no finding at all (memory, restart, healthcheck, user network, 127.0.0.1, read-only, caps dropped)', () => {
        const d = decide(createOf('dgshop-web-1'));
        expect(d).to.include({ allow: true, wouldDeny: false, msg: '' });
        expect(findings(d)).to.deep.equal([]);
      });

      it('network and volume create: allowed, no finding', () => {
        for (const op of ['network.create', 'volume.create']) {
          const d = decide(capturedAll('compose-up', op, set)[0]!);
          expect([d.allow, findings(d)], op).to.deep.equal([true, []]);
        }
      });
    });
  });
});

describe('docker buildx build (BuildKit through the daemon)', () => {
  eachSetWith(['buildx-build'], (set) => {
    const build = fixture('buildx-build', set);
    const grpc = capturedAll('buildx-build', 'grpc', set);
    const session = capturedAll('buildx-build', 'session', set);

    it('records the plugin and the exit code (0: the build ran, with --network none)', () => {
      expect(build.plugin).to.match(/^docker-buildx 0\.29\.1/);
      expect(build.exitCode).to.equal(0);
      expect(build.command).to.include('--network');
    });

    it('sends POST /grpc and POST /session: no API version prefix, no body, h2c upgrades', () => {
      expect(grpc.length).to.be.greaterThan(0);
      expect(session.length).to.be.greaterThan(0);
      for (const r of [...grpc, ...session]) {
        expect(r.RequestMethod).to.equal('POST');
        expect(r.RequestUri).to.be.oneOf(['/grpc', '/session']);
        expect(r).to.not.have.property('RequestBody');
        expect(r.RequestHeaders).to.deep.include({ Connection: 'Upgrade', Upgrade: 'h2c', 'Content-Length': '0' });
      }
      // the session exposes its gRPC methods in repeated headers: the envelope keeps one value
      for (const r of session) expect(r.RequestHeaders).to.have.property('X-Docker-Expose-Session-Uuid').that.is.a('string');
    });

    it('the router gives them the operations grpc and session, without a problem', () => {
      for (const r of [...grpc, ...session]) {
        const d = decode(r);
        expect(d.operation).to.equal(r.RequestUri === '/grpc' ? 'grpc' : 'session');
        expect(d.body.kind).to.equal('none');
        expect(d.problems).to.deep.equal([]);
      }
      const others = build.requests.map((r) => decode(r).operation).filter((op) => op !== 'grpc' && op !== 'session');
      expect([...new Set(others)].sort()).to.deep.equal(['system.ping', 'system.version']);
    });

    it('default policy: /grpc and /session only when the daemon.json dockgate reads takes the network-host entitlement away (buildkit-entitlements, issue 13)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'dg-daemon-json-'));
      try {
        setDaemonConfigPath(join(dir, 'daemon.json'));
        for (const r of build.requests) {
          const d = decide(r);
          const gated = r.RequestUri === '/grpc' || r.RequestUri === '/session';
          expect([d.allow, findings(d)], `no daemon.json: ${String(r.RequestUri)}`).to.deep.equal(gated ? [false, ['buildkit-entitlements:deny']] : [true, []]);
        }
        writeFileSync(join(dir, 'daemon.json'), '{"builder": {"entitlements": {"network-host": false}}}');
        for (const r of build.requests) {
          const d = decide(r);
          expect([d.allow, findings(d)], `network-host false: ${String(r.RequestUri)}`).to.deep.equal([true, []]);
        }
      } finally {
        setDaemonConfigPath(undefined);
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
