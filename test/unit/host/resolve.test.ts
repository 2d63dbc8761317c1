/** The host-path resolver on real temporary trees: a fake host root, symlinks, loops, missing tails. */
import { expect } from 'chai';
import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveHostPath, withLookupCache, type Resolution } from '../../../src/host/resolve.js';
import { buildTree } from './tree.js';

function pathOf(r: Resolution): string {
  return r.ok ? r.path : `!${r.reason}`;
}

describe('resolveHostPath', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'dg-resolve-'));
    buildTree(root, [
      'etc/', 'etc/shadow', 'srv/data/', 'srv/data/file', 'home/u/project/',
      'srv/data/to-root -> /', 'srv/data/to-etc -> /etc', 'srv/data/rel-etc -> ../../etc', 'srv/data/escape -> ../../../../../../etc',
      'srv/data/mid -> /srv', 'srv/data/chain1 -> chain2', 'srv/data/chain2 -> /srv/data/to-etc',
      'srv/data/loop-a -> loop-b', 'srv/data/loop-b -> loop-a', 'srv/data/self -> self',
      'srv/data/to-file -> file', 'srv/data/dangling -> /etc/newdir', 'srv/data/dotdot -> to-etc/..',
      'var/run -> ../run', 'run/docker.sock',
    ]);
    // A chain of 45 links: each points at the next.
    for (let i = 0; i < 45; i++) symlinkSync(i === 44 ? '/srv/data' : `deep${i + 1}`, join(root, 'srv', `deep${i}`));
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const table: readonly (readonly [string, string, string])[] = [
    ['plain folder', '/srv/data', '/srv/data'],
    ['relative path from /', 'srv/data', '/srv/data'],
    ['relative path to a system folder', 'etc', '/etc'],
    ['trailing slash', '/srv/data/', '/srv/data'],
    ['symlink at the end', '/srv/data/to-etc', '/etc'],
    ['symlink to / at the end', '/srv/data/to-root', '/'],
    ['symlink in the middle', '/srv/data/to-etc/shadow', '/etc/shadow'],
    ['relative symlink', '/srv/data/rel-etc', '/etc'],
    ['relative symlink climbing above the root stays at the root', '/srv/data/escape', '/etc'],
    ['absolute target re-anchored', '/srv/data/mid/data/file', '/srv/data/file'],
    ['chain of links', '/srv/data/chain1', '/etc'],
    ['.. after a symlink is physical', '/srv/data/to-etc/..', '/'],
    ['.. after a symlink in the middle', '/srv/data/to-etc/../srv', '/srv'],
    ['.. inside a link target', '/srv/data/dotdot', '/'],
    ['.. never climbs above the root', '/../../etc', '/etc'],
    ['doubled slashes and dots', '//srv/./data//file', '/srv/data/file'],
    ['a missing tail', '/srv/data/new/sub', '/srv/data/new/sub'],
    ['a missing tail behind a symlink', '/srv/data/to-etc/cron.d/x', '/etc/cron.d/x'],
    ['a dangling symlink', '/srv/data/dangling', '/etc/newdir'],
    ['a link through /var/run', '/var/run/docker.sock', '/run/docker.sock'],
    ['the root', '/', '/'],
    ['a loop', '/srv/data/loop-a', '!loop'],
    ['a link to itself', '/srv/data/self', '!loop'],
    ['too many links', '/srv/deep0', '!too-many-links'],
    ['a file in the middle', '/srv/data/file/x', '!not-a-directory'],
    ['.. after a file', '/srv/data/file/..', '!not-a-directory'],
    ['a link to a file with a trailing slash', '/srv/data/to-file/', '!not-a-directory'],
  ];
  for (const [name, input, want] of table) {
    it(`${name}: ${input} -> ${want}`, () => {
      expect(pathOf(resolveHostPath(input, root))).to.equal(want);
    });
  }

  it('reports the final type and what is missing', () => {
    const f = resolveHostPath('/srv/data/to-file', root);
    expect(f.ok && f.kind).to.equal('file');
    const d = resolveHostPath('/srv/data', root);
    expect(d.ok && d.kind).to.equal('directory');
    const m = resolveHostPath('/srv/data/to-etc/cron.d/x', root);
    expect(m.ok && { kind: m.kind, existing: m.existing, missing: m.missing }).to.deep.equal({ kind: 'missing', existing: '/etc', missing: ['cron.d', 'x'] });
  });

  it('lists every directory of the resolved path with its owner and mode', () => {
    chmodSync(join(root, 'srv'), 0o775);
    const r = resolveHostPath('/srv/data/mid/data', root);
    if (!r.ok) throw new Error(r.detail);
    expect(r.dirs.map((d) => d.path)).to.deep.equal(['/', '/srv', '/srv/data']);
    const srv = r.dirs[1]!;
    expect(srv.mode & 0o777).to.equal(0o775);
    expect(srv.rootOwnedNotShared).to.equal(false);
    expect(r.links).to.equal(1);
  });

  it('names no anchor in messages', () => {
    const r = resolveHostPath('/srv/data/loop-a', root);
    expect(!r.ok && r.detail).to.be.a('string').and.not.include(root);
  });

  it('refuses over-long paths', () => {
    expect(pathOf(resolveHostPath(`/${'a'.repeat(5000)}`, root))).to.equal('!too-long');
  });

  // A folder swapped for a symlink between two resolutions: the attack the resolver exists for.
  function swapToLink(name: string): void {
    renameSync(join(root, 'srv', name), join(root, 'srv', `${name}.old`));
    symlinkSync('/etc', join(root, 'srv', name));
  }

  it('sees a swap made between two calls outside a decision, and after a decision ended', () => {
    mkdirSync(join(root, 'srv', 'swap1'));
    expect(withLookupCache(() => pathOf(resolveHostPath('/srv/swap1/x', root)))).to.equal('/srv/swap1/x');
    // The decision above is over: its answers are gone.
    swapToLink('swap1');
    expect(pathOf(resolveHostPath('/srv/swap1/x', root))).to.equal('/etc/x');
    mkdirSync(join(root, 'srv', 'swap2'));
    expect(pathOf(resolveHostPath('/srv/swap2', root))).to.equal('/srv/swap2');
    swapToLink('swap2');
    expect(pathOf(resolveHostPath('/srv/swap2', root))).to.equal('/etc');
  });

  it('answers each path once within a decision: every resolution of it sees one snapshot', () => {
    mkdirSync(join(root, 'srv', 'swap3'));
    const seen = withLookupCache(() => {
      const first = pathOf(resolveHostPath('/srv/swap3/a', root));
      swapToLink('swap3');
      // Nested calls share the outer decision's answers.
      const nested = withLookupCache(() => pathOf(resolveHostPath('/srv/swap3/b', root)));
      return [first, nested, pathOf(resolveHostPath('/srv/swap3', root))];
    });
    expect(seen).to.deep.equal(['/srv/swap3/a', '/srv/swap3/b', '/srv/swap3']);
    expect(pathOf(resolveHostPath('/srv/swap3', root))).to.equal('/etc');
  });

  it('drops the answers when a decision throws', () => {
    mkdirSync(join(root, 'srv', 'swap4'));
    expect(() =>
      withLookupCache(() => {
        resolveHostPath('/srv/swap4', root);
        throw new Error('rule failed');
      }),
    ).to.throw('rule failed');
    swapToLink('swap4');
    expect(pathOf(resolveHostPath('/srv/swap4', root))).to.equal('/etc');
  });
});
