import rule from '../../../src/rules/service-rollback.js';
import { cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker service update --limit-memory 128m', request: cli('service-update', 'service.update') },
  ],
  invalid: [
    { name: 'docker service rollback', request: cli('service-rollback', 'service.update'), findings: [{ field: 'rollback', found: 'previous' }] },
  ],
});
