import rule from '../../../src/rules/sysctls.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const sysctls = (map: object) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { Sysctls: map } });

testRule(rule, {
  valid: [
    { name: 'docker run', request: cli('run-plain', 'container.create') },
    { name: 'a safe sysctl', request: sysctls({ 'net.ipv4.ip_unprivileged_port_start': '80' }) },
    { name: 'slash-separated spelling of a safe one', request: sysctls({ 'net/ipv4/tcp_syncookies': '1' }) },
    { name: 'allowed by a custom glob', request: cli('run-sysctl', 'container.create'), options: { allowed: ['net.ipv4.ip_forward'] } },
  ],
  invalid: [
    { name: 'docker run --sysctl net.ipv4.ip_forward=1', request: cli('run-sysctl', 'container.create'), findings: [{ field: 'HostConfig.Sysctls["net.ipv4.ip_forward"]', found: 'net.ipv4.ip_forward=1' }] },
    { name: 'service sysctl', request: apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Sysctls: { 'kernel.msgmax': '1' } } } }), findings: [{ found: 'kernel.msgmax=1' }] },
  ],
});
