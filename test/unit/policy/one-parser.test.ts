/**
 * One parser per Docker notion (issue 13): image references (request/reference, as the daemon's
 * distribution/reference), globs (rules/lib/glob), sizes (rules/lib/bytes), capabilities
 * (rules/lib/capabilities). The policy's exemptions, custom rules and `dockgate check -- run` use
 * the same ones as the rules.
 */
import { expect } from 'chai';
import { ramInBytes, parseRunFlags } from '../../../src/cli/run-flags.js';
import { normalizeImage, parsePolicy } from '../../../src/policy/load.js';
import { parseBytes } from '../../../src/rules/lib/bytes.js';
import { normalizeCapability } from '../../../src/rules/lib/capabilities.js';
import { parseReference, withDefaultTag } from '../../../src/request/reference.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('one parser per Docker notion', () => {
  describe('image references: exemptions normalise like the daemon', () => {
    const table: readonly (readonly [string, string])[] = [
      ['busybox', 'docker.io/library/busybox:latest'],
      ['busybox:1.36', 'docker.io/library/busybox:1.36'],
      ['library/busybox', 'docker.io/library/busybox:latest'],
      ['index.docker.io/busybox', 'docker.io/library/busybox:latest'],
      ['user/app:1', 'docker.io/user/app:1'],
      // an upper-case first component is a registry host to the daemon, not a Docker Hub user
      ['FOO/bar', 'FOO/bar:latest'],
      ['Registry/team/app:2', 'Registry/team/app:2'],
      ['localhost/app', 'localhost/app:latest'],
      ['registry.local:5000/app', 'registry.local:5000/app:latest'],
      [`busybox@${DIGEST}`, `docker.io/library/busybox@${DIGEST}`],
      [`busybox:1.36@${DIGEST}`, `docker.io/library/busybox:1.36@${DIGEST}`],
      // not references the daemon parses: as they are
      ['BusyBox', 'BusyBox'],
      ['a'.repeat(64), 'a'.repeat(64)],
    ];
    for (const [ref, want] of table) {
      it(`${ref} → ${want}`, () => {
        expect(normalizeImage(ref)).to.equal(want);
        const parsed = parseReference(ref);
        expect(parsed === undefined ? ref : withDefaultTag(parsed)).to.equal(want);
      });
    }

    const policy = parsePolicy(JSON.stringify({
      mode: 'enforce',
      rules: {},
      exemptions: [{ id: 'hub', reason: 'Docker Hub images', rules: ['image-tag'], images: ['docker.io/**'] }],
    }), 'test');
    const hub = policy.exemptions[0]!;
    for (const [image, applies] of [['busybox:1', true], ['foo/bar', true], ['FOO/bar', false], ['FOO/bar:1', false], ['evil.example.com/bar', false]] as const) {
      it(`an exemption for docker.io/** ${applies ? 'applies to' : 'does not apply to'} ${image}`, () => {
        expect(hub.matches({ user: '', image, containerName: undefined })).to.equal(applies);
      });
    }
  });

  describe('globs: custom rules match like every other glob', () => {
    const policy = parsePolicy(JSON.stringify({
      mode: 'enforce',
      rules: {},
      customRules: [{ id: 'custom/registry', operations: ['container.create'], field: 'body.config.Image', operator: 'glob', value: 'registry.example.com/**', message: 'm', action: 'deny' }],
    }), 'test');
    it('compiles', () => {
      expect(policy.rules.some((r) => r.rule.meta.id === 'custom/registry')).to.equal(true);
    });
  });

  describe('sizes: docker run flags and policy options', () => {
    for (const s of ['64m', '64M', '64MiB', '64mb', '1.5g', '512k', '100', '1 g', '2t']) {
      it(s, () => {
        expect(ramInBytes(s, '--memory')).to.equal(parseBytes(s));
      });
    }
    for (const s of ['64x', '', 'm', '1  g', '-1']) {
      it(`${JSON.stringify(s)} is refused by both`, () => {
        expect(parseBytes(s)).to.equal(undefined);
        expect(() => ramInBytes(s, '--memory')).to.throw(/invalid size/);
      });
    }
  });

  describe('capabilities: docker run flags normalise like the daemon', () => {
    const caps = (flag: string): unknown => {
      const r = parseRunFlags(['--cap-add', flag, 'busybox']);
      if (!r.ok) throw new Error(r.error);
      return (r.request.body as { HostConfig: { CapAdd: unknown } }).HostConfig.CapAdd;
    };
    for (const [flag, want] of [['sys_admin', 'CAP_SYS_ADMIN'], [' Cap_Net_Admin ', 'CAP_NET_ADMIN'], ['\u017fys_admin', 'CAP_SYS_ADMIN'], ['all', 'ALL'], ['stra\u00dfe', 'CAP_STRA\u00dfE']] as const) {
      it(`--cap-add ${JSON.stringify(flag)} → ${want}`, () => {
        expect(caps(flag)).to.deep.equal([want]);
        expect(normalizeCapability(flag.trim())).to.equal(want);
      });
    }
  });
});
