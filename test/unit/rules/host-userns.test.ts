import rule from '../../../src/rules/host-userns.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker run', request: cli('run-plain', 'container.create') },
  ],
  invalid: [
    { name: 'docker run --userns host', request: cli('run-userns-host', 'container.create'), findings: [{ field: 'HostConfig.UsernsMode', found: 'host' }] },
    { name: 'key with U+017F (ſ folds to s)', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"Usern\u017fMode":"host"}}'), findings: [{ found: 'host' }] },
  ],
});
