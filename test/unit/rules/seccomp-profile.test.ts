/**
 * Docker's default seccomp profile is data (src/rules/lib/seccomp-default.json). What can be
 * checked offline about its freshness: that the data is what its recorded hash says (an edit
 * without a new hash and moby version fails), and that no tested daemon is newer than the moby
 * release it came from (bumping a daemon pin in test/e2e/daemons/versions.sh past it fails, until
 * the profile is regenerated from that release's default.json). Whether upstream changed the
 * profile since cannot be known without the network: that is the bump's job.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import data from '../../../src/rules/lib/seccomp-default.json' with { type: 'json' };
import { DOCKER_DEFAULT, kernelVersion } from '../../../src/rules/lib/seccomp-profile.js';

/** JSON with sorted keys and no spaces: Python's json.dumps(sort_keys=True, separators=(',', ':')). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const semver = (s: string): number[] => (/(\d+)\.(\d+)\.(\d+)/.exec(s) ?? []).slice(1, 4).map(Number);
const newer = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
};

describe("Docker's default seccomp profile (data)", () => {
  it('is the data its hash records (regenerate it from moby and update syscallsSha256 and mobyVersion together)', () => {
    const body = { defaultAction: data.defaultAction, defaultErrnoRet: data.defaultErrnoRet, syscalls: data.syscalls };
    expect(createHash('sha256').update(canonical(body)).digest('hex')).to.equal(data.syscallsSha256);
  });

  it('comes from a moby release no older than any tested daemon', () => {
    const pins = readFileSync(new URL('../../e2e/daemons/versions.sh', import.meta.url), 'utf8');
    const versions = [...pins.matchAll(/^\s*"[^|]*\|[^|]*\|([0-9][^|+]*)/gm)].map((m) => m[1] ?? '');
    expect(versions, 'daemon pins in versions.sh').to.not.be.empty;
    const profile = semver(DOCKER_DEFAULT.mobyVersion);
    for (const v of versions) {
      expect(newer(semver(v), profile), `tested dockerd ${v} is newer than the profile's moby ${DOCKER_DEFAULT.mobyVersion}: regenerate src/rules/lib/seccomp-default.json from that release's default.json`).to.equal(false);
    }
  });

  it('blocks what Docker blocks and allows what it allows (spot checks)', () => {
    const unconditional = new Set(DOCKER_DEFAULT.syscalls.filter((r) => r.action === 'SCMP_ACT_ALLOW' && !r.args?.length && !r.includes && !r.excludes).flatMap((r) => r.names ?? []));
    for (const name of ['read', 'write', 'openat', 'execve', 'futex']) expect(unconditional.has(name), name).to.equal(true);
    for (const name of ['unshare', 'mount', 'bpf', 'keyctl', 'io_uring_setup', 'kexec_load', 'clone', 'socket', 'personality']) expect(unconditional.has(name), name).to.equal(false);
    expect(DOCKER_DEFAULT.defaultAction).to.equal('SCMP_ACT_ERRNO');
  });

  it('reads kernel versions as major.minor', () => {
    expect(kernelVersion('6.1.0-18-amd64')).to.deep.equal([6, 1]);
    expect(kernelVersion('4.8')).to.deep.equal([4, 8]);
    expect(kernelVersion('x')).to.equal(undefined);
  });
});
