import { defineRule } from '../engine/types.js';
import type { DecodedRequest } from '../request/decode-request.js';
import { ALL, DEFAULT_CAPABILITIES, normalizeCapability } from './lib/capabilities.js';
import { judgeProfile, NATIVE_ARCH, RUNNING_KERNEL, type SeccompContext } from './lib/seccomp-profile.js';
import { parseSecurityOpts } from './lib/security-opt.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf } from './lib/service.js';

interface Options {
  /** Judge custom profiles by what they let through (the name is historical). */
  readonly denyAllowByDefault: boolean;
  /** Syscalls a custom profile may let through on top of Docker's default profile. */
  readonly allowedSyscalls: readonly string[];
}

/**
 * The container's bounding capabilities as the daemon computes them (caps.TweakCapabilities):
 * every capability when privileged or when CapAdd holds ALL (less CapDrop), none of the defaults
 * when CapDrop holds ALL, else the defaults plus CapAdd less CapDrop.
 */
function capabilityTest(request: DecodedRequest): (cap: string) => boolean {
  if (request.body.kind !== 'container.create') return () => false;
  const hc = request.body.hostConfig;
  const add = new Set((hc.CapAdd ?? []).map(normalizeCapability));
  const drop = new Set((hc.CapDrop ?? []).map(normalizeCapability));
  if (hc.Privileged) return () => true;
  if (add.has(ALL)) return (cap) => !drop.has(cap);
  const base = drop.has(ALL) ? [] : DEFAULT_CAPABILITIES.filter((c) => !drop.has(c));
  const set = new Set([...base, ...add]);
  return (cap) => set.has(cap);
}

const allowedSet = (list: readonly string[]): ReadonlySet<string> => new Set(list);

export default defineRule<Options>({
  meta: {
    id: 'seccomp-unconfined',
    title: 'Do not disable seccomp',
    cis: '5.22',
    severity: 'high',
    description: "SecurityOpt 'seccomp=unconfined' (or the legacy 'seccomp:unconfined') turns off syscall filtering, exposing the host kernel's whole syscall surface (keyctl, bpf, mount, unshare...). A custom inline profile is judged by what it lets through: it is a finding when, for this container (its capabilities, the native architecture, the running kernel), it lets through any syscall Docker's default profile blocks, by name, by argument condition, or through its default action (ALLOW, LOG, TRACE, NOTIFY), unless the syscall is in allowedSyscalls; also a profile that installs no filter (empty, null) or one dockgate cannot read. Swarm services: ContainerSpec.Privileges.Seccomp.Mode 'unconfined'; a 'custom' service profile (bytes dockgate does not decode) is denied while denyAllowByDefault is on.",
    remediation: "Remove --security-opt seccomp=unconfined. If the default profile blocks a syscall the workload needs, copy Docker's default profile, allow just that syscall, pass it with --security-opt seccomp=profile.json and list the syscall in the seccomp-unconfined option allowedSyscalls.",
    defaultAction: 'deny',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        denyAllowByDefault: { type: 'boolean', description: "Judge custom profiles by what they let through (a profile that lets through any syscall Docker's default profile blocks is unconfined); false: only seccomp=unconfined is a finding. The name is historical." },
        allowedSyscalls: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9_]+$' }, uniqueItems: true, description: "Syscall names a custom profile may let through although Docker's default profile blocks them, e.g. ['userfaultfd']." },
      },
    },
  },
  defaultOptions: { denyAllowByDefault: true, allowedSyscalls: [] },
  check(request, options) {
    if (request.body.kind !== 'container.create') {
      const seccomp = containerSpecOf(request)?.Privileges?.Seccomp;
      const field = `${CONTAINER_SPEC}.Privileges.Seccomp.Mode`;
      if (seccomp?.Mode === 'unconfined') {
        return [{ field, found: 'unconfined', fix: 'remove --security-opt seccomp=unconfined from the service' }];
      }
      if (seccomp?.Mode === 'custom' && options.denyAllowByDefault) {
        return [{ field, found: 'custom', summary: `${field}=custom: dockgate does not read service seccomp profiles, so it cannot tell what the profile lets through`, fix: 'use the default seccomp profile for the service (or set the seccomp-unconfined option denyAllowByDefault to false)' }];
      }
      return [];
    }
    const profile = parseSecurityOpts(request.body.hostConfig.SecurityOpt).seccomp;
    const field = 'HostConfig.SecurityOpt';
    if (profile === 'unconfined') {
      return [{ field, found: 'seccomp=unconfined', fix: 'remove --security-opt seccomp=unconfined; use a custom profile that allows only the syscalls you need' }];
    }
    // '' is the daemon's default; 'builtin' is Docker's default profile (daemons that do not know the word fail the create).
    if (!options.denyAllowByDefault || profile === undefined || profile === '' || profile === 'builtin') return [];
    const ctx: SeccompContext = { hasCap: capabilityTest(request), kernel: RUNNING_KERNEL, arch: NATIVE_ARCH };
    const verdict = judgeProfile(profile, ctx, allowedSet(options.allowedSyscalls));
    if (verdict.ok) return [];
    return [{
      field,
      found: 'seccomp=<custom profile>',
      summary: `${field} seccomp profile is unconfined in effect: ${verdict.reason}`,
      fix: "start from Docker's default profile and allow only the syscalls the workload needs (list them in the seccomp-unconfined option allowedSyscalls), or drop --security-opt seccomp=...",
    }];
  },
});
