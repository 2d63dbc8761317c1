import rule from '../../../src/rules/host-ipc.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const create = (body: object) => apiRequest('POST', '/v1.41/containers/create', body);

testRule(rule, {
  valid: [
    { name: 'docker run', request: cli('run-plain', 'container.create') },
    { name: '--ipc shareable', request: create({ Image: 'x', HostConfig: { IpcMode: 'shareable' } }) },
    { name: '--ipc container:<id> when allowContainerMode', request: create({ Image: 'x', HostConfig: { IpcMode: 'container:a' } }), options: { allowContainerMode: true } },
  ],
  invalid: [
    { name: 'docker run --ipc host', request: cli('run-ipc-host', 'container.create'), findings: [{ field: 'HostConfig.IpcMode', found: 'host' }] },
    { name: '--ipc container:<id>', request: create({ Image: 'x', HostConfig: { IpcMode: 'container:a' } }), findings: [{ found: 'container:a' }] },
    { name: 'key spelled with a Unicode fold', request: apiRequest('POST', '/containers/create', '{"Image":"x","HostConfig":{"IpcMode":"private","ipcmode":"host"}}'), findings: [{ found: 'host' }] },
  ],
});
