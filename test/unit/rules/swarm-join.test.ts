import rule from '../../../src/rules/swarm-join.js';
import { apiRequest } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const join = (remotes: string[]) => apiRequest('POST', '/v1.41/swarm/join', { ListenAddr: '0.0.0.0:2377', RemoteAddrs: remotes, JoinToken: 'SWMTKN-1-x' });

testRule(rule, {
  valid: [
    { name: 'a join to an allowed manager', request: join(['10.0.0.5:2377']), options: { allowedManagers: ['10.0.0.*:2377'] } },
  ],
  invalid: [
    { name: 'docker swarm join by default', request: join(['203.0.113.7:2377']), findings: [{ field: 'RemoteAddrs', found: '203.0.113.7:2377' }] },
    { name: 'one of the managers is not allowed', request: join(['10.0.0.5:2377', '203.0.113.7:2377']), options: { allowedManagers: ['10.0.0.*:2377'] }, findings: [{ found: '10.0.0.5:2377,203.0.113.7:2377' }] },
    { name: 'no RemoteAddrs', request: join([]), options: { allowedManagers: ['*'] }, findings: [{ found: '(none)' }] },
    { name: 'case-folded key', request: apiRequest('POST', '/swarm/join', '{"remoteaddrs":["10.0.0.5:2377"],"REMOTEADDRS":["203.0.113.7:2377"]}'), options: { allowedManagers: ['10.0.0.*:2377'] }, findings: [{ found: '203.0.113.7:2377' }] },
  ],
});
