import { defineRule, type Finding } from '../core/rule.js';
import type { RequestOf } from '../request/decode-request.js';
import { ALL, DEFAULT_CAPABILITIES, normalizeCapability } from './lib/capabilities.js';
import { judgeProfile, NATIVE_ARCH, type SeccompContext } from './lib/seccomp-profile.js';
import { parseSecurityOpts } from './lib/security-opt.js';
import { CONTAINER_SPEC, SERVICE_OPERATIONS, containerSpecOf, privilegesIgnored, type ServiceOperation } from './lib/service.js';

interface Options {
  /** Judge custom profiles by what they let through (the name is historical). */
  readonly denyAllowByDefault: boolean;
  /** Syscalls a custom profile may let through on top of Docker's default profile. */
  readonly allowedSyscalls: readonly string[];
}

/** What decides a container's bounding capabilities: its HostConfig, or a service task's ContainerSpec. */
interface CapabilityInput {
  readonly privileged: boolean;
  readonly capAdd: readonly string[] | null;
  readonly capDrop: readonly string[] | null;
}

/**
 * The container's bounding capabilities as the daemon computes them (caps.TweakCapabilities):
 * every capability when privileged or when CapAdd holds ALL (less CapDrop), none of the defaults
 * when CapDrop holds ALL, else the defaults plus CapAdd less CapDrop.
 */
function capabilityTest({ privileged, capAdd, capDrop }: CapabilityInput): (cap: string) => boolean {
  const add = new Set((capAdd ?? []).map(normalizeCapability));
  const drop = new Set((capDrop ?? []).map(normalizeCapability));
  if (privileged) return () => true;
  if (add.has(ALL)) return (cap) => !drop.has(cap);
  const base = drop.has(ALL) ? [] : DEFAULT_CAPABILITIES.filter((c) => !drop.has(c));
  const set = new Set([...base, ...add]);
  return (cap) => set.has(cap);
}

const UNCONFINED = Buffer.from('unconfined');
const BUILTIN = Buffer.from('builtin');

/** What the daemon makes of a seccomp profile value: `unconfined`, a profile that lets through too much (why), or fine (undefined). */
type ValueVerdict = 'unconfined' | { readonly reason: string } | undefined;

/**
 * What the daemon does with a seccomp profile value, as `--security-opt seccomp=<value>` gives it
 * or as a service task's custom profile reaches the container (`seccomp=<profile bytes>`):
 * `unconfined` turns filtering off, '' and `builtin` are Docker's default profile (daemons that
 * do not know `builtin` fail the create), anything else is a profile judged by what it lets
 * through (unless denyAllowByDefault is off), for the running kernel.
 */
function valueJudge(options: Options, kernel: SeccompContext['kernel']): (value: string | Uint8Array, caps: CapabilityInput) => ValueVerdict {
  const allowed: ReadonlySet<string> = new Set(options.allowedSyscalls);
  return (value, caps) => {
    const bytes = typeof value === 'string' ? undefined : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    const is = (word: Buffer): boolean => (bytes === undefined ? value === word.toString() : bytes.equals(word));
    if (is(UNCONFINED)) return 'unconfined';
    if (!options.denyAllowByDefault || value.length === 0 || is(BUILTIN)) return undefined;
    const ctx: SeccompContext = { hasCap: capabilityTest(caps), kernel, arch: NATIVE_ARCH };
    const verdict = judgeProfile(value, ctx, allowed);
    return verdict.ok ? undefined : verdict;
  };
}

/** Swarm's seccomp modes (swarm.SeccompMode); the daemon runs any other word as `default`. */
const SERVICE_MODES = new Set(['', 'default', 'unconfined', 'custom']);

export default defineRule({
  meta: {
    id: 'seccomp-unconfined',
    title: 'Do not disable seccomp',
    summary: "`SecurityOpt` `seccomp=unconfined` / `seccomp:unconfined`; inline profiles that let through any syscall Docker's default profile blocks for the container (by name, argument condition or default action; `allowedSyscalls` adds names), empty or unreadable profiles; service seccomp mode `unconfined`, and `custom` profiles judged the same way (API 1.44+: older API versions and 20.10 ignore the field), unknown modes",
    cis: '5.22',
    severity: 'high',
    description: "SecurityOpt 'seccomp=unconfined' (or the legacy 'seccomp:unconfined') turns off syscall filtering, exposing the host kernel's whole syscall surface (keyctl, bpf, mount, unshare...). A custom inline profile is judged by what it lets through: it is a finding when, for this container (its capabilities, the native architecture, the running kernel), it lets through any syscall Docker's default profile blocks, by name, by argument condition, or through its default action (ALLOW, LOG, TRACE, NOTIFY), unless the syscall is in allowedSyscalls; also a profile that installs no filter (empty, null) or one dockgate cannot read. Swarm services (API 1.44+, daemon 25+; older API versions and daemons ignore these fields): ContainerSpec.Privileges.Seccomp.Mode 'unconfined', or 'custom' with a Profile judged as above (the task's capabilities from CapabilityAdd/CapabilityDrop); a Mode dockgate does not know is a finding.",
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
  create(options: Readonly<Options>, context) {
    const judgeValue = valueJudge(options, context.kernel);
    const service = (request: RequestOf<ServiceOperation>): readonly Finding[] => {
      const spec = containerSpecOf(request);
      const seccomp = spec?.Privileges?.Seccomp;
      if (spec === undefined || !seccomp || privilegesIgnored(request)) return [];
      const field = `${CONTAINER_SPEC}.Privileges.Seccomp`;
      if (!SERVICE_MODES.has(seccomp.Mode)) {
        return [{
          field: `${field}.Mode`,
          found: seccomp.Mode,
          summary: `${field}.Mode=${JSON.stringify(seccomp.Mode)} is not a mode dockgate knows (default, unconfined, custom); daemons up to 28.5 run it as default, a newer one may not`,
          fix: 'use Mode "default" (or leave Seccomp out)',
        }];
      }
      if (seccomp.Mode === 'unconfined') {
        return [{ field: `${field}.Mode`, found: 'unconfined', fix: 'remove Privileges.Seccomp Mode "unconfined" from the service (keep the default mode)' }];
      }
      if (seccomp.Mode !== 'custom') return [];
      // The task's container gets `seccomp=<the profile's bytes>` (executor applyPrivileges).
      const verdict = judgeValue(new Uint8Array(seccomp.Profile ?? []), { privileged: false, capAdd: spec.CapabilityAdd, capDrop: spec.CapabilityDrop });
      if (verdict === undefined) return [];
      if (verdict === 'unconfined') {
        return [{ field: `${field}.Profile`, found: 'unconfined', summary: `${field}.Profile is the word "unconfined": the task runs with seccomp=unconfined`, fix: 'give the service a real profile, or use Mode "default"' }];
      }
      return [{
        field: `${field}.Profile`,
        found: '<custom profile>',
        summary: `${field}.Profile seccomp profile is unconfined in effect: ${verdict.reason}`,
        fix: "start from Docker's default profile and allow only the syscalls the service needs (list them in the seccomp-unconfined option allowedSyscalls), or use Mode \"default\"",
      }];
    };
    return {
      'container.create': ({ body }) => {
        const hc = body.hostConfig;
        const profile = parseSecurityOpts(hc.SecurityOpt).seccomp;
        const field = 'HostConfig.SecurityOpt';
        if (profile === undefined) return [];
        const verdict = judgeValue(profile, { privileged: hc.Privileged, capAdd: hc.CapAdd, capDrop: hc.CapDrop });
        if (verdict === undefined) return [];
        if (verdict === 'unconfined') {
          return [{ field, found: 'seccomp=unconfined', fix: 'remove --security-opt seccomp=unconfined; use a custom profile that allows only the syscalls you need' }];
        }
        return [{
          field,
          found: 'seccomp=<custom profile>',
          summary: `${field} seccomp profile is unconfined in effect: ${verdict.reason}`,
          fix: "start from Docker's default profile and allow only the syscalls the workload needs (list them in the seccomp-unconfined option allowedSyscalls), or drop --security-opt seccomp=...",
        }];
      },
      'service.create': service,
      'service.update': service,
    };
  },
});
