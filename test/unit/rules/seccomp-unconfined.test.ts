import rule from '../../../src/rules/seccomp-unconfined.js';
import { DOCKER_DEFAULT } from '../../../src/rules/lib/seccomp-profile.js';
import { apiRequest, captured, capturedBody, cli, FIXTURE_SETS, type RawEnvelope } from '../../helpers/fixtures.js';
import { testRule, type InvalidCase, type ValidCase } from '../../helpers/rule-tester.js';

/** A service spec sent at API `version` (Privileges.Seccomp exists from 1.44). */
const service = (taskTemplate: object, extra: object = {}, version = 'v1.51') => apiRequest('POST', `/${version}/services/create`, { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1' }, ...taskTemplate }, ...extra });
/** A service whose ContainerSpec has these Privileges (and more ContainerSpec fields), at API `version` ('' for none). */
const privileged = (privileges: object, spec: object = {}, version = 'v1.51') =>
  apiRequest('POST', `${version === '' ? '' : `/${version}`}/services/create`, { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: privileges, ...spec } } });
const b64 = (profile: object | string): string => Buffer.from(typeof profile === 'string' ? profile : JSON.stringify(profile)).toString('base64');
const custom = (profile: object | string) => ({ Seccomp: { Mode: 'custom', Profile: b64(profile) } });

const withOpts = (SecurityOpt: string[], hostConfig: object = {}) => apiRequest('POST', '/v1.41/containers/create', { Image: 'x', HostConfig: { SecurityOpt, ...hostConfig } });
const withProfile = (profile: object | string, hostConfig: object = {}) => withOpts([`seccomp=${typeof profile === 'string' ? profile : JSON.stringify(profile)}`], hostConfig);

/** Docker's default profile as a user would copy it (the data dockgate keeps). */
const dockerDefault = { defaultAction: 'SCMP_ACT_ERRNO', defaultErrnoRet: 1, syscalls: DOCKER_DEFAULT.syscalls.map((r) => ({ names: r.names, action: r.action, ...(r.args?.length ? { args: r.args.map(({ index, value, op }) => ({ index, value, op })) } : {}), ...(r.includes ? { includes: clean(r.includes) } : {}), ...(r.excludes ? { excludes: clean(r.excludes) } : {}) })) };
function clean(f: { caps: string[] | null; arches: string[] | null; minKernel: string | null }): object {
  return { ...(f.caps ? { caps: f.caps } : {}), ...(f.arches ? { arches: f.arches } : {}), ...(f.minKernel ? { minKernel: f.minKernel } : {}) };
}
const plus = (...extra: object[]) => ({ ...dockerDefault, syscalls: [...dockerDefault.syscalls, ...extra] });
const allow = (names: string[], more: object = {}) => ({ names, action: 'SCMP_ACT_ALLOW', ...more });
/** Everything the default profile names, allowed by name with no condition: issue 13's profile. */
const everyName = { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [allow([...new Set(DOCKER_DEFAULT.syscalls.flatMap((r) => r.names ?? []))])] };
const found = 'seccomp=<custom profile>';

testRule(rule, {
  valid: [
    { name: 'no security options', request: cli('run-compliant', 'container.create') },
    { name: "Docker's default profile, copied", request: withProfile(dockerDefault) },
    { name: 'a small deny-by-default profile', request: withOpts(['seccomp={"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW"}]}']) },
    { name: 'defaultAction KILL_PROCESS, default syscalls', request: withProfile({ ...dockerDefault, defaultAction: 'SCMP_ACT_KILL_PROCESS' }) },
    { name: 'apparmor=unconfined is another rule', request: cli('run-apparmor-unconfined', 'container.create') },
    { name: 'unconfined then a profile: the last one wins', request: withOpts(['seccomp=unconfined', 'seccomp={"defaultAction":"SCMP_ACT_ERRNO"}']) },
    { name: 'seccomp=builtin (Docker\'s default profile)', request: withOpts(['seccomp=builtin']) },
    { name: 'seccomp= (the daemon\'s default)', request: withOpts(['seccomp=']) },
    { name: 'permissive profile when denyAllowByDefault is off', request: withOpts(['seccomp={"defaultAction":"SCMP_ACT_ALLOW"}']), options: { denyAllowByDefault: false } },
    { name: 'not an option the daemon reads as seccomp', request: withOpts(['seccomp:unconfined=1']) },
    { name: 'personality with an argument the default allows', request: withProfile(plus(allow(['personality'], { args: [{ index: 0, value: 8, op: 'SCMP_CMP_EQ' }] }))) },
    { name: 'socket except AF_VSOCK, as the default', request: withProfile({ defaultAction: 'SCMP_ACT_ERRNO', syscalls: [allow(['socket'], { args: [{ index: 0, value: 40, valueTwo: 0, op: 'SCMP_CMP_NE' }] })] }) },
    { name: 'clone without namespace flags, as the default', request: withProfile({ defaultAction: 'SCMP_ACT_ERRNO', syscalls: [allow(['clone'], { args: [{ index: 0, value: 2114060288, op: 'SCMP_CMP_MASKED_EQ' }] })] }) },
    { name: 'unshare and mount with CAP_SYS_ADMIN (the default allows them then)', request: withProfile(plus(allow(['unshare', 'mount'])), { CapAdd: ['sys_admin'] }) },
    { name: 'a rule only for CAP_SYS_ADMIN containers, which this is not', request: withProfile(plus(allow(['unshare'], { includes: { caps: ['CAP_SYS_ADMIN'] } }))) },
    { name: 'a rule excluded for containers with CAP_CHOWN (a default capability)', request: withProfile(plus(allow(['unshare'], { excludes: { caps: ['CAP_CHOWN'] } }))) },
    { name: 'a rule for another architecture', request: withProfile(plus(allow(['unshare'], { includes: { arches: ['s390x'] } }))) },
    { name: 'a syscall listed in allowedSyscalls', request: withProfile(plus(allow(['userfaultfd']))), options: { allowedSyscalls: ['userfaultfd'] } },
    { name: 'blocking rules of any kind', request: withProfile(plus({ names: ['unshare'], action: 'SCMP_ACT_KILL_THREAD' }, { names: ['mount'], action: 'SCMP_ACT_TRAP' }, { names: ['bpf'], action: 'SCMP_ACT_ERRNO', errnoRet: 0 })) },
    { name: 'filter flag LOG', request: withProfile({ ...dockerDefault, flags: ['SECCOMP_FILTER_FLAG_LOG'] }) },
    { name: 'docker service create (default seccomp)', request: cli('service-create-plain', 'service.create') },
    { name: 'service with a custom profile when denyAllowByDefault is off', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { Seccomp: { Mode: 'custom', Profile: 'e30=' } } } }), options: { denyAllowByDefault: false } },
    { name: "service: Docker's default profile copied as custom (base64)", request: privileged(custom(dockerDefault)) },
    { name: "service: Docker's default profile as an array of byte numbers", request: privileged({ Seccomp: { Mode: 'custom', Profile: [...Buffer.from(JSON.stringify(dockerDefault))] } }) },
    { name: 'service: a small deny-by-default custom profile, service update', request: apiRequest('POST', '/v1.51/services/abc/update?version=3', { Name: 's', TaskTemplate: { ContainerSpec: { Image: 'x:1', Privileges: custom({ defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: ['read'], action: 'SCMP_ACT_ALLOW' }] }) } } }) },
    { name: 'service: custom with no Profile (the task gets seccomp=, the default)', request: privileged({ Seccomp: { Mode: 'custom' } }) },
    { name: 'service: custom with the word builtin', request: privileged(custom('builtin')) },
    { name: 'service: Mode default keeps the default profile whatever Profile holds', request: privileged({ Seccomp: { Mode: 'default', Profile: b64(everyName) } }) },
    { name: 'service: unshare and mount with CapabilityAdd CAP_SYS_ADMIN (the default allows them then)', request: privileged(custom(plus(allow(['unshare', 'mount']))), { CapabilityAdd: ['CAP_SYS_ADMIN'] }) },
    { name: 'service: CapabilityDrop ALL, CapabilityAdd sys_admin: unshare as the default allows it then', request: privileged(custom(plus(allow(['unshare']))), { CapabilityAdd: ['sys_admin'], CapabilityDrop: ['ALL'] }) },
    { name: 'service at API 1.43: daemons 25+ clear Privileges.Seccomp (unconfined has no effect)', request: privileged({ Seccomp: { Mode: 'unconfined' } }, {}, 'v1.43') },
    { name: 'service at API 1.41 (20.10 has no such field): an allow-everything custom profile has no effect', request: privileged(custom(everyName), {}, 'v1.41') },
  ],
  invalid: [
    { name: 'docker run --security-opt seccomp=unconfined', request: cli('run-seccomp-unconfined', 'container.create'), findings: [{ field: 'HostConfig.SecurityOpt', found: 'seccomp=unconfined' }] },
    { name: 'legacy seccomp:unconfined', request: cli('run-seccomp-colon', 'container.create'), findings: [{ found: 'seccomp=unconfined' }] },
    { name: 'a profile then unconfined: the last one wins', request: withOpts(['seccomp={"defaultAction":"SCMP_ACT_ERRNO"}', 'seccomp=unconfined']), findings: [{ found: 'seccomp=unconfined' }] },
    { name: 'docker run --security-opt seccomp=profile.json with an allow-by-default profile', request: cli('run-seccomp-profile', 'container.create'), findings: [{ found, summary: 'HostConfig.SecurityOpt seccomp profile is unconfined in effect: defaultAction SCMP_ACT_ALLOW lets through every syscall the profile does not name' }] },
    { name: 'every syscall allowed by name (issue 13)', request: withProfile(everyName), findings: [{ found }] },
    ...['SCMP_ACT_ALLOW', 'SCMP_ACT_LOG', 'SCMP_ACT_TRACE', 'SCMP_ACT_NOTIFY', 'SCMP_ACT_SOMETHING_NEW', ''].map((a) => ({ name: `defaultAction "${a}" with the default rules`, request: withProfile({ ...dockerDefault, defaultAction: a }), findings: [{ found }] })),
    { name: 'unshare allowed by name', request: withProfile(plus(allow(['unshare']))), findings: [{ found, summary: "HostConfig.SecurityOpt seccomp profile is unconfined in effect: it lets through syscalls Docker's default profile blocks for this container: unshare" }] },
    { name: 'mount handed to a tracer', request: withProfile(plus({ names: ['mount'], action: 'SCMP_ACT_TRACE' })), findings: [{ summary: "HostConfig.SecurityOpt seccomp profile is unconfined in effect: it lets through syscalls Docker's default profile blocks for this container: mount (SCMP_ACT_TRACE)" }] },
    { name: 'keyctl to a notify listener', request: withProfile({ ...plus({ names: ['keyctl'], action: 'SCMP_ACT_NOTIFY' }), listenerPath: '/run/agent.sock' }), findings: [{ found }] },
    { name: 'an action dockgate does not know', request: withProfile(plus({ names: ['bpf'], action: 'SCMP_ACT_FUTURE' })), findings: [{ found }] },
    { name: 'personality with any argument', request: withProfile(plus(allow(['personality']))), findings: [{ found }] },
    { name: 'personality with an argument the default does not allow', request: withProfile(plus(allow(['personality'], { args: [{ index: 0, value: 65536, op: 'SCMP_CMP_EQ' }] }))), findings: [{ found }] },
    { name: 'socket with any argument (AF_VSOCK included)', request: withProfile(plus(allow(['socket']))), findings: [{ found }] },
    { name: 'clone with any flags and no CAP_SYS_ADMIN', request: withProfile(plus(allow(['clone']))), findings: [{ found }] },
    { name: 'io_uring, which 20.10\'s default allowed', request: withProfile(plus(allow(['io_uring_setup', 'io_uring_enter']))), findings: [{ found }] },
    { name: 'a rule for a kernel from the future still counts', request: withProfile(plus(allow(['unshare'], { includes: { minKernel: '99.0' } }))), findings: [{ found }] },
    { name: 'the singular name field', request: withProfile(plus({ name: 'unshare', action: 'SCMP_ACT_ALLOW' })), findings: [{ found }] },
    { name: 'case-folded keys (Go decodes them)', request: withOpts(['seccomp={"DEFAULTACTION":"SCMP_ACT_ERRNO","SYSCALLS":[{"NAMES":["unshare"],"Action":"SCMP_ACT_ALLOW"}]}']), findings: [{ found }] },
    { name: 'permissive profile with a case-variant key', request: withOpts(['seccomp={"DEFAULTACTION":"SCMP_ACT_LOG"}']), findings: [{ found }] },
    { name: 'duplicate defaultAction: the last one wins', request: withOpts(['seccomp={"defaultAction":"SCMP_ACT_ERRNO","defaultAction":"SCMP_ACT_ALLOW"}']), findings: [{ found }] },
    { name: 'an empty profile installs no filter', request: withOpts(['seccomp={}']), findings: [{ found }] },
    { name: 'null installs no filter', request: withOpts(['seccomp=null']), findings: [{ found }] },
    { name: 'not JSON (a path: the CLI sends the content)', request: withOpts(['seccomp=/etc/docker/seccomp.json']), findings: [{ found }] },
    { name: 'content after the profile', request: withOpts([`seccomp=${JSON.stringify(dockerDefault)} x`]), findings: [{ found }] },
    { name: 'filter flag SPEC_ALLOW', request: withProfile({ ...dockerDefault, flags: ['SECCOMP_FILTER_FLAG_SPEC_ALLOW'] }), findings: [{ found }] },
    { name: 'service seccomp mode unconfined', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { Seccomp: { Mode: 'unconfined' } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.Seccomp.Mode', found: 'unconfined' }] },
    { name: 'service: custom {} installs no filter', request: service({ ContainerSpec: { Image: 'x:1', Privileges: { Seccomp: { Mode: 'custom', Profile: 'e30=' } } } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.Seccomp.Profile', found: '<custom profile>' }] },
    { name: 'service: custom profile allowing every syscall by name (issue 13)', request: privileged(custom(everyName)), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.Seccomp.Profile', found: '<custom profile>', summary: "TaskTemplate.ContainerSpec.Privileges.Seccomp.Profile seccomp profile is unconfined in effect: it lets through syscalls Docker's default profile blocks for this container: socket, personality, sync_file_range2, swapcontext, arm_fadvise64_64, arm_sync_file_range, breakpoint, cacheflush and 51 more" }] },
    { name: 'service: custom allow-by-default profile, as byte numbers', request: privileged({ Seccomp: { Mode: 'custom', Profile: [...Buffer.from('{"defaultAction":"SCMP_ACT_ALLOW"}')] } }), findings: [{ summary: 'TaskTemplate.ContainerSpec.Privileges.Seccomp.Profile seccomp profile is unconfined in effect: defaultAction SCMP_ACT_ALLOW lets through every syscall the profile does not name' }] },
    { name: 'service: unshare and mount without CAP_SYS_ADMIN', request: privileged(custom(plus(allow(['unshare', 'mount'])))), findings: [{ found: '<custom profile>' }] },
    { name: 'service: add_key is blocked even with CAP_SYS_ADMIN', request: privileged(custom(plus(allow(['add_key']))), { CapabilityAdd: ['CAP_SYS_ADMIN'] }), findings: [{ found: '<custom profile>' }] },
    { name: 'service: custom with the word unconfined (the task gets seccomp=unconfined)', request: privileged(custom('unconfined')), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.Seccomp.Profile', found: 'unconfined' }] },
    { name: 'service: custom profile that is not JSON', request: privileged(custom('/etc/docker/seccomp.json')), findings: [{ found: '<custom profile>' }] },
    { name: 'service: invalid UTF-8 in a profile (Go reads U+FFFD): still judged', request: privileged({ Seccomp: { Mode: 'custom', Profile: [...Buffer.from('{"defaultAction":"SCMP_ACT_ALLOW","x":"'), 0xff, ...Buffer.from('"}')] } }), findings: [{ found: '<custom profile>' }] },
    { name: 'service: case-folded keys in the profile', request: privileged(custom('{"DEFAULTACTION":"SCMP_ACT_ERRNO","SYSCALLS":[{"NAMES":["unshare"],"Action":"SCMP_ACT_ALLOW"}]}')), findings: [{ found: '<custom profile>' }] },
    { name: 'service: Mode unconfined', request: privileged({ Seccomp: { Mode: 'unconfined' } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.Seccomp.Mode', found: 'unconfined' }] },
    { name: 'service: Mode unconfined with no API version in the path (the daemon uses its own)', request: privileged({ Seccomp: { Mode: 'unconfined' } }, {}, ''), findings: [{ found: 'unconfined' }] },
    { name: 'service: Mode unconfined at API 1.44', request: privileged({ Seccomp: { Mode: 'unconfined' } }, {}, 'v1.44'), findings: [{ found: 'unconfined' }] },
    { name: 'service: a Mode dockgate does not know (Go compares exactly: Custom)', request: privileged({ Seccomp: { Mode: 'Custom', Profile: b64(everyName) } }), findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.Seccomp.Mode', found: 'Custom' }] },
    { name: 'service: case-folded field names reach the rule (PRIVILEGES.seccomp.mode)', request: apiRequest('POST', '/v1.51/services/create', '{"Name":"s","TaskTemplate":{"ContainerSpec":{"Image":"x:1","PRIVILEGES":{"seccomp":{"mode":"unconfined"}}}}}'), findings: [{ found: 'unconfined' }] },
  ],
});

/**
 * Captured `docker service create` bodies (the CLI sends no Privileges.Seccomp: added here, the
 * way an API client does) at each set's API version: the 1.41 set's /v1.41/ path means the
 * daemon ignores the field (20.10 has none, 25+ clear it), the 1.50 and 1.51 sets are judged.
 */
function capturedService(set: (typeof FIXTURE_SETS)[number], privileges: object): RawEnvelope {
  const env = captured('service-create-plain', 'service.create', set);
  const body = capturedBody('service-create-plain', 'service.create', set) as { TaskTemplate: { ContainerSpec: Record<string, unknown> } };
  body.TaskTemplate.ContainerSpec.Privileges = privileges;
  const text = JSON.stringify(body);
  return { ...env, RequestHeaders: { ...(env.RequestHeaders as Record<string, string>), 'Content-Length': String(Buffer.byteLength(text)) }, RequestBody: Buffer.from(text).toString('base64') };
}
const capturedValid: ValidCase[] = [];
const capturedInvalid: InvalidCase[] = [];
for (const set of FIXTURE_SETS) {
  capturedValid.push({ name: `captured service create [${set}] + Docker's default profile as custom`, request: capturedService(set, custom(dockerDefault)) });
  const allowAll = { name: `captured service create [${set}] + a custom profile allowing every syscall by name`, request: capturedService(set, custom(everyName)) };
  if (set === '1.41') capturedValid.push({ ...allowAll, name: `${allowAll.name}: ignored at API 1.41` });
  else capturedInvalid.push({ ...allowAll, findings: [{ field: 'TaskTemplate.ContainerSpec.Privileges.Seccomp.Profile', found: '<custom profile>' }] });
}
testRule(rule, { valid: capturedValid, invalid: capturedInvalid });
