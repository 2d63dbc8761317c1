import rule, { DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS } from '../../../src/rules/systempaths-unconfined.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (hostConfig: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: hostConfig });

testRule(rule, {
  valid: [
    { name: 'docker run (null: the daemon defaults)', request: cli('run-plain', 'container.create') },
    { name: 'explicit lists with every default and more', request: create({ MaskedPaths: [...DEFAULT_MASKED_PATHS, '/proc/extra'], ReadonlyPaths: [...DEFAULT_READONLY_PATHS] }) },
    { name: 'null after a list resets it', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"MaskedPaths":[],"MaskedPaths":null}}') },
  ],
  invalid: [
    { name: 'docker run --security-opt systempaths=unconfined', request: cli('run-systempaths', 'container.create'), findings: [{ field: 'HostConfig.MaskedPaths', found: '[]' }, { field: 'HostConfig.ReadonlyPaths', found: '[]' }] },
    { name: 'a list that leaves out /proc/kcore', request: create({ MaskedPaths: DEFAULT_MASKED_PATHS.filter((p) => p !== '/proc/kcore') }), findings: [{ found: 'a list without /proc/kcore' }] },
    { name: 'lower-case key', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"readonlypaths":[]}}'), findings: [{ field: 'HostConfig.ReadonlyPaths' }] },
  ],
});
