/**
 * Issue 13 on a real registry: two private daemons and a loopback Docker registry in ONE network
 * namespace (helpers/netns.ts, helpers/registry.ts). Daemon A builds dockgate's managed plugin and
 * pushes it (two tags); daemon B, fresh, installs it from the registry under an alias, runs with it
 * as its authorization plugin and must refuse disable, rm -f, set and upgrade of it under every
 * reference it has, while authorizing on.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { PrivateDaemon } from './helpers/daemon.js';
import { requireEngine, type Engine } from './helpers/engine.js';
import { IMAGE, importBusybox } from './helpers/image.js';
import { SharedNetns } from './helpers/netns.js';
import { expectLoopbackInsecure, Registry, registryBinary } from './helpers/registry.js';
import { cleanupAfterAll, E2eRun } from './helpers/run.js';
import { REQUIRED } from './helpers/engine.js';

describe('e2e plugin-registry (issue 13): dockgate pushed to and installed from a real registry', function () {
  let run: E2eRun | undefined;
  let engine: Engine;
  let ns: SharedNetns;
  let registry: Registry;
  let a: PrivateDaemon;
  let b: PrivateDaemon;

  before(async function () {
    this.timeout(300_000);
    engine = await requireEngine(this);
    const bin = registryBinary();
    if (!bin.ok) {
      if (REQUIRED) throw new Error(`DOCKGATE_E2E_REQUIRED=1: ${bin.reason}`);
      process.stdout.write(`      (plugin-registry suite pending: ${bin.reason})\n`);
      this.skip();
    }
    if (engine.unshare === undefined) {
      if (REQUIRED) throw new Error('DOCKGATE_E2E_REQUIRED=1: the registry suite needs a network namespace of its own (unshare)');
      process.stdout.write('      (plugin-registry suite pending: no usable unshare for a shared network namespace)\n');
      this.skip();
    }
    run = new E2eRun('reg');
    const r = run;
    ns = await SharedNetns.create(engine, r);
    registry = await Registry.start(r, ns);
    a = new PrivateDaemon(engine, join(r.tmp, 'a'), `dge2e${r.id}a`);
    r.defer('stop dockerd A', () => a.stop());
    r.defer('remove containers of A', () => a.removeAllContainers());
    b = new PrivateDaemon(engine, join(r.tmp, 'b'), `dge2e${r.id}b`);
    r.defer('stop dockerd B', () => b.stop());
    r.defer('remove containers of B', () => b.removeAllContainers());
    await a.start({ netns: ns });
    await b.start({ netns: ns });
  });

  cleanupAfterAll(() => run);

  describe('the shared network namespace and the registry', () => {
    it('both daemons and the registry run in one network namespace, not the host one', async () => {
      const { readlinkSync } = await import('node:fs');
      const host = readlinkSync('/proc/self/ns/net');
      const shared = readlinkSync(ns.path);
      expect(shared).to.not.equal(host);
      for (const pid of [a.pid, b.pid, registry.pid]) expect(readlinkSync(`/proc/${String(pid)}/ns/net`)).to.equal(shared);
    });

    it('each daemon treats 127.0.0.0/8 as an insecure registry (no daemon option)', async () => {
      await expectLoopbackInsecure(a);
      await expectLoopbackInsecure(b);
    });

    it('an image pushed by daemon A to 127.0.0.1:5000 is pulled and run by daemon B', async function () {
      this.timeout(180_000);
      await importBusybox(a, run!.tmp);
      const ref = registry.ref('dge2e/busybox', '1.36');
      await a.dockerOk(['tag', IMAGE, ref]);
      await a.dockerOk(['push', ref], { timeoutMs: 120_000 });
      expect(await registry.repositories()).to.include('dge2e/busybox');
      expect(await registry.tags('dge2e/busybox')).to.deep.equal(['1.36']);
      await b.dockerOk(['pull', ref], { timeoutMs: 120_000 });
      const out = await b.dockerOk(['run', '--rm', '--network', 'none', ref, 'echo', 'pulled']);
      expect(out.trim()).to.equal('pulled');
    });
  });
});
