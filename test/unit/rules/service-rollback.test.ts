import rule from '../../../src/rules/service-rollback.js';
import { captured } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker service update --limit-memory 128m', request: captured('service-update', 'service.update') },
  ],
  invalid: [
    { name: 'docker service rollback', request: captured('service-rollback', 'service.update'), findings: [{ field: 'rollback', found: 'previous' }] },
  ],
});
