import rule from '../../../src/rules/swarm-init.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker swarm leave is not init', request: cli('swarm-leave', 'swarm.leave'), unhandled: true },
  ],
  invalid: [
    { name: 'docker swarm init --advertise-addr 127.0.0.1', request: cli('swarm-init', 'swarm.init'), findings: [{ field: 'ListenAddr', found: '0.0.0.0:2377' }] },
    { name: 'an init body without ListenAddr', request: apiRequest('POST', '/v1.41/swarm/init', {}), findings: [{ found: '0.0.0.0:2377' }] },
  ],
});
