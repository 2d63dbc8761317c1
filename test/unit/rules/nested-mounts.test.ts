/**
 * The remembered containers' paths, where they lead now (knownMounts): a resolution from an
 * earlier decision is reused only while every directory it read is unchanged; any change on the
 * way (a folder swapped for a symlink, a link replaced, a missing folder created) is seen.
 */
import { expect } from 'chai';
import { mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { withLookupCache } from '../../../src/host/resolve.js';
import { liveContext } from '../../../src/rules/lib/context.js';
import { knownMounts } from '../../../src/rules/lib/nested-mounts.js';
import { currentRegistry, HostPathRegistry, setRegistry, type StoredHostPath } from '../../../src/state/registry.js';
import { useHostTree } from '../host/tree.js';

const stored = (path: string): StoredHostPath => ({ field: 'HostConfig.Binds[0]', path, raw: path, kernelPath: path, readOnly: false, role: 'bind' });
const id = (n: number): string => n.toString(16).padStart(64, '0');

describe('nested mounts: remembered paths, where they lead now', () => {
  const tree = useHostTree(['srv/d1/b/', 'srv/d2/c/', 'srv/d3/a/', 'srv/link3 -> /srv/d3/a', 'srv/d4/', 'srv/other/', 'etc/']);
  const at = (p: string): string => join(tree.root(), p);
  let saved: HostPathRegistry;
  beforeEach(() => {
    saved = currentRegistry();
    setRegistry(new HostPathRegistry(undefined));
  });
  afterEach(() => { setRegistry(saved); });

  /** Later than any stamp taken now: a reused resolution is trusted, so reuse is what is tested. */
  const later = (): number => Date.now() + 60_000;
  /** Where each remembered container's path leads, by container name, as one decision sees it. */
  const where = (now: number): Record<string, string | undefined> =>
    withLookupCache(() => Object.fromEntries(knownMounts(liveContext, undefined, now).map((m) => [m.short, m.resolved])));

  interface Case {
    readonly name: string;
    readonly remember: string;
    readonly before: string;
    readonly change: () => void;
    readonly after: string;
  }
  // Each case has its own folders (the tree is shared).
  const cases: readonly Case[] = [
    { name: 'a remembered folder swapped for a symlink', remember: '/srv/d1/b', before: '/srv/d1/b', change: () => { renameSync(at('srv/d1/b'), at('srv/d1/b.old')); symlinkSync('/etc', at('srv/d1/b')); }, after: '/etc' },
    { name: 'a folder above it swapped for a symlink', remember: '/srv/d2/c/x', before: '/srv/d2/c/x', change: () => { renameSync(at('srv/d2'), at('srv/d2.old')); symlinkSync('/srv/other', at('srv/d2')); }, after: '/srv/other/c/x' },
    { name: 'the symlink on the way replaced by another', remember: '/srv/link3/y', before: '/srv/d3/a/y', change: () => { rmSync(at('srv/link3')); symlinkSync('/etc', at('srv/link3')); }, after: '/etc/y' },
    { name: 'a missing folder on the way created as a symlink', remember: '/srv/d4/new/z', before: '/srv/d4/new/z', change: () => { symlinkSync('/etc', at('srv/d4/new')); }, after: '/etc/z' },
  ];
  for (const c of cases) {
    it(`sees ${c.name}`, () => {
      currentRegistry().recordContainer(id(1), 'one', [stored(c.remember)], []);
      expect(where(later())).to.deep.equal({ one: c.before });
      // Unchanged: the same answer (reused).
      expect(where(later())).to.deep.equal({ one: c.before });
      c.change();
      expect(where(later())).to.deep.equal({ one: c.after });
    });
  }

  it('a path many containers share a folder with: each one found, and a change to one seen', () => {
    mkdirSync(at('srv/many'));
    for (let i = 0; i < 50; i++) {
      mkdirSync(at(`srv/many/c${i}`));
      currentRegistry().recordContainer(id(100 + i), `c${i}`, [stored(`/srv/many/c${i}`)], []);
    }
    const first = where(later());
    expect(Object.keys(first)).to.have.length(50);
    expect(first.c7).to.equal('/srv/many/c7');
    renameSync(at('srv/many/c7'), at('srv/many/c7.old'));
    symlinkSync('/etc', at('srv/many/c7'));
    const second = where(later());
    expect(second.c7).to.equal('/etc');
    expect(second.c8).to.equal('/srv/many/c8');
  });

  it('a forgotten container leaves no stale answer for a new container with the same path', () => {
    mkdirSync(at('srv/gone'));
    currentRegistry().recordContainer(id(2), 'first', [stored('/srv/gone')], []);
    expect(where(later())).to.deep.equal({ first: '/srv/gone' });
    currentRegistry().forgetContainer('first');
    expect(where(later())).to.deep.equal({});
    renameSync(at('srv/gone'), at('srv/gone.old'));
    symlinkSync('/etc', at('srv/gone'));
    currentRegistry().recordContainer(id(3), 'second', [stored('/srv/gone')], []);
    expect(where(later())).to.deep.equal({ second: '/etc' });
  });
});
