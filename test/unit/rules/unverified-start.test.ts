import { HostPathRegistry, setRegistry, currentRegistry } from '../../../src/state/registry.js';
import rule from '../../../src/rules/unverified-start.js';
import { apiRequest } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const ID = '0123456789ab'.padEnd(64, 'f');

describe('unverified-start with a registry', () => {
  let before_: HostPathRegistry;
  before(() => {
    before_ = currentRegistry();
    const r = new HostPathRegistry(undefined);
    r.recordContainer(ID, 'web', [], []);
    setRegistry(r);
  });
  after(() => {
    setRegistry(before_);
  });
  testRule(rule, {
    valid: [
      { name: 'start by name', request: apiRequest('POST', '/v1.41/containers/web/start') },
      { name: 'start by ID', request: apiRequest('POST', `/v1.41/containers/${ID}/start`) },
      { name: 'restart by ID prefix', request: apiRequest('POST', '/v1.41/containers/0123/restart') },
    ],
    invalid: [
      { name: 'a container created before dockgate', request: apiRequest('POST', '/v1.41/containers/legacy/start'), findings: [{ found: 'legacy', summary: 'legacy names a container dockgate did not see created: its host paths were never judged' }] },
      { name: 'an unknown ID prefix', request: apiRequest('POST', '/v1.41/containers/9999/restart'), findings: [{ found: '9999' }] },
    ],
  });
});
