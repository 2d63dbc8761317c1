/** `dockgate check`: one offline decision from an envelope or a raw body; exit 0 allow, 1 deny, 2 error. */
import { expect } from 'chai';
import { join } from 'node:path';
import { checkEnvelope, runCheck } from '../../../src/cli/check.js';
import { loadPolicyFile } from '../../../src/policy/load.js';
import { captured, eachSet } from '../../helpers/fixtures.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = new URL('../../../', import.meta.url).pathname;
const opts = { policy: join(root, 'config/policy.json'), uri: undefined, method: 'POST', user: '', json: false };

describe('dockgate check', () => {
  const tmp = useTempDir('dockgate-check-');
  const file = tmp.file;

  eachSet((set) => {
    it('denies a captured privileged create envelope with exit 1 and says why', () => {
      const out = runCheck(file('priv.json', JSON.stringify(captured('run-privileged', 'container.create', set))), opts);
      expect(out.exitCode).to.equal(1);
      expect(out.text).to.match(/^DENY container.create/);
      expect(out.text).to.include('deny  [privileged] HostConfig.Privileged=true (CIS 5.5)');
    });
  });

  eachSet((set) => {
    it('allows a compliant envelope with exit 0', () => {
      const out = runCheck(file('ok.json', JSON.stringify(captured('run-compliant', 'container.create', set))), opts);
      expect(out.exitCode).to.equal(0);
      expect(out.text).to.match(/^ALLOW container.create\n/);
      expect(out.text).to.not.match(/^\s+deny /m);
    });
  });

  it('takes a raw API body with --uri, and prints JSON with --json', () => {
    const body = file('body.json', '{"Image":"x","hostconfig":{"networkmode":"host","memory":67108864}}');
    const out = runCheck(body, { ...opts, uri: '/v1.41/containers/create', json: true });
    expect(out.exitCode).to.equal(1);
    const parsed = JSON.parse(out.text) as { allow: boolean; violations: { rule: string; action: string }[] };
    expect(parsed.allow).to.equal(false);
    expect(parsed.violations.filter((v) => v.action === 'deny').map((v) => v.rule)).to.deep.equal(['host-network']);
  });

  eachSet((set) => {
    it('shows audit mode as allow with would-deny', () => {
      const out = runCheck(file('priv2.json', JSON.stringify(captured('run-privileged', 'container.create', set))), { ...opts, policy: join(root, 'config/audit.json') });
      expect(out.exitCode).to.equal(0);
      expect(out.text).to.match(/^ALLOW container.create \(audit mode: would deny\)/);
    });
  });

  it('exits 2 on a bad policy, a missing file or a non-JSON envelope', () => {
    expect(runCheck(tmp.path('missing.json'), opts).exitCode).to.equal(2);
    expect(runCheck(file('garbage.json', 'nope'), opts).exitCode).to.equal(2);
    expect(runCheck(file('env.json', '{}'), { ...opts, policy: file('bad-policy.json', '{"mode":"x"}') }).exitCode).to.equal(2);
    expect(runCheck(file('env2.json', '{"RequestMethod":"POST"}'), opts)).to.deep.include({ exitCode: 2 });
  });

  it('exits 2, not 1, on an error inside dockgate: no verdict, and says the plugin would deny with DG_INTERNAL', () => {
    const env = captured('run-privileged', 'container.create');
    const good = loadPolicyFile(opts.policy);
    expect(checkEnvelope(env, good, false).exitCode, 'the same envelope with a working policy').to.equal(1);
    const out = checkEnvelope(env, () => {
      throw new Error('policy store broken');
    }, false);
    expect(out).to.deep.equal({ exitCode: 2, text: 'dockgate check: internal error: policy store broken (the plugin would deny this request with DG_INTERNAL; please report it, with the request)' });
  });
});
