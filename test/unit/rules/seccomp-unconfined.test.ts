import rule from '../../../src/rules/seccomp-unconfined.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const service = (taskTemplate: object, extra: object = {}) => apiRequest('POST', '/v1.41/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, ...taskTemplate }, ...extra });

const withOpts = (SecurityOpt: string[]) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { SecurityOpt } });

testRule(rule, {
  valid: [
    { name: 'no security options', request: cli('run-compliant', 'container.create') },
    { name: 'custom deny-by-default inline profile', request: withOpts(['seccomp={"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW"}]}']) },
    { name: 'apparmor=unconfined is another rule', request: cli('run-apparmor-unconfined', 'container.create') },
    { name: 'unconfined then a profile: the last one wins', request: withOpts(['seccomp=unconfined', 'seccomp={"defaultAction":"SCMP_ACT_ERRNO"}']) },
    { name: 'permissive profile when denyAllowByDefault is off', request: withOpts(['seccomp={"defaultAction":"SCMP_ACT_ALLOW"}']), options: { denyAllowByDefault: false } },
    { name: 'not an option the daemon reads as seccomp', request: withOpts(['seccomp:unconfined=1']) },
    { name: 'docker service create (default seccomp)', request: cli('service-create-plain', 'service.create') },
    { name: 'service with a custom profile when denyAllowByDefault is off', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { Seccomp: { Mode: 'custom', Profile: 'e30=' } } } }), options: { denyAllowByDefault: false } },
  ],
  invalid: [
    { name: 'docker run --security-opt seccomp=unconfined', request: cli('run-seccomp-unconfined', 'container.create'), findings: [{ field: 'HostConfig.SecurityOpt', found: 'seccomp=unconfined' }] },
    { name: 'legacy seccomp:unconfined', request: cli('run-seccomp-colon', 'container.create'), findings: [{ found: 'seccomp=unconfined' }] },
    { name: 'a profile then unconfined: the last one wins', request: withOpts(['seccomp={"defaultAction":"SCMP_ACT_ERRNO"}', 'seccomp=unconfined']), findings: [{ found: 'seccomp=unconfined' }] },
    { name: 'docker run --security-opt seccomp=profile.json with an allow-by-default profile', request: cli('run-seccomp-profile', 'container.create'), findings: [{ found: 'seccomp profile with defaultAction=SCMP_ACT_ALLOW' }] },
    { name: 'inline profile that allows every syscall', request: withOpts(['seccomp={"defaultAction":"SCMP_ACT_ALLOW","syscalls":[]}']), findings: [{ found: 'seccomp profile with defaultAction=SCMP_ACT_ALLOW' }] },
    { name: 'permissive profile with a case-variant key (Go decodes it)', request: withOpts(['seccomp={"DEFAULTACTION":"SCMP_ACT_LOG"}']), findings: [{ found: 'seccomp profile with defaultAction=SCMP_ACT_LOG' }] },
    { name: 'service seccomp mode unconfined', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { Seccomp: { Mode: 'unconfined' } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.Seccomp.Mode', found: 'unconfined' }] },
    { name: 'service custom profile (not inspected: fail closed)', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { Seccomp: { Mode: 'custom', Profile: 'e30=' } } } }), findings: [{ found: 'custom' }] },
  ],
});
