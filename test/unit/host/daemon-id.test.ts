/** The daemon's identity (issue 14): found once through the host root, `unknown` when it cannot be. */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, decisionRecord, setLoggerFields, writeDecision } from '../../../src/audit/logger.js';
import type { Decision } from '../../../src/engine/engine.js';
import { findDaemonIdentity, libtrustKeyId, type DaemonIdentity, type IdentityOptions } from '../../../src/host/daemon-id.js';
import { captured, decode } from '../../helpers/fixtures.js';

const FIXTURES = join(dirname(new URL(import.meta.url).pathname), '../../fixtures/daemon-id');
/** A real dockerd 20.10.24's trust key (private part removed) and the ID its GET /info answered. */
const KEY_2010 = readFileSync(join(FIXTURES, 'key-20.10.24.json'), 'utf8');
const ID_2010 = '3236:ZTGP:K3SX:I3BX:CVNA:4E24:CQ6R:5RW5:YFN4:O7DN:W6NN:FDWF';
const UUID = '5f0c1f8e-8a4b-4d55-9a7e-2f1b0f3c9d11';
const UUID2 = '0b7e9a52-7c1d-4f3e-8b2a-6d5c4e3f2a10';
const PLUGIN = 'a'.repeat(64);

describe('host: the daemon identity', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dg-daemonid-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const put = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('computes libtrust\'s key ID of a real 20.10 trust key: the ID that daemon reported', () => {
    const jwk = JSON.parse(KEY_2010) as Record<string, unknown>;
    expect(libtrustKeyId(jwk)).to.equal(ID_2010);
    expect(jwk.kid).to.equal(ID_2010);
    // the kid member is not what is read: another key's kid changes nothing
    expect(libtrustKeyId({ ...jwk, kid: 'AAAA:BBBB' })).to.equal(ID_2010);
  });

  const cases: readonly {
    readonly name: string;
    readonly files: Readonly<Record<string, string>>;
    readonly opts?: Partial<IdentityOptions>;
    readonly want: Pick<DaemonIdentity, 'id' | 'dataRoot' | 'dataRootFrom'> & { readonly source?: string };
    readonly tried?: readonly string[];
  }[] = [
    {
      name: '23+: engine-id in the default data root',
      files: { 'var/lib/docker/engine-id': UUID },
      want: { id: UUID, source: '/var/lib/docker/engine-id', dataRoot: '/var/lib/docker', dataRootFrom: 'default' },
      tried: ['/etc/docker/daemon.json: ENOENT'],
    },
    {
      name: '23+: data-root in daemon.json',
      files: { 'etc/docker/daemon.json': '{"data-root": "/srv/docker", "live-restore": true}', 'srv/docker/engine-id': UUID, 'var/lib/docker/engine-id': UUID2 },
      want: { id: UUID, source: '/srv/docker/engine-id', dataRoot: '/srv/docker', dataRootFrom: 'daemon.json' },
    },
    {
      name: 'daemon.json keys are matched as Go does (any case, the last one wins)',
      files: { 'etc/docker/daemon.json': '{"Data-Root": "/x", "data-root": "/srv/docker"}', 'srv/docker/engine-id': UUID },
      want: { id: UUID, source: '/srv/docker/engine-id', dataRoot: '/srv/docker', dataRootFrom: 'daemon.json' },
    },
    {
      name: 'the older graph key',
      files: { 'etc/docker/daemon.json': '{"graph": "/srv/docker"}', 'srv/docker/engine-id': UUID },
      want: { id: UUID, source: '/srv/docker/engine-id', dataRoot: '/srv/docker', dataRootFrom: 'daemon.json' },
    },
    {
      name: 'the operator\'s setting wins over daemon.json',
      files: { 'etc/docker/daemon.json': '{"data-root": "/srv/docker"}', 'srv/docker/engine-id': UUID, 'data/d2/engine-id': UUID2 },
      opts: { dataRoot: '/data/d2/' },
      want: { id: UUID2, source: '/data/d2/engine-id', dataRoot: '/data/d2/', dataRootFrom: 'setting' },
    },
    {
      name: 'another daemon.json (DOCKGATE_DAEMON_CONFIG)',
      files: { 'opt/d/daemon.json': '{"data-root": "/srv/docker"}', 'srv/docker/engine-id': `${UUID}\n` },
      opts: { daemonConfig: '/opt/d/daemon.json' },
      want: { id: UUID, source: '/srv/docker/engine-id', dataRoot: '/srv/docker', dataRootFrom: 'daemon.json' },
    },
    {
      name: '20.10: no engine-id; the ID of /etc/docker/key.json',
      files: { 'etc/docker/key.json': KEY_2010, 'var/lib/docker/': '' },
      want: { id: ID_2010, source: '/etc/docker/key.json', dataRoot: '/var/lib/docker', dataRootFrom: 'default' },
      tried: ['/etc/docker/daemon.json: ENOENT', '/var/lib/docker/engine-id: ENOENT'],
    },
    {
      name: '20.10: deprecated-key-path in daemon.json',
      files: { 'etc/docker/daemon.json': '{"deprecated-key-path": "/srv/d/key.json"}', 'srv/d/key.json': KEY_2010, 'etc/docker/key.json': '{}' },
      want: { id: ID_2010, source: '/srv/d/key.json', dataRoot: '/var/lib/docker', dataRootFrom: 'default' },
    },
    {
      name: 'an engine-id that is not an ID is passed over',
      files: { 'var/lib/docker/engine-id': '\u0000\u0001 binary', 'etc/docker/key.json': KEY_2010 },
      want: { id: ID_2010, source: '/etc/docker/key.json', dataRoot: '/var/lib/docker', dataRootFrom: 'default' },
    },
    {
      name: 'nothing found: unknown, with what was tried',
      files: { 'etc/docker/daemon.json': 'not json', 'etc/docker/key.json': '{"kty":"EC"}' },
      want: { id: 'unknown', dataRoot: '/var/lib/docker', dataRootFrom: 'default' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      for (const [path, text] of Object.entries(c.files)) {
        if (path.endsWith('/')) mkdirSync(join(root, path), { recursive: true });
        else put(path, text);
      }
      const got = findDaemonIdentity({ hostRoot: root, daemonConfig: '/etc/docker/daemon.json', ...c.opts });
      expect({ id: got.id, source: got.source, dataRoot: got.dataRoot, dataRootFrom: got.dataRootFrom }).to.deep.equal({ source: undefined, ...c.want });
      if (c.tried !== undefined) expect(got.tried).to.deep.equal(c.tried);
      if (got.id === 'unknown') expect(got.tried.map((t) => t.split(':')[0])).to.deep.equal(['/etc/docker/daemon.json', '/var/lib/docker/engine-id', '/etc/docker/key.json']);
    });
  }

  it('under the host root, an absolute symlink leads where it does on the host (/var/lib/docker -> /data/docker)', () => {
    put('data/docker/engine-id', UUID);
    put('var/lib/docker-other/engine-id', UUID2);
    mkdirSync(join(root, 'var/lib'), { recursive: true });
    symlinkSync('/data/docker', join(root, 'var/lib/docker'));
    put('etc/docker/real.json', '{"deprecated-key-path": "/srv/k.json"}');
    symlinkSync('/etc/docker/real.json', join(root, 'etc/docker/daemon.json'));
    put('srv/k.json', KEY_2010);
    const got = findDaemonIdentity({ hostRoot: root, daemonConfig: '/etc/docker/daemon.json' });
    expect([got.id, got.source, got.dataRoot]).to.deep.equal([UUID, '/var/lib/docker/engine-id', '/var/lib/docker']);
    rmSync(join(root, 'data/docker/engine-id'));
    const key = findDaemonIdentity({ hostRoot: root, daemonConfig: '/etc/docker/daemon.json' });
    expect([key.id, key.source], 'daemon.json read through its symlink').to.deep.equal([ID_2010, '/srv/k.json']);
  });

  it('a missing host root is unknown, never an error', () => {
    const got = findDaemonIdentity({ hostRoot: join(root, 'nowhere'), daemonConfig: '/etc/docker/daemon.json' });
    expect(got.id).to.equal('unknown');
  });

  describe('in the managed plugin: the data root its own root filesystem lies in', () => {
    const rootfs = `/srv/docker/plugins/${PLUGIN}/rootfs`;
    const mountinfo = (rootField: string): string => [
      `612 590 254:0 ${rootField} / ro,relatime master:1 - ext4 /dev/vda rw`,
      '613 612 0:5 / /host ro,relatime master:1 - ext4 /dev/vda rw',
    ].join('\n');
    const table: readonly { name: string; mountinfo: string; self: string; want: string; from: DaemonIdentity['dataRootFrom'] }[] = [
      { name: 'its / is <data root>/plugins/<ID>/rootfs on the host: that data root', mountinfo: mountinfo(rootfs), self: rootfs, want: UUID, from: 'plugin-rootfs' },
      { name: 'a mountinfo root that is another folder than its / (another filesystem): not used', mountinfo: mountinfo(rootfs), self: '/elsewhere', want: UUID2, from: 'daemon.json' },
      { name: 'a / that is not a plugin rootfs: not used', mountinfo: mountinfo('/srv/docker/containers/x'), self: '/srv/docker/containers/x', want: UUID2, from: 'daemon.json' },
      { name: 'an escaped path (a space, \\040)', mountinfo: mountinfo(`/srv/my\\040docker/plugins/${PLUGIN}/rootfs`), self: `/srv/my docker/plugins/${PLUGIN}/rootfs`, want: UUID, from: 'plugin-rootfs' },
    ];
    for (const t of table) {
      it(t.name, () => {
        const dataRoot = t.self.includes('my docker') ? '/srv/my docker' : '/srv/docker';
        put(`${dataRoot}/engine-id`.slice(1), UUID);
        mkdirSync(join(root, t.self), { recursive: true });
        put('etc/docker/daemon.json', '{"data-root": "/var/lib/other"}');
        put('var/lib/other/engine-id', UUID2);
        mkdirSync(join(root, 'elsewhere'), { recursive: true });
        const got = findDaemonIdentity({ hostRoot: root, daemonConfig: '/etc/docker/daemon.json', mountinfo: t.mountinfo, selfRoot: join(root, t.self) });
        expect(got.id).to.equal(t.want);
        expect(got.dataRootFrom).to.equal(t.from);
      });
    }

    it('the socket plugin (host root /) does not look at its own root filesystem', () => {
      const got = findDaemonIdentity({ hostRoot: '/', daemonConfig: join(root, 'no-daemon.json'), dataRoot: join(root, 'none'), mountinfo: mountinfo(rootfs) });
      expect(got.dataRootFrom).to.equal('setting');
    });
  });
});

describe('audit: daemonId on every line', () => {
  const denied: Decision = { allow: false, msg: 'denied', wouldDeny: true, violations: [], problems: [], mode: 'enforce' };
  it('is in winston\'s lines and decision lines, and a later setLoggerFields changes it for the lines after', () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk.toString('utf8'));
        cb();
      },
    });
    const logger = createLogger('info', stream, { host: 'h1', daemonId: 'unknown' });
    const record = decisionRecord(decode(captured('run-privileged', 'container.create')), denied, 'v1', 1);
    writeDecision(logger, 'info', 'decision', record);
    logger.info('a line', { event: 'x' });
    setLoggerFields(logger, { daemonId: UUID });
    writeDecision(logger, 'info', 'decision', record);
    logger.info('a line', { event: 'x' });
    const lines = chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.event, l.host, l.daemonId])).to.deep.equal([
      ['decision', 'h1', 'unknown'],
      ['x', 'h1', 'unknown'],
      ['decision', 'h1', UUID],
      ['x', 'h1', UUID],
    ]);
  });
});
