import rule from '../../../src/rules/cgroup-parent.js';
import { cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'docker run', request: cli('run-plain', 'container.create') },
    { name: 'an allowed parent', request: cli('run-cgroup-parent', 'container.create'), options: { allowed: ['/dg'] } },
  ],
  invalid: [
    { name: 'docker run --cgroup-parent /dg', request: cli('run-cgroup-parent', 'container.create'), findings: [{ field: 'HostConfig.CgroupParent', found: '/dg' }] },
  ],
});
