import { expect } from 'chai';
import rule, { execUserIsRoot } from '../../../src/rules/exec-root-user.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const exec = (user: string) => apiRequest('POST', '/v1.41/containers/c1/exec', { User: user, Cmd: ['sh'] });

describe('exec users that resolve to root', () => {
  it('matches root by name, uid 0 in any Atoi spelling, and an empty user part', () => {
    expect(['root', 'root:grp', '0', '0:0', '00', '+0', '-0', ':0', ':wheel'].map(execUserIsRoot)).to.deep.equal(Array(9).fill(true));
    expect(['', 'app', '1000', '1000:0', 'rooty', ' 0', '0x0'].map(execUserIsRoot)).to.deep.equal(Array(7).fill(false));
  });
});

testRule(rule, {
  valid: [
    { name: 'docker exec (container user)', request: cli('exec-plain', 'container.exec') },
    { name: 'docker exec -u 1000', request: exec('1000:1000') },
  ],
  invalid: [
    { name: 'docker exec -u root', request: cli('exec-root', 'container.exec'), findings: [{ field: 'User', found: 'root' }] },
    { name: 'docker exec -u 0:0', request: cli('exec-uid0', 'container.exec'), findings: [{ found: '0:0' }] },
    { name: 'root:group', request: exec('root:adm'), findings: [{ found: 'root:adm' }] },
    { name: 'case-folded key, last value wins', request: apiRequest('POST', '/containers/c1/exec', '{"Cmd":["sh"],"User":"app","USER":"0"}'), findings: [{ found: '0' }] },
  ],
});
