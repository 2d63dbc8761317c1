/**
 * Create, swap, start (issue 12): the host paths a create named are remembered from its AuthZRes
 * and judged again, where they lead then, at start and restart; renames and removals are
 * followed; a start of a container dockgate never saw is a warning (unverified-start).
 */
import { expect } from 'chai';
import { mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createLogger } from '../../../src/audit/logger.js';
import { loadPolicyFile } from '../../../src/policy/load.js';
import { createApp } from '../../../src/protocol/app.js';
import { currentRegistry, HostPathRegistry, setRegistry } from '../../../src/state/registry.js';
import { apiRequest, type RawEnvelope } from '../../helpers/fixtures.js';
import { useHostTree } from '../host/tree.js';

const policy = loadPolicyFile(new URL('../../../config/policy.json', import.meta.url).pathname);
const BASE = { Image: 'busybox:1.36', HostConfig: { Memory: 67108864, NetworkMode: 'none' } };
const ID = 'a'.repeat(12) + 'b'.repeat(52);
const ID2 = 'a'.repeat(12) + 'c'.repeat(52);

const quiet = new Writable({ write(_c, _e, cb) { cb(); } });

function withResponse(env: RawEnvelope, status: number, body?: object): RawEnvelope {
  return { ...env, ResponseStatusCode: status, ...(body ? { ResponseBody: Buffer.from(JSON.stringify(body)).toString('base64') } : {}) };
}

describe('create, swap, start', () => {
  const tree = useHostTree(['srv/data/plain/', 'srv/data/other/', 'etc/', 'run/docker.sock']);
  let state = '';
  let before_: HostPathRegistry;
  beforeEach(() => {
    state = mkdtempSync(join(tmpdir(), 'dg-state-'));
    before_ = currentRegistry();
    setRegistry(new HostPathRegistry(state));
  });
  afterEach(() => {
    setRegistry(before_);
    rmSync(state, { recursive: true, force: true });
  });

  // The info logger: AuthZRes is read only because a create is pending, not because of debug.
  const app = () => createApp({ current: () => policy }, createLogger('info', quiet));
  const req = async (a: ReturnType<typeof app>, env: RawEnvelope) => (await request(a).post('/AuthZPlugin.AuthZReq').send(env)).body as { Allow: boolean; Msg: string };
  const res = async (a: ReturnType<typeof app>, env: RawEnvelope) => (await request(a).post('/AuthZPlugin.AuthZRes').send(env)).body as { Allow: boolean };

  async function createTracked(a: ReturnType<typeof app>, body: object, name: string, id = ID, api = '1.41'): Promise<void> {
    const env = apiRequest('POST', `/v${api}/containers/create?name=${name}`, body);
    expect((await req(a, env)).Allow).to.equal(true);
    expect((await res(a, withResponse(env, 201, { Id: id, Warnings: [] }))).Allow).to.equal(true);
  }
  const swap = () => {
    renameSync(join(tree.root(), 'srv/data/plain'), join(tree.root(), 'srv/data/plain.old'));
    symlinkSync('/', join(tree.root(), 'srv/data/plain'));
  };
  const unswap = () => {
    rmSync(join(tree.root(), 'srv/data/plain'));
    renameSync(join(tree.root(), 'srv/data/plain.old'), join(tree.root(), 'srv/data/plain'));
  };

  for (const [what, ref] of [['by full ID', ID], ['by name', 'web'], ['by ID prefix', ID.slice(0, 12)]] as const) {
    it(`denies a start (${what}) whose bind folder became a symlink to / after create`, async () => {
      const a = app();
      await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/plain:/data'] } }, 'web');
      const start = apiRequest('POST', `/v1.41/containers/${ref}/start`);
      expect((await req(a, start)).Allow).to.equal(true);
      swap();
      try {
        const d = await req(a, start);
        expect(d.Allow).to.equal(false);
        expect(d.Msg).to.include('[sensitive-mounts] HostConfig.Binds[0] mounts /srv/data/plain, which resolves to /: / is a sensitive host path');
        expect(d.Msg).to.include('[docker-socket]');
        expect((await req(a, apiRequest('POST', `/v1.41/containers/${ID}/restart`))).Allow).to.equal(false);
      } finally {
        unswap();
      }
    });
  }

  it('--mount type=bind and a DriverConfig bind are re-checked too', async () => {
    const a = app();
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Mounts: [
      { Type: 'bind', Source: '/srv/data/other', Target: '/o' },
      { Type: 'volume', Target: '/v', VolumeOptions: { DriverConfig: { Name: 'local', Options: { type: 'none', o: 'bind', device: '/srv/data/plain' } } } },
    ] } }, 'm');
    swap();
    try {
      const d = await req(a, apiRequest('POST', `/v1.41/containers/m/start`));
      expect(d.Allow).to.equal(false);
      expect(d.Msg).to.include('HostConfig.Mounts[1].VolumeOptions.DriverConfig.Options.device mounts /srv/data/plain, which resolves to /');
    } finally {
      unswap();
    }
  });

  it('a named local bind volume swapped after its create is denied at create and at start', async () => {
    const a = app();
    const vol = apiRequest('POST', '/v1.41/volumes/create', { Name: 'bindvol', Driver: 'local', DriverOpts: { type: 'none', o: 'bind', device: '/srv/data/plain' } });
    expect((await req(a, vol)).Allow).to.equal(true);
    await res(a, withResponse(vol, 201, { Name: 'bindvol', Driver: 'local' }));
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['bindvol:/v'] } }, 'usesvol');
    swap();
    try {
      const d = await req(a, apiRequest('POST', '/v1.41/containers/usesvol/start'));
      expect(d.Allow).to.equal(false);
      expect(d.Msg).to.include('HostConfig.Binds[0] (volume bindvol: DriverOpts.device) mounts /srv/data/plain, which resolves to /');
      const again = await req(a, apiRequest('POST', '/v1.41/containers/create', { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['bindvol:/v'] } }));
      expect(again.Allow).to.equal(false);
    } finally {
      unswap();
    }
  });

  it('follows renames and removals, and survives a restart of the plugin (state folder)', async () => {
    const a = app();
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/plain:/data'] } }, 'old');
    const rename = apiRequest('POST', `/v1.41/containers/old/rename?name=new`);
    expect((await req(a, rename)).Allow).to.equal(true);
    await res(a, withResponse(rename, 204));
    expect(readdirSync(join(state, 'containers'))).to.deep.equal([`${ID}.json`]);
    // A new plugin process reads the state folder back.
    setRegistry(new HostPathRegistry(state));
    const b = app();
    swap();
    try {
      expect((await req(b, apiRequest('POST', '/v1.41/containers/new/start'))).Allow).to.equal(false);
    } finally {
      unswap();
    }
    const rm = apiRequest('DELETE', `/v1.41/containers/new`);
    expect((await req(b, rm)).Allow).to.equal(true);
    await res(b, withResponse(rm, 204));
    expect(readdirSync(join(state, 'containers'))).to.deep.equal([]);
  });

  it('an ambiguous ID prefix or an unknown container starts with an unverified-start warning (deny in strict)', async () => {
    const a = app();
    await createTracked(a, { ...BASE }, 'one', ID);
    await createTracked(a, { ...BASE }, 'two', ID2);
    const warned = await req(a, apiRequest('POST', '/v1.41/containers/deadbeef/start'));
    expect(warned).to.deep.equal({ Allow: true, Msg: '' });
    const strict = loadPolicyFile(new URL('../../../config/strict.json', import.meta.url).pathname);
    const s = createApp({ current: () => strict }, createLogger('info', quiet));
    const denied = await req(s, apiRequest('POST', `/v1.41/containers/${ID.slice(0, 12)}/start`));
    expect(denied.Allow).to.equal(false);
    expect(denied.Msg).to.include(`[unverified-start] ${ID.slice(0, 12)} is an ID prefix of more than one container dockgate saw created`);
  });

  it('a bind below another tracked container\'s writable bind is denied at create and at start, until that container is removed', async () => {
    const a = app();
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/plain:/w'] } }, 'flipper', ID);
    const nested = { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/plain/d:/x'] } };
    const denied = await req(a, apiRequest('POST', '/v1.41/containers/create?name=victim', nested));
    expect(denied.Allow).to.equal(false);
    expect(denied.Msg).to.include('[sensitive-mounts] HostConfig.Binds[0] mounts /srv/data/plain/d, below /srv/data/plain, which container flipper mounts writable');
    expect(denied.Msg).to.include(`or mount /srv/data/plain in flipper (${ID.slice(0, 12)}) read-only all the way down (:ro is, at API 1.44+ on dockerd 25+ and kernel 5.12+; elsewhere --mount type=bind,source=/srv/data/plain,target=...,readonly,bind-recursive=disabled, or bind-nonrecursive=true with a docker CLI before 25); a container that can write /srv/data/plain`);
    // remembered before flipper was created (an older dockgate, or allowNestedBinds then): its start is judged again
    currentRegistry().recordContainer(ID2, 'victim', [{ field: 'HostConfig.Binds[0]', path: '/srv/data/plain/d', raw: '/srv/data/plain/d', kernelPath: '/srv/data/plain/d', readOnly: false, role: 'bind' }], []);
    const start = await req(a, apiRequest('POST', '/v1.41/containers/victim/start'));
    expect(start.Allow).to.equal(false);
    expect(start.Msg).to.include('below /srv/data/plain, which container flipper');
    const rm = apiRequest('DELETE', '/v1.41/containers/flipper?force=1');
    expect((await req(a, rm)).Allow).to.equal(true);
    await res(a, withResponse(rm, 204));
    expect((await req(a, apiRequest('POST', '/v1.41/containers/victim/start'))).Allow).to.equal(true);
    expect((await req(a, apiRequest('POST', '/v1.41/containers/create?name=victim2', nested))).Allow).to.equal(true);
  });

  // A read-only bind is read-only only at its top on 20.10, at API < 1.44, with
  // bind-recursive=writable: a host mount below its source (a data disk) stays writable in the
  // container, which can swap a folder there for a symlink; the daemon's own restart of the
  // container below then mounts the link's target (checked on 20.10, 26.1 and 28.5: host /etc).
  it('a bind below a tracked read-only bind counts unless that bind is read-only all the way down; kept across a plugin restart', async () => {
    const a = app();
    const nested = { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/plain/d:/x'] } };
    const onlyTop = '[sensitive-mounts] HostConfig.Binds[0] mounts /srv/data/plain/d, below /srv/data/plain, which container flipper mounts read-only (top only) (CIS 5.6)';
    const why = '/srv/data/plain is read-only at its top only (20.10, API < 1.44, bind-recursive=writable, or an rbind volume): the host\'s mounts below it stay writable in the container';
    // docker 28.5's --mount type=bind,source=/srv/data/plain,target=/w,readonly,bind-recursive=writable
    const ronr = { Type: 'bind', Source: '/srv/data/plain', Target: '/w', ReadOnly: true, BindOptions: { ReadOnlyNonRecursive: true } };
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Mounts: [ronr] } }, 'flipper', ID, '1.51');
    const denied = await req(a, apiRequest('POST', '/v1.51/containers/create?name=victim', nested));
    expect(denied.Allow).to.equal(false);
    expect(denied.Msg).to.include(onlyTop).and.include(why);
    setRegistry(new HostPathRegistry(state));
    expect((await req(app(), apiRequest('POST', '/v1.51/containers/create?name=victim', nested))).Msg).to.include(onlyTop);
    // -v /srv/data/plain:/w:ro from a 20.10 client (API 1.41): the same
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/plain:/w:ro'] } }, 'flipper', ID, '1.41');
    expect((await req(a, apiRequest('POST', '/v1.41/containers/create?name=victim', nested))).Msg).to.include(onlyTop);
    // bind-recursive=disabled (NonRecursive): no mount below it in the container
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Mounts: [{ ...ronr, BindOptions: { NonRecursive: true } }] } }, 'flipper', ID, '1.41');
    expect((await req(a, apiRequest('POST', '/v1.41/containers/create?name=victim', nested))).Allow).to.equal(true);
  });

  it('docker container prune forgets the containers its answer lists (and only those), so their binds stop counting', async () => {
    const a = app();
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/plain:/w'] } }, 'flipper', ID);
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/other:/w'] } }, 'keeper', ID2);
    const nested = { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/plain/d:/x'] } };
    expect((await req(a, apiRequest('POST', '/v1.41/containers/create?name=victim', nested))).Allow).to.equal(false);
    const prune = apiRequest('POST', '/v1.41/containers/prune');
    expect((await req(a, prune)).Allow).to.equal(true);
    await res(a, withResponse(prune, 200, { ContainersDeleted: [ID], SpaceReclaimed: 0 }));
    expect('found' in currentRegistry().lookup(ID)).to.equal(false);
    expect('found' in currentRegistry().lookup(ID2)).to.equal(true);
    expect(readdirSync(join(state, 'containers'))).to.deep.equal([`${ID2}.json`]);
    expect((await req(a, apiRequest('POST', '/v1.41/containers/create?name=victim', nested))).Allow).to.equal(true);
    // an answer without the list (64 KiB or more arrives without a body) forgets nothing
    const again = apiRequest('POST', '/v1.41/containers/prune');
    expect((await req(a, again)).Allow).to.equal(true);
    await res(a, withResponse(again, 200));
    expect('found' in currentRegistry().lookup(ID2)).to.equal(true);
  });

  it('containers the daemon removed by itself (docker run --rm) are forgotten from an unfiltered docker ps -a, never when created after the question', async () => {
    const a = app();
    const ID3 = 'd'.repeat(64);
    await createTracked(a, { ...BASE, HostConfig: { ...BASE.HostConfig, AutoRemove: true, Binds: ['/srv/data/plain:/w'] } }, 'job', ID);
    await createTracked(a, { ...BASE }, 'keep', ID2);
    const nested = { ...BASE, HostConfig: { ...BASE.HostConfig, Binds: ['/srv/data/plain/d:/x'] } };
    const denied = await req(a, apiRequest('POST', '/v1.41/containers/create?name=victim', nested));
    expect(denied.Allow).to.equal(false);
    expect(denied.Msg).to.include('run docker ps -a');
    const ask = async (env: RawEnvelope, status: number, body?: object): Promise<void> => {
      expect((await req(a, env)).Allow).to.equal(true);
      await res(a, withResponse(env, status, body));
    };
    const known = (id: string): boolean => 'found' in currentRegistry().lookup(id);
    // lists that do not hold every container forget nothing
    await new Promise((r) => setTimeout(r, 5));
    for (const uri of ['/v1.41/containers/json', '/v1.41/containers/json?all=0', '/v1.41/containers/json?all=1&filters=%7B%22label%22%3A%5B%22x%22%5D%7D', '/v1.41/containers/json?all=1&limit=1']) {
      await ask(apiRequest('GET', uri), 200, [{ Id: ID2 }]);
      expect(known(ID), uri).to.equal(true);
    }
    // a list asked before a create was recorded keeps that create, though it lacks it
    const list = apiRequest('GET', '/v1.41/containers/json?all=1');
    expect((await req(a, list)).Allow).to.equal(true);
    await new Promise((r) => setTimeout(r, 5));
    await createTracked(a, { ...BASE }, 'late', ID3);
    await res(a, withResponse(list, 200, [{ Id: ID2 }]));
    expect(known(ID)).to.equal(false);
    expect(known(ID2)).to.equal(true);
    expect(known(ID3)).to.equal(true);
    expect(readdirSync(join(state, 'containers')).sort()).to.deep.equal([`${ID2}.json`, `${ID3}.json`]);
    expect((await req(a, apiRequest('POST', '/v1.41/containers/create?name=victim', nested))).Allow).to.equal(true);
  });

  it('a failed create (no AuthZRes) remembers nothing', async () => {
    const a = app();
    const env = apiRequest('POST', '/v1.41/containers/create?name=x', { ...BASE });
    expect((await req(a, env)).Allow).to.equal(true);
    expect(currentRegistry().size).to.equal(0);
  });
});
