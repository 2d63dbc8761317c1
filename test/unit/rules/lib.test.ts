/** Shared rule helpers: the fast paths agree with what they stand for; parses are shared per request. */
import { expect } from 'chai';
import fc from 'fast-check';
import micromatch from 'micromatch';
import { goToUpper } from '../../../src/rules/lib/capabilities.js';
import { globMatcher } from '../../../src/rules/lib/glob.js';
import { liveContext } from '../../../src/rules/lib/context.js';
import { mountSurface } from '../../../src/rules/lib/mounts.js';
import { cleanPaths, goPathClean, isWithin } from '../../../src/rules/lib/paths.js';
import { publishedPorts } from '../../../src/rules/lib/ports.js';
import { parseSecurityOpts } from '../../../src/rules/lib/security-opt.js';
import { DEFAULT_DENY } from '../../../src/rules/sensitive-mounts.js';
import { SAFE_SYSCTLS } from '../../../src/rules/sysctls.js';
import { apiRequest, captured, decode, eachSet } from '../../helpers/fixtures.js';

/** Go's strings.ToUpper code point by code point (the general path of goToUpper). */
function goToUpperSlow(s: string): string {
  let out = '';
  for (const ch of s) {
    const up = ch.toUpperCase();
    out += Array.from(up).length === 1 ? up : ch;
  }
  return out;
}

describe('rule helpers', () => {
  describe('globMatcher matches like micromatch.matcher(glob, { dot: true })', () => {
    const globs = [
      ...DEFAULT_DENY, ...SAFE_SYSCTLS, '/etc/localtime', '/usr/share/zoneinfo/**', '/dev/fuse', 'tenant-*.slice', '/docker-tenants/*',
      'net.ipv4.tcp_*', '10.0.0.*:2377', 'docker.io/vieux/sshfs:*', 'admin-?', '*', '**', '.*', '!(x)', '!x', '{a,b}/c', 'a[b', '[ab]', 'a\\*b',
      '(a|b)', '+(a)', '/a/**/b', '*.{js,ts}', 'ops-*', 'a/./b', 'a/../b',
    ];
    const values = [
      '', '/', '/etc', '/etc/', '/etc/passwd', '/etcetera', '/etc/.hidden', '/etc/../srv', '/etc/./x', '/var/lib/docker', '/var/lib/docker/volumes/x',
      '/dev/fuse', 'tenant-1.slice', '/docker-tenants/a', '/docker-tenants/a/b', 'net.ipv4.tcp_syncookies', 'net.ipv4.ip_forward', '10.0.0.7:2377',
      'docker.io/vieux/sshfs:latest', 'admin-1', 'admin-12', 'x', '.x', 'a', 'b', 'a/c', 'b/c', 'a[b', 'a*b', 'aXb', '(a|b)', 'aa', '/a/b', '/a/x/y/b',
      'x.js', 'ops-1', 'a/./b', 'a/../b', 'a/b',
    ];
    it('on a table of globs and values', () => {
      for (const g of globs) {
        const ours = globMatcher([g]);
        const theirs = micromatch.matcher(g, { dot: true });
        for (const v of [...values, ...globs]) expect(ours(v), `${JSON.stringify(g)} on ${JSON.stringify(v)}`).to.equal(theirs(v));
      }
    });
    it('on random globs and values', () => {
      const text = fc.string({ unit: fc.constantFrom('a', 'b', '.', '/', '*', '?', '!', '[', ']', '{', '}', ',', '(', ')', '|', '+', '@', '\\', '-'), maxLength: 8 });
      fc.assert(
        fc.property(text.filter((g) => g !== ''), fc.array(text, { maxLength: 8 }), (g, vs) => {
          const ours = globMatcher([g]);
          const theirs = micromatch.matcher(g, { dot: true });
          for (const v of [g, ...vs]) expect(ours(v), `${JSON.stringify(g)} on ${JSON.stringify(v)}`).to.equal(theirs(v));
        }),
        { numRuns: 2000 },
      );
    });
  });

  it('isWithin is "equal, or below"', () => {
    const path = fc.string({ unit: fc.constantFrom('a', 'b', '/'), maxLength: 8 });
    fc.assert(
      fc.property(path, path, (p, d) => {
        expect(isWithin(p, d)).to.equal(p === d || d === '/' || p.startsWith(`${d}/`));
      }),
    );
  });

  it('goToUpper takes the ASCII shortcut only where it agrees with the code-point mapping', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => {
        expect(goToUpper(s)).to.equal(goToUpperSlow(s));
      }),
      { numRuns: 2000 },
    );
    for (const s of ['sys_admin', 'CAP_net_raw', 'ſyſ_admin', 'ıpc_lock', 'ß', '\uFB00', 'a\u0000b', '']) expect(goToUpper(s)).to.equal(goToUpperSlow(s));
  });

  it('cleans a policy path list', () => {
    const list = ['/run//docker.sock', '/var/run/../run/x.sock/'];
    expect(cleanPaths(list)).to.deep.equal(list.map(goPathClean));
  });

  eachSet((set) => {
    it('parses a request\'s mounts, ports and security options once, whichever rule asks first', () => {
      const a = decode(captured('run-hardened', 'container.create', set));
      const b = decode(captured('run-hardened', 'container.create', set));
      expect(mountSurface(a, liveContext)).to.equal(mountSurface(a, liveContext));
      expect(mountSurface(a, liveContext)).to.not.equal(mountSurface(b, liveContext));
      expect(mountSurface(a, liveContext)).to.deep.equal(mountSurface(b, liveContext));
      expect(mountSurface(a, liveContext).hostPaths.map((h) => h.path)).to.deep.equal(['/srv/dg-data']);
      expect(publishedPorts(a)).to.equal(publishedPorts(a));
      expect(publishedPorts(a)).to.deep.equal(publishedPorts(b));
      if (a.body.kind !== 'container.create') throw new Error('not a create');
      const opts = a.body.hostConfig.SecurityOpt;
      expect(parseSecurityOpts(opts)).to.equal(parseSecurityOpts(opts));
      expect(parseSecurityOpts(opts).noNewPrivileges).to.equal('true');
      expect(parseSecurityOpts(null)).to.deep.equal({ seccomp: undefined, apparmor: undefined, labels: [], noNewPrivileges: undefined, writableCgroups: undefined, entries: [] });
      const other = decode(apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { Binds: ['/etc:/e:ro,rshared'] } }));
      expect(mountSurface(other, liveContext).hostPaths).to.deep.equal([{ field: 'HostConfig.Binds[0]', path: '/etc', raw: '/etc', kernelPath: '/etc', readOnly: true, submountsWritable: true, role: 'bind' }]);
      expect(mountSurface(other, liveContext).propagation).to.deep.equal([{ field: 'HostConfig.Binds[0]', mode: 'rshared' }]);
    });
  });
});
