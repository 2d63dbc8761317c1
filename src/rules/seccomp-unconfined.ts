import { defineRule } from '../engine/types.js';
import { decodeGoJSON } from '../request/gojson/decode.js';
import { string, struct } from '../request/gojson/schema.js';
import { parseSecurityOpts } from './lib/security-opt.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf } from './lib/service.js';

interface Options {
  /** Also deny inline profiles whose default action allows every syscall. */
  readonly denyAllowByDefault: boolean;
}

/** Just the part of a seccomp profile that says what happens to syscalls it does not list. */
const ProfileHead = struct('seccomp.Seccomp', { defaultAction: string });
const ALLOW_ACTIONS = new Set(['SCMP_ACT_ALLOW', 'SCMP_ACT_LOG']);

export default defineRule<Options>({
  meta: {
    id: 'seccomp-unconfined',
    title: 'Do not disable seccomp',
    cis: '5.22',
    severity: 'high',
    description: "SecurityOpt 'seccomp=unconfined' (or the legacy 'seccomp:unconfined') turns off syscall filtering, exposing the host kernel's whole syscall surface (keyctl, bpf, mount, unshare...). A custom inline profile is allowed, unless its defaultAction lets every unlisted syscall through. Swarm services: ContainerSpec.Privileges.Seccomp.Mode 'unconfined'; a 'custom' service profile (bytes dockgate does not decode) is denied while denyAllowByDefault is on.",
    remediation: "Remove --security-opt seccomp=unconfined. If the default profile blocks a syscall the workload needs, pass a custom profile with --security-opt seccomp=profile.json that allows just that syscall.",
    defaultAction: 'deny',
    operations: ['container.create', ...SERVICE_OPERATIONS],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        denyAllowByDefault: { type: 'boolean', description: 'Treat a custom profile with defaultAction SCMP_ACT_ALLOW or SCMP_ACT_LOG as unconfined.' },
      },
    },
  },
  defaultOptions: { denyAllowByDefault: true },
  check(request, options) {
    if (request.body.kind !== 'container.create') {
      const seccomp = containerSpecOf(request)?.Privileges?.Seccomp;
      const field = `${CONTAINER_SPEC}.Privileges.Seccomp.Mode`;
      if (seccomp?.Mode === 'unconfined') {
        return [{ field, found: 'unconfined', fix: 'remove --security-opt seccomp=unconfined from the service' }];
      }
      if (seccomp?.Mode === 'custom' && options.denyAllowByDefault) {
        return [{ field, found: 'custom', summary: `${field}=custom: dockgate does not read service seccomp profiles, so it cannot tell whether the profile allows every syscall`, fix: 'use the default seccomp profile for the service (or set the seccomp-unconfined option denyAllowByDefault to false)' }];
      }
      return [];
    }
    const profile = parseSecurityOpts(request.body.hostConfig.SecurityOpt).seccomp;
    if (profile === 'unconfined') {
      return [{ field: 'HostConfig.SecurityOpt', found: 'seccomp=unconfined', fix: 'remove --security-opt seccomp=unconfined; use a custom profile that allows only the syscalls you need' }];
    }
    if (options.denyAllowByDefault && profile !== undefined && profile.trimStart().startsWith('{')) {
      // The daemon decodes the profile with Go's encoding/json too: read it the same way.
      const head = decodeGoJSON<{ defaultAction: string }>(profile, ProfileHead).value;
      if (head && ALLOW_ACTIONS.has(head.defaultAction)) {
        return [{ field: 'HostConfig.SecurityOpt', found: `seccomp profile with defaultAction=${head.defaultAction}`, fix: 'use a profile whose defaultAction is SCMP_ACT_ERRNO and allow the syscalls you need' }];
      }
    }
    return [];
  },
});
