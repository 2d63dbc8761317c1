/**
 * The shipped policies, end to end: real CLI envelopes through decodeRequest, the engine and
 * config/policy.json (default), config/audit.json and config/strict.json.
 */
import { expect } from 'chai';
import { evaluate, type Decision } from '../../../src/engine/engine.js';
import { loadPolicyFile, parsePolicy, PolicyError } from '../../../src/policy/load.js';
import { RULES } from '../../../src/rules/index.js';
import { contextWith } from '../../helpers/context.js';
import { apiRequest, captured, decode, eachSet, type RawEnvelope } from '../../helpers/fixtures.js';

// Run as a socket plugin would: dockgate has no managed-plugin ID of its own (whatever /proc says here).
const NOT_A_PLUGIN = contextWith({ ownPluginId: () => undefined });
const config = (file: string) => loadPolicyFile(new URL(`../../../config/${file}`, import.meta.url).pathname, NOT_A_PLUGIN);
const DEFAULT = config('policy.json');
const AUDIT = config('audit.json');
const STRICT = config('strict.json');

const decide = (raw: RawEnvelope, policy = DEFAULT): Decision => evaluate(decode(raw), policy);
const denying = (d: Decision) => [...new Set(d.violations.filter((v) => v.action === 'deny' && v.exemptedBy === undefined).map((v) => v.rule))];

describe('default policy (config/policy.json)', () => {
  it('lists every rule with its default action', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(DEFAULT.rules.map((r) => r.rule.meta.id)).to.deep.equal(ids);
    for (const r of DEFAULT.rules) expect(r.action, r.rule.meta.id).to.equal(r.rule.meta.defaultAction);
  });

  eachSet((set) => {
    it('allows the hardened real-world docker run (memory, on-failure:5, read-only, no-new-privileges, cap-drop ALL + NET_BIND_SERVICE, ports on 127.0.0.1, a data bind mount)', () => {
      const d = decide(captured('run-hardened', 'container.create', set));
      expect(d).to.include({ allow: true, wouldDeny: false, msg: '' });
      // Only a hardening recommendation remains, as a warning: it runs on the default bridge.
      expect(d.violations.map((v) => `${v.rule}:${v.action}`)).to.deep.equal(['default-bridge:warn']);
      expect(d.problems).to.deep.equal([]);
    });

    it('allows an ordinary compliant docker run, warning about hardening', () => {
      const d = decide(captured('run-compliant', 'container.create', set));
      expect(d.allow).to.equal(true);
      expect(denying(d)).to.deep.equal([]);
      expect(d.violations.every((v) => v.action === 'warn')).to.equal(true);
    });

    describe('denies every door to the host that the CLI fixtures open', () => {
      const table: [string, string, string[]][] = [
        ['run-privileged', 'container.create', ['privileged']],
        ['run-net-host', 'container.create', ['host-network', 'memory-limit']],
        ['run-pid-host', 'container.create', ['memory-limit', 'host-pid']],
        ['run-ipc-host', 'container.create', ['memory-limit', 'host-ipc']],
        ['run-uts-host', 'container.create', ['memory-limit', 'host-uts']],
        ['run-userns-host', 'container.create', ['memory-limit', 'host-userns']],
        ['run-cgroupns-host', 'container.create', ['memory-limit', 'host-cgroupns']],
        ['run-caps', 'container.create', ['memory-limit', 'capabilities']],
        ['run-cap-all', 'container.create', ['memory-limit', 'capabilities']],
        ['run-bind-root', 'container.create', ['memory-limit', 'sensitive-mounts', 'docker-socket']],
        ['run-bind-etc-ro', 'container.create', ['memory-limit', 'sensitive-mounts']],
        ['run-docker-sock', 'container.create', ['memory-limit', 'sensitive-mounts', 'docker-socket']],
        ['run-mount-bind', 'container.create', ['memory-limit', 'sensitive-mounts', 'mount-propagation']],
        ['run-mount-volume-opts', 'container.create', ['memory-limit', 'sensitive-mounts']],
        ['run-volumes-from', 'container.create', ['memory-limit', 'sensitive-mounts']],
        ['run-device', 'container.create', ['memory-limit', 'host-devices']],
        ['run-device-cgroup-rule', 'container.create', ['memory-limit', 'host-devices']],
        ['run-label-disable', 'container.create', ['memory-limit', 'selinux-unconfined']],
        ['run-systempaths', 'container.create', ['memory-limit', 'systempaths-unconfined']],
        ['run-seccomp-unconfined', 'container.create', ['seccomp-unconfined', 'memory-limit']],
        ['run-apparmor-unconfined', 'container.create', ['apparmor-unconfined', 'memory-limit']],
        ['exec-privileged', 'container.exec', ['privileged']],
        ['volume-create-bind', 'volume.create', ['sensitive-mounts']],
        ['build-network-host', 'image.build', ['build-options']],
        ['service-create-host', 'service.create', ['host-network', 'memory-limit', 'capabilities', 'sensitive-mounts']],
      ];
      for (const [id, op, rules] of table) {
        it(`${id}: ${rules.join(', ')}`, () => {
          const d = decide(captured(id, op, set));
          expect(d.allow).to.equal(false);
          expect(denying(d)).to.deep.equal(rules);
          for (const rule of rules) expect(d.msg).to.include(`[${rule}]`);
        });
      }
    });

    it('denies disabling any plugin not listed in otherPlugins: it may be an authorization plugin (the captured docker plugin disable)', () => {
      const d = decide(captured('plugin-disable', 'plugin.disable', set));
      expect(d.allow).to.equal(false);
      expect(denying(d)).to.deep.equal(['self-protection']);
    });

    it('warns on swarm init and on service rollback', () => {
      const init = decide(captured('swarm-init', 'swarm.init', set));
      expect(init.allow).to.equal(true);
      expect(init.violations.map((v) => `${v.rule}:${v.action}`)).to.deep.equal(['swarm-init:warn']);
      const rollback = decide(captured('service-rollback', 'service.update', set));
      expect(rollback.allow).to.equal(true);
      expect(rollback.violations.map((v) => `${v.rule}:${v.action}`)).to.deep.equal(['service-rollback:warn']);
    });

    it('allows a plain service with a memory limit', () => {
      expect(decide(captured('service-create-plain', 'service.create', set)).allow).to.equal(true);
      expect(decide(captured('service-update', 'service.update', set)).allow).to.equal(true);
    });
  });

  it('denies disabling dockgate itself, by name, name:tag or ID prefix', () => {
    for (const name of ['dockgate', 'dockgate:latest', 'docker.io/library/dockgate']) {
      const d = decide(apiRequest('POST', `/v1.41/plugins/${name}/disable`));
      expect(d.allow, name).to.equal(false);
      expect(d.msg).to.include('[self-protection]');
    }
    // dockgate does not know its ID here: a hex target may be a prefix of it.
    expect(decide(apiRequest('DELETE', '/v1.41/plugins/3f9a?force=1')).allow).to.equal(false);
  });

  it('denies swarm join and plugin installs', () => {
    expect(denying(decide(apiRequest('POST', '/v1.41/swarm/join', { RemoteAddrs: ['203.0.113.7:2377'], JoinToken: 't' })))).to.deep.equal(['swarm-join']);
    expect(denying(decide(apiRequest('POST', '/v1.41/plugins/pull?remote=vieux/sshfs', [])))).to.deep.equal(['plugin-install']);
  });

  it('denies requests it cannot see: a service or volume without a body, a build with a form body', () => {
    expect(decide(apiRequest('POST', '/v1.41/services/create')).problems.map((p) => p.code)).to.deep.equal(['DG_BODY_MISSING']);
    expect(decide(apiRequest('POST', '/v1.41/volumes/create')).allow).to.equal(false);
    const form = decide(apiRequest('POST', '/v1.41/build?t=x', undefined, { 'Content-Type': 'application/x-www-form-urlencoded' }));
    expect(form.allow).to.equal(false);
    expect(form.msg).to.include('[DG_FORM_BODY]');
  });
});

describe('exemptions and self-protection', () => {
  const base = JSON.parse(JSON.stringify({ mode: 'enforce', rules: {} })) as Record<string, unknown>;
  it('a "*" exemption does not lift self-protection', () => {
    const p = parsePolicy(JSON.stringify({ ...base, exemptions: [{ id: 'ops', reason: 'ops', rules: ['*'], users: ['ops-*'] }] }), 't', NOT_A_PLUGIN);
    const req = { ...apiRequest('POST', '/v1.41/plugins/dockgate/disable'), User: 'ops-alice', UserAuthNMethod: 'TLS' };
    expect(decide(req, p).allow).to.equal(false);
    const priv = { ...apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { Privileged: true, Memory: 1 << 26 } }), User: 'ops-alice', UserAuthNMethod: 'TLS' };
    expect(decide(priv, p).allow).to.equal(true);
  });
  it('naming self-protection in an exemption is a policy error; adminUsers is the way', () => {
    expect(() => parsePolicy(JSON.stringify({ ...base, exemptions: [{ id: 'x', reason: 'r', rules: ['self-protection'], users: ['a'] }] }), 't', NOT_A_PLUGIN)).to.throw(PolicyError, '/exemptions/0/rules/0');
    const p = parsePolicy(JSON.stringify({ mode: 'enforce', rules: { 'self-protection': { action: 'deny', options: { adminUsers: ['ops-*'] } } } }), 't', NOT_A_PLUGIN);
    expect(decide({ ...apiRequest('POST', '/v1.41/plugins/dockgate/disable'), User: 'ops-alice', UserAuthNMethod: 'TLS' }, p).allow).to.equal(true);
    expect(decide(apiRequest('POST', '/v1.41/plugins/dockgate/disable'), p).allow).to.equal(false);
  });
  eachSet((set) => {
    it('image exemptions match a service image', () => {
      const p = parsePolicy(JSON.stringify({ ...base, exemptions: [{ id: 'agent', reason: 'r', rules: ['capabilities', 'host-network', 'sensitive-mounts', 'memory-limit'], images: ['dockgate-test/busybox:1.36'] }] }), 't', NOT_A_PLUGIN);
      expect(decide(captured('service-create-host', 'service.create', set), p).allow).to.equal(true);
    });
  });
});

describe('audit policy (config/audit.json)', () => {
  it('has the default actions', () => {
    for (const r of AUDIT.rules) expect(r.action, r.rule.meta.id).to.equal(r.rule.meta.defaultAction);
  });
  eachSet((set) => {
    it('allows everything and says what it would deny', () => {
      const d = decide(captured('run-docker-sock', 'container.create', set), AUDIT);
      expect(d).to.include({ allow: true, wouldDeny: true });
      expect(d.msg).to.match(/^dockgate would deny container create: .*\[docker-socket\]/);
    });
  });
});

describe('strict policy (config/strict.json)', () => {
  it('denies with every rule', () => {
    expect(STRICT.rules.every((r) => r.action === 'deny')).to.equal(true);
  });
  eachSet((set) => {
    it('denies the hardening recommendations too', () => {
      const d = decide(captured('run-compliant', 'container.create', set), STRICT);
      expect(denying(d)).to.deep.equal(['read-only-rootfs', 'pids-limit', 'no-new-privileges', 'cpu-limit']);
      expect(denying(decide(captured('run-hardened', 'container.create', set), STRICT))).to.deep.equal(['sensitive-mounts', 'default-bridge']);
      expect(denying(decide(captured('service-create-plain', 'service.create', set), STRICT))).to.include('restart-policy');
    });
  });
});
