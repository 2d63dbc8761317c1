import rule from '../../../src/rules/publish-all-ports.js';
import { cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker run -p 80:80', request: cli('run-ports', 'container.create') },
  ],
  invalid: [
    { name: 'docker run -P --expose 80', request: cli('run-publish-all', 'container.create'), findings: [{ field: 'HostConfig.PublishAllPorts', found: 'true' }] },
  ],
});
