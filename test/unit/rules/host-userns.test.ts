import rule from '../../../src/rules/host-userns.js';
import { apiRequest, captured } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker run', request: captured('run-plain', 'container.create') },
  ],
  invalid: [
    { name: 'docker run --userns host', request: captured('run-userns-host', 'container.create'), findings: [{ field: 'HostConfig.UsernsMode', found: 'host' }] },
    { name: 'key with U+017F (ſ folds to s)', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"Usern\u017fMode":"host"}}'), findings: [{ found: 'host' }] },
  ],
});
