import rule from '../../../src/rules/sshd.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const cmd = (config: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', ...config });

testRule(rule, {
  valid: [
    { name: 'docker run ... true', request: cli('run-plain', 'container.create') },
    { name: 'a word that contains sshd', request: cmd({ Cmd: ['echo', 'notsshd-config'] }) },
  ],
  invalid: [
    { name: 'docker run ... /usr/sbin/sshd -D', request: cli('run-sshd', 'container.create'), findings: [{ field: 'Config.Cmd', found: '/usr/sbin/sshd' }] },
    { name: 'sshd in a shell string', request: cmd({ Entrypoint: ['sh', '-c', 'setup && sshd -D'] }), findings: [{ field: 'Config.Entrypoint', found: 'setup && sshd -D' }] },
    { name: 'Cmd as a single string', request: apiRequest('POST', '/containers/create', '{"Image":"x","Cmd":"sshd"}'), findings: [{ found: 'sshd' }] },
    { name: 'service args', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Command: ['/usr/sbin/sshd'], Args: ['-D'] } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Command' }] },
  ],
});
