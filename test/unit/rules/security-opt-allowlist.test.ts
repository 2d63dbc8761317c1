import rule from '../../../src/rules/security-opt-allowlist.js';
import { apiRequest, cli } from '../../helpers/fixtures.js';
import { testRule } from '../../helpers/rule-tester.js';

const service = (SELinuxContext: object) => apiRequest('POST', '/v1.44/services/create', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: { SELinuxContext } } } });
const withOpts = (SecurityOpt: string[]) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { SecurityOpt } });

/** Every spelling Go's strconv.ParseBool accepts. */
const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

testRule(rule, {
  valid: [
    { name: 'docker run (no security options)', request: cli('run-compliant', 'container.create') },
    { name: 'docker run --security-opt no-new-privileges', request: cli('run-no-new-privileges', 'container.create') },
    { name: 'hardened run', request: cli('run-hardened', 'container.create') },
    { name: 'seccomp=unconfined is seccomp-unconfined\'s', request: cli('run-seccomp-unconfined', 'container.create') },
    { name: 'seccomp profile is seccomp-unconfined\'s', request: cli('run-seccomp-profile', 'container.create') },
    { name: 'apparmor=unconfined is apparmor-unconfined\'s', request: cli('run-apparmor-unconfined', 'container.create') },
    { name: 'label=disable is selinux-unconfined\'s', request: cli('run-label-disable', 'container.create') },
    { name: 'bare disable is selinux-unconfined\'s', request: withOpts(['disable']) },
    { name: 'systempaths=unconfined never reaches the daemon (the CLI turns it into MaskedPaths)', request: cli('run-systempaths', 'container.create') },
    { name: 'apparmor profile and seccomp builtin', request: withOpts(['apparmor=docker-default', 'seccomp=builtin', 'seccomp:builtin']) },
    { name: 'no-new-privileges=false (a warning of no-new-privileges, not this rule)', request: withOpts(['no-new-privileges=false']) },
    ...FALSE.map((v) => ({ name: `writable-cgroups=${v} keeps the cgroup mount read-only`, request: withOpts([`writable-cgroups=${v}`]) })),
    { name: 'writable-cgroups:false (legacy separator)', request: withOpts(['writable-cgroups:false']) },
    { name: 'an allowed label option', request: withOpts(['label=level:s0:c100,c200']), options: { allowedLabels: ['level:s0:c*'] } },
    { name: 'docker service create (no SELinux options)', request: cli('service-create-plain', 'service.create') },
    { name: 'service SELinux Disable is selinux-unconfined\'s', request: service({ Disable: true }) },
    { name: 'service SELinux level in allowedLabels', request: service({ Level: 's0:c1,c2' }), options: { allowedLabels: ['level:s0:c*'] } },
    { name: 'no SecurityOpt at all', request: apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { SecurityOpt: null } }) },
  ],
  invalid: [
    { name: 'bare writable-cgroups', request: withOpts(['writable-cgroups']), findings: [{ field: 'HostConfig.SecurityOpt', found: 'writable-cgroups', cis: '5.25' }] },
    ...TRUE.map((v) => ({ name: `writable-cgroups=${v}`, request: withOpts([`writable-cgroups=${v}`]), findings: [{ found: `writable-cgroups=${v}`, fix: 'remove --security-opt writable-cgroups' }] })),
    { name: 'writable-cgroups:true (legacy separator)', request: withOpts(['writable-cgroups:true']), findings: [{ found: 'writable-cgroups:true' }] },
    { name: 'writable-cgroups=yes (not a Go bool: the daemon rejects it, dockgate too)', request: withOpts(['writable-cgroups=yes']), findings: [{ found: 'writable-cgroups=yes' }] },
    { name: 'false, then true: every entry counts', request: withOpts(['writable-cgroups=false', 'writable-cgroups=1']), findings: [{ found: 'writable-cgroups=1' }] },
    { name: 'an unknown key, named', request: withOpts(['future-option=on']), findings: [{ found: 'future-option=on', summary: 'HostConfig.SecurityOpt "future-option=on": dockgate does not know what the daemon does with the key "future-option"' }] },
    { name: 'an unknown key with the legacy separator', request: withOpts(['future-option:on']), findings: [{ found: 'future-option:on' }] },
    { name: 'systempaths=unconfined sent straight to the API', request: withOpts(['systempaths=unconfined']), findings: [{ found: 'systempaths=unconfined' }] },
    { name: 'a key with a case the daemon does not fold', request: withOpts(['Seccomp=unconfined']), findings: [{ found: 'Seccomp=unconfined' }] },
    { name: 'no separator', request: withOpts(['nonsense']), findings: [{ found: 'nonsense' }] },
    { name: 'no-new-privileges with a value that is not a Go bool', request: withOpts(['no-new-privileges=yes']), findings: [{ found: 'no-new-privileges=yes' }] },
    { name: 'an SELinux label option not allowed', request: withOpts(['label=user:system_u']), findings: [{ found: 'label=user:system_u' }] },
    { name: 'label=type:spc_t (selinux-unconfined reports it too)', request: withOpts(['label=type:spc_t']), findings: [{ found: 'label=type:spc_t' }] },
    { name: 'an SELinux label option go-selinux does not know', request: withOpts(['label=nested']), options: { allowedLabels: ['*'] }, findings: [{ found: 'label=nested' }] },
    { name: 'service SELinux type and user not allowed', request: service({ Type: 'spc_t', User: 'system_u' }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.SELinuxContext.User', found: 'system_u' }, { field: 'TaskTemplate.ContainerSpec.Privileges.SELinuxContext.Type', found: 'spc_t' }] },
    { name: 'each bad entry is named', request: withOpts(['no-new-privileges', 'writable-cgroups', 'x=y']), findings: [{ found: 'writable-cgroups' }, { found: 'x=y' }] },
  ],
});
