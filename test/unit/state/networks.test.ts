/** The networks the daemon described, kept in the state folder across a dockgate restart (issue 13). */
import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiRequest, decode, type RawEnvelope } from '../../helpers/fixtures.js';
import { ResponseTracker } from '../../../src/protocol/track.js';
import { parseEnvelope } from '../../../src/request/envelope.js';
import { forgetNetworks, knownNetwork, learnNetworks, MAX_NAME, MAX_NETWORKS, NETWORKS_FILE, persistNetworks, resetNetworks } from '../../../src/state/networks.js';

/** A network as `GET /networks/{id}` answers it (the fields dockgate reads, and some it does not). */
const inspect = (name: string, id: string, driver: string): string => JSON.stringify({ Name: name, Id: id, Created: '2026-01-01T00:00:00Z', Scope: driver === 'overlay' ? 'swarm' : 'local', Driver: driver, EnableIPv6: false, Options: {}, Labels: {} });
const OVERLAY = 'x1b3ajk5kq0wzc8d4k0n2p7rf';
const HOST = 'f'.repeat(64);

describe('state: networks kept in the state folder', () => {
  let dir = '';
  const file = (): string => join(dir, NETWORKS_FILE);
  /** A dockgate restart: memory gone, the file read back. */
  const restart = (): ReturnType<typeof persistNetworks> => {
    resetNetworks();
    return persistNetworks(dir);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dg-networks-'));
    resetNetworks();
  });
  afterEach(() => {
    resetNetworks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a learned overlay and the host network survive a restart; the file is mode 0600', () => {
    expect(persistNetworks(dir)).to.deep.equal({ loaded: 0 });
    expect(learnNetworks(inspect('app', OVERLAY, 'overlay'))).to.equal(1);
    expect(learnNetworks(`[${inspect('host', HOST, 'host')}]`)).to.equal(1);
    expect(statSync(file()).mode & 0o777).to.equal(0o600);
    expect(restart()).to.deep.equal({ loaded: 2 });
    expect(knownNetwork(OVERLAY)).to.deep.equal({ id: OVERLAY, name: 'app', driver: 'overlay' });
    expect(knownNetwork(HOST)?.driver).to.equal('host');
  });

  it('without persistNetworks nothing is written (memory only)', () => {
    learnNetworks(inspect('app', OVERLAY, 'overlay'));
    expect(() => statSync(file())).to.throw();
  });

  it('the same answer again does not rewrite the file', () => {
    persistNetworks(dir);
    learnNetworks(inspect('app', OVERLAY, 'overlay'));
    const before = statSync(file()).ino;
    learnNetworks(inspect('app', OVERLAY, 'overlay'));
    expect(statSync(file()).ino).to.equal(before);
    learnNetworks(inspect('app2', OVERLAY, 'overlay'));
    expect(statSync(file()).ino).to.not.equal(before);
  });

  const removals: [string, string[], boolean][] = [
    ['by full ID (DELETE /networks/{id})', [OVERLAY], false],
    ['by name', ['app'], false],
    ['by unique ID prefix', [OVERLAY.slice(0, 6)], false],
    ['by a prune answer (NetworksDeleted: names)', ['other', 'app'], false],
    ['not by a prefix of two IDs', ['x1'], true],
    ['not by another name', ['ap'], true],
  ];
  for (const [name, refs, kept] of removals) {
    it(`forgets a removed network ${name}, also after a restart`, () => {
      persistNetworks(dir);
      learnNetworks(`[${inspect('app', OVERLAY, 'overlay')},${inspect('other2', 'x1zzzzzzzzzzzzzzzzzzzzzzz', 'overlay')}]`);
      expect(forgetNetworks(refs)).to.equal(kept ? 0 : 1);
      restart();
      expect(knownNetwork(OVERLAY) !== undefined).to.equal(kept);
      expect(knownNetwork('x1zzzzzzzzzzzzzzzzzzzzzzz')).to.not.equal(undefined);
    });
  }

  it('keeps at most MAX_NETWORKS, forgetting the oldest learned, in memory and in the file', () => {
    persistNetworks(dir);
    const id = (i: number): string => `n${i.toString(36).padStart(24, '0')}`;
    const list = Array.from({ length: MAX_NETWORKS + 3 }, (_, i) => inspect(`net${i}`, id(i), 'overlay'));
    expect(learnNetworks(`[${list.join(',')}]`)).to.equal(MAX_NETWORKS + 3);
    expect(restart()).to.deep.equal({ loaded: MAX_NETWORKS });
    expect(knownNetwork(id(2))).to.equal(undefined);
    expect(knownNetwork(id(3))).to.not.equal(undefined);
    expect(knownNetwork(id(MAX_NETWORKS + 2))).to.not.equal(undefined);
  });

  it('cuts long names (they only appear in messages)', () => {
    persistNetworks(dir);
    learnNetworks(inspect('n'.repeat(10_000), OVERLAY, 'overlay'));
    restart();
    expect(knownNetwork(OVERLAY)?.name).to.have.length(MAX_NAME);
    expect(readFileSync(file(), 'utf8').length).to.be.lessThan(1000);
  });

  const broken: [string, string][] = [
    ['not JSON', '{"networks":[{"id"'],
    ['another shape', '[1,2,3]'],
  ];
  for (const [name, text] of broken) {
    it(`a file that is ${name} is a problem, loads nothing, and is replaced at the next change`, () => {
      writeFileSync(file(), text, { mode: 0o600 });
      const r = persistNetworks(dir);
      expect(r.loaded).to.equal(0);
      expect(r.problem).to.be.a('string').and.include(NETWORKS_FILE);
      learnNetworks(inspect('app', OVERLAY, 'overlay'));
      expect(restart()).to.deep.equal({ loaded: 1 });
    });
  }

  it('entries that are not networks (a bad ID, a missing driver) are skipped', () => {
    writeFileSync(file(), JSON.stringify({ networks: [{ id: OVERLAY, name: 'app', driver: 'overlay' }, { id: '../../etc', name: 'x', driver: 'host' }, { id: HOST, name: 'host' }, null, 'x'] }), { mode: 0o600 });
    expect(persistNetworks(dir)).to.deep.equal({ loaded: 1 });
    expect(knownNetwork(OVERLAY)).to.not.equal(undefined);
    expect(knownNetwork(HOST)).to.equal(undefined);
  });

  /** The daemon's AuthZRes for an allowed request, through the tracker as the server runs it. */
  const answered = (raw: RawEnvelope, status: number, body?: string): unknown => {
    const tracker = new ResponseTracker();
    tracker.expect(decode(raw));
    const env = { ...raw, ResponseStatusCode: status, ...(body === undefined ? {} : { ResponseBody: Buffer.from(body).toString('base64') }) };
    const parsed = parseEnvelope(env);
    if (!parsed.ok) throw new Error(parsed.reason);
    return tracker.observe(decode(env), parsed.envelope);
  };
  const tracked: [string, RawEnvelope, number, string | undefined, boolean][] = [
    ['docker network rm <id> (204)', apiRequest('DELETE', `/v1.51/networks/${OVERLAY}`), 204, undefined, false],
    ['docker network rm <name> (204)', apiRequest('DELETE', '/v1.51/networks/app'), 204, undefined, false],
    ['docker network prune (the answer lists names)', apiRequest('POST', '/v1.51/networks/prune?filters=%7B%7D'), 200, '{"NetworksDeleted":["app"]}', false],
    ['a prune whose answer was too large to forward (no body)', apiRequest('POST', '/v1.51/networks/prune'), 200, undefined, true],
    ['a remove the daemon refused', apiRequest('DELETE', `/v1.51/networks/${OVERLAY}`), 409, undefined, true],
  ];
  for (const [name, raw, status, body, kept] of tracked) {
    it(`AuthZRes of ${name}: ${kept ? 'kept' : 'forgotten, in the file too'}`, () => {
      persistNetworks(dir);
      expect(answered(apiRequest('GET', `/v1.51/networks/${OVERLAY}`), 200, inspect('app', OVERLAY, 'overlay'))).to.deep.equal({ event: 'networks-learned', networks: 1 });
      expect(answered(raw, status, body)).to.deep.equal(kept ? undefined : { event: 'networks-forgotten', networks: 1 });
      restart();
      expect(knownNetwork(OVERLAY) !== undefined).to.equal(kept);
    });
  }
});
