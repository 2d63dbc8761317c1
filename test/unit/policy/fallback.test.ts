/**
 * The fail-safe policy holder (issue 14): the order of the fallbacks, the last-known-good copy
 * (written atomically, only when it changes), and the diagnosis of a deleted policy mount.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deletedMountFor, lastKnownGoodPath, parseMountinfo, readLastKnownGood, saveLastKnownGood, writeFileAtomic } from '../../../src/policy/fallback.js';
import { fallbackNote, loadFailureFix, PolicyHolder } from '../../../src/policy/holder.js';
import { PolicyError } from '../../../src/policy/load.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const SHIPPED = join(ROOT, 'config/policy.json');

describe('policy fallback (fail-safe start)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dockgate-fallback-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const policyText = (mode: 'enforce' | 'audit', extra: Record<string, unknown> = {}): string => JSON.stringify({ mode, rules: { 'read-only-rootfs': 'deny', ...extra } });

  it('without fail-safe options the holder stays strict (throws PolicyError)', () => {
    expect(() => new PolicyHolder(join(dir, 'missing.json'))).to.throw(PolicyError);
  });

  it('configured file: loads it, keeps a byte-exact copy (0600), rewrites the copy only when the text changes', () => {
    const file = join(dir, 'policy.json');
    const state = join(dir, 'state');
    writeFileSync(file, policyText('audit'));
    const h = new PolicyHolder(file, undefined, { stateDir: state, shippedDefault: SHIPPED });
    expect(h.fallback()).to.equal(undefined);
    expect(h.current().mode).to.equal('audit');
    expect(h.lastGoodLoad()).to.be.instanceOf(Date);
    const copy = lastKnownGoodPath(state);
    expect(readFileSync(copy, 'utf8')).to.equal(policyText('audit'));
    expect(statSync(copy).mode & 0o777).to.equal(0o600);
    expect(saveLastKnownGood(state, policyText('audit')), 'same text: not written').to.equal(false);
    writeFileSync(file, policyText('enforce'));
    h.reload();
    expect(readFileSync(copy, 'utf8')).to.equal(policyText('enforce'));
    expect(readdirSync(join(state, 'policy')), 'no temporary file left').to.deep.equal(['last-known-good.json']);
  });

  it('falls back to the copy, then the shipped default, then the built-in policy; the mode override applies to each', () => {
    const file = join(dir, 'policy.json');
    const state = join(dir, 'state');
    writeFileSync(file, policyText('audit'));
    new PolicyHolder(file, undefined, { stateDir: state, shippedDefault: SHIPPED });
    rmSync(file);

    const lkg = new PolicyHolder(file, undefined, { stateDir: state, shippedDefault: SHIPPED });
    expect(lkg.fallback()?.origin).to.equal('last-known-good');
    expect(lkg.fallback()?.savedAt).to.be.instanceOf(Date);
    expect(lkg.current().mode).to.equal('audit');
    expect(lkg.current().source).to.equal(lastKnownGoodPath(state));
    expect(lkg.lastGoodLoad()).to.equal(undefined);
    expect(fallbackNote(lkg.fallback()!)).to.include('[DG_POLICY_FALLBACK]').and.include('last-known-good');

    writeFileSync(lastKnownGoodPath(state), '{"mode":');
    const shipped = new PolicyHolder(file, 'audit', { stateDir: state, shippedDefault: SHIPPED });
    expect(shipped.fallback()?.origin).to.equal('shipped-default');
    expect(shipped.current().mode, 'DOCKGATE_MODE still applies').to.equal('audit');

    const builtIn = new PolicyHolder(file, undefined, { stateDir: undefined, shippedDefault: join(dir, 'no-shipped.json') });
    expect(builtIn.fallback()?.origin).to.equal('built-in');
    expect(builtIn.current().mode).to.equal('enforce');
    expect(builtIn.current().rules.find((r) => r.rule.meta.id === 'privileged')?.action).to.equal('deny');
  });

  it('a reload that fails keeps the fallback (with the new reason); one that succeeds ends it', () => {
    const file = join(dir, 'policy.json');
    const h = new PolicyHolder(file, undefined, { stateDir: join(dir, 'state'), shippedDefault: SHIPPED });
    expect(h.fallback()?.origin).to.equal('shipped-default');
    writeFileSync(file, '{not json');
    expect(() => h.reload()).to.throw(PolicyError);
    expect(h.fallback()?.reason).to.include('not valid JSON');
    writeFileSync(file, policyText('enforce'));
    h.reload();
    expect(h.fallback()).to.equal(undefined);
    expect(existsSync(lastKnownGoodPath(join(dir, 'state')))).to.equal(true);
  });

  it('a state folder that cannot be written: serves anyway, and says the copy was not saved', () => {
    const file = join(dir, 'policy.json');
    writeFileSync(file, policyText('enforce'));
    writeFileSync(join(dir, 'not-a-folder'), '');
    const h = new PolicyHolder(file, undefined, { stateDir: join(dir, 'not-a-folder'), shippedDefault: SHIPPED });
    expect(h.fallback()).to.equal(undefined);
    expect(h.lastKnownGoodError()).to.include('cannot write the last-known-good copy');
    expect(readLastKnownGood(join(dir, 'not-a-folder'))).to.equal(undefined);
  });

  it('writeFileAtomic replaces the file whole, with the mode asked', () => {
    const file = join(dir, 'sub', 'x.prom');
    writeFileAtomic(file, 'a\n', { mode: 0o644, dirMode: 0o755, sync: false });
    writeFileAtomic(file, 'b\n', { mode: 0o644, dirMode: 0o755 });
    expect(readFileSync(file, 'utf8')).to.equal('b\n');
    expect(statSync(file).mode & 0o777).to.equal(0o644);
    expect(statSync(join(dir, 'sub')).mode & 0o777).to.equal(0o755);
  });

  describe('deleted policy mount (/proc/self/mountinfo)', () => {
    const MOUNTINFO = [
      '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
      '601 590 8:1 /etc/dockgate//deleted /etc/dockgate ro,relatime - ext4 /dev/sda1 rw',
      '602 590 8:1 / /host ro,relatime master:1 - ext4 /dev/sda1 rw',
      '603 590 8:1 /srv/with\\040space /srv/x ro,relatime - ext4 /dev/sda1 rw',
    ].join('\n');

    it('parses mountinfo (octal escapes undone)', () => {
      expect(parseMountinfo(MOUNTINFO).map((m) => m.mountPoint)).to.deep.equal(['/', '/etc/dockgate', '/host', '/srv/x']);
      expect(parseMountinfo(MOUNTINFO)[3]?.root).to.equal('/srv/with space');
    });

    it('finds the deleted mount above the policy file (the deepest mount decides)', () => {
      expect(deletedMountFor('/etc/dockgate/policy.json', MOUNTINFO)).to.deep.equal({ mountPoint: '/etc/dockgate', hostFolder: '/etc/dockgate' });
      expect(deletedMountFor('/host/etc/dockgate/policy.json', MOUNTINFO)).to.equal(undefined);
      expect(deletedMountFor('/etc/dockgate2/policy.json', MOUNTINFO)).to.equal(undefined);
      expect(deletedMountFor('/opt/dockgate/config/policy.json', MOUNTINFO)).to.equal(undefined);
    });

    it('for real: a bind-mounted policy folder deleted on the "host" is diagnosed with the fix (root, unshare)', function () {
      if (process.getuid?.() !== 0 || spawnSync('unshare', ['--version']).status !== 0) this.skip();
      const src = join(dir, 'src');
      const mnt = join(dir, 'mnt');
      mkdirSync(src);
      mkdirSync(mnt);
      writeFileSync(join(src, 'policy.json'), policyText('enforce'));
      // in a private mount namespace: bind src at mnt, replace src (rm + mkdir), then ask dockgate's diagnosis
      const script = `
        import { loadFailureFix } from ${JSON.stringify(join(ROOT, 'src/policy/holder.ts'))};
        import { loadPolicyFile } from ${JSON.stringify(join(ROOT, 'src/policy/load.ts'))};
        try { loadPolicyFile(process.argv[1]); console.log('loaded'); } catch (err) { console.log(loadFailureFix(process.argv[1], err)); }`;
      const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c',
        `mount --bind "$1" "$2" && rm -rf "$1" && mkdir "$1" && exec "$3" --import tsx --input-type=module -e "$4" "$2/policy.json"`,
        'sh', src, mnt, process.execPath, script], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status, r.stderr).to.equal(0);
      expect(r.stdout).to.include(`the policy folder mounted at ${mnt} was deleted on the host`).and.include('Restart the plugin process');
      // outside that namespace nothing is mounted: an ordinary missing file gets the ordinary fix
      expect(loadFailureFix(join(mnt, 'policy.json'), new PolicyError(join(mnt, 'policy.json'), [{ path: '', message: 'cannot read the file: ENOENT' }]))).to.include('fix ');
    });
  });

  describe('the fix for a missing file in the managed plugin (no policy mount: the host\'s files through the host root)', () => {
    const enoent = (file: string): PolicyError => new PolicyError(file, [{ path: '', message: `cannot read the file: ENOENT: no such file or directory, stat '${file}'` }]);
    const cases: readonly { name: string; file: string; hostRoot: string; err: unknown; includes: readonly string[]; excludes?: readonly string[] }[] = [
      { name: 'the default /host/etc/dockgate/policy.json missing: create the host file', file: '/host/etc/dockgate/policy.json', hostRoot: '/host', err: enoent('/host/etc/dockgate/policy.json'), includes: ['create /etc/dockgate/policy.json on the host', 'no restart needed', 'DOCKGATE_POLICY=/opt/dockgate/config/policy.json'] },
      { name: 'a folder of its own under /host', file: '/host/srv/pol/p.json', hostRoot: '/host', err: enoent('/host/srv/pol/p.json'), includes: ['create /srv/pol/p.json on the host'] },
      { name: 'a setting kept from the old policy mount (/etc/dockgate/...): read it through /host', file: '/etc/dockgate/policy.json', hostRoot: '/host', err: enoent('/etc/dockgate/policy.json'), includes: ['no "policy" mount any more', 'DOCKGATE_POLICY=/host/etc/dockgate/policy.json', '/host<the folder policy.source named>/policy.json'] },
      { name: 'the socket plugin (host root /): the ordinary fix', file: '/etc/dockgate/policy.json', hostRoot: '/', err: enoent('/etc/dockgate/policy.json'), includes: ['fix /etc/dockgate/policy.json'], excludes: ['policy mount', 'create '] },
      { name: 'an invalid file under /host is not a missing one', file: '/host/etc/dockgate/policy.json', hostRoot: '/host', err: new PolicyError('/host/etc/dockgate/policy.json', [{ path: 'rules', message: 'unknown rule' }]), includes: ['fix /host/etc/dockgate/policy.json', 'dockgate validate'], excludes: ['create '] },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const fix = loadFailureFix(c.file, c.err, c.hostRoot);
        for (const i of c.includes) expect(fix).to.include(i);
        for (const x of c.excludes ?? []) expect(fix).to.not.include(x);
      });
    }
  });
});
